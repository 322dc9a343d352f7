#!/usr/bin/env python3
"""Cross-validate the default-head recipe by article on the dev set.

    python scripts/cv_default.py [--config configs/default_head.yaml] [--folds 5] [--repeats 1] [--set key=value ...]
                                 [--dev '../shared/data/dev/*.jsonl'] [--scorer ../shared/eval/score.py]

For each fold, the recipe is trained on our own statements plus the dev articles of the other
folds (never the held-out ones), the held-out articles' gold statements are classified
(oracle spans, as ``stance classify --given-statements``), and the reference scorer is run with
``--gold-spans``. Prints stance 2-way, 3-way and sentiment macro-F1 per fold, their mean and
standard deviation, and the scores of all held-out predictions pooled. With ``--repeats N`` the
whole cross-validation runs N times, with fold assignments and training seeds ``seed .. seed+N-1``;
mean and standard deviation are then over all N x folds held-out folds, and "pooled" is the mean of
the N pooled scores (the dev set is small: one split's folds differ by 0.05-0.15). With
``finetune.members: M`` each fold trains M members (seeds ``seed .. seed+M-1``) and averages their
probabilities, as the shipped head does. ``--set classify.device=cuda`` trains and predicts on a GPU.
"""

from __future__ import annotations

import argparse
import json
import logging
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from stance.config import load_config
from stance.finetune import TASKS, expand_paths, fit_members, predict_members, read_articles, statements_dataset
from stance.records import Article, Prediction

METRICS = (("stance_2way", "stance 2-way"), ("stance", "stance 3-way"), ("sentiment", "sentiment"))


def article_folds(articles: list[Article], k: int, seed: int) -> list[list[int]]:
    """Assign articles to k folds, balancing statement counts (greedy, largest first, seeded)."""
    rng = np.random.RandomState(seed)
    order = sorted(range(len(articles)), key=lambda i: (-len(articles[i].statements), rng.rand()))
    folds: list[list[int]] = [[] for _ in range(k)]
    sizes = [0] * k
    for i in order:
        j = int(np.argmin(sizes))
        folds[j].append(i)
        sizes[j] += len(articles[i].statements)
    return folds


def write_jsonl(path: Path, articles: list[Article]) -> None:
    path.write_text("".join(json.dumps(a.to_dict()) + "\n" for a in articles), encoding="utf-8")


def score(scorer: str, gold: Path, pred: Path) -> dict:
    out = subprocess.run([sys.executable, scorer, str(gold), str(pred), "--gold-spans", "--json"],
                         capture_output=True, text=True, check=True)
    res = json.loads(out.stdout)
    return {key: (res.get(key) or {}).get("macro_f1") for key, _ in METRICS}


def with_probs(articles: list[Article], probs: dict[str, np.ndarray]) -> list[Article]:
    """``articles`` with their statements' gold labels replaced by predictions (rows of ``probs`` in order)."""
    out, k = [], 0
    for a in articles:
        sts = []
        for s in a.statements:
            pred = Prediction(
                stance_probs={lab: float(probs["stance"][k, j]) for j, lab in enumerate(TASKS["stance"])},
                sentiment_probs={lab: float(probs["sentiment"][k, j]) for j, lab in enumerate(TASKS["sentiment"])},
            )
            sts.append(s.with_(prediction=pred, stance=None, sentiment=None))
            k += 1
        out.append(a.with_(statements=tuple(sts)))
    return out


def predict_articles(results, texts_for, articles: list[Article], ft, device: str = "cpu") -> list[Article]:  # type: ignore[no-untyped-def]
    """Held-out predictions of one fit result or of several (members: probabilities averaged)."""
    results = results if isinstance(results, list) else [results]
    texts = [t for a in articles for t in texts_for(a)]
    probs = predict_members(results, results[0].tokenizer, texts, batch_size=64, max_length=ft.max_length, device=device)
    return with_probs(articles, probs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", default="configs/default_head.yaml")
    ap.add_argument("--dev", default="../shared/data/dev/*.jsonl")
    ap.add_argument("--scorer", default="../shared/eval/score.py")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=1, help="repeat the CV with this many fold/training seeds")
    ap.add_argument("--set", dest="overrides", action="append", default=[])
    ap.add_argument("--out", default=None, help="directory for the pooled gold/pred JSONL (default: a temp dir)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    cfg = load_config(args.config, args.overrides)
    ft = cfg.finetune
    dev_files = expand_paths([args.dev])
    own_files = [f for f in expand_paths(cfg.data.train) if f not in set(dev_files)]
    own = read_articles(own_files)
    dev = read_articles(dev_files)
    from stance.classify import format_statement

    def texts_for(a: Article) -> list[str]:
        return [format_statement(s.text, s.speaker, s.side, speaker_aware=ft.speaker_aware) for s in a.statements]

    tmp = Path(args.out or tempfile.mkdtemp(prefix="cv_default_"))
    tmp.mkdir(parents=True, exist_ok=True)
    rows, pooled_scores = [], []
    for rep in range(args.repeats):
        seed = cfg.seed + rep
        folds = article_folds(dev, args.folds, seed)
        pooled = []
        for k, test_idx in enumerate(folds):
            train_arts = own + [a for i, a in enumerate(dev) if i not in set(test_idx)]
            test_arts = [dev[i] for i in test_idx]
            ds = statements_dataset(train_arts, speaker_aware=ft.speaker_aware)
            res = fit_members(ds["text"], {"stance": ds["stance_id"], "sentiment": ds["sentiment_id"]}, ft, seed=seed,
                              device=cfg.classify.device)
            preds = predict_articles(res, texts_for, test_arts, ft, cfg.classify.device)
            write_jsonl(tmp / f"gold{k}.jsonl", test_arts)
            write_jsonl(tmp / f"pred{k}.jsonl", preds)
            m = score(args.scorer, tmp / f"gold{k}.jsonl", tmp / f"pred{k}.jsonl")
            rows.append(m)
            pooled.extend(zip(test_arts, preds, strict=True))
            n = sum(len(a.statements) for a in test_arts)
            print(f"seed {seed} fold {k}: {len(test_arts)} articles, {n} statements: "
                  + ", ".join(f"{title} {m[key]:.3f}" for key, title in METRICS), flush=True)
        write_jsonl(tmp / "gold_all.jsonl", [g for g, _ in pooled])
        write_jsonl(tmp / "pred_all.jsonl", [p for _, p in pooled])
        pooled_scores.append(score(args.scorer, tmp / "gold_all.jsonl", tmp / "pred_all.jsonl"))
    print(f"recipe {args.config} {' '.join(args.overrides)}; {args.folds}-fold CV by article, {len(dev)} dev articles"
          + (f", {args.repeats} repeats (seeds {cfg.seed}..{cfg.seed + args.repeats - 1})" if args.repeats > 1 else ""))
    for key, title in METRICS:
        vals = np.array([r[key] for r in rows], dtype=float)
        pooled_mean = float(np.mean([p[key] for p in pooled_scores]))
        print(f"{title:14s} mean {vals.mean():.3f}  std {vals.std(ddof=1):.3f}  min {vals.min():.3f}  max {vals.max():.3f}"
              f"  pooled {pooled_mean:.3f}")
    print(f"pooled predictions (last repeat): {tmp / 'pred_all.jsonl'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
