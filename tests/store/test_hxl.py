"""A user's own HXL-tagged CSV is mapped by hashtag, validated and loaded beside the shipped data."""
import pytest

from dashboard.store import ValidationFailed, load

HEADER = "Camp,Date,People,Families,Source link,Agency,Report\n#loc+name,#date,#affected+ind,#affected+hh,#meta+url,#org,#meta+title\n"


def test_user_hxl_file_is_mapped_by_tag(shipped, tmp_path):
    user = tmp_path / "mine.csv"
    user.write_text(HEADER + "al-Hawl,2021-03-01,62000,17000,https://example.org/r1,Agency X,Report 1\n"
                    "روج,2021-03-01,2400,,https://example.org/r1,Agency X,Report 1\n", encoding="utf-8")
    store = load(shipped, extra=[user], use_cache=False)
    mine = store.cited[store.cited["url"] == "https://example.org/r1"]
    assert set(zip(mine["site"], mine["metric"], mine["value"])) == {
        ("al-hol", "population", 62000), ("al-hol", "households", 17000), ("roj", "population", 2400)}
    assert (mine["publisher"] == "Agency X").all()


def test_unknown_site_name_is_reported_not_guessed(shipped, tmp_path):
    user = tmp_path / "mine.csv"
    user.write_text(HEADER + "Camp Nowhere,2021-03-01,100,,https://example.org/r,A,R\n", encoding="utf-8")
    with pytest.raises(ValidationFailed) as failure:
        load(shipped, extra=[user], use_cache=False)
    [problem] = failure.value.problems
    assert problem.line == 3 and problem.file == str(user) and "unknown site" in problem.message


def test_user_row_without_citation_is_refused(shipped, tmp_path):
    user = tmp_path / "mine.csv"
    user.write_text(HEADER + "Roj,2021-03-01,100,,,A,R\n", encoding="utf-8")
    with pytest.raises(ValidationFailed) as failure:
        load(shipped, extra=[user], use_cache=False)
    assert any(p.file == str(user) and p.line == 3 and p.field == "document_id" for p in failure.value.problems)


def test_user_file_in_headcount_columns(shipped, tmp_path):
    user = tmp_path / "obs.csv"
    user.write_text("site,metric,value,qualifier,as_of,document_id\n"
                    "roj,population,-4,exact,2021-01-01,ocha-alhol-sitrep-01-2019-03-31\n", encoding="utf-8")
    with pytest.raises(ValidationFailed) as failure:
        load(shipped, extra=[user], use_cache=False)
    assert [(p.file, p.line, p.field) for p in failure.value.problems] == [(str(user), 2, "value")]
