"""dashboard/net.py: the size cap both fetchers (article --url, source ingest) read through."""
import httpx
import pytest

from dashboard.net import TooLarge, read_capped


def _streamed(n_chunks: int):
    chunks = (b"x" * 1000 for _ in range(n_chunks))
    return httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, content=chunks)))


def test_a_body_without_content_length_is_refused_once_it_passes_the_limit():
    with _streamed(5) as client, client.stream("GET", "http://a.example/") as response:
        assert "content-length" not in response.headers
        with pytest.raises(TooLarge, match="over the 4,999-byte limit"):
            read_capped(response, 4_999)


def test_a_body_at_the_limit_is_read_whole():
    with _streamed(5) as client, client.stream("GET", "http://a.example/") as response:
        assert read_capped(response, 5_000) == b"x" * 5_000


def test_a_declared_length_over_the_limit_is_refused_before_reading():
    big = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, content=b"x" * 10)))
    with big as client, client.stream("GET", "http://a.example/") as response:
        with pytest.raises(TooLarge, match="10 bytes, over the 9-byte limit"):
            read_capped(response, 9)
