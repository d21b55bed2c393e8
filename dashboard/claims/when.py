"""The date a figure refers to: the article's date unless the sentence dates the figure.
ISO 8601 with reduced precision ("2019", "2024-03") or an interval ("2024-01-01/2024-04-10")."""
from __future__ import annotations

import re
from datetime import date

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
_AS_OF_MONTH = re.compile(rf"\b(?:as\s+of|in|since|by|at\s+the\s+end\s+of|end\s+of|early|late|mid)\s+({_MONTH})\b(?!\s+\d)|"
                          rf"(?:في|منذ|حتى|خلال)\s+(?:شهر\s+)?({_MONTH})(?!\s*[\d٠-٩])", re.I)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\b(?!\.?,?\s+\d)|\b({_MONTH})\s+(\d{{1,2}})\b(?!,?\s+\d{{4}})", re.I)
_LAST_MONTH = re.compile(r"\blast\s+month\b|الشهر\s+الماضي", re.I)
_LAST_YEAR = re.compile(r"\blast\s+year\b|العام\s+الماضي|السنة\s+الماضية", re.I)
_THIS_YEAR = re.compile(r"\bthis\s+year\b|so\s+far\s+this\s+year|هذا\s+العام|العام\s+الحالي|العام\s+الجاري", re.I)
_SINCE_START = re.compile(r"since\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+year|since\s+january\b(?!\s+\d)|so\s+far\s+this\s+year|"
                          r"منذ\s+(?:بداية|مطلع)\s+(?:العام|السنة|هذا\s+العام)", re.I)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    return _EN_MONTHS.get(name) or _AR_MONTHS.get(name) or _AR_MONTHS[name]


def _nearest(matches: list[re.Match], at: int) -> re.Match | None:
    return min(matches, key=lambda m: abs(m.start() - at), default=None)


def ref_date(sentence: str, at: int, published: date | None) -> str | None:
    """The claim's reference date from its sentence (`at`: the figure's offset in the sentence)."""
    if m := _nearest(list(_DAY_MONTH_YEAR.finditer(sentence)), at):
        day, month, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
        try:
            return date(int(year.translate(_DIGITS)), _month(month), int(day)).isoformat()
        except ValueError:
            pass
    if m := _nearest(list(_MONTH_YEAR.finditer(sentence)), at):
        return f"{int(m.group(2).translate(_DIGITS)):04d}-{_month(m.group(1)):02d}"
    if _SINCE_START.search(sentence) and published:
        return f"{published.year}-01-01/{published.isoformat()}"
    if m := _nearest(list(_YEAR_ALONE.finditer(sentence)), at):
        return m.group(1).translate(_DIGITS)
    if published is None:
        return None
    if m := _DAY_MONTH.search(sentence):
        day, name = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        month = _month(name)
        year = published.year if (month, int(day)) <= (published.month, published.day) else published.year - 1
        try:
            return date(year, month, int(day)).isoformat()
        except ValueError:
            pass
    if m := _AS_OF_MONTH.search(sentence):
        month = _month(m.group(1) or m.group(2))
        year = published.year if month <= published.month else published.year - 1
        return f"{year}-{month:02d}"
    if _LAST_MONTH.search(sentence):
        year, month = (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
        return f"{year}-{month:02d}"
    if _LAST_YEAR.search(sentence):
        return str(published.year - 1)
    return published.isoformat()
