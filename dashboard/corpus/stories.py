"""Syndication: the same wire story republished by many outlets is one story. Near-duplicate
articles are grouped with MinHash LSH (datasketch); every article (and so every claim) gets a story_id."""
from __future__ import annotations

import re

import pandas as pd

SHINGLE = 5


def _minhash(text: str, permutations: int):
    from datasketch import MinHash
    words = re.findall(r"\w+", text.lower())
    minhash = MinHash(num_perm=permutations)
    for i in range(max(1, len(words) - SHINGLE + 1)):
        minhash.update(" ".join(words[i:i + SHINGLE]).encode())
    return minhash


def story_ids(articles: pd.DataFrame, threshold: float = 0.7, permutations: int = 128) -> pd.Series:
    """article_id -> story_id (the earliest-published article of each group of near-duplicates)."""
    from datasketch import MinHashLSH
    ordered = articles.sort_values(["published", "article_id"], na_position="last").drop_duplicates("article_id")
    lsh = MinHashLSH(threshold=threshold, num_perm=permutations)
    story: dict[str, str] = {}
    rank: dict[str, int] = {}
    for i, row in enumerate(ordered.itertuples(index=False)):
        signature = _minhash(row.text, permutations)
        near = [story[other] for other in lsh.query(signature)]
        story[row.article_id] = min(near, key=rank.__getitem__) if near else row.article_id
        rank.setdefault(row.article_id, i)
        lsh.insert(row.article_id, signature)
    return pd.Series(story, name="story_id")
