"""Validation problems as small typed records: which file, which line, which field, what is wrong."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None  # 1-based line in the file as a text editor shows it; None for file-level problems
    field: str | None
    value: str | None
    message: str

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line is not None else "")
        what = f" [{self.field}]" if self.field else ""
        shown = f" (got {self.value!r})" if self.value not in (None, "") else ""
        return f"{where}{what}: {self.message}{shown}"


class ValidationFailed(Exception):
    """Raised with every problem found, after a whole file (or set of files) has been checked."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        shown = "\n".join(f"  {p}" for p in problems[:50])
        more = f"\n  ... and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"{len(problems)} problem(s) in the data:\n{shown}{more}")
