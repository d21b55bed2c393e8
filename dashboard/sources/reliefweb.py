"""ReliefWeb API v2: reports about a site by its names, from the declared publishers, since a date;
each report's body read by the claim extractor; the figures it states become candidate observations
(machine-extracted, review pending) with the report as their document."""
from __future__ import annotations

from datetime import date

from ..claims import extract
from ..gazetteer import Gazetteer
from .http import Fetcher, SourceError
from .pending import Candidate


def query(gazetteer: Gazetteer, site: str) -> str:
    names = [n for n in (gazetteer.by_id[site].name, *gazetteer.by_id[site].aliases) if n.isascii()]
    return " OR ".join(f'"{n}"' for n in dict.fromkeys(names))


def payload(text: str, publishers: list[str], since: date | None, limit: int, offset: int) -> dict:
    conditions = [{"field": "source.shortname", "value": publishers, "operator": "OR"}]
    if since:
        conditions.append({"field": "date.original", "value": {"from": f"{since.isoformat()}T00:00:00+00:00"}})
    return {"query": {"value": text, "fields": ["title", "body"]}, "filter": {"operator": "AND", "conditions": conditions},
            "fields": {"include": ["title", "body", "url_alias", "url", "date.original", "source.shortname", "source.name"]},
            "sort": ["date.original:desc"], "limit": limit, "offset": offset}


def reports(fetcher: Fetcher, config: dict, gazetteer: Gazetteer, site: str, since: date | None, appname: str):
    """Every report the search returns, page by page (stops at an empty page or max_pages)."""
    url = f"{config['base']}/reports?appname={appname}"
    text = query(gazetteer, site)
    for page in range(config.get("max_pages", 20)):
        data = fetcher.json("POST", url, json=payload(text, config["publishers"], since, config["page_size"], page * config["page_size"]))
        if "data" not in data:
            raise SourceError("reliefweb", f"POST {url}", "response has no 'data' field")
        items = data["data"]
        for item in items:
            yield item
        if len(items) < config["page_size"]:
            return


def candidates(item: dict, gazetteer: Gazetteer) -> list[Candidate]:
    """The official figures one report states (counts with a site and a metric)."""
    fields = item.get("fields") or {}
    missing = [k for k in ("title", "body", "date") if k not in fields]
    if missing:
        raise SourceError("reliefweb", f"report {item.get('id')}", f"report lacks {', '.join(missing)}")
    published = fields["date"].get("original", "")[:10]
    url = fields.get("url_alias") or fields.get("url")
    publisher = ", ".join(s.get("shortname") or s.get("name", "") for s in fields.get("source", [])) or "ReliefWeb"
    out = []
    for claim in extract(fields["body"], published=published or None, gazetteer=gazetteer):
        if claim.site is None or claim.unit != "count" or claim.ref_date is None or "/" in claim.ref_date:
            continue
        out.append(Candidate.of(claim, publisher, fields["title"], url, published, "situation_report", "reliefweb"))
    return out
