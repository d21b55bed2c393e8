"""Articles from a news archive file: JSON Lines (plain or .gz), CSV, Parquet, WARC/WARC.gz.
Each record comes out as an article dict, or as a Rejected with its reason; one bad record never
stops the file."""
from __future__ import annotations

import csv
import gzip
import io
import json
from dataclasses import dataclass
from pathlib import Path

FIELDS = ("url", "title", "published", "outlet", "language", "text")
MAX_TEXT = 2_000_000


@dataclass(frozen=True)
class Rejected:
    reason: str


def _article(record: dict, mapping: dict[str, str]) -> dict | Rejected:
    if not isinstance(record, dict):
        return Rejected("record is not an object")
    row = {field: record.get(mapping.get(field, field)) for field in FIELDS}
    text = row["text"]
    if not isinstance(text, str) or not text.strip():
        return Rejected("no text")
    if len(text) > MAX_TEXT:
        return Rejected("article over the size limit")
    row["published"] = str(row["published"])[:10] if row["published"] else None
    return row


@dataclass(frozen=True)
class Skipped:
    """A record the prefilter ruled out before parsing (counted as read, never extracted)."""
    chars: int


def _jsonl(path: Path, mapping, keep=None):
    """keep(raw line) -> bool lets a caller skip parsing lines that cannot matter (the prefilter);
    lines with escaped non-ASCII text are always parsed, since escapes hide site names."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as handle:
        for line in handle:
            if not line.strip():
                continue
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError:
                yield Rejected("bad encoding")
                continue
            if len(text) > MAX_TEXT * 1.2:
                yield Rejected("article over the size limit")
                continue
            if keep is not None and "\\u" not in text and not keep(text):
                stripped = text.strip()
                yield Skipped(len(stripped)) if stripped.startswith("{") and stripped.endswith("}") else Rejected("malformed JSON")
                continue
            try:
                yield _article(json.loads(text), mapping)
            except json.JSONDecodeError:
                yield Rejected("malformed JSON")


def _csv(path: Path, mapping):
    with open(path, "rb") as handle:
        text = handle.read().decode("utf-8", errors="replace")
    csv.field_size_limit(MAX_TEXT * 2)
    for record in csv.DictReader(io.StringIO(text)):
        yield _article(record, mapping)


def _parquet(path: Path, mapping):
    import pyarrow.parquet as pq
    file = pq.ParquetFile(path)
    for group in range(file.num_row_groups):
        for record in file.read_row_group(group).to_pylist():
            yield _article(record, mapping)


def _warc(path: Path, mapping):
    import trafilatura
    from warcio.archiveiterator import ArchiveIterator
    with open(path, "rb") as handle:
        for record in ArchiveIterator(handle):
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            try:
                html = record.content_stream().read().decode("utf-8", errors="replace")
            except Exception:  # a truncated record
                yield Rejected("unreadable WARC record")
                continue
            text = trafilatura.extract(html) or ""
            meta = trafilatura.extract_metadata(html)
            yield _article({"url": url, "title": getattr(meta, "title", None), "published": getattr(meta, "date", None),
                            "outlet": getattr(meta, "sitename", None) or (url or "").split("/")[2:3] and url.split("/")[2],
                            "language": None, "text": text}, {})


def articles(path: Path, mapping: dict[str, str] | None = None, keep=None):
    """Every record of one input file, as article dicts, Rejected, or (JSONL with keep) Skipped."""
    mapping = mapping or {}
    name = path.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz", ".json.gz", ".ndjson")):
        return _jsonl(path, mapping, keep)
    if name.endswith(".csv"):
        return _csv(path, mapping)
    if name.endswith(".parquet"):
        return _parquet(path, mapping)
    if name.endswith((".warc", ".warc.gz")):
        return _warc(path, mapping)
    return iter([Rejected(f"unknown input format: {path.name}")])


def expand(inputs: list[str]) -> list[Path]:
    """Globs and directories to files, sorted, so partitions are the same on every run."""
    files: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files += [p for p in path.rglob("*") if p.is_file()]
        elif any(ch in item for ch in "*?["):
            files += [p for p in Path().glob(item) if p.is_file()] if not path.is_absolute() else \
                [p for p in Path(path.anchor).glob(str(path.relative_to(path.anchor))) if p.is_file()]
        else:
            files.append(path)
    return sorted(set(files))
