"""--url: safe fetching, tested with a mock transport and a fake resolver (never the network)."""
import httpx
import pytest

from dashboard.reconcile.fetch import FetchRefused, article, check_url, fetch_html

PUBLIC = lambda host: ["93.184.216.34"]  # noqa: E731
HTML = ("<html><head><title>Camp report</title><meta property='article:published_time' content='2024-04-01'></head>"
        "<body><article><h1>Camp report</h1><p>" + "The al-Hol camp still holds about 70,000 people, officials said. " * 5
        + "</p></article></body></html>")


def client(handler):
    return httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=False)


@pytest.mark.parametrize("address", ["127.0.0.1", "10.0.0.5", "192.168.1.1", "172.16.0.1", "169.254.169.254", "::1",
                                     "fe80::1", "0.0.0.0", "100.64.0.1"])
def test_private_loopback_link_local_and_metadata_addresses_are_refused(address):
    with pytest.raises(FetchRefused, match="refused"):
        check_url("http://innocent.example/", resolve=lambda host: [address])


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "http://user:pw@example.org/", "javascript:alert(1)"])
def test_other_schemes_and_credentials_are_refused(url):
    with pytest.raises(FetchRefused):
        check_url(url, resolve=PUBLIC)


def test_redirect_to_a_private_address_is_refused():
    def handler(request):
        if request.url.host == "news.example":
            return httpx.Response(302, headers={"location": "http://internal.example/secret"})
        return httpx.Response(200, text="secret", headers={"content-type": "text/html"})
    resolve = lambda host: ["93.184.216.34"] if host == "news.example" else ["10.1.2.3"]  # noqa: E731
    with pytest.raises(FetchRefused, match="10.1.2.3"):
        fetch_html("http://news.example/a", client(handler), resolve)


def test_size_cap_and_content_type():
    big = client(lambda r: httpx.Response(200, content=b"x" * 3_100_000, headers={"content-type": "text/html"}))
    with pytest.raises(FetchRefused, match="limit"):
        fetch_html("http://news.example/a", big, PUBLIC)
    pdf = client(lambda r: httpx.Response(200, content=b"%PDF", headers={"content-type": "application/pdf"}))
    with pytest.raises(FetchRefused, match="application/pdf"):
        fetch_html("http://news.example/a", pdf, PUBLIC)


def test_article_text_and_date_are_extracted():
    ok = client(lambda r: httpx.Response(200, text=HTML, headers={"content-type": "text/html; charset=utf-8"}))
    found = article("http://news.example/a", ok, PUBLIC)
    assert "70,000 people" in found.text and found.published == "2024-04-01"


def test_the_connection_itself_refuses_a_private_answer_even_after_a_public_one(monkeypatch):
    """DNS rebinding: the pre-check saw a public address, the connection's own lookup gets a private one."""
    answers = iter([["93.184.216.34"], ["10.9.9.9"]])
    resolve = lambda host: next(answers)  # noqa: E731
    with pytest.raises(FetchRefused, match="10.9.9.9"):
        fetch_html("http://news.example/a", resolve=resolve)


def test_the_connection_goes_to_the_checked_address_not_the_name(monkeypatch):
    import httpcore

    from dashboard.reconcile.fetch import GuardedBackend
    opened = []
    monkeypatch.setattr(httpcore.SyncBackend, "connect_tcp", lambda self, host, port, *a, **k: opened.append((host, port)))
    GuardedBackend(resolve=lambda host: ["93.184.216.34"]).connect_tcp("news.example", 443)
    assert opened == [("93.184.216.34", 443)]
