"""Find figures in text and read their value and bounds: digits (70,000 / 70 000 / 70.000 / ٧٠٬٠٠٠),
multipliers (1.2 million, 70k, 24 ألف), number words (Thirty-five, fifteen hundred, ثلاثة آلاف),
vague amounts (dozens, tens of thousands, عشرات), ranges and percentages. Nothing here knows what
is counted: that is context.py's job."""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx

_SEP = r"[,\u00a0\u202f\u2009 .\u066c']"  # thousands separators: comma, spaces, dot, Arabic comma
DIGITS = rf"\d{{1,3}}(?:{_SEP}\d{{3}})+(?:[.\u066b]\d+)?(?!\d)|\d+(?:[.\u066b]\d+)?"
_EN_WORD = "|".join(sorted([*lx.EN_UNITS, *lx.EN_TENS, *lx.EN_SCALES], key=len, reverse=True))
EN_WORDS = rf"(?:{_EN_WORD})(?:(?:[\s-]+(?:and[\s-]+)?)(?:{_EN_WORD}))*"
_AR_WORD = "|".join(sorted(lx.AR_UNITS, key=len, reverse=True))
_AFTER_THOUSAND = "|".join(f"(?<={w})" for w in ("ألف", "الف", "ألفا", "ألفاً", "آلاف", "الاف", "ألفين", "ألفان"))
_REMAINDER = r"\s+و\s?[0-9٠-٩]{1,3}(?![0-9٠-٩,.٫٬])"  # digits after thousands written in words: "ألفاً و400"
_AR_SCALE = r"ألفاً|ألفا|ألف|الف|آلاف|الاف|مليون|ملايين"
AR_WORDS = (rf"(?:{_AR_WORD})(?:\s+(?:و)?(?:{_AR_WORD}|آلاف|ألفاً|ألفا))*"
            rf"(?:(?:{_AFTER_THOUSAND}){_REMAINDER})?")  # "سبعة عشر ألفا و693": 17,693
_MULT = (rf"(?:\s*(?:million|thousand|hundred|bn|m\b|k\b)|\)?\s+(?:{_AR_SCALE})"  # "(60) ألف"
         rf"(?:{_REMAINDER}(?!\s*(?:{_AR_SCALE})))?)")  # "22 ألفاً و400": 22,400
_PERCENT = r"(?:\s?(?:%|٪)|\s+(?:per\s?cent|percent|pc\b|في\s?المئة|في\s?المائة|بالمئة|بالمائة|في\s?المية))"
_VAGUE = "|".join(re.escape(v) for v in sorted(lx.VAGUE, key=len, reverse=True))
_EXACT = "|".join(re.escape(v) for v in sorted(lx.EXACT_PHRASES, key=len, reverse=True))

# One number: digits with an optional multiplier, or number words. The (?<!...) guards keep us from
# starting inside a word, a decimal or a longer number.
NUMBER = rf"(?:(?:{DIGITS}){_MULT}?|\b(?:{_EXACT})\b|\b{EN_WORDS}\b|(?<![\u0621-\u064a]){AR_WORDS}(?![\u0621-\u064a]))"
_RANGE_JOIN = r"\s*(?:-|–|—|to|and|or|until|إلى|الى|و|-\s?)\s*"
FIGURE = re.compile(
    rf"(?P<vague>(?:(?<![\w\u0621-\u064a])|(?<=\s[لبفكو])|(?<=^[لبفكو]))(?:{_VAGUE})(?![\w\u0621-\u064a]))"  # "لعشرات الآلاف"
    rf"|(?:(?<![\w.,\u066b\u066c])|(?<=\sو)|(?<=^و))(?P<n1>{NUMBER})(?:(?P<join>{_RANGE_JOIN})(?P<n2>{NUMBER}))?(?P<pct>{_PERCENT})?",
    re.IGNORECASE,
)
_LEADING_DIGITS = re.compile(rf"\s*(?:{DIGITS})")
_TRANSLATE = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫", "01234567890123456789.")


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    raw: str
    value: float | None
    low: float | None
    high: float | None
    kind: str  # "exact" | "range" | "vague"
    percent: bool


def digits_value(text: str) -> float | None:
    """'70,000' -> 70000; '70.000' -> 70000; '1.2' -> 1.2; '٦٤٣٧٣' -> 64373."""
    text = text.translate(_TRANSLATE).strip()
    parts = re.split(_SEP, text)
    if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]) and not re.fullmatch(r"\d+\.\d{1,2}", text):
        return float("".join(parts))
    try:
        return float(text.replace(",", "").replace(" ", ""))
    except ValueError:
        return None


def english_words_value(text: str) -> float | None:
    """'Thirty-five' -> 35; 'fifteen hundred' -> 1500; 'fifty thousand' -> 50000."""
    total = current = 0
    seen = False
    for word in re.split(r"[\s-]+", text.lower()):
        if word == "and":
            continue
        if word in lx.EN_UNITS:
            current += lx.EN_UNITS[word]
        elif word in lx.EN_TENS:
            current += lx.EN_TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in lx.EN_SCALES:
            total += (current or 1) * lx.EN_SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None


def arabic_words_value(text: str) -> float | None:
    """'ثلاثة آلاف' -> 3000; 'خمسمئة' -> 500; 'عشرين ألفاً' -> 20000; 'ألفا' -> 2000; 'ألف ومئتي' -> 1200."""
    total = current = 0
    words = text.split()
    i = 0
    while i < len(words):
        first = words[i] if words[i] in lx.AR_UNITS else words[i].removeprefix("و")
        pair = " ".join([first, *words[i + 1:i + 2]])  # "وأحد عشر" in "ثلاثمئة وأحد عشر"
        if pair in lx.AR_UNITS and lx.AR_UNITS[pair] < 20:
            current += lx.AR_UNITS[pair]
            i += 2
            continue
        word = words[i] if words[i] in lx.AR_UNITS or words[i] in lx.AR_SCALES else words[i].removeprefix("و")
        if word.isdigit():  # the remainder in digits after the thousands: "ألفين و778"
            current += int(word.translate(_TRANSLATE))
        elif word in lx.AR_SCALES and current:
            total += current * lx.AR_SCALES[word]
            current = 0
        elif word in lx.AR_UNITS:
            current += lx.AR_UNITS[word]
        elif word in lx.AR_SCALES:
            total += lx.AR_SCALES[word]
        else:
            return None
        i += 1
    value = total + current
    if len(words) == 1 and words[0] in ("إحدى", "احدى"):
        return None  # "إحدى العائلات" is "one of the families", not a count
    return float(value) if value else None


def number_value(raw: str) -> float | None:
    """Any single number of the NUMBER pattern (with its multiplier) -> its value."""
    text = raw.strip()
    lower = text.lower()
    if lower in lx.EXACT_PHRASES:
        return float(lx.EXACT_PHRASES[lower])
    m = re.match(rf"({DIGITS})(.*)$", text, re.S)
    if m:
        base = digits_value(m.group(1))
        mult = m.group(2).strip().lstrip(")").strip().lower()
        if base is None:
            return None
        extra = re.search(r"\s+و\s?([0-9٠-٩]{1,3})$", mult)
        if extra:  # "22 ألفاً و400"
            mult = mult[:extra.start()].strip()
            rest = float(extra.group(1).translate(lx.ARABIC_INDIC_DIGITS))
            scale = lx.AR_SCALES.get(mult)
            return base * scale + rest if scale == 1000 else None
        if not mult:
            return base
        scale = {"million": 1e6, "m": 1e6, "bn": 1e9, "thousand": 1e3, "k": 1e3, "hundred": 100}.get(mult)
        scale = scale or lx.AR_SCALES.get(mult)
        return base * scale if scale else None
    if re.search(r"[\u0621-\u064a]", text):
        return arabic_words_value(text)
    return english_words_value(text)


def read_figure(match: re.Match) -> Figure | None:
    """A FIGURE match -> Figure, or None when it does not read as a number."""
    raw = match.group(0)
    start, end = match.span()
    if match.group("vague"):
        low, high = lx.VAGUE[match.group("vague").lower()]
        return Figure(start, end, raw, float(low), float(low), float(high), "vague", False)
    first = number_value(match.group("n1"))
    if first is None:
        return None
    percent = bool(match.group("pct"))
    if match.group("n2"):
        second = number_value(match.group("n2"))
        digits2 = _LEADING_DIGITS.match(match.group("n2"))
        base2 = number_value(digits2.group(0)) if digits2 else None
        if second is not None and base2 and second > base2 and first < base2 and number_value(match.group("n1")) == digits_value(match.group("n1").strip()):
            first *= second / base2  # "18 to 19 thousand", "18 و19 ألف": the multiplier covers both ends
        if second is not None and second > first:
            low, high = first, second
            if percent:
                low, high = low / 100, high / 100
            return Figure(start, end, raw, (low + high) / 2, low, high, "range", percent)
        # not a range ("3 and 2"): keep the first number only
        end = match.start("join")
        raw = raw[: end - start]
        percent = False
    value = first / 100 if percent else first
    if ")" in raw and start and match.string[start - 1] == "(":
        start, raw = start - 1, "(" + raw  # "(60) ألف", as printed
    return Figure(start, end, raw.rstrip(), value, value, value, "exact", percent)


_DIGIT_RUN = re.compile(r"\d+")
_STARTS = None


def _start_words():
    """An Aho-Corasick automaton of every word a figure can start with (digits are found apart)."""
    global _STARTS
    if _STARTS is None:
        import ahocorasick
        machine = ahocorasick.Automaton()
        words = {*lx.EN_UNITS, *lx.EN_TENS, *lx.EN_SCALES, *lx.EXACT_PHRASES, *lx.VAGUE, *lx.AR_UNITS,
                 *(w.split()[0] for w in lx.AR_UNITS)}
        for word in words:
            machine.add_word(word.lower(), len(word))
        machine.make_automaton()
        _STARTS = machine
    return _STARTS


def _is_arabic(c: str) -> bool:
    return "\u0621" <= c <= "\u064a"


def candidates(text: str) -> list[int]:
    """Positions where a figure may start: digit runs, and number words at a word boundary.
    Scanning these with FIGURE.match is the same as FIGURE.finditer, many times faster on prose."""
    starts = {m.start() for m in _DIGIT_RUN.finditer(text)}
    lowered = text.lower()
    if len(lowered) != len(text):
        return sorted(starts | set(range(len(text))))  # exotic case folding: fall back to every position
    for end, length in _start_words().iter(lowered):
        at = end + 1 - length
        before = lowered[at - 1] if at else " "
        if before.isalnum() and not (before in "ولبفك" and (at < 2 or not _is_arabic(lowered[at - 2]))):
            continue
        starts.add(at)
    return sorted(starts)


def find_figures(text: str):
    """Every figure in text, left to right (FIGURE matched only where a figure can start)."""
    done = 0
    for at in candidates(text):
        if at < done:
            continue
        match = FIGURE.match(text, at)
        if match is None:
            continue
        done = match.end()
        figure = read_figure(match)
        if figure is not None:
            yield figure, match
