"""What a figure counts: read from the words around it (English and Arabic).

Precedence, most specific first: a flow verb right before the figure ("repatriated 500"), a
"number of X ... stands at" frame, a flow verb after it ("500 were killed"), the noun after it
("500 families"), then stock frames ("population of", "holds", "where 25,000 remain").
A figure whose words name no metric is not a claim: that is the precision guard."""
from __future__ import annotations

import re

from .lexicon import ARABIC_INDIC_DIGITS


class Cued:
    """A pattern tried only where a cheap cue is present: the cue is a word the pattern cannot match
    without, so skipping is exact. (Python's re has no literal prefilter for patterns that open with
    a group, and tries each of them at every position of the window.)"""

    def __init__(self, pattern: re.Pattern, cue: str):
        self.pattern, self.cue = pattern, re.compile(cue, re.I)

    def search(self, text: str):
        return self.pattern.search(text) if self.cue.search(text) else None


AR = r"(?:ال|لل|بال|وال)?"  # Arabic article / preposition glued to a noun
_QUAL = (r"(?:about|around|some|nearly|almost|roughly|approximately|more\s+than|over|at\s+least|an\s+estimated|up\s+to|just\s+over|"
         r"fewer\s+than|less\s+than|another|a\s+further|an\s+additional|the|"
         r"نحو|حوالي|حوالى|قرابة|أكثر\s+من|ما\s+يقارب|ما\s+يزيد\s+عن|ما\s+يزيد\s+على|ما\s+يصل\s+إلى|أقل\s+من|زهاء|ما\s+لا\s+يقل\s+عن|بنحو)")
_QUALS = rf"(?:{_QUAL}\s+)*"

# (pattern, metric): nouns that say what is counted. Matched right after the figure, fewest filler words first.
NOUNS = [
    # foreigners first: "6,300 foreign women and children" is the camp's third-country nationals (how the sources count them)
    (rf"foreign\s+(?:women|wives|widows|mothers)\s+and\s+(?:their\s+)?children|امرأة\s+وطفل\s+{AR}أجنبي|طفل(?:اً|ا)?\s+وامرأة\s+{AR}أجنبي", "population_tcn"),
    (rf"(?:the\s+)?(?:women|wives|widows|mothers)\s+and\s+(?:their\s+)?children|children\s+and\s+women"
     rf"|(?:من\s+)?{AR}نساء\s+و{AR}أطفال|(?:من\s+)?{AR}أطفال\s+و{AR}نساء|امرأة\s+وطفل|طفل(?:اً|ا)?\s+وامرأة", "women_children"),
    (rf"(?:foreign|third[- ]country)\s+(?:fighters|detainees|prisoners|militants|nationals\s+detained)|{AR}مقاتل(?:ين|اً|ا)?\s+{AR}(?:أجانب|أجنبي)|{AR}عناصر\s+{AR}أجانب|{AR}معتقل(?:ين)?\s+{AR}(?:أجانب|أجنبي)", "detainees_foreign"),
    (r"(?:iraqi|syrian)\s+(?:fighters|detainees|prisoners|militants)", "_detainee_nationality"),
    (r"(?:people\s+|residents\s+)?(?:of|from)\s+other\s+(?:nationalities|countries)|from\s+other\s+countries|(?:of\s+)?other\s+nationalities|from\s+(?:third|other)\s+countries|(?:من\s+)?جنسيات\s+(?:أخرى|أجنبية|مختلفة)", "population_tcn"),
    # "of Iraqi nationality", "من الجنسية السورية", "شخص عراقي الجنسية": people of one nationality, not a count of nationalities
    (rf"(?:(?:people|persons|individuals)\s+)?of\s+iraqi\s+nationality|(?:{AR}(?:أشخاص|شخص(?:اً|ا)?)\s+)?(?:من\s+)?{AR}جنسية\s+{AR}عراقية|{AR}(?:أشخاص|شخص(?:اً|ا)?)\s+{AR}عراقي(?:ين|ي)?(?:\s+{AR}جنسية)?", "population_iraqi"),
    (rf"(?:(?:people|persons|individuals)\s+)?of\s+syrian\s+nationality|(?:{AR}(?:أشخاص|شخص(?:اً|ا)?)\s+)?(?:من\s+)?{AR}جنسية\s+{AR}سورية|{AR}(?:أشخاص|شخص(?:اً|ا)?)\s+{AR}سوري(?:ين|ي)?(?:\s+{AR}جنسية)?", "population_syrian"),
    (rf"(?:different\s+)?nationalities|countries|(?<!united\s)nations|{AR}جنسية|{AR}جنسيات|دولة|دول|بلدا", "nationalities"),
    (r"(?:iraqi|syrian|foreign)\s+(?:families|households)", "households"),  # "64 Iraqi households": still households
    (rf"iraqis|iraqi(?:\s+(?:nationals|citizens|residents|refugees|women|people))?|(?:من\s+)?{AR}عراقي(?:ين|ون|ا|اً|ات|ة)?", "population_iraqi"),
    (rf"syrians|syrian(?:\s+(?:nationals|citizens|residents|idps|women|people))?|(?:من\s+)?{AR}سوري(?:ين|ون|ا|اً|ات|ة)?", "population_syrian"),
    (rf"foreigners|foreign\s+nationals|foreign\s+women|third[- ]country\s+nationals|tcns?|non-iraqi\s+foreigners|(?:من\s+)?{AR}أجانب|{AR}أجنبي(?:ة|ات|اً|ا)?", "population_tcn"),
    (rf"families|households|family(?!\s+members)|household|{AR}عائلة|{AR}عائلات|{AR}أسرة|{AR}أسر|{AR}عوائل", "households"),
    (rf"children|minors|kids|under(?:\s+the\s+age\s+of)?\s+(?:1[0-8]|[5-9]|eighteen|twelve|five)(?!\d)|(?:من\s+)?{AR}أطفال|{AR}طفل(?:اً|ا)?|{AR}قاصر(?:ين)?|دون\s+(?:سن\s+)?(?:(?:الـ?)?18|الثامنة\s+عشرة?)", "children"),
    (rf"detainees|prisoners|inmates|fighters|(?:suspected\s+)?(?:isis|is|islamic\s+state|daesh|isil)\s+(?:suspects|fighters|members|militants|detainees|prisoners)"
     rf"|suspects|militants|jihadists|{AR}معتقل(?:ين|ون|اً|ا)?|{AR}سجين(?:اً|ا)?|{AR}سجناء|{AR}محتجز(?:ين|ون)?|{AR}عنصر(?:اً|ا)?|{AR}عناصر|{AR}مقاتل(?:ين|ون|اً|ا)?|{AR}موقوف(?:ين)?", "detainees"),
    (rf"people|persons|individuals|residents|family\s+members|inhabitants|displaced(?:\s+people)?|idps|refugees|civilians|souls|citizens|nationals"
     rf"|{AR}شخص(?:اً|ا)?|{AR}أشخاص|نسمة|{AR}نازح(?:ين|اً|ا)?|{AR}فار(?:ين|ين)|{AR}هاربين|{AR}لاجئ(?:ين|اً|ا)?|{AR}قاطن(?:ين|اً|ا)?|{AR}مدني(?:ين)?|{AR}فرد(?:اً|ا)?|{AR}أفراد|{AR}مقيم(?:ين)?|{AR}مواطن(?:ين|يها|يه)?", "population"),
]
_END = r"(?![\w\u0621-\u064a])"
# Nouns at 0, 1 or 2 words after the figure, as one alternation tried in the loop's order (k, then NOUNS):
# the first alternative that matches is the one the loop "for k: for noun: match" would return.
_NOUN_AT = re.compile(r"^[\s,،)]*(?:" + "|".join(
    rf"(?:(?:[^\W\d](?:[^\W\d]|['’-])*|اً)\s+){{{k}}}(?:" + "|".join(f"(?P<n{k}_{i}>{p}){_END}" for i, (p, _) in enumerate(NOUNS)) + ")"
    for k in range(3)) + ")", re.I)
_NOUN_OF_GROUP = {f"n{k}_{i}": metric for k in range(3) for i, (_, metric) in enumerate(NOUNS)}
_NOUN_ANY = re.compile("|".join(f"(?:{p})" for p, _ in NOUNS), re.I)
SUBGROUP = re.compile(r"security\s+forces|guards|(?:sdf|kurdish|coalition|ypg|asayish|government|us|american|iraqi\s+army)\s+(?:fighters|troops|forces|advisers|soldiers|personnel)|قوى\s+الأمن|الأسايش|unaccompanied|separated|orphan|pregnant|disabled|malnourished|wounded|injured|sick|patients|cases|"
                      r"غير\s+مصحوبين|أيتام|يتيم|حوامل|مرضى|جرحى|مصابين|ذوي\s+الإعاقة", re.I)
NON_METRIC_NOUN = re.compile(r"^[\s,]*(?:beds?|tents?|trucks?|shelters?|latrines?|water\s+tanks?|tanks?|vehicles?|kcal|calories?|plots?|points?|clinics?|"
                             r"hospitals?|schools?|buses|ambulances?|cars?|convoys?|batches?|flights?|cases?|patients?|staff|guards?|workers?|arrests?|attackers?|"
                             r"سرير|خيمة|خيام|شاحنة|شاحنات|صهريج|صهاريج|سلة|سلال|حالة|حالات|إصابة|إصابات|مريض|مرضى|حارس|حراس|عامل|موظف|مهاجم|دفعة|دفعات|رحلة|رحلات|حافلة|حافلات|باص|باصا|باصاً|باصات|سيارة|سيارات|وجبة|وجبات|قافلة|قوافل)\b", re.I)

# Share glue: between a share and the part it names ("of them", "of al-Hol's 55,000 residents are", "من سكان مخيم الهول هم من")
_BASE = r"(?:residents|population|inhabitants|detainees|prisoners|inmates|people|camp\s+residents|those(?:\s+still)?(?:\s+(?:living|held|detained|housed|staying|remaining|left))?(?:\s+(?:in|at)\s+(?:the\s+)?[\w'’-]+(?:\s+camp)?)?)"
_AR_BASE = r"(?:من\s+)?(?:سكان|قاطني|نزلاء|المقيمين|المحتجزين|المعتقلين|سكانه|قاطنيه|القاطنين|السكان)"
_VERB = r"(?:are|were|is|was|being|have\s+been|هم|هن)"
SHARE_GLUES = [re.compile(p, re.I) for p in (
    rf"^\s*(?:of\s+(?:the\s+)?(?:[\w'’.,-]+\s+){{0,4}}?{_BASE}|{_AR_BASE}(?:\s+[^\s.]+){{0,6}}?)(?:\s*\([^()]{{1,30}}\))?\s*,?\s+{_VERB}\s+(?:from\s+|من\s+)?",
    rf"^\s*(?:of\s+(?:them|those|whom)|(?:من\s+)?(?:هم|بينهم))\s*,?\s*(?:{_VERB}\s+)?(?:from\s+|من\s+)?",
    rf"^\s*(?:{_VERB}\s+)(?:from\s+|من\s+)?",
)]
SHARE_OF_OTHER = re.compile(r"^\s*(?:of|من)\s", re.I)  # "60% of the children ..." names the base, not the part


# Flows. Before the figure: a verb or noun, then (Arabic) up to a few words, then qualifiers.
FLOW_BEFORE = [
    (r"killing\s+of|murder\s+of|killed|murdered|executing|executed|(?:crimes?|attacks?|murders?)\b[^.;\d]{0,40}?\s(?:that\s+)?(?:led|leading|resulted|resulting)\s+(?:to|in)\s+the\s+deaths?\s+of"
     r"|مقتل|بمقتل|قتل|قتلت|ضحايا", "killings", 0),
    (r"deaths?\s+of|death\s+toll\s+(?:of|(?:from|in|at)\b[^.;\d]{0,40}?\s(?:grew|rose|climbed|reached|stood|stands)(?:\s+to|\s+at)?)"
     r"|وفاة|بوفاة|توفي|توفيت|وفيات", "deaths", 0),
    (r"(?:repatriation|return|repatriate|repatriates|repatriated|returned|repatriating|brought\s+(?:home|back)|bringing\s+home|bring\s+home)(?:\s+of)?"
     r"|t(?:ook|ake|akes|aking|aken)\s+(?:home|back)|إعادة|أعيد(?:ت|وا)?|أعادت|أعاد|يعيد|تعيد|استعادت|استعاد|تستعيد|يستعيد|إرجاع|عودة"
     r"|عاد|عادت|عادوا|رجع|رجعت|رجعوا", "repatriated", 6),
    (r"(?:transfer|transferred|moved|moving|hand(?:ed|s|ing)?\s+over|flown|extradited|extradite)(?:\s+of)?|نقل|نقلت|نُقل|تسلمت|تسلم|يتسلم|تتسلم|استلمت|استلم|يستلم|تستلم|تسليم|سلمت|سلم"
     r"|(?:iraq|baghdad|iraqi\s+(?:authorities|forces|security\s+forces|government))\s+(?:is\s+set\s+to\s+|will\s+|has\s+|had\s+)?(?:receives?|received|receiving)", "transferred", 3),
    (r"(?:departure|departures|evacuation|release)\s+of|evacuated|إجلاء|أجلت|مغادرة|غادر|غادرت|خروج|إخراج|أخرجت|أخرج|خرجت|خرج|خرجوا"  # and what a convoy out of the camp carried:
     r"|(?:convoy|القافلة|قافلة|الدفعة|دفعة|الرحلة|الوجبة)\b[^.;؛\d]{0,80}?\s(?:و)?(?:included|includes|including|comprised|comprises|comprising|carried|carrying|consisted\s+of|consists\s+of|consisting\s+of|made\s+up\s+of"
     r"|ضمت|تضم|تتضمن|تضمنت|شملت|تشمل|تتكون\s+من|تكونت\s+من|(?:ال)?(?:مؤلفة|مكونة|المكوّنة|مكوّنة)\s+من)"
     r"|(?:تتكون|تكونت|ضمت|تضم)\s+(?:ال)?(?:قافلة|دفعة|رحلة|وجبة)\b[^.;؛\d]{0,60}?\sمن", "departures", 6),
    (r"(?:arrival|arrivals)\s+of|(?:وصل|وصلت)(?!\s+(?:عدد|أعداد|إجمالي|حصيلة|العدد))|وصول|قدوم|دخل|تدفق|تدفقت|نزح|فر|استقبل|استقبلت|يستقبل", "arrivals", 6),
    (r"(?:number\s+of|عدد)\s+(?:the\s+)?(?:guards|(?:ال)?حراس|(?:ال)?حرس)|captured|أسرت|أسر|involved|room\s+for|capacity\s+(?:of|for)|built\s+(?:for|to\s+hold)|designed\s+for|يتسع\s+لـ?(?:نحو|حوالي|حوالى)?|(?:ل)?استيعاب|المصمم|صمم|في\s+الأصل|arrested|apprehended|(?:ألقت|ألقى|إلقاء)\s+القبض\s+على|القبض\s+على|detained(?:\s+(?:some|about))?|arrests?\s+of|guarded\s+by|patrolled\s+by|protected\s+by|staffed\s+by|manned\s+by|involving|يحرس|تحرس|detention\s+of|اعتقلت|اعتقل|اعتقال|أوقفت|treated|vaccinated|injured|wounded|أصيب|إصابة|"
     r"deployed|mobili[sz]ed|dispatched|recruited|نشرت|أرسلت|حشدت|جرح|وجرح|killed\s+(?:and|or)\s+(?:wounded|injured)", "_not_a_metric", 3),
]
# Asked only whether they match, on lower-cased text: case-sensitive matching is about twice as fast as re.I
# (the patterns' letters are lower case; the Arabic has no case).
_FLOW_BEFORE = [(re.compile(rf"(?:^|[^\w\u0621-\u064a])(?:و|ف)?(?:ب|ل)?(?:{p})(?:\s+[^\s\d،,.]+){{0,{k}}}?\s+{_QUALS}$"), m) for p, m, k in FLOW_BEFORE]
_FLOW_BEFORE_CUE = re.compile("|".join(f"(?:{p})" for p, _, _ in FLOW_BEFORE))
_OUT_OF_A_CAMP = r"\s+(?:from\s+|out\s+of\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}camp\b"  # "fled (Syria's Al Hol) camp": left it
FLOW_AFTER = [
    (r"(?:were|have\s+been|had\s+been|was|been)?\s*(?:killed|murdered|assassinated|shot\s+dead|slain)|killings|murders|homicides|قتلوا|قتلن|قتلى|قتيل(?:اً|ا)?|جريمة\s+قتل|جرائم\s+قتل|عمليات\s+(?:قتل|اغتيال)|عملية\s+(?:قتل|اغتيال)|اغتيال(?:ات)?", "killings"),
    (r"(?:have\s+|had\s+)?(?:died|die|dies|dying)|deaths|dead|perished|توفوا|توفي|وفاة|وفيات|لا?قوا\s+حتفهم|لقي(?:ت)?\s+حتف(?:ه|ها)", "deaths"),
    (r"(?:were|have\s+been|had\s+been|was|been)?\s*(?:repatriated|brought\s+(?:home|back)|return(?:ed|ing|s)\s+(?:home|to\s+(?:their|iraq)|from)|(?<!yet\s)(?<!not\s)to\s+return\s+to\s+(?:their|iraq))|repatriations"
     r"|تمت\s+إعادتهم|أعيدوا|(?:لل|بال)عودة\s+(?:إلى|الى)\s+(?:العراق|بلاد|بلدان|بلد)", "repatriated"),
    (r"(?:were|have\s+been|had\s+been|was|been)?\s*(?:transferred|handed\s+over|moved(?!\s+out)|flown|sent)\b(?:[^.;]{0,40}?\b(?:to|into)\s+(?:iraq|baghdad))?|تم\s+نقلهم|نقلوا", "transferred"),
    (r"(?:have\s+|had\s+)?(?:left|departed|quit)|(?:were\s+|have\s+been\s+|had\s+been\s+)?evacuated|leave|leaving|depart|departing|departures|moved\s+out|relocated|return(?:ed|ing|s)?\s+to\s+(?:areas|villages|towns)"
     rf"|fled{_OUT_OF_A_CAMP}|(?:ال)?فار(?:ّ)?ين\s+من\s+(?:ال)?مخيم|فر(?:ّ)?وا\s+من\s+(?:ال)?مخيم"
     r"|غادروا|غادرت|يغادرون|تغادر|يغادر|ستغادر|سيغادرون|خرجوا|خرجت|(?:ل|ب)?مغادرة|(?:ل|ب)?الخروج\s+من", "departures"),
    (rf"(?:have\s+|had\s+)?(?:arrived|arriving|arrive|streamed|flooded|poured|fled(?!{_OUT_OF_A_CAMP}))(?:\s+(?:in|into|to))?"
     r"|new\s+arrivals|arrivals|وصلوا|تدفقوا", "arrivals"),
    (r"(?:were|have\s+been|was)?\s*(?:arrested|detained\s+in\s+(?:raids|a\s+raid|an?\s+operation)|treated|vaccinated|injured|wounded|deployed|stationed|mobili[sz]ed|surrendered|escaped)"
     r"|to\s+the\s+front(?:\s+lines?)?|اعتقلوا|أصيبوا|سلموا\s+أنفسهم|فروا\s+من\s+السجن", "_not_a_metric"),
]
_FLOW_AFTER = [(re.compile(r"^[^.;:!?؟\d]" + r"{0,45}?" + rf"(?<![\w\u0621-\u064a])(?:{p}){_END}", re.I), m) for p, m in FLOW_AFTER]
# a longer noun phrase, without a comma, may stand between ("150 Iraqi ISIS suspects held at Ghuwayran prison were transferred")
_FLOW_AFTER_FAR = [(re.compile(r"^[^.;:!?؟\d,،]" + r"{0,65}?" + rf"(?<![\w\u0621-\u064a])(?:{p}){_END}", re.I), m) for p, m in FLOW_AFTER]

# "the number of X ... stands at", "عدد X بلغ": what X names decides the metric.
NUMBER_OF = re.compile(
    r"(?:number|total|count|tally|toll|عدد|تعداد|إجمالي|حصيلة)\s+(?:of\s+)?(?P<what>[^.;،]{1,70}?)\s*"
    r"(?:stands?\s+at|stood\s+at|is|was|reached|rose\s+to|fell\s+to|dropped\s+to|climbed\s+to|exceeds|exceeded|to|at|of|has\s+\w+\s+to|had\s+\w+\s+to|"
    rf"بلغ|يبلغ|وصل\s+إلى|ارتفع\s+إلى|انخفض\s+إلى|تراجع\s+إلى|تجاوز|يتجاوز|إلى)?\s*[،,]?\s*{_QUALS}$", re.I)
WHAT = [
    (r"القتلى\s+والجرحى|قتلى\s+وجرحى|killed\s+(?:and|or)\s+(?:wounded|injured)|casualties", "_not_a_metric"),  # killed and wounded together
    (r"killed|killings|murders|homicides|ضحايا|القتل|قتلى|المقتولين|مقتولين", "killings"), (r"deaths|died|dead|الوفيات|وفيات|المتوفين", "deaths"),
    (r"arrivals|الوافدين|القادمين|الواصلين", "arrivals"), (r"departures|relocated\s+from|moved\s+out\s+of|who\s+(?:have\s+|had\s+)?left|المغادرين|(?:الذين|اللواتي)\s+غادروا|(?:الذين|اللواتي)\s+خرجوا", "departures"),
    (r"returnees|repatriated|repatriations|العائدين|العائدة|العائدون|المعادين|أعيدوا|أعيد", "repatriated"), (r"transferred|transfers|المنقولين", "transferred"),
    (r"women\s+and\s+children|النساء\s+والأطفال", "women_children"),
    (r"foreign\s+fighters|foreign\s+detainees", "detainees_foreign"),
    (r"foreigners|foreign\s+nationals|الأجانب", "population_tcn"), (r"iraqis|العراقيين", "population_iraqi"), (r"syrians|السوريين", "population_syrian"),
    (r"detainees|prisoners|inmates|fighters|المعتقلين|السجناء|المحتجزين|الموقوفين|عناصر", "detainees"),
    (r"families|households|العائلات|الأسر|العوائل", "households"), (r"children|الأطفال", "children"),
    (r"residents|people|population|inhabitants|displaced|سكان|القاطنين|المقيمين|النازحين|قاطني|أفراد", "population"),
]
_WHAT = [(re.compile(p, re.I), m) for p, m in WHAT]
FLOW_NOUN_BEFORE = re.compile(r"\b(departures|arrivals|deaths|killings|murders|repatriations|returns|transfers)\b[^\d.;,،]{0,50}"
                              r"(?:,\s*with\s+(?:numbers|figures|totals|daily\s+numbers)\s+[^\d.;,،]{0,30})?$", re.I)  # "..., with numbers ranging from"
FRAME_POPULATION = re.compile(r"(?P<before>[^.;]{0,40}?)[،,]?\s*و?(?:البالغ|الذي\s+يبلغ|التي\s+يبلغ|يبلغ|بلغ)\s+عدد(?:هم|هن|ه|ها|\s+سكانه|\s+سكانها|\s+قاطنيه)(?:\s+حتى\s+الآن)?\s*" + _QUALS + "$")
NAMED_BEFORE = re.compile(r"(?P<noun>(?:displaced\s+)?[\w'’-]+(?:\s+and\s+children)?)[,]?\s+(?:numbering|totalling|totaling|numbered|number|numbers|who\s+number|estimated\s+at|"
                          r"make\s+up|makes\s+up|making\s+up|account\s+for|accounts\s+for|accounting\s+for|constitute|represent|form|comprise)\s+" + _QUALS + "$", re.I)
_AR_SUBJECT_BEFORE = re.compile(rf"(?:(?:تشكل|يشكل|تمثل|يمثل|يؤلف|تؤلف)\s+(?P<noun>{AR}[\u0621-\u064a]+(?:\s+و{AR}[\u0621-\u064a]+)?)|"
                                rf"(?P<noun2>{AR}[\u0621-\u064a]+(?:\s+و{AR}[\u0621-\u064a]+)?)\s+(?:يشكلون|يشكلن|تشكل|يشكل|يمثلون|يمثلن|تمثل))\s+" + _QUALS + "$")
FRAME_SAME = re.compile(r"(?:(?:bringing|brings|brought|taking|takes|raising|raises)\s+the\s+(?:total|tally|number|toll)\b[^.;]{0,40}\bto|"
                        r"^\s*(?:to|then\s+to|from|إلى|الى|من)|ليرتفع\s+(?:العدد|الإجمالي)[^.;]{0,30}إلى)\s+" + _QUALS + "$", re.I)
_FLOW_NOUNS = {"departures": "departures", "arrivals": "arrivals", "deaths": "deaths", "killings": "killings", "murders": "killings",
               "repatriations": "repatriated", "returns": "repatriated", "transfers": "transferred"}
STOCK_BEFORE = re.compile(
    r"(?:population|populace|residents|inhabitants|headcount|census|سكان|تعداد),?(?:\s+\S+){0,6}?\s+"
    r"(?:(?:is|was|stands|stood)\s+)?(?:now\s+|currently\s+|still\s+|just\s+)?(?:of|at|is|was|stood\s+at|stands\s+at|reached|to|numbered|totals?|totalled|from|estimated\s+at|بلغ|يبلغ|إلى|الى)?\s*" + _QUALS + r"$"
    r"|(?:swollen|swelled|grew|rose|fell|dropped|declined|decreased|increased|climbed|shrank|surged|jumped)\s+(?:from|to)\s+" + _QUALS + r"$"
    r"|(?:down|up)\s+from\s+" + _QUALS + r"$"
    r"|(?<!camps\s)(?<!prisons\s)(?<!facilities\s)(?<!مخيمات\s)(?<!سجون\s)(?:out\s+of|of\s+a\s+total\s+of|من\s+أصل|من\s+مجموع)\s+" + _QUALS + r"$"
    r"|(?:holds?|holding|held|houses?|housing|housed|hosts?|hosting|hosted|shelters?|sheltering|home\s+to|is\s+home\s+to|accommodat\w+|"
    r"يعيش|تعيش|يقيم|يقطن|يضم|تضم|ضم|يؤوي|تؤوي|يأوي|يقطنه|يقطنها|فيقطنه|يقيم\s+فيه|يعيش\s+فيه|يحتجز|تحتجز)\s+(?:\S+\s+){0,2}?" + _QUALS + r"$", re.I)
# Cues: a word each pattern cannot match without (see Cued).
NUMBER_OF = Cued(NUMBER_OF, r"number|total|count|tally|toll|عدد|تعداد|إجمالي|حصيلة")
FRAME_POPULATION = Cued(FRAME_POPULATION, "عدد")
NAMED_BEFORE = Cued(NAMED_BEFORE, r"number|total|estimated|mak|account|constitute|represent|form|comprise")
_AR_SUBJECT_BEFORE = Cued(_AR_SUBJECT_BEFORE, "تشكل|يشكل|تمثل|يمثل|يؤلف|تؤلف")
STOCK_BEFORE = Cued(STOCK_BEFORE, r"population|populace|residents|inhabitants|headcount|census|سكان|تعداد|swollen|swelled|grew|rose|fell"
                    r"|dropped|declined|decreased|increased|climbed|shrank|surged|jumped|from|out\s+of|total|أصل|مجموع|hold|held|hous|host|shelter|home|accommodat"
                    r"|يعيش|تعيش|يقيم|يقطن|يضم|تضم|ضم|يؤوي|تؤوي|يأوي|يحتجز|تحتجز")
STOCK_AFTER = re.compile(r"^\s*(?:people\s+|residents\s+)?(?:remain|still\s+live|live|reside|are\s+(?:still\s+)?(?:housed|held|living|sheltering|there)"
                         r"|(?:held|living|housed|sheltering|staying)\s+(?:in|at)\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:camps?|مخيم|مخيمات))\b", re.I)
DETENTION_CUES = re.compile(r"prison|jail|detention|detainee|detained|inmate|سجن|سجون|معتقل|حتجز|احتجاز", re.I)
CAMP_WORDS = re.compile(r"\bcamps?\b|مخيم", re.I)

_NON_PEOPLE_AFTER = re.compile(
    r"^\s*(?:-|‑)?\s*(?:km\b|kilomet|kms\b|mi\b|miles?\b|met(?:er|re)s?\b|m2\b|sq\b|square|hectares?|acres?|°|degrees?|kg\b|kilos?\b|tonnes?\b|tons?\b|lit(?:er|re)s?\b|kcal\b|calories"
    r"|years?\b|-year|year-old|months?\b|weeks?\b|days?\b|hours?\b|minutes?\b|dollars?\b|euros?\b|usd\b|pounds?\b|st\b|nd\b|rd\b|th\b|per\s+day|a\s+day"
    r"|كم\b|كيلومتر|كيلو|متر|دينار|مليار|عام(?:اً|ا)?\b|سنة|سنوات|أعوام|شهر|أشهر|يوم(?:اً|ا)?\b|أيام|ساعة|ساعات|دولار|يورو|درجة|ليرة|سعرة)", re.I)
_NON_PEOPLE_BEFORE = re.compile(
    r"(?:[$€£]|(?<![\w\u0621-\u064a])(?:us\$|usd|phase|phases|resolution|no\.|(?<!s\s)number|(?<!each\s)(?<!every\s)(?<!per\s)(?<!a\s)(?<!last\s)(?<!this\s)(?<!next\s)(?<!that\s)week|page|article|chapter|room|block|section|sector|route|highway|ipc|"
    r"aged|age\s+of|ages\s+of|ages|under\s+the\s+age\s+of|over\s+the\s+age\s+of|above\s+the\s+age\s+of|tel\.?|phone|call|"
    r"المرحلة|القطاع|القرار|رقم|الدفعة|دفعة|مدرسة|مدارس|مستوصف|نقطة|عيادة|مشفى|عمر|سن|بعمر|بين\s+سن|الهاتف|قطاع))\s*(?!(?:includes|included|stands|stood|is|was|reached|rose|fell|totals|totalled|totaled|comprises)\s)(?:[\w.]+\s+)?$", re.I)
_QUALIFIED = re.compile(r"(?:more\s+than|over|about|around|nearly|almost|some|at\s+least|up\s+to|fewer\s+than|less\s+than|an\s+estimated|"
                        r"أكثر\s+من|نحو|حوالي|حوالى|قرابة|أقل\s+من|ما\s+يقارب|زهاء|ما\s+يزيد\s+عن)\s*$", re.I)  # "more than 2000" is no year
_OF_THEM_AFTER = re.compile(r"^\s*(?:منهم|منهن|of\s+them)\b", re.I)
_AR_ORDINAL_BEFORE = re.compile(r"ال(?:حادي|حادية|ثاني|ثانية|ثالث|ثالثة|رابع|رابعة|خامس|خامسة|سادس|سادسة|سابع|سابعة|ثامن|ثامنة|تاسع|تاسعة)\s+$")
# counts of places, not people: "eight phases", "more than 20 detention facilities", "two dozen SDF-run prisons"
_PLACES_AFTER = re.compile(r"^\s+(?:dozen\s+)?(?:[\w-]+\s+)?(?:camps|prisons|jails|facilities|sites|phases|sections|sectors|blocks|zones"
                           r"|مخيمات|مخيماً|مخيما|سجون|سجناً|سجنا|مراحل|قطاعات)\b", re.I)
_NAME_AGE = re.compile(r"(?:[A-Z][\w'’-]+|Umm|Abu)(?:\s+[\w'’-]+){0,3},\s*$")  # "Umm Khaled, 34, who ..."
_FAMILY = re.compile(r"(?:\b(?:I|we|she|he|they)\s+(?:have|has|had|lost)|\b(?:my|our|her|his|their)\b[^.,;]*|\bwith\b[^.,;]*|\bmother\s+of|\bfather\s+of"
                     r"|لدي|لديها|لديه|لدينا|عندي|عندها)\s*$", re.I)
_CHILDREN_AFTER = re.compile(r"^\s*(?:children|kids|sons|daughters|grandchildren|أطفال|أولاد|أبناء)\b", re.I)
_AGE_BEFORE = re.compile(r"\b(?:under|over|above|below|aged)\s+$", re.I)
_MONTHS = (r"january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
           r"|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر"
           r"|كانون\s+الثاني|كانون\s+الأول|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين\s+الأول|تشرين\s+الثاني")
_MONTH_AFTER = re.compile(rf"^\s*(?:من\s+)?(?:شهر\s+)?(?:{_MONTHS})\b", re.I)  # "8 من كانون الثاني": a day
_MONTH_BEFORE = re.compile(rf"(?:{_MONTHS})\.?\s*$")  # on lower-cased text
_TASHKEEL = re.compile("[\u064b-\u0652\u0640\"“”«»„]")


# Hot case-insensitive patterns asked only whether they match: the same pattern, case-sensitive, on lower-cased
# text is about twice as fast as re.I (their letters are lower case; Arabic has no case).
_LOWER = {p: re.compile(p.pattern) for p in (_NON_PEOPLE_BEFORE, _AGE_BEFORE, SUBGROUP, DETENTION_CUES, CAMP_WORDS)}


def plain(text: str) -> str:
    """Context text without Arabic short vowels, tatweel and quotation marks (offsets are not used on it):
    'the return of "192 families' reads as 'the return of 192 families'."""
    return _TASHKEEL.sub("", text)


def non_people(text: str, start: int, end: int, raw: str, value: float) -> bool:
    """True when the number is a distance, age, date, year, money, ordinal, phase, phone number, time..."""
    after, before = text[end:end + 24], text[max(0, start - 30):start]
    low_before = before.lower()
    if end < len(text) and text[end].isalpha() and raw[-1:].isdigit() and not "\u0621" <= text[end] <= "\u064a":
        return True  # 19th, 3rd, 10am, 5km (but "1567عائلة", a missing space in Arabic, is read on)
    if _NON_PEOPLE_AFTER.match(after) or _LOWER[_NON_PEOPLE_BEFORE].search(low_before) or NON_METRIC_NOUN.match(after) or _PLACES_AFTER.match(after):
        return True
    if _MONTH_AFTER.match(after) or _MONTH_BEFORE.search(low_before):
        return True
    if _LOWER[_AGE_BEFORE].search(low_before) and value < 100 and not _NOUN_ANY.match(after.lstrip()):
        return True  # "under 18"
    digits = raw.strip().translate(ARABIC_INDIC_DIGITS)
    if re.fullmatch(r"(?:19|20)\d\d", digits) \
            and not _NOUN_ANY.match(after.lstrip()) and not _QUALIFIED.search(before) and not _OF_THEM_AFTER.match(after):
        return True  # a bare year (but "2000 foreigners" is a count)
    if _YEAR_PAIR.fullmatch(digits) and not _NOUN_ANY.match(after.lstrip()):
        return True  # "خلال عامي 2017 و2018", "in 2019-2020": a period, not a range of people
    if value < 120 and _NAME_AGE.search(before) and after.lstrip().startswith((",", "،")):
        return True  # "Umm Khaled, 34, who arrived": an age
    if value < 20 and _CHILDREN_AFTER.match(after) and _FAMILY.search(text[max(0, start - 40):start]):
        return True  # "I have four children", "with her husband and seven children": a family, not a count
    if raw in ("عشر", "عشرة") and _AR_ORDINAL_BEFORE.search(before):
        return True  # "الدفعة الخامسة عشرة": the fifteenth batch
    if 1900 <= value <= 2100 and _YEAR_WORD_BEFORE.search(before):
        return True  # "عام ألفين وخمسة عشر": a year written in words
    if raw.lower() == "one" and after.startswith(" of "):
        return True  # "one of two camps": not a count
    if _PER_UNIT.search(text, max(0, start - 60), start):
        return True  # "each cell holds 25 to 30 prisoners": a figure per unit, not the site's
    if after.startswith(")") and _LABEL_IN_BRACKETS.search(before):
        return True  # "(Kurdistan 24)", "الرحلة (29)": a name or a label, not a count
    if raw[:1] in "0٠" and len(raw) > 1 and raw[1:2].isdigit():
        return True  # phone numbers, codes
    if re.search(r"\+\s?$|\d\s?[:/]\s?$|\d\s$", before) or re.match(r"^(?::|/)\d|^\s\d{2,}", after):
        return True  # 10:30, +963 ..., 0933 123 456, 1/2
    return False


_LABEL_IN_BRACKETS = re.compile(r"\((?!(?:about|roughly|around|some|nearly|almost|approximately|over|more|less|at|up|an|estimated|نحو|حوالي|حوالى|قرابة|أكثر|أقل|ما)\b)(?:[^\W\d]+\s+){1,3}$|(?:الرحلة|رحلة|الدفعة|دفعة|الوجبة|وجبة|القافلة|قافلة|رقم|number|no\.)\s*\(\s*$", re.I)
_YEAR_PAIR = re.compile(r"(?:19|20)\d\d\s*(?:و|-|–|/|to|and|إلى|الى)\s*(?:19|20)\d\d", re.I)
_YEAR_WORD_BEFORE = re.compile(r"(?:عام|العام|لعام|سنة|\byear)\s*$", re.I)
_PER_UNIT = re.compile(r"\b(?:each|every|per)\s+(?:cell|tent|room|caravan|shelter|family|household|bus|truck)\b[^.;,\d]{0,50}$"
                       r"|(?:كل|لكل)\s+(?:زنزانة|خيمة|غرفة|عائلة|أسرة|حافلة)[^.;,،\d]{0,30}$", re.I)
_CLAUSE_END = re.compile(r"[,،.;؛]")


def noun_metric(after: str) -> tuple[str | None, int]:
    """(metric named by the words right after a figure, where that noun phrase ends)."""
    m = _NOUN_AT.match(after)
    if m is None:
        return None, 0
    if _LOWER[SUBGROUP].search((after[:m.end()] + _CLAUSE_END.split(after[m.end():m.end() + 25], 1)[0]).lower()):  # not past a comma
        return "_not_a_metric", m.end()
    metric = _NOUN_OF_GROUP[m.lastgroup]
    if metric in _NATIONALITIES and _AND_ANOTHER.match(after, m.end()):
        return "population", m.end()  # "60,000 Syrians and foreigners", "Iraqi, Syrian and foreign nationals": everyone
    return metric, m.end()


_NATIONALITIES = {"population_iraqi", "population_syrian", "population_tcn"}
_AND_ANOTHER = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+|\s+و\s*|\s*،\s*و?)(?:other\s+|من\s+)?"
                          r"(?:iraqis|syrians|foreigners|(?:iraqi|syrian|foreign|third[- ]country)(?=\s*,|\s+(?:and|or|nationals|people|citizens|residents|fighters|detainees|prisoners|suspects|militants)\b)"
                          rf"|other\s+nationalities|{AR}(?:عراقي|سوري|أجانب|أجنبي)\w*)(?![\w\u0621-\u064a])", re.I)  # not "Iraqis, Iraqi officials said"


_BASE_START = re.compile(rf"^\s*(?:of\s+(?:the\s+)?(?:[\w'’.,-]+\s+){{0,4}}?{_BASE}|{_AR_BASE})", re.I)
SPLIT = {"population_iraqi", "population_syrian", "population_tcn", "children", "women_children",
         "detainees_foreign", "detainees_iraqi", "detainees_syrian"}


_DETERMINER_SHARES = {"most", "the majority", "a majority", "half", "a third", "one third", "two thirds", "a quarter"}


def share_part(after: str, of_them: bool = False, word: str = "") -> str | None:
    """The part a share names: "94 per cent [of them] women and children" -> women_children.
    of_them: the share word carries "of them" itself (معظمهم, غالبيتهم), so "من X" names the part."""
    if of_them:
        after = re.sub(r"^\s*من\s+", " ", after)
    for glue in SHARE_GLUES:
        m = glue.match(after)
        if m:
            return noun_metric(after[m.end():])[0]
    base = _BASE_START.match(after)
    if base:  # "67% من قاطني مخيم الهول دون سن الثامنة عشرة": skip the base's words to the part
        words = list(re.finditer(r"\S+", re.split(r"[،,.;]", after[base.end():])[0]))
        for token in words[:7]:
            metric, _ = noun_metric(after[base.end() + token.start():])
            if metric in SPLIT:
                return metric
        return None
    if SHARE_OF_OTHER.match(after):
        return None  # "60% of the children ..." : the base, not the part
    if word.lower() in _DETERMINER_SHARES:
        return None  # "where most Iraqi families live": a determiner, not a share of the camp
    return noun_metric(after)[0]


_SHARE_OF_BEFORE = re.compile(rf"(?:\bthe\s+(?:share|proportion|percentage)\s+of|نسبة)\s+(?P<noun>[^.;،,\d]{{2,40}}?)\s+"
                              rf"(?:(?:is|was|stands\s+at|stood\s+at|reached|exceeded|exceeds|تجاوزت|بلغت|تبلغ|تصل\s+إلى|وصلت\s+إلى)\s+)?{_QUALS}$", re.I)


def share_part_before(before: str) -> str | None:
    """"Women and children make up the bulk of", "يشكل العراقيون قرابة نصف", "الأطفال يشكلون 64 في المئة",
    "تجاوزت نسبة النساء والأطفال 90 في المئة"."""
    share_of = _SHARE_OF_BEFORE.search(before)
    if share_of:
        return noun_metric(share_of.group("noun"))[0]
    m = NAMED_BEFORE.search(before)
    noun = m.group("noun") if m else None
    if noun is None and (m := _AR_SUBJECT_BEFORE.search(before)):
        noun = m.group("noun") or m.group("noun2")
    if noun is None:
        return None
    metric, _ = noun_metric(noun)
    return metric


_WHEN_ASIDE = re.compile(r"[،,]\s*(?:(?:(?:يوم|اليوم|مساء|صباح|ظهر|فجر|ليل)\s+)?(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)(?:\s+(?:الماضي|المقبل))?"
                         r"|اليوم|أمس|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today)\s*[،,]", re.I)


def flow_before(before: str) -> str | None:
    """The flow a verb or noun before the figure names ("repatriated 500", "وغادر المخيم 400");
    a day set off by commas between them does not count ("سلّمت قسد، الأحد، 215 محتجزاً")."""
    before = before.lower()
    if not _FLOW_BEFORE_CUE.search(before):
        return None
    before = _WHEN_ASIDE.sub(" ", before)
    for pattern, metric in _FLOW_BEFORE:
        if pattern.search(before):
            return metric
    return None


_AGES = re.compile(r"(?:under|below|over|above|aged)\s+(?:the\s+age\s+of\s+)?\d+|دون\s+سن\s+\S+", re.I)


# Words that open an aside giving the same group in other units ("241 families, comprising 865 individuals"):
# here, and in extract._COMPRISING, which reads them before the second figure.
COMPRISING = r"comprising|consisting\s+of|made\s+up\s+of|totall?ing|تضم|يضم"
# "241 families—comprising 865 individuals—were returned": the aside does not cut the figure off from its verb
_COMPRISING_ASIDE = re.compile(r"\s*\((?:about\s+|some\s+|نحو\s+)?[\d,.]+\s+(?:families|households|people|individuals|persons|عائلة|أسرة|شخص\w*|فرد\w*)\s*\)"  # "398 civilians (62 families) have left"
                               rf"|(?:\s*[,،—–(-]\s*|\s+)(?:{COMPRISING}|or|مكونة\s+من|مؤلفة\s+من|بواقع|ضمن)\s+"
                               r"(?:about\s+|some\s+|nearly\s+|more\s+than\s+|نحو\s+|حوالي\s+|قرابة\s+|أكثر\s+من\s+)?"
                               r"[\d,.]+\s+(?:individuals|people|persons|members|family\s+members|families|households|فرد(?:اً|ا)?|شخص(?:اً|ا)?|أفراد|أشخاص|عائلة|عائلات|أسرة|أسر|عوائل)\s*[,،—–)-]?"
                               r"|\s+(?:from|of)\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?[\d,.]+\s+(?:families|households)\b", re.I)  # "515 people from 120 families were returning"
# "515 people from 120 families, all from eastern Deir Ezzor, left the camp": where they come from does not cut the verb off
_ORIGIN_ASIDE = re.compile(r"(?:[,،]\s*|\s+)(?:all|most|many|mostly|some|the\s+majority)\s+(?:of\s+them\s+)?(?:women\s+and\s+children\s+)?(?:from|of)\s+"
                           r"[^.;:\d]{1,80}?[,،][\"”]?(?=\s*(?:have\s+|had\s+|were\s+|was\s+)?(?:left|departed|quit|returned|arrived|went|headed|moved))"
                           r"|[،,]\s*(?:غالبيتهم|معظمهم|أغلبهم|جميعهم)\s+[^.؛:\d]{1,80}?[،,](?=\s*(?:خرجوا|غادروا|خرجن|غادرن|وصلوا))", re.I)
_DASH_ASIDE = re.compile(r"\s(?:--|—|–|-)\s[^—–.;]{1,60}?\s(?:--|—|–|-)\s")  # "22 citizens -- eight women and 14 children -- were brought back"
_PEOPLE_WORDS = re.compile(r"\b(?:women|men|girls|boys|persons?|people|children|families|nationals|citizens|detainees|suspects|fighters)\b", re.I)
_LINK_WORDS = {"were", "have", "had", "has", "was", "are", "is", "been", "being", "of", "more", "or", "and", "to", "in",
               "from", "who", "people", "persons", "individuals", "residents", "more,", "others"}


def flow_after(after: str) -> str | None:
    """The flow a verb or noun after the figure names, nearest first; None if another kind of noun
    stands between ("60 ambulances stood by as the SDF moved ...")."""
    after = _ORIGIN_ASIDE.sub(" ", _COMPRISING_ASIDE.sub(" ", _AGES.sub(" ", after)))
    if " -" in after or "—" in after or "–" in after:
        after = _DASH_ASIDE.sub(" ", after)
    best = None
    for pattern, metric in (*_FLOW_AFTER, *_FLOW_AFTER_FAR):
        m = pattern.match(after)
        if m and (best is None or m.end() < best[0]):
            best = (m.end(), metric)
    if best is None:
        return None
    words = after.split()
    first = words[0].lower().strip(",)(\"”“") if words else ""
    near = " ".join(words[:2])
    if (first and not re.search(r"[\u0621-\u064a]", first) and first not in _LINK_WORDS
            and noun_metric(after)[0] is None and not _PEOPLE_WORDS.search(" ".join(words[:3]))
            and not any(p.match(" " + near) for p, _ in _FLOW_AFTER)):
        return None
    return best[1]


_AR_NOUN_BEFORE = re.compile(rf"(?:^|[\s،,])و?(?:أما\s+)?(?P<noun>(?:ال)?(?:سوريون|سوريين|عراقيون|عراقيين|أجانب))\s+(?:ف?هم\s+)?"
                             rf"(?:(?:يقدرون|يقدّرون|يقدر|يبلغ\s+عددهم)\s+(?:بـ?|ب)?\s*)?{_QUALS}$")  # "أما السوريون فهم 30593", "سوريين يقدرون بنحو"


_LARGEST_GROUP = re.compile(r"(?P<noun>iraqis|syrians|foreigners|foreign\s+nationals|third-country\s+nationals|foreign\s+fighters)\b[^.;]{0,40}?"
                            r"\b(?:largest|biggest|second-largest)\s+(?:group|community|nationality)\b[^.;\d]{0,25}?(?:numbering|at|with|of)\s+" + _QUALS + "$", re.I)


def framed_metric(before: str) -> str | None:
    """"the number of detainees ... stands at", "عدد سكانه", "departures ... range from"; in Arabic a
    nationality named right before the figure ("ويشكل السوريون 16 ألفاً", "والعراقيون نحو 15 ألفاً")."""
    largest = _LARGEST_GROUP.search(before)
    if largest:
        return noun_metric(largest.group("noun"))[0]
    for pattern in (_AR_SUBJECT_BEFORE, _AR_NOUN_BEFORE):
        m = pattern.search(before)
        if m:
            metric, _ = noun_metric(m.group("noun") or (m.groupdict().get("noun2") or ""))
            if metric in ("population_iraqi", "population_syrian", "population_tcn"):
                return metric
    m = FRAME_POPULATION.search(before)
    if m:
        return what_metric(m.group("before")) or "population"
    m = NAMED_BEFORE.search(before)
    if m:
        if m.group("noun").lower().startswith("displaced "):
            return "population"  # "displaced Syrians numbering 14,000": the camp's people
        metric, _ = noun_metric(m.group("noun"))
        if metric and metric != "_not_a_metric":
            return metric
    m = NUMBER_OF.search(before)
    if m and (named := what_metric(m.group("what"))):
        return named
    m = FLOW_NOUN_BEFORE.search(before)
    return _FLOW_NOUNS[m.group(1).lower()] if m else None


def what_metric(what: str) -> str | None:
    """The metric a "number of X" names: "people repatriated since May" -> repatriated."""
    return next((metric for pattern, metric in _WHAT if pattern.search(what)), None)


def stock_metric(before: str, after: str) -> str | None:
    return "population" if STOCK_BEFORE.search(before) or STOCK_AFTER.match(after) else None


def in_detention(sentence: str) -> bool:
    low = sentence.lower()
    return bool(_LOWER[DETENTION_CUES].search(low)) and not _LOWER[CAMP_WORDS].search(low)


_DETENTION_VARIANT = {"population_iraqi": "detainees_iraqi", "population_syrian": "detainees_syrian",
                      "population_tcn": "detainees_foreign", "population": "detainees"}
_CAMP_VARIANT = {v: k for k, v in _DETENTION_VARIANT.items()}


def detention_variant(metric: str) -> str:
    return _DETENTION_VARIANT.get(metric, metric)


def camp_variant(metric: str) -> str:
    """"Roj camp houses 2,600 detainees": a camp's residents, whatever the press calls them."""
    return _CAMP_VARIANT.get(metric, metric)
