"""The Parquet cache: a lossless twin of the CSVs, rebuilt when they change, never half-written."""
import pandas as pd
import pyarrow.parquet as pq
from pandas.testing import assert_frame_equal

from dashboard.store import TABLES, cache_dir, load, load_frames
from dashboard.store.load import _key
from tests.conftest import append_line


def test_csv_to_parquet_to_frame_is_lossless(shipped, tmp_path):
    from_csv = load_frames(shipped, use_cache=False)
    load_frames(shipped)  # builds the cache
    from_cache = load_frames(shipped)  # reads it
    for name in TABLES:
        assert_frame_equal(from_csv[name], from_cache[name])
    # and the cache is real Parquet on disk (this folder's own cache: other tests leave caches of edited copies)
    cached = cache_dir() / _key([shipped / f"{name}.csv" for name in TABLES]) / "observations.parquet"
    assert pq.read_table(cached).num_rows == len(from_csv["observations"])


def test_values_survive_exactly(shipped):
    frame = load_frames(shipped, use_cache=False)["observations"]
    raw = pd.read_csv(shipped / "observations.csv", skiprows=[1], dtype=str, keep_default_na=False)
    assert len(frame) == len(raw)
    assert frame["as_of_text"].tolist() == raw["as_of"].tolist()
    values = pd.to_numeric(raw["value"].replace("", None))
    assert frame["value"].fillna(-1).tolist() == values.fillna(-1).tolist()


def test_cache_is_rebuilt_when_a_csv_changes(datasets_copy):
    before = load_frames(datasets_copy)
    append_line(datasets_copy / "observations.csv",
                "al-hol,population,11111,,,exact,count,2020-02-02,,,ocha-alhol-sitrep-01-2019-03-31,test")
    after = load_frames(datasets_copy)
    assert len(after["observations"]) == len(before["observations"]) + 1
    assert 11111 in after["observations"]["value"].tolist()


def test_bad_change_keeps_nothing_half_loaded(datasets_copy):
    load_frames(datasets_copy)
    entries = set(cache_dir().iterdir())
    append_line(datasets_copy / "observations.csv",
                "al-hol,population,-1,,,exact,count,2020-02-02,,,ocha-alhol-sitrep-01-2019-03-31,bad")
    try:
        load_frames(datasets_copy)
    except Exception:
        pass
    assert set(cache_dir().iterdir()) == entries  # no cache written for invalid data, no temp left


def test_series_rows_carry_their_citation(shipped):
    rows = load(shipped).series("al-hol", "population")
    assert len(rows) > 0
    assert rows["url"].str.startswith("http").all()
    assert rows["publisher"].notna().all() and rows["title"].notna().all()
    assert rows["as_of"].is_monotonic_increasing
