"""Store load and validation speed.

Prints: the shipped datasets loaded from CSV (validated, no cache) and from the Parquet cache, and
the time to validate 1,000,000 synthetic observation rows. Targets: cache load < 50 ms; 1 M rows < 3 s.
"""
from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HEADCOUNT_CACHE_DIR", tempfile.mkdtemp(prefix="headcount-bench-cache-"))

from dashboard.store import datasets_dir, load_frames  # noqa: E402
from dashboard.store.load import read_all  # noqa: E402
from dashboard.store.validate import check_all  # noqa: E402


def timed(func, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def synthetic(folder: Path, rows: int) -> None:
    """The shipped sites and documents, plus `rows` synthetic observations citing them."""
    for name in ("sites", "documents", "events"):
        shutil.copy(datasets_dir() / f"{name}.csv", folder / f"{name}.csv")
    sites = pd.read_csv(folder / "sites.csv", skiprows=[1])["site_id"].to_numpy()
    docs = pd.read_csv(folder / "documents.csv", skiprows=[1])["document_id"].to_numpy()
    rng = np.random.default_rng(0)
    days = pd.Timestamp("2019-01-01") + pd.to_timedelta(rng.integers(0, 2500, rows), unit="D")
    frame = pd.DataFrame({
        "site": rng.choice(sites, rows), "metric": rng.choice(["population", "households", "detainees"], rows),
        "value": rng.integers(1, 80_000, rows), "low": "", "high": "", "qualifier": "exact", "unit": "count",
        "as_of": days.strftime("%Y-%m-%d"), "period_start": "", "period_end": "",
        "document_id": rng.choice(docs, rows), "note": "synthetic row " + pd.Series(np.arange(rows)).astype(str),
    })
    frame.to_csv(folder / "observations.csv", index=False)


def main() -> None:
    shipped = datasets_dir()
    rows = len(load_frames(shipped, use_cache=False)["observations"])
    load_frames(shipped)  # build the cache
    csv_time = timed(lambda: load_frames(shipped, use_cache=False), 5)
    cache_time = timed(lambda: load_frames(shipped), 15)
    print(f"shipped datasets ({rows} observations): from CSV, validated {csv_time * 1000:.1f} ms; "
          f"from Parquet cache {cache_time * 1000:.1f} ms (target < 50 ms)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        synthetic(folder, 1_000_000)
        read_start = time.perf_counter()
        raw, problems = read_all(folder)
        read_time = time.perf_counter() - read_start
        assert not problems, problems[:3]
        validate_time = timed(lambda: check_all(raw), 3)
        _, found = check_all(raw)
        print(f"1,000,000 synthetic observations: read CSV {read_time:.2f} s; validate {validate_time:.2f} s "
              f"(target < 3 s); problems found {len(found)}")


if __name__ == "__main__":
    main()
