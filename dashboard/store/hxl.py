"""Map any HXL-tagged CSV (wide: one column per metric) onto Headcount observations and documents.

Columns are matched by hashtag and attributes, never by header text: `#affected+ind` is population,
`#affected+hh` households (see model.METRICS). Site names go through the gazetteer; a name it does
not know is reported for mapping, never guessed. Every row must carry a citation (#meta+url).
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import hxl as libhxl
import pandas as pd

from ..gazetteer import Gazetteer
from ..model import METRICS
from .errors import Problem
from .read import RawTable

_BY_TAG = {(m.hxl.split("+")[0], frozenset(m.hxl.split("+")[1:])): m.id for m in METRICS.values()}
_META = {"site_code": ("#loc", {"code"}), "site_name": ("#loc", {"name"}), "as_of": ("#date", set()),
         "url": ("#meta", {"url"}), "publisher": ("#org", set()), "title": ("#meta", {"title"}),
         "published": ("#date", {"published"})}


def _find(columns, tag: str, attributes: set[str]) -> int | None:
    for i, col in enumerate(columns):
        if col.tag == tag and set(col.attributes) == attributes:
            return i
    return None


def map_file(path: Path, sites: pd.DataFrame) -> tuple[dict[str, RawTable], list[Problem]]:
    name = str(path)
    source = libhxl.data(name, libhxl.InputOptions(allow_local=True))
    columns = source.columns
    at = {key: _find(columns, tag, attrs) for key, (tag, attrs) in _META.items()}
    metrics = {i: _BY_TAG[(c.tag, frozenset(c.attributes))] for i, c in enumerate(columns)
               if (c.tag, frozenset(c.attributes)) in _BY_TAG}
    problems = [Problem(name, 2, None, None, f"no column tagged {tag}")
                for key, tag in (("as_of", "#date"), ("url", "#meta+url")) if at[key] is None]
    if at["site_code"] is None and at["site_name"] is None:
        problems.append(Problem(name, 2, None, None, "no column tagged #loc+code or #loc+name"))
    if not metrics:
        problems.append(Problem(name, 2, None, None, "no column tagged with a metric hashtag, e.g. "
                                + ", ".join(m.hxl for m in list(METRICS.values())[:3])))
    if problems:
        return {}, problems
    gazetteer = Gazetteer.from_frame(sites.fillna(""))
    observations, obs_lines, documents, doc_lines, seen = [], [], [], [], set()
    for number, row in enumerate(source, start=3):
        cell = lambda key: (row.values[at[key]] or "").strip() if at[key] is not None else ""  # noqa: E731
        site = cell("site_code") or gazetteer.resolve(cell("site_name")) or ""
        if not site:
            problems.append(Problem(name, number, columns[at["site_name"]].header or "#loc+name",
                                    cell("site_name"), "unknown site name: add it to sites.csv or as an alias"))
            continue
        url = cell("url")
        doc_id = "user-" + hashlib.sha1(url.encode()).hexdigest()[:12] if url else ""
        if doc_id and doc_id not in seen:
            seen.add(doc_id)
            documents.append({"document_id": doc_id, "publisher": cell("publisher") or "unknown publisher",
                              "title": cell("title") or url, "url": url, "date_published": cell("published"),
                              "doc_type": "dataset", "reliability": f"user file {path.name}"})
            doc_lines.append(number)
        for i, metric in metrics.items():
            value = (row.values[i] or "").strip().replace(",", "")
            if value:
                observations.append({"site": site, "metric": metric, "value": value, "qualifier": "exact",
                                      "unit": "count", "as_of": cell("as_of"), "document_id": doc_id})
                obs_lines.append(number)
    if problems:
        return {}, problems
    return {"observations": RawTable.from_rows(name, observations, obs_lines),
            "documents": RawTable.from_rows(name, documents, doc_lines)}, []
