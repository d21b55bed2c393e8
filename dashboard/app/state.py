"""What the pages share: the loaded store and the press claims reconciled once at start-up."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pandas as pd

from ..reconcile import reconcile
from ..store import Store


@dataclass
class State:
    store: Store
    claims_dir: str | None = None

    @cached_property
    def verdicts(self) -> pd.DataFrame:
        """The shipped press figures with their verdicts, or a corpus scan's (`headcount serve --claims DIR`)."""
        if self.claims_dir:
            from ..corpus import claims
            found = claims(self.claims_dir)
            found["mid"] = found["value"].fillna((found["low"] + found["high"]) / 2)
            found["published_text"] = found["published"]
            found["ref_end"] = pd.to_datetime(found["ref_end"])
            return found
        return reconcile(self.store.claims, self.store.cited)

    def site_options(self) -> list[dict]:
        used = set(self.store.observations["site"])
        return [{"label": s.name, "value": s.id} for s in self.store.gazetteer.sites if s.id in used]

    def events_for(self, site: str) -> pd.DataFrame:
        events = self.store.events[self.store.events["site"] == site]
        docs = self.store.documents.set_index("document_id")
        return events.assign(url=events["document_id"].map(docs["url"]))


CURRENT: State | None = None


def state() -> State:
    if CURRENT is None:
        raise RuntimeError("create_app() has not been called")
    return CURRENT
