"""The vectorised reconcile against a plain per-claim reference, written for reading not speed, on
random series with ties, gaps, several sources, claims with and without a series, and every qualifier."""
import numpy as np
import pandas as pd
import pytest

from dashboard.reconcile import reconcile
from dashboard.reconcile.verdict import bounds

QUALIFIERS = ["exact", "about", "more_than", "at_least", "fewer_than", "up_to", "nearly", "range", "vague"]


def random_case(seed: int, claims: int = 400, observations: int = 300):
    rng = np.random.default_rng(seed)
    sites = [f"s{i}" for i in range(6)]
    days = pd.Timestamp("2019-01-01") + pd.to_timedelta(rng.integers(0, 60, observations) * 30, "D")  # many ties
    obs = pd.DataFrame({
        "site": rng.choice(sites[:5], observations), "metric": rng.choice(["population", "households"], observations),
        "unit": "count", "value": rng.integers(10, 40, observations).astype(float) * 100, "low": np.nan, "high": np.nan,
        "qualifier": "exact", "as_of": days.date, "period_start": None,
        "document_id": [f"d{i}" for i in range(observations)], "publisher": rng.choice(["OCHA", "REACH", "UNHCR"], observations),
    })
    value = rng.integers(10, 40, claims).astype(float) * 100
    qualifier = rng.choice(QUALIFIERS, claims)
    low = np.where(np.isin(qualifier, ["range", "vague"]), value - 300, np.nan)
    high = np.where(np.isin(qualifier, ["range", "vague"]), value + 300, np.nan)
    ref = pd.Timestamp("2018-06-01") + pd.to_timedelta(rng.integers(0, 2100, claims), "D")
    frame = pd.DataFrame({
        "site": rng.choice(sites, claims), "metric": rng.choice(["population", "households"], claims), "unit": "count",
        "value": np.where(qualifier == "range", np.nan, value), "low": low, "high": high, "qualifier": qualifier,
        "ref_date": ref.strftime("%Y-%m-%d"), "raw": "x", "quote": "q",
    })
    return frame, obs


def reference(claims: pd.DataFrame, obs: pd.DataFrame, tolerance: float = 0.05, window: int = 180) -> pd.DataFrame:
    """One claim at a time: in-force figure, next figure, last true date, spread of sources in the window."""
    lo, hi = bounds(claims.assign(mid=claims["value"].fillna((claims["low"] + claims["high"]) / 2)), tolerance)
    obs = obs.assign(as_of=pd.to_datetime(obs["as_of"])).reset_index(drop=True)
    rows = []
    for i, c in enumerate(claims.itertuples(index=False)):
        end = pd.Timestamp(c.ref_date)
        same = obs[(obs.site == c.site) & (obs.metric == c.metric)].sort_values("as_of", kind="stable")
        before, after = same[same.as_of <= end], same[same.as_of > end]
        true = before[(before.value >= lo[i]) & (before.value <= hi[i])]
        fresh = before[before.as_of >= end - pd.Timedelta(days=window)]
        latest = fresh.groupby("publisher").tail(1)
        rows.append({
            "official_value": before.value.iloc[-1] if len(before) else np.nan,
            "official_as_of": before.as_of.iloc[-1] if len(before) else pd.NaT,
            "official_document": before.document_id.iloc[-1] if len(before) else None,
            "next_value": after.value.iloc[0] if len(after) else np.nan,
            "next_document": after.document_id.iloc[0] if len(after) else None,
            "last_true_on": true.as_of.iloc[-1] if len(true) else pd.NaT,
            "last_true_document": true.document_id.iloc[-1] if len(true) else None,
            "spread_min": latest.value.min() if len(latest) else np.nan,
            "spread_max": latest.value.max() if len(latest) else np.nan,
            "sources": len(latest),
        })
    return pd.DataFrame(rows)


@pytest.mark.parametrize("seed", range(6))
def test_vectorised_reconcile_matches_the_per_claim_reference(seed):
    claims, obs = random_case(seed)
    got, want = reconcile(claims, obs), reference(claims, obs)
    assert len(got) == len(claims)
    for column in want.columns:
        left = got[column].astype(object).where(got[column].notna(), None).tolist()
        right = want[column].astype(object).where(want[column].notna(), None).tolist()
        if column in ("official_as_of", "last_true_on"):
            left = [None if v is None else pd.Timestamp(v) for v in left]
            right = [None if v is None else pd.Timestamp(v) for v in right]
        mismatched = [i for i, (a, b) in enumerate(zip(left, right)) if a != b]
        assert not mismatched, f"{column}: first mismatch at claim {mismatched[0]}: {left[mismatched[0]]} != {right[mismatched[0]]}"
    assert got["verdict"].isin(["consistent", "overstated", "understated", "contested", "no_official_data"]).all()
    assert (got["verdict"] == "no_official_data").sum() >= (want["official_value"].isna()).sum()
