"""Claims in one text that cannot all hold: one camp "predominantly Syrian" and "most of them Iraqis";
a part larger than its whole ("12,000 Iraqis" in a camp of "10,000 people")."""
from __future__ import annotations

import pandas as pd

from ..model import PARENT_METRIC

NATIONALITY_SHARES = {"population_iraqi", "population_syrian", "population_tcn"}


def contradictions(claims: pd.DataFrame) -> list[str | None]:
    """Per claim row: the quote of another claim in the same text it contradicts, or None.
    claims: rows from one text (extract output, or one article's rows)."""
    out: list[str | None] = [None] * len(claims)
    rows = list(claims.reset_index(drop=True).itertuples())
    for i, a in enumerate(rows):
        for j, b in enumerate(rows):
            if i == j or a.site != b.site or not isinstance(a.site, str):
                continue
            majority = lambda c: c.unit == "share" and c.metric in NATIONALITY_SHARES and (c.low or 0) >= 0.5  # noqa: E731
            both_majorities = majority(a) and majority(b) and a.metric != b.metric
            part_over_whole = (a.unit == b.unit == "count" and PARENT_METRIC.get(a.metric) == b.metric
                               and (a.low if pd.notna(a.low) else a.value) > (b.high if pd.notna(b.high) else b.value) * 1.05
                               and a.ref_date == b.ref_date)
            if both_majorities or part_over_whole:
                out[i] = b.quote if hasattr(b, "quote") else str(b.raw)
    return out
