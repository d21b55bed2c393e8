import json

from typer.testing import CliRunner

from dashboard.cli import app
from dashboard.claims import KEYS
from dashboard.reconcile import check, export
from dashboard.store import load

runner = CliRunner()
TEXT = "The al-Hol camp still holds about 70,000 people, most of them Iraqis, SDF officials said."


def test_json_has_claim_keys_and_verdict_keys():
    rows = json.loads(export.to_json(check(TEXT, load().cited, published="2024-04-01")))
    assert rows and set(KEYS) <= set(rows[0])
    assert {"verdict", "stale", "last_true_on", "divergence_pct", "official", "explanation"} <= set(rows[0])
    assert rows[0]["official"][0]["url"].startswith("http")


def test_claimreview_required_properties():
    reviews = export.claim_review(check(TEXT, load().cited, published="2024-04-01"), "Example Desk",
                                  "https://news.example/article", "2024-04-01", "Example News")
    for review in reviews:
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert review["claimReviewed"] and review["author"] == {"@type": "Organization", "name": "Example Desk"}
        rating = review["reviewRating"]
        assert {"ratingValue", "bestRating", "worstRating", "alternateName"} <= set(rating)
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        assert review["itemReviewed"]["appearance"]["url"] == "https://news.example/article"
        assert review["itemReviewed"]["datePublished"] == "2024-04-01"


def test_cli_check_file_prints_verdicts_with_citations(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(TEXT + "\n\nNearly 10,000 ISIS fighters are held in SDF prisons.\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "--file", str(article), "--date", "2024-04-01"])
    assert result.exit_code == 0, result.output
    assert "overstated" in result.output and "STALE" in result.output and "https://" in result.output
    as_csv = runner.invoke(app, ["check", "--file", str(article), "--date", "2024-04-01", "--format", "csv"])
    assert as_csv.output.splitlines()[0].startswith("start,end,quote")
    reviews = json.loads(runner.invoke(app, ["check", TEXT, "--date", "2024-04-01", "--format", "claimreview",
                                             "--org", "Desk"]).output)
    assert reviews[0]["author"]["name"] == "Desk"


def test_cli_check_needs_exactly_one_source():
    assert runner.invoke(app, ["check"]).exit_code == 2


def test_missing_dates_are_null_and_shares_print_as_percentages():
    rows = json.loads(export.to_json(check(TEXT, load().cited, published="2024-04-01")))
    share = next(r for r in rows if r["unit"] == "share")
    assert share["last_true_on"] is None
    csv = export.to_csv(check(TEXT, load().cited, published="2024-04-01"))
    assert "OCHA: 48% as of 2020-10-04" in csv


def test_cli_check_dash_reads_standard_input_like_extract():
    result = runner.invoke(app, ["check", "-", "--date", "2024-04-01"], input=TEXT)
    assert result.exit_code == 0, result.output
    assert "overstated" in result.output and "https://" in result.output
