import pytest

from dashboard.gazetteer import normalize
from dashboard.store import load

STORE = load()


@pytest.mark.parametrize("site", [s.id for s in STORE.gazetteer.sites])
def test_every_alias_resolves_to_its_site(site):
    for name in STORE.gazetteer.by_id[site].aliases:
        assert STORE.gazetteer.resolve(name) == site, name


@pytest.mark.parametrize("name, site", [
    ("AL-HOL", "al-hol"), ("al Hawl", "al-hol"), ("Al‑Hol", "al-hol"), ("الهَول", "al-hol"),
    ("مخيّم الهول", "al-hol"), ("al-Sina’a prison", "ghuwayran"), ("سجن غويران", "ghuwayran"), ("روج", "roj"),
])
def test_spelling_variants(name, site):
    assert STORE.gazetteer.resolve(name) == site


def test_unknown_names_are_not_guessed():
    assert STORE.gazetteer.resolve("Holm camp") is None
    assert STORE.gazetteer.resolve("") is None


def test_normalize_folds_case_marks_and_separators():
    assert normalize("  Al-Hōl ") == normalize("al hol")
    assert normalize("إدلب") == normalize("ادلب")


def test_no_alias_points_at_two_sites():
    owners = {}
    for site in STORE.gazetteer.sites:
        for name in (site.name, *site.aliases):
            owners.setdefault(normalize(name), set()).add(site.id)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}
