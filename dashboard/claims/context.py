"""What a figure counts, where, when and according to whom: read from the words around it."""
from __future__ import annotations

import re

# --- what is counted --------------------------------------------------------------------------
# Nouns right after a figure (a few adjectives may stand between). Order matters: first match wins.
_NOUNS = [
    (r"(?:foreign|third[- ]country|non-iraqi)\s+(?:\w+\s+){0,2}?(?:women\s+and\s+children)", "population_tcn"),
    (r"women\s+and\s+(?:their\s+)?children|(?:من\s+)?(?:ال)?نساء\s+و(?:ال)?أطفال|(?:ال)?نساء\s+والأطفال", "women_children"),
    (r"(?:foreign|third[- ]country)\s+(?:fighters|detainees|prisoners|militants|nationals\s+detained)", "detainees_foreign"),
    (r"(?:iraqi|syrian)\s+(?:fighters|detainees|prisoners|militants)", "_detainee_nationality"),
    (r"nationalities|countries|different\s+nationalities|جنسية|جنسيات|دولة|دول", "nationalities"),
    (r"iraqis|iraqi\s+(?:nationals|citizens|residents|refugees|women|families|people)?|(?:من\s+)?(?:ال)?عراقي(?:ين|ون|ا|ات)?|من\s+العراق", "population_iraqi"),
    (r"syrians|syrian\s+(?:nationals|citizens|residents|idps|women|families|people)?|(?:من\s+)?(?:ال)?سوري(?:ين|ون|ا|ات)?", "population_syrian"),
    (r"(?:foreigners|foreign\s+nationals|foreign\s+women|third[- ]country\s+nationals|tcns?|(?:of\s+)?other\s+nationalities"
     r"|non-iraqi\s+foreigners|(?:من\s+)?(?:ال)?أجانب|أجنبي(?:ة|ات)?|من\s+جنسيات\s+(?:أخرى|أجنبية|مختلفة)|من\s+الأجانب)", "population_tcn"),
    (r"families|households|family|household|عائلة|عائلات|أسرة|أسر|عوائل", "households"),
    (r"children|minors|kids|under(?:\s+the\s+age\s+of)?\s+(?:18|eighteen)|(?:من\s+)?(?:ال)?أطفال|طفل|طفلاً|طفلا|قاصر(?:ين)?|دون\s+(?:سن\s+)?(?:الـ)?18", "children"),
    (r"detainees|prisoners|inmates|fighters|suspected\s+(?:isis|is|islamic\s+state)\s+(?:fighters|members|militants)"
     r"|(?:isis|is|islamic\s+state|daesh|isil)\s+(?:suspects|fighters|members|militants|detainees|prisoners)"
     r"|suspects|militants|jihadists|men\s+(?:held|detained)|(?:ال)?معتقل(?:ين|ون|اً|ا)?|سجين(?:اً|ا)?|(?:ال)?سجناء|(?:ال)?محتجز(?:ين|ون)?|عنصر(?:اً|ا)?|عناصر|مقاتل(?:ين|ون|اً|ا)?|موقوف(?:ين)?", "detainees"),
    (r"people|persons|individuals|residents|inhabitants|displaced|idps|refugees|civilians|camp\s+residents|souls"
     r"|شخص(?:اً|ا)?|أشخاص|نسمة|نازح(?:ين|اً|ا)?|لاجئ(?:ين|اً|ا)?|قاطن(?:ين|اً|ا)?|مدني(?:ين)?|فرد(?:اً|ا)?|أفراد|مقيم(?:ين)?", "population"),
]
_NOUN_RE = [(re.compile(rf"^(?:[\s,]*)(?:(?:[\w'’-]+\s+){{0,2}}?)(?:{p})(?![\w\u0621-\u064a])", re.I), m) for p, m in _NOUNS]
# "of them" / "of the camp's population" / "are" between a share and its noun
_SHARE_GLUE = re.compile(r"^\s*(?:of\s+(?:them|those|the\s+(?:camp|prison)(?:'s|’s)?\s+(?:population|residents|inhabitants|detainees)"
                         r"|(?:the\s+)?(?:residents|inhabitants|detainees|population|camp\s+residents))\s*,?\s*)?"
                         r"(?:(?:are|were|is|was|being|have\s+been|of\s+whom\s+are)\s+)?(?:from\s+)?(?:منهم\s+|من\s+)?", re.I)
# Flows: a verb near the figure makes a count of people an event count.
_FLOW_AFTER = [
    (r"(?:were|have\s+been|had\s+been|was|been)?\s*(?:killed|murdered|assassinated|shot\s+dead)|killings|murders|homicides|قتل(?:وا|ى)?|قتيل(?:اً|ا)?|جريمة\s+قتل|جرائم\s+قتل|اغتيال", "killings"),
    (r"(?:have\s+)?died|deaths|dead|perished|توفي|وفاة|وفيات|لقوا\s+حتفهم", "deaths"),
    (r"(?:were|have\s+been|had\s+been|was|been)?\s*(?:repatriated|returned\s+(?:home|to\s+(?:their|iraq)))|repatriations|returnees|(?:تمت\s+)?إعادت?هم|أعيد(?:وا)?|عاد(?:وا|ت)?|إلى\s+العراق", "repatriated"),
    (r"(?:were|have\s+been|had\s+been|was|been)?\s*(?:transferred|moved\s+to\s+iraq|flown\s+to\s+iraq|handed\s+(?:over\s+)?to)|نقل(?:هم|وا)?|نُقل(?:وا)?|تم\s+نقل", "transferred"),
    (r"(?:have\s+)?(?:left|departed)|departures|غادر(?:وا)?|خرج(?:وا)?", "departures"),
    (r"(?:have\s+)?(?:arrived)|new\s+arrivals|arrivals|وصل(?:وا)?|وصول", "arrivals"),
]
_FLOW_AFTER_RE = [(re.compile(rf"^[^.;:!?\d]{{0,45}}?\b(?:{p})", re.I), m) for p, m in _FLOW_AFTER]
_FLOW_BEFORE = [
    (r"(?:killing|murder|deaths?)\s+of|killed|murdered|مقتل|قتل", "killings"),
    (r"(?:repatriation|return|repatriated|returned|repatriating|bringing\s+home)\s+(?:of\s+)?|إعادة|إرجاع|عودة", "repatriated"),
    (r"(?:transfer|transferred|moved|moving|handed\s+over)\s+(?:of\s+)?|نقل", "transferred"),
    (r"(?:departure|departures)\s+of|إخراج|خروج", "departures"),
]
_FLOW_BEFORE_RE = [(re.compile(rf"(?:{p})\s*(?:(?:the|some|about|around|nearly|more\s+than|over|at\s+least|another|a\s+further|an\s+additional|نحو|حوالي|أكثر\s+من)\s+)*$", re.I), m)
                   for p, m in _FLOW_BEFORE]
# Stock verbs and phrases before a figure with no noun after it ("population of 56,000", "holds 10,000")
_STOCK_BEFORE = re.compile(r"(?:population|populace|residents|inhabitants|headcount|census|سكان|عدد\s+سكان|عدد\s+قاطني|تعداد|عدد\s+المقيمين|عدد\s+النازحين)"
                           r"(?:\s+\w+){0,4}?\s+(?:of|at|is|was|stood\s+at|stands\s+at|reached|to|numbered|totals?|totalled|around|about|نحو|حوالي|بلغ|يبلغ|إلى|الى)?\s*"
                           r"(?:(?:about|around|some|nearly|almost|roughly|approximately|more\s+than|over|at\s+least|an\s+estimated|just\s+over|نحو|حوالي|حوالى|قرابة|أكثر\s+من|ما\s+يقارب)\s+)?$", re.I)
_HOLDS_BEFORE = re.compile(r"(?:holds?|holding|held|houses?|housing|housed|hosts?|hosting|hosted|shelters?|sheltering|home\s+to|is\s+home\s+to|accommodat\w+|يضم|تضم|يؤوي|يأوي|يحتجز|تحتجز|يقطنه|يقيم\s+فيه)"
                           r"\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|more\s+than|over|at\s+least|an\s+estimated|up\s+to|نحو|حوالي|حوالى|قرابة|أكثر\s+من|ما\s+يقارب)\s+)?$", re.I)

DETENTION_CUES = re.compile(r"prison|jail|detention|detainee|detained|inmate|سجن|سجون|معتقل|محتجز|احتجاز", re.I)
_NON_PEOPLE_AFTER = re.compile(
    r"^\s*(?:-|‑)?\s*(?:km\b|kilomet|kms\b|mi\b|miles?\b|met(?:er|re)s?\b|m2\b|sq\b|square|hectares?|acres?|°|degrees?|kg\b|kilos?\b|tonnes?\b|tons?\b|lit(?:er|re)s?\b"
    r"|years?\b|-year|year-old|months?\b|weeks?\b|days?\b|hours?\b|minutes?\b|dollars?\b|euros?\b|usd\b|pounds?\b|st\b|nd\b|rd\b|th\b"
    r"|كم\b|كيلومتر|كيلو|متر|عام(?:اً|ا)?\b|سنة|سنوات|أعوام|شهر|أشهر|يوم|أيام|ساعة|ساعات|دولار|يورو|درجة|ليرة)", re.I)
_NON_PEOPLE_BEFORE = re.compile(
    r"(?:[$€£]|us\$|usd|phase|phases|resolution|no\.|number|week|page|article|chapter|room|block|section|sector|route|highway|"
    r"aged|age\s+of|ages\s+of|ages|under\s+the\s+age\s+of|over\s+the\s+age\s+of|above\s+the\s+age\s+of|tel\.?|phone|call|"
    r"المرحلة|القطاع|القرار|رقم|عمر|سن|بعمر|بين\s+سن|الهاتف|قطاع)\s*(?:[\w.]+\s+)?$", re.I)
_MONTHS = (r"january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
           r"|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر"
           r"|كانون\s+الثاني|كانون\s+الأول|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين\s+الأول|تشرين\s+الثاني")
_MONTH_AFTER = re.compile(rf"^\s*(?:{_MONTHS})\b", re.I)
_MONTH_BEFORE = re.compile(rf"(?:{_MONTHS})\.?\s*$", re.I)


def non_people(text: str, start: int, end: int, raw: str) -> bool:
    """True when the number is a distance, age, date, year, money, ordinal, phase, phone number..."""
    after, before = text[end:end + 24], text[max(0, start - 30):start]
    if end < len(text) and text[end].isalpha() and not text[end].isspace() and raw[-1:].isdigit():
        return True  # 19th, 3rd, 10am, 5km
    if _NON_PEOPLE_AFTER.match(after) or _NON_PEOPLE_BEFORE.search(before):
        return True
    if _MONTH_AFTER.match(after) or _MONTH_BEFORE.search(before):
        return True
    if re.fullmatch(r"(?:19|20)\d\d", raw.strip().translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))):
        return True  # a bare year
    if raw[:1] == "0" and len(raw) > 1 and raw[1:2].isdigit():
        return True  # phone numbers, codes
    if re.search(r"[+:/]\s?$|\d\s$", before) or re.match(r"^(?::|/)\d|^\s\d{2,}", after):
        return True  # 10:30, +963 ..., 0933 123 456, 1/2
    return False


def noun_metric(after: str, share: bool) -> str | None:
    """The metric named by the words right after a figure."""
    if share:
        glue = _SHARE_GLUE.match(after)
        after = after[glue.end():] if glue else after
    for pattern, metric in _NOUN_RE:
        if pattern.match(after):
            return metric
    return None


def flow_metric(before: str, after: str) -> str | None:
    for pattern, metric in _FLOW_AFTER_RE:
        if pattern.match(after):
            return metric
    for pattern, metric in _FLOW_BEFORE_RE:
        if pattern.search(before):
            return metric
    return None


def stock_metric(before: str) -> str | None:
    if _STOCK_BEFORE.search(before):
        return "population"
    if _HOLDS_BEFORE.search(before):
        return "population"
    return None


def in_detention(sentence: str) -> bool:
    return bool(DETENTION_CUES.search(sentence))


def detention_variant(metric: str) -> str:
    return {"population_iraqi": "detainees_iraqi", "population_syrian": "detainees_syrian",
            "population_tcn": "detainees_foreign", "population": "detainees"}.get(metric, metric)
