"""A small corpus made by the tests themselves: JSON Lines (with bad records), Parquet, and a WARC
written with the WARC library. A stale al-Hol figure is seeded, with syndicated copies."""
import io
import json
from pathlib import Path

import pandas as pd
import pytest

WIRE = ("The al-Hol camp in north-east Syria still holds about 70,000 people, most of them women and children, "
        "officials said on {day}. Aid groups have long warned about conditions in the sprawling desert camp, where "
        "residents queue for water and bread every morning and clinics report shortages of medicine and staff.")
FILLER = "The central bank kept interest rates unchanged on {day}, citing slower inflation and a stable currency. " * 6


def article(i, text, published, outlet):
    return {"url": f"https://{outlet.lower().replace(' ', '')}.example/{i}", "title": f"Story {i}", "published": published,
            "outlet": outlet, "language": "en", "text": text}


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    lines = [article(1, WIRE.format(day="Monday"), "2022-03-01", "Wire One"),
             article(2, WIRE.format(day="Monday"), "2022-03-02", "Daily Copy"),   # a syndicated copy
             article(3, FILLER.format(day="Monday"), "2022-03-03", "Money Times")]
    with open(root / "a.jsonl", "w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(json.dumps(line) + "\n")
        handle.write("{not json\n")
        handle.write(json.dumps({"url": "https://x.example/empty", "text": ""}) + "\n")
    with open(root / "a.jsonl", "ab") as handle:
        handle.write(b'{"text": "\xff\xfe bad bytes"}\n')
        handle.write(json.dumps({"url": "https://x.example/huge", "text": "words " * 500_000}).encode() + b"\n")
    frame = pd.DataFrame([article(4, "Al-Hol camp holds about 70,000 people, UN agencies said. " * 3, "2023-06-01", "Evening Post"),
                          article(5, FILLER.format(day="Friday"), "2023-06-02", "Money Times"),
                          article(6, "Roj camp houses about 2,600 people, the camp administration said.", "2024-06-20", "Kurd News")])
    frame.to_parquet(root / "b.parquet", index=False)
    write_warc(root / "c.warc.gz")
    return root


def write_warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    html = ("<html><head><title>Camp story</title><meta property='article:published_time' content='2024-02-10'></head><body>"
            "<article><h1>Camp story</h1><p>" + WIRE.format(day="Saturday") + "</p><p>" + WIRE.format(day="Saturday")
            + "</p></article></body></html>").encode()
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        record = writer.create_warc_record("https://weekly.example/camp", "response", payload=io.BytesIO(html), http_headers=headers)
        writer.write_record(record)
