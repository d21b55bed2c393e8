import shutil
from pathlib import Path

import pytest

from dashboard.store import datasets_dir


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path_factory, monkeypatch):
    """Each test run gets its own Parquet cache and data directory: tests never read a developer's
    cache or reviewed figures."""
    monkeypatch.setenv("HEADCOUNT_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
    monkeypatch.setenv("HEADCOUNT_DATA_DIR", str(tmp_path_factory.getbasetemp() / "data"))


@pytest.fixture
def shipped() -> Path:
    return datasets_dir()


@pytest.fixture
def datasets_copy(tmp_path, shipped) -> Path:
    """A writable copy of the shipped datasets, to damage in a test."""
    target = tmp_path / "datasets"
    shutil.copytree(shipped, target)
    return target


def append_line(path: Path, line: str) -> int:
    """Append one CSV line; return its line number in the file."""
    text = path.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"
    text += line + "\n"
    path.write_text(text, encoding="utf-8")
    return text.count("\n")
