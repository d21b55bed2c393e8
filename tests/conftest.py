import ipaddress
import shutil
import socket
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


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """Tests never touch the network: a connection to anything but this machine fails loudly."""
    real_connect = socket.socket.connect

    def guarded(self, address):
        host = address[0] if isinstance(address, tuple) else address
        try:
            local = ipaddress.ip_address(host).is_loopback
        except ValueError:
            local = host in ("localhost",) or isinstance(host, (bytes, str)) and str(host).startswith("/")
        if not local:
            raise RuntimeError(f"test tried to reach the network: {address!r}")
        return real_connect(self, address)
    monkeypatch.setattr(socket.socket, "connect", guarded)
