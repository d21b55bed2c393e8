"""Live ingest against recorded responses (built from each API's documented format). The network is
never touched: respx answers every request, and any request it was not told about fails the test."""
import json
from pathlib import Path

import httpx
import pandas as pd
import pytest
import respx

from dashboard.sources import ingest, pending
from dashboard.sources.http import Fetcher, SourceError
from dashboard.store import load, load_frames

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
RW = "https://api.reliefweb.int/v2/reports"
CKAN = "https://data.humdata.org/api/3/action/package_search"
UNHCR = "https://api.unhcr.org/population/v1/population/"


@pytest.fixture
def root(tmp_path, monkeypatch):
    monkeypatch.setenv("HEADCOUNT_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(Fetcher, "sleep", staticmethod(lambda s: None))
    return tmp_path


@pytest.fixture
def store():
    return load(reviewed=False)


def reports():
    return json.loads((FIXTURES / "reliefweb_reports.json").read_text())


@respx.mock
def test_reliefweb_end_to_end_search_extract_review_series(root, store):
    route = respx.post(url__startswith=RW).mock(return_value=httpx.Response(200, json=reports()))
    [summary] = ingest.run(["reliefweb"], store, sites=["al-hol"])
    assert summary.error is None and summary.new == 3  # 73,477 people; 73,043 people; 21,039 households
    sent = json.loads(route.calls[0].request.content)
    assert '"Al Hol"' in sent["query"]["value"] and "appname=headcount" in str(route.calls[0].request.url)
    candidates = pending.load(root)
    row = candidates[candidates["value"] == "73477.0"].iloc[0]
    assert (row.site, row.metric, row.as_of, row.status) == ("al-hol", "population", "2019-05-01", "pending")
    assert row.url.startswith("https://reliefweb.int/report/") and row.publisher == "OCHA"
    # every raw response is archived with its URL, time and sha256
    index = [json.loads(line) for line in (root / "raw" / "reliefweb" / "index.jsonl").read_text().splitlines()]
    assert index[0]["sha256"] and (root / "raw" / "reliefweb" / f"{index[0]['sha256']}.bin").exists()
    # re-running adds nothing twice
    [again] = ingest.run(["reliefweb"], store, sites=["al-hol"])
    assert (again.new, again.unchanged) == (0, 3) and len(pending.load(root)) == 3
    # review: accept one into the curated set, and it appears in the series with its citation
    assert pending.review([row.candidate_id], accept=True) == 1
    reviewed = load()
    series = reviewed.series("al-hol", "population")
    hit = series[(series["value"] == 73477) & series["url"].str.contains("situation-report-no-3")]
    assert len(hit) >= 2 and "machine-extracted" in " ".join(reviewed.documents["reliability"].dropna())


@respx.mock
@pytest.mark.parametrize("response, message", [
    (httpx.Response(500), "HTTP 500"),
    (httpx.Response(200, text="<html>maintenance</html>", headers={"content-type": "text/html"}), "not JSON"),
    (httpx.Response(200, json={"unexpected": True}), "no 'data'"),
    (httpx.Response(200, content=b'{"data": [', headers={"content-type": "application/json"}), "not JSON"),
])
def test_a_changed_format_fails_clearly_and_loses_nothing(root, store, response, message):
    respx.post(url__startswith=RW).mock(return_value=httpx.Response(200, json=reports()))
    ingest.run(["reliefweb"], store, sites=["al-hol"])
    before = (root / "pending.csv").read_bytes()
    respx.post(url__startswith=RW).mock(return_value=response)
    [summary] = ingest.run(["reliefweb"], store, sites=["al-hol"])
    assert message in summary.error and "reliefweb" in summary.error
    assert (root / "pending.csv").read_bytes() == before


@respx.mock
def test_report_missing_fields_is_rejected_with_reason(root, store):
    broken = reports()
    del broken["data"][1]["fields"]["body"]
    respx.post(url__startswith=RW).mock(return_value=httpx.Response(200, json=broken))
    [summary] = ingest.run(["reliefweb"], store, sites=["al-hol"])
    assert summary.new == 1 and any("lacks body" in r for r in summary.rejected)


@respx.mock
def test_offline_is_one_clear_line_and_not_an_error_without_strict(root):
    respx.route().mock(side_effect=httpx.ConnectError("no route"))
    from typer.testing import CliRunner

    from dashboard.cli import app
    result = CliRunner().invoke(app, ["ingest", "all"])
    assert result.exit_code == 0
    lines = [line for line in result.output.splitlines() if "offline" in line]
    assert len(lines) == 3 and all("shipped datasets remain in use" in line for line in lines)
    assert CliRunner().invoke(app, ["ingest", "all", "--strict"]).exit_code == 1


@respx.mock
def test_retries_with_backoff_then_succeeds(root, store):
    respx.post(url__startswith=RW).mock(side_effect=[httpx.Response(503, headers={"retry-after": "1"}),
                                                     httpx.Response(429), httpx.Response(200, json=reports())])
    [summary] = ingest.run(["reliefweb"], store, sites=["al-hol"])
    assert summary.error is None and summary.new == 3


@respx.mock
def test_hdx_maps_hxl_columns_and_reports_unknown_sites(root, store):
    csv = ("Camp,Date,Individuals,Households\n#loc+name,#date,#affected+ind,#affected+hh\n"
           "Al Hol,2024-05-01,40010,11900\nCamp Nowhere,2024-05-01,100,20\n")
    respx.get(url__startswith=CKAN).mock(return_value=httpx.Response(200, json={"success": True, "result": {"results": [
        {"title": "NES camp population", "metadata_modified": "2024-05-10T00:00:00", "organization": {"title": "CCCM Cluster"},
         "resources": [{"format": "CSV", "url": "https://data.humdata.org/dataset/x/resource/y/download/camps.csv"}]}]}}))
    respx.get("https://data.humdata.org/dataset/x/resource/y/download/camps.csv").mock(return_value=httpx.Response(200, text=csv))
    [summary] = ingest.run(["hdx"], store)
    assert any("unknown site" in r and "Camp Nowhere" in r for r in summary.rejected)
    assert summary.new == 0  # a file with an unknown site is reported whole, never half-mapped


@respx.mock
def test_unhcr_context_series(root, store):
    respx.get(url__startswith=UNHCR).mock(return_value=httpx.Response(200, json={"items": [
        {"year": 2023, "coo_iso": "IRQ", "coa_iso": "SYR", "refugees": 13000}, {"year": 2024, "coo_iso": "IRQ", "coa_iso": "SYR", "refugees": 12500}]}))
    [summary] = ingest.run(["unhcr"], store)
    table = pd.read_csv(root / "context" / "unhcr_population.csv")
    assert summary.new == 4 and set(table["year"]) == {2023, 2024}


def test_source_error_names_source_and_request():
    problem = SourceError("hdx", "GET https://x/y", "HTTP 500")
    assert str(problem) == "hdx: HTTP 500 (GET https://x/y)"


def test_shipped_store_is_untouched_by_a_failed_run(root, store):
    before = load_frames(use_cache=False)["observations"]
    with respx.mock(assert_all_mocked=True) as mock:
        mock.post(url__startswith=RW).mock(return_value=httpx.Response(500))
        ingest.run(["reliefweb"], store, sites=["al-hol"])
    assert len(load_frames(use_cache=False)["observations"]) == len(before)


@respx.mock
def test_hdx_known_sites_become_candidates_with_the_dataset_as_document(root, store):
    csv = "Camp,Date,Individuals,Households\n#loc+name,#date,#affected+ind,#affected+hh\nAl Hol,2024-05-01,40010,11900\nRoj,2024-05-01,2600,\n"
    respx.get(url__startswith=CKAN).mock(return_value=httpx.Response(200, json={"success": True, "result": {"results": [
        {"title": "NES camp population", "metadata_modified": "2024-05-10T00:00:00", "organization": {"title": "CCCM Cluster"},
         "resources": [{"format": "CSV", "url": "https://data.humdata.org/r/camps.csv"}, {"format": "PDF", "url": "https://x/y.pdf"}]}]}}))
    respx.get("https://data.humdata.org/r/camps.csv").mock(return_value=httpx.Response(200, text=csv))
    [summary] = ingest.run(["hdx"], store)
    rows = pending.load(root)
    assert summary.new == 3 and set(rows["site"]) == {"al-hol", "roj"}
    assert (rows["publisher"] == "CCCM Cluster").all() and (rows["url"] == "https://data.humdata.org/r/camps.csv").all()


@respx.mock
def test_fetcher_caps_size_while_reading_and_decodes_compressed_bodies(root):
    import gzip

    from dashboard.sources import http
    fetcher = Fetcher.open("hdx")
    respx.get("https://data.humdata.org/big.csv").mock(return_value=httpx.Response(200, content=b"x" * (http.MAX_BYTES + 1)))
    with pytest.raises(SourceError, match="over"):
        fetcher.request("GET", "https://data.humdata.org/big.csv")
    respx.get("https://data.humdata.org/small.json").mock(return_value=httpx.Response(
        200, content=gzip.compress(b'{"ok": true}'), headers={"content-encoding": "gzip", "content-type": "application/json"}))
    assert fetcher.json("GET", "https://data.humdata.org/small.json") == {"ok": True}


def test_fetcher_refuses_a_resource_on_a_private_address(root):
    """An API can hand us any URL (an HDX resource): the connection refuses loopback, private and metadata addresses."""
    fetcher = Fetcher.open("hdx")
    for url in ("http://127.0.0.1:9/resource.csv", "http://169.254.169.254/latest/meta-data/"):
        with pytest.raises(SourceError, match="refused"):
            fetcher.request("GET", url)
