"""The extractor's contract: the forms of issue #3, offsets, JSON keys, and limits."""
import json

import pytest

from dashboard.claims import KEYS, InputTooLarge, extract


def one(text, **kw):
    claims = extract(text, **kw)
    assert len(claims) == 1, claims
    return claims[0]


@pytest.mark.parametrize("text, value, low, high, qualifier", [
    ("Al-Hol holds 70,000 people.", 70000, 70000, 70000, "exact"),
    ("Al-Hol holds 70 000 people.", 70000, 70000, 70000, "exact"),
    ("Al-Hol holds 70.000 people.", 70000, 70000, 70000, "exact"),
    ("Al-Hol holds 1.2 million people.", 1_200_000, 1_200_000, 1_200_000, "exact"),
    ("Al-Hol holds 70k people.", 70000, 70000, 70000, "exact"),
    ("Al-Hol holds about 70,000 people.", 70000, None, None, "about"),
    ("Al-Hol holds more than fifty thousand people.", 50000, 50000, None, "more_than"),
    ("Al-Hol holds nearly 70,000 people.", 70000, None, 70000, "nearly"),
    ("Al-Hol holds up to 70,000 people.", 70000, None, 70000, "up_to"),
    ("Al-Hol holds between 600 and 700 families.", 650, 600, 700, "range"),
    ("Al-Hol holds tens of thousands of people.", 20000, 20000, 99999, "vague"),
    ("Thirty-five children died in al-Hol.", 35, 35, 35, "exact"),
    ("يضم مخيم الهول نحو ٤٣ ألف شخص.", 43000, None, None, "about"),
    ("يضم مخيم الهول أكثر من ثلاثة آلاف عائلة.", 3000, 3000, None, "more_than"),
])
def test_number_forms_and_qualifiers(text, value, low, high, qualifier):
    claim = one(text)
    assert (claim.value, claim.low, claim.high, claim.qualifier) == (value, low, high, qualifier)
    assert claim.site == "al-hol"


def test_breakdown_gives_three_metrics():
    text = "The camp holds about 27,000 Iraqis, 18,000 to 19,000 Syrians and about 12,000 of other nationalities, al-Hol officials said."
    claims = extract(text)
    assert [c.metric for c in claims] == ["population_iraqi", "population_syrian", "population_tcn"]
    assert [(c.low, c.high) for c in claims][1] == (18000, 19000)


def test_shares_percent_and_qualitative():
    claims = extract("Al-Hol holds 56,000 people, most of them Iraqis; 94 per cent are women and children.")
    shares = {c.metric: c for c in claims if c.unit == "share"}
    assert shares["population_iraqi"].qualifier == "more_than" and shares["population_iraqi"].low == 0.5
    assert shares["women_children"].value == pytest.approx(0.94)


@pytest.mark.parametrize("text", [
    "Al-Hol camp lies 40 km east of Hasakah.", "The camp opened in 2016 and grew in 2019.",
    "Children under the age of 18 are most at risk in al-Hol.", "She was the 19th woman killed in al-Hol.",
    "Work on phase 6 of al-Hol is suspended.", "Call the al-Hol hotline on +963 933 123 456.",
    "Donors pledged $200 million for al-Hol.", "More than 500 unaccompanied children live in al-Hol.",
])
def test_non_claims(text):
    assert extract(text) == []


def test_the_camp_resolves_to_the_site_last_named():
    claims = extract("Roj lies near the Iraqi border. The camp holds about 2,500 people.")
    assert claims[0].site == "roj"


def test_all_camps_are_not_one_camp():
    assert one("Some 56,000 people live in the camps of north-east Syria.").site == "nes-camps"


def test_ref_date_attribution_and_language():
    claim = one("In 2019, al-Hol held more than 73,000 people, according to the UN.", published="2024-04-01")
    assert (claim.ref_date, claim.attribution, claim.language) == ("2019", "the UN", "en")
    assert one("يضم مخيم الهول نحو ٤٣ ألف شخص بحسب الأمم المتحدة.").language == "ar"


def test_offsets_index_the_input_and_json_has_exactly_the_keys():
    text = "Nearly 10,000 ISIS fighters are held in SDF prisons, officials said."
    claim = one(text)
    assert text[claim.start:claim.end] == claim.raw == "10,000"
    assert set(json.loads(json.dumps(claim.to_dict()))) == set(KEYS)
    assert claim.site == "sdf-detention" and claim.metric == "detainees"


def test_input_over_limit_is_refused_clearly():
    with pytest.raises(InputTooLarge, match="over the limit"):
        extract("x" * 101, max_chars=100)
    with pytest.raises(TypeError):
        extract(b"bytes")


def test_a_share_about_a_prison_named_earlier_is_a_share_of_its_detainees():
    claims = extract("Nearly 10,000 ISIS fighters are held in SDF prisons. About a third are Syrian.", published="2024-04-01")
    assert [(c.metric, c.site) for c in claims] == [("detainees", "sdf-detention"), ("detainees_syrian", "sdf-detention")]


@pytest.mark.parametrize("text, published, expected", [
    # (raw, metric, site, ref_date) per claim
    ("Each week 60-90 people leave Mahmoudli camp to return to their villages.", "2021-09-09",
     [("60-90", "departures", "mahmoudli", "2021-09-09")]),
    ("Roughly 70k people live in al-Hol, a camp official said, adding that the foreign annex holds about 10k.", "2020-01-14",
     [("70k", "population", "al-hol", "2020-01-14"), ("10k", "population", "al-hol-annex", "2020-01-14")]),
    ("About 9 hundred of the inmates at Ghuwayran are foreign fighters, prison officials said.", "2022-02-03",
     [("9 hundred", "detainees_foreign", "ghuwayran", "2022-02-03")]),
    ("The SDF holds around 9,000 ISIS fighters in prisons, and some 40,000 people in camps across the region.", "2025-03-14",
     [("9,000", "detainees", "sdf-detention", "2025-03-14"), ("40,000", "population", "nes-camps", "2025-03-14")]),
    ("Newroz camp now hosts more than 1.5 thousand people displaced by the Turkish offensive in October.", "2019-11-25",
     [("1.5 thousand", "population", "newroz", "2019-11-25")]),
    ("بلغ عدد قاطني مخيم الهول ٧٢٥١٥ شخصاً في الأول من أيار/مايو، بحسب الأمم المتحدة.", "2019-05-06",
     [("٧٢٥١٥", "population", "al-hol", "2019-05-01")]),
    ("تحتجز قسد نحو 66 ألف شخص في مخيمات شمال شرق سوريا، يقيم أكثر من 2000 منهم في مخيم روج.", "2020-12-08",
     [("66 ألف", "population", "nes-camps", "2020-12-08"), ("2000", "population", "roj", "2020-12-08")]),
    ("انخفض عدد سكان مخيم الهول إلى 24 ألف شخص مطلع العام الجاري.", "2026-01-21",
     [("24 ألف", "population", "al-hol", "2026")]),
])
def test_forms_found_by_the_blind_set(text, published, expected):
    claims = extract(text, published=published)
    assert [(c.raw, c.metric, c.site, c.ref_date) for c in claims] == expected


@pytest.mark.parametrize("text", [
    "Around 300 SDF fighters and 40 coalition advisers were deployed around Ghuwayran prison.",
    "غادر 600 شخص مخيم الهول ضمن الدفعة الخامسة عشرة من المغادرين.",
])
def test_forces_and_ordinals_are_not_counts(text):
    assert all(c.raw not in ("300", "40", "عشرة") for c in extract(text, published="2022-01-28"))


@pytest.mark.parametrize("text, published, expected", [
    # found by the article set (short multi-sentence articles) at first contact
    ("The SDF holds about 9,000 suspected ISIS fighters in more than 20 detention facilities across north-east Syria. "
     "Roughly 2,000 of them are foreigners. The prisons are guarded by 4,000 fighters.", "2024-05-20",
     [("9,000", "detainees", "sdf-detention"), ("2,000", "detainees_foreign", "sdf-detention")]),
    ("Nearly 8,000 people remain in the section of al-Hol reserved for foreigners. “Still 8k people, stuck behind the wire,” "
     "the group wrote on X on Monday.", "2024-02-06",
     [("8,000", "population", "al-hol-annex"), ("8k", "population", "al-hol-annex")]),
    ("وغادر المخيم قرابة 400 سوري الشهر الماضي. ويعيش في مخيم الهول نحو 5500 شخص، 60% منهم دون سن 18.", "2021-02-16",
     [("400", "departures", None), ("5500", "population", "al-hol"), ("60%", "children", "al-hol")]),
    ("وبلغ عدد سكان مخيم الهول 37512 شخصاً. ويشكّل السوريون 16 ألفاً منهم، والعراقيون نحو 15 ألفاً. "
     "ورفعت الإدارة عدد الحراس إلى 900 عنصر.", "2025-02-04",
     [("37512", "population", "al-hol"), ("16 ألفاً", "population_syrian", "al-hol"), ("15 ألفاً", "population_iraqi", "al-hol")]),
    ("ويضم سجن غويران نحو 3500 محتجز، بينهم ما يزيد عن 800 أجنبي، بحسب مصدر في قوى الأمن الداخلي.", "2022-01-22",
     [("3500", "detainees", "ghuwayran"), ("800", "detainees_foreign", "ghuwayran")]),
    ("The camp's 62,000 residents live in eight phases patrolled by about 400 internal security personnel.", "2021-03-15",
     [("62,000", "population", None)]),
])
def test_forms_found_by_the_article_set(text, published, expected):
    assert [(c.raw, c.metric, c.site) for c in extract(text, published=published)] == expected


def test_arabic_compound_number_words_and_attribution_verbs():
    claims = extract("أعادت السلطات العراقية ثلاثمئة وأحد عشر شخصاً من مخيم الهول. وأضافت المنظمة الدولية أن 1800 شخص غادروا المخيم.",
                     published="2021-05-12")
    assert [c.value for c in claims] == [311, 1800]
    assert claims[1].attribution == "المنظمة الدولية"


def test_a_day_between_commas_does_not_cut_a_verb_from_its_figure_and_an_event_can_date_a_figure():
    handed = extract("سلّمت قوات سوريا الديمقراطية، الأحد، 215 محتجزاً عراقياً من سجن غويران إلى السلطات العراقية.", published="2024-06-11")
    assert [(c.raw, c.metric) for c in handed] == [("215", "transferred")]
    then = extract("قالت قسد إن سجن غويران يضم اليوم نحو 4 آلاف محتجز، بعد أن كان يضم قرابة 3500 عند وقوع الهجوم في كانون الثاني/يناير 2022.",
                   published="2024-01-30")
    assert [(c.raw, c.ref_date) for c in then] == [("4 آلاف", "2024-01-30"), ("3500", "2022-01")]


def test_an_undated_past_figure_has_no_reference_date_and_is_not_checked_against_today():
    from dashboard.reconcile import check
    from dashboard.store import load
    text = ("The al-Hol camp, once home to more than 73,000 people, now holds about 24,000, its administration said on Sunday, "
            "after a wave of departures to Iraq.")
    claims = extract(text, published="2025-06-01")
    assert [(c.raw, c.metric, c.ref_date) for c in claims] == [("73,000", "population", None), ("24,000", "population", "2025-06-01")]
    verdicts = check(text, load().cited, published="2025-06-01")
    assert verdicts.iloc[0].verdict == "no_official_data" and "no date" in verdicts.iloc[0].explanation
    assert verdicts.iloc[1].verdict != "no_official_data"


@pytest.mark.parametrize("text, expected", [
    # found by the long-article set at first contact: personal details and other non-counts
    ("Umm Khaled, 34, who arrived from Baghouz three weeks ago, said: “I have four children and only one blanket.”", []),
    ("Fatima al-Hassan, 41, fled Ras al-Ain with her husband and seven children and has lived in Washokani since.", []),
    ("“We have moved 300 fighters away from the camps to the front lines,” an SDF spokesman said.", []),
    ("The United Nations said more than 160,000 people had been displaced across the north-east.", []),
    ("وأشارت الهيئة إلى أن 5 مخيمات من أصل 16 لم تتلق أي دعم.", []),
    ("قالت إدارة المخيم إنه يتسع لنحو 10 آلاف شخص.", []),
    # and frames it now reads
    ("Iraqis number about 30,000 in al-Hol.", [("30,000", "population_iraqi")]),
    ("In al-Hol, Iraqis remain the largest group, numbering roughly 24,000.", [("24,000", "population_iraqi")]),
    ("A convoy left al-Hol on Monday, bringing to 743 the number of people repatriated since May.", [("743", "repatriated")]),
    ("The UN said some 60 per cent of those still in al-Hol are children.", [("60 per cent", "children")]),
    ("يؤوي مخيم الهول 40 ألف شخص، في حين تجاوزت نسبة النساء والأطفال 90 في المئة.", [("40 ألف", "population"), ("90 في المئة", "women_children")]),
])
def test_forms_found_by_the_long_article_set(text, expected):
    assert [(c.raw, c.metric) for c in extract(text, published="2024-06-20")] == expected


def test_arabic_thousands_with_a_remainder_and_ranges_of_thousands():
    assert [c.value for c in extract("ويبلغ عدد العراقيين في المخيم 22 ألفاً و400 شخص.", published="2025-01-01")] == [22400]
    ranged = extract("يحتجز في سجون قسد ما بين 9 آلاف و10 آلاف عنصر من التنظيم.", published="2025-01-01")
    assert [(c.low, c.high, c.qualifier) for c in ranged] == [(9000, 10000, "range")]


def test_arabic_short_vowels_are_read_through_and_given_back_as_written():
    # fully vowelled number words, and a tanween written before the alif ("ألفًا"); a bare "ألفاً" is untouched
    text = "وتضمُّ العائلاتُ في مخيمِ الهولِ قرابةَ سبعِمائةٍ وأربعةَ عشرَ شخصاً. وبلغ عدد السوريين فيه 22 ألفًا و616 شخصًا."
    claims = extract(text, published="2024-04-30")
    assert [(c.value, c.metric, c.site) for c in claims] == [(714, "population", "al-hol"), (22616, "population_syrian", "al-hol")]
    assert [c.raw for c in claims] == ["سبعِمائةٍ وأربعةَ عشرَ", "22 ألفًا و616"]
    for c in claims:
        assert text[c.start:c.end] == c.raw and c.quote in text  # offsets and quote index the text as written
    assert extract("يعيش في مخيم الهول نحو ألفاً شخص.")[0].value == 1000  # "ألفاً" keeps its tanween: a thousand, not two


def test_patterns_run_on_lower_cased_text_have_no_upper_case_letters():
    # they are compiled without re.I and given text.lower(): an upper-case letter in one would never match
    import re as _re
    from dashboard.claims import context, when
    patterns = [*context._LOWER.values(), context._FLOW_BEFORE_CUE, context._MONTH_BEFORE, when._CUE_LOWER,
                *(p for p, _ in context._FLOW_BEFORE)]
    for pattern in patterns:
        assert not pattern.flags & _re.IGNORECASE
        assert not _re.search("[A-Z]", _re.sub(r"\\[A-Za-z]", "", pattern.pattern)), pattern.pattern[:80]
