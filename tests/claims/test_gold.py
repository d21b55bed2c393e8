"""Accuracy on the gold set (written by hand in press style, English and Arabic), and the
adversarial non-claims: no distance, year, age, ordinal, phase, phone number or money comes out."""
from pathlib import Path

import pytest

from dashboard.claims import extract
from dashboard.claims.score import FIELDS, load_gold, score

HERE = Path(__file__).parent
SETS = [p for p in (HERE / name for name in ("gold.jsonl", "heldout.jsonl", "blind.jsonl", "articles.jsonl")) if p.exists()]


def _run(items):
    return score(items, lambda text, published: [c.to_dict() for c in extract(text, published=published)])


@pytest.fixture(scope="module", params=SETS, ids=[p.stem for p in SETS])
def result(request):
    return _run(load_gold(request.param))


def test_gold_set_size_and_coverage():
    items = load_gold(HERE / "gold.jsonl")
    assert len(items) >= 250
    assert sum(i["lang"] == "ar" for i in items) >= 60
    assert sum(not i["claims"] for i in items) >= 50


def test_value_metric_site_precision_and_recall(result):
    assert result.precision("value+metric+site") >= 0.95, result.misses[:10]
    assert result.recall("value+metric+site") >= 0.95, result.misses[:10]


def test_no_non_claim_reported_as_a_count(result):
    assert result.non_claim_hits == 0
    assert result.precision("value") >= 0.97


@pytest.mark.parametrize("field", FIELDS)
def test_every_field_is_mostly_right(result, field):
    assert result.recall(field) >= 0.9, field


def test_long_articles_stay_above_their_measured_floor():
    """Long wire-style articles (8-12 sentences, quotes, background figures, many non-claim numbers) are harder:
    first contact 0.81 / 0.85 value+metric+site, 0.90 / 0.88 after one round of fixes, 0.91 / 0.90 after the rules
    learned from real press openings, 0.92 / 0.90 after seven rounds of them. A floor, not a target: it fails if a
    change makes them worse."""
    result = _run(load_gold(HERE / "longform.jsonl"))
    assert result.precision("value+metric+site") >= 0.91 and result.recall("value+metric+site") >= 0.89, result.misses[:10]
    assert result.precision("value") >= 0.95


def test_every_annotated_metric_and_site_is_a_known_id():
    """The sets speak the data model's language: a metric or site the extractor cannot emit (or a typo) would be
    scored as a miss for ever, silently."""
    from dashboard import gazetteer
    from dashboard.model import METRICS
    sites = set(gazetteer.default().by_id)
    ids = {p.stem: p for p in [*SETS, HERE / "longform.jsonl"]}
    for name, path in ids.items():
        for item in load_gold(path):
            for claim in item["claims"]:
                assert claim["metric"] in METRICS, f"{name} {item['id']}: unknown metric {claim['metric']!r}"
                assert claim["site"] is None or claim["site"] in sites, f"{name} {item['id']}: unknown site {claim['site']!r}"
