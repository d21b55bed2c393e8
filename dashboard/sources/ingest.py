"""Run the live sources: fetch, extract, and add candidates for review, atomically per run."""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import httpx

from ..store import Store
from . import hdx, pending, reliefweb, unhcr
from .http import Fetcher, SourceError, Unreachable, atomic_write, data_dir

CONFIG = Path(__file__).with_name("sources.toml")


def config() -> dict:
    return tomllib.loads(CONFIG.read_text(encoding="utf-8"))


@dataclass
class Summary:
    source: str
    new: int = 0
    unchanged: int = 0
    rejected: list[str] = field(default_factory=list)
    error: str | None = None
    unreachable: bool = False


def run_source(name: str, store: Store, since: date | None, sites: list[str], client: httpx.Client | None = None,
               root: Path | None = None, progress=None) -> Summary:
    """One source's run. Nothing is written unless the whole run succeeds."""
    summary, cfg = Summary(name), config()[name]
    fetcher = Fetcher.open(name, client, root)
    found: list[pending.Candidate] = []
    try:
        if name == "reliefweb":
            appname = os.environ.get("HEADCOUNT_RELIEFWEB_APPNAME", cfg["appname"])
            for site in sites:
                for item in reliefweb.reports(fetcher, cfg, store.gazetteer, site, since, appname):
                    try:
                        found += reliefweb.candidates(item, store.gazetteer)
                    except SourceError as problem:
                        summary.rejected.append(str(problem))
                    if progress:
                        progress()
        elif name == "hdx":
            for dataset in hdx.datasets(fetcher, cfg):
                more, problems = hdx.candidates(fetcher, dataset, store.sites, cfg["formats"])
                found += more
                summary.rejected += problems
                if progress:
                    progress()
        elif name == "unhcr":
            table = unhcr.population(fetcher, cfg)
            atomic_write((root or data_dir()) / "context" / "unhcr_population.csv", table.to_csv(index=False).encode())
            summary.new = len(table)
            return summary
    except Unreachable as problem:
        host = problem.request.split(" ", 1)[-1].split("/")[2] if "://" in problem.request else problem.request
        summary.unreachable, summary.error = True, f"cannot reach {host}"
        return summary
    except SourceError as problem:
        summary.error = str(problem)
        return summary
    merged, counts = pending.merge(pending.load(root), found)
    pending.save(merged, root)
    summary.new, summary.unchanged = counts["new"], counts["unchanged"]
    return summary


def run(names: list[str], store: Store, since: date | None = None, sites: list[str] | None = None,
        client: httpx.Client | None = None, root: Path | None = None) -> list[Summary]:
    from rich.progress import Progress
    sites = sites or ["al-hol", "roj"]
    results = []
    with Progress(transient=True) as bar:
        for name in names:
            task = bar.add_task(f"{name}", total=None)
            results.append(run_source(name, store, since, sites, client, root, lambda: bar.advance(task)))
            bar.update(task, completed=1, total=1)
    return results

