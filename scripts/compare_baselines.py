#!/usr/bin/env python3
"""Fine-tuning vs TF-IDF + logistic regression vs SetFit (vs VADER), on the same article folds of the dev set.

    python scripts/compare_baselines.py [--config configs/finetune.yaml] [--folds 5] [--with-own]
        [--setfit-iterations 20] [--skip setfit] [--skip vader] [--set finetune.train_layers=2 ...]

Each method is trained on the dev articles of the training folds (plus, with ``--with-own``, our
own statements in ``stance/data/train_statements.jsonl``) and scored on the held-out articles with
the reference scorer (``--gold-spans``). SetFit runs on the same embedded all-MiniLM-L6-v2, one
epoch, one model per task. VADER (``vaderSentiment``, the lexicon sentiment scorer many analysts
use) needs no training: its compound score, cut at +-0.05 as its authors advise, gives sentiment
only, and it is skipped with a note when the package is not installed (``pip install -e .[dev]``).
Prints one table: mean and std over folds, and pooled.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from stance.classify import format_statement
from stance.config import load_config
from stance.finetune import TASKS, expand_paths, fit, predict_module, read_articles, statements_dataset
from stance.records import Article

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cv_default import METRICS, article_folds, score, with_probs, write_jsonl  # noqa: E402


def full_probs(classes: list[str], p: np.ndarray, labels: tuple[str, ...]) -> np.ndarray:
    out = np.zeros((p.shape[0], len(labels)))
    for j, c in enumerate(classes):
        out[:, labels.index(c)] = p[:, j]
    return out


def run_tfidf(train_texts, train_y, test_texts):  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    out = {}
    for task, labels in TASKS.items():
        clf = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True),
                            LogisticRegression(max_iter=2000, class_weight="balanced"))
        clf.fit(train_texts, train_y[task])
        out[task] = full_probs(list(clf.classes_), clf.predict_proba(test_texts), labels)
    return out


def run_setfit(train_texts, train_y, test_texts, iterations: int, seed: int, tasks: list[str]):  # type: ignore[no-untyped-def]
    from datasets import Dataset
    from setfit import SetFitModel, Trainer, TrainingArguments

    from stance.loading import embedded_model_path

    out = {}
    for task, labels in TASKS.items():
        if task not in tasks:  # not trained: uniform probabilities (the scorer's argmax picks the first label)
            out[task] = np.full((len(test_texts), len(labels)), 1.0 / len(labels))
            continue
        model = SetFitModel.from_pretrained(str(embedded_model_path()), local_files_only=True)
        ds = Dataset.from_dict({"text": list(train_texts), "label": list(train_y[task])})
        args = TrainingArguments(num_epochs=1, num_iterations=iterations, batch_size=16, seed=seed, report_to="none")
        trainer = Trainer(model=model, args=args, train_dataset=ds)
        trainer.train()
        p = model.predict_proba(list(test_texts))
        p = p.numpy() if hasattr(p, "numpy") else np.asarray(p)
        out[task] = full_probs([str(c) for c in model.model_head.classes_], p, labels)
    return out


def run_vader(test_texts):  # type: ignore[no-untyped-def]
    """Sentiment from VADER's compound score (>= 0.05 positive, <= -0.05 negative); stance not given."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    c = np.array([analyzer.polarity_scores(t)["compound"] for t in test_texts])
    by_label = {"positive": c >= 0.05, "neutral": np.abs(c) < 0.05, "negative": c <= -0.05}
    sent = np.stack([by_label[lab] for lab in TASKS["sentiment"]], axis=1).astype(float)
    stance = np.full((len(test_texts), len(TASKS["stance"])), 1.0 / len(TASKS["stance"]))
    return {"stance": stance, "sentiment": sent}


UNTRAINED = {"vader": ("sentiment",)}  # method -> the tasks it gives


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", default="configs/finetune.yaml")
    ap.add_argument("--dev", default="../shared/data/dev/*.jsonl")
    ap.add_argument("--scorer", default="../shared/eval/score.py")
    ap.add_argument("--own", default="stance/data/train_statements.jsonl")
    ap.add_argument("--with-own", action="store_true", help="add our own statements to every method's training data")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--setfit-iterations", type=int, default=20)
    ap.add_argument("--setfit-tasks", default="stance,sentiment", help="comma-separated; e.g. 'stance' to halve its cost")
    ap.add_argument("--skip", action="append", default=[], choices=["finetune", "tfidf", "setfit", "vader"])
    ap.add_argument("--set", dest="overrides", action="append", default=[])
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    cfg = load_config(args.config, args.overrides)
    ft = cfg.finetune
    dev = read_articles(expand_paths([args.dev]))
    own = read_articles([args.own]) if args.with_own else []
    folds = article_folds(dev, args.folds, cfg.seed)
    tmp = Path(tempfile.mkdtemp(prefix="compare_"))
    methods = [m for m in ("finetune", "tfidf", "setfit", "vader") if m not in args.skip]

    def gives(method: str, key: str) -> bool:
        """Whether ``method`` predicts the task of metric ``key`` (SetFit may skip one; VADER gives sentiment only)."""
        task = key.split("_")[0]
        if method == "setfit":
            return task in args.setfit_tasks.split(",")
        return task in UNTRAINED.get(method, (task,))

    if "vader" in methods:
        try:
            import vaderSentiment  # noqa: F401
        except ImportError:
            print("vader: vaderSentiment is not installed (pip install -e .[dev]); its row is left out", file=sys.stderr)
            methods.remove("vader")
    results: dict[str, list[dict]] = {m: [] for m in methods}
    pooled: dict[str, list[Article]] = {m: [] for m in methods}
    seconds: dict[str, float] = {m: 0.0 for m in methods}
    gold_all: list[Article] = []
    for k, test_idx in enumerate(folds):
        train_arts = own + [a for i, a in enumerate(dev) if i not in set(test_idx)]
        test_arts = [dev[i] for i in test_idx]
        gold_all.extend(test_arts)
        tr = statements_dataset(train_arts, speaker_aware=ft.speaker_aware)
        te_texts = [format_statement(s.text, s.speaker, s.side, speaker_aware=ft.speaker_aware)
                    for a in test_arts for s in a.statements]
        write_jsonl(tmp / f"gold{k}.jsonl", test_arts)
        for m in methods:
            t0 = time.time()
            if m == "finetune":
                res = fit(tr["text"], {"stance": tr["stance_id"], "sentiment": tr["sentiment_id"]}, ft, seed=cfg.seed,
                          device=cfg.classify.device)
                probs = predict_module(res.module, res.tokenizer, te_texts, batch_size=64, max_length=ft.max_length,
                                       device=cfg.classify.device)
            elif m == "tfidf":
                probs = run_tfidf(tr["text"], {"stance": tr["stance"], "sentiment": tr["sentiment"]}, te_texts)
            elif m == "vader":
                probs = run_vader([s.text for a in test_arts for s in a.statements])
            else:
                probs = run_setfit(tr["text"], {"stance": tr["stance"], "sentiment": tr["sentiment"]}, te_texts,
                                   args.setfit_iterations, cfg.seed, args.setfit_tasks.split(","))
            seconds[m] += time.time() - t0
            preds = with_probs(test_arts, probs)
            pooled[m].extend(preds)
            write_jsonl(tmp / f"pred_{m}{k}.jsonl", preds)
            results[m].append(score(args.scorer, tmp / f"gold{k}.jsonl", tmp / f"pred_{m}{k}.jsonl"))
            print(f"fold {k} {m:8s} " + ", ".join(f"{t} {results[m][-1][key]:.3f}" if gives(m, key) else f"{t} n/a"
                                                  for key, t in METRICS), flush=True)
    write_jsonl(tmp / "gold_all.jsonl", gold_all)
    train_desc = "dev training folds" + (" + own statements" if args.with_own else "")
    print(f"\n{args.folds}-fold CV by article on {len(dev)} dev articles; trained on {train_desc}; "
          f"finetune: {args.config} {' '.join(args.overrides)}"
          + ("" if "setfit" not in methods else f"; SetFit: 1 epoch, {args.setfit_iterations} iterations, tasks {args.setfit_tasks}"))
    print(f"| method | {' | '.join(t for _, t in METRICS)} | train s/fold |")
    print("|---|" + "---|" * (len(METRICS) + 1))
    for m in methods:
        write_jsonl(tmp / f"pred_{m}_all.jsonl", pooled[m])
        allm = score(args.scorer, tmp / "gold_all.jsonl", tmp / f"pred_{m}_all.jsonl")
        cells = []
        for key, _ in METRICS:
            if not gives(m, key):
                cells.append("n/a (not trained)")
                continue
            vals = np.array([r[key] for r in results[m]], dtype=float)
            cells.append(f"{vals.mean():.3f} ± {vals.std(ddof=1):.3f} (pooled {allm[key]:.3f})")
        print(f"| {m} | {' | '.join(cells)} | {seconds[m] / len(folds):.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
