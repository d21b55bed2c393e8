"""What a person sees, in a real headless Chromium against the real server."""
import io
import re
from urllib.parse import quote

import httpx
import pandas as pd
import pytest

from dashboard.store import load
from tests.e2e.conftest import shot

CHART_TITLE = "#ex-chart .gtitle"


def wait_chart(page, contains: str):
    page.wait_for_function("([sel, text]) => { const e = document.querySelector(sel); return e && e.textContent.includes(text); }",
                           arg=[CHART_TITLE, contains], timeout=30_000)


@pytest.mark.parametrize("path, marker", [("/", "official figures by source"), ("/divergence", "press figures"),
                                          ("/data", "Official observations"), ("/method", "How a claim is checked"),
                                          ("/check", "Paste a sentence")])
def test_every_page_loads_without_console_errors(server, page, path, marker):
    page.goto(server + path)
    page.wait_for_selector(f"text={marker}", timeout=30_000)
    page.wait_for_timeout(500)
    shot(page, "page" + path.replace("/", "-").rstrip("-"))
    assert page.errors == []


def test_explorer_switch_changes_chart_table_and_url(server, page):
    page.goto(server + "/?site=al-hol&metric=population")
    wait_chart(page, "Al-Hol camp")
    hol_points = page.evaluate("document.querySelectorAll('#ex-chart .scatterlayer .point').length")
    page.click("#ex-site")
    page.locator("[role=option]", has_text="Roj camp").first.click()
    wait_chart(page, "Roj camp")
    page.wait_for_function("() => location.search.includes('site=roj')")
    roj_points = page.evaluate("document.querySelectorAll('#ex-chart .scatterlayer .point').length")
    assert 0 < roj_points < hol_points
    rows = load().series("roj", "population")
    page.wait_for_selector("#ex-grid .ag-row")
    grid_text = page.inner_text("#ex-grid")
    assert str(int(rows["value"].iloc[0])) in grid_text.replace(",", "")
    assert "2018-03" in grid_text  # month-precision dates are shown as written, not blanked as "invalid dates"
    shot(page, "explorer-roj")
    # the permalink reopens the same state
    page.goto(server + "/?site=roj&metric=population")
    wait_chart(page, "Roj camp")
    assert page.errors == []


def test_check_a_figure_end_to_end(server, page):
    text = "The al-Hol camp still holds about 70,000 people, most of them Iraqis, SDF officials said."
    page.goto(server + "/check")
    page.fill("#ck-text", text)
    page.fill("#ck-date", "2024-04-01")
    page.click("#ck-go")
    page.wait_for_selector(".claim-card", timeout=30_000)
    cards = page.locator(".claim-card")
    assert cards.count() >= 2
    first = cards.first
    assert first.locator("mark.figure").inner_text() == "70,000"
    assert "OVERSTATED" in first.inner_text() and "STALE" in first.inner_text()
    link = first.locator(".official a").first.get_attribute("href")
    assert link.startswith("http")
    page.wait_for_function("() => location.search.includes('text=')")
    shot(page, "check-result")
    # permalink reopens the same check
    page.goto(server + "/check?" + page.evaluate("location.search.slice(1)"))
    page.wait_for_selector(".claim-card", timeout=30_000)
    assert page.locator(".claim-card mark.figure").first.inner_text() == "70,000"


def test_pasted_markup_is_shown_as_text_never_run(server, page):
    page.goto(server + "/check")
    page.evaluate("window.__xss = 0")
    hostile = ('<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2"> '
               'The al-Hol camp holds about 43,000 people.')
    page.fill("#ck-text", hostile)
    page.fill("#ck-date", "2024-04-01")
    page.click("#ck-go")
    page.wait_for_selector(".claim-card", timeout=30_000)
    page.wait_for_timeout(500)
    assert page.evaluate("window.__xss") == 0
    assert page.locator(".claim-card img").count() == 0
    assert "<img src=x" in page.locator(".claim-card blockquote").first.inner_text()


def test_check_page_refuses_to_fetch_internal_addresses(server, page):
    """A deployed dashboard must not become a proxy into its own network: its own address and the cloud
    metadata address are refused, and the page says so."""
    for url in (server + "/health", "http://169.254.169.254/latest/meta-data/"):
        page.goto(server + "/check")
        page.fill("#ck-url", url)
        page.click("#ck-go")
        page.wait_for_selector(".error", timeout=30_000)
        message = page.locator(".error").inner_text()
        assert "Could not check" in message and "refused" in message, message
        assert page.locator(".claim-card").count() == 0


def test_downloads_return_the_right_rows(server):
    expected = load().series("al-hol", "population")
    csv = pd.read_csv(io.StringIO(httpx.get(server + "/api/series.csv?site=al-hol&metric=population").text))
    assert len(csv) == len(expected) and list(csv["url"]) == list(expected["url"])
    assert len(httpx.get(server + "/api/series.json?site=roj&metric=population").json()) == len(load().series("roj"))
    hxl = httpx.get(server + "/api/observations.hxl.csv").text.splitlines()
    assert hxl[1].startswith("#loc+code")
    assert httpx.get(server + "/api/series.csv?site=atlantis").status_code == 404


def test_no_cdn_every_script_is_local(server, page):
    page.goto(server + "/")
    wait_chart(page, "Al-Hol camp")
    sources = page.evaluate("Array.from(document.scripts).map(s => s.src).filter(Boolean)")
    assert sources and all(s.startswith(server) for s in sources), [s for s in sources if not s.startswith(server)]
    assert re.search(r"/health$", server + "/health")
    assert quote("x") == "x"
