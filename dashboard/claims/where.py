"""Which site a figure is about: a name in its sentence, "the camp"/"the prison" (the site last named),
or an aggregate ("camps in north-east Syria", "SDF prisons"). Unnamed means None, never a guess."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..gazetteer import Gazetteer
from .context import CAMP_WORDS, DETENTION_CUES
from .when import _clause as clause_span

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ANAPHORA = re.compile(r"\b(?:the|this|that)\s+(?:camp|site|facility|prison|jail|detention\s+(?:centre|center|facility)|annex)\b|"
                       r"(?:ال)?مخيم(?![\u0621-\u064a])(?:\s+نفسه)?(?![\u0621-\u064a\s]*\s(?:الهول|روج))|(?:في\s+)?السجن", re.I)
_CAMPS_AGGREGATE = re.compile(r"\b(?:camps|the\s+two\s+camps|both\s+camps)\b|المخيمات|مخيمات|المخيمين|مخيمي", re.I)
_PRISONS_AGGREGATE = re.compile(r"\b(?:prisons|detention\s+(?:facilities|centres|centers|sites)|facilities|jails)\b|السجون|سجون|مراكز\s+الاحتجاز", re.I)
_NES = re.compile(r"north[- ]?east(?:ern)?\s+syria|\bNES\b|kurdish[- ]led|\bSDF\b|syrian\s+democratic\s+forces|autonomous\s+administration|"
                  r"شمال\s+شرق(?:ي)?\s+سوريا|قسد|قوات\s+سوريا\s+الديمقراطية|الإدارة\s+الذاتية|كردية", re.I)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    site: str


_FOLD = str.maketrans({**{c: " " for c in "-‐‑–_\t\n\r\u00a0"}, "’": "'", "`": "'", "ʼ": "'",
                       "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_AR_PREFIXES = ("و", "ب", "ل", "ف", "ول", "وب", "فب", "لل")


def fold(text: str) -> str:
    """Lower-case and fold separators, apostrophes and Arabic letter variants, keeping every offset."""
    lowered = text.lower()
    return (lowered if len(lowered) == len(text) else "".join(c.lower()[:1] or c for c in text)).translate(_FOLD)


def _variants(name: str) -> set[str]:
    base = fold(name).strip()
    base = re.sub(" +", " ", base)
    out = {base, base.replace("'", "")}
    if " " in base and not _ARABIC.search(base):
        out |= {v.replace(" ", "") for v in set(out)}
    return out


def _automaton(gazetteer: Gazetteer):
    """Aho-Corasick over every folded spelling: one pass over the text finds every site name."""
    return gazetteer.memo("folded-names", _build_automaton)


def _build_automaton(gazetteer: Gazetteer):
    import ahocorasick
    machine = ahocorasick.Automaton()
    for name, site in gazetteer.names():
        for key in _variants(name):
            if len(key) >= 3 and (key not in machine or len(machine.get(key)[1]) < len(name)):
                machine.add_word(key, (site, name, len(key)))
    machine.make_automaton()
    return machine


def _bounded(folded: str, start: int, end: int, arabic: bool) -> bool:
    after = folded[end:end + 1]
    if arabic:
        if after and "\u0621" <= after <= "\u064a":
            return False
        head = folded[max(0, start - 3):start]
        if not head or not ("\u0621" <= head[-1] <= "\u064a"):
            return True
        letters = re.search(r"[\u0621-\u064a]+$", head).group(0)
        return letters in _AR_PREFIXES and (start - len(letters) == 0 or not ("\u0621" <= folded[start - len(letters) - 1] <= "\u064a"))
    before = folded[start - 1:start] if start else ""
    return not (before.isalnum() or before == "-") and not (after.isalnum())


def mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Every site name in the text, left to right; where names overlap the longest wins."""
    folded = fold(text)
    hits = []
    for end, (site, _name, length) in _automaton(gazetteer).iter(folded):
        start = end + 1 - length
        if _bounded(folded, start, end + 1, bool(_ARABIC.match(folded[start]))):
            hits.append(Mention(start, end + 1, site))
    hits.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for m in hits:
        if kept and m.start < kept[-1].end:
            if m.end - m.start > kept[-1].end - kept[-1].start and m.start == kept[-1].start:
                kept[-1] = m
            continue
        kept.append(m)
    return kept


_ANNEX = re.compile(r"\bannex\b|foreign(?:ers'?)?\s+section|section\s+(?:of\s+[\w'’-]+\s+)?(?:reserved|set\s+aside|kept)\s+for\s+foreign|foreigners'?\s+(?:annex|section)|الملحق|قسم\s+المهاجرات|القسم\s+(?:الخاص|المخصص)\s+(?:بالأجانب|للأجانب|بالمهاجرات|للمهاجرات)|قسم\s+الأجانب", re.I)


def _refine(site: str | None, sentence: str, at: int) -> str | None:
    """A part named in the sentence narrows its whole: al-Hol's annex -> al-hol-annex; unless the part
    is named only in another clause ("70k live in al-Hol, ... adding that the annex holds 10k")."""
    if site == "al-hol" and _ANNEX.search(sentence):
        c_start, c_end = clause_span(sentence, at)
        if any(c_start <= m.start() < c_end for m in _ANNEX.finditer(sentence)) or not _OTHER_CLAUSE.search(sentence):
            return "al-hol-annex"
    return site


_OTHER_CLAUSE = re.compile(r"[,،;]\s*(?:adding|and|while|whereas|but|وأضاف|فيما|بينما)\b", re.I)


_ORIGIN = re.compile(r"(?:\bfrom|\bout\s+of|من)\s+(?:the\s+)?$", re.I)
_DESTINATION = re.compile(r"(?:\bto|\binto|إلى|الى)\s+(?:the\s+)?$", re.I)


def resolve_site(gazetteer: Gazetteer, sentence: str, s_start: int, s_end: int, at: int,
                 found: list[Mention], detention: bool, reach_start: int, metric: str | None = None) -> tuple[str | None, str]:
    origin_only = False
    if metric in ("arrivals", "departures", "repatriated", "transferred"):  # "arrived in Roj from al-Hol": count where
        unwanted = _ORIGIN if metric == "arrivals" else _DESTINATION  # they arrive; where they leave for the others
        text_before = lambda m: sentence[max(0, m.start - s_start - 12):m.start - s_start]  # noqa: E731
        kept = [m for m in found if not (s_start <= m.start < s_end and unwanted.search(text_before(m)))]
        origin_only = metric == "arrivals" and any(s_start <= m.start < s_end for m in found) and not any(s_start <= m.start < s_end for m in kept)
        found = kept or found
    site, how = _resolve(gazetteer, sentence, s_start, s_end, at, found, detention, reach_start)
    if origin_only and site:
        how = "origin"  # "158 families arrived from al-Hol": all the sentence names is where they came from
    return _refine(site, sentence, at - s_start), how


_IN_AFTER = re.compile(r"[^\s;]+(?:\s+[^\s.;,،()]+){0,3}?\s+(?:in|at|inside|within|في|داخل)\s+(?:the\s+)?", re.I)  # figure, noun, "in"
# "Roj camp, which is smaller than al-Hol, holds 2,400": a site named in an aside is not the subject
_ASIDE = re.compile(r"[,،]\s*(?:which|who|where|unlike|like|than|near|located|situated|الذي|التي|على\s+عكس|قرب)\b[^,،.;]*[,،]", re.I)
_SOURCE_TAIL = re.compile(r"[,،]\s*(?:according\s+to|citing|data\s+(?:obtained|provided)|figures\s+(?:from|by)|told|said|وفق|بحسب|حسب|نقلا\s+عن|نقلاً\s+عن)"
                          r"|\baccording\s+to\b", re.I)


def _source_tail(sentence: str, at: int) -> int:
    """Where the words crediting a source begin, after the figure (the sentence's end when there are none)."""
    m = _SOURCE_TAIL.search(sentence, at)
    return m.start() if m else len(sentence)


# "Sheikhmous Ahmad, a Kurdish official in charge of the region's camps, said 515 people ...": a title names no site
_TITLE_HEAD = re.compile(r"[,،]\s*(?:an?|the)\s+[^,،.;\d]{3,90}?[,،]\s*(?:said|says|told\s+[^,.;\d]{1,40}?)\b", re.I)


def _without_title(sentence: str, at: int) -> tuple[str, tuple[int, int]]:
    """The sentence with a speaker's title before the figure blanked out, and the title's span ((0, 0) if none)."""
    m = _TITLE_HEAD.search(sentence, 0, at)
    if not m:
        return sentence, (0, 0)
    return sentence[:m.start()] + " " * (m.end() - m.start()) + sentence[m.end():], m.span()


_IN_PRISONS = re.compile(r"[^\s;]+(?:\s+[^\s.;,،()]+){0,2}?\s+(?:in|across|inside)\s+(?:the\s+)?(?:various\s+|several\s+|its\s+)?(?:prisons|jails|detention\s+(?:facilities|centres|centers))\b", re.I)
_THESE_CAMPS = re.compile(r"\b(?:these|those|the|both|the\s+two)\s+camps\b|المخيمين|هذين\s+المخيمين", re.I)
_TOGETHER = re.compile(r"\btogether\b|\bcombined\b|\baltogether\b|\bin\s+total\b|\bacross\b|مجتمعة|جميعها|مجتمعين", re.I)


def _resolve(gazetteer, sentence, s_start, s_end, at, found, detention, reach_start):
    c_start, c_end = clause_span(sentence, at - s_start)
    in_clause = [m for m in found if s_start + c_start <= m.start < s_start + c_end]
    clause = sentence[c_start:c_end]
    if not in_clause:
        if detention and _PRISONS_AGGREGATE.search(clause) and _NES.search(sentence):
            return "sdf-detention", "aggregate"
        if not detention and _CAMPS_AGGREGATE.search(sentence) and _TOGETHER.search(clause):
            return "nes-camps", "aggregate"
    tail = s_start + _source_tail(sentence, at - s_start)  # "..., according to the supervisor of camps in north-east Syria"
    sentence, (t_start, t_end) = _without_title(sentence, at - s_start)
    in_sentence = [m for m in found if s_start <= m.start < s_end and not (gazetteer.by_id[m.site].kind == "aggregate" and (
                   m.start >= tail or t_start <= m.start - s_start < t_end))]  # a source's title names no site
    asides = [a.span() for a in _ASIDE.finditer(sentence)]
    inside = in_clause or [m for m in in_sentence if not any(a <= m.start - s_start < b for a, b in asides)] or in_sentence
    kinds = {"prison", "aggregate"} if detention else {"camp", "section", "aggregate", "centre"}
    if inside:
        fitting = [m for m in inside if gazetteer.by_id[m.site].kind in kinds] or inside
        before = [m for m in fitting if m.start <= at]
        right_after = [m for m in fitting if m.start > at and _IN_AFTER.fullmatch(sentence, at - s_start, m.start - s_start)]
        best = right_after[0] if right_after else before[-1] if before else fitting[0]  # "... around 70,000 in al-Hol"
        if detention and _IN_PRISONS.match(sentence, at - s_start):
            return "sdf-detention", "aggregate"  # "(a network of prisons) holding 9,000 detainees in prisons": all of them
        if detention and gazetteer.by_id[best.site].kind == "camp":
            return ("sdf-detention", "aggregate") if _NES.search(sentence) or _PRISONS_AGGREGATE.search(sentence) else (None, "none")
        return best.site, "named"
    anaphor = _ANAPHORA.search(sentence)
    if anaphor and DETENTION_CUES.search(anaphor.group(0)):
        kinds = {"prison", "aggregate"}  # "850 minors detained inside the jail": the prison named before, whatever is counted
    earlier = [m for m in found if reach_start <= m.start < s_start and gazetteer.by_id[m.site].kind in kinds]
    if anaphor and earlier:
        named = gazetteer.by_id[earlier[-1].site]
        if named.kind == "section" and named.parent and CAMP_WORDS.search(anaphor.group(0)):
            return named.parent, "anaphora"  # "the annex holds 10,000 ... a larger section of the camp": the camp itself
        return earlier[-1].site, "anaphora"
    if detention and (_PRISONS_AGGREGATE.search(sentence) or _NES.search(sentence)):
        return "sdf-detention", "aggregate"
    if not detention and _CAMPS_AGGREGATE.search(sentence, 0, tail - s_start):
        named = [m for m in earlier if gazetteer.by_id[m.site].kind == "aggregate"]
        if named and _THESE_CAMPS.search(sentence):
            return named[-1].site, "anaphora"  # "al-Hol and Roj ... living in these camps"
        return "nes-camps", "aggregate"
    if earlier:
        return earlier[-1].site, "anaphora"
    return None, "none"
