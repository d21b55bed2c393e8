"""extract(text) -> every figure a press text quotes about a camp or detention site, as Claims."""
from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass, replace
from datetime import date

from .. import gazetteer as gz
from . import context, lexicon, when, where, who
from .numbers import find_figures

MAX_CHARS = 5_000_000
ANAPHORA_REACH = 3_000  # "the camp" refers to a site named at most this many characters before
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


_SENTENCE_END = re.compile(r"[.!?؟]+(?<!\b[A-Z]\.)(?<!\bNo\.)(?<!\bMr\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bU\.S\.)(?<!\bvs\.)[\"”’)]*\s+|\n+")
_QUAL_BEFORE = re.compile(r"(?:^|[\s(,،\"“«])(?:و|ل)?(" + "|".join(re.escape(q) for q in sorted(lexicon.QUALIFIERS_BEFORE, key=len, reverse=True))
                          + r")\s*(?:of\s+)?\(?$", re.I)  # "أكثر من (1000) مقاتل"
_ESTIMATED_AT = re.compile(r"(?:^|\s)و?(?:يقدر|يقدّر|تقدر|تقدّر|يقدرون|يقدّرون)(?:\s+عدد(?:هم|ها|هن)|\s+عدد\s+\S+)?\s+(?:بـ?|ب)\s*$")
_QUAL_AFTER = re.compile(r"^\s*(?:[^\s\d,.،]+\s+){0,2}?(" + "|".join(re.escape(q) for q in sorted(lexicon.QUALIFIERS_AFTER, key=len, reverse=True)) + r")(?!\w)", re.I)
_PART_OF_BASE = re.compile(r"^\s*of\s+(?:the|its|their)\s+[^.;,،\d]{0,60}?\s(?:are|were)\s+(?:from\s+)?", re.I)
_OF_THEM_ONE_SEX = re.compile(r"^\s*(?:of\s+(?:them|those)|منهم)\s+(?:are\s+|were\s+)?(?:women|men|females|males|girls|boys|نساء|رجال|إناث|ذكور)(?![\w\u0621-\u064a])", re.I)
_OF_THEM = re.compile(r"^\s*(?:of\s+(?:them|those)|منهم|من\s+بينهم)(?:\s+(?:are|were|is|was|هم))?(?=\s|$|[,.])", re.I)
_PHRASAL_OVER = re.compile(r"(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?|t(?:ook|ake|aken|aking)|ha(?:ve|s|d)\s+taken)\s+over\s+$", re.I)
_QUAL_FRONT = re.compile(r"(?:^|\s)(?:تجاوز|يتجاوز|فاق|يفوق)\s+عدد[^\d]{0,60}$")
_SHARE = re.compile(r"(?<![\w\u0621-\u064a])(" + "|".join(re.escape(w) for w in sorted(lexicon.SHARE_WORDS, key=len, reverse=True))
                    + r")(?:هم|ها|هن)?(?:\s+of)?(?![\w\u0621-\u064a])", re.I)
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
    """The text's sentences and site mentions, computed once."""

    def __init__(self, text: str, gazetteer: gz.Gazetteer):
        self.text = text
        self.starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
        self.mentions = where.mentions(text, gazetteer)
        self._mention_starts = [m.start for m in self.mentions]
        self._memo: dict[tuple, object] = {}

    def once(self, what, s_start: int, sentence: str):
        """what(sentence), computed once per sentence of this text: a sentence often holds several figures.
        (Per text, not a process-wide cache, so nothing carries over from one text to the next.)"""
        key = (what, s_start)
        if key not in self._memo:
            self._memo[key] = what(sentence)
        return self._memo[key]

    def sentence(self, at: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, at) - 1
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        return self.starts[i], end

    def mentions_between(self, lo: int, hi: int) -> list:
        """Site mentions starting in [lo, hi): what a figure's sentence and the text before it name."""
        return self.mentions[bisect.bisect_left(self._mention_starts, lo):bisect.bisect_left(self._mention_starts, hi)]


def _qualifier(left: str, right: str, kind: str, default: str = "exact") -> str:
    if kind in ("range", "vague"):
        return kind
    if _QUAL_FRONT.search(left):
        return "more_than"
    if _PHRASAL_OVER.search(left):
        return default  # "handed over 150 detainees"
    if _ESTIMATED_AT.search(left[-40:]):
        return "about"  # "يقدر عددهم بـ 30 ألفاً": estimated at
    m = _QUAL_BEFORE.search(left[-40:])
    if m:
        word = m.group(1)
        return lexicon.QUALIFIERS_BEFORE.get(word.lower(), lexicon.QUALIFIERS_BEFORE.get(word, default))
    m = _QUAL_AFTER.match(right)
    return lexicon.QUALIFIERS_AFTER.get(m.group(1).lower(), default) if m else default


def _metric(detention_sentence: bool, left: str, right: str, share: bool, detention_context: bool,
            of_them: bool = False, word: str = "") -> tuple[str | None, float]:
    """(metric, confidence) from the words around a figure (left and right already through context.plain);
    None when they name no metric. detention_sentence: the sentence is about detention, not a camp."""
    if share:
        if _SHARE_OF_FLOW.match(right):
            return None, 0.0  # "children make up over 80 per cent of deaths": a share of a flow, no metric of ours
        metric = context.share_part_before(left)
        if metric not in SPLIT_METRICS:
            metric = context.share_part(right, of_them, word)
        confidence = 0.9
        if metric not in SPLIT_METRICS:
            return None, 0.0
    else:
        if _WOUNDED.match(right.lstrip()):
            return "_not_a_metric", 0.0  # "17 قتيلاً و23 جريحاً", "12 dead and 30 wounded": not part of the toll
        if context.SUBGROUP.match(right.lstrip()):
            return None, 0.0  # "100 orphans", "500 unaccompanied children"
        part = _PART_OF_BASE.match(right)  # "900 of the inmates at Ghuwayran are foreign fighters"
        if part and context.noun_metric(right[part.end():])[0] in SPLIT_METRICS | {"detainees_foreign", "detainees_iraqi", "detainees_syrian"}:
            right = right[part.end():]
        right = _OF_THEM.sub(" ", right)
        noun, _ = context.noun_metric(right)
        flow_after = context.flow_after(right)
        inverted = _BRINGING_TO.search(left) and _NUMBER_OF_AFTER.match(right)  # "bringing to 743 the number of people repatriated"
        if inverted:
            named = context.what_metric(inverted.group("what"))
            if named:
                return named, 0.85
        detectors = ((lambda: context.flow_before(left), 0.85), (lambda: context.framed_metric(left), 0.85),
                     (lambda: flow_after, 0.85), (lambda: noun, 0.9), (lambda: context.stock_metric(left, right), 0.75))
        metric, confidence = next(((m, c) for m, c in ((d(), c) for d, c in detectors) if m), (None, 0.0))  # first that names one
        if noun == "_not_a_metric" or flow_after == "_not_a_metric" or metric == "_not_a_metric":
            return "_not_a_metric", 0.0
    if metric is None or metric == "_not_a_metric":
        return metric, 0.0
    if metric == "_detainee_nationality":
        metric = "detainees_iraqi" if re.search(r"iraqi", right[:40], re.I) else "detainees_syrian"
    if (detention_context and not context.CAMP_WORDS.search(right[:50])) or detention_sentence:
        metric = context.detention_variant(metric)  # but "and some 40,000 people in camps" stays people
    return metric, confidence


def extract(text: str, published: date | str | None = None, url: str | None = None, outlet: str | None = None,
            language: str | None = None, gazetteer: gz.Gazetteer | None = None, max_chars: int = MAX_CHARS) -> list[Claim]:
    """Every quoted figure about a camp or detention site population or flow, in order of appearance.
    url and outlet are accepted for the callers' records; the figures themselves come from the text."""
    if not isinstance(text, str):
        raise TypeError(f"extract() needs a str, not {type(text).__name__}")
    if len(text) > max_chars:
        raise InputTooLarge(f"text of {len(text):,} characters is over the limit of {max_chars:,}; split it or raise max_chars")
    if isinstance(published, str):
        published = date.fromisoformat(published[:10])
    gazetteer = gazetteer or gz.default()
    first = _ANY_MARK.search(text)  # a plain character class: ten times faster to rule out than _MARKS
    if first and _MARKS.search(text, first.start()):  # short vowels inside number words ("سبعِمائةٍ وأربعةَ عشرَ"): read the bare letters
        keep = [i for i, c in enumerate(text) if c not in _MARK_SET or (c == "\u064b" and i and text[i - 1] == "ا")]
        bare = "".join(text[i] for i in keep)
        return [_as_written(claim, text, bare, keep) for claim in _extract(bare, published, language, gazetteer)]
    return _extract(text, published, language, gazetteer)


# Arabic short vowels, tanween, shadda, sukun, tatweel; but a tanween of fatha after alif stays, since the lexicon
# reads it ("ألفاً" is a thousand, "ألفا" two thousand; "شخصاً"); written before the alif ("ألفًا") it goes
_MARK_SET = set("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640")
_MARKS = re.compile("[\u064c-\u0652\u0640]|(?<!ا)\u064b")
_ANY_MARK = re.compile("[\u064b-\u0652\u0640]")


def _as_written(claim: Claim, text: str, bare: str, keep: list[int]) -> Claim:
    """A claim read in the text without its short vowels, given back offsets, raw and quote in the text as written."""
    start, end = keep[claim.start], keep[claim.end - 1] + 1
    while end < len(text) and text[end] in _MARK_SET:
        end += 1  # "عشرَ": the figure's own last vowel
    quote = claim.quote
    at = bare.find(quote, max(0, claim.end - len(quote)))
    if 0 <= at <= claim.start:
        quote = text[keep[at]:keep[at + len(quote) - 1] + 1]
    return replace(claim, start=start, end=end, raw=text[start:end], quote=quote)


def _extract(text: str, published: date | None, language: str | None, gazetteer: gz.Gazetteer) -> list[Claim]:
    doc = _Text(text, gazetteer)
    lang = language_of(text, language)
    shares = list(_qualitative_spans(text))
    share_starts = [a for a, _, _ in shares]
    claims: list[Claim] = []
    by_sentence: dict[int, list[Claim]] = {}
    previous_end = 0
    for figure, _match in find_figures(text):
        i = bisect.bisect_right(share_starts, figure.start) - 1
        if i >= 0 and shares[i][0] <= figure.start < shares[i][1]:
            continue
        s_start, s_end = doc.sentence(figure.start)
        left = text[max(s_start, previous_end, figure.start - 90):figure.start]
        right = text[figure.end:min(s_end, figure.end + 90)]
        if figure.kind != "vague" and not figure.percent and context.non_people(text, figure.start, figure.end, figure.raw, figure.value or 0):
            continue
        claim = _build(doc, gazetteer, by_sentence.setdefault(s_start, []), figure.start, figure.end, figure.raw,
                       figure.value, figure.low, figure.high, figure.kind, figure.percent, "exact", left, right,
                       s_start, s_end, published, lang, claims[-1] if claims else None)
        if claim:
            claims.append(claim)
            by_sentence[s_start].append(claim)
            previous_end = figure.end  # a breakdown's next figure reads only its own words
    for start, end, word in shares:
        qualifier, value, low, high = lexicon.SHARE_WORDS.get(word.lower(), lexicon.SHARE_WORDS.get(word))
        s_start, s_end = doc.sentence(start)
        left = text[max(s_start, start - 90):start]
        right = text[end:min(s_end, end + 90)]
        before = [c for c in claims if c.end <= start]
        claim = _build(doc, gazetteer, sorted(by_sentence.setdefault(s_start, []), key=lambda c: c.start), start, end,
                       word, value, low, high, "share-word", True, qualifier, left, right, s_start, s_end, published, lang,
                       max(before, key=lambda c: c.end) if before else None)
        if claim:
            claims.append(claim)
            by_sentence[s_start].append(claim)
    return sorted(claims, key=lambda c: c.start)


def _metric_from_neighbours(doc, metric, confidence, left, plain_left, right, start, s_start, same_unit, previous):
    """The metric as the figures just before decide it: (metric, confidence, the flow this figure is a part of or
    None), or None when the figure belongs to a group that cannot be placed. same_unit: this sentence's earlier
    claims of the same unit; previous: the text's claim before this one."""
    part_of = None
    if metric is None and _OF_THEM_ONE_SEX.match(right):
        return None  # "70,000 people, 20,000 of them women": women alone have no metric of ours
    if metric is None and same_unit and (context.FRAME_SAME.search(plain_left) or _OF_THEM.match(right)):
        metric, confidence = same_unit[-1].metric, 0.7  # "from 10,000 to over 70,000", "bringing the total to"
    if same_unit and same_unit[-1].metric == "households" and metric == "population" and _COMPRISING.search(plain_left):
        between = doc.text[same_unit[-1].start:start]  # "8256 أسرة عراقية مؤلفة من 30738 شخصاً": the Iraqis
        if not any(p.search(between) for p in _NATIONALITY_IN.values()):
            between = doc.text[max(s_start, same_unit[-1].start - 40):start]  # "Iraqi families: 8,256, comprising ..."
        metric = next((m for m, p in _NATIONALITY_IN.items() if p.search(between)), metric)
    if same_unit and same_unit[-1].metric in FLOWS and metric not in FLOWS and metric != "_not_a_metric" and (
            _COMPRISING.search(plain_left) or _AND_NEXT.fullmatch(plain_left) or _BREAKDOWN.search(left)
            or _OF_THEM.match(right)):  # "78 people have been killed ..., 58 of them Iraqis"
        part_of = same_unit[-1]  # the same flow: "241 families, comprising 865 individuals, were returned",
        metric, confidence = part_of.metric, 0.7  # "repatriated 16 mothers and 35 children"
    if metric in ("population", "households") and _GROUP_SUBJECT.search(plain_left):
        # "وتضم العائلاتُ قرابة 714 شخصاً": the people of the families named just before
        near = previous is not None and start - previous.end <= 600
        if near and previous.metric in FLOWS:
            metric, confidence, part_of = previous.metric, 0.6, previous  # the families of a flow: the same flow
        elif near and previous.metric == "households":
            metric = "population"  # the camp's families: its people
        else:
            return None  # a group we cannot place: not the camp's population
    return metric, confidence, part_of


_SHARE_MACHINE = None


_SHARE_OF_FLOW = re.compile(r"\s*(?:of\s+(?:the\s+|all\s+)?(?:deaths|dead|victims|those\s+(?:killed|who\s+died)|killings|departures|returnees|arrivals)\b"
                            r"|من\s+(?:الوفيات|الضحايا|القتلى|المغادرين|العائدين))", re.I)
_BRINGING_TO = re.compile(r"\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|took)\s+to\s+(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+|nearly\s+)?$", re.I)
_NUMBER_OF_AFTER = re.compile(r"^\s+the\s+(?:number|total|toll|tally)\s+of\s+(?P<what>[^.;,]{1,60})", re.I)
_REFERS_BACK = re.compile(r"\b(?:of\s+them|among\s+them|of\s+whom|the\s+(?:rest|remaining|detainees|prisoners|inmates|residents|foreigners|section))\b"
                          r"|منهم|بينهم|المحتجزين|المعتقلين|السكان|القاطنين|القسم", re.I)
_DISPLACED = re.compile(r"^\s*(?:people\s+|civilians\s+)?(?:(?:had|have|has|were|was)\s+(?:been\s+)?displaced|displaced\s+(?:across|from\s+their|by\s+the))\b"
                        r"|^\s*(?:شخص|مدني)\S*\s+(?:نازحين\s+عن\s+منازلهم|نزحوا)", re.I)


def _holds_detainees(gazetteer: gz.Gazetteer, site: str) -> bool:
    """A prison, or an aggregate of prisons ("SDF-held ISIS detainees (all facilities)", "Hasakah city prisons")."""
    known = gazetteer.by_id.get(site)
    return known is not None and (known.kind == "prison" or (known.kind == "aggregate" and bool(_DETENTION_NAME.search(known.name))))


def _only_camps_named(gazetteer, mentions: list, sentence: str) -> bool:
    """The sentence names camps and no prison: whoever it counts there are camp residents."""
    kinds = {gazetteer.by_id[m.site].kind for m in mentions}
    return bool(kinds & {"camp", "section"}) and not kinds & {"prison", "aggregate"} and not _PRISON_WORD.search(sentence)


def _sent_home(metric: str, sentence: str, right: str, plain_left: str, earlier: list) -> str:
    """Camp residents sent back to their country are repatriated whatever the verb ("transferred to Iraq", "نقل 22 ألف
    عراقي", "left al-Hol for Iraq"; but Iraqis who only "left" stay departures, see CONVENTIONS.md); camp residents
    moved to another camp have left theirs. Not for detainees."""
    if metric not in ("transferred", "departures") or not context.CAMP_WORDS.search(sentence):
        return metric
    if metric == "departures":  # only where the figure's own clause sends them home ("230 عائلة تغادر مخيم الهول نحو العراق")
        return "repatriated" if _HOMEWARD.search(_OTHER_SUBJECT.split(right, 1)[0]) else metric
    if _HOMEWARD.search(sentence) or _IRAQIS.match(right) or (
            earlier and earlier[-1].metric == "repatriated" and _COMPRISING.search(plain_left)):  # "161 Iraqi families, comprising 607"
        return "repatriated"
    if metric == "transferred" and _TO_A_CAMP.match(right):
        return "departures"  # "transferred about 400 people to the Akhtarin camp": a batch out of the camp
    return metric


_WOUNDED = re.compile(r"(?:wounded|injured|casualties|جرحى|جريح(?:اً|ا)?|مصاب(?:ين|ون|اً|ا)?)(?![\w\u0621-\u064a])", re.I)
_PRISON_WORD = re.compile(r"\b(?:prisons?|jails?|detention\s+(?:centers?|centres?|facilities))\b(?!\s+camp)|سجن|سجون", re.I)
_SAME_PERIOD = re.compile(r"\b(?:during|in|over|for)\s+the\s+same\s+period\b|(?:خلال|في)\s+(?:ال)?فترة\s+(?:ذاتها|نفسها)|(?:خلال|في)\s+(?:نفس|ذات)\s+الفترة", re.I)
_OTHER_SUBJECT = re.compile(r"[,،;]\s*(?:while|whereas|and|but|فيما|بينما|و)\b|;", re.I)
_TO_HOSPITAL = re.compile(r"\b(?:to|into)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:hospitals?|clinics?)\b|(?:إلى|الى)\s+(?:ال)?(?:مستشفى|مشفى|مستشفيات)", re.I)
_TO_A_CAMP = re.compile(r"[^.;\d]{0,40}?\b(?:to|into)\s+(?:the\s+|another\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?camps?\b|[^.;\d]{0,40}?(?:إلى|الى)\s+مخيم", re.I)
_IRAQIS = re.compile(r"\s*(?:(?:عائلة|عائلات|أسرة|أسر|عوائل|شخص|شخصا|شخصاً|أشخاص|لاجئ\w*)\s+)?"  # "نقل 22 ألف عراقي", "230 عائلة عراقية"
                     r"(?:iraqis?\b|iraqi\s+(?:nationals|citizens|people|families|refugees)|(?:ال)?عراقي(?:ين|ون|ة)?(?![\u0621-\u064a]))", re.I)
_HOMEWARD = re.compile(r"\b(?:to|into|towards?)\s+(?:iraq|baghdad|their\s+(?:home\s+)?(?:country|countries|homelands?))\b|\b(?:a|an|the)\s+[\w-]+\s+(?:government\s+)?delegation"
                      r"|(?:إلى|الى|باتجاه|نحو)\s+(?:العراق|بلاده|بلدانهم|بلادهم|بلدهم)|وفد", re.I)  # where camp residents are sent home
FLOWS = {"killings", "deaths", "repatriated", "transferred", "departures", "arrivals"}
_COMPRISING = re.compile(rf"(?:{context.COMPRISING}|,\s*or|,\s*an\s+estimated|[(（]|بواقع|ضمن|بعدد|(?:ال)?مؤلفة\s+من|(?:ال)?مكونة\s+من"
                         r"|(?:يبلغ|يقدر|يقدّر|تقدر|يصل)\s+عدد(?:هم|ها|\s+أفرادها|\s+أفرادهم)\s*[،,]?\s*(?:بـ?|ب|لـ?|إلى)?|(?:يقدر|يقدّر|تقدر|تقدّر)\s+(?:بـ?|ب)|موزعين\s+على|موزعة\s+على|distributed\s+(?:among|across))\s*"
                         r"(?:about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|نحو\s+|حوالي\s+|قرابة\s+|أكثر\s+من\s+|ما\s+يقارب\s+)?$", re.I)
_NATIONALITY_IN = {"population_iraqi": re.compile(r"iraqi|عراقي", re.I), "population_syrian": re.compile(r"syrian|سوري", re.I),
                   "population_tcn": re.compile(r"foreign|أجنب|أجانب", re.I)}
_SHARE_APPOSITIVE = re.compile(r"(?:^|[\s,،])(?:أي|i\.e\.|or|that\s+is|representing|بنسبة|ما\s+نسبته|ما\s+يعادل)\s+(?:about\s+|some\s+|nearly\s+|حوالي\s+|نحو\s+|قرابة\s+)?$", re.I)
_GROUP_SUBJECT = re.compile(r"(?:^|\s)و?(?:تضم|تتكون\s+من|تتألف\s+من)\s+(?:هذه\s+)?(?:العائلات|الأسر|العوائل)(?:\s+\S+)?\s+(?:من\s+)?"
                            r"(?:نحو\s+|حوالي\s+|قرابة\s+|ما\s+يقارب\s+|أكثر\s+من\s+)?$"
                            r"|\b(?:the|these)\s+families\s+(?:comprise|include|number|total)\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?$", re.I)
_BREAKDOWN = re.compile(r"(?<![\u0621-\u064a])هم\s*:|(?<![\u0621-\u064a])و?هم\s*$|(?<![\u0621-\u064a])(?:بينهم|منهم)(?![\u0621-\u064a])|\b(?:among\s+them|including|of\s+whom)\b|\s(?:--|—|–|-)\s*(?:about\s+|some\s+|nearly\s+)?$", re.I)  # "مقتل 89 شخصاً، هم: ... و67 من اللاجئين"
_AND_NEXT = re.compile(r"\s*(?:[^\W\d]+\s+){1,3}(?:and|as\s+well\s+as|plus|و)\s*")  # left of the second figure, after the first
_THE_CAMP = re.compile(r"\bthe\s+camp\b|(?<![\u0621-\u064a])المخيم(?![\u0621-\u064a])", re.I)
_OTHER_PART = re.compile(r"\b(?:a|another|the\s+other|the\s+main)\s+(?:[\w-]+,?\s+){0,2}section\b", re.I)  # "a separate, larger section of the camp"
_DETENTION_NAME = re.compile(r"prison|detain|detention", re.I)


def _share_candidates(text: str):
    """_SHARE matches, found by matching only where a share word starts (Aho-Corasick), not everywhere."""
    global _SHARE_MACHINE
    if _SHARE_MACHINE is None:
        import ahocorasick
        _SHARE_MACHINE = ahocorasick.Automaton()
        for word in lexicon.SHARE_WORDS:
            _SHARE_MACHINE.add_word(word.lower(), len(word))
        _SHARE_MACHINE.make_automaton()
    lowered = text.lower()
    if len(lowered) != len(text):
        yield from _SHARE.finditer(text)
        return
    done = 0
    for at in sorted({end + 1 - n for end, n in _SHARE_MACHINE.iter(lowered)}):
        if at >= done and (m := _SHARE.match(text, at)):
            done = m.end()
            yield m


def _qualitative_spans(text: str):
    for m in _share_candidates(text):
        if not re.match(r"\s+a\s+dozen", text[m.end(1):m.end(1) + 10], re.I):  # "half a dozen" is a number
            yield m.start(1), m.end(1), m.group(1)


def _build(doc, gazetteer, earlier, start, end, raw, value, low, high, kind, share, default_qualifier,
           left, right, s_start, s_end, published, lang, previous=None):
    """earlier: the claims already found in this sentence, in order; previous: the text's claim before this one."""
    sentence = doc.text[s_start:s_end]
    earlier = [c for c in earlier if c.start < start]
    detention_context = any(c.metric.startswith("detainees") for c in earlier)
    detention_sentence = doc.once(context.in_detention, s_start, sentence)
    plain_left, plain_right = context.plain(left), context.plain(right)  # once per figure: every rule below reads them
    metric, confidence = _metric(detention_sentence, plain_left, plain_right, share, detention_context,
                                 raw.endswith(("هم", "هن", "ها")), raw)
    same_sentence = earlier
    same_unit = [c for c in same_sentence if c.unit == ("share" if share else "count")]
    found = _metric_from_neighbours(doc, metric, confidence, left, plain_left, right, start, s_start, same_unit, previous)
    if found is None:
        return None
    metric, confidence, part_of = found
    if share and previous is not None and previous.unit == "count" and previous.metric in SPLIT_METRICS \
            and 0 <= start - previous.end < 40 and _SHARE_APPOSITIVE.search(plain_left):
        metric, confidence = previous.metric, 0.8  # "35 ألفاً من السوريين، أي حوالي 43%": the share of those just counted
    if metric is None or metric == "_not_a_metric":
        return None
    qualifier = _qualifier(plain_left, plain_right, "exact" if kind == "share-word" else kind, default_qualifier)
    if kind == "share-word" and qualifier != default_qualifier:
        low, high = _bounds(qualifier, value, low, high)
    elif kind != "share-word":
        low, high = _bounds(qualifier, value, low, high)
    if metric == "transferred" and _TO_HOSPITAL.search(right):
        return None  # "27 children were transferred from al-Hol to the national hospital": patients, not a flow of the site
    if not detention_sentence and not detention_context:
        metric = _sent_home(metric, sentence, right, plain_left, earlier)
    if metric.startswith("detainees") and _only_camps_named(gazetteer, doc.mentions_between(s_start, s_end), sentence):
        metric = context.camp_variant(metric)  # "Roj camp houses approximately 2,600 detainees from 55 countries"
    detention = metric.startswith("detainees") or metric == "transferred" or (
        metric in ("nationalities", "killings", "deaths", "repatriated") and (detention_context or detention_sentence))
    window = max(0, s_start - ANAPHORA_REACH)
    site, how = where.resolve_site(gazetteer, sentence, s_start, s_end, start, doc.mentions_between(window, s_end),
                                   detention, window, metric)
    if how == "origin":
        metric, how = "departures", "named"  # arrived from al-Hol (somewhere else): al-Hol's departures
    if how != "named" and metric == "population" and _DISPLACED.match(right):
        return None  # "160,000 people had been displaced across the north-east": a region's displaced, no camp's count
    if (site is None and previous is not None and previous.site and start - previous.end <= ANAPHORA_REACH
            and _REFERS_BACK.search(sentence)):
        site, how = previous.site, "anaphora"  # "Roughly 2,000 of them are foreigners": the site the text was on
    if site == "al-hol" and how == "anaphora" and previous is not None and previous.site == "al-hol-annex" and not _OTHER_PART.search(sentence) \
            and not _THE_CAMP.search(sentence):
        site = "al-hol-annex"  # the text was on the annex: "the section" / "القسم" goes on meaning it
    if site and not detention and _holds_detainees(gazetteer, site):
        metric = context.detention_variant(metric)  # "About a third are Syrian." after a sentence on SDF prisons
    confidence -= {"named": 0.0, "aggregate": 0.05, "anaphora": 0.1, "none": 0.2}[how] + (0.1 if kind in ("vague", "share-word") else 0)
    ref = when.ref_date(sentence, start - s_start, published, end - s_start, dated=doc.once(when.has_date_words, s_start, sentence))
    if published is not None and ref == published.isoformat() and (part_of or (same_sentence and _SAME_PERIOD.search(right))):
        ref = (part_of or same_sentence[-1]).ref_date  # "killed 9 last month, including 4 women"; "... during the same period"
    if same_sentence and _OF_THEM.match(right) and re.match(r"\s*[,،]", doc.text[same_sentence[-1].end:start][-40:] + ",") \
            and "," in doc.text[same_sentence[-1].end:start]:
        ref = same_sentence[-1].ref_date  # "73,477 residents, 94 per cent of them ...": same moment
    return Claim(start, end, sentence.strip(), raw, value, low, high, qualifier, "share" if share else "count",
                 metric, site, ref, doc.once(who.attribution, s_start, sentence), lang, round(max(confidence, 0.05), 2))
