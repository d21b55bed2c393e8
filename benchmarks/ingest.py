"""Ingest speed: 10,000 recorded ReliefWeb reports (served by a mock transport: parse + extract +
store), in pages of 100. Target < 60 s on this machine."""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["HEADCOUNT_DATA_DIR"] = tempfile.mkdtemp(prefix="headcount-ingest-")

from dashboard.sources import ingest, pending  # noqa: E402
from dashboard.store import load  # noqa: E402

REPORTS = 10_000
BODY = ("This update covers the past two weeks. As of {day} {month}, the population of Al Hol camp is {n:,} people or {h:,} "
        "households, according to camp management. Some {d} residents left the camp for Raqqa. Work continues in phase 6, "
        "40 km from Hasakah. ") * 3


def page(offset: int, size: int) -> dict:
    data = []
    for i in range(offset, min(offset + size, REPORTS)):
        n = 40_000 + i
        data.append({"id": str(i), "fields": {"title": f"Al Hol update {i}", "url_alias": f"https://reliefweb.int/report/x/{i}",
                                              "date": {"original": "2024-05-06T00:00:00+00:00"},
                                              "source": [{"shortname": "OCHA"}],
                                              "body": BODY.format(day=1 + i % 28, month="May", n=n, h=n // 4, d=100 + i % 50)}})
    return {"count": len(data), "data": data}


def handler(request: httpx.Request) -> httpx.Response:
    body = json.loads(request.content)
    return httpx.Response(200, json=page(body["offset"], body["limit"]))


def main() -> None:
    store = load(reviewed=False)
    client = httpx.Client(transport=httpx.MockTransport(handler))
    original = ingest.config

    def config():
        cfg = original()
        cfg["reliefweb"]["max_pages"] = REPORTS // cfg["reliefweb"]["page_size"] + 1
        return cfg
    ingest.config = config
    start = time.perf_counter()
    [summary] = ingest.run(["reliefweb"], store, sites=["al-hol"], client=client)
    elapsed = time.perf_counter() - start
    rows = len(pending.load())
    print(f"{REPORTS:,} recorded reports: {elapsed:.1f} s (target < 60 s); {summary.new:,} candidate observations stored "
          f"({rows:,} rows), {len(summary.rejected)} rejected; error: {summary.error}")


if __name__ == "__main__":
    main()
