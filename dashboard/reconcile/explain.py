"""Words and citations for verdicts: the official figures behind each one, and a sentence or two fit
for an article's fact box. Runs on the verdicts a person will read (not inside the vectorised join)."""
from __future__ import annotations

import pandas as pd

from ..model import METRICS
from .prepare import observations_frame
from .verdict import keyed, per_source

VERDICT_WORDS = {"consistent": "consistent with the official figure", "overstated": "higher than the official figure",
                 "understated": "lower than the official figure", "contested": "within a range where official sources disagree",
                 "no_official_data": "not checkable: no official figure for that site, metric and date"}


def number(value: float, unit: str) -> str:
    if pd.isna(value):
        return "?"
    return f"{value * 100:.0f}%" if unit == "share" else f"{value:,.0f}"


def _date(value) -> str:
    return "" if pd.isna(value) else pd.Timestamp(value).date().isoformat()


def official_lists(verdicts: pd.DataFrame, cited: pd.DataFrame) -> list[list[dict]]:
    """Per verdict row: every source's latest figure on or before the claim date and next one after,
    each with publisher, title, URL, as-of date and value."""
    obs = observations_frame(cited).rename(columns={"unit": "series_unit"})
    frame = verdicts.reset_index(drop=True).assign(row=lambda f: range(len(f)))
    frame, obs = keyed(frame, obs)
    sources = per_source(frame, obs)
    docs = cited.drop_duplicates("document_id").set_index("document_id")[["title", "url", "doc_type"]]
    sources = sources.join(docs, on="document_id")
    out: list[list[dict]] = [[] for _ in range(len(frame))]
    sources["order"] = (sources["when"] == "after").astype(int)
    stamp = sources["as_of"].astype("int64")
    sources["recency"] = stamp.where(sources["when"] == "after", -stamp)  # newest "before" first, then "after" in time order
    for row in sources.sort_values(["claim", "order", "recency"]).itertuples(index=False):
        out[row.claim].append({"publisher": row.publisher, "title": row.title, "url": row.url, "type": row.doc_type,
                               "as_of": _date(row.as_of), "value": row.official, "when": row.when})
    return out


def explanation(row, documents: pd.DataFrame) -> str:
    """One or two plain sentences citing the documents behind a verdict."""
    unit = getattr(row, "unit", "count")
    what = METRICS[row.metric].label.lower() if row.metric in METRICS else row.metric
    quoted = f"The quoted {row.raw!s} ({what}{', ' + row.site if isinstance(row.site, str) else ''})"
    if row.verdict == "no_official_data" and pd.isna(row.ref_end):
        return (f"{quoted} could not be checked: the text gives it no date (it places the figure in an undated past, "
                f"\u201conce\u201d or \u201cat its peak\u201d, or no article date was given).")
    if row.verdict == "no_official_data":
        after = ""
        if pd.notna(getattr(row, "next_value", float("nan"))):
            after = f" The next official figure is {number(row.next_value, unit)} as of {_date(row.next_as_of)}."
        return f"{quoted} could not be checked: no official figure for that site and metric on or before {_date(row.ref_end)}.{after}"
    doc = documents.loc[row.official_document] if row.official_document in documents.index else None
    source = f"{doc.publisher}, \u201c{doc.title}\u201d" if doc is not None else "an official source"
    text = (f"{quoted} is {VERDICT_WORDS[row.verdict]}: {source} gives {number(row.official_value, unit)} "
            f"as of {_date(row.official_as_of)}")
    if row.verdict in ("overstated", "understated"):
        if unit == "share":  # 50% against 48%: two points, not "+4%"
            text += f" ({row.divergence_abs * 100:+.0f} percentage points)"
        else:
            text += f" ({row.divergence_pct:+.0f}%)"
    text += "."
    if row.stale:
        per = documents.loc[row.last_true_document].publisher if row.last_true_document in documents.index else "an official source"
        text += (f" It is a stale figure: last true on {_date(row.last_true_on)} per {per}, "
                 f"{row.months_since_true:.0f} months before the claim's date.")
    if row.verdict == "contested":
        text += f" Official sources range from {number(row.spread_min, unit)} to {number(row.spread_max, unit)}."
    if getattr(row, "evidence_old", False):
        text += f" Note: that official figure was {int(row.official_age_days)} days old at the claim's date."
    return text


def last_true_by_source(row, cited: pd.DataFrame, tolerance: float) -> dict[str, str]:
    """For one verdict row: each publisher's latest as-of date at which its figure held the claim."""
    from .verdict import bounds
    values = row._asdict() if hasattr(row, "_asdict") else dict(row)
    obs = observations_frame(cited)
    lo, hi = bounds(pd.DataFrame([values]), tolerance)
    unit = "percent" if values.get("unit", "count") == "share" else "count"
    series = obs[(obs["site"] == values["site"]) & (obs["metric"] == values["metric"]) & (obs["unit"] == unit)
                 & (obs["as_of"] <= values["ref_end"]) & (obs["official"] >= lo[0]) & (obs["official"] <= hi[0])]
    return {p: _date(d) for p, d in series.groupby("publisher")["as_of"].max().items()}


def explain(verdicts: pd.DataFrame, cited: pd.DataFrame) -> pd.DataFrame:
    """Add `official` (list of cited source figures) and `explanation` to verdict rows."""
    out = verdicts.reset_index(drop=True).copy()
    documents = cited.drop_duplicates("document_id").set_index("document_id")
    out["official"] = official_lists(out, cited)
    out["explanation"] = [explanation(row, documents) for row in out.itertuples(index=False)]
    return out


__all__ = ["explain", "official_lists", "explanation", "VERDICT_WORDS"]
