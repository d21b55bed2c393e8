"""Validate raw tables into typed frames. Every problem names file, line and field; all problems of a
file are collected before anything fails. Column rules are declared with pandera; rules that look
across fields or tables (bounds, citations, duplicates) are vectorised pandas below them."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pandera.pandas as pa

from .. import dates
from ..model import DOC_TYPES, EVENT_KINDS, METRICS, QUALIFIERS, SITE_KINDS, UNITS
from .errors import Problem
from .read import RawTable

ID = r"[a-z0-9][a-z0-9\-]*"
PARTIAL_DATE = r"\d{4}(-\d{2}(-\d{2})?)?"

COLUMNS = {
    "sites": ["site_id", "name", "kind", "parent", "governorate", "lat", "lon", "coord_document_id", "aliases"],
    "documents": ["document_id", "publisher", "title", "url", "date_published", "date_accessed",
                  "doc_type", "reliability", "via"],
    "observations": ["site", "metric", "value", "low", "high", "qualifier", "unit", "as_of",
                     "period_start", "period_end", "document_id", "note"],
    "events": ["site", "date", "kind", "title", "document_id"],
    "claims": ["claim_id", "outlet", "title", "url", "published", "language", "site", "metric", "raw", "value", "low",
               "high", "qualifier", "unit", "ref_date", "attribution", "note"],
}
REQUIRED = {
    "sites": ["site_id", "name", "kind"],
    "documents": ["document_id", "publisher", "title", "url", "doc_type"],
    "observations": ["site", "metric", "value", "qualifier", "as_of", "document_id"],
    "events": ["site", "date", "kind", "title", "document_id"],
    "claims": ["claim_id", "outlet", "url", "metric", "value", "qualifier", "unit"],
}
REF_DATE = r"\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?"


def _text(nullable=False, checks=None):
    return pa.Column("string", checks=checks, nullable=nullable, required=False, coerce=True)


def _number(nullable=True, checks=None):
    return pa.Column(float, checks=checks, nullable=nullable, required=False, coerce=True)


def _schemas(site_ids, metric_ids) -> dict[str, pa.DataFrameSchema]:
    date_check = pa.Check.str_matches(r"^(?:" + PARTIAL_DATE + r")$", error="a date YYYY, YYYY-MM or YYYY-MM-DD")
    return {
        "sites": pa.DataFrameSchema({
            "site_id": _text(checks=pa.Check.str_matches(r"^(?:" + ID + r")$", error="a lowercase id (a-z, 0-9, -)")),
            "name": _text(), "kind": _text(checks=pa.Check.isin(SITE_KINDS)),
            "lat": _number(checks=pa.Check.in_range(-90, 90)), "lon": _number(checks=pa.Check.in_range(-180, 180)),
        }),
        "documents": pa.DataFrameSchema({
            "document_id": _text(checks=pa.Check.str_matches(r"^(?:" + ID + r")$", error="a lowercase id (a-z, 0-9, -)")),
            "publisher": _text(), "title": _text(),
            "url": _text(checks=pa.Check.str_matches(r"^https?://\S+$", error="an http(s) URL")),
            "date_published": _text(nullable=True, checks=date_check),
            "date_accessed": _text(nullable=True, checks=date_check),
            "doc_type": _text(checks=pa.Check.isin(DOC_TYPES)),
        }),
        "observations": pa.DataFrameSchema({
            "site": _text(checks=pa.Check.isin(site_ids, error="a known site id (datasets/sites.csv)")),
            "metric": _text(checks=pa.Check.isin(metric_ids, error="a known metric id")),
            "value": _number(checks=pa.Check.ge(0, error="not negative")),
            "low": _number(checks=pa.Check.ge(0, error="not negative")),
            "high": _number(checks=pa.Check.ge(0, error="not negative")),
            "qualifier": _text(checks=pa.Check.isin(QUALIFIERS)),
            "unit": _text(nullable=True, checks=pa.Check.isin(UNITS)),
            "as_of": _text(checks=date_check),
            "period_start": _text(nullable=True, checks=date_check),
            "period_end": _text(nullable=True, checks=date_check),
            "document_id": _text(),
        }),
        "claims": pa.DataFrameSchema({
            "claim_id": _text(checks=pa.Check.str_matches(r"^(?:" + ID + r")$", error="a lowercase id (a-z, 0-9, -)")),
            "outlet": _text(), "url": _text(checks=pa.Check.str_matches(r"^https?://\S+$", error="an http(s) URL")),
            "published": _text(nullable=True, checks=date_check),
            "site": _text(nullable=True, checks=pa.Check.isin(site_ids, error="a known site id (datasets/sites.csv)")),
            "metric": _text(checks=pa.Check.isin(metric_ids, error="a known metric id")),
            "value": _number(checks=pa.Check.ge(0, error="not negative")),
            "low": _number(checks=pa.Check.ge(0, error="not negative")),
            "high": _number(checks=pa.Check.ge(0, error="not negative")),
            "qualifier": _text(checks=pa.Check.isin(QUALIFIERS)),
            "unit": _text(checks=pa.Check.isin(("count", "share"))),
            "ref_date": _text(nullable=True, checks=pa.Check.str_matches(r"^(?:" + REF_DATE + r")$", error="ISO date, month, year or interval")),
        }),
        "events": pa.DataFrameSchema({
            "site": _text(checks=pa.Check.isin(site_ids, error="a known site id (datasets/sites.csv)")),
            "date": _text(checks=date_check), "kind": _text(checks=pa.Check.isin(EVENT_KINDS)),
            "title": _text(), "document_id": _text(),
        }),
    }


def _column_problems(table: RawTable, schema: pa.DataFrameSchema) -> list[Problem]:
    try:
        schema.validate(table.frame, lazy=True)
        return []
    except pa.errors.SchemaErrors as err:
        cases = err.failure_cases
    problems = []
    for case in cases.itertuples(index=False):
        index = case.index
        file, line = (table.name, None) if pd.isna(index) else table.where(int(index))
        value = None if pd.isna(case.failure_case) else str(case.failure_case)
        check = str(case.check)
        if check == "not_nullable":
            message, value = "required value is empty", None
        elif check.startswith("coerce_dtype"):
            message = "not a number" if "float" in check else f"wrong type ({check})"
        else:
            message = "must be " + check.replace("isin(", "one of (")
        problems.append(Problem(file, line, case.column, value, message))
    return problems


def _flag(table: RawTable, mask: pd.Series, field: str, message: str) -> list[Problem]:
    """One problem per row where mask is true."""
    mask = mask.fillna(False).astype(bool)
    values = table.frame[field] if field in table.frame else pd.Series(pd.NA, index=table.frame.index)
    return [Problem(*table.where(int(i)), field, None if pd.isna(values[i]) else str(values[i]), message)
            for i in mask[mask].index]


def _duplicates(table: RawTable, columns: list[str], field: str, message: str) -> list[Problem]:
    present = [c for c in columns if c in table.frame]  # FILE/LINE left out: same text = duplicate
    return _flag(table, table.frame.duplicated(subset=present, keep="first"), field, message)


def _future(table: RawTable, stamps: pd.Series, field: str, today: date) -> list[Problem]:
    """Dates in the future, and dates of the right shape that are not on the calendar (2020-13-45)."""
    text = table.frame[field]
    shaped = text.str.fullmatch(PARTIAL_DATE).fillna(False).astype(bool)
    return (_flag(table, stamps > pd.Timestamp(today), field, f"date is in the future (today is {today})")
            + _flag(table, shaped & stamps.isna(), field, "not a calendar date"))


def _numbers(frame: pd.DataFrame, column: str) -> pd.Series:
    return pd.to_numeric(frame[column], errors="coerce") if column in frame else pd.Series(
        float("nan"), index=frame.index)


def check_sites(table: RawTable, schemas) -> tuple[pd.DataFrame, list[Problem]]:
    problems = _column_problems(table, schemas["sites"])
    frame = table.frame
    problems += _duplicates(table, ["site_id"], "site_id", "duplicate site id")
    known = set(frame["site_id"].dropna())
    if "parent" in frame:
        problems += _flag(table, frame["parent"].notna() & ~frame["parent"].isin(known), "parent",
                          "parent is not a site id in this file")
    typed = frame.reindex(columns=COLUMNS["sites"])
    typed["lat"], typed["lon"] = _numbers(frame, "lat"), _numbers(frame, "lon")
    return typed, problems


def check_documents(table: RawTable, schemas, today: date) -> tuple[pd.DataFrame, list[Problem]]:
    problems = _column_problems(table, schemas["documents"])
    problems += _duplicates(table, ["document_id"], "document_id", "duplicate document id")
    frame = table.frame
    for field in ("date_published", "date_accessed"):
        if field in frame:
            problems += _future(table, dates.parse_partial(frame[field])[0], field, today)
    return frame.reindex(columns=COLUMNS["documents"]), problems


def check_observations(table: RawTable, schemas, documents: pd.DataFrame, today: date):
    problems = _column_problems(table, schemas["observations"])
    frame = table.frame
    value, low, high = (_numbers(frame, c) for c in ("value", "low", "high"))
    problems += _flag(table, value.isna() & (low.isna() | high.isna()), "value",
                      "value is empty and no low-high range is given")
    problems += _flag(table, low > value, "low", "low is greater than value")
    problems += _flag(table, value > high, "high", "high is less than value")
    problems += _flag(table, low > high, "high", "high is less than low")
    unit = frame["unit"].fillna("count") if "unit" in frame else pd.Series("count", index=frame.index)
    problems += _flag(table, (unit == "percent") & (value > 100), "value", "a percentage above 100")
    as_of, precision = dates.parse_partial(frame["as_of"])
    problems += _future(table, as_of, "as_of", today)
    start = dates.parse_partial(frame["period_start"])[0] if "period_start" in frame else as_of * pd.NaT
    end = dates.parse_partial(frame["period_end"])[0] if "period_end" in frame else as_of * pd.NaT
    problems += _flag(table, start > end, "period_start", "period starts after it ends")
    problems += _future(table, end, "period_end", today)
    cited = documents.dropna(subset=["url"])["document_id"]
    problems += _flag(table, frame["document_id"].notna() & ~frame["document_id"].isin(documents["document_id"]),
                      "document_id", "no such document in documents.csv")
    problems += _flag(table, frame["document_id"].isin(documents["document_id"]) & ~frame["document_id"].isin(cited),
                      "document_id", "the document has no URL")
    problems += _duplicates(table, COLUMNS["observations"], "value", "exact duplicate of an earlier row")
    typed = pd.DataFrame({
        "site": frame["site"], "metric": frame["metric"], "value": value, "low": low, "high": high,
        "qualifier": frame["qualifier"], "unit": unit, "as_of_text": frame["as_of"],
        "as_of": as_of.dt.date, "as_of_precision": precision,
        "period_start": start.dt.date, "period_end": end.dt.date,
        "document_id": frame["document_id"], "note": frame["note"] if "note" in frame else pd.NA,
    })
    return typed, problems


def check_events(table: RawTable, schemas, documents: pd.DataFrame, today: date):
    problems = _column_problems(table, schemas["events"])
    frame = table.frame
    when, precision = dates.parse_partial(frame["date"])
    problems += _future(table, when, "date", today)
    problems += _flag(table, frame["document_id"].notna() & ~frame["document_id"].isin(documents["document_id"]),
                      "document_id", "no such document in documents.csv")
    problems += _duplicates(table, COLUMNS["events"], "title", "exact duplicate of an earlier row")
    typed = pd.DataFrame({"site": frame["site"], "date_text": frame["date"], "date": when.dt.date,
                          "date_precision": precision, "kind": frame["kind"], "title": frame["title"],
                          "document_id": frame["document_id"]})
    return typed, problems


def check_claims(table: RawTable, schemas, today: date):
    """Press claims: what an outlet printed. Checked for shape, never for truth (that is reconcile's job)."""
    problems = _column_problems(table, schemas["claims"])
    frame = table.frame
    value, low, high = (_numbers(frame, c) for c in ("value", "low", "high"))
    problems += _flag(table, value.isna() & (low.isna() | high.isna()), "value", "value is empty and no low-high range is given")
    problems += _flag(table, low > high, "high", "high is less than low")
    published, _ = dates.parse_partial(frame["published"])
    problems += _future(table, published, "published", today)
    problems += _duplicates(table, ["claim_id"], "claim_id", "duplicate claim id")
    typed = frame.reindex(columns=COLUMNS["claims"]).rename(columns={"published": "published_text"})
    typed["published"] = published.dt.date
    typed["value"], typed["low"], typed["high"] = value, low, high
    return typed, problems


def check_all(raw: dict[str, RawTable], today: date | None = None):
    """Validate the four tables together. Returns (typed frames, every problem found)."""
    today = today or date.today()
    sites, problems = check_sites(raw["sites"], _schemas([], []))
    schemas = _schemas(sorted(set(sites["site_id"].dropna())), sorted(METRICS))
    documents, more = check_documents(raw["documents"], schemas, today)
    problems += more
    observations, more = check_observations(raw["observations"], schemas, documents, today)
    problems += more
    events, more = check_events(raw["events"], schemas, documents, today)
    problems += more
    claims, more = check_claims(raw["claims"], schemas, today)
    problems += more
    return {"sites": sites, "documents": documents, "observations": observations, "events": events,
            "claims": claims}, problems
