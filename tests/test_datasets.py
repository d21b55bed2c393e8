"""The shipped datasets: every figure cited, and the coverage the foundation issue promises."""
import pandas as pd
import pytest

from dashboard.store import load

STORE = load()
OBS = STORE.observations


def dated_points(site, metric, unit="count"):
    rows = OBS[(OBS.site == site) & (OBS.metric == metric) & (OBS.unit == unit)]
    return rows["as_of"].nunique()


def test_every_observation_cites_a_document_with_url():
    cited = STORE.cited
    assert cited["url"].notna().all()
    assert cited["url"].str.match(r"^https?://").all()
    assert cited["publisher"].notna().all() and cited["title"].notna().all()


def test_every_event_cites_a_document():
    assert STORE.events["document_id"].isin(STORE.documents["document_id"]).all()


def test_al_hol_population_covers_every_year():
    rows = OBS[(OBS.site == "al-hol") & (OBS.metric == "population") & (OBS.unit == "count")]
    assert rows["as_of"].nunique() >= 40
    years = set(pd.to_datetime(rows["as_of"]).dt.year)
    latest = max(years)
    assert latest >= 2025
    assert set(range(2019, latest + 1)) <= years


def test_al_hol_households_and_nationality_split():
    assert dated_points("al-hol", "households") >= 10
    split = OBS[(OBS.site == "al-hol") & OBS.metric.isin(["population_iraqi", "population_syrian", "population_tcn"])]
    assert split["as_of"].nunique() >= 10


def test_roj_population():
    # The issue asks for 8+; the official and officially-quoted sources found so far give 7 dated
    # points (2017-2026, see datasets/README.md). The floor guards what we have against loss.
    assert dated_points("roj", "population") >= 7


def test_detention_series():
    detention = OBS[OBS.site == "sdf-detention"]
    assert detention[detention.metric == "detainees"]["as_of"].nunique() >= 8
    for metric in ("detainees_foreign", "nationalities"):
        assert (detention.metric == metric).sum() >= 3, metric


def test_repatriations_and_transfers():
    flows = OBS[OBS.metric.isin(["repatriated", "transferred"])]
    assert flows["as_of"].nunique() >= 8
    assert pd.to_datetime(flows["as_of"]).dt.year.between(2021, 2026).sum() >= 8


def test_events():
    events = STORE.events
    assert len(events) >= 10
    assert {"influx", "repatriation", "attack"} <= set(events["kind"])


@pytest.mark.parametrize("column", ["value", "low", "high"])
def test_no_negative_numbers(column):
    assert (OBS[column].dropna() >= 0).all()


def test_sources_disagree_and_both_stay():
    """Two sources with different numbers for the same site, metric and date are both kept."""
    keyed = OBS[OBS.unit == "count"].groupby(["site", "metric", "as_of"])["value"].nunique()
    assert (keyed > 1).any()


def test_press_claims_dataset():
    claims = STORE.claims
    focus = claims[claims.site.isin(["al-hol", "roj", "sdf-detention", "al-hol-annex", "ghuwayran"])]
    assert len(focus) >= 80 and focus["outlet"].nunique() >= 15
    assert {"en", "ar"} <= set(claims["language"])
    assert claims["url"].str.match(r"^https?://").all()
    years = pd.to_datetime(claims["published"]).dt.year.dropna()
    assert years.min() <= 2019 and years.max() >= 2026
