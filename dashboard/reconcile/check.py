"""check(text) -> the verdicts for every figure a text quotes: extract, reconcile, explain, contradictions."""
from __future__ import annotations

from datetime import date

import pandas as pd

from ..claims import extract
from .contradict import contradictions
from .explain import explain
from .verdict import STALE_WINDOW_DAYS, TOLERANCE, reconcile


def check(text: str, cited: pd.DataFrame, published: date | str | None = None, tolerance: float = TOLERANCE,
          stale_window_days: int = STALE_WINDOW_DAYS) -> pd.DataFrame:
    """Every claim in text with its verdict, official evidence, explanation and self-contradictions."""
    claims = extract(text, published=published)
    if not claims:
        return pd.DataFrame()
    verdicts = explain(reconcile(claims, cited, tolerance, stale_window_days), cited)
    verdicts["self_contradiction"] = contradictions(verdicts)
    return verdicts
