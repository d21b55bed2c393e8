"""Attribution: who a sentence credits for its figures, in the sentence's own words."""
import pytest

from dashboard.claims import extract
from dashboard.claims.who import attribution


@pytest.mark.parametrize("sentence, who", [
    ("The camp holds 73,000 people, according to the UN.", "the UN"),
    ("Al-Hol now counts 36,800 residents, according to a source in the camp administration.", "a source in the camp administration"),
    ("More than 9,000 people arrived at al-Hol over the past week, aid agencies said on Tuesday.", "aid agencies"),
    ("Roughly 68,000 people remain in al-Hawl, most of them Iraqis, the camp administration said.", "the camp administration"),
    ("“There are about 8,000 foreigners in the camp,” the official said of al-Hol.", "the official"),
    ("Nearly 37,000 people remain in al-Hol, UN figures show, down from 73,000 in 2019.", "UN figures"),
    ("The US military said it had moved some 5,700 detainees to Iraq.", "The US military"),
    ("More than 30 children died in al-Hol in November, WHO said.", "WHO"),
    ("The SDF holds 10,000 fighters, the Pentagon's inspector general reported in its quarterly report.", "the Pentagon's inspector general"),
    ("يضم مخيم الهول حالياً حوالي 35 ألف شخص، بحسب ما قاله مدير المخيم لوكالة فرانس برس.", "مدير المخيم"),
    ("يُحتجز في سجن الشدادي ألف معتقل على الأقل، بحسب مصدر في قوات سوريا الديمقراطية.", "مصدر في قوات سوريا الديمقراطية"),
    ("أعلنت السلطات العراقية عودة 381 شخصاً من مخيم الهول إلى العراق.", "السلطات العراقية"),
    ("قتل ٣٥ شخصاً في مخيم الهول في عام ٢٠٢٠، بحسب المرصد السوري لحقوق الإنسان.", "المرصد السوري"),
])
def test_the_source_in_the_sentences_words(sentence, who):
    assert attribution(sentence) == who


@pytest.mark.parametrize("sentence", [
    "Al-Hol holds about 43,000 people, 94 per cent of them women and children.",  # "per cent" is not "per X"
    "An estimated 4,000 people arrived at al-Hol in the past 24 hours.",  # "An" did not say anything
    "The population was estimated at 70,000 in 2019.",
    "Iraq has brought home nearly 9,000 of its nationals from al-Hol since 2021.",
    "The camp recorded 30 deaths.",
])
def test_no_source_named(sentence):
    assert attribution(sentence) is None


def test_every_claim_of_a_sentence_carries_its_source():
    claims = extract("On 1 May, Al Hol housed 73,477 residents, 94 per cent of them women and children, OCHA reported.",
                     published="2019-05-06")
    assert [c.attribution for c in claims] == ["OCHA", "OCHA"]
