"""Dates as sources print them: a day (2019-05-01), a month (2019-05) or a year (2019).

A figure "as of May 2019" is kept with month precision: its date is the first day of the period and
its precision says how far to trust the day. Nothing is guessed beyond what the text says.
"""
from __future__ import annotations

import pandas as pd

_PATTERNS = {  # precision -> (full-match regex, strptime format, suffix that makes it a full date)
    "day": (r"\d{4}-\d{2}-\d{2}", "%Y-%m-%d", ""),
    "month": (r"\d{4}-\d{2}", "%Y-%m-%d", "-01"),
    "year": (r"\d{4}", "%Y-%m-%d", "-01-01"),
}


def parse_partial(series: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Vectorised: text -> (datetime64 first day of the period, precision). Bad text gives NaT / NA."""
    text = series.astype("string").str.strip()
    out = pd.Series(pd.NaT, index=series.index, dtype="datetime64[s]")
    precision = pd.Series(pd.NA, index=series.index, dtype="string")
    for name, (regex, fmt, suffix) in _PATTERNS.items():
        mask = text.str.fullmatch(regex).fillna(False).astype(bool)
        if mask.any():
            out[mask] = pd.to_datetime(text[mask] + suffix, format=fmt, errors="coerce")
            precision[mask] = name
    precision[out.isna()] = pd.NA
    return out, precision
