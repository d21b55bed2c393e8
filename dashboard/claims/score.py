"""Score extracted claims against a gold set: precision and recall per field.

A predicted claim matches a gold claim when their character spans overlap. A field is right when
it equals the gold value (numbers to 4 decimals). "value+metric+site" is the headline: all three right.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

FIELDS = ("value", "bounds", "metric", "site", "ref_date", "attribution", "value+metric+site")


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    right: dict = field(default_factory=lambda: {f: 0 for f in FIELDS})
    false_positives: list = field(default_factory=list)  # (item id, raw) predicted where gold has none
    misses: list = field(default_factory=list)  # (item id, raw, what was wrong)
    non_claim_hits: int = 0  # claims reported in items whose gold has no claim at all

    def precision(self, name: str) -> float:
        return self.right[name] / self.predicted if self.predicted else 1.0

    def recall(self, name: str) -> float:
        return self.right[name] / self.gold if self.gold else 1.0


def load_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return round(float(a), 4) == round(float(b), 4)
    return a == b


def _same_source(pred: str | None, gold: str | None) -> bool:
    """Attribution is right when both are none, or one phrase holds the other (case aside): "the
    Syrian Observatory" for "the Syrian Observatory for Human Rights", "a source" for "a source in the
    camp administration" (the who is right, a detail is missing)."""
    if not pred or not gold:
        return not pred and not gold
    a, b = pred.lower().strip(), gold.lower().strip()
    return a in b or b in a


def _spans(item: dict) -> list[tuple[int, int, dict]]:
    """Gold claims located in the text, in order (raw may repeat: take the next occurrence)."""
    out, cursor = [], 0
    for claim in item["claims"]:
        pattern = re.compile(r"(?<![\w\d])" + re.escape(claim["raw"]) + r"(?![\d]|[,.٬]\d)")  # "42" is not in "42,400"
        m = pattern.search(item["text"], cursor) or pattern.search(item["text"])
        at = m.start() if m else item["text"].find(claim["raw"])
        out.append((at, at + len(claim["raw"]), claim))
        cursor = at + 1
    return out


def _checks(pred: dict, gold: dict) -> dict[str, bool]:
    checks = {
        "value": _same(pred["value"], gold["value"]),
        "bounds": _same(pred["low"], gold["low"]) and _same(pred["high"], gold["high"]) and pred["qualifier"] == gold["qualifier"],
        "metric": pred["metric"] == gold["metric"] and pred.get("unit", "count") == gold.get("unit", "count"),
        "site": pred["site"] == gold["site"],
        "ref_date": pred["ref_date"] == gold["ref_date"],
        "attribution": _same_source(pred.get("attribution"), gold.get("attribution")),
    }
    checks["value+metric+site"] = checks["value"] and checks["metric"] and checks["site"]
    return checks


def score(items: list[dict], extract) -> Score:
    """extract: a function (text, published) -> list of claim dicts."""
    result = Score()
    for item in items:
        predicted = extract(item["text"], item.get("published"))
        gold = _spans(item)
        result.gold += len(gold)
        result.predicted += len(predicted)
        if not gold:
            result.non_claim_hits += len(predicted)
        used = set()
        for pred in predicted:
            match = next((i for i, (a, b, _) in enumerate(gold)
                          if i not in used and pred["start"] < b and a < pred["end"]), None)
            if match is None:
                result.false_positives.append((item["id"], pred["raw"], pred["metric"]))
                continue
            used.add(match)
            checks = _checks(pred, gold[match][2])
            for name, ok in checks.items():
                result.right[name] += ok
            if not checks["value+metric+site"] or not checks["bounds"] or not checks["ref_date"]:
                wrong = {k: (pred.get(k), gold[match][2].get(k)) for k in ("value", "low", "high", "qualifier", "metric", "site", "ref_date")
                         if not _same(pred.get(k), gold[match][2].get(k))}
                result.misses.append((item["id"], pred["raw"], wrong))
        for i, (_, _, claim) in enumerate(gold):
            if i not in used:
                result.misses.append((item["id"], claim["raw"], "not found"))
    return result
