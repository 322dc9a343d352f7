#!/usr/bin/env python3
"""Rebuild the shipped default head, ``stance/data/default_head.safetensors``.

    python scripts/build_default.py [--config configs/default_head.yaml] [--out PATH] [--set key=value ...]

It reads ``data.train`` of the recipe (our own statements and the dev set), fine-tunes the top
layer(s) of the embedded model with a stance head and a sentiment head (``finetune`` section;
``finetune.members`` times, with seeds ``seed``, ``seed + 1``, ..., averaged at inference),
and writes only the trained parameters (float16) with the recipe and data fingerprints in the
file's metadata. Run from the repository root. The same seed and data give the same file up to
floating-point nondeterminism of multithreaded CPU kernels.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import sys
import time
from pathlib import Path

from stance.config import load_config
from stance.finetune import (
    TASKS,
    expand_paths,
    export_layer_head,
    fit_members,
    memory_of,
    read_articles,
    statements_dataset,
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", default="configs/default_head.yaml")
    ap.add_argument("--out", default="stance/data/default_head.safetensors")
    ap.add_argument("--set", dest="overrides", action="append", default=[])
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    cfg = load_config(args.config, args.overrides)
    files = expand_paths(cfg.data.train)
    arts = read_articles(files)
    ds = statements_dataset(arts, speaker_aware=cfg.finetune.speaker_aware)
    print(f"training on {len(ds)} statements from {len(arts)} articles in {len(files)} files")
    t0 = time.time()
    res = fit_members(ds["text"], {"stance": ds["stance_id"], "sentiment": ds["sentiment_id"]}, cfg.finetune, seed=cfg.seed,
                      device=cfg.classify.device)
    fingerprints = {Path(f).name: hashlib.sha256(Path(f).read_bytes()).hexdigest()[:16] for f in files}
    # finetune.memory: the training statements' embeddings by the trained encoder, and their labels
    memory = memory_of(res, ds["text"], {"stance": ds["stance_id"], "sentiment": ds["sentiment_id"]}, cfg.finetune,
                       device=cfg.classify.device)
    out = export_layer_head(res, args.out, cfg=cfg, extra={"recipe": args.config, "data": fingerprints,
                                                           "labels_order": {t: list(v) for t, v in TASKS.items()}},
                            memory=memory)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB) in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
