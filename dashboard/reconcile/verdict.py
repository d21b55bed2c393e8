"""reconcile(claims, observations) -> one verdict per claim, vectorised (as-of searches, no loop per claim).

For each claim with a site and a metric: the official figure in force at its reference date (the
latest observation of that series on or before it), the next one after, the spread between sources,
whether the claim's bounds hold the official figure, and the last date they did ("last true on").
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from numpy.lib.stride_tricks import sliding_window_view

from .asof import NONE, Keys, Sources, days, keyed, labels, take
from .prepare import claims_frame, observations_frame

TOLERANCE = 0.05
STALE_WINDOW_DAYS = 180
VERDICTS = ["no_official_data", "consistent", "contested", "overstated", "understated"]
FLOW_SLACK_DAYS = 31
CHUNK = 1 << 16  # claims per vectorised pass


# qualifier -> (low, high) as multiples of the value; None: the claim's own stated low/high
BOUNDS = {"exact": ("-tol", "+tol"), "about": ("-tol", "+tol"), "more_than": ("1", "inf"), "at_least": ("1", "inf"),
          "fewer_than": ("0", "1"), "up_to": ("0", "1"), "nearly": ("-tol", "1"), "range": None, "vague": None}


def bounds(frame: pd.DataFrame, tolerance: float) -> tuple[np.ndarray, np.ndarray]:
    """The interval of official values a claim is consistent with, from its qualifier (unknown
    qualifiers are read as "about")."""
    v, low, high = frame["mid"].to_numpy(), frame["low"].to_numpy(), frame["high"].to_numpy()
    codes, names = pd.factorize(frame["qualifier"], use_na_sentinel=False)
    factor = {"-tol": 1 - tolerance, "+tol": 1 + tolerance, "0": 0.0, "1": 1.0, "inf": np.inf}
    rules = [BOUNDS.get(name, ("-tol", "+tol")) for name in names]
    stated = np.array([rule is None for rule in rules] + [False])[codes]
    lo_factor = np.array([factor[r[0]] if r else np.nan for r in rules] + [np.nan])[codes]
    hi_factor = np.array([factor[r[1]] if r else np.nan for r in rules] + [np.nan])[codes]
    with np.errstate(invalid="ignore"):
        lo = np.where(stated, low, np.where(lo_factor == 0, 0.0, v * lo_factor))
        hi = np.where(stated, high, np.where(np.isinf(hi_factor), np.inf, v * hi_factor))
    return lo, hi


class Walk:
    """The observations laid out for walking back in time: each series newest first, followed by
    `block` NaNs, so a block that runs past a series' oldest figure reads NaN (never within bounds)
    instead of the next series."""

    def __init__(self, obs_sid: np.ndarray, official: np.ndarray, block: int = 16):
        if block % 8:
            raise ValueError("block must be a multiple of 8 (flags are tested eight at a time)")
        self.block, self.obs_sid, self.official = block, obs_sid, official
        series = int(obs_sid.max()) + 1 if len(obs_sid) else 0
        self.size = len(official) + (series + 1) * block
        figures = np.full(self.size, np.nan)
        figures[self.place(np.arange(len(official)), obs_sid)] = official
        self.windows = sliding_window_view(figures, block)

    def place(self, position: np.ndarray, sid: np.ndarray) -> np.ndarray:
        """Observation position (sorted by series, date) -> its index in the newest-first layout."""
        return (self.size - 1) - (position + (sid + 1) * self.block)

    def last_true_on(self, before: np.ndarray, sid: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
        """Per claim: position of the latest observation of its series, at or before `before` (the
        figure in force), whose figure lies within [lo, hi]; NONE when there is none.
        Checks the figure in force, then walks back `block` observations at a time; each claim drops
        out when answered, so the usual case costs one or two steps."""
        found = np.full(len(before), NONE)
        if not len(self.official):
            return found
        has = before >= 0
        in_force = self.official[np.maximum(before, 0)]
        inside = has & (in_force >= lo) & (in_force <= hi)
        found[inside] = before[inside]
        start = np.searchsorted(self.obs_sid, np.maximum(sid, 0), side="left")
        active = np.flatnonzero(has & ~inside & (before > start))
        at = self.place(before[active] - 1, sid[active])  # from the figure just older than the one in force
        left = before[active] - start[active]  # observations left to look at
        bound = np.stack([lo[active], hi[active]], axis=1)
        while len(active):
            figures = self.windows[at]  # newest first
            ok = (figures >= bound[:, :1]) & (figures <= bound[:, 1:])
            hit = ok.view(np.uint64).any(axis=1)  # 8 flags per word: a block of 16 is two words to test
            rows = np.flatnonzero(hit)
            newest = at[rows] + ok[rows].argmax(axis=1)
            found[active[rows]] = (self.size - 1) - newest - (sid[active[rows]] + 1) * self.block
            more = ~hit & (left > self.block)
            active, at, left, bound = active[more], at[more] + self.block, left[more] - self.block, bound[more]
        return found


def spread(sources: Sources, obs_day: np.ndarray, official: np.ndarray, sid: np.ndarray, day: np.ndarray,
           before: np.ndarray, window_days: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per claim: min, max and count of its series' sources' latest figures within the window before it."""
    low, high, count = np.full(len(sid), np.nan), np.full(len(sid), np.nan), np.zeros(len(sid), dtype=np.int64)
    for slot in range(len(sources)):
        last, _ = sources.at(slot, sid, before)
        fresh = (last >= 0) & (day - obs_day[np.maximum(last, 0)] <= window_days)
        figure = np.where(fresh, official[np.maximum(last, 0)], np.nan)
        low, high = np.fmin(low, figure), np.fmax(high, figure)
        count += fresh
    return low, high, count


def per_source(claims: pd.DataFrame, obs: pd.DataFrame, columns: tuple[str, ...] = ("publisher", "document_id")) -> pd.DataFrame:
    """Long frame: for each claim (keyed, with `row` and `ref_end`) and each source publishing its
    series, that source's latest figure on or before the claim's reference end ("before") and its next
    figure after it ("after")."""
    sid, day = claims["sid"].to_numpy(), days(claims["ref_end"])
    before, after = Keys(obs["sid"].to_numpy(), obs["day"].to_numpy(), day).search(sid, day)
    row, ends = claims["row"].to_numpy(), claims["ref_end"].to_numpy()
    sources, parts = Sources(obs), []
    for slot in range(len(sources)):
        for when, at in zip(("before", "after"), sources.at(slot, sid, before, after), strict=True):
            hit = at >= 0
            at = at[hit]
            part = {"claim": row[hit], "ref_end": ends[hit], "as_of": obs["as_of"].to_numpy()[at],
                    "official": obs["official"].to_numpy()[at], "when": when}
            part.update({column: obs[column].to_numpy()[at] for column in columns})
            parts.append(pd.DataFrame(part))
    empty = pd.DataFrame(columns=["claim", "ref_end", "as_of", "official", "when", *columns])
    return pd.concat(parts, ignore_index=True) if parts else empty


def evidence(frame: pd.DataFrame, obs: pd.DataFrame, lo: np.ndarray, hi: np.ndarray, window_days: int,
             chunk: int | None = None) -> dict:
    """Per claim (in frame order): positions of the figure in force ("before"), the next figure
    ("after") and the last figure within bounds ("true"), and the spread of sources.
    Claims go in chunks (temporaries stay small enough to be reused, and memory stays bounded); in
    each, claims are sorted by (series, date), so each search is of sorted keys in sorted keys and
    neighbouring claims read neighbouring observations."""
    chunk = chunk or CHUNK
    sid_all, day_all = frame["sid"].to_numpy(), days(frame["ref_end"])
    keys = Keys(obs["sid"].to_numpy(), obs["day"].to_numpy(), day_all)
    official, obs_day = obs["official"].to_numpy(), obs["day"].to_numpy()
    walk = Walk(keys.group, official)
    sources = Sources(obs)
    n = len(frame)
    out = {name: np.empty(n, dtype=np.int64) for name in ("before", "after", "true", "sources")}
    out.update({name: np.empty(n) for name in ("spread_min", "spread_max")})
    for first in range(0, n, chunk):
        part = slice(first, min(first + chunk, n))
        order = first + np.argsort(keys.pack(sid_all[part], day_all[part]), kind="stable")
        sid, day = sid_all[order], day_all[order]
        before, after = keys.search(sid, day)
        out["before"][order], out["after"][order] = before, after
        out["true"][order] = walk.last_true_on(before, sid, lo[order], hi[order])
        out["spread_min"][order], out["spread_max"][order], out["sources"][order] = spread(
            sources, obs_day, official, sid, day, before, window_days)
    return out


def reconcile(claims, observations: pd.DataFrame, tolerance: float = TOLERANCE,
              stale_window_days: int = STALE_WINDOW_DAYS) -> pd.DataFrame:
    """claims: Claims or a frame of them; observations: Store.cited (observations with citations).
    Returns the claims with verdict, stale, last_true_on, months_since_true, divergence_pct and the
    official figure in force (value, as-of date, document id), plus the next one after."""
    frame = claims_frame(claims).reset_index(drop=True)
    obs = observations_frame(observations).rename(columns={"unit": "series_unit"})
    frame, obs = keyed(frame, obs)
    lo, hi = bounds(frame, tolerance)
    found = evidence(frame, obs, lo, hi, stale_window_days)
    official, as_of, period_start = (obs[c].to_numpy() for c in ("official", "as_of", "period_start"))
    codes, names = pd.factorize(obs["document_id"])
    nat = np.datetime64("NaT", "ns")
    before, after, true = found["before"], found["after"], found["true"]
    columns = {
        "official_value": take(official, before), "official_as_of": take(as_of, before, nat),
        "official_document": labels(codes, names, before), "official_period_start": take(period_start, before, nat),
        "next_value": take(official, after), "next_as_of": take(as_of, after, nat), "next_document": labels(codes, names, after),
        "last_true_on": take(as_of, true, nat), "last_true_document": labels(codes, names, true),
        "spread_min": found["spread_min"], "spread_max": found["spread_max"], "sources": found["sources"],
    }
    columns.update(_verdicts(frame, columns, lo, hi, tolerance, stale_window_days))
    kept = {c: frame[c] for c in frame.columns if c != "sid" and c not in columns}
    return pd.DataFrame({**kept, **columns}, copy=False)  # no copy, no consolidation of a million rows


def _comparable_flows(frame: pd.DataFrame, official_as_of: np.ndarray, official_start: np.ndarray) -> np.ndarray:
    """A flow (repatriated, killings ...) is checked only against an official count of the same period:
    one dated within the claim's period (a month's slack), and starting when the claim's period starts."""
    slack = np.timedelta64(FLOW_SLACK_DAYS, "D")
    ref_start, ref_end = frame["ref_start"].to_numpy(), frame["ref_end"].to_numpy()
    within = (official_as_of >= ref_start - slack) & (official_as_of <= ref_end)
    same_start = np.isnat(official_start) | (np.abs(official_start - ref_start) <= slack)
    return ~frame["flow"].to_numpy(dtype=bool) | (within & same_start)


def _verdicts(frame: pd.DataFrame, found: dict, lo, hi, tolerance: float, window: int) -> dict:
    official, last_true = found["official_value"], found["last_true_on"]
    ref_start, ref_end = frame["ref_start"].to_numpy(), frame["ref_end"].to_numpy()
    has = (~np.isnan(official) & frame["site"].notna().to_numpy()
           & _comparable_flows(frame, found["official_as_of"], found["official_period_start"]))
    true_in_period = ~np.isnat(last_true) & (last_true >= ref_start)
    consistent = has & (((official >= lo) & (official <= hi)) | true_in_period)
    mid, low, high = frame["mid"].to_numpy(), found["spread_min"], found["spread_max"]
    contested = has & ~consistent & (high - low > tolerance * low) & (mid >= low) & (mid <= high)
    code = np.select([~has, consistent, contested, lo > official, hi < official], [0, 1, 2, 3, 4], 2)
    stale = ((code == 3) | (code == 4)) & ~np.isnat(last_true)
    months = (ref_end - last_true) / np.timedelta64(1, "D") / 30.44
    age = (ref_end - found["official_as_of"]) / np.timedelta64(1, "D")
    return {
        "verdict": pd.Categorical.from_codes(code, VERDICTS), "stale": stale,
        "months_since_true": np.where(stale, np.floor(months), np.nan),
        "divergence_pct": np.where(has, (mid - official) / official * 100, np.nan),
        "divergence_abs": np.where(has, mid - official, np.nan),
        "official_age_days": age, "evidence_old": has & (age > window),
    }


__all__ = ["STALE_WINDOW_DAYS", "TOLERANCE", "VERDICTS", "bounds", "keyed", "per_source", "reconcile"]
