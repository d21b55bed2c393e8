"""Fetch an article by URL, safely: http(s) only, no private, loopback, link-local or metadata
addresses (checked after DNS resolution and again at every redirect), a timeout, a size cap and a
content-type check. Then the main text and publication date (trafilatura).

The address check runs twice: before each request (for a clear message) and inside the connection
itself, where the host is resolved once, every address checked, and the socket opened to that same
checked address, so a DNS answer that changes between check and connect (rebinding) cannot reach
a private address. TLS still verifies the certificate against the host name."""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from ..net import FetchRefused, GuardedBackend, GuardedTransport, TooLarge, public_addresses, read_capped, resolve_host

MAX_BYTES = 3_000_000
TIMEOUT = httpx.Timeout(10.0, connect=5.0)
MAX_REDIRECTS = 5
TYPES = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass(frozen=True)
class Article:
    url: str
    text: str
    published: str | None
    title: str | None


def check_url(url: str, resolve=resolve_host) -> None:
    """Raise FetchRefused unless url is http(s) to a public address (every address the host resolves to)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchRefused(f"only http(s) URLs with a host can be fetched, not {url!r}")
    if parts.username or parts.password:
        raise FetchRefused("URLs with credentials are refused")
    public_addresses(parts.hostname, resolve)


def fetch_html(url: str, client: httpx.Client | None = None, resolve=resolve_host) -> tuple[str, str]:
    """(final URL, HTML) after safe redirects, or FetchRefused / httpx errors with a clear message."""
    own = client is None
    client = client or httpx.Client(timeout=TIMEOUT, follow_redirects=False, headers={"User-Agent": "Headcount/0.1"},
                                    transport=GuardedTransport(resolve), trust_env=False)
    try:
        for _ in range(MAX_REDIRECTS + 1):
            check_url(url, resolve)
            with client.stream("GET", url) as response:
                if response.is_redirect:
                    url = urljoin(url, response.headers.get("location", ""))
                    continue
                response.raise_for_status()
                kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
                if kind not in TYPES:
                    raise FetchRefused(f"{url} is {kind or 'of unknown type'}, not an HTML or text page")
                try:
                    body = read_capped(response, MAX_BYTES)
                except TooLarge as problem:
                    raise FetchRefused(f"{url} is {problem}") from None
                return url, body.decode(response.encoding or "utf-8", errors="replace")
        raise FetchRefused(f"more than {MAX_REDIRECTS} redirects")
    finally:
        if own:
            client.close()


def article(url: str, client: httpx.Client | None = None, resolve=resolve_host) -> Article:
    """The main text and publication date of the article at url."""
    import trafilatura
    final, html = fetch_html(url, client, resolve)
    text = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
    meta = trafilatura.extract_metadata(html)
    if not text.strip():
        raise FetchRefused(f"no article text found at {final}")
    return Article(final, text, getattr(meta, "date", None) if meta else None, getattr(meta, "title", None) if meta else None)


__all__ = ["Article", "FetchRefused", "GuardedBackend", "GuardedTransport", "article", "check_url", "fetch_html"]
