"""Claims and observations as the frames the as-of joins need: a series key, a date, a point value."""
from __future__ import annotations

import pandas as pd

from ..model import METRICS

SERIES = ["site", "metric", "unit"]


def period(ref: pd.Series, fallback: pd.Series | None = None) -> tuple[pd.Series, pd.Series]:
    """ISO ref dates ("2019", "2024-03", "2024-03-05", "2024-01-01/2024-04-10") -> (start, end) timestamps.
    Full dates, the common case, are parsed in one vectorised pass; only the rest goes through strings."""
    text = ref.astype("string")
    day = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
    start, end = day.copy(), day.copy()
    rest = day.isna() & text.notna()
    if rest.any():
        other = text[rest]
        first, last = other.str.split("/").str[0], other.str.split("/").str[-1]
        start[rest] = pd.to_datetime(first, format="mixed", errors="coerce")
        last_point = pd.to_datetime(last, format="mixed", errors="coerce")
        is_year, is_month = last.str.fullmatch(r"\d{4}").fillna(False), last.str.fullmatch(r"\d{4}-\d{2}").fillna(False)
        last_point[is_year] = last_point[is_year] + pd.offsets.YearEnd(0)
        last_point[is_month] = last_point[is_month] + pd.offsets.MonthEnd(0)
        end[rest] = last_point
    if fallback is not None:
        fill = pd.to_datetime(fallback, errors="coerce")
        start, end = start.fillna(fill), end.fillna(fill)
    return start.astype("datetime64[ns]"), end.astype("datetime64[ns]")


def claims_frame(claims) -> pd.DataFrame:
    """Claims (list of Claim, dicts, or a frame) -> frame with ref_start, ref_end, mid and a unit that
    matches the observations' (a share is compared with official percentages)."""
    frame = pd.DataFrame([c.to_dict() if hasattr(c, "to_dict") else c for c in claims]) \
        if not isinstance(claims, pd.DataFrame) else claims.copy()
    for column in ("value", "low", "high"):
        frame[column] = pd.to_numeric(frame.get(column), errors="coerce").astype(float)
    frame["unit"] = frame.get("unit", pd.Series("count", index=frame.index)).fillna("count")
    frame["series_unit"] = frame["unit"].map({"count": "count", "share": "percent"}).fillna("count")
    published = frame["published"] if "published" in frame else None
    frame["ref_start"], frame["ref_end"] = period(frame.get("ref_date", pd.Series(pd.NA, index=frame.index)), published)
    frame["mid"] = frame["value"].fillna((frame["low"] + frame["high"]) / 2)
    frame["flow"] = frame["metric"].map({m.id: m.kind == "flow" for m in METRICS.values()}).fillna(False).astype(bool)
    return frame


def observations_frame(cited: pd.DataFrame) -> pd.DataFrame:
    """Cited observations -> frame with as_of (timestamp) and a point value (percent -> fraction)."""
    obs = cited.copy()
    obs["as_of"] = pd.to_datetime(obs["as_of"]).astype("datetime64[ns]")
    obs["period_start"] = pd.to_datetime(obs["period_start"]).astype("datetime64[ns]")
    obs["official"] = obs["value"].fillna((obs["low"] + obs["high"]) / 2)
    obs.loc[obs["unit"] == "percent", "official"] = obs["official"] / 100
    obs = obs.dropna(subset=["official"])
    return obs.sort_values("as_of", kind="stable").reset_index(drop=True)
