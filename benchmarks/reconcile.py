"""Reconciliation speed: 1,000,000 synthetic claims against 100,000 observations across 1,000 sites,
beside a DuckDB ASOF JOIN and pandas merge_asof of the same data, in the same run.

Targets: our as-of evidence step within 1.5x of DuckDB's join; the whole reconcile (verdicts,
last_true_on and the spread between sources included; explanations excluded, they are written only
for the rows a person reads) within 3x of it.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.reconcile import reconcile  # noqa: E402
from dashboard.reconcile.prepare import claims_frame, observations_frame  # noqa: E402
from dashboard.reconcile.verdict import Keys, days, keyed  # noqa: E402

SITES, OBSERVATIONS, CLAIMS = 1_000, 100_000, 1_000_000


def data(seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    sites = np.array([f"site-{i:04d}" for i in range(SITES)])
    obs = pd.DataFrame({
        "site": rng.choice(sites, OBSERVATIONS), "metric": "population", "unit": "count",
        "value": rng.integers(1_000, 80_000, OBSERVATIONS).astype(float), "low": np.nan, "high": np.nan,
        "qualifier": "exact", "as_of": (pd.Timestamp("2015-01-01") + pd.to_timedelta(rng.integers(0, 4000, OBSERVATIONS), "D")).date,
        "period_start": None, "document_id": [f"doc-{i % 5000}" for i in range(OBSERVATIONS)],
        "publisher": rng.choice(["OCHA", "REACH", "UNHCR"], OBSERVATIONS),
    })
    claims = pd.DataFrame({
        "site": rng.choice(sites, CLAIMS), "metric": "population", "unit": "count",
        "value": rng.integers(1_000, 80_000, CLAIMS).astype(float), "low": np.nan, "high": np.nan,
        "qualifier": rng.choice(["exact", "about", "more_than", "nearly"], CLAIMS),
        "ref_date": (pd.Timestamp("2016-01-01") + pd.to_timedelta(rng.integers(0, 3600, CLAIMS), "D")).strftime("%Y-%m-%d"),
        "raw": "x", "quote": "q",
    })
    return claims, obs


def best_of(func, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    import duckdb
    claims, obs = data()
    frame = claims_frame(claims)
    frame["row"] = np.arange(len(frame))
    prepared = observations_frame(obs).rename(columns={"unit": "series_unit"})
    left = frame[["row", "ref_end", "site", "metric", "series_unit"]].astype({"series_unit": "str"}).sort_values("ref_end")
    right = prepared[["as_of", "official", "site", "metric", "series_unit"]].sort_values("as_of")

    con = duckdb.connect()
    con.register("c", left)
    con.register("o", right)
    query = ("SELECT c.row, o.as_of, o.official FROM c ASOF LEFT JOIN o ON c.site = o.site AND c.metric = o.metric "
             "AND c.series_unit = o.series_unit AND c.ref_end >= o.as_of")
    duck = best_of(lambda: con.execute(query).fetchnumpy())
    pandas_asof = best_of(lambda: pd.merge_asof(left, right, left_on="ref_end", right_on="as_of",
                                                by=["site", "metric", "series_unit"], direction="backward"))
    def evidence():  # keying the series (strings -> integers) and sorting the claims are part of our step, and timed
        keyed_frame, keyed_obs = keyed(frame.copy(), prepared.copy())
        sid, day = keyed_frame["sid"].to_numpy(), days(keyed_frame["ref_end"])
        keys = Keys(keyed_obs["sid"].to_numpy(), keyed_obs["day"].to_numpy(), day)
        order = np.argsort(keys.pack(sid, day), kind="stable")
        return keys.search(sid[order], day[order])  # the figure in force and the next one, per claim
    ours_evidence = best_of(evidence)
    whole = best_of(lambda: reconcile(claims, obs))
    verdicts = reconcile(claims, obs)
    print(f"{CLAIMS:,} claims x {OBSERVATIONS:,} observations over {SITES:,} sites (best of runs, seconds)")
    print(f"  DuckDB ASOF JOIN        {duck:7.3f}")
    print(f"  pandas merge_asof       {pandas_asof:7.3f}   ({pandas_asof / duck:4.2f}x DuckDB)")
    print(f"  ours: as-of evidence    {ours_evidence:7.3f}   ({ours_evidence / duck:4.2f}x DuckDB; target <= 1.5x)")
    print(f"  ours: whole reconcile   {whole:7.3f}   ({whole / duck:4.2f}x DuckDB; target <= 3x)")
    print("  verdicts:", verdicts["verdict"].value_counts().to_dict(), f"stale: {int(verdicts['stale'].sum()):,}")


if __name__ == "__main__":
    main()
