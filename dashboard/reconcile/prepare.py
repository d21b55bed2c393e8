"""Claims and observations as the frames the as-of searches need: a series key, a date, a point value.

A million claims carry few distinct units, metrics and dates, so each is parsed or mapped once per
distinct value (pandas.factorize) and spread back by code, not once per row."""
from __future__ import annotations

import numpy as np
import pandas as pd

from ..model import METRICS

FLOW = {m.id: m.kind == "flow" for m in METRICS.values()}
SERIES_UNIT = {"count": "count", "share": "percent"}


def per_distinct(values: pd.Series, func) -> np.ndarray | pd.Categorical:
    """func(distinct values) -> array, spread back to every row; missing values map through func too.
    Strings come back as a categorical (one small int per row, not a million Python strings)."""
    codes, distinct = pd.factorize(values, use_na_sentinel=True)
    mapped = np.asarray(func(pd.Series(np.append(distinct.to_numpy(dtype=object), None))))
    codes = np.where(codes < 0, len(distinct), codes)  # missing takes the last entry, func(None)
    if mapped.dtype == object:
        names, inverse = np.unique(mapped.astype(str), return_inverse=True)
        return pd.Categorical.from_codes(inverse[codes], pd.Index(names, dtype="str"))
    return mapped[codes]


def _period_of(ref: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Distinct ISO ref dates ("2019", "2024-03", "2024-03-05", "2024-01-01/2024-04-10") -> (start, end)."""
    text = ref.astype("string")
    first, last = text.str.split("/").str[0], text.str.split("/").str[-1]
    start = pd.to_datetime(first, format="mixed", errors="coerce")
    end = pd.to_datetime(last, format="mixed", errors="coerce")
    is_year, is_month = last.str.fullmatch(r"\d{4}").fillna(False), last.str.fullmatch(r"\d{4}-\d{2}").fillna(False)
    end[is_year] = end[is_year] + pd.offsets.YearEnd(0)
    end[is_month] = end[is_month] + pd.offsets.MonthEnd(0)
    return start.astype("datetime64[ns]"), end.astype("datetime64[ns]")


def period(ref: pd.Series, fallback: pd.Series | None = None) -> tuple[np.ndarray, np.ndarray]:
    """ISO ref dates -> (start, end) datetime64 arrays; where a ref date is missing, the fallback date."""
    both = per_distinct(ref, lambda distinct: np.stack([a.to_numpy().view("int64") for a in _period_of(distinct)], axis=1))
    start, end = both[:, 0].view("datetime64[ns]"), both[:, 1].view("datetime64[ns]")
    if fallback is not None:
        fill = per_distinct(fallback, lambda d: pd.to_datetime(d, errors="coerce").astype("datetime64[ns]").to_numpy())
        start, end = np.where(np.isnat(start), fill, start), np.where(np.isnat(end), fill, end)
    return start.astype("datetime64[ns]"), end.astype("datetime64[ns]")


def _numbers(frame: pd.DataFrame, column: str) -> np.ndarray:
    values = frame[column] if column in frame else pd.Series(np.nan, index=frame.index)
    if values.dtype.kind == "f":
        return values.to_numpy()
    return pd.to_numeric(values, errors="coerce").astype(float).to_numpy()


def claims_frame(claims) -> pd.DataFrame:
    """Claims (list of Claim, dicts, or a frame) -> frame with ref_start, ref_end, mid and a unit that
    matches the observations' (a share is compared with official percentages)."""
    if isinstance(claims, pd.DataFrame):
        frame = claims.copy(deep=False)
    else:
        frame = pd.DataFrame([c.to_dict() if hasattr(c, "to_dict") else c for c in claims])
    for column in ("value", "low", "high"):
        frame[column] = _numbers(frame, column)
    unit = frame["unit"] if "unit" in frame else pd.Series("count", index=frame.index)
    frame["unit"] = per_distinct(unit, lambda d: d.fillna("count").to_numpy())
    frame["series_unit"] = per_distinct(frame["unit"], lambda d: d.map(SERIES_UNIT).fillna("count").to_numpy())
    ref = frame["ref_date"] if "ref_date" in frame else pd.Series(None, index=frame.index, dtype=object)
    frame["ref_start"], frame["ref_end"] = period(ref, frame["published"] if "published" in frame else None)
    value = frame["value"].to_numpy()
    frame["mid"] = np.where(np.isnan(value), (frame["low"].to_numpy() + frame["high"].to_numpy()) / 2, value)
    metric = frame["metric"] if "metric" in frame else pd.Series(None, index=frame.index, dtype=object)
    frame["flow"] = per_distinct(metric, lambda d: d.map(FLOW).fillna(False).astype(bool).to_numpy())
    return frame


def observations_frame(cited: pd.DataFrame) -> pd.DataFrame:
    """Cited observations -> frame with as_of (timestamp) and a point value (percent -> fraction)."""
    obs = cited.copy()
    obs["as_of"] = pd.to_datetime(obs["as_of"]).astype("datetime64[ns]")
    obs["period_start"] = pd.to_datetime(obs["period_start"]).astype("datetime64[ns]")
    obs["official"] = obs["value"].fillna((obs["low"] + obs["high"]) / 2)
    obs.loc[obs["unit"] == "percent", "official"] = obs["official"] / 100
    return obs.dropna(subset=["official", "as_of"]).reset_index(drop=True)
