"""Extraction accuracy and speed: ours vs quantulum3 (the established quantity extractor) vs a bare
re.finditer(r"\\d") pass (the floor), on the hand-written gold sets, in one run.

Prints precision/recall per field for each gold set, then throughput in MB/s on two texts:
the gold sentences themselves (every sentence holds a figure: the worst case for us), and a
news-like text where 1 paragraph in 20 mentions a site (what a real article or feed looks like).
On each it also prints two Python lower bounds: reading the figures alone, and reading them plus one regular
expression each for metric, site, date and source (the least any Python rule engine does per figure).
"""
from __future__ import annotations

import argparse
import bisect
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.claims import extract  # noqa: E402
from dashboard.claims.score import FIELDS, load_gold, score  # noqa: E402

GOLD = [ROOT / "tests" / "claims" / name for name in ("gold.jsonl", "heldout.jsonl", "blind.jsonl", "articles.jsonl", "longform.jsonl")]
FILLER = ("The ministers met on Tuesday to discuss the budget, which had been delayed twice since the spring. "
          "Officials said talks would resume next week after a holiday, and analysts expect a deal before the summer. ")


def mb_per_s(func, text: str, repeat: int = 3) -> float:
    func(text)  # warm up (compiles regexes, builds automata)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func(text)
        best = min(best, time.perf_counter() - start)
    return len(text.encode()) / 1e6 / best


def ours_per_item(texts):
    def run(_):
        for t in texts:
            extract(t)
    return run


# The least a Python rule engine can do per figure: read it (find_figures), then one regular expression each for
# what it counts, where, when and according to whom. Far too little to be accurate; it is here to show how much
# of the time budget any Python engine has left once it looks at a figure's context at all.
_SENTENCE = re.compile(r"[.!?\u061f\n]+\s*")
_NOUN = re.compile(r"\s*(people|persons|individuals|residents|families|households|detainees|prisoners|women|children|"
                   r"\u0623\u0634\u062e\u0627\u0635|\u0634\u062e\u0635|\u0639\u0627\u0626\u0644\u0629|\u0623\u0633\u0631\u0629)", re.I)
_SITE = re.compile(r"al-?hol|hawl|roj|ghwayran|ghweran|hasakah|\u0627\u0644\u0647\u0648\u0644|\u0631\u0648\u062c", re.I)
_DATE = re.compile(r"\b(january|february|march|april|may|june|july|august|september|october|november|december|\d{4})\b", re.I)
_WHO = re.compile(r"according to ([^,.]+)|([A-Z][\w ]+) said|\u0648\u0641\u0642 ([^\u060c.]+)")


def skeleton(text: str) -> list:
    from dashboard.claims.numbers import find_figures
    ends = [m.end() for m in _SENTENCE.finditer(text)]
    out = []
    for figure, _ in find_figures(text):
        i = bisect.bisect_right(ends, figure.start)
        start, end = (ends[i - 1] if i else 0), (ends[i] if i < len(ends) else len(text))
        sentence = text[start:end]
        noun = _NOUN.match(text, figure.end, min(end, figure.end + 40))
        out.append((figure.value, noun, _SITE.search(sentence), _DATE.search(sentence), _WHO.search(sentence)))
    return out


def figures_only(text: str) -> list:
    from dashboard.claims.numbers import find_figures
    return list(find_figures(text))


def quantulum_value_scores(items) -> tuple[float, float]:
    """quantulum3 on the same gold: recall = gold claims whose value it reads right at the right place;
    precision = its quantities that are a gold claim with the right value."""
    from quantulum3 import parser
    right = found = gold_n = 0
    for item in items:
        quantities = parser.parse(item["text"])
        found += len(quantities)
        for claim in item["claims"]:
            gold_n += 1
            at = item["text"].find(claim["raw"])
            for q in quantities:
                a, b = q.span
                target = claim["value"] * (100 if claim.get("unit") == "share" and "%" in claim["raw"] else 1)
                if a < at + len(claim["raw"]) and at < b and abs(q.value - target) < 1e-6 * max(1, abs(target)):
                    right += 1
                    break
    return (right / found if found else 0.0), (right / gold_n if gold_n else 0.0)


def ours_claims(text: str, published) -> list[dict]:
    return [c.to_dict() for c in extract(text, published=published)]


def score_set(path: Path) -> list:
    items = load_gold(path)
    result = score(items, ours_claims)
    print(f"{path.name}: {len(items)} items, {result.gold} gold claims, {result.predicted} predicted, "
          f"non-claims reported as counts: {result.non_claim_hits}")
    for field in FIELDS:
        print(f"  {field:18s} precision {result.precision(field):.3f}  recall {result.recall(field):.3f}")
    return items


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--set", dest="extra", type=Path, action="append", default=[],
                     help="also score this annotated set (JSON lines in tests/claims/CONVENTIONS.md form), e.g. "
                          "real press text kept outside the repository; scored alone, not in the throughput run")
    cli.add_argument("--only-sets", action="store_true", help="score the --set files only, no built-in sets or speed")
    args = cli.parse_args()
    for path in args.extra:
        score_set(path)
    if args.only_sets:
        return
    print("== accuracy (value+metric+site is the headline; targets P >= 0.95, R >= 0.95)")
    all_items = []
    for path in GOLD:
        all_items += score_set(path)
    q_precision, q_recall = quantulum_value_scores(all_items)
    ours = score(all_items, ours_claims)
    print(f"value accuracy, all sets: ours P={ours.precision('value'):.3f} R={ours.recall('value'):.3f}; "
          f"quantulum3 P={q_precision:.3f} R={q_recall:.3f}")

    from quantulum3 import parser
    texts = [i["text"] for i in all_items]
    dense = "\n\n".join(texts)
    news = "\n\n".join(FILLER * 2 + (texts[i // 20] if i % 20 == 0 else "") for i in range(20 * 60))
    print("== throughput, MB/s (one core)")
    for name, text in (("the hand-written sets (a figure in most sentences)", dense), ("news-like (1 paragraph in 20 on a site)", news)):
        floor = mb_per_s(lambda t: sum(1 for _ in re.finditer(r"\d", t)), text)
        ours_speed = mb_per_s(extract, text)
        sample = text[:20_000]
        quant = mb_per_s(parser.parse, sample, repeat=1)
        print(f"{name}: {len(text) / 1e6:.2f} MB")
        print(f"  ours {ours_speed:8.3f}   quantulum3 {quant:8.4f}   bare regex floor {floor:8.1f}")
        print(f"  ours/quantulum3 = {ours_speed / quant:6.1f}x   floor/ours = {floor / ours_speed:6.1f}x   "
              f"(targets: >= 5 MB/s, within 20x of the floor)")
        figures = figures_only(text)
        print(f"  in Python, before any rule: reading the {len(figures):,} figures alone {mb_per_s(figures_only, text):6.2f}; "
              f"plus one regex each for metric, site, date, source {mb_per_s(skeleton, text):6.2f}")


if __name__ == "__main__":
    main()
