"""As-of searches on integer keys: which observation of a series was in force at a date, which came next,
and the same per source of the series.

Observations get an integer series id (site, metric, unit) and are sorted by (series, date); then "the
last observation of series s on or before day d" is one binary search (numpy.searchsorted) of a packed
(series, day) key, which is what an ASOF JOIN does inside a database. Per source, a running "last seen"
index over the sorted observations answers the same question with one gather per claim.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

KEY = ["site", "metric", "series_unit"]
NONE = -1  # "no observation" in position arrays
MISSING_DAY = np.iinfo(np.int64).min


def days(values) -> np.ndarray:
    """datetime64 values -> whole days since 1970 as int64; NaT -> MISSING_DAY."""
    return np.asarray(values, dtype="datetime64[ns]").astype("datetime64[D]").view("int64")


class Keys:
    """Sorted (group, day) keys packed into one int64 each; queries are packed the same way."""

    def __init__(self, group: np.ndarray, day: np.ndarray, query_day: np.ndarray):
        known = np.concatenate([day, query_day[query_day != MISSING_DAY]])
        self.first = int(known.min()) if len(known) else 0
        self.width = (int(known.max()) - self.first + 2) if len(known) else 2
        self.group = group
        self.packed = group * self.width + (day - self.first)

    def pack(self, group: np.ndarray, day: np.ndarray) -> np.ndarray:
        """Queries packed like the keys; -1 (before every key) where the group or the day is missing."""
        return np.where((group >= 0) & (day != MISSING_DAY), group * self.width + (day - self.first), -1)

    def search(self, group: np.ndarray, day: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per query: position of the group's last row on or before day, and of its first row after; NONE when none."""
        packed = self.pack(group, day)
        at = np.searchsorted(self.packed, packed, side="right")
        if not len(self.packed):
            return np.full(len(at), NONE), np.full(len(at), NONE)
        last = len(self.packed) - 1
        before_ok = (packed >= 0) & (at > 0) & (self.group[np.clip(at - 1, 0, last)] == group)
        after_ok = (packed >= 0) & (at <= last) & (self.group[np.minimum(at, last)] == group)
        return np.where(before_ok, at - 1, NONE), np.where(after_ok, at, NONE)


def take(values: np.ndarray, at: np.ndarray, missing=np.nan) -> np.ndarray:
    """values[at], with `missing` where at is NONE."""
    if len(values) == 0:
        return np.full(len(at), missing)
    return np.where(at >= 0, values[np.maximum(at, 0)], missing)


def labels(codes: np.ndarray, names: pd.Index, at: np.ndarray) -> pd.Categorical:
    """Labels (document ids ...) at positions, missing where NONE, as a categorical: a million rows
    cost one small int each, not a Python string each."""
    return pd.Categorical.from_codes(take(codes, at, NONE).astype(np.int64), names)


def series_ids(frame: pd.DataFrame, obs: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Integer ids for the (site, metric, unit) series of observations and claims, by factorizing each
    column (cheap on a million rows) rather than hashing tuples; NONE for a claim whose series has no
    observation or whose site or metric is missing."""
    obs_code, claim_code = np.zeros(len(obs), dtype=np.int64), np.zeros(len(frame), dtype=np.int64)
    for column in KEY:
        codes, names = pd.factorize(obs[column])
        theirs, their_names = pd.factorize(frame[column])
        known = pd.Index(names).get_indexer(their_names)
        theirs = np.where(theirs >= 0, known[np.maximum(theirs, 0)] if len(known) else NONE, NONE)
        obs_code = obs_code * (len(names) + 1) + codes
        claim_code = np.where((claim_code < 0) | (theirs < 0), NONE, claim_code * (len(names) + 1) + theirs)
    sid, packed = pd.factorize(obs_code)
    claim_sid = pd.Index(packed).get_indexer(claim_code)
    return sid.astype(np.int64), np.where(claim_code < 0, NONE, claim_sid)


def keyed(frame: pd.DataFrame, obs: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Give claims and observations integer series ids (`sid`) and observations source ids (`spid`:
    series and publisher, numbered so a series' sources are consecutive) and `day`. Observations come
    back sorted by (series, as-of date), ties kept in their given order."""
    obs = obs.reset_index(drop=True)
    sid, frame["sid"] = series_ids(frame, obs)
    order = np.lexsort((days(obs["as_of"]), sid))
    obs = obs.iloc[order].reset_index(drop=True)
    obs["sid"] = sid[order]
    obs["spid"] = obs.groupby(["sid", "publisher"], sort=True).ngroup().to_numpy() if len(obs) else np.zeros(0, int)
    obs["day"] = days(obs["as_of"])
    return frame, obs


class Sources:
    """The sources of each series, numbered within it (slot k = its k-th publisher), with for each slot
    a running index over the sorted observations: the slot's latest row at or before each row, and its
    first row at or after each row. A claim's per-source evidence is then one gather per slot.
    Memory: (observations x the most sources any series has) integers."""

    def __init__(self, obs: pd.DataFrame):
        spid, self.sid = obs["spid"].to_numpy(), obs["sid"].to_numpy()
        n = len(obs)
        starts = np.flatnonzero(np.r_[True, self.sid[1:] != self.sid[:-1]]) if n else np.zeros(0, dtype=np.int64)
        lowest = np.minimum.reduceat(spid, starts) if n else spid  # each series' first source id
        slot = spid - np.repeat(lowest, np.diff(np.r_[starts, n]))
        index = np.arange(n)
        self.seen, self.coming = [], []
        for k in range(int(slot.max()) + 1 if n else 0):
            mine = slot == k
            self.seen.append(np.maximum.accumulate(np.where(mine, index, NONE)))
            self.coming.append(np.minimum.accumulate(np.where(mine, index, n)[::-1])[::-1])

    def __len__(self) -> int:
        return len(self.seen)

    def at(self, slot: int, sid: np.ndarray, before: np.ndarray, after: np.ndarray | None = None):
        """Per claim: slot's latest row at or before `before` and (if `after` given) its first row at or
        after `after`, NONE where the claim's series has no such row (or fewer sources)."""
        n = len(self.sid)
        last = np.where(before >= 0, self.seen[slot][np.maximum(before, 0)], NONE)
        last = np.where((last >= 0) & (self.sid[np.maximum(last, 0)] == sid), last, NONE)
        if after is None:
            return last, None
        nxt = np.where(after >= 0, self.coming[slot][np.maximum(after, 0)], n)
        nxt = np.where((nxt < n) & (self.sid[np.minimum(nxt, n - 1)] == sid), nxt, NONE)
        return last, nxt
