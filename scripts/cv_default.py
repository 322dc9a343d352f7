#!/usr/bin/env python3
"""Cross-validate the default-head recipe by article on the dev set.

    python scripts/cv_default.py [--config configs/default_head.yaml] [--folds 5 | --folds-by-file] [--repeats 1] [--set key=value ...]
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

A learning curve: ``--dev-fraction 0 --dev-fraction 0.5 --dev-fraction 1`` runs the cross-validation
once per fraction, each fold training on our own statements plus that fraction of the other folds'
dev articles (a seeded subset, nested: the half is inside the three quarters), on the same held-out
folds; a table closes the run, and ``--plot curve.png`` draws it. It tells how much each real
hand-labelled statement is worth next to our written ones.

Leave one file out: ``--folds-by-file`` makes each dev file one fold (the dev set's files are its eras,
so each era is held out in turn and the recipe is trained on the others), the way the issue measured
its baselines; ``--folds`` is then ignored, and ``--repeats N`` varies only the training seed.

Calibration: ``--calibrate`` fits a temperature per task (``stance.evaluate.fit_temperature``) on the
held-out probabilities and prints what it does to them, nested (each fold's temperature fitted on the
other folds' held-out predictions of the same repeat: NLL, Brier score, expected calibration error,
accuracy and mean confidence, before and after) and the temperatures fitted on all held-out
predictions, which are what the recipe's ``finetune.temperatures`` takes. Labels do not change.
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
from stance.evaluate import calibration_metrics, fit_temperature, temper
from stance.finetune import (
    TASKS,
    expand_paths,
    fit_members,
    memory_of,
    predict_members,
    predict_with_memory,
    read_articles,
    statements_dataset,
)
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


def file_folds(paths: list[str]) -> tuple[list[Article], list[list[int]]]:
    """The articles of ``paths`` in order, and one fold per file (the indices of its articles)."""
    articles: list[Article] = []
    folds: list[list[int]] = []
    for path in paths:
        arts = read_articles([path])
        folds.append(list(range(len(articles), len(articles) + len(arts))))
        articles.extend(arts)
    return articles, [f for f in folds if f]


def dev_subset(indices: list[int], fraction: float, seed: int, fold: int) -> list[int]:
    """The first ``round(fraction * len(indices))`` of a permutation seeded by (seed, fold), sorted.

    The same permutation serves every fraction, so the subsets are nested."""
    if not 0.0 <= fraction <= 1.0:
        raise ValueError(f"--dev-fraction must lie in [0, 1], not {fraction}")
    order = np.random.RandomState([seed, fold, 1009]).permutation(len(indices))
    return sorted(indices[int(i)] for i in order[: int(round(fraction * len(indices)))])


def plot_curve(rows: list[dict], path: Path) -> Path:
    """Macro-F1 (mean over held-out folds, with its standard deviation) against dev statements trained on."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6.4, 4.2), dpi=110)
    x = [r["n_dev"] for r in rows]
    for key, title in METRICS:
        y = np.array([r["mean"][key] for r in rows])
        sd = np.array([r["std"][key] for r in rows])
        ax.plot(x, y, marker="o", label=title)
        ax.fill_between(x, y - sd, y + sd, alpha=0.15)
    ax.set_xlabel("real dev statements in training (mean per fold), besides our own")
    ax.set_ylabel("macro-F1 on held-out dev articles")
    ax.set_ylim(0, 1)
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right")
    ax.set_title("Learning curve of the default-head recipe")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
    return path


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


def predict_articles(results, texts_for, articles: list[Article], ft, device: str = "cpu", memory=None) -> list[Article]:  # type: ignore[no-untyped-def]
    """Held-out predictions of one fit result or of several (members: probabilities averaged); with a memory
    (``finetune.memory``), as the built head predicts: calibrated with ``finetune.temperatures``, the memory's vote
    mixed in."""
    results = results if isinstance(results, list) else [results]
    texts = [t for a in articles for t in texts_for(a)]
    if memory is not None:
        return with_probs(articles, predict_with_memory(results, texts, ft, memory, device=device))
    probs = predict_members(results, results[0].tokenizer, texts, batch_size=64, max_length=ft.max_length, device=device)
    return with_probs(articles, probs)


def held_out_probs(gold: list[Article], pred: list[Article]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """task -> (probabilities in TASKS order, gold label indices) of the statements of ``pred``."""
    out = {}
    for task, labels in TASKS.items():
        pairs = [(getattr(p.prediction, f"{task}_probs"), getattr(g, task))
                 for ga, pa in zip(gold, pred, strict=True) for g, p in zip(ga.statements, pa.statements, strict=True)]
        out[task] = (np.array([[probs[lab] for lab in labels] for probs, _ in pairs], dtype=np.float64).reshape(-1, len(labels)),
                     np.array([labels.index(lab) for _, lab in pairs], dtype=int))
    return out


def report_calibration(folds: list[list[dict[str, tuple[np.ndarray, np.ndarray]]]]) -> dict[str, float]:
    """Print calibration before and after temperature scaling, nested by fold, for ``folds[repeat][fold]``;
    returns the temperature per task fitted on all held-out predictions."""
    fitted = {}
    print("\ncalibration of the held-out probabilities (temperature scaling; each fold's T fitted on the other folds)")
    print("| task | T per fold | NLL | Brier | ECE | accuracy | mean confidence |")
    print("|---|---|---|---|---|---|---|")
    for task in TASKS:
        raw, scaled, gold, ts = [], [], [], []
        for rep in folds:
            for k, fold in enumerate(rep):
                rest = [f[task] for j, f in enumerate(rep) if j != k]
                t = fit_temperature(np.vstack([p for p, _ in rest]), np.concatenate([y for _, y in rest]))
                p, y = fold[task]
                raw.append(p)
                scaled.append(temper(p, t))
                gold.append(y)
                ts.append(t)
        y = np.concatenate(gold)
        before, after = calibration_metrics(np.vstack(raw), y), calibration_metrics(np.vstack(scaled), y)
        print(f"| {task} | {min(ts):.2f}-{max(ts):.2f} | " + " | ".join(
            f"{before[k]:.3f} -> {after[k]:.3f}" for k in ("nll", "brier", "ece", "accuracy", "confidence")) + " |")
        fitted[task] = fit_temperature(np.vstack(raw), y)
    print("fitted on all held-out predictions (finetune.temperatures): "
          + ", ".join(f"{t}: {v:.2f}" for t, v in fitted.items()))
    return fitted


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", default="configs/default_head.yaml")
    ap.add_argument("--dev", default="../shared/data/dev/*.jsonl")
    ap.add_argument("--scorer", default="../shared/eval/score.py")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=1, help="repeat the CV with this many fold/training seeds")
    ap.add_argument("--set", dest="overrides", action="append", default=[])
    ap.add_argument("--out", default=None, help="directory for the pooled gold/pred JSONL (default: a temp dir)")
    ap.add_argument("--dev-fraction", dest="fractions", type=float, action="append", default=None,
                    help="train on this fraction of the other folds' dev articles (repeat for a learning curve; default 1)")
    ap.add_argument("--plot", default=None, help="with --dev-fraction: write the learning curve to this PNG")
    ap.add_argument("--folds-by-file", action="store_true",
                    help="one fold per dev file (leave one era out) instead of --folds balanced folds")
    ap.add_argument("--calibrate", action="store_true",
                    help="fit a temperature per task on the held-out probabilities and report calibration (nested by fold)")
    args = ap.parse_args(argv)
    fractions = args.fractions or [1.0]
    for f in fractions:
        if not 0.0 <= f <= 1.0:
            ap.error(f"--dev-fraction must lie in [0, 1], not {f}")
    logging.basicConfig(level=logging.WARNING)
    cfg = load_config(args.config, args.overrides)
    ft = cfg.finetune
    dev_files = expand_paths([args.dev])
    dev, by_file = file_folds(dev_files)
    held_files = [f for f in dev_files if read_articles([f])] if args.folds_by_file else []
    if args.folds_by_file and len(by_file) < 2:
        ap.error(f"--folds-by-file needs at least 2 dev files with articles, found {len(by_file)} in {args.dev!r}")
    own_files = [f for f in expand_paths(cfg.data.train) if f not in set(dev_files)]
    own = read_articles(own_files)
    from stance.classify import format_statement

    def texts_for(a: Article) -> list[str]:
        return [format_statement(s.text, s.speaker, s.side, speaker_aware=ft.speaker_aware) for s in a.statements]

    tmp = Path(args.out or tempfile.mkdtemp(prefix="cv_default_"))
    tmp.mkdir(parents=True, exist_ok=True)
    curve = []
    for fraction in fractions:
        rows, pooled_scores, n_dev = [], [], []
        calib_folds: list[list[dict[str, tuple[np.ndarray, np.ndarray]]]] = []
        for rep in range(args.repeats):
            calib_folds.append([])
            seed = cfg.seed + rep
            folds = by_file if args.folds_by_file else article_folds(dev, args.folds, seed)
            pooled: list[tuple[Article, Article]] = []
            for k, test_idx in enumerate(folds):
                rest = [i for i in range(len(dev)) if i not in set(test_idx)]
                keep = dev_subset(rest, fraction, seed, k)
                train_arts = own + [dev[i] for i in keep]
                test_arts = [dev[i] for i in test_idx]
                n_dev.append(sum(len(dev[i].statements) for i in keep))
                ds = statements_dataset(train_arts, speaker_aware=ft.speaker_aware)
                labels = {"stance": ds["stance_id"], "sentiment": ds["sentiment_id"]}
                res = fit_members(ds["text"], labels, ft, seed=seed, device=cfg.classify.device)
                memory = memory_of(res, ds["text"], labels, ft, device=cfg.classify.device)
                preds = predict_articles(res, texts_for, test_arts, ft, cfg.classify.device, memory=memory)
                write_jsonl(tmp / f"gold{k}.jsonl", test_arts)
                write_jsonl(tmp / f"pred{k}.jsonl", preds)
                m = score(args.scorer, tmp / f"gold{k}.jsonl", tmp / f"pred{k}.jsonl")
                rows.append(m)
                pooled.extend(zip(test_arts, preds, strict=True))
                calib_folds[-1].append(held_out_probs(test_arts, preds))
                n = sum(len(a.statements) for a in test_arts)
                frac_note = f" (dev fraction {fraction:g}: {n_dev[-1]} dev statements trained on)" if fraction != 1.0 else ""
                held = f" ({Path(held_files[k]).name})" if args.folds_by_file else ""
                print(f"seed {seed} fold {k}{held}: {len(test_arts)} articles, {n} statements{frac_note}: "
                      + ", ".join(f"{title} {m[key]:.3f}" for key, title in METRICS), flush=True)
            write_jsonl(tmp / "gold_all.jsonl", [g for g, _ in pooled])
            write_jsonl(tmp / "pred_all.jsonl", [p for _, p in pooled])
            pooled_scores.append(score(args.scorer, tmp / "gold_all.jsonl", tmp / "pred_all.jsonl"))
        how = f"leave one file out ({len(by_file)} files)" if args.folds_by_file else f"{args.folds}-fold CV by article"
        print(f"recipe {args.config} {' '.join(args.overrides)}; {how}, {len(dev)} dev articles"
              + (f", {args.repeats} repeats (seeds {cfg.seed}..{cfg.seed + args.repeats - 1})" if args.repeats > 1 else "")
              + (f"; dev fraction {fraction:g}" if fraction != 1.0 else ""))
        point: dict = {"fraction": fraction, "n_dev": float(np.mean(n_dev)), "mean": {}, "std": {}, "pooled": {}}
        for key, title in METRICS:
            vals = np.array([r[key] for r in rows], dtype=float)
            pooled_mean = float(np.mean([p[key] for p in pooled_scores]))
            sd = float(vals.std(ddof=1)) if len(vals) > 1 else 0.0
            point["mean"][key], point["std"][key], point["pooled"][key] = float(vals.mean()), sd, pooled_mean
            print(f"{title:14s} mean {vals.mean():.3f}  std {sd:.3f}  min {vals.min():.3f}  max {vals.max():.3f}"
                  f"  pooled {pooled_mean:.3f}")
        curve.append(point)
        if args.calibrate:
            if any(w > 0 for w in ft.memory.values()):
                print("(finetune.memory: the held-out probabilities below are already calibrated with finetune.temperatures "
                      f"{ft.temperatures} and mixed with the memory's vote; a temperature fitted now would go on top)")
            report_calibration(calib_folds)
    if len(curve) > 1:
        print("\nlearning curve (mean ± std over held-out folds; pooled in brackets)")
        print("| dev fraction | dev statements trained on | " + " | ".join(t for _, t in METRICS) + " |")
        print("|---|---|" + "---|" * len(METRICS))
        for pt in curve:
            print(f"| {pt['fraction']:g} | {pt['n_dev']:.0f} | " + " | ".join(
                f"{pt['mean'][k]:.3f} ± {pt['std'][k]:.3f} ({pt['pooled'][k]:.3f})" for k, _ in METRICS) + " |")
    if args.plot:
        print(f"learning curve plot: {plot_curve(curve, Path(args.plot))}")
    print(f"pooled predictions (last repeat): {tmp / 'pred_all.jsonl'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
