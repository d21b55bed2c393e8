"""The Store: the validated frames, and the few queries every other layer asks of them."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

import pandas as pd

from ..gazetteer import Gazetteer
from ..model import METRICS
from .load import load_frames

CITATION = ["publisher", "title", "url", "doc_type", "via", "date_published"]


@dataclass
class Store:
    sites: pd.DataFrame
    documents: pd.DataFrame
    observations: pd.DataFrame
    events: pd.DataFrame
    claims: pd.DataFrame = field(default_factory=pd.DataFrame)

    @cached_property
    def gazetteer(self) -> Gazetteer:
        return Gazetteer.from_frame(self.sites)

    @cached_property
    def cited(self) -> pd.DataFrame:
        """Every observation joined with its document's citation."""
        docs = self.documents[["document_id", *CITATION]]
        return self.observations.merge(docs, on="document_id", how="left", validate="many_to_one")

    def series(self, site: str, metric: str = "population", unit: str = "count",
               start: date | None = None, end: date | None = None) -> pd.DataFrame:
        """One site's official series for a metric, oldest first, each row with its citation."""
        if site not in self.gazetteer.by_id:
            raise KeyError(f"unknown site {site!r}; known: {', '.join(sorted(self.gazetteer.by_id))}")
        if metric not in METRICS:
            raise KeyError(f"unknown metric {metric!r}; known: {', '.join(METRICS)}")
        rows = self.cited[(self.cited["site"] == site) & (self.cited["metric"] == metric)
                          & (self.cited["unit"] == unit)]
        if start is not None:
            rows = rows[rows["as_of"] >= start]
        if end is not None:
            rows = rows[rows["as_of"] <= end]
        return rows.sort_values(["as_of", "publisher", "value"], kind="stable").reset_index(drop=True)


def load(folder: Path | None = None, extra: list[Path] = (), use_cache: bool = True, reviewed: bool = True) -> Store:
    """Load the shipped datasets (and a user's files): validated, cached, ready to query.
    reviewed: also load live-source figures accepted with `headcount review` (from the data directory)."""
    if reviewed and folder is None:
        from ..sources.pending import accepted_files
        extra = [*extra, *accepted_files()]
    return Store(**load_frames(folder, extra, use_cache))
