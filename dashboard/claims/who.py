"""Who a sentence attributes its figures to, in the sentence's words: "according to the UN",
"..., camp officials said", "The US military said", "بحسب الأمم المتحدة", "أعلنت الإدارة الذاتية".

Tried in order, most explicit first: "according to X" (and its kin), a closing "..., X said", an
opening "X said", a capitalised "X said" anywhere, then the Arabic forms."""
from __future__ import annotations

import re

_VERBS = r"(?:said|says|say|revealed|reveals|urged|called\s+for|show|shows|showed|warned|warns|told\s+\w+|reported|reports|found|finds|counted|counts|estimated|estimates|stated|noted|added|confirmed|announced|wrote|recorded|documented|put|puts)"
_WHEN = (r"(?:\s+(?:on|last|this|in|of)\s+[\w'’-]+)?"  # "said on Tuesday", "reported last week", "said of al-Hol"
         r"(?:\s+in\s+(?:its|a|an|the|their)\s+(?:[\w'’-]+\s+){0,2}?(?:report|statement|update|briefing|bulletin|review))?")
_SOURCE_IN = r"(?:\s+(?:in|at|from|with|within)\s+(?:the\s+|a\s+)?[^,.;:()\"“”]{2,40}?)?"  # "a source in the camp administration"

# "according to X" and kin; "per" but not "per cent"; "figures/data/statistics from X"
_ACCORDING = re.compile(
    r"\b(?:according\s+to|cited\s+by|per(?!\s+cent)|quoting)\s+"
    r"(?:(?:the\s+)?(?:latest\s+|last\s+|new\s+|official\s+)?(?:count|figures|data|estimates?|statistics|tally|census|report)\s+(?:by|from|of)\s+)?"
    r"((?:the\s+|a\s+|an\s+)?(?:(?:sources?|officials?)\b" + _SOURCE_IN + r"|[^,.;:()\"“”]{2,60}?))"
    r"(?=\s*(?:[,.;:()\"“”]|$|\s+(?:said|says|shows?|showed|in\s+(?:its|a|the)|on|which|who|as\s+of)\b))", re.I)
_FIGURES_FROM = re.compile(r"\b(?:figures|data|estimates)\s+(?:from|by)\s+((?:the\s+)?[A-Z][^,.;:()]{1,50}?)(?=\s*(?:[,.;:()]|$|\s+(?:show|showed|put|say)))")
# a closing clause: "..., camp officials said." / "..., a REACH profile found."
_AUX = r"(?!(?:was|were|is|are|has|have|had|been|be|being|now|still|not|which|who|that)\b)"
_CLOSING = re.compile(r"[,;][\"”’]?\s*((?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:" + _AUX + r"[\w'’.-]+\s+){0,5}?" + _AUX + r"[\w'’.-]+)\s+" + _VERBS + _WHEN + _WHEN + r"(?=\s*(?:[,.!;]|$))", re.I)
# an opening one: "The US military said ...", "Officials put the number ...", "Aid groups counted ..."
_OPENING = re.compile(r"^\s*((?:the\s+|a\s+|an\s+)?(?:[A-Z][\w'’.-]*|UN|SDF)(?:\s+" + _AUX + r"[\w'’.-]+){0,3}?)\s+" + _VERBS + r"\b")
_SAID = re.compile(r"((?:the\s+|a\s+|an\s+|one\s+)?(?:[A-Z][\w'’.-]*|UN|SDF)(?:\s+(?:[A-Z][\w'’.-]*|of|for|the|camp|officials?|sources?|spokes(?:person|man|woman)|administration|authorities|forces|agency|officers?|director|manager|commander|ministry|office|security|observer|group|monitor))*"
                   r"|(?:[Aa]|[Aa]n|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:[\w-]+\s+){0,3}?(?:sources?|officials?|spokes(?:person|man|woman)|officers?|activists?|residents?|aid\s+workers?|workers?|diplomats?|commanders?)" + _SOURCE_IN + r")"
                   r"\s+(?:(?:said|says|told)\b|(?:revealed|reported|reports|estimated|estimates|stated|noted|added|confirmed|announced|wrote)\b(?!\s+\d))")
# a name with its title in apposition: "Sheikhmous Ahmad, a Kurdish official in charge of the camps, said ..."
_NAMED = re.compile(r"^\s*((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s*,\s*(?:an?|the)\s+[^,.;\d]{3,90}?,\s*(?:said|says|told)\b")
_SAID_AFTER = re.compile(r"[,\"”]\s*(?:said|says|told\s+\w+|according\s+to)\s+((?:the\s+|a\s+|an\s+)?[^,.;]{2,50}?)(?=[,.;]|$)", re.I)

_AR_WORD = r"(?:ال|لل)?[\u0621-\u064a\u064b-\u0652]+"
_AR_SOURCE_IN = rf"(?:\s+في\s+{_AR_WORD}(?:\s+{_AR_WORD}){{0,2}})?"  # "مصدر في قوات سوريا الديمقراطية"
_AR_DOC = r"(?:(?:آخر\s+)?(?:إحصائية|إحصاء|إحصاءات|أرقام|بيانات|تقرير|تقديرات)(?:\s+(?:صادرة|صادر))?\s+(?:عن\s+|لـ?))"
_AR = re.compile(r"(?:بحسب|حسب|وفقا\s+لـ?|وفقاً\s+لـ?|وفق|نقلا\s+عن|نقلاً\s+عن|وذكر(?:ت)?|ذكر(?:ت)?|قال(?:ت)?|تقول|يقول|أفاد(?:ت)?|أعلن(?:ت)?|أكد(?:ت)?|أوضح(?:ت)?|وأضاف(?:ت)?|أضاف(?:ت)?|أحصى|أحصت)\s+"
                 r"(?:ما\s+(?:أفاد|أفادت|ذكر|ذكرت|ذكره|ذكرته|قال|قالت|قاله|قالته|أعلن|أعلنت|أعلنه|أعلنته)(?:\s+به)?\s+)?" + _AR_DOC + "?"
                 r"(?!(?:إن|أن|بأن|ان|إنه|أنه|إنها|أنها)(?![\u0621-\u064a]))"  # "وقال إن العدد ...": no one named
                 rf"((?:مصدر|مصادر|مسؤول|مسؤولة|مسؤولين|مسؤولون)(?:\s+(?!في\b){_AR_WORD})?{_AR_SOURCE_IN}"
                 rf"|{_AR_WORD}(?:\s+{_AR_WORD}){{0,5}}?)"
                 r"(?=\s*(?:[،,.؛:]|$|\s+(?:أن|إن|فإن|في|إلى|عن|بأن|ان|أنها|أنه|عدد)\b|\s+ل(?!ل)(?!ا)))")  # not "لوكالة ...", "لحقوق ..."
# verb first, subject after: "أعلنت الإدارة الذاتية مغادرة ..." / "وثّق المرصد السوري مقتل ..."
_AR_OPENING = re.compile(rf"^\s*(?:و)?(?:أعلنت|أعلن|كشفت|كشف|أفادت|أفاد|وثّق|وثق|وثقت|وثّقت|أشارت|أشار|ذكرت|ذكر|قالت|قال|تقول|يقول|أكدت|أكد|أوضحت|أوضح|رصد|رصدت|أضافت|أضاف|أحصت|أحصى|تقدر|تقدّر|يقدر|قدرت|قدّرت)\s+(?!عدد\b)(?!(?:إن|أن|بأن|ان|إنه|أنه|إنها|أنها)(?![\u0621-\u064a]))"
                         rf"({_AR_WORD}(?:\s+(?!(?:أن|أنها|أنه|إن|بأن|إلى|عن|على|في|مقتل|وفاة|عودة|مغادرة|تسلم|تسلمها|وصول|نقل)\b)(?![بل](?!ال))"
                         rf"{_AR_WORD}){{0,4}})")
_STOP_WORDS = {"that", "it", "he", "she", "they", "we", "i", "this", "which", "there", "a", "an", "the", "one", "its", "their",
               "who", "what", "as", "and", "but", "also"}
_NOT_A_SOURCE = re.compile(r"^(?:the\s+)?(?:camp|prison|figure|number|total|population|majority|rest|others?|women|children)$", re.I)


def _clean(who: str) -> str | None:
    who = who.strip(" ,\"“”'")
    if not who or (who.lower() in _STOP_WORDS and not who.isupper()) or re.fullmatch(r"[\d\W]+", who) or _NOT_A_SOURCE.match(who):
        return None
    return who


def attribution(sentence: str) -> str | None:
    """The source a sentence names for its figures, in the sentence's words; None when it names none."""
    for pattern in (_ACCORDING, _FIGURES_FROM, _CLOSING, _OPENING, _NAMED, _SAID, _SAID_AFTER, _AR, _AR_OPENING):
        for m in pattern.finditer(sentence):
            who = _clean(m.group(1))
            if who and not re.search(r"\d", who):
                return who
    return None
