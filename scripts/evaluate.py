#!/usr/bin/env python3
"""Score predictions against hand labels, or run the time-split view for a fine-tuned model.

    python scripts/evaluate.py GOLD PRED [--gold-spans] [--format table|json|markdown] [--out FILE]
    python scripts/evaluate.py GOLD --time-split 0.7 [--config configs/finetune.yaml] [--set key=value ...]

The first form is ``stance evaluate``. The second sorts the GOLD articles by date, fine-tunes on
the earliest ``fraction`` of them (``stance.finetune.train``) and scores the later ones on their
gold spans, so you see how labels hold up on an era the model never saw.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from stance.errors import StanceError
from stance.evaluate import evaluate_files, load_records, render, time_split


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path, help="gold article records (codebook JSONL)")
    ap.add_argument("pred", type=Path, nargs="?", help="predicted records (stance classify --format jsonl)")
    ap.add_argument("--gold-spans", action="store_true", help="PRED labels the gold statements in order")
    ap.add_argument("--format", choices=["table", "json", "markdown"], default="table")
    ap.add_argument("--out", type=Path, help="write the result here instead of stdout")
    ap.add_argument("--bootstrap", type=int, default=1000, help="article resamples for 95%% intervals (0: none)")
    ap.add_argument("--time-split", type=float, metavar="FRACTION", help="train on the earliest FRACTION by date")
    ap.add_argument("--config", type=Path, help="YAML config for --time-split (finetune section)")
    ap.add_argument("--set", dest="overrides", action="append", default=[], help="config override key=value")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(message)s")
    try:
        if args.time_split is not None:
            from stance.config import load_config

            cfg = load_config(args.config, args.overrides)
            res = time_split(load_records(args.gold), cfg, args.time_split, bootstrap=args.bootstrap)
            print(f"train {len(res.train_ids)} + validation {len(res.validation_ids)} articles up to {res.cutoff}; "
                  f"test {len(res.test_ids)} later articles; checkpoint {res.checkpoint}", file=sys.stderr)
            result = {**res.metrics, "time_split": {"cutoff": res.cutoff, "train": list(res.train_ids),
                                                    "validation": list(res.validation_ids),
                                                    "test": list(res.test_ids)}}  # fmt: skip
        elif args.pred is None:
            ap.error("PRED is required unless --time-split is given")
        else:
            result = evaluate_files(args.gold, args.pred, gold_spans=args.gold_spans, bootstrap=args.bootstrap)
    except StanceError as exc:
        print(f"evaluate.py: error: {exc}", file=sys.stderr)
        return 2
    text = render(result, args.format) if args.format != "json" else json.dumps(result, indent=2, sort_keys=True)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
