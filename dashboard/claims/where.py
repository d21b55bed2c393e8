"""Which site a figure is about: a name in its sentence, "the camp"/"the prison" (the site last named),
or an aggregate ("camps in north-east Syria", "SDF prisons"). Unnamed means None, never a guess."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..gazetteer import Gazetteer, normalize

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ANAPHORA = re.compile(r"\b(?:the|this|that)\s+(?:camp|site|facility|prison|jail|detention\s+(?:centre|center|facility)|annex)\b|"
                       r"(?:ال)?مخيم(?:\s+نفسه)?(?![\u0621-\u064a\s]*\s(?:الهول|روج))|(?:في\s+)?السجن", re.I)
_CAMPS_AGGREGATE = re.compile(r"\b(?:camps|the\s+two\s+camps|both\s+camps)\b|المخيمات|مخيمات|المخيمين|مخيمي", re.I)
_PRISONS_AGGREGATE = re.compile(r"\b(?:prisons|detention\s+(?:facilities|centres|centers|sites)|jails)\b|السجون|سجون|مراكز\s+الاحتجاز", re.I)
_NES = re.compile(r"north[- ]?east(?:ern)?\s+syria|\bNES\b|kurdish[- ]led|\bSDF\b|autonomous\s+administration|"
                  r"شمال\s+شرق(?:ي)?\s+سوريا|قسد|قوات\s+سوريا\s+الديمقراطية|الإدارة\s+الذاتية|كردية", re.I)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    site: str


@lru_cache(maxsize=8)
def _pattern(gazetteer: Gazetteer) -> re.Pattern:
    parts = []
    for name, _site in gazetteer.names():
        tokens = [re.sub(r"['’`]", "['’`]?", re.escape(t)) for t in re.split(r"[\s\-‐]+", name) if t]
        body = r"[\s\-‐]*".join(tokens)
        if _ARABIC.search(name):  # Arabic: allow و/ب/ل/ف prefixes, no Arabic letter after
            parts.append(rf"(?<![\u0621-\u064a])(?:[وبلف]|ول|وب|فب|لل)?{body}(?![\u0621-\u064a])")
        else:
            parts.append(rf"(?<![\w-]){body}(?![\w-])")
    return re.compile("|".join(parts), re.I)


def mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Every site name in the text, left to right (longest spelling wins where names overlap)."""
    found = []
    for m in _pattern(gazetteer).finditer(text):
        site = gazetteer.resolve(m.group(0)) or gazetteer.resolve(re.sub(r"^(?:[وبلف]|ول|وب|فب|لل)", "", m.group(0)))
        if site is None:  # e.g. Arabic prefix glued to the name: fold and retry without it
            site = gazetteer.alias_map.get(normalize(m.group(0)[1:]))
        if site:
            found.append(Mention(m.start(), m.end(), site))
    return found


_ANNEX = re.compile(r"\bannex\b|foreign(?:ers'?)?\s+section|foreigners'?\s+(?:annex|section)|الملحق|قسم\s+المهاجرات|القسم\s+(?:الخاص|المخصص)\s+(?:بالأجانب|للأجانب)|قسم\s+الأجانب", re.I)


def _refine(site: str | None, sentence: str) -> str | None:
    """A part named in the sentence narrows its whole: al-Hol's annex -> al-hol-annex."""
    if site == "al-hol" and _ANNEX.search(sentence):
        return "al-hol-annex"
    return site


def resolve_site(gazetteer: Gazetteer, sentence: str, s_start: int, s_end: int, at: int,
                 found: list[Mention], detention: bool, paragraph_start: int) -> tuple[str | None, str]:
    site, how = _resolve(gazetteer, sentence, s_start, s_end, at, found, detention, paragraph_start)
    return _refine(site, sentence), how


def _resolve(gazetteer, sentence, s_start, s_end, at, found, detention, paragraph_start):
    inside = [m for m in found if s_start <= m.start < s_end]
    kinds = {"prison", "aggregate"} if detention else {"camp", "section", "aggregate", "centre"}
    if inside:
        fitting = [m for m in inside if gazetteer.by_id[m.site].kind in kinds] or inside
        before = [m for m in fitting if m.start <= at]
        best = before[-1] if before else fitting[0]
        if detention and gazetteer.by_id[best.site].kind == "camp":
            return ("sdf-detention", "aggregate") if _NES.search(sentence) or _PRISONS_AGGREGATE.search(sentence) else (None, "none")
        return best.site, "named"
    earlier = [m for m in found if paragraph_start <= m.start < s_start and gazetteer.by_id[m.site].kind in kinds]
    if _ANAPHORA.search(sentence) and earlier:
        return earlier[-1].site, "anaphora"
    if detention and (_PRISONS_AGGREGATE.search(sentence) or _NES.search(sentence)):
        return "sdf-detention", "aggregate"
    if not detention and _CAMPS_AGGREGATE.search(sentence):
        return "nes-camps", "aggregate"
    if earlier:
        return earlier[-1].site, "anaphora"
    return None, "none"
