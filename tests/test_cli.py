import io
import json

import pandas as pd
from typer.testing import CliRunner

from dashboard.cli import app
from dashboard.store import load

runner = CliRunner()


def test_series_csv_matches_the_dataset():
    result = runner.invoke(app, ["series", "al-hol", "--format", "csv"])
    assert result.exit_code == 0, result.output
    printed = pd.read_csv(io.StringIO(result.stdout), dtype=str, keep_default_na=False)
    expected = load().series("al-hol", "population")
    assert len(printed) == len(expected)
    assert printed["as_of"].tolist() == expected["as_of_text"].tolist()
    assert printed["url"].tolist() == expected["url"].tolist()
    assert [float(v) if v else None for v in printed["value"]] == [None if pd.isna(v) else v for v in expected["value"]]
    assert (printed["publisher"] != "").all() and (printed["title"] != "").all()


def test_series_resolves_an_alias_and_rejects_unknown_site():
    assert runner.invoke(app, ["series", "الهول", "--format", "json"]).exit_code == 0
    result = runner.invoke(app, ["series", "Atlantis"])
    assert result.exit_code == 2 and "unknown site" in result.output


def test_series_json_rows_carry_citations():
    result = runner.invoke(app, ["series", "roj", "--format", "json"])
    rows = json.loads(result.stdout)
    assert rows and all(r["url"].startswith("http") and r["publisher"] for r in rows)


def test_validate_exits_1_with_the_problem_list(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("site,metric,value,qualifier,as_of,document_id\nroj,population,-1,exact,2020-01-01,nope\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:2 [value]" in result.output and f"{bad}:2 [document_id]" in result.output


def test_validate_ok():
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 0 and "valid:" in result.output


def test_sites_and_documents_list():
    assert "al-hol" in runner.invoke(app, ["sites", "--format", "csv"]).stdout
    docs = pd.read_csv(io.StringIO(runner.invoke(app, ["documents", "--format", "csv"]).stdout))
    assert len(docs) == len(load().documents)


def test_extract_table_prints_counts_with_separators_and_shares_as_fractions():
    result = runner.invoke(app, ["extract", "-", "--date", "2024-04-01", "--format", "table"],
                           input="Nearly 10,000 ISIS fighters are held in SDF prisons. About a third are Syrian.")
    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines() if "│" in line]
    assert " 10,000 " in rows[0]
    assert "10000.0" not in result.output and "0.3333" in result.output and "detainees_syrian" in result.output
