"""Figure builders tested on their data: traces, points, gaps, hover text, links."""
import math

import pandas as pd

from dashboard.charts import coverage_figure, divergence_figure, series_figure, split_figure
from dashboard.reconcile import reconcile
from dashboard.store import load

STORE = load()


def test_one_trace_per_source_every_point_hovered_and_linked():
    rows = STORE.series("roj", "population")
    figure = series_figure(rows, "Roj", "people")
    official = [t for t in figure.data if t.legendgroup == "official"]
    assert sorted(t.name for t in official) == sorted(rows["publisher"].unique())
    points = sum(sum(1 for y in t.y if y is not None and not math.isnan(y)) for t in official)
    assert points == len(rows)
    assert all(url.startswith("http") for t in official for url in t.customdata)
    assert any("as of 2017-11-29" in h for t in official for h in t.hovertext)


def test_lines_break_across_long_gaps():
    rows = STORE.series("roj", "population")  # 2018-03 then 2024-06 from different years: a gap
    figure = series_figure(rows.assign(publisher="One source"), "Roj", "people", max_gap_days=400)
    ys = list(figure.data[0].y)
    assert any(y is None or (isinstance(y, float) and math.isnan(y)) for y in ys)


def test_press_claims_coloured_by_verdict_and_events_marked():
    verdicts = reconcile(STORE.claims[STORE.claims.site == "al-hol"], STORE.cited)
    events = STORE.events[STORE.events.site == "al-hol"].assign(url="https://example.org/e")
    figure = series_figure(STORE.series("al-hol"), "Al-Hol", "people", verdicts=verdicts, events=events)
    press = {t.name for t in figure.data if t.legendgroup == "press"}
    assert press <= {"consistent", "overstated", "understated", "contested", "no official data"} and "overstated" in press
    marks = [t for t in figure.data if t.name == "events"]
    assert marks and len(marks[0].x) >= 5
    assert "Sources:" in figure.layout.annotations[0].text


def test_empty_series_says_so():
    figure = series_figure(STORE.series("roj", "detainees"), "Roj", "people")
    assert any("No official figure" in a.text for a in figure.layout.annotations)


def test_divergence_band_points_and_stale_lines():
    verdicts = reconcile(STORE.claims[STORE.claims.site == "al-hol"], STORE.cited)
    figure = divergence_figure(verdicts)
    assert figure.layout.yaxis.type == "log"
    band = figure.data[0]
    assert min(band.y) == 0.95 and max(band.y) == 1.05
    stale = [t for t in figure.data if t.name == "stale: back to last true"]
    assert stale and list(stale[0].y).count(1.0) == int(verdicts.query("verdict != 'no_official_data'")["stale"].sum())


def test_split_and_coverage():
    parts = {"Iraqi": STORE.series("al-hol", "population_iraqi"), "Syrian": STORE.series("al-hol", "population_syrian")}
    split = split_figure(parts, "split")
    assert [t.name for t in split.data] == ["Iraqi", "Syrian"]
    coverage = coverage_figure(STORE.cited, "al-hol")
    assert set(coverage.data[0].y) == set(STORE.cited[STORE.cited.site == "al-hol"]["publisher"])
    assert isinstance(pd.Timestamp(coverage.data[0].x[0]), pd.Timestamp)


def test_agreement_tables_years_in_order_outlets_by_count():
    from dashboard.charts import agreement_table
    verdicts = reconcile(STORE.claims[STORE.claims.site == "al-hol"], STORE.cited)
    years = agreement_table(verdicts, "year")
    assert list(years["year"]) == sorted(years["year"]) and years["n"].sum() == (verdicts.verdict != "no_official_data").sum()
    outlets = agreement_table(verdicts, "outlet")
    assert list(outlets["n"]) == sorted(outlets["n"], reverse=True)
    assert ((outlets["consistent"] / outlets["n"]).round(2) == outlets["share_consistent"]).all()
