"""Candidate observations from live sources, waiting for a person's review. Kept as one CSV in the
data directory, written atomically; re-running an ingest adds nothing twice (ids are content hashes).
Accepted candidates go to accepted/observations.csv and accepted/documents.csv, which the store loads
beside the shipped datasets."""
from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import asdict, dataclass
from pathlib import Path

import pandas as pd

from ..store.validate import COLUMNS
from .http import atomic_write, data_dir

FIELDS = ["candidate_id", "status", "reason", "source", "site", "metric", "value", "low", "high", "qualifier", "as_of",
          "quote", "publisher", "title", "url", "date_published", "doc_type"]


@dataclass(frozen=True)
class Candidate:
    candidate_id: str
    status: str
    reason: str
    source: str
    site: str
    metric: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    as_of: str
    quote: str
    publisher: str
    title: str
    url: str
    date_published: str
    doc_type: str

    @classmethod
    def of(cls, claim, publisher: str, title: str, url: str, published: str, doc_type: str, source: str) -> "Candidate":
        key = "|".join(str(x) for x in (claim.site, claim.metric, claim.value, claim.low, claim.high, claim.ref_date, url))
        return cls(hashlib.sha1(key.encode()).hexdigest()[:12], "pending", "machine-extracted", source, claim.site,
                   claim.metric, claim.value, claim.low, claim.high, "about" if claim.qualifier == "vague" else claim.qualifier,
                   claim.ref_date, claim.quote[:300], publisher, title, url, published, doc_type)


def path(root: Path | None = None) -> Path:
    return (root or data_dir()) / "pending.csv"


def load(root: Path | None = None) -> pd.DataFrame:
    file = path(root)
    if not file.exists():
        return pd.DataFrame(columns=FIELDS)
    return pd.read_csv(file, dtype=str, keep_default_na=False)


def save(frame: pd.DataFrame, root: Path | None = None) -> None:
    atomic_write(path(root), frame[FIELDS].to_csv(index=False, lineterminator="\n").encode())


def merge(existing: pd.DataFrame, found: list[Candidate]) -> tuple[pd.DataFrame, dict]:
    """Add new candidates; leave known ones (and their review status) as they are."""
    new = pd.DataFrame([asdict(c) for c in found], columns=FIELDS).astype(str).replace({"None": "", "nan": ""})
    new = new.drop_duplicates("candidate_id")
    fresh = new[~new["candidate_id"].isin(existing["candidate_id"])]
    counts = {"new": len(fresh), "unchanged": len(new) - len(fresh)}
    return pd.concat([existing, fresh], ignore_index=True), counts


def review(ids: list[str], accept: bool, reason: str = "", root: Path | None = None) -> int:
    """Accept (into the curated set of this data directory) or reject candidates; returns how many."""
    frame = load(root)
    chosen = frame["candidate_id"].isin(ids) & (frame["status"] == "pending")
    frame.loc[chosen, "status"] = "accepted" if accept else "rejected"
    if reason:
        frame.loc[chosen, "reason"] = reason
    if accept and chosen.any():
        _append_accepted(frame[chosen], root)
    save(frame, root)
    return int(chosen.sum())


def document_id(url: str) -> str:
    return "live-" + hashlib.sha1(url.encode()).hexdigest()[:12]


def _append_accepted(rows: pd.DataFrame, root: Path | None) -> None:
    folder = (root or data_dir()) / "accepted"
    docs_file, obs_file = folder / "documents.csv", folder / "observations.csv"
    docs = pd.read_csv(docs_file, dtype=str, keep_default_na=False) if docs_file.exists() else pd.DataFrame(columns=COLUMNS["documents"])
    obs = pd.read_csv(obs_file, dtype=str, keep_default_na=False) if obs_file.exists() else pd.DataFrame(columns=COLUMNS["observations"])
    new_docs = pd.DataFrame({"document_id": rows["url"].map(document_id), "publisher": rows["publisher"], "title": rows["title"],
                             "url": rows["url"], "date_published": rows["date_published"], "date_accessed": pd.Timestamp.now().date().isoformat(),
                             "doc_type": rows["doc_type"], "reliability": "machine-extracted from " + rows["source"] + ", accepted on review",
                             "via": ""})
    new_obs = pd.DataFrame({"site": rows["site"], "metric": rows["metric"], "value": rows["value"], "low": rows["low"],
                            "high": rows["high"], "qualifier": rows["qualifier"], "unit": "count", "as_of": rows["as_of"],
                            "period_start": "", "period_end": "", "document_id": rows["url"].map(document_id),
                            "note": "machine-extracted; reviewed"})
    docs = pd.concat([docs, new_docs]).drop_duplicates("document_id")
    obs = pd.concat([obs, new_obs]).drop_duplicates()
    for frame, file in ((docs, docs_file), (obs, obs_file)):
        buffer = io.StringIO()
        frame.to_csv(buffer, index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        atomic_write(file, buffer.getvalue().encode())


def accepted_files(root: Path | None = None) -> list[Path]:
    folder = (root or data_dir()) / "accepted"
    return [p for p in (folder / "documents.csv", folder / "observations.csv") if p.exists()]
