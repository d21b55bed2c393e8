"""The cheap first pass: does an article mention a known site (any spelling, Latin or Arabic) or a
site-free detention phrase? One Aho-Corasick pass; only matches go to full extraction."""
from __future__ import annotations

from ..claims.where import _automaton, _bounded, fold
from ..gazetteer import Gazetteer

DETENTION_PHRASES = ("isis detainees", "isis prisoners", "islamic state detainees", "is detainees", "sdf prisons",
                     "sdf-run prisons", "detained isis", "ISIS suspects", "معتقلي داعش", "سجون قسد", "عناصر داعش المحتجزين")


def _phrases():
    import ahocorasick
    machine = ahocorasick.Automaton()
    for phrase in DETENTION_PHRASES:
        machine.add_word(fold(phrase), len(phrase))
    machine.make_automaton()
    return machine


_PHRASES = None


def relevant(text: str, gazetteer: Gazetteer) -> bool:
    global _PHRASES
    folded = fold(text)
    for end, (_site, _name, length) in _automaton(gazetteer).iter(folded):
        start = end + 1 - length
        if _bounded(folded, start, end + 1, "\u0600" <= folded[start] <= "\u06ff"):
            return True
    _PHRASES = _PHRASES or _phrases()
    return next(_PHRASES.iter(folded), None) is not None
