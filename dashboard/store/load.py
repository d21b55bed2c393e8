"""Load the curated datasets (and a user's own CSVs) into typed frames, via a Parquet cache.

The CSVs are the record; Parquet is only a cache keyed by their bytes, rebuilt when any of them
changes and written atomically, so a crash never leaves a half-written cache behind.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .. import __version__
from ..model import SCHEMAS
from . import hxl
from .errors import Problem, ValidationFailed
from .read import RawTable, read_csv
from .validate import COLUMNS, REQUIRED, check_all

TABLES = ("sites", "documents", "observations", "events", "claims")
CACHE_FORMAT = "2"


def datasets_dir() -> Path:
    """The shipped datasets: $HEADCOUNT_DATASETS, else datasets/ beside the package."""
    env = os.environ.get("HEADCOUNT_DATASETS")
    path = Path(env) if env else Path(__file__).resolve().parents[2] / "datasets"
    if not (path / "observations.csv").exists():
        raise FileNotFoundError(f"no datasets at {path} (set HEADCOUNT_DATASETS to the datasets folder)")
    return path


def cache_dir() -> Path:
    env = os.environ.get("HEADCOUNT_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs
    return Path(platformdirs.user_cache_dir("headcount"))


def to_arrow(frame: pd.DataFrame, name: str) -> pa.Table:
    return pa.Table.from_pandas(frame, schema=SCHEMAS[name], preserve_index=False).replace_schema_metadata(None)


def from_arrow(table: pa.Table) -> pd.DataFrame:
    return table.to_pandas(ignore_metadata=True)


def classify(table: RawTable) -> str | None:
    """Which of the four tables a user's CSV is, by its columns; None for a HXL-mapped file."""
    for name in ("observations", "documents", "events", "sites", "claims"):
        if set(REQUIRED[name]) <= set(table.frame.columns):
            return name
    return None


def read_all(folder: Path, extra: list[Path] = ()) -> tuple[dict[str, RawTable], list[Problem]]:
    """Read the four shipped CSVs plus user files, appending user rows to the matching table."""
    raw, problems = {}, []
    for name in TABLES:
        table, found = read_csv(folder / f"{name}.csv", REQUIRED[name])
        problems += found
        raw[name] = table
    if problems:
        return raw, problems
    for path in extra:
        problems += _add_user_file(raw, Path(path))
    return raw, problems


def _add_user_file(raw: dict[str, RawTable], path: Path) -> list[Problem]:
    table, problems = read_csv(path, [])
    if problems:
        return problems
    kind = classify(table)
    if kind is None:
        if not table.hxl:
            return [Problem(str(path), 1, None, None, "not a Headcount table (columns: " + ", ".join(
                REQUIRED["observations"]) + ") and no HXL hashtag row to map by")]
        mapped, problems = hxl.map_file(path, raw["sites"].frame)
        if problems:
            return problems
        for name, rows in mapped.items():
            raw[name] = _stack(raw[name], rows)
        return []
    raw[kind] = _stack(raw[kind], table)
    return []


def _stack(base: RawTable, extra: RawTable) -> RawTable:
    """Append a user's rows; each row keeps the file and line it came from."""
    return RawTable.combine(base, extra)


def _key(raw_paths: list[Path]) -> str:
    digest = hashlib.sha256(f"{CACHE_FORMAT}:{__version__}".encode())
    for path in raw_paths:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:24]


def _read_cache(folder: Path) -> dict[str, pd.DataFrame] | None:
    try:
        return {name: from_arrow(pq.read_table(folder / f"{name}.parquet")) for name in TABLES}
    except (OSError, pa.ArrowInvalid):
        return None


def _write_cache(folder: Path, arrow: dict[str, pa.Table]) -> None:
    """Write into a temporary sibling folder, then rename it into place in one step."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=folder.parent))
    try:
        for name, table in arrow.items():
            pq.write_table(table, tmp / f"{name}.parquet")
        os.replace(tmp, folder)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        if not folder.exists():
            raise


def build(raw: dict[str, RawTable], today: date | None = None) -> dict[str, pa.Table]:
    typed, problems = check_all(raw, today)
    if problems:
        raise ValidationFailed(problems)
    return {name: to_arrow(typed[name], name) for name in TABLES}


def load_frames(folder: Path | None = None, extra: list[Path] = (), use_cache: bool = True,
                today: date | None = None) -> dict[str, pd.DataFrame]:
    """Validated frames of the datasets (+ user files). Raises ValidationFailed listing every problem."""
    folder = Path(folder) if folder else datasets_dir()
    paths = [folder / f"{name}.csv" for name in TABLES] + [Path(p) for p in extra]
    cached = cache_dir() / _key(paths) if use_cache and all(p.exists() for p in paths) else None
    if cached is not None and cached.exists():
        frames = _read_cache(cached)
        if frames is not None:
            return frames
    raw, problems = read_all(folder, list(extra))
    if problems:
        raise ValidationFailed(problems)
    arrow = build(raw, today)
    if cached is not None:
        _write_cache(cached, arrow)
    return {name: from_arrow(table) for name, table in arrow.items()}


__all__ = ["COLUMNS", "TABLES", "load_frames", "datasets_dir", "cache_dir", "to_arrow", "from_arrow"]
