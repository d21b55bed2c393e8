"""Verdicts out: a table, CSV, JSON (the claim's keys plus the verdict's) and schema.org ClaimReview."""
from __future__ import annotations

import json
import math
from datetime import date

import pandas as pd

from ..claims import KEYS
from .explain import number

VERDICT_KEYS = ["verdict", "stale", "last_true_on", "divergence_pct", "official", "explanation",
                "months_since_true", "evidence_old", "self_contradiction"]
# The rating scale published with every ClaimReview (1 = worst, 5 = best).
RATING = {"consistent": (5, "Consistent with official figures"), "contested": (3, "Official sources disagree"),
          "no_official_data": (3, "No official figure to check against"),
          "overstated": (2, "Higher than official figures"), "understated": (2, "Lower than official figures")}
STALE_RATING = (1, "Stale figure")


def _plain(value):
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.date().isoformat()
    if hasattr(value, "item"):
        return _plain(value.item())
    return value


def records(verdicts: pd.DataFrame) -> list[dict]:
    keys = [k for k in (*KEYS, *VERDICT_KEYS) if k in verdicts.columns]
    return [{k: _plain(getattr(row, k)) for k in keys} for row in verdicts.itertuples(index=False)]


def to_json(verdicts: pd.DataFrame) -> str:
    return json.dumps(records(verdicts), ensure_ascii=False, indent=1, default=str)


def to_csv(verdicts: pd.DataFrame) -> str:
    frame = pd.DataFrame(records(verdicts))
    if "official" in frame:
        frame["official"] = [" | ".join(f"{o['publisher']}: {number(o['value'], unit)} as of {o['as_of']} <{o['url']}>"
                                        for o in items or [])
                             for items, unit in zip(frame["official"], frame.get("unit", pd.Series("count", index=frame.index)))]
    return frame.to_csv(index=False, lineterminator="\n")


def claim_review(verdicts: pd.DataFrame, organisation: str, article_url: str | None = None,
                 article_date: str | None = None, outlet: str | None = None, today: date | None = None) -> list[dict]:
    """schema.org ClaimReview JSON-LD, one per claim, as fact-checkers publish them."""
    today = today or date.today()
    reviews = []
    for row in records(verdicts):
        rating_value, rating_name = STALE_RATING if row.get("stale") else RATING[row["verdict"]]
        appearance = {"@type": "CreativeWork"}
        if article_url:
            appearance["url"] = article_url
        if article_date:
            appearance["datePublished"] = article_date
        item = {"@type": "Claim", "appearance": appearance}
        if article_date:
            item["datePublished"] = article_date
        if outlet:
            item["author"] = {"@type": "Organization", "name": outlet}
        reviews.append({
            "@context": "https://schema.org", "@type": "ClaimReview", "datePublished": today.isoformat(),
            "claimReviewed": row.get("quote") or row.get("raw"),
            "author": {"@type": "Organization", "name": organisation},
            "reviewRating": {"@type": "Rating", "ratingValue": rating_value, "bestRating": 5, "worstRating": 1,
                             "alternateName": rating_name},
            "itemReviewed": item,
            "reviewBody": row.get("explanation"),
            "citation": [o["url"] for o in row.get("official") or []][:10],
        })
    return reviews
