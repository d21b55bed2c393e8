import json
import shutil

import pandas as pd
import pytest

from dashboard.corpus import Options, claims, finish, scan, trace
from dashboard.corpus.scan import partition_key


def run(corpus, out, **kw):
    partitions = scan([str(corpus)], str(out), Options(), progress=False, **kw)
    return partitions, finish(out, partitions)


def stable(frame: pd.DataFrame) -> pd.DataFrame:
    keep = ["url", "start", "end", "raw", "value", "metric", "site", "verdict", "stale", "story_id"]
    return frame[keep].sort_values(["url", "start"]).reset_index(drop=True)


@pytest.fixture(scope="module")
def local(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("out-local")
    partitions, summary = run(corpus, out, workers=2)
    return out, partitions, summary


def test_scan_reads_every_format_and_counts_bad_records(local):
    out, partitions, summary = local
    assert summary["partitions"] == 3 and summary["articles_read"] == 11
    # lines the prefilter rules out are not parsed: the empty-text record among them is simply skipped
    assert summary["rejected"] == {"malformed JSON": 1, "bad encoding": 1, "article over the size limit": 1}
    assert summary["articles_matched"] == 5  # the two money stories are filtered out before extraction
    found = claims(out)
    assert {"al-hol", "roj"} <= set(found["site"])
    assert (out / "claims").glob("year=*/site=al-hol/*.parquet")
    assert json.loads((out / "summary.json").read_text())["claims"] == len(found)


def test_syndicated_copies_share_a_story(local):
    out, _, summary = local
    found = claims(out)
    wire = found[found["url"].str.contains("wireone|dailycopy|weekly")]
    assert wire["story_id"].nunique() == 1
    assert summary["syndicated_copies"] >= 2


def test_cluster_gives_the_same_output(corpus, tmp_path, local):
    from distributed import LocalCluster
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        run(corpus, tmp_path, scheduler=cluster.scheduler_address)
    pd.testing.assert_frame_equal(stable(claims(tmp_path)), stable(claims(local[0])))


def test_killed_partition_resumes_to_identical_output(corpus, tmp_path, local):
    run(corpus, tmp_path, workers=1)
    key = partition_key(corpus / "b.parquet")
    (tmp_path / "_done" / f"{key}.json").unlink()            # as if killed before it was marked done
    for part in (tmp_path / "claims").rglob(f"part-{key}.parquet"):
        part.write_bytes(b"half-written")                   # and left a broken file behind
    partitions, _ = run(corpus, tmp_path, workers=1)
    assert len(partitions) == 3
    pd.testing.assert_frame_equal(stable(claims(tmp_path)), stable(claims(local[0])))
    again, _ = run(corpus, tmp_path, workers=1)             # a re-run changes nothing, adds no rows
    assert len(claims(tmp_path)) == len(claims(local[0]))


def test_trace_of_a_seeded_stale_figure(local):
    chain = trace(local[0], "al-hol", 70000)
    assert chain["first"]["outlet"] == "Wire One" and chain["first"]["published"] == "2022-03-01"
    assert chain["last_true_on"].startswith("2019")
    outlets = {s["outlet"] for s in chain["stories"]}
    assert "Evening Post" in outlets and "Wire One" in outlets
    wire = next(s for s in chain["stories"] if s["outlet"] == "Wire One")
    assert {c["outlet"] for c in wire["copies"]} >= {"Daily Copy"}


def test_cli_scan_and_trace(corpus, tmp_path):
    from typer.testing import CliRunner

    from dashboard.cli import app
    runner = CliRunner()
    result = runner.invoke(app, ["corpus", "scan", str(corpus / "a.jsonl"), str(corpus / "c.warc.gz"), "--out", str(tmp_path), "--workers", "1"])
    assert result.exit_code == 0, result.output
    traced = runner.invoke(app, ["corpus", "trace", str(tmp_path), "--site", "al-hol", "--value", "70000"])
    assert "first quoted 2022-03-01 by Wire One" in traced.output and "copy:" in traced.output
    shutil.rmtree(tmp_path)


def test_dashboard_loads_a_corpus_result(local):
    from dashboard.app import create_app
    from dashboard.store import load
    app = create_app(load(), str(local[0]))
    client = app.server.test_client()
    verdicts = client.get("/api/verdicts.csv?site=al-hol").get_data(as_text=True).splitlines()
    assert len(verdicts) - 1 == len(claims(local[0]).query("site == 'al-hol'"))
    import sys
    page = sys.modules["dashboard.app.pages.divergence"]
    figure = page.layout(site="al-hol").children[0].figure
    assert any(trace.name == "stale: back to last true" for trace in figure.data)
