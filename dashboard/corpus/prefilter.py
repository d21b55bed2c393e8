"""The cheap first pass: does an article mention a known site (any spelling, Latin or Arabic) or a
site-free detention phrase? One Aho-Corasick pass over the lower-cased text; only articles that
pass go to full extraction. Latin text is only lower-cased (hyphen/space variants are in the
automaton); Arabic text is folded the way the extractor folds it."""
from __future__ import annotations

import re

from ..claims.where import _automaton, _bounded, fold
from ..gazetteer import Gazetteer

DETENTION_PHRASES = ("isis detainees", "isis prisoners", "islamic state detainees", "is detainees", "sdf prisons",
                     "sdf-run prisons", "detained isis", "isis suspects", "معتقلي داعش", "سجون قسد", "عناصر داعش المحتجزين")
_ARABIC = re.compile("[\u0600-\u06ff]")
def _latin_automaton(gazetteer: Gazetteer):
    return gazetteer.memo("latin-names", _build_latin)


def _build_latin(gazetteer: Gazetteer):
    import ahocorasick
    machine = ahocorasick.Automaton()
    names = [n for n, _ in gazetteer.names() if not _ARABIC.search(n)] + [p for p in DETENTION_PHRASES if not _ARABIC.search(p)]
    for name in names:
        base = re.sub(r"[\s\-‐‑–_]+", " ", name.lower()).replace("’", "'")
        for variant in {base, base.replace(" ", "-"), base.replace(" ", ""), base.replace("'", ""), base.replace("'", "’")}:
            if len(variant) >= 3:
                machine.add_word(variant, len(variant))
    machine.make_automaton()
    return machine


def _phrase_hit(folded: str) -> bool:
    return any(fold(p) in folded for p in DETENTION_PHRASES if _ARABIC.search(p))


def relevant(text: str, gazetteer: Gazetteer) -> bool:
    if not text.isascii() and _ARABIC.search(text):  # Arabic script: the extractor's own folding and boundaries
        folded = fold(text)
        for end, (_site, _name, length) in _automaton(gazetteer).iter(folded):
            start = end + 1 - length
            if _bounded(folded, start, end + 1, "\u0600" <= folded[start] <= "\u06ff"):
                return True
        if _phrase_hit(folded):
            return True
    lowered = text.lower()
    for end, length in _latin_automaton(gazetteer).iter(lowered):
        start = end + 1 - length
        before = lowered[start - 1] if start else " "
        after = lowered[end + 1] if end + 1 < len(lowered) else " "
        if not before.isalnum() and not after.isalnum():
            return True
    return False
