"""The vocabulary every part of Headcount speaks: metrics, site kinds, record types, Arrow schemas.

A press figure is never an Observation: observations are cited official figures with an as-of date.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pyarrow as pa


@dataclass(frozen=True)
class Metric:
    id: str
    label: str
    unit: str
    hxl: str
    kind: str  # "stock" (a count at a date) or "flow" (a count over a period)


METRICS: dict[str, Metric] = {m.id: m for m in [
    Metric("population", "Population", "individuals", "#affected+ind", "stock"),
    Metric("households", "Households", "households", "#affected+hh", "stock"),
    Metric("population_iraqi", "Iraqi nationals", "individuals", "#affected+ind+nat_iraqi", "stock"),
    Metric("population_syrian", "Syrian nationals", "individuals", "#affected+ind+nat_syrian", "stock"),
    Metric("population_tcn", "Third-country nationals", "individuals", "#affected+ind+nat_tcn", "stock"),
    Metric("children", "Children (under 18)", "individuals", "#affected+ind+children", "stock"),
    Metric("women_children", "Women and children", "individuals", "#affected+ind+women_children", "stock"),
    Metric("detainees", "Detainees", "individuals", "#affected+ind+detained", "stock"),
    Metric("detainees_foreign", "Foreign detainees", "individuals", "#affected+ind+detained+nat_foreign", "stock"),
    Metric("detainees_iraqi", "Iraqi detainees", "individuals", "#affected+ind+detained+nat_iraqi", "stock"),
    Metric("detainees_syrian", "Syrian detainees", "individuals", "#affected+ind+detained+nat_syrian", "stock"),
    Metric("nationalities", "Nationalities represented", "countries", "#indicator+nationalities+num", "stock"),
    Metric("killings", "Killings", "individuals", "#affected+killed", "flow"),
    Metric("deaths", "Deaths", "individuals", "#affected+dead", "flow"),
    Metric("repatriated", "Repatriated", "individuals", "#affected+ind+repatriated", "flow"),
    Metric("transferred", "Transferred", "individuals", "#affected+ind+transferred", "flow"),
    Metric("departures", "Departures", "individuals", "#affected+ind+departed", "flow"),
    Metric("arrivals", "Arrivals", "individuals", "#affected+ind+arrived", "flow"),
]}

# Which whole a split metric is a part of: used to check shares and part > whole.
PARENT_METRIC = {
    "population_iraqi": "population", "population_syrian": "population", "population_tcn": "population",
    "children": "population", "women_children": "population",
    "detainees_foreign": "detainees", "detainees_iraqi": "detainees", "detainees_syrian": "detainees",
}

SITE_KINDS = ("camp", "prison", "aggregate", "centre", "section")
DOC_TYPES = (
    "situation_report", "snapshot", "camp_profile", "fact_sheet", "report", "statement",
    "press_release", "briefing", "dataset", "assessment", "press-quoted official",
)
QUALIFIERS = ("exact", "about", "more_than", "at_least", "fewer_than", "up_to", "nearly", "range", "vague")
UNITS = ("count", "percent")
EVENT_KINDS = ("influx", "repatriation", "attack", "handover", "closure", "transfer",
               "security_operation", "other")
PRECISIONS = ("day", "month", "year")


@dataclass(frozen=True)
class Site:
    id: str
    name: str
    kind: str
    parent: str | None
    governorate: str | None
    lat: float | None
    lon: float | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Document:
    id: str
    publisher: str
    title: str
    url: str
    date_published: str | None
    date_accessed: str | None
    doc_type: str
    reliability: str | None
    via: str | None


@dataclass(frozen=True)
class Observation:
    site: str
    metric: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    unit: str
    as_of: date
    as_of_precision: str
    period_start: date | None
    period_end: date | None
    document_id: str
    note: str | None


@dataclass(frozen=True)
class Event:
    site: str
    date: date
    date_precision: str
    kind: str
    title: str
    document_id: str


def _schema(*fields: tuple[str, pa.DataType, bool]) -> pa.Schema:
    return pa.schema([pa.field(name, typ, nullable=nullable) for name, typ, nullable in fields])


SITE_SCHEMA = _schema(
    ("site_id", pa.string(), False), ("name", pa.string(), False), ("kind", pa.string(), False),
    ("parent", pa.string(), True), ("governorate", pa.string(), True),
    ("lat", pa.float64(), True), ("lon", pa.float64(), True), ("coord_document_id", pa.string(), True),
    ("aliases", pa.string(), True),
)
DOCUMENT_SCHEMA = _schema(
    ("document_id", pa.string(), False), ("publisher", pa.string(), False), ("title", pa.string(), False),
    ("url", pa.string(), False), ("date_published", pa.string(), True), ("date_accessed", pa.string(), True),
    ("doc_type", pa.string(), False), ("reliability", pa.string(), True), ("via", pa.string(), True),
)
OBSERVATION_SCHEMA = _schema(
    ("site", pa.string(), False), ("metric", pa.string(), False),
    ("value", pa.float64(), True), ("low", pa.float64(), True), ("high", pa.float64(), True),
    ("qualifier", pa.string(), False), ("unit", pa.string(), False),
    ("as_of_text", pa.string(), False), ("as_of", pa.date32(), False), ("as_of_precision", pa.string(), False),
    ("period_start", pa.date32(), True), ("period_end", pa.date32(), True),
    ("document_id", pa.string(), False), ("note", pa.string(), True),
)
EVENT_SCHEMA = _schema(
    ("site", pa.string(), False), ("date_text", pa.string(), False), ("date", pa.date32(), False),
    ("date_precision", pa.string(), False), ("kind", pa.string(), False), ("title", pa.string(), False),
    ("document_id", pa.string(), False),
)
CLAIM_SCHEMA = _schema(
    ("claim_id", pa.string(), False), ("outlet", pa.string(), False), ("title", pa.string(), True),
    ("url", pa.string(), False), ("published_text", pa.string(), True), ("published", pa.date32(), True),
    ("language", pa.string(), True), ("site", pa.string(), True), ("metric", pa.string(), False),
    ("raw", pa.string(), True), ("value", pa.float64(), True), ("low", pa.float64(), True), ("high", pa.float64(), True),
    ("qualifier", pa.string(), False), ("unit", pa.string(), False), ("ref_date", pa.string(), True),
    ("attribution", pa.string(), True), ("note", pa.string(), True),
)
SCHEMAS = {"sites": SITE_SCHEMA, "claims": CLAIM_SCHEMA, "documents": DOCUMENT_SCHEMA,
           "observations": OBSERVATION_SCHEMA, "events": EVENT_SCHEMA}
