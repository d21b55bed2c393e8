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
    v, low, high = frame["mid"].to_numpy(), frame["low"].to_numpy(), frame["high"].to_numpy()
    q = frame["qualifier"]
    floor_only, ceiling_only = q.isin(["more_than", "at_least"]).to_numpy(), q.isin(["fewer_than", "up_to"]).to_numpy()
    nearly, stated = (q == "nearly").to_numpy(), q.isin(["range", "vague"]).to_numpy()
    lo, hi = v * (1 - tolerance), v * (1 + tolerance)
    lo = np.where(floor_only, v, lo)
    hi = np.where(floor_only, np.inf, hi)
    lo = np.where(ceiling_only, 0.0, lo)
    hi = np.where(ceiling_only | nearly, v, hi)
    lo = np.where(stated, low, lo)
    hi = np.where(stated, high, hi)
    return lo, hi


def _asof(left: pd.DataFrame, obs: pd.DataFrame, direction: str, by: str = "sid") -> pd.DataFrame:
    """As-of join on one integer key: for each left row (row, ref_end, key), the observation of that key
    on or before (backward) or after (forward) ref_end. Indexed by left's row."""
    left = left[["row", "ref_end", by]].dropna(subset=["ref_end"])
    left = left[left[by] >= 0].sort_values("ref_end", kind="stable")
    right = obs[["as_of", by, "obs"]]
    joined = pd.merge_asof(left, right, left_on="ref_end", right_on="as_of", by=by, direction=direction,
                           allow_exact_matches=direction == "backward")
    return joined.set_index("row")[["obs"]]


def last_true_on(claims: pd.DataFrame, obs: pd.DataFrame, lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per claim: the latest as-of date, on or before the claim's reference end, at which an official
    figure of the series lay within the claim's bounds (NaT when never), and that figure's document."""
    out = np.full(len(claims), np.datetime64("NaT"), dtype="datetime64[ns]")
    doc = np.full(len(claims), None, dtype=object)
    when, value, documents = obs["as_of"].to_numpy(), obs["official"].to_numpy(), obs["document_id"].to_numpy()
    series = obs.groupby("sid", sort=False).indices
    ends_all = claims["ref_end"].to_numpy()
    for sid, rows in claims.groupby("sid", sort=False).indices.items():
        idx = series.get(sid)
        if idx is None:
            continue
        d, v = when[idx], value[idx]  # sorted by date (observations_frame sorts)
        for chunk in range(0, len(rows), 20_000):
            part = rows[chunk:chunk + 20_000]
            ok = (v[None, :] >= lo[part, None]) & (v[None, :] <= hi[part, None]) & (d[None, :] <= ends_all[part, None])
            any_ok = ok.any(axis=1)
            last = len(d) - 1 - np.argmax(ok[:, ::-1], axis=1)
            out[part] = np.where(any_ok, d[last], np.datetime64("NaT"))
            doc[part] = np.where(any_ok, documents[idx][last], None)
    return out, doc


def per_source(claims: pd.DataFrame, obs: pd.DataFrame, columns: tuple[str, ...] = ("publisher", "document_id"),
               directions: tuple[str, ...] = ("backward", "forward")) -> pd.DataFrame:
    """Long frame: for each claim and each source publishing its series, that source's latest figure
    on or before the claim's reference end ("before") and its next figure after it ("after").
    `columns`: which observation columns to carry (strings are costly on millions of rows)."""
    pairs = obs[["sid", "spid"]].drop_duplicates()
    left = pd.DataFrame({"claim": claims["row"].to_numpy(), "ref_end": claims["ref_end"].to_numpy(), "sid": claims["sid"].to_numpy()})
    expanded = left.merge(pairs, on="sid")
    expanded["row"] = np.arange(len(expanded))
    parts = []
    for direction in directions:
        found = _asof(expanded, obs, direction, "spid")["obs"].reindex(expanded["row"]).to_numpy()
        hit = ~np.isnan(found)
        at = found[hit].astype(int)
        part = {"claim": expanded["claim"].to_numpy()[hit], "ref_end": expanded["ref_end"].to_numpy()[hit],
                "as_of": obs["as_of"].to_numpy()[at], "official": obs["official"].to_numpy()[at],
                "when": "before" if direction == "backward" else "after"}
        for column in columns:
            part[column] = obs[column].to_numpy()[at]
        parts.append(pd.DataFrame(part))
    return pd.concat(parts, ignore_index=True)


def spread(claims: pd.DataFrame, obs: pd.DataFrame, window_days: int) -> pd.DataFrame:
    """Per claim: min, max and count of each source's latest figure within the window before the claim.
    One binary search per (series, source) over that source's dates: no claims x sources expansion."""
    n = len(claims)
    low, high, count = np.full(n, np.inf), np.full(n, -np.inf), np.zeros(n, dtype=int)
    ends, dates, values = claims["ref_end"].to_numpy(), obs["as_of"].to_numpy(), obs["official"].to_numpy()
    window = np.timedelta64(window_days, "D")
    by_series = claims.groupby("sid", sort=False).indices
    series_of = obs.groupby("spid", sort=False)["sid"].first()
    for spid, idx in obs.groupby("spid", sort=False).indices.items():
        rows = by_series.get(series_of[spid])
        if rows is None:
            continue
        at = np.searchsorted(dates[idx], ends[rows], side="right") - 1
        hit = at >= 0
        rows, at = rows[hit], idx[at[hit]]
        fresh = (ends[rows] - dates[at]) <= window
        rows, figures = rows[fresh], values[at[fresh]]
        low[rows] = np.minimum(low[rows], figures)
        high[rows] = np.maximum(high[rows], figures)
        count[rows] += 1
    some = count > 0
    return pd.DataFrame({"spread_min": low[some], "spread_max": high[some], "sources": count[some]},
                        index=claims["row"].to_numpy()[some])


def keyed(frame: pd.DataFrame, obs: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Give claims and observations integer series ids (site, metric, unit) and source ids, so every
    join below runs on integers."""
    obs = obs.reset_index(drop=True)
    series = pd.MultiIndex.from_frame(obs[KEY].astype(str)).unique()
    obs["sid"] = series.get_indexer(pd.MultiIndex.from_frame(obs[KEY].astype(str)))
    obs["spid"] = obs.groupby(["sid", "publisher"], sort=False).ngroup()
    obs["obs"] = np.arange(len(obs), dtype=float)
    frame["sid"] = series.get_indexer(pd.MultiIndex.from_frame(frame[KEY].astype(str)))
    return frame, obs


def _pick(obs: pd.DataFrame, found: pd.Series, column: str) -> np.ndarray:
    values = obs[column].to_numpy()
    index = found.to_numpy()
    out = np.full(len(index), None, dtype=object) if values.dtype == object else np.full(len(index), np.nan)
    if values.dtype.kind == "M":
        out = np.full(len(index), np.datetime64("NaT"), dtype=values.dtype)
    hit = ~np.isnan(index)
    out[hit] = values[index[hit].astype(int)]
    return out


def reconcile(claims, observations: pd.DataFrame, tolerance: float = TOLERANCE,
              stale_window_days: int = STALE_WINDOW_DAYS) -> pd.DataFrame:
    """claims: Claims or a frame of them; observations: Store.cited (observations with citations).
    Returns the claims with verdict, stale, last_true_on, months_since_true, divergence_pct and the
    official figure in force (value, as-of date, document id), plus the next one after."""
    frame = claims_frame(claims).reset_index(drop=True)
    frame["row"] = np.arange(len(frame))
    obs = observations_frame(observations).rename(columns={"unit": "series_unit"})
    frame, obs = keyed(frame, obs)
    lo, hi = bounds(frame, tolerance)
    before = _asof(frame, obs, "backward")["obs"].reindex(frame["row"])
    after = _asof(frame, obs, "forward")["obs"].reindex(frame["row"])
    frame["official_value"], frame["official_as_of"], frame["official_document"] = (
        _pick(obs, before, "official"), _pick(obs, before, "as_of"), _pick(obs, before, "document_id"))
    frame["official_period_start"] = _pick(obs, before, "period_start")
    frame["next_value"], frame["next_as_of"], frame["next_document"] = (
        _pick(obs, after, "official"), _pick(obs, after, "as_of"), _pick(obs, after, "document_id"))
    frame["last_true_on"], frame["last_true_document"] = last_true_on(frame, obs, lo, hi)
    sources = spread(frame, obs, stale_window_days).reindex(frame["row"])
    frame["spread_min"], frame["spread_max"] = sources["spread_min"].to_numpy(), sources["spread_max"].to_numpy()
    frame["sources"] = sources["sources"].fillna(0).astype(int).to_numpy()
    return _verdicts(frame, lo, hi, tolerance, stale_window_days).drop(columns=["sid"])


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
