"""extract(text) -> every figure a press text quotes about a camp or detention site, as Claims."""
from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass
from datetime import date

from .. import gazetteer as gz
from . import context, lexicon, when, where, who
from .numbers import find_figures

MAX_CHARS = 5_000_000
KEYS = ("start", "end", "quote", "raw", "value", "low", "high", "qualifier", "unit", "metric", "site",
        "ref_date", "attribution", "language", "confidence")


class InputTooLarge(ValueError):
    pass


@dataclass(frozen=True)
class Claim:
    start: int
    end: int
    quote: str
    raw: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    unit: str  # "count" or "share" (a fraction 0..1 of the site's whole for that metric's parent)
    metric: str
    site: str | None
    ref_date: str | None
    attribution: str | None
    language: str
    confidence: float

    def to_dict(self) -> dict:
        return asdict(self)


_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bNo)(?<!\bMr)(?<!\bDr)(?<!\bSt)(?<!\bU\.S)(?<!\bvs)[.!?؟]+[\"”’)]*\s+|\n+")
_PARAGRAPH = re.compile(r"\n\s*\n")
_QUAL_BEFORE = re.compile(r"(?:^|[\s(,،])(" + "|".join(re.escape(q) for q in sorted(lexicon.QUALIFIERS_BEFORE, key=len, reverse=True))
                          + r")\s*(?:of\s+)?$", re.I)
_QUAL_AFTER = re.compile(r"^\s*(" + "|".join(re.escape(q) for q in sorted(lexicon.QUALIFIERS_AFTER, key=len, reverse=True)) + r")(?!\w)", re.I)
_RANGE_BEFORE = re.compile(r"(?:between|from|ranging\s+from|بين|من)\s*$", re.I)
_SHARE = re.compile(r"(?<![\w\u0621-\u064a])(" + "|".join(re.escape(w) for w in sorted(lexicon.SHARE_WORDS, key=len, reverse=True))
                    + r")(?:\s+of)?(?![\w\u0621-\u064a])", re.I)
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
SPLIT_METRICS = {"population_iraqi", "population_syrian", "population_tcn", "children", "women_children",
                 "detainees_foreign", "detainees_iraqi", "detainees_syrian"}


def language_of(text: str, hint: str | None = None) -> str:
    if hint:
        return hint
    sample = text[:20_000]
    return "ar" if len(_ARABIC_LETTER.findall(sample)) > len(_LATIN_LETTER.findall(sample)) else "en"


def _bounds(qualifier: str, value: float, low: float | None, high: float | None):
    return {"exact": (value, value), "about": (None, None), "nearly": (None, value), "more_than": (value, None),
            "at_least": (value, None), "fewer_than": (None, value), "up_to": (None, value),
            "range": (low, high), "vague": (low, high)}[qualifier]


class _Text:
    """The text's sentences, paragraphs and site mentions, computed once."""

    def __init__(self, text: str, gazetteer: gz.Gazetteer):
        self.text = text
        self.starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
        self.paragraphs = [0] + [m.end() for m in _PARAGRAPH.finditer(text)]
        self.mentions = where.mentions(text, gazetteer)

    def sentence(self, at: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, at) - 1
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        return self.starts[i], end

    def paragraph(self, at: int) -> int:
        return self.paragraphs[bisect.bisect_right(self.paragraphs, at) - 1]


def _qualifier(left: str, right: str, kind: str) -> str:
    if kind in ("range", "vague"):
        return kind
    m = _QUAL_BEFORE.search(left[-40:])
    if m:
        return lexicon.QUALIFIERS_BEFORE[m.group(1).lower()] if m.group(1).lower() in lexicon.QUALIFIERS_BEFORE \
            else lexicon.QUALIFIERS_BEFORE.get(m.group(1), "exact")
    m = _QUAL_AFTER.match(right)
    return lexicon.QUALIFIERS_AFTER.get(m.group(1).lower(), "exact") if m else "exact"


def _metric(sentence: str, left: str, right: str, share: bool, mention_kinds: set[str]) -> tuple[str | None, float]:
    noun = context.noun_metric(right, share)
    if share:
        return (noun, 0.9) if noun in SPLIT_METRICS else (None, 0.0)
    flow = context.flow_metric(left, right)
    metric, confidence = (flow, 0.85) if flow else (noun, 0.9) if noun else (context.stock_metric(left), 0.75)
    if metric == "_detainee_nationality":
        metric = "detainees_iraqi" if re.search(r"iraqi", right[:30], re.I) else "detainees_syrian"
    detention = metric and (metric.startswith("detainees") or (context.in_detention(sentence) and "camp" not in mention_kinds))
    if metric and detention:
        metric = context.detention_variant(metric)
    return metric, confidence


def extract(text: str, published: date | str | None = None, url: str | None = None, outlet: str | None = None,
            language: str | None = None, gazetteer: gz.Gazetteer | None = None, max_chars: int = MAX_CHARS) -> list[Claim]:
    """Every quoted figure about a camp or detention site population or flow, in order of appearance."""
    if not isinstance(text, str):
        raise TypeError(f"extract() needs a str, not {type(text).__name__}")
    if len(text) > max_chars:
        raise InputTooLarge(f"text of {len(text):,} characters is over the limit of {max_chars:,}; split it or raise max_chars")
    if isinstance(published, str):
        published = date.fromisoformat(published[:10])
    gazetteer = gazetteer or gz.default()
    doc = _Text(text, gazetteer)
    lang = language_of(text, language)
    claims: list[Claim] = []
    taken: list[tuple[int, int]] = []
    previous_end = 0
    for figure, _match in find_figures(text):
        s_start, s_end = doc.sentence(figure.start)
        left = text[max(s_start, previous_end, figure.start - 80):figure.start]
        previous_end = figure.end
        right = text[figure.end:min(s_end, figure.end + 90)]
        if figure.kind != "vague" and not figure.percent and context.non_people(text, figure.start, figure.end, figure.raw):
            continue
        kind = "range" if figure.kind == "range" else figure.kind
        claim = _build(doc, gazetteer, figure.start, figure.end, figure.raw, figure.value, figure.low, figure.high,
                       kind, figure.percent, left, right, s_start, s_end, published, lang)
        if claim:
            claims.append(claim)
            taken.append((claim.start, claim.end))
    claims += _qualitative_shares(doc, gazetteer, taken, published, lang)
    return sorted(claims, key=lambda c: c.start)


def _build(doc, gazetteer, start, end, raw, value, low, high, kind, percent, left, right, s_start, s_end, published, lang):
    sentence = doc.text[s_start:s_end]
    kinds = {gazetteer.by_id[m.site].kind for m in doc.mentions if s_start <= m.start < s_end}
    metric, confidence = _metric(sentence, left, right, percent, kinds)
    if metric is None:
        return None
    qualifier = _qualifier(left, right, kind)
    low, high = _bounds(qualifier, value, low, high)
    detention = metric.startswith("detainees") or metric == "transferred" or (
        metric in ("nationalities", "killings", "deaths", "repatriated") and "camp" not in kinds
        and context.in_detention(sentence))
    site, how = where.resolve_site(gazetteer, sentence, s_start, s_end, start, doc.mentions, detention, doc.paragraph(start))
    confidence -= {"named": 0.0, "aggregate": 0.05, "anaphora": 0.1, "none": 0.2}[how] + (0.1 if kind == "vague" else 0)
    return Claim(start, end, sentence.strip(), raw, value, low, high, qualifier, "share" if percent else "count",
                 metric, site, when.ref_date(sentence, start - s_start, published), who.attribution(sentence),
                 lang, round(max(confidence, 0.05), 2))


def _qualitative_shares(doc, gazetteer, taken, published, lang) -> list[Claim]:
    out = []
    for m in _SHARE.finditer(doc.text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        word = m.group(1)
        qualifier, value, low, high = lexicon.SHARE_WORDS.get(word.lower(), lexicon.SHARE_WORDS.get(word, (None,) * 4))
        if qualifier is None:
            continue
        s_start, s_end = doc.sentence(m.start())
        right = doc.text[m.end():min(s_end, m.end() + 90)]
        kinds = {gazetteer.by_id[x.site].kind for x in doc.mentions if s_start <= x.start < s_end}
        metric, confidence = _metric(doc.text[s_start:s_end], "", right, True, kinds)
        if metric is None:
            continue
        sentence = doc.text[s_start:s_end]
        detention = metric.startswith("detainees")
        site, how = where.resolve_site(gazetteer, sentence, s_start, s_end, m.start(), doc.mentions, detention, doc.paragraph(m.start()))
        out.append(Claim(m.start(1), m.end(1), sentence.strip(), word, value, low, high, qualifier, "share", metric, site,
                         when.ref_date(sentence, m.start() - s_start, published), who.attribution(sentence), lang,
                         round(confidence - 0.1 - {"named": 0, "aggregate": 0.05, "anaphora": 0.1, "none": 0.2}[how], 2)))
    return out
