"""Words the extractor reads: numbers, qualifiers, vague amounts, the nouns that say what is counted.
English and Arabic. Tables only: the logic that uses them is in numbers.py and context.py."""
from __future__ import annotations

ARABIC_INDIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")  # "٢٠١٩" -> "2019"

EN_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
EN_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
EN_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}

AR_UNITS = {
    "واحد": 1, "واحدة": 1, "إحدى": 1, "احدى": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
    "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "اربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6,
    "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10,
    "أحد عشر": 11, "إحدى عشرة": 11, "اثنا عشر": 12, "اثني عشر": 12, "اثنتا عشرة": 12,
    "ثلاثة عشر": 13, "أربعة عشر": 14, "خمسة عشر": 15, "ستة عشر": 16, "سبعة عشر": 17, "ثمانية عشر": 18,
    "تسعة عشر": 19,
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40, "خمسون": 50,
    "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80,
    "تسعون": 90, "تسعين": 90,
    "مئة": 100, "مائة": 100, "مئتي": 200, "مائتي": 200, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
    "ثلاثمئة": 300, "ثلاثمائة": 300, "أربعمئة": 400, "أربعمائة": 400, "خمسمئة": 500, "خمسمائة": 500,
    "ستمئة": 600, "ستمائة": 600, "سبعمئة": 700, "سبعمائة": 700, "ثمانمئة": 800, "ثمانمائة": 800,
    "تسعمئة": 900, "تسعمائة": 900,
    "ألف": 1000, "ألفا": 2000, "ألفاً": 1000, "ألفان": 2000, "ألفين": 2000, "ألفي": 2000,
}
# Scale words that multiply the number before them (digits or words).
AR_SCALES = {"ألف": 1000, "الف": 1000, "ألفا": 1000, "ألفاً": 1000, "آلاف": 1000, "الاف": 1000,
             "مليون": 1_000_000, "ملايين": 1_000_000}

# Qualifier words before a figure -> qualifier id. Longest phrases are tried first.
QUALIFIERS_BEFORE = {
    "about": "about", "around": "about", "approximately": "about", "approx.": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "an approximate": "about",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "more than": "more_than", "over": "more_than", "upward of": "more_than", "upwards of": "more_than",
    "in excess of": "more_than", "exceeds": "more_than", "exceeded": "more_than", "exceeding": "more_than",
    "above": "more_than", "well over": "more_than", "just over": "more_than",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least", "a minimum of": "at_least",
    "up to": "up_to", "as many as": "up_to", "a maximum of": "up_to",
    "fewer than": "fewer_than", "less than": "fewer_than", "below": "fewer_than", "under": "fewer_than",
    "just below": "fewer_than",
    "نحو": "about", "بنحو": "about", "حوالى": "about", "حوالي": "about", "قرابة": "about", "ما يقارب": "about",
    "ما يقرب من": "about", "زهاء": "about", "تقريبا": "about", "قرابه": "about", "يقارب": "about",
    "أكثر من": "more_than", "اكثر من": "more_than", "ما يزيد عن": "more_than", "ما يزيد على": "more_than",
    "يزيد عن": "more_than", "يزيد على": "more_than", "أزيد من": "more_than", "يتجاوز": "more_than",
    "يفوق": "more_than",
    "أقل من": "fewer_than", "اقل من": "fewer_than", "ما لا يقل عن": "at_least", "لا يقل عن": "at_least",
    "ما يصل إلى": "up_to", "ما يصل الى": "up_to", "حتى": "up_to",
    "تجاوز": "more_than", "تخطى": "more_than", "يتخطى": "more_than", "فاق": "more_than",
    "ما دون": "fewer_than", "دون": "fewer_than",
}
QUALIFIERS_AFTER = {"at least": "at_least", "or more": "at_least", "على الأقل": "at_least", "على الاقل": "at_least",
                    "تقريبا": "about", "تقريباً": "about", "or so": "about"}

# Vague amounts: phrase -> (low, high). Arabic with and without the article.
VAGUE = {
    "hundreds of thousands": (200_000, 999_999), "tens of thousands": (20_000, 99_999),
    "several dozen": (36, 99), "dozens": (24, 99), "several hundred": (300, 999), "a few hundred": (200, 999),
    "hundreds": (200, 999), "several thousand": (3_000, 9_999), "a few thousand": (2_000, 9_999),
    "thousands": (2_000, 9_999),
    "عشرات الآلاف": (20_000, 99_999), "عشرات الالاف": (20_000, 99_999), "مئات الآلاف": (200_000, 999_999),
    "مئات الالاف": (200_000, 999_999), "عشرات آلاف": (20_000, 99_999), "عشرات الاف": (20_000, 99_999),
    "مئات آلاف": (200_000, 999_999),
    "عشرات": (20, 99), "مئات": (200, 999), "آلاف": (2_000, 9_999), "الاف": (2_000, 9_999),
    "العشرات": (20, 99), "المئات": (200, 999), "الآلاف": (2_000, 9_999), "الالاف": (2_000, 9_999),
}
EXACT_PHRASES = {"a dozen": 12, "half a dozen": 6, "a hundred": 100, "a thousand": 1000, "one hundred": 100,
                 "a million": 1_000_000}

# Qualitative shares: phrase -> (qualifier, value, low, high)
SHARE_WORDS = {
    "most": ("more_than", 0.5, 0.5, None), "mostly": ("more_than", 0.5, 0.5, None),
    "the majority": ("more_than", 0.5, 0.5, None), "a majority": ("more_than", 0.5, 0.5, None),
    "the vast majority": ("more_than", 0.5, 0.5, None), "the overwhelming majority": ("more_than", 0.5, 0.5, None),
    "predominantly": ("more_than", 0.5, 0.5, None), "mainly": ("more_than", 0.5, 0.5, None),
    "largely": ("more_than", 0.5, 0.5, None), "overwhelmingly": ("more_than", 0.5, 0.5, None),
    "the bulk": ("more_than", 0.5, 0.5, None),
    "a third": ("about", 0.3333, None, None), "one third": ("about", 0.3333, None, None),
    "one-third": ("about", 0.3333, None, None), "two thirds": ("about", 0.6667, None, None),
    "two-thirds": ("about", 0.6667, None, None), "half": ("about", 0.5, None, None),
    "a quarter": ("about", 0.25, None, None), "one quarter": ("about", 0.25, None, None),
    "three quarters": ("about", 0.75, None, None), "three-quarters": ("about", 0.75, None, None),
    "معظم": ("more_than", 0.5, 0.5, None), "غالبية": ("more_than", 0.5, 0.5, None),
    "أغلب": ("more_than", 0.5, 0.5, None), "أغلبية": ("more_than", 0.5, 0.5, None),
    "الغالبية": ("more_than", 0.5, 0.5, None), "الغالبية العظمى": ("more_than", 0.5, 0.5, None),
    "غالبيتهم": ("more_than", 0.5, 0.5, None),
    "معظمهم": ("more_than", 0.5, 0.5, None), "أغلبهم": ("more_than", 0.5, 0.5, None),
    "ثلث": ("about", 0.3333, None, None), "ثلثي": ("about", 0.6667, None, None),
    "ثلثا": ("about", 0.6667, None, None), "نصف": ("about", 0.5, None, None), "ربع": ("about", 0.25, None, None),
}
