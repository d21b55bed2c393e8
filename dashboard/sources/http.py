"""One HTTP client for every source: timeouts, retries with backoff (honouring Retry-After), a size
cap enforced while reading, connections only to public addresses (a source's API can hand us any URL,
e.g. an HDX resource), and every raw response archived with its URL, retrieval time and sha256, so any
figure can be traced to the bytes it came from."""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import httpx

from ..net import FetchRefused, GuardedTransport, TooLarge, read_capped

MAX_BYTES = 20_000_000
TIMEOUT = httpx.Timeout(20.0, connect=8.0)
RETRIES = 3


class SourceError(Exception):
    """A source answered with something Headcount cannot use; names the source and the request."""

    def __init__(self, source: str, request: str, reason: str):
        self.source, self.request, self.reason = source, request, reason
        super().__init__(f"{source}: {reason} ({request})")


class Unreachable(SourceError):
    pass


def data_dir() -> Path:
    env = os.environ.get("HEADCOUNT_DATA_DIR")
    if env:
        return Path(env)
    import platformdirs
    return Path(platformdirs.user_data_dir("headcount"))


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file beside path, then rename: readers see the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass
class Fetcher:
    source: str
    client: httpx.Client
    archive: Path
    sleep = staticmethod(time.sleep)

    @classmethod
    def open(cls, source: str, client: httpx.Client | None = None, root: Path | None = None) -> "Fetcher":
        if client is None:
            client = httpx.Client(timeout=TIMEOUT, headers={"User-Agent": "Headcount/0.1 (+ingest)"},
                                  transport=GuardedTransport(), trust_env=False, follow_redirects=True, max_redirects=5)
        return cls(source, client, (root or data_dir()) / "raw" / source)

    def _archive(self, method: str, url: str, body: bytes, status: int) -> str:
        digest = hashlib.sha256(body).hexdigest()
        atomic_write(self.archive / f"{digest}.bin", body)
        record = {"source": self.source, "method": method, "url": url, "status": status, "sha256": digest,
                  "bytes": len(body), "retrieved_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        with open(self.archive / "index.jsonl", "a", encoding="utf-8") as index:
            index.write(json.dumps(record) + "\n")
        return digest

    def request(self, method: str, url: str, **kwargs) -> httpx.Response:
        what = f"{method} {url}"
        for attempt in range(RETRIES + 1):
            try:
                response = self._capped(method, url, **kwargs)
            except FetchRefused as problem:  # the address is private, loopback, link-local ...
                raise SourceError(self.source, what, str(problem)) from None
            except (httpx.ConnectError, httpx.ConnectTimeout) as problem:
                raise Unreachable(self.source, what, f"unreachable ({problem.__class__.__name__})") from None
            except httpx.TransportError as problem:
                if attempt == RETRIES:
                    raise SourceError(self.source, what, f"transport error: {problem}") from None
                self.sleep(2 ** attempt)
                continue
            if response.status_code in (429, 500, 502, 503, 504) and attempt < RETRIES:
                wait = float(response.headers.get("retry-after", 2 ** attempt))
                self.sleep(min(wait, 60))
                continue
            self._archive(method, str(response.request.url), response.content, response.status_code)
            if response.status_code >= 400:
                raise SourceError(self.source, what, f"HTTP {response.status_code}")
            return response
        raise SourceError(self.source, what, "gave up after retries")

    def _capped(self, method: str, url: str, **kwargs) -> httpx.Response:
        """The response, read up to MAX_BYTES: a bigger one is refused without being read whole."""
        with self.client.stream(method, url, **kwargs) as response:
            try:
                body = read_capped(response, MAX_BYTES)
            except TooLarge:
                raise SourceError(self.source, f"{method} {url}", f"response over {MAX_BYTES:,} bytes") from None
            decoded = [(k, v) for k, v in response.headers.multi_items()  # the body is decoded already
                       if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")]
            return httpx.Response(response.status_code, headers=decoded, content=body, request=response.request)

    def json(self, method: str, url: str, **kwargs) -> dict:
        response = self.request(method, url, **kwargs)
        kind = response.headers.get("content-type", "")
        try:
            data = response.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            snippet = response.text[:60].replace("\n", " ")
            raise SourceError(self.source, f"{method} {url}", f"not JSON ({kind or 'no content type'}): {snippet!r}") from None
        if not isinstance(data, dict):
            raise SourceError(self.source, f"{method} {url}", "JSON is not an object")
        return data
