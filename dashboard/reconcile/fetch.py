"""Fetch an article by URL, safely: http(s) only, no private, loopback, link-local or metadata
addresses (checked after DNS resolution and again at every redirect), a timeout, a size cap and a
content-type check. Then the main text and publication date (trafilatura).

The address check runs twice: before each request (for a clear message) and inside the connection
itself, where the host is resolved once, every address checked, and the socket opened to that same
checked address, so a DNS answer that changes between check and connect (rebinding) cannot reach
a private address. TLS still verifies the certificate against the host name."""
from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

MAX_BYTES = 3_000_000
TIMEOUT = httpx.Timeout(10.0, connect=5.0)
MAX_REDIRECTS = 5
TYPES = ("text/html", "application/xhtml+xml", "text/plain")


class FetchRefused(ValueError):
    """The URL or its response is not something Headcount will read."""


@dataclass(frozen=True)
class Article:
    url: str
    text: str
    published: str | None
    title: str | None


def _resolve(host: str) -> list[str]:
    return sorted({info[4][0] for info in socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)})


def _refuse_private(host: str, address: str) -> None:
    ip = ipaddress.ip_address(address.split("%")[0])
    if (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved
            or ip.is_unspecified or not ip.is_global):
        raise FetchRefused(f"{host} resolves to {ip}, a private, loopback, link-local or reserved address: refused")


class GuardedBackend(httpcore.SyncBackend):
    """Opens connections only to public addresses: resolves the host, checks every address, connects to a
    checked one (the name is not resolved again by the socket)."""

    def __init__(self, resolve=None):
        self.resolve = resolve or _resolve

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        try:
            addresses = self.resolve(host)
        except OSError as problem:
            raise FetchRefused(f"cannot resolve {host}: {problem}") from None
        if not addresses:
            raise FetchRefused(f"{host} has no address")
        for address in addresses:
            _refuse_private(host, address)
        return super().connect_tcp(addresses[0].split("%")[0], port, timeout, local_address, socket_options)


class GuardedTransport(httpx.HTTPTransport):
    """httpx's transport with its connection pool on a GuardedBackend (httpx has no public switch for
    the network backend, so the pool it builds is replaced by an equal one that has it)."""

    def __init__(self, resolve=None):
        super().__init__(trust_env=False)
        self._pool = httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(trust_env=False), max_connections=4,
                                             network_backend=GuardedBackend(resolve))


def check_url(url: str, resolve=_resolve) -> None:
    """Raise FetchRefused unless url is http(s) to a public address (every address the host resolves to)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchRefused(f"only http(s) URLs with a host can be fetched, not {url!r}")
    if parts.username or parts.password:
        raise FetchRefused("URLs with credentials are refused")
    try:
        addresses = resolve(parts.hostname)
    except OSError as problem:
        raise FetchRefused(f"cannot resolve {parts.hostname}: {problem}") from None
    for address in addresses:
        _refuse_private(parts.hostname, address)


def fetch_html(url: str, client: httpx.Client | None = None, resolve=_resolve) -> tuple[str, str]:
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
                size = int(response.headers.get("content-length") or 0)
                if size > MAX_BYTES:
                    raise FetchRefused(f"{url} is {size:,} bytes, over the {MAX_BYTES:,}-byte limit")
                body = b""
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > MAX_BYTES:
                        raise FetchRefused(f"{url} is over the {MAX_BYTES:,}-byte limit")
                return url, body.decode(response.encoding or "utf-8", errors="replace")
        raise FetchRefused(f"more than {MAX_REDIRECTS} redirects")
    finally:
        if own:
            client.close()


def article(url: str, client: httpx.Client | None = None, resolve=_resolve) -> Article:
    """The main text and publication date of the article at url."""
    import trafilatura
    final, html = fetch_html(url, client, resolve)
    text = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
    meta = trafilatura.extract_metadata(html)
    if not text.strip():
        raise FetchRefused(f"no article text found at {final}")
    return Article(final, text, getattr(meta, "date", None) if meta else None, getattr(meta, "title", None) if meta else None)
