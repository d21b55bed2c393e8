"""Read a Headcount CSV as text, exactly as written: header row, optional HXL hashtag row, data rows.

Each row remembers the file and line it came from, so a problem found later can name them, even
after a user's rows have been appended to the shipped ones.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .errors import Problem

FILE, LINE = "__file__", "__line__"


@dataclass(frozen=True)
class RawTable:
    name: str  # the file the table was first read from
    frame: pd.DataFrame  # text cells (NA where empty) + FILE and LINE columns; index 0..n-1
    hxl: dict[str, str]  # column -> hashtag, when the file has an HXL row

    def where(self, index: int) -> tuple[str, int]:
        return str(self.frame.at[index, FILE]), int(self.frame.at[index, LINE])

    @staticmethod
    def combine(base: "RawTable", extra: "RawTable") -> "RawTable":
        frame = pd.concat([base.frame, extra.frame], ignore_index=True)
        return RawTable(base.name, frame, base.hxl)

    @staticmethod
    def from_rows(name: str, rows: list[dict], lines: list[int]) -> "RawTable":
        frame = pd.DataFrame(rows).astype("string")
        frame[FILE], frame[LINE] = name, lines
        return RawTable(name, frame.replace({"": pd.NA}), {})


def is_hxl_row(cells: list[str]) -> bool:
    filled = [c.strip() for c in cells if c and c.strip()]
    return bool(filled) and all(c.startswith("#") for c in filled)


def read_text(path: Path) -> tuple[str | None, list[Problem]]:
    try:
        return path.read_bytes().decode("utf-8-sig"), []
    except FileNotFoundError:
        return None, [Problem(str(path), None, None, None, "file not found")]
    except IsADirectoryError:
        return None, [Problem(str(path), None, None, None, "is a folder, not a CSV file")]
    except UnicodeDecodeError as err:
        return None, [Problem(str(path), None, None, None, f"not UTF-8 text (bad byte at offset {err.start})")]


def read_csv(path: Path, required: list[str]) -> tuple[RawTable | None, list[Problem]]:
    """Read as text; a missing file, a non-UTF-8 file or missing columns are file-level problems."""
    name = str(path)
    text, problems = read_text(path)
    if problems:
        return None, problems
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, skip_blank_lines=True)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as err:
        return None, [Problem(name, None, None, None, f"not a readable CSV: {err}".strip())]
    frame.columns = [str(c).strip() for c in frame.columns]
    hxl: dict[str, str] = {}
    first_line = 2
    if len(frame) and is_hxl_row(frame.iloc[0].tolist()):
        hxl = {c: t.strip() for c, t in frame.iloc[0].items() if t.strip()}
        frame = frame.iloc[1:].reset_index(drop=True)
        first_line = 3
    missing = [c for c in required if c not in frame.columns]
    if missing:
        return None, [Problem(name, 1, c, None, "required column missing") for c in missing]
    frame = frame.astype("string").apply(lambda col: col.str.strip()).replace({"": pd.NA})
    frame[FILE] = name
    frame[LINE] = range(first_line, first_line + len(frame))
    return RawTable(name, frame, hxl), []
