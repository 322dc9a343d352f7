"""Time extraction + speaker resolution on a ~2,000-character article, on one core.

Usage:
    python scripts/bench_extract.py [--file ARTICLE.txt] [--chars 2000] [--repeat 200]

Without ``--file`` it times the first ~2,000 characters of the seed article
(``seeds/000_*.txt``), cut at a paragraph end. Prints milliseconds per article (median and
mean over ``--repeat`` runs, after a warm-up), for extraction alone and extraction+speakers.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from stance.extract import extract_statements
from stance.records import Article
from stance.speakers import load_actors, resolve_speakers


def _article(path: str | None, chars: int) -> Article:
    if path is None:
        seeds = sorted(Path(__file__).resolve().parent.parent.joinpath("seeds").glob("*.txt"))
        path = str(seeds[0])
    text = Path(path).read_text(encoding="utf-8")
    if len(text) > chars:
        cut = text.rfind("\n", 0, chars)
        text = text[: cut if cut > chars // 2 else chars]
    return Article(id="bench", text=text, date="2015-07-18")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file")
    ap.add_argument("--chars", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=200)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    art = _article(args.file, args.chars)
    load_actors(None)  # the table is cached: load it outside the timing
    for _ in range(5):
        resolve_speakers(art, extract_statements(art))
    ext, both = [], []
    n = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        sts = extract_statements(art)
        t1 = time.perf_counter()
        resolve_speakers(art, sts)
        t2 = time.perf_counter()
        ext.append((t1 - t0) * 1000)
        both.append((t2 - t0) * 1000)
        n = len(sts)
    print(f"article: {len(art.text)} characters, {n} statements, {args.repeat} runs, one core")
    print(f"extract          median {statistics.median(ext):.2f} ms  mean {statistics.fmean(ext):.2f} ms")
    print(f"extract+speakers median {statistics.median(both):.2f} ms  mean {statistics.fmean(both):.2f} ms")


if __name__ == "__main__":
    main()
