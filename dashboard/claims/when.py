"""The date a figure refers to: the article's date unless the sentence dates the figure.
ISO 8601 with reduced precision ("2019", "2024-03") or an interval ("2024-01-01/2024-04-10")."""
from __future__ import annotations

import re
from datetime import date

from .lexicon import ARABIC_INDIC_DIGITS

_EN_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_EN_MONTHS.update({m[:3]: i for m, i in list(_EN_MONTHS.items())} | {"sept": 9})
_AR_MONTHS = {"يناير": 1, "كانون الثاني": 1, "فبراير": 2, "شباط": 2, "مارس": 3, "آذار": 3, "أبريل": 4, "ابريل": 4,
              "نيسان": 4, "مايو": 5, "أيار": 5, "يونيو": 6, "حزيران": 6, "يوليو": 7, "تموز": 7, "أغسطس": 8,
              "اغسطس": 8, "آب": 8, "سبتمبر": 9, "أيلول": 9, "أكتوبر": 10, "اكتوبر": 10, "تشرين الأول": 10,
              "نوفمبر": 11, "تشرين الثاني": 11, "ديسمبر": 12, "كانون الأول": 12}
_MONTH = "|".join(sorted([*_EN_MONTHS, *_AR_MONTHS], key=len, reverse=True))
_YEAR = r"(?:19|20)\d\d|[١٢][٠٩][٠-٩][٠-٩]"

_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\.?,?\s+({_YEAR})|\b({_MONTH})\.?\s+(\d{{1,2}}),?\s+({_YEAR})", re.I)
_MONTH_YEAR = re.compile(rf"(?<![\w\u0621-\u064a])(?:/)?({_MONTH})(?:/[\u0621-\u064a]+)?\.?,?\s+(?:(?:of|من|عام)\s+)?({_YEAR})\b", re.I)
_YEAR_ALONE = re.compile(rf"(?:\b(?:in|during|by|since|early|late|mid|end\s+of|beginning\s+of|start\s+of|peak\s+in|as\s+of|throughout)\s+(?:-\s*)?|\bmid-|"
                         rf"(?:عام|العام|خلال|في|منذ|مطلع|أواخر|أوائل|نهاية|بداية|سنة)\s+(?:عام\s+)?)({_YEAR})\b", re.I)
_YEAR_SPAN = re.compile(rf"(?:\b(?:between|from|during|in)\s+|(?:خلال|بين|في)\s+(?:عامي|العامين|سنتي)\s+|عامي\s+)({_YEAR})\s*(?:-|–|and|to|و|إلى|الى)\s*({_YEAR})\b", re.I)
_AS_OF_MONTH = re.compile(rf"\b(?:as\s+of|in|by|at\s+the\s+end\s+of|end\s+of|early|late|mid)\s+({_MONTH})\b(?!\s+\d)|"
                          rf"(?:في|حتى|خلال)\s+(?:(?:نهاية|مطلع|بداية|أواخر|أوائل)\s+)?(?:شهر\s+)?({_MONTH})(?!\s*[\d٠-٩])", re.I)
_SINCE = re.compile(rf"\bsince\s+(?:(?P<d1>\d{{1,2}})\s+)?(?P<m1>{_MONTH})\b(?:\s+(?P<d2>\d{{1,2}})\b)?(?:,?\s+(?P<y1>{_YEAR}))?|\bsince\s+(?:the\s+(?:beginning|start)\s+of\s+)?(?P<y2>{_YEAR})\b|"
                    rf"منذ\s+(?:(?:بداية|مطلع)\s+)?(?:شهر\s+)?(?P<m3>{_MONTH})(?:/[\u0621-\u064a]+)?(?:\s+(?:عام\s+)?(?P<y3>{_YEAR}))?|منذ\s+(?:(?:بداية|مطلع)\s+)?(?:عام\s+|العام\s+)?(?P<y4>{_YEAR})", re.I)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\b(?!\.?,?\s+\d)|\b({_MONTH})\s+(\d{{1,2}})\b(?!,?\s+\d{{4}})", re.I)
_LAST_MONTH = re.compile(r"\blast\s+month\b|الشهر\s+الماضي", re.I)
_LAST_YEAR = re.compile(r"\blast\s+year\b|العام\s+الماضي|السنة\s+الماضية", re.I)
_YEAR_EARLIER = re.compile(r"\ba\s+year\s+(?:earlier|before)\b|قبل\s+عام|قبل\s+سنة", re.I)
_SINCE_START = re.compile(r"since\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+year|so\s+far\s+this\s+year|"
                          r"منذ\s+(?:بداية|مطلع)\s+(?:العام|السنة|هذا\s+العام)(?:\s+(?:الجاري|الحالي))?", re.I)
_AR_ORDINAL_DAYS = {"الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7, "الثامن": 8,
                    "التاسع": 9, "العاشر": 10}
_AR_ORDINAL_DAY = re.compile(rf"(?<![\u0621-\u064a])({'|'.join(_AR_ORDINAL_DAYS)})\s+من\s+(?:شهر\s+)?({_MONTH})(?:/[\u0621-\u064a]+)?(?:\s+(?:عام\s+)?({_YEAR}))?")
_THIS_YEAR_PART = re.compile(r"\b(?:early|late|earlier)\s+this\s+year\b|(?:مطلع|أوائل|بداية|أواخر|نهاية)\s+(?:العام|السنة)\s+(?:الجاري|الحالي|الجارية|الحالية)", re.I)
# a date right after an event ("displaced by the offensive in October") dates the event, not the figure
_EVENT_BEFORE = re.compile(r"(?:offensive|attack|assault|operation|invasion|incursion|battle|fighting|escape|jailbreak|riot|uprising|"
                           r"الهجوم|العملية|الاجتياح|المعركة|الهروب|العصيان)\s*(?:(?:in|on|during|of|في|خلال)\s+)?$", re.I)
_AT_EVENT = re.compile(r"\b(?:at\s+the\s+time\s+of|during|before|after|when|since)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}$|"
                       r"(?:عند(?:\s+وقوع)?|خلال|قبل|بعد|أثناء|إبان)\s+(?:\S+\s+){0,1}$", re.I)
_UNDATED_PAST = re.compile(r"\bonce\s+(?:home\s+to|held|housed|hosted|had|numbered|counted|sheltered|reached|was|were)\b|"
                           r"\bat\s+(?:its|their|the)\s+(?:peak|height)\b|\bformerly\b|\bused\s+to\s+(?:hold|house|host)\b|"
                           r"في\s+(?:ذروته|ذروتها|أوجه)|كان\s+(?:يضم|يؤوي|يأوي)\s+(?:في\s+)?(?:وقت\s+)?(?:سابق|ما)", re.I)
_NOW = re.compile(r"\b(?:now|today|currently|at\s+present)\b|اليوم|حاليا|حالياً|الآن", re.I)
_RELATIVE = re.compile(r"\b(?:which|where|whose|who)\b|الذي|التي|الذين", re.I)
_DIGIT = re.compile(r"\d")
_AGE = re.compile(r"(?:age\s+of|under|below|over|aged)\s+\d+", re.I)
_FIRST_SINCE = re.compile(r"first\s+time\s+since|lowest\s+since|highest\s+since|لأول\s+مرة\s+منذ|أدنى\s+مستوى\s+منذ", re.I)
_FRONTED = re.compile(r"^\s*(?:in|on|by|as\s+of|since|at\s+the\s+end\s+of|during|last|early|late|between|في|منذ|خلال|حتى|عام|مع\s+نهاية|بحلول)\b", re.I)
_CLAUSE = re.compile(r"(?:(?<!\d)[,،;:]|[,،;:](?!\d{3}(?!\d)))\s*|\s+(?:while|whereas|but)\s+|\s+أما\s+|\s+فيما\s+")


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    return _EN_MONTHS.get(name) or _AR_MONTHS.get(name) or _AR_MONTHS[name]


def _nearest(matches: list[re.Match], at: int) -> re.Match | None:
    return min(matches, key=lambda m: abs(m.start() - at), default=None)


def _year_for(month: int, day: int, published: date) -> int:
    """A month (and day) named without a year: the latest one not after the article date."""
    return published.year if (month, day) <= (published.month, published.day) else published.year - 1


def _since(m: re.Match, published: date | None) -> str | None:
    if published is None:
        return None
    year = m.group("y1") or m.group("y2") or m.group("y3") or m.group("y4")
    month = m.group("m1") or m.group("m3")
    day = m.group("d1") or m.group("d2")
    if month:
        month_no, day_no = _month(month), int(day) if day else 1
        y = int(year.translate(ARABIC_INDIC_DIGITS)) if year else _year_for(month_no, day_no, published)
        try:
            start = date(y, month_no, day_no)
        except ValueError:
            return None
    else:
        start = date(int(year.translate(ARABIC_INDIC_DIGITS)), 1, 1)
    return f"{start.isoformat()}/{published.isoformat()}"


def _day_month_year(m: re.Match, published) -> str | None:
    day, month, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
    try:
        return date(int(year.translate(ARABIC_INDIC_DIGITS)), _month(month), int(day)).isoformat()
    except ValueError:
        return None


def _day_month(m: re.Match, published) -> str | None:
    if published is None:
        return None
    day, name = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    month = _month(name)
    try:
        return date(_year_for(month, int(day), published), month, int(day)).isoformat()
    except ValueError:
        return None


def _ar_ordinal_day(m: re.Match, published) -> str | None:
    day, month = _AR_ORDINAL_DAYS[m.group(1)], _month(m.group(2))
    if m.group(3):
        return date(int(m.group(3).translate(ARABIC_INDIC_DIGITS)), month, day).isoformat()
    return date(_year_for(month, day, published), month, day).isoformat() if published else None


def _last_month(m, published) -> str | None:
    if published is None:
        return None
    year, month = (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
    return f"{year}-{month:02d}"


# (pattern, reader) in order of precedence: the first kind found near the figure wins.
_READERS = [
    (_SINCE, _since),
    (_DAY_MONTH_YEAR, _day_month_year),
    (_MONTH_YEAR, lambda m, p: f"{int(m.group(2).translate(ARABIC_INDIC_DIGITS)):04d}-{_month(m.group(1)):02d}"),
    (_SINCE_START, lambda m, p: f"{p.year}-01-01/{p.isoformat()}" if p else None),
    (_AR_ORDINAL_DAY, _ar_ordinal_day),
    (_THIS_YEAR_PART, lambda m, p: str(p.year) if p else None),
    (_YEAR_SPAN, lambda m, p: f"{m.group(1).translate(ARABIC_INDIC_DIGITS)}/{m.group(2).translate(ARABIC_INDIC_DIGITS)}"),
    (_YEAR_ALONE, lambda m, p: m.group(1).translate(ARABIC_INDIC_DIGITS)),
    (_DAY_MONTH, _day_month),
    (_AS_OF_MONTH, lambda m, p: f"{_year_for(_month(m.group(1) or m.group(2)), 1, p)}-{_month(m.group(1) or m.group(2)):02d}" if p else None),
    (_LAST_MONTH, _last_month),
    (_LAST_YEAR, lambda m, p: str(p.year - 1) if p else None),
]


def _dates_in(sentence: str, lo: int, hi: int, at: int, published: date | None, readers=None, end: int | None = None,
              check_digits: bool = True) -> str | None:
    """The first kind of date expression found in sentence[lo:hi], nearest the figure, not cut off
    from it by a relative clause ("the camp, which ... since 2019, holds 39,000")."""
    for pattern, read in readers or _READERS:
        found = []
        for m in pattern.finditer(sentence, lo, hi):
            if m.end() <= at and _RELATIVE.search(sentence, m.end(), at):
                continue  # "the camp, which has lost 20 women since January, holds 39,000"
            end = at + 1 if end is None else end
            between = _AGE.sub(" ", sentence[min(m.end(), end):max(m.start(), at)])
            if check_digits and _DIGIT.search(between):
                continue  # another figure stands between: "to 6,700 from over 10,000 in 2019"
            if _FIRST_SINCE.search(sentence, max(0, m.start() - 25), m.start() + 6):
                continue  # "for the first time since 2019" is not the figure's period
            event = _EVENT_BEFORE.search(sentence[max(0, m.start() - 30):m.start()])
            if event and not _AT_EVENT.search(sentence[max(0, m.start() - 60):max(0, m.start() - 30) + event.start()]):
                continue  # "displaced by the Turkish offensive in October"; but "3,500 at the time of the attack in January 2022"
            found.append(m)
        if found:
            value = read(min(found, key=lambda m: abs(m.start() - at)), published)
            if value:
                return value
    return None


def _clause(sentence: str, at: int) -> tuple[int, int]:
    cuts = [0] + [m.end() for m in _CLAUSE.finditer(sentence)] + [len(sentence)]
    for a, b in zip(cuts, cuts[1:]):
        if a <= at < b:
            return a, b
    return 0, len(sentence)


def _shift_year(iso: str, years: int) -> str:
    return f"{int(iso[:4]) + years:04d}{iso[4:]}"


_CUE = re.compile(rf"\d{{4}}|[١٢][٠٩][٠-٩][٠-٩]|\b(?:{_MONTH})\b|\b(?:since|last|earlier|before|this\s+year|so\s+far)\b|منذ|الماضي|الماضية|قبل|هذا\s+العام|الجاري|الحالي", re.I)


_CUE_LOWER = re.compile(_CUE.pattern)  # the same, on lower-cased text: twice as fast as re.I


def has_date_words(sentence: str) -> bool:
    """Whether the sentence holds any date word at all (most do not)."""
    return _CUE_LOWER.search(sentence.lower()) is not None


def ref_date(sentence: str, at: int, published: date | None, end: int | None = None, dated: bool | None = None) -> str | None:
    """The claim's reference date from its sentence (`at`: the figure's offset in the sentence).
    The figure's own clause speaks first; then the rest of the sentence, unless the figure's clause
    says "now"/"today" or a relative clause separates the date from the figure.
    dated: has_date_words(sentence), when the caller already knows it."""
    if not (has_date_words(sentence) if dated is None else dated):
        if _UNDATED_PAST.search(sentence) and _UNDATED_PAST.search(sentence, *_clause(sentence, at)):
            return None  # "once home to more than 73,000": some time before, not at the article's date
        return published.isoformat() if published else None
    a, b = _clause(sentence, at)
    if _YEAR_EARLIER.search(sentence, a, b) and a > 0:
        base = ref_date(sentence[:a], a - 1, published)
        if base and "/" not in base:
            return _shift_year(base, -1)
    found = _dates_in(sentence, a, b, at, published, end=end)
    if found is None and a > 0 and not sentence[a:at].strip():  # "بلغ عدد القتلى منذ بداية 2022، 27 شخصاً": the figure
        found = _dates_in(sentence, _clause(sentence, a - 1)[0], a, at, published, end=end)  # completes the clause before
    if found is None and a > 0 and not _NOW.search(sentence, a, b):
        first = _clause(sentence, 0)
        if _FRONTED.match(sentence[:first[1]]):  # a fronted date: "On 1 May, ...", "In December, ..."
            found = _dates_in(sentence, 0, first[1], at, published, end=end, check_digits=False)
    if found is None and _UNDATED_PAST.search(sentence, a, b):
        return None  # "once home to more than 73,000", "at its peak": true some time before, not at the article's date
    return found or (published.isoformat() if published else None)
