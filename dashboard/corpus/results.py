"""After a scan: stories (syndication groups), the claims dataset with story ids, summary.json,
and the genealogy of a stale figure."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from ..sources.http import atomic_write
from .stories import story_ids


def _read(folder: Path) -> pd.DataFrame:
    files = sorted(folder.rglob("*.parquet")) if folder.exists() else []
    if not files:
        return pd.DataFrame()
    frames = []
    for file in files:
        frame = pd.read_parquet(file)
        for part in file.relative_to(folder).parts[:-1]:  # hive partitions: year=2024/site=al-hol
            key, _, value = part.partition("=")
            frame[key] = value
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def claims(out: Path) -> pd.DataFrame:
    """The scan's claims with their story ids, sorted for a stable order."""
    frame = _read(Path(out) / "claims")
    if frame.empty:
        return frame
    stories_file = Path(out) / "stories.parquet"
    if stories_file.exists():
        frame = frame.merge(pd.read_parquet(stories_file), on="article_id", how="left")
    return frame.sort_values(["published", "url", "start"], na_position="last").reset_index(drop=True)


def finish(out: Path, partitions: list[dict]) -> dict:
    """Group syndicated copies, then write summary.json. Both written atomically."""
    out = Path(out)
    articles = _read(out / "articles")
    if not articles.empty:
        stories = story_ids(articles).rename_axis("article_id").reset_index()
        atomic_write(out / "stories.parquet", stories.to_parquet(index=False))
    found = claims(out)
    rejected: dict[str, int] = {}
    for part in partitions:
        for reason, n in part["rejected"].items():
            rejected[reason] = rejected.get(reason, 0) + n
    summary = {
        "partitions": len(partitions), "articles_read": sum(p["read"] for p in partitions),
        "articles_matched": sum(p["matched"] for p in partitions), "characters_read": sum(p["chars"] for p in partitions),
        "claims": int(len(found)), "rejected": rejected,
    }
    if not found.empty:
        found["year"] = found["year"].astype(str)
        summary["verdicts_by_year"] = found.groupby(["year", "verdict"]).size().unstack(fill_value=0).to_dict(orient="index")
        summary["verdicts_by_outlet"] = found.groupby(["outlet", "verdict"]).size().unstack(fill_value=0).to_dict(orient="index")
        summary["stale_share"] = round(float(found["stale"].mean()), 4)
        summary["stories"] = int(found["story_id"].nunique()) if "story_id" in found else None
        summary["articles_with_claims"] = int(found["article_id"].nunique())
        summary["syndicated_copies"] = summary["articles_with_claims"] - (summary["stories"] or 0)
    atomic_write(out / "summary.json", json.dumps(summary, indent=1, sort_keys=True, default=str).encode())
    return summary


def trace(out: Path, site: str, value: float, metric: str = "population", tolerance: float = 0.01) -> dict:
    """The genealogy of a stale figure: the first article that quoted it, the date the official series
    stopped supporting it, and every later story that repeated it (copies grouped under their story)."""
    found = claims(out)
    if found.empty:
        return {"site": site, "value": value, "first": None, "stories": []}
    same = found[(found["site"] == site) & (found["metric"] == metric) & (found["unit"] == "count")
                 & ((found["value"] - value).abs() <= tolerance * value)].copy()
    if same.empty:
        return {"site": site, "value": value, "first": None, "stories": []}
    same = same.sort_values(["published", "url"], na_position="last")
    first = same.iloc[0]
    stale = same[same["stale"]]
    last_true = stale["last_true_on"].dropna().max() if not stale.empty else None
    stories = []
    for story_id, group in stale.groupby("story_id", sort=False) if "story_id" in stale else []:
        group = group.sort_values("published")
        stories.append({"story_id": story_id, "first_published": group["published"].iloc[0], "outlet": group["outlet"].iloc[0],
                        "url": group["url"].iloc[0], "copies": [{"outlet": r.outlet, "published": r.published, "url": r.url}
                                                                for r in group.iloc[1:].itertuples(index=False)]})
    stories.sort(key=lambda s: (s["first_published"] or "", s["url"] or ""))
    return {"site": site, "metric": metric, "value": value,
            "first": {"outlet": first["outlet"], "published": first["published"], "url": first["url"], "quote": first["quote"]},
            "last_true_on": None if last_true is None or pd.isna(last_true) else pd.Timestamp(last_true).date().isoformat(),
            "stale_repeats": int(len(stale)), "stories": stories}
