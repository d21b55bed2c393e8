"""extract() never raises on any str and its offsets always index the input."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.claims import extract

ARABIC = st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), max_size=200)
PIECES = st.sampled_from(["al-Hol", "الهول", " ", "70,000", "٤٣ ألف", "people", "أكثر من", ".", "\x00", "\n\n",
                          "more than", "%", "the camp", "1.2 million", "9" * 400, "between", "and", "-"])


def _check(text):
    for claim in extract(text):
        assert 0 <= claim.start < claim.end <= len(text)
        assert text[claim.start:claim.end] == claim.raw


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(max_size=400))
def test_random_unicode(text):
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=60).map("".join))
def test_mixed_pieces(text):
    _check(text)


@settings(max_examples=100, deadline=None)
@given(ARABIC)
def test_arabic_block(text):
    _check(text)


def test_huge_digit_string_and_null_bytes():
    _check("al-Hol holds " + "9" * 100_000 + " people\x00\x00 more than 70,000 people")


def test_five_megabytes_of_text():
    filler = "Ministers met on Tuesday to discuss the budget, delayed twice since the spring. " * 40 + "\n\n"
    paragraph = filler * 19 + "The camp of al-Hol holds about 43,000 people, most of them Iraqis, officials said.\n\n"
    text = (paragraph * (5_000_000 // len(paragraph) + 1))[:4_999_000]
    claims = extract(text)
    assert claims and all(text[c.start:c.end] == c.raw for c in claims[:50])
