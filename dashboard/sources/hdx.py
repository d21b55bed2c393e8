"""HDX (CKAN API): camp-population datasets for north-east Syria; CSV resources read by their HXL
hashtags; unknown site names are reported for mapping, never guessed."""
from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

import pandas as pd

from ..store.hxl import map_file
from .http import Fetcher, SourceError
from .pending import Candidate


def _with_citation(text: str, url: str, dataset: dict) -> str:
    """Add the dataset's citation (URL, publisher, title) as HXL columns, where the file lacks them."""
    rows = list(csv.reader(io.StringIO(text)))
    if len(rows) < 2 or "#meta+url" in {c.strip() for c in rows[1]}:
        return text
    extra = {"#meta+url": url, "#org": dataset.get("organization", {}).get("title", "HDX"), "#meta+title": dataset.get("title", url)}
    rows[0] += ["source_url", "publisher", "title"]
    rows[1] += list(extra)
    for row in rows[2:]:
        row += list(extra.values())
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def datasets(fetcher: Fetcher, config: dict) -> list[dict]:
    url = f"{config['base']}/package_search"
    data = fetcher.json("GET", url, params={"q": config["query"], "rows": config.get("max_datasets", 20)})
    if not data.get("success") or "results" not in data.get("result", {}):
        raise SourceError("hdx", f"GET {url}", "CKAN answer without success/result.results")
    return data["result"]["results"]


def candidates(fetcher: Fetcher, dataset: dict, sites: pd.DataFrame, formats: list[str]) -> tuple[list[Candidate], list[str]]:
    """(candidates, problems) for one dataset: each CSV resource mapped by HXL tags."""
    found, problems = [], []
    for resource in dataset.get("resources", []):
        if str(resource.get("format", "")).upper() not in formats:
            continue
        response = fetcher.request("GET", resource["url"])
        with tempfile.TemporaryDirectory() as tmp:
            file = Path(tmp) / "resource.csv"
            file.write_text(_with_citation(response.text, resource["url"], dataset), encoding="utf-8")
            try:
                mapped, issues = map_file(file, sites)
            except Exception as problem:  # libhxl refuses a file without a hashtag row
                problems.append(f"{resource['url']}: not HXL-tagged ({problem.__class__.__name__})")
                continue
        problems += [f"{resource['url']} line {p.line}: {p.message} ({p.value})" for p in issues]
        if not mapped:
            continue
        observations = mapped["observations"].frame
        for row in observations.itertuples(index=False):
            claim = type("Row", (), {"site": row.site, "metric": row.metric, "value": float(row.value), "low": None, "high": None,
                                     "ref_date": row.as_of, "qualifier": "exact", "quote": f"{dataset.get('title')}: {row.metric}"})
            found.append(Candidate.of(claim, dataset.get("organization", {}).get("title", "HDX"), dataset.get("title", ""),
                                      resource["url"], str(dataset.get("metadata_modified", ""))[:10], "dataset", "hdx"))
    return found, problems
