"""Each kind of bad row is caught, named by file, line and field; nothing half-loads."""
from datetime import date

import pytest

from dashboard.store import ValidationFailed, load_frames
from tests.conftest import append_line

OBS = "observations.csv"
DOC_ID = "ocha-alhol-sitrep-01-2019-03-31"


def problems_for(folder, **kw):
    with pytest.raises(ValidationFailed) as failure:
        load_frames(folder, use_cache=False, **kw)
    return failure.value.problems


@pytest.mark.parametrize("row, field, message", [
    (f"nowhere,population,100,,,exact,count,2020-01-01,,,{DOC_ID},", "site", "known site"),
    (f"al-hol,heads,100,,,exact,count,2020-01-01,,,{DOC_ID},", "metric", "known metric"),
    (f"al-hol,population,many,,,exact,count,2020-01-01,,,{DOC_ID},", "value", "not a number"),
    (f"al-hol,population,-5,,,exact,count,2020-01-01,,,{DOC_ID},", "value", "not negative"),
    (f"al-hol,population,100,120,,more_than,count,2020-01-01,,,{DOC_ID},", "low", "low is greater"),
    (f"al-hol,population,100,,90,up_to,count,2020-01-01,,,{DOC_ID},", "high", "high is less"),
    (f"al-hol,population,100,,,roughly,count,2020-01-01,,,{DOC_ID},", "qualifier", "one of"),
    (f"al-hol,population,100,,,exact,count,2020-13-45,,,{DOC_ID},", "as_of", None),
    (f"al-hol,population,100,,,exact,count,01/02/2020,,,{DOC_ID},", "as_of", "YYYY"),
    (f"al-hol,population,100,,,exact,count,2099-01-01,,,{DOC_ID},", "as_of", "future"),
    ("al-hol,population,100,,,exact,count,2020-01-01,,,no-such-doc,", "document_id", "no such document"),
    (f"al-hol,population,,,,exact,count,2020-01-01,,,{DOC_ID},", "value", "value is empty"),
    (f"al-hol,population_iraqi,140,,,exact,percent,2020-01-01,,,{DOC_ID},", "value", "percentage above 100"),
    (f"al-hol,repatriated,100,,,exact,count,2021-06-01,2021-07-01,2021-06-01,{DOC_ID},", "period_start", "starts after"),
])
def test_bad_observation_row_is_named(datasets_copy, row, field, message):
    line = append_line(datasets_copy / OBS, row)
    found = problems_for(datasets_copy, today=date(2026, 11, 25))
    mine = [p for p in found if p.line == line]
    assert mine, f"no problem reported at line {line}: {found}"
    assert all(p.file.endswith(OBS) for p in mine)
    assert field in {p.field for p in mine}
    if message:
        assert any(message in p.message for p in mine if p.field == field), mine


def test_every_problem_of_a_file_is_collected(datasets_copy):
    first = append_line(datasets_copy / OBS, f"nowhere,population,100,,,exact,count,2020-01-01,,,{DOC_ID},")
    second = append_line(datasets_copy / OBS, f"al-hol,population,-1,,,exact,count,2020-01-01,,,{DOC_ID},")
    lines = {p.line for p in problems_for(datasets_copy)}
    assert {first, second} <= lines


def test_exact_duplicate_is_caught(datasets_copy):
    row = f"al-hol,population,12345,,,exact,count,2020-02-02,,,{DOC_ID},dup"
    append_line(datasets_copy / OBS, row)
    second = append_line(datasets_copy / OBS, row)
    found = problems_for(datasets_copy)
    assert [p.line for p in found if "duplicate" in p.message] == [second]


def test_document_without_url_and_unknown_doc_type(datasets_copy):
    line = append_line(datasets_copy / "documents.csv", "bad-doc,OCHA,A title,,2020-01-01,,rumour,,")
    found = problems_for(datasets_copy)
    fields = {p.field for p in found if p.line == line and p.file.endswith("documents.csv")}
    assert {"url", "doc_type"} <= fields


def test_duplicate_site_and_unknown_parent(datasets_copy):
    dup = append_line(datasets_copy / "sites.csv", "roj,Roj again,camp,,,,,,")
    orphan = append_line(datasets_copy / "sites.csv", "new-camp,New camp,camp,no-parent,,,,,")
    found = {(p.line, p.field) for p in problems_for(datasets_copy) if p.file.endswith("sites.csv")}
    assert (dup, "site_id") in found and (orphan, "parent") in found


def test_bad_event(datasets_copy):
    line = append_line(datasets_copy / "events.csv", "al-hol,2020-01-01,party,A title,no-such-doc")
    found = {p.field for p in problems_for(datasets_copy) if p.line == line}
    assert {"kind", "document_id"} <= found


def test_missing_column_and_missing_file(datasets_copy):
    (datasets_copy / "events.csv").write_text("site,date,kind\nal-hol,2020-01-01,attack\n", encoding="utf-8")
    (datasets_copy / "documents.csv").unlink()
    found = problems_for(datasets_copy)
    assert any(p.file.endswith("documents.csv") and "not found" in p.message for p in found)
    assert {("title", 1), ("document_id", 1)} <= {(p.field, p.line) for p in found if p.file.endswith("events.csv")}


def test_not_utf8(datasets_copy):
    (datasets_copy / OBS).write_bytes(b"site,metric\n\xff\xfe,\x80\n")
    found = problems_for(datasets_copy)
    assert any("UTF-8" in p.message and p.file.endswith(OBS) for p in found)


def test_problem_text_names_file_line_field(datasets_copy):
    line = append_line(datasets_copy / OBS, f"al-hol,population,-3,,,exact,count,2020-01-01,,,{DOC_ID},")
    text = [str(p) for p in problems_for(datasets_copy) if p.line == line][0]
    assert f"observations.csv:{line}" in text and "[value]" in text
