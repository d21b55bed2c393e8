"""Who a sentence attributes a figure to: "according to the UN", "SDF officials said", "بحسب الأمم المتحدة"."""
from __future__ import annotations

import re

_ACCORDING = re.compile(r"\b(?:according\s+to|citing|cited\s+by|figures\s+from|data\s+from|estimates\s+by|per)\s+"
                        r"((?:the\s+|a\s+|an\s+)?[^,.;:()\"“”]{2,60}?)(?=\s*(?:[,.;:()\"“”]|$|\s+(?:said|says|shows?|showed|in|on|which|who|as\s+of)\b))", re.I)
_SAID = re.compile(r"((?:the\s+|a\s+|an\s+|one\s+)?(?:[A-Z][\w'’.-]*|UN|SDF)(?:\s+(?:[A-Z][\w'’.-]*|of|for|the|camp|officials?|sources?|spokes(?:person|man|woman)|administration|authorities|forces|agency|officers?|director|manager|commander|ministry|office|security|observer|group|monitor))*"
                   r"|(?:a|an|one|two|three|several)\s+(?:[\w-]+\s+){0,3}?(?:sources?|officials?|spokes(?:person|man|woman)|officers?|activists?|residents?|aid\s+workers?|workers?|diplomats?|commanders?))"
                   r"\s+(?:said|says|told|reported|reports|estimated|estimates|stated|noted|added|confirmed|announced|wrote)\b")
_SAID_AFTER = re.compile(r"[,\"”]\s*(?:said|says|told\s+\w+|according\s+to)\s+((?:the\s+|a\s+|an\s+)?[^,.;]{2,50}?)(?=[,.;]|$)", re.I)
_AR = re.compile(r"(?:بحسب|حسب|وفقا\s+لـ?|وفقاً\s+لـ?|وفق|نقلا\s+عن|نقلاً\s+عن|بحسب\s+ما\s+(?:أفاد|ذكر|قال)|وذكر(?:ت)?|ذكر(?:ت)?|قال(?:ت)?|أفاد(?:ت)?|أعلن(?:ت)?|أكد(?:ت)?|أوضح(?:ت)?)\s+"
                 r"((?:ال|لل)?[\u0621-\u064a]+(?:\s+(?:ال|لل)?[\u0621-\u064a]+){0,3}?)(?=\s*(?:[،,.؛:]|$|\s+(?:أن|إن|فإن|في|إلى|عن|بأن|ان)\b))")
_STOP_WORDS = {"that", "it", "he", "she", "they", "we", "i", "this", "which", "there", "officials"}


def attribution(sentence: str) -> str | None:
    """The source a sentence names for its figures, in the sentence's words; None when it names none."""
    for pattern in (_ACCORDING, _SAID, _SAID_AFTER, _AR):
        m = pattern.search(sentence)
        if m:
            who = m.group(1).strip(" ,\"“”'")
            if who.lower() not in _STOP_WORDS and not re.fullmatch(r"[\d\W]+", who):
                return who
    return None
