"""reconcile(claims, observations) -> one verdict per claim, vectorised (as-of joins, no loop per claim).

For each claim with a site and a metric: the official figure in force at its reference date (the
latest observation of that series on or before it), the next one after, the spread between sources,
whether the claim's bounds hold the official figure, and the last date they did ("last true on").
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .prepare import claims_frame, observations_frame

TOLERANCE = 0.05
STALE_WINDOW_DAYS = 180
KEY = ["site", "metric", "series_unit"]


def bounds(frame: pd.DataFrame, tolerance: float) -> tuple[np.ndarray, np.ndarray]:
    """The interval of official values a claim is consistent with, from its qualifier."""
    v, low, high, q = frame["mid"].to_numpy(), frame["low"].to_numpy(), frame["high"].to_numpy(), frame["qualifier"].to_numpy()
    lo, hi = v * (1 - tolerance), v * (1 + tolerance)
    lo = np.where(np.isin(q, ["more_than", "at_least"]), v, lo)
    hi = np.where(np.isin(q, ["more_than", "at_least"]), np.inf, hi)
    lo = np.where(np.isin(q, ["fewer_than", "up_to"]), 0.0, lo)
    hi = np.where(np.isin(q, ["fewer_than", "up_to", "nearly"]), v, hi)
    lo = np.where(np.isin(q, ["range", "vague"]), low, lo)
    hi = np.where(np.isin(q, ["range", "vague"]), high, hi)
    return lo, hi


def _asof(claims: pd.DataFrame, obs: pd.DataFrame, direction: str, by: list[str]) -> pd.DataFrame:
    left = claims[["row", "ref_end", *by]].dropna(subset=["ref_end"]).sort_values("ref_end", kind="stable")
    right = obs[["as_of", "official", "document_id", "period_start", *by]].rename(columns={"document_id": "doc"})
    joined = pd.merge_asof(left, right, left_on="ref_end", right_on="as_of", by=by, direction=direction,
                           allow_exact_matches=direction == "backward")
    return joined.set_index("row")[["as_of", "official", "doc", "period_start"]]


def last_true_on(claims: pd.DataFrame, obs: pd.DataFrame, lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per claim: the latest as-of date, on or before the claim's reference end, at which an official
    figure of the series lay within the claim's bounds (NaT when never), and that figure's document."""
    out = np.full(len(claims), np.datetime64("NaT"), dtype="datetime64[ns]")
    doc = np.full(len(claims), None, dtype=object)
    documents = obs["document_id"].to_numpy()
    series = {key: idx for key, idx in obs.groupby(KEY, sort=False).indices.items()}
    when = obs["as_of"].to_numpy()
    value = obs["official"].to_numpy()
    for key, rows in claims.groupby(KEY, sort=False).indices.items():
        idx = series.get(key)
        if idx is None:
            continue
        d, v = when[idx], value[idx]  # sorted by date (observations_frame sorts)
        ends = claims["ref_end"].to_numpy()[rows]
        for chunk in range(0, len(rows), 20_000):
            part = slice(chunk, chunk + 20_000)
            ok = (v[None, :] >= lo[rows][part, None]) & (v[None, :] <= hi[rows][part, None]) & (d[None, :] <= ends[part, None])
            any_ok = ok.any(axis=1)
            last = len(d) - 1 - np.argmax(ok[:, ::-1], axis=1)
            out[rows[part]] = np.where(any_ok, d[last], np.datetime64("NaT"))
            doc[rows[part]] = np.where(any_ok, documents[idx][last], None)
    return out, doc


def per_source(claims: pd.DataFrame, obs: pd.DataFrame) -> pd.DataFrame:
    """Long frame: for each claim and each source publishing its series, that source's latest figure
    on or before the claim's reference end ("before") and its next figure after it ("after")."""
    publishers = obs[[*KEY, "publisher"]].drop_duplicates()
    expanded = claims[["row", "ref_end", *KEY]].dropna(subset=["ref_end"]).merge(publishers, on=KEY)
    expanded = expanded.rename(columns={"row": "claim"}).reset_index(drop=True)
    expanded["row"] = np.arange(len(expanded))
    parts = []
    for direction in ("backward", "forward"):
        found = _asof(expanded, obs, direction, [*KEY, "publisher"]).reindex(expanded["row"])
        part = expanded[["claim", "publisher", "ref_end"]].copy()
        part["as_of"], part["official"], part["document_id"] = (found["as_of"].to_numpy(), found["official"].to_numpy(),
                                                                found["doc"].to_numpy())
        part["when"] = "before" if direction == "backward" else "after"
        parts.append(part.dropna(subset=["official"]))
    return pd.concat(parts, ignore_index=True)


def spread(claims: pd.DataFrame, obs: pd.DataFrame, window_days: int) -> pd.DataFrame:
    """Per claim: min, max and count of each source's latest figure within the window before the claim."""
    sources = per_source(claims, obs)
    fresh = sources[(sources["when"] == "before")
                    & ((sources["ref_end"] - sources["as_of"]) <= pd.Timedelta(days=window_days))]
    return fresh.groupby("claim")["official"].agg(spread_min="min", spread_max="max", sources="count")


def reconcile(claims, observations: pd.DataFrame, tolerance: float = TOLERANCE,
              stale_window_days: int = STALE_WINDOW_DAYS) -> pd.DataFrame:
    """claims: Claims or a frame of them; observations: Store.cited (observations with citations).
    Returns the claims with verdict, stale, last_true_on, months_since_true, divergence_pct and the
    official figure in force (value, as-of date, document id), plus the next one after."""
    frame = claims_frame(claims).reset_index(drop=True)
    frame["row"] = np.arange(len(frame))
    obs = observations_frame(observations).rename(columns={"unit": "series_unit"})
    lo, hi = bounds(frame, tolerance)
    before = _asof(frame, obs, "backward", KEY).reindex(frame["row"])
    after = _asof(frame, obs, "forward", KEY).reindex(frame["row"])
    frame["official_value"], frame["official_as_of"], frame["official_document"] = (
        before["official"].to_numpy(), before["as_of"].to_numpy(), before["doc"].to_numpy())
    frame["official_period_start"] = pd.to_datetime(before["period_start"]).to_numpy()
    frame["next_value"], frame["next_as_of"], frame["next_document"] = (
        after["official"].to_numpy(), after["as_of"].to_numpy(), after["doc"].to_numpy())
    frame["last_true_on"], frame["last_true_document"] = last_true_on(frame, obs, lo, hi)
    sources = spread(frame, obs, stale_window_days).reindex(frame["row"])
    frame["spread_min"], frame["spread_max"] = sources["spread_min"].to_numpy(), sources["spread_max"].to_numpy()
    frame["sources"] = sources["sources"].fillna(0).astype(int).to_numpy()
    return _verdicts(frame, lo, hi, tolerance, stale_window_days)


def _comparable_flows(frame: pd.DataFrame) -> np.ndarray:
    """A flow (repatriated, killings ...) is checked only against an official count of the same period:
    one dated within the claim's period (a month's slack), and starting when the claim's period starts."""
    slack = pd.Timedelta(days=31)
    within = (frame["official_as_of"] >= frame["ref_start"] - slack) & (frame["official_as_of"] <= frame["ref_end"])
    starts = frame["official_period_start"]
    same_start = starts.isna() | ((starts - frame["ref_start"]).abs() <= slack)
    return (~frame["flow"] | (within & same_start)).to_numpy()


def _verdicts(frame: pd.DataFrame, lo, hi, tolerance: float, window: int) -> pd.DataFrame:
    official = frame["official_value"].to_numpy()
    has = ~np.isnan(official) & frame["site"].notna().to_numpy() & _comparable_flows(frame)
    true_in_period = frame["last_true_on"].notna() & (frame["last_true_on"] >= frame["ref_start"])
    inside = (official >= lo) & (official <= hi)
    consistent = has & (inside | true_in_period.to_numpy())
    mid = frame["mid"].to_numpy()
    disagree = (frame["spread_max"] - frame["spread_min"]).to_numpy() > tolerance * frame["spread_min"].to_numpy()
    contested = has & ~consistent & disagree & (mid >= frame["spread_min"].to_numpy()) & (mid <= frame["spread_max"].to_numpy())
    verdict = np.select([~has, consistent, contested, lo > official, hi < official],
                        ["no_official_data", "consistent", "contested", "overstated", "understated"], "contested")
    frame["verdict"] = verdict
    frame["stale"] = np.isin(verdict, ["overstated", "understated"]) & frame["last_true_on"].notna().to_numpy()
    months = (frame["ref_end"] - frame["last_true_on"]).dt.days / 30.44
    frame["months_since_true"] = np.where(frame["stale"], np.floor(months), np.nan)
    frame["divergence_pct"] = np.where(has, (mid - official) / official * 100, np.nan)
    frame["divergence_abs"] = np.where(has, mid - official, np.nan)
    age = (frame["ref_end"] - frame["official_as_of"]).dt.days
    frame["official_age_days"] = age
    frame["evidence_old"] = has & (age.to_numpy() > window)
    return frame.drop(columns=["row"])
