"""Sites and their names: every spelling a source or an article uses, in Latin and Arabic script."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

import pandas as pd

from .model import Site

_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")  # tashkeel, tatweel
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_APOSTROPHES = re.compile("['’‘`ʿʾ´]")
_SEPARATORS = re.compile(r"[\s\-‐‑–_/.]+")


def normalize(name: str) -> str:
    """Fold a place name for lookup: case, Latin diacritics, apostrophes, hyphens, Arabic marks."""
    text = _ARABIC_MARKS.sub("", name).translate(_ARABIC_FOLD)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = _APOSTROPHES.sub("", text.casefold())
    return _SEPARATORS.sub(" ", text).strip()


@dataclass(frozen=True)
class Gazetteer:
    sites: tuple[Site, ...]

    @classmethod
    def from_frame(cls, frame: pd.DataFrame) -> "Gazetteer":
        def opt(value):
            return None if pd.isna(value) or value == "" else value
        sites = []
        for row in frame.itertuples(index=False):
            aliases = tuple(a.strip() for a in str(opt(row.aliases) or "").split("|") if a.strip())
            sites.append(Site(row.site_id, row.name, row.kind, opt(row.parent), opt(row.governorate),
                              opt(row.lat), opt(row.lon), aliases))
        return cls(tuple(sites))

    @cached_property
    def by_id(self) -> dict[str, Site]:
        return {s.id: s for s in self.sites}

    @cached_property
    def alias_map(self) -> dict[str, str]:
        """normalized name -> site id. Ids, display names and aliases all resolve."""
        table: dict[str, str] = {}
        for site in self.sites:
            for name in (site.id, site.name, *site.aliases):
                table.setdefault(normalize(name), site.id)
        return table

    def resolve(self, name: str) -> str | None:
        """The site id a name refers to, or None. Never guesses beyond the recorded spellings."""
        return self.alias_map.get(normalize(name))

    def names(self) -> list[tuple[str, str]]:
        """(spelling, site id) for every recorded spelling, longest first (for text matching)."""
        pairs = {(n, s.id) for s in self.sites for n in (s.name, *s.aliases)}
        return sorted(pairs, key=lambda p: (-len(p[0]), p[0]))

    def memo(self, key: str, build):
        """Something derived from this gazetteer (an automaton of its names ...), built once per instance."""
        cache = self.__dict__.setdefault("_memo", {})
        if key not in cache:
            cache[key] = build(self)
        return cache[key]



_DEFAULT: Gazetteer | None = None


def default() -> Gazetteer:
    """The gazetteer of the shipped sites.csv (read once; no other dataset is touched)."""
    global _DEFAULT
    if _DEFAULT is None:
        from .store.load import datasets_dir
        from .store.read import read_csv
        table, problems = read_csv(datasets_dir() / "sites.csv", ["site_id", "name", "kind"])
        if problems:
            raise ValueError("; ".join(map(str, problems)))
        _DEFAULT = Gazetteer.from_frame(table.frame.drop(columns=["__file__", "__line__"]))
    return _DEFAULT
