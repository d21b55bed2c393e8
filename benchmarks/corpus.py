"""Corpus scan at scale, on a synthetic archive in the shape of news: ~1% of articles mention a site
(gold-set sentences, English and Arabic), some of those are syndicated copies, the rest is filler.

Prints: throughput (MB/s) on the local scheduler at 1 and 2 workers (and the speed-up), on a
distributed.LocalCluster with 2 workers, a plain single-process loop calling extract() on every
article (measured on a sample), the prefilter alone, and peak worker memory at two corpus sizes.
Targets: >= 1.8x from 1 to 2 workers; >= 20x the plain loop; worker memory flat (within 20%) from 1 GB to 2 GB.
Usage: python benchmarks/corpus.py [--gb 1.0]
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WORDS = ("government minister budget reform election council market trade energy rail school hospital weather storm "
         "football league season coach player museum festival film music court judge appeal police traffic bridge").split()


def filler(rng: random.Random, size: int = 2400) -> str:
    words = []
    while sum(len(w) + 1 for w in words) < size:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 16)))
        words.append(sentence.capitalize() + ".")
    return " ".join(words)


def build(folder: Path, megabytes: int, seed: int = 1) -> int:
    """Write ~megabytes of JSONL in 64 MB files; return bytes of article text written."""
    rng = random.Random(seed)
    gold = [json.loads(line) for line in (ROOT / "tests/claims/gold.jsonl").read_text().splitlines()]
    relevant = [g for g in gold if g["claims"]]
    folder.mkdir(parents=True, exist_ok=True)
    written, file_no, article_no = 0, 0, 0
    pool = [filler(rng) for _ in range(400)]
    while written < megabytes * 1_000_000:
        with open(folder / f"part-{file_no:04d}.jsonl", "w", encoding="utf-8") as handle:
            size = 0
            while size < 64_000_000 and written + size < megabytes * 1_000_000:
                article_no += 1
                if rng.random() < 0.01:
                    item = rng.choice(relevant)
                    text = rng.choice(pool)[:1200] + " " + item["text"] + " " + rng.choice(pool)[:800]
                    copies = 3 if rng.random() < 0.3 else 1  # a wire story picked up by other outlets
                    published = item["published"]
                else:
                    text, copies, published = rng.choice(pool), 1, "2024-01-01"
                for copy in range(copies):
                    line = json.dumps({"url": f"https://outlet{copy}.example/{article_no}", "title": "t", "published": published,
                                       "outlet": f"Outlet {copy}", "language": None, "text": text}, ensure_ascii=False)
                    handle.write(line + "\n")
                    size += len(text)
        written += size
        file_no += 1
    return written


def timed_scan(inputs: str, workers: int | None = None, scheduler: str | None = None) -> float:
    from dashboard.corpus import Options, scan
    out = tempfile.mkdtemp(prefix="headcount-scan-")
    start = time.perf_counter()
    scan([inputs], out, Options(), scheduler=scheduler, workers=workers, progress=False)
    return time.perf_counter() - start


def child_peak(gb_folder: str) -> None:
    """Run in a subprocess: scan with 2 local workers, print the peak RSS of any worker (MB)."""
    timed_scan(gb_folder, workers=2)
    print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gb", type=float, default=1.0)
    parser.add_argument("--peak", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.peak:
        child_peak(args.peak)
        return
    from dashboard import gazetteer as gz
    from dashboard.claims import extract
    from dashboard.corpus.prefilter import relevant
    from dashboard.corpus.read import articles
    work = Path(tempfile.mkdtemp(prefix="headcount-corpus-"))
    small, large = work / "one", work / "two"
    mb_small = build(small, int(args.gb * 1000)) / 1e6
    mb_large = build(large, int(2 * args.gb * 1000), seed=2) / 1e6
    print(f"synthetic corpus: {mb_small:,.0f} MB and {mb_large:,.0f} MB of article text (JSONL, 64 MB per partition)")

    sample = [a["text"] for a in articles(sorted(small.glob("*.jsonl"))[0])][:20_000]
    sample_mb = sum(len(t) for t in sample) / 1e6
    g = gz.default()
    start = time.perf_counter()
    hits = sum(relevant(t, g) for t in sample)
    prefilter = sample_mb / (time.perf_counter() - start)
    start = time.perf_counter()
    for text in sample[:4000]:
        extract(text)
    loop = sum(len(t) for t in sample[:4000]) / 1e6 / (time.perf_counter() - start)
    print(f"prefilter alone: {prefilter:,.1f} MB/s ({hits / len(sample):.1%} of articles pass)")
    print(f"plain loop, extract() on every article: {loop:,.1f} MB/s (on a {sum(len(t) for t in sample[:4000]) / 1e6:.0f} MB sample)")

    one = timed_scan(str(small), workers=1)
    two = timed_scan(str(small), workers=2)
    from distributed import LocalCluster
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        clustered = timed_scan(str(small), scheduler=cluster.scheduler_address)
    print(f"local scheduler, 1 worker : {mb_small / one:7.1f} MB/s ({one:.1f} s)")
    print(f"local scheduler, 2 workers: {mb_small / two:7.1f} MB/s ({two:.1f} s)   speed-up {one / two:.2f}x (target >= 1.8x)")
    print(f"LocalCluster, 2 workers   : {mb_small / clustered:7.1f} MB/s ({clustered:.1f} s)")
    print(f"2 workers vs the plain loop: {mb_small / two / loop:.1f}x (target >= 20x)")
    peaks = []
    for folder in (small, large):
        result = subprocess.run([sys.executable, __file__, "--peak", str(folder)], capture_output=True, text=True, check=True)
        peaks.append(float(result.stdout.strip().splitlines()[-1]))
    print(f"peak worker memory: {peaks[0]:.0f} MB at {mb_small:,.0f} MB, {peaks[1]:.0f} MB at {mb_large:,.0f} MB "
          f"({peaks[1] / peaks[0] - 1:+.0%}; target within 20%)")
    print(f"at the 2-worker rate, per core {mb_small / two / 2:.1f} MB/s: a 100-million-article archive (~300 GB of text at "
          f"3 KB an article) takes about {300_000 / (mb_small / two / 2) / 3600:.1f} core-hours")


if __name__ == "__main__":
    main()
