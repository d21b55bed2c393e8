"""Scan a news archive on Dask: each input file is one partition (read, prefilter, extract,
reconcile, write). Each partition's result is written atomically and marked done last, so a killed
run resumes where it stopped and a re-run gives the same output, with no duplicate rows."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from .read import Rejected, Skipped, articles

ARTICLE_COLUMNS = ["article_id", "url", "title", "published", "outlet", "language", "chars"]
VERDICT_COLUMNS = ["verdict", "stale", "last_true_on", "months_since_true", "divergence_pct", "official_value",
                   "official_as_of", "official_document", "ref_end"]


@dataclass(frozen=True)
class Options:
    since: date | None = None
    until: date | None = None
    sites: tuple[str, ...] = ()
    mapping: tuple[tuple[str, str], ...] = ()


@dataclass
class Stats:
    partition: str
    file: str
    read: int = 0
    matched: int = 0
    claims: int = 0
    chars: int = 0
    rejected: dict = field(default_factory=dict)


def partition_key(path: Path) -> str:
    info = path.stat()
    return hashlib.sha1(f"{path.resolve()}|{info.st_size}|{int(info.st_mtime)}".encode()).hexdigest()[:16]


_STORE = None


def _store():
    global _STORE
    if _STORE is None:
        from ..store import load
        _STORE = load(reviewed=False)
    return _STORE


def _in_window(published: str | None, options: Options) -> bool:
    if not (options.since or options.until):
        return True
    try:
        day = date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return False
    return day is not None and (not options.since or day >= options.since) and (not options.until or day <= options.until)


def scan_file(path: Path, options: Options) -> tuple[pd.DataFrame, pd.DataFrame, Stats]:
    """(claims with verdicts, matched articles, stats) for one input file. Pure: writes nothing."""
    from ..claims import extract
    from ..reconcile import reconcile
    from .prefilter import relevant
    store = _store()
    key = partition_key(path)
    stats, rejected = Stats(key, str(path)), Counter()
    rows, matched = [], []
    keep = (lambda line: relevant(line, store.gazetteer)) if not options.mapping else None
    for record in articles(path, dict(options.mapping), keep):
        stats.read += 1
        if isinstance(record, Skipped):
            stats.chars += record.chars
            continue
        if isinstance(record, Rejected):
            rejected[record.reason] += 1
            continue
        stats.chars += len(record["text"])
        if not _in_window(record["published"], options) or not relevant(record["text"], store.gazetteer):
            continue
        article_id = hashlib.sha1((record["url"] or record["text"][:200]).encode()).hexdigest()[:16]
        try:
            found = extract(record["text"], published=record["published"], language=record["language"], gazetteer=store.gazetteer)
        except ValueError as problem:
            rejected[f"extraction refused: {problem.__class__.__name__}"] += 1
            continue
        found = [c for c in found if c.site and (not options.sites or c.site in options.sites)]
        matched.append({**{k: record[k] for k in ("url", "title", "published", "outlet", "language")},
                        "article_id": article_id, "chars": len(record["text"]), "text": record["text"]})
        rows += [{**c.to_dict(), "article_id": article_id, "url": record["url"], "outlet": record["outlet"],
                  "published": record["published"], "title": record["title"]} for c in found]
    stats.matched, stats.claims, stats.rejected = len(matched), len(rows), dict(rejected)
    claims = pd.DataFrame(rows)
    if not claims.empty:
        verdicts = reconcile(claims, store.cited)
        claims = verdicts[[c for c in claims.columns] + [c for c in VERDICT_COLUMNS if c in verdicts]]
        claims["year"] = pd.to_datetime(claims["published"], errors="coerce").dt.year.fillna(claims["ref_end"].dt.year).astype("Int64")
    return claims, pd.DataFrame(matched, columns=ARTICLE_COLUMNS + ["text"]), stats


def _clear_partial(out: Path, key: str) -> None:
    for leftover in out.glob(f"**/part-{key}*.parquet"):
        leftover.unlink()
    shutil.rmtree(out / "_tmp" / key, ignore_errors=True)


def scan_partition(path: str, out: str, options: Options) -> dict:
    """Scan one file into out/, unless already done. Returns the partition's stats."""
    path, out = Path(path), Path(out)
    key = partition_key(path)
    done = out / "_done" / f"{key}.json"
    if done.exists():
        return json.loads(done.read_text())
    _clear_partial(out, key)
    claims, matched, stats = scan_file(path, options)
    tmp = out / "_tmp" / key
    tmp.mkdir(parents=True, exist_ok=True)
    moves = []
    if not claims.empty:
        for (year, site), group in claims.groupby(["year", "site"], dropna=False):
            target = out / "claims" / f"year={year}" / f"site={site}" / f"part-{key}.parquet"
            staged = tmp / f"claims-{year}-{site}.parquet"
            group.drop(columns=["year", "site"]).reset_index(drop=True).to_parquet(staged, index=False)
            moves.append((staged, target))
    staged = tmp / "articles.parquet"
    matched.to_parquet(staged, index=False)
    moves.append((staged, out / "articles" / f"part-{key}.parquet"))
    for source, target in moves:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, target)
    record = stats.__dict__
    done.parent.mkdir(parents=True, exist_ok=True)
    staged_done = tmp / "done.json"
    staged_done.write_text(json.dumps(record, sort_keys=True))
    os.replace(staged_done, done)
    shutil.rmtree(tmp, ignore_errors=True)
    return record


def scan(inputs: list[str], out: str, options: Options = Options(), scheduler: str | None = None, workers: int | None = None,
         progress: bool = True) -> list[dict]:
    """Every input file as one Dask partition: the local scheduler (processes) by default, or the
    Dask cluster at `scheduler` (an address like tcp://host:8786)."""
    import dask
    import dask.bag as db
    from .read import expand
    files = [str(p) for p in expand(inputs)]
    Path(out).mkdir(parents=True, exist_ok=True)
    bag = db.from_sequence(files, npartitions=max(1, len(files))).map(scan_partition, out, options)
    if scheduler:
        from distributed import Client
        with Client(scheduler) as client:
            if progress:
                print(f"Dask dashboard: {client.dashboard_link}")
            return bag.compute()
    # chunksize=1: one file per task, so every worker gets work (dask batches 6 tasks per chunk by default)
    with dask.config.set(scheduler="processes", num_workers=workers or os.cpu_count(), chunksize=1):
        if progress:
            from dask.diagnostics import ProgressBar
            with ProgressBar():
                return bag.compute()
        return bag.compute()
