"""Verdicts on hand-made observations (so each rule is tested in isolation) and on the shipped data."""
import pandas as pd
import pytest

from dashboard.claims import extract
from dashboard.reconcile import check, reconcile
from dashboard.store import load


def series(*rows, site="al-hol", metric="population", unit="count"):
    """A tiny cited series: (as_of, value, publisher) rows."""
    return pd.DataFrame([{
        "site": site, "metric": metric, "unit": unit, "value": float(v), "low": float("nan"), "high": float("nan"),
        "qualifier": "exact", "as_of": pd.Timestamp(d).date(), "period_start": None, "period_end": None,
        "document_id": f"doc-{p.lower()}-{d}", "publisher": p, "title": f"{p} report {d}", "url": f"https://example.org/{p}/{d}",
    } for d, v, p in rows])


def claim(value, qualifier="exact", ref="2024-04-01", low=None, high=None, **kw):
    base = {"quote": "q", "raw": str(value), "value": value, "low": low, "high": high, "qualifier": qualifier,
            "unit": "count", "metric": "population", "site": "al-hol", "ref_date": ref}
    return {**base, **kw}


OBS = series(("2019-06-01", 73000, "OCHA"), ("2019-12-01", 68000, "OCHA"), ("2022-06-01", 56000, "OCHA"),
             ("2024-03-01", 43000, "OCHA"))


def verdict_of(*claims, obs=OBS, **kw):
    return reconcile(list(claims), obs, **kw)


def test_stale_figure_is_overstated_and_last_true_in_2019():
    row = verdict_of(claim(70000, "about")).iloc[0]
    assert row.verdict == "overstated" and row.stale
    assert pd.Timestamp(row.last_true_on) == pd.Timestamp("2019-12-01")
    assert row.months_since_true == 52 and row.official_value == 43000
    assert row.divergence_pct == pytest.approx((70000 - 43000) / 43000 * 100)


@pytest.mark.parametrize("value, qualifier, expected", [
    (43000, "exact", "consistent"), (44500, "about", "consistent"), (46000, "about", "overstated"),
    (40000, "more_than", "consistent"), (45000, "more_than", "overstated"), (45000, "up_to", "consistent"),
    (40000, "fewer_than", "understated"), (44000, "nearly", "consistent"),
])
def test_bounds_by_qualifier(value, qualifier, expected):
    assert verdict_of(claim(value, qualifier)).iloc[0].verdict == expected


def test_range_by_overlap_and_vague_by_magnitude():
    assert verdict_of(claim(None, "range", low=40000, high=45000)).iloc[0].verdict == "consistent"
    assert verdict_of(claim(None, "range", low=50000, high=60000)).iloc[0].verdict == "overstated"
    assert verdict_of(claim(20000, "vague", low=20000, high=99999)).iloc[0].verdict == "consistent"


def test_tolerance_is_configurable():
    assert verdict_of(claim(46000, "about"), tolerance=0.10).iloc[0].verdict == "consistent"


def test_no_official_data_before_the_claim_and_aggregates_are_not_the_site():
    early = verdict_of(claim(70000, ref="2018-01-01")).iloc[0]
    assert early.verdict == "no_official_data" and early.next_value == 73000
    other = verdict_of(claim(70000, site="nes-camps")).iloc[0]
    assert other.verdict == "no_official_data"


def test_contested_when_sources_disagree_and_claim_sits_between():
    obs = pd.concat([OBS, series(("2024-02-01", 50000, "UNHCR"))])
    row = verdict_of(claim(47000), obs=obs).iloc[0]
    assert row.verdict == "contested" and row.spread_min == 43000 and row.spread_max == 50000


def test_old_evidence_is_flagged():
    row = verdict_of(claim(43000, ref="2025-06-01")).iloc[0]
    assert row.evidence_old and row.official_age_days > 180


def test_a_year_claim_is_true_if_true_during_that_year():
    assert verdict_of(claim(73000, ref="2019")).iloc[0].verdict == "consistent"


def test_share_claim_against_official_percent():
    obs = series(("2020-10-04", 48, "OCHA"), metric="population_iraqi", unit="percent")
    most = claim(0.5, "more_than", low=0.5, metric="population_iraqi", unit="share", ref="2020-11-01")
    assert verdict_of(most, obs=obs).iloc[0].verdict == "overstated"


def test_vectorised_on_many_claims():
    many = [claim(v, "about", ref=f"20{y}-06-01") for v in (43000, 56000, 70000) for y in range(19, 26)]
    out = verdict_of(*many)
    assert len(out) == len(many) and set(out.verdict) <= {"consistent", "overstated", "understated"}


def test_shipped_data_al_hol_2024_about_70000_is_stale_since_2019_per_ocha():
    store = load()
    verdicts = check("The al-Hol camp still holds about 70,000 people.", store.cited, published="2024-04-01")
    row = verdicts.iloc[0]
    assert (row.verdict, bool(row.stale)) == ("overstated", True)
    assert pd.Timestamp(row.last_true_on).year == 2019
    from dashboard.reconcile.explain import last_true_by_source
    assert last_true_by_source(row, store.cited, 0.05)["OCHA"].startswith("2019")
    assert "stale" in row.explanation and row.official and all(o["url"].startswith("http") for o in row.official)


def test_self_contradiction_is_flagged_with_both_quotes():
    store = load()
    text = "Al-Hol holds about 43,000 people, most of them Iraqis. The camp is predominantly Syrian, aid workers said."
    verdicts = check(text, store.cited, published="2024-04-01")
    flagged = verdicts[verdicts.self_contradiction.map(lambda v: isinstance(v, str))]
    assert set(flagged.metric) == {"population_iraqi", "population_syrian"}


def test_part_larger_than_whole_is_flagged():
    store = load()
    verdicts = check("Al-Hol holds 40,000 people, including 52,000 Iraqis.", store.cited, published="2024-04-01")
    assert isinstance(verdicts.set_index("metric").loc["population_iraqi", "self_contradiction"], str)


def test_extract_feeds_reconcile():
    claims = extract("Roj camp holds 2,600 people.", published="2024-06-20")
    assert reconcile(claims, load().cited).iloc[0].verdict == "consistent"


def test_edges_no_observations_no_site_no_date_no_claims():
    assert verdict_of(claim(70000), obs=OBS.iloc[0:0]).iloc[0].verdict == "no_official_data"
    assert verdict_of(claim(70000, site=None)).iloc[0].verdict == "no_official_data"
    assert verdict_of(claim(70000, ref=None)).iloc[0].verdict == "no_official_data"
    empty = pd.DataFrame(columns=["site", "metric", "unit", "value", "low", "high", "qualifier", "ref_date"])
    assert reconcile(empty, OBS).empty


def test_chunks_give_the_same_verdicts_as_one_pass(monkeypatch):
    from dashboard.reconcile import verdict
    many = [claim(v, q, ref=f"20{y}-0{m}-01") for v in (43000, 56000, 70000) for q in ("about", "more_than", "nearly")
            for y in range(18, 26) for m in (1, 6)]
    whole = verdict_of(*many)
    monkeypatch.setattr(verdict, "CHUNK", 7)
    chunked = verdict_of(*many)
    pd.testing.assert_frame_equal(whole, chunked)


def test_a_share_is_off_by_percentage_points_in_the_explanation():
    verdicts = check("The al-Hol camp still holds about 70,000 people, most of them Iraqis.", load().cited, published="2024-04-01")
    share = verdicts[verdicts.metric == "population_iraqi"].iloc[0]
    assert "percentage points" in share.explanation and "+4%" not in share.explanation
