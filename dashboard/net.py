"""Connections only to public addresses, for every fetch of an address Headcount did not choose (an
article URL a user pastes, a resource URL an API such as HDX hands us): the connection itself resolves
the host, checks every address and connects to a checked one, so a DNS answer that changes between a
check and the connect (rebinding) cannot reach a private, loopback, link-local or metadata address."""
from __future__ import annotations

import ipaddress
import socket

import httpcore
import httpx


class FetchRefused(ValueError):
    """The URL or its response is not something Headcount will read."""


class TooLarge(FetchRefused):
    """A response over the size limit, refused without being read whole."""


def read_capped(response: httpx.Response, limit: int) -> bytes:
    """The body of a streamed response, or TooLarge as soon as its Content-Length or the bytes read pass limit."""
    size = int(response.headers.get("content-length") or 0)
    if size > limit:
        raise TooLarge(f"{size:,} bytes, over the {limit:,}-byte limit")
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > limit:
            raise TooLarge(f"over the {limit:,}-byte limit")
    return bytes(body)


def resolve_host(host: str) -> list[str]:
    return sorted({info[4][0] for info in socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)})


def public_addresses(host: str, resolve=resolve_host) -> list[str]:
    """Every address host resolves to, or FetchRefused if any is private, loopback, link-local or reserved."""
    try:
        addresses = resolve(host)
    except OSError as problem:
        raise FetchRefused(f"cannot resolve {host}: {problem}") from None
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved
                or ip.is_unspecified or not ip.is_global):
            raise FetchRefused(f"{host} resolves to {ip}, a private, loopback, link-local or reserved address: refused")
    return addresses


class GuardedBackend(httpcore.SyncBackend):
    """Opens connections only to public addresses: resolves the host, checks every address, connects to a
    checked one (the name is not resolved again by the socket)."""

    def __init__(self, resolve=None):
        self.resolve = resolve or resolve_host

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        addresses = public_addresses(host, self.resolve)
        if not addresses:
            raise FetchRefused(f"{host} has no address")
        return super().connect_tcp(addresses[0].split("%")[0], port, timeout, local_address, socket_options)


class GuardedTransport(httpx.HTTPTransport):
    """httpx's transport with its connection pool on a GuardedBackend (httpx has no public switch for
    the network backend, so the pool it builds is replaced by an equal one that has it)."""

    def __init__(self, resolve=None):
        super().__init__(trust_env=False)
        self._pool = httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(trust_env=False), max_connections=4,
                                             network_backend=GuardedBackend(resolve))
