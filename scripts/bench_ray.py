#!/usr/bin/env python
"""Statements per second: ``--engine ray`` beside ``--engine local`` on this machine (issue 8).

Builds the synthetic corpus of ``scripts/benchmark.py`` (``--articles`` articles, JSONL), then
runs the same config end to end (ingest, extract, speakers, classify, write JSONL) with the
local engine and with the Ray engine on a local Ray instance (``--ray-cpus`` CPUs, or a
cluster at ``--ray-address``). Times are wall clock and include model loading on both sides
(Ray loads it once per actor); Ray's start-up (``ray.init``) is shown on its own. It also
checks that both engines wrote the same records.

Examples::

    .venv/bin/python scripts/bench_ray.py                              # 300 articles, embedded model
    .venv/bin/python scripts/bench_ray.py --articles 2000 --concurrency 2 --ray-cpus 4
    .venv/bin/python scripts/bench_ray.py --ray-address auto --num-gpus 1 --device cuda
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
for p in (REPO, REPO / "scripts"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--corpus", type=Path, help="use this JSONL corpus instead of a synthetic one")
    ap.add_argument("--backend", default="embedding")
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--concurrency", type=int, default=1, help="Ray classifier actors")
    ap.add_argument("--num-cpus", type=float, default=1.0, help="CPUs per Ray actor")
    ap.add_argument("--num-gpus", type=float, default=0.0, help="GPUs per Ray actor")
    ap.add_argument("--batch-size", type=int, default=256, help="articles per Ray batch")
    ap.add_argument("--ray-cpus", type=int, default=None, help="CPUs of the local Ray instance (default: all)")
    ap.add_argument("--ray-address", default=None, help="join this cluster instead of starting a local one")
    ap.add_argument("--set", dest="overrides", action="append", default=[], help="extra config overrides")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    return ap.parse_args(argv)


def _timed_run(engine: str, corpus: Path, out: Path, overrides: list[str]) -> dict[str, Any]:
    from stance.config import load_config

    cfg = load_config(None, [*overrides, f"run.engine={engine}"])
    t0 = time.perf_counter()
    if engine == "ray":
        from stance.engine_ray import run_ray

        summary = run_ray([corpus], cfg, out=out, overwrite=True)
    else:
        from stance.pipeline import run

        summary = run([corpus], cfg, out=out, overwrite=True, progress=False)
    seconds = time.perf_counter() - t0
    return {"engine": engine, "articles": summary.articles, "statements": summary.statements,
            "skipped": summary.skipped, "seconds": round(seconds, 2),
            "statements_per_s": round(summary.statements / seconds, 1) if seconds else 0.0}


def _compare(a: Path, b: Path) -> dict[str, Any]:
    ra = [json.loads(x) for x in a.read_text().splitlines()]
    rb = [json.loads(x) for x in b.read_text().splitlines()]
    same_labels = len(ra) == len(rb) and all(
        [(s["text"], s["stance"], s["sentiment"]) for s in x["statements"]]
        == [(s["text"], s["stance"], s["sentiment"]) for s in y["statements"]] for x, y in zip(ra, rb, strict=False))
    diff = max((abs(p - q) for x, y in zip(ra, rb, strict=False) for s, t in zip(x["statements"], y["statements"],
                                                                                  strict=False)
                for p, q in zip(s["stance_probs"].values(), t["stance_probs"].values(), strict=False)), default=0.0)
    return {"byte_identical": a.read_bytes() == b.read_bytes(), "same_labels": same_labels,
            "max_prob_diff": diff}


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="bench: %(levelname)s: %(message)s")
    import ray

    overrides = [f"classify.backend={args.backend}", f"classify.device={args.device}",
                 f"run.ray_concurrency={args.concurrency}", f"run.ray_num_cpus={args.num_cpus}",
                 f"run.ray_num_gpus={args.num_gpus}", f"run.ray_batch_size={args.batch_size}", *args.overrides]
    with tempfile.TemporaryDirectory(prefix="bench_ray_") as tmp:
        tmpdir = Path(tmp)
        corpus = args.corpus
        if corpus is None:
            from benchmark import write_corpus

            corpus = write_corpus(tmpdir / "corpus.jsonl", args.articles)
        local = _timed_run("local", corpus, tmpdir / "local.jsonl", overrides)
        t0 = time.perf_counter()
        ray.init(address=args.ray_address, num_cpus=None if args.ray_address else args.ray_cpus,
                 include_dashboard=False, logging_level=logging.WARNING,
                 runtime_env={"env_vars": {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
                                           "TOKENIZERS_PARALLELISM": "false"}})
        init_s = time.perf_counter() - t0
        try:
            on_ray = _timed_run("ray", corpus, tmpdir / "ray.jsonl", overrides)
        finally:
            ray.shutdown()
        on_ray["ray_init_seconds"] = round(init_s, 2)
        res = {"corpus": str(args.corpus or f"synthetic, {args.articles} articles"), "backend": args.backend,
               "device": args.device, "cpus": os.cpu_count(), "loadavg": os.getloadavg()[0],
               "ray": {"concurrency": args.concurrency, "num_cpus": args.num_cpus, "num_gpus": args.num_gpus,
                       "batch_size": args.batch_size, "ray_cpus": args.ray_cpus, "address": args.ray_address},
               "local": local, "on_ray": on_ray,
               "agreement": _compare(tmpdir / "local.jsonl", tmpdir / "ray.jsonl")}
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        print(f"corpus: {res['corpus']}, backend {args.backend} on {args.device}, {res['cpus']} CPUs "
              f"(load {res['loadavg']:.1f})")
        print(f"{'engine':<8}{'articles':>10}{'statements':>12}{'seconds':>10}{'statements/s':>14}")
        for r in (local, on_ray):
            print(f"{r['engine']:<8}{r['articles']:>10}{r['statements']:>12}{r['seconds']:>10.2f}"
                  f"{r['statements_per_s']:>14.1f}")
        print(f"ray.init: {init_s:.1f}s (not in Ray's time); actors {args.concurrency} x {args.num_cpus} CPU, "
              f"batch {args.batch_size} articles")
        ag = res["agreement"]
        print(f"same records: byte-identical {ag['byte_identical']}, same labels {ag['same_labels']}, "
              f"max stance-probability difference {ag['max_prob_diff']:.2g}")
    return res


if __name__ == "__main__":
    main()
