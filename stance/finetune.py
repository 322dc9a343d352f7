"""Fine-tuning a transformer for stance and sentiment on hand-labelled articles.

``stance finetune --config configs/finetune.yaml`` calls :func:`finetune_from_config`: it reads
the codebook JSONL files in ``data.train`` (and ``data.validation``, or splits the train articles
by article with ``seed``), builds a :class:`datasets.Dataset` of statements, and fine-tunes the
encoder named by ``finetune.base_model`` (the embedded all-MiniLM-L6-v2 by default) with two
linear heads on the mean-pooled output, one for stance and one for sentiment. Training stops
early when the validation macro-F1 (mean of stance three-way and sentiment) has not improved for
``finetune.patience`` epochs; the best epoch is kept. The checkpoint directory holds safetensors
weights, the tokenizer, the label maps, the resolved config and the metrics
(see :func:`stance.loading.save_checkpoint`); ``stance classify --set classify.model=DIR`` uses it.

Example: after training, ``"We will have no negotiations with the US"`` comes out ``hardline``.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from stance.classify import format_statement
from stance.errors import ConfigError, DataError
from stance.records import SENTIMENT_LABELS, STANCE_LABELS, Article

if TYPE_CHECKING:  # pragma: no cover
    import datasets

    from stance.classify.memory import Memory
    from stance.config import FinetuneConfig, StanceConfig

logger = logging.getLogger(__name__)

__all__ = [
    "FitResult",
    "export_layer_head",
    "memory_of",
    "predict_with_memory",
    "finetune_from_config",
    "fit",
    "fit_members",
    "predict_members",
    "read_articles",
    "split_by_article",
    "statements_dataset",
    "train",
]

TASKS: dict[str, tuple[str, ...]] = {"stance": STANCE_LABELS, "sentiment": SENTIMENT_LABELS}


# --------------------------------------------------------------------------- data
def read_articles(paths: Sequence[str | Path]) -> list[Article]:
    """Read hand-labelled codebook article JSONL files (one article per line).

    Raises:
        DataError: unreadable file or malformed line (names the file and line).
    """
    arts = []
    for path in paths:
        p = Path(path)
        try:
            lines = p.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise DataError(f"cannot read labelled articles ({exc})", path=str(p)) from None
        for i, line in enumerate(lines, 1):
            if line.strip():
                try:
                    arts.append(Article.from_dict(json.loads(line), origin=f"{p}:{i}"))
                except (json.JSONDecodeError, KeyError, ValueError, TypeError) as exc:
                    raise DataError(str(exc), path=str(p), line=i) from None
    return arts


def statements_dataset(articles: Sequence[Article], *, speaker_aware: bool = False) -> datasets.Dataset:
    """One row per gold-labelled statement: ``text``, ``stance``, ``sentiment``, label ids, ``article``.

    Raises:
        DataError: no statement carries both a stance and a sentiment label.
    """
    import datasets

    rows: dict[str, list[Any]] = {k: [] for k in ("text", "stance", "sentiment", "stance_id", "sentiment_id", "article")}
    for a in articles:
        for s in a.statements:
            if s.stance is None or s.sentiment is None:
                continue
            rows["text"].append(format_statement(s.text, s.speaker, s.side, speaker_aware=speaker_aware))
            rows["stance"].append(s.stance)
            rows["sentiment"].append(s.sentiment)
            rows["stance_id"].append(STANCE_LABELS.index(s.stance))
            rows["sentiment_id"].append(SENTIMENT_LABELS.index(s.sentiment))
            rows["article"].append(a.id)
    if not rows["text"]:
        raise DataError("no statements with both 'stance' and 'sentiment' labels; check the JSONL against CODEBOOK section 5")
    return datasets.Dataset.from_dict(rows)


def split_by_article(articles: Sequence[Article], fraction: float, seed: int) -> tuple[list[Article], list[Article]]:
    """Split articles (not statements) into train and validation, reproducibly."""
    arts = sorted(articles, key=lambda a: a.id)
    if len(arts) < 2:
        raise DataError(f"need at least 2 articles to split off a validation set, found {len(arts)}; set data.validation")
    rng = random.Random(seed)
    rng.shuffle(arts)
    n_val = min(len(arts) - 1, max(1, round(len(arts) * fraction)))
    return arts[n_val:], arts[:n_val]


# --------------------------------------------------------------------------- model
def _build_module(encoder: Any, dropout: float) -> Any:
    import torch

    class StanceModule(torch.nn.Module):
        """Encoder, mean pooling, dropout, one linear head per task."""

        def __init__(self) -> None:
            super().__init__()
            self.encoder = encoder
            hidden = int(encoder.config.hidden_size)
            self.dropout = torch.nn.Dropout(dropout)
            self.heads = torch.nn.ModuleDict({t: torch.nn.Linear(hidden, len(labs)) for t, labs in TASKS.items()})

        def forward(self, input_ids: Any, attention_mask: Any) -> dict[str, Any]:
            hs = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            m = attention_mask.unsqueeze(-1).to(hs.dtype)
            pooled = self.dropout((hs * m).sum(1) / m.sum(1).clamp(min=1e-9))
            return {t: h(pooled) for t, h in self.heads.items()}

    return StanceModule()


def _freeze_lower_layers(encoder: Any, train_layers: int | None) -> None:
    if train_layers is None:
        return
    layers = getattr(getattr(encoder, "encoder", None), "layer", None)
    if layers is None:
        logger.warning("finetune.train_layers: cannot find the encoder layers of %s; training all", type(encoder).__name__)
        return
    for p in encoder.parameters():
        p.requires_grad_(False)
    for layer in list(layers)[len(layers) - train_layers :] if train_layers else []:
        for p in layer.parameters():
            p.requires_grad_(True)


def _macro_f1(gold: Sequence[int], pred: Sequence[int], labels: Sequence[int]) -> float:
    from sklearn.metrics import f1_score

    present = set(gold) | set(pred)
    return float(f1_score(gold, pred, labels=[x for x in labels if x in present], average="macro", zero_division=0))


def evaluate_probs(probs: dict[str, np.ndarray], gold_stance: Sequence[int], gold_sentiment: Sequence[int]) -> dict[str, float]:
    """Stance three-way and two-way macro-F1 and sentiment macro-F1, as in CODEBOOK section 6."""
    ps = probs["stance"].argmax(1).tolist()
    pe = probs["sentiment"].argmax(1).tolist()
    gs, ge = list(gold_stance), list(gold_sentiment)
    neutral = STANCE_LABELS.index("neutral")
    two = [i for i, g in enumerate(gs) if g != neutral]
    return {
        "stance_macro_f1": _macro_f1(gs, ps, range(3)),
        # as the reference scorer: macro over conciliatory and hardline only; a neutral
        # prediction on a polar statement is simply a miss
        "stance_2way_macro_f1": _macro_f1([gs[i] for i in two], [ps[i] for i in two], [c for c in range(3) if c != neutral])
        if two
        else float("nan"),
        "sentiment_macro_f1": _macro_f1(ge, pe, range(3)),
    }


def predict_module(module: Any, tokenizer: Any, texts: Sequence[str], *, batch_size: int, max_length: int, device: str) -> dict[str, np.ndarray]:
    """Softmax probabilities per task, length-sorted batches, inference mode."""
    import torch

    from stance.classify.encoding import length_sorted_batches, pad_batch

    was_training = module.training
    module.eval()
    ids = tokenizer(list(texts), truncation=True, max_length=max_length, padding=False)["input_ids"]
    out = {t: np.zeros((len(texts), len(labs)), dtype=np.float32) for t, labs in TASKS.items()}
    with torch.inference_mode():
        for idx in length_sorted_batches([len(x) for x in ids], batch_size):
            b = pad_batch([ids[i] for i in idx], tokenizer.pad_token_id or 0)
            logits = module(b["input_ids"].to(device), b["attention_mask"].to(device))
            for t in out:
                out[t][idx] = torch.softmax(logits[t].float(), -1).cpu().numpy()
    module.train(was_training)
    return out


@dataclass
class FitResult:
    """What :func:`fit` returns: the trained pieces and the training history."""

    encoder: Any
    tokenizer: Any
    heads: dict[str, tuple[Any, Any]]
    metrics: dict[str, Any]
    history: list[dict[str, float]] = field(default_factory=list)
    module: Any = None
    trainable: list[str] = field(default_factory=list)
    """Names of the parameters that were trained (``encoder.*`` and ``heads.*``)."""


def _top_layers(encoder: Any, train_layers: int | None) -> list[Any] | None:
    """The top ``train_layers`` transformer layers when they can be run on cached inputs."""
    layers = getattr(getattr(encoder, "encoder", None), "layer", None)
    if train_layers is None or layers is None or not 0 < train_layers < len(layers):
        return None
    return list(layers)[len(layers) - train_layers :]


def _cache_hidden(encoder: Any, ids: Sequence[Sequence[int]], level: int, pad_id: int, device: str) -> list[Any]:
    """Hidden states after layer ``level`` (0 = embeddings) for each text, trimmed to its length."""
    import torch

    from stance.classify.encoding import length_sorted_batches, pad_batch

    out: list[Any] = [None] * len(ids)
    was = encoder.training
    encoder.eval()
    with torch.inference_mode():
        for idx in length_sorted_batches([len(x) for x in ids], 64):
            b = pad_batch([ids[i] for i in idx], pad_id)
            hs = encoder(
                input_ids=b["input_ids"].to(device), attention_mask=b["attention_mask"].to(device), output_hidden_states=True
            ).hidden_states[level]
            for row, i in enumerate(idx):
                out[i] = hs[row, : len(ids[i])].detach().clone()
    encoder.train(was)
    return out


def fit(
    train_texts: Sequence[str],
    train_labels: dict[str, Sequence[int]],
    ft: FinetuneConfig,
    *,
    seed: int = 13,
    val_texts: Sequence[str] = (),
    val_labels: dict[str, Sequence[int]] | None = None,
    device: str = "cpu",
) -> FitResult:
    """Fine-tune ``ft.base_model`` with a stance head and a sentiment head.

    With ``ft.train_layers = k`` (fewer than the model has), only the top ``k`` layers and the
    heads are trained, and the frozen layers run once per text: their output is cached, so an
    epoch costs about ``k / n_layers`` of a full one. ``k = 0`` trains the heads alone.

    Args:
        train_texts: statement texts (already formatted).
        train_labels: ``{"stance": ids, "sentiment": ids}`` in codebook label order.
        ft: hyperparameters.
        seed: random seed (data order, dropout, head init).
        val_texts: validation texts; empty trains for ``ft.epochs`` epochs without early stopping.
        val_labels: validation label ids.
        device: torch device.

    Returns:
        The best (by validation score) or final model.
    """
    import torch

    from stance.classify.encoding import pad_batch, run_layers
    from stance.loading import load_encoder_for_training, set_threads

    set_threads(ft.threads)
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    t0 = time.perf_counter()
    tokenizer, encoder = load_encoder_for_training(ft.base_model)
    _freeze_lower_layers(encoder, ft.train_layers)
    module = _build_module(encoder, ft.dropout).to(device)
    pad_id = tokenizer.pad_token_id or 0
    tok = lambda texts: tokenizer(list(texts), truncation=True, max_length=ft.max_length, padding=False)["input_ids"]  # noqa: E731
    ids, val_ids = tok(train_texts), tok(val_texts) if val_texts else []
    top = _top_layers(encoder, ft.train_layers)
    n_layers = len(encoder.encoder.layer) if top is not None else 0
    head_only = ft.train_layers == 0
    if top is not None or head_only:
        level = n_layers - len(top) if top is not None else -1
        cache = _cache_hidden(encoder, ids, level, pad_id, device)
        val_cache = _cache_hidden(encoder, val_ids, level, pad_id, device) if val_ids else []
        logger.info("cached frozen layers for %d texts in %.1fs", len(ids) + len(val_ids), time.perf_counter() - t0)

    def forward(rows: Sequence[int], source: str) -> dict[str, Any]:
        if top is None and not head_only:
            b = pad_batch([(ids if source == "train" else val_ids)[i] for i in rows], pad_id)
            return module(b["input_ids"].to(device), b["attention_mask"].to(device))
        seqs = [(cache if source == "train" else val_cache)[i] for i in rows]
        width = max(x.shape[0] for x in seqs)
        h = torch.zeros((len(seqs), width, seqs[0].shape[1]), device=device)
        mask = torch.zeros((len(seqs), width), device=device)
        for r, x in enumerate(seqs):
            h[r, : x.shape[0]] = x
            mask[r, : x.shape[0]] = 1
        if top is not None:
            h = run_layers(top, h, mask, encoder=encoder.encoder)
        m = mask.unsqueeze(-1)
        pooled = module.dropout((h * m).sum(1) / m.sum(1).clamp(min=1e-9))
        return {t: head(pooled) for t, head in module.heads.items()}

    def predict_val() -> dict[str, np.ndarray]:
        module.eval()
        out = {t: np.zeros((len(val_ids), len(labs)), dtype=np.float32) for t, labs in TASKS.items()}
        with torch.inference_mode():
            for start in range(0, len(val_ids), 64):
                rows = list(range(start, min(start + 64, len(val_ids))))
                logits = forward(rows, "val")
                for t in out:
                    out[t][rows] = torch.softmax(logits[t].float(), -1).cpu().numpy()
        module.train()
        return out

    y = {t: torch.as_tensor(list(train_labels[t]), dtype=torch.long) for t in TASKS}
    weights = {}
    for t, labs in TASKS.items():
        counts = np.bincount(y[t].numpy(), minlength=len(labs)).astype(np.float64)
        if ft.class_weight == "balanced":
            w = np.where(counts > 0, counts.sum() / (len(labs) * np.maximum(counts, 1)), 0.0)
        else:
            w = np.ones(len(labs))
        weights[t] = torch.as_tensor(w, dtype=torch.float32, device=device)
    head_params = list(module.heads.parameters())
    enc_params = [p for p in module.encoder.parameters() if p.requires_grad]
    groups = [{"params": head_params, "lr": ft.head_learning_rate}]
    if enc_params:
        groups.append({"params": enc_params, "lr": ft.learning_rate})
    opt = torch.optim.AdamW(groups, weight_decay=ft.weight_decay)
    n = len(ids)
    steps_per_epoch = math.ceil(n / ft.batch_size)
    total = steps_per_epoch * ft.epochs
    warm = int(total * ft.warmup_ratio)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: (s + 1) / max(1, warm) if s < warm else max(0.0, (total - s) / max(1, total - warm))
    )
    gen = np.random.RandomState(seed)
    best_score, best_state, best_epoch, bad = -1.0, None, 0, 0
    history: list[dict[str, float]] = []
    trainable = {k for k, p in module.named_parameters() if p.requires_grad}
    for epoch in range(1, ft.epochs + 1):
        module.train()
        order = gen.permutation(n)
        total_loss = 0.0
        for start in range(0, n, ft.batch_size):
            idx = order[start : start + ft.batch_size]
            logits = forward(idx.tolist(), "train")
            loss = torch.nn.functional.cross_entropy(logits["stance"], y["stance"][idx].to(device), weight=weights["stance"])
            loss = loss + ft.sentiment_weight * torch.nn.functional.cross_entropy(
                logits["sentiment"], y["sentiment"][idx].to(device), weight=weights["sentiment"]
            )
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_([p for p in module.parameters() if p.requires_grad], 1.0)
            opt.step()
            sched.step()
            total_loss += float(loss.detach()) * len(idx)
        rec: dict[str, float] = {"epoch": epoch, "loss": total_loss / n, "seconds": time.perf_counter() - t0}
        if val_ids and val_labels is not None:
            rec.update(evaluate_probs(predict_val(), val_labels["stance"], val_labels["sentiment"]))
            score = (rec["stance_macro_f1"] + rec["sentiment_macro_f1"]) / 2
            rec["score"] = score
            if score > best_score:
                best_score, best_epoch, bad = score, epoch, 0
                best_state = {k: v.detach().clone() for k, v in module.state_dict().items() if k in trainable}
            else:
                bad += 1
        history.append(rec)
        logger.info("epoch %d: %s", epoch, {k: round(v, 4) for k, v in rec.items()})
        if val_ids and bad >= ft.patience:
            logger.info("early stopping after epoch %d (best %d)", epoch, best_epoch)
            break
    if best_state is not None:
        module.load_state_dict(best_state, strict=False)
    module.eval()
    metrics: dict[str, Any] = {"epochs_run": len(history), "train_seconds": round(time.perf_counter() - t0, 2),
                               "train_statements": n}
    if best_state is not None:
        metrics["best_epoch"] = best_epoch
        metrics["validation"] = {k: v for k, v in history[best_epoch - 1].items() if k not in ("epoch", "seconds")}
    heads = {t: (h.weight.detach().clone(), h.bias.detach().clone()) for t, h in module.heads.items()}
    return FitResult(encoder=module.encoder, tokenizer=tokenizer, heads=heads, metrics=metrics, history=history,
                     module=module, trainable=sorted(trainable))


# --------------------------------------------------------------------------- entry points
def train(cfg: StanceConfig, train: list[Article], validation: list[Article]) -> Path:
    """Fine-tune on ``train``, early-stop on ``validation``, write a checkpoint.

    Args:
        cfg: the whole config (``finetune`` section used; all of it is saved with the checkpoint).
        train: hand-labelled training articles.
        validation: hand-labelled validation articles (may be empty: no early stopping).

    Returns:
        The checkpoint directory (``cfg.finetune.output_dir``).

    Raises:
        DataError: no labelled statements.
        ModelLoadError: the base model cannot be loaded.
    """
    from stance.loading import save_checkpoint

    ft = cfg.finetune
    tr = statements_dataset(train, speaker_aware=ft.speaker_aware)
    va = statements_dataset(validation, speaker_aware=ft.speaker_aware) if validation else None
    logger.info("fine-tuning %s on %d statements (%d validation)", ft.base_model, len(tr), len(va) if va else 0)
    res = fit(
        tr["text"],
        {"stance": tr["stance_id"], "sentiment": tr["sentiment_id"]},
        ft,
        seed=cfg.seed,
        val_texts=va["text"] if va is not None else (),
        val_labels={"stance": va["stance_id"], "sentiment": va["sentiment_id"]} if va is not None else None,
        device=cfg.classify.device,
    )
    res.metrics["history"] = res.history
    temperature = {t: float(ft.temperatures.get(t, 1.0)) for t in TASKS}
    if va is not None and len(va) and not ft.temperatures:
        # temperature scaling on the validation split: the labels stay, the probabilities are calibrated
        from stance.evaluate import calibration_metrics, fit_temperature, temper

        probs = predict_module(res.module, res.tokenizer, va["text"], batch_size=64, max_length=ft.max_length,
                               device=cfg.classify.device)
        calib: dict[str, dict[str, Any]] = {}
        for t in TASKS:
            gold = va[f"{t}_id"]
            temperature[t] = fit_temperature(probs[t], gold)
            before, after = calibration_metrics(probs[t], gold), calibration_metrics(temper(probs[t], temperature[t]), gold)
            calib[t] = {"temperature": round(temperature[t], 4), "before": before, "after": after}
            logger.info("calibration of %s on the validation split: T=%.2f, ECE %.3f -> %.3f, NLL %.3f -> %.3f",
                        t, temperature[t], before["ece"], after["ece"], before["nll"], after["nll"])
        res.metrics["calibration"] = calib
    return save_checkpoint(
        ft.output_dir,
        encoder=res.encoder,
        tokenizer=res.tokenizer,
        heads=res.heads,
        labels={t: list(labs) for t, labs in TASKS.items()},
        base_model=ft.base_model,
        config=cfg.to_dict(),
        metrics=res.metrics,
        extra={"max_length": ft.max_length, "speaker_aware": ft.speaker_aware, "temperature": temperature,
               "train_articles": sorted(a.id for a in train), "validation_articles": sorted(a.id for a in validation)},
    )


def fit_members(
    train_texts: Sequence[str],
    train_labels: dict[str, Sequence[int]],
    ft: FinetuneConfig,
    *,
    seed: int,
    device: str = "cpu",
) -> list[FitResult]:
    """:func:`fit` ``ft.members`` times, with seeds ``seed``, ``seed + 1``, ...: the members of a layer head."""
    return [fit(train_texts, train_labels, ft, seed=seed + i, device=device) for i in range(ft.members)]


def predict_members(results: Sequence[FitResult], tokenizer: Any, texts: Sequence[str], *, batch_size: int,
                    max_length: int, device: str) -> dict[str, np.ndarray]:
    """Probabilities per task averaged over the members (each member's own :func:`predict_module`)."""
    probs = [predict_module(r.module, tokenizer, texts, batch_size=batch_size, max_length=max_length, device=device)
             for r in results]
    return {t: np.mean([p[t] for p in probs], axis=0) for t in TASKS}


def memory_of(res: FitResult | Sequence[FitResult], texts: Sequence[str], labels: dict[str, Sequence[int]],
              ft: FinetuneConfig, *, device: str = "cpu") -> Memory | None:
    """The memory a layer head keeps with ``finetune.memory``: the training statements' embeddings by the trained
    encoder (member 0's) and their labels; None when the recipe has none."""
    from stance.classify.encoding import encode_mean
    from stance.classify.memory import Memory

    if not any(w > 0 for w in ft.memory.values()) and ft.memory_coupling <= 0:
        return None
    r0 = res if isinstance(res, FitResult) else res[0]
    was_training = r0.encoder.training
    r0.encoder.eval()
    keys = encode_mean(r0.tokenizer, r0.encoder, texts, batch_size=64, max_length=ft.max_length, device=device)
    r0.encoder.train(was_training)
    tasks = set(ft.memory) | ({"stance", "sentiment"} if ft.memory_coupling > 0 else set())
    return Memory(keys=keys.astype(np.float32), labels={t: np.asarray(labels[t], dtype=np.int64) for t in sorted(tasks)},
                  weights=dict(ft.memory), k=ft.memory_k, temperature=ft.memory_temperature, calibration=ft.memory_calibration,
                  coupling=ft.memory_coupling)


def predict_with_memory(results: Sequence[FitResult], texts: Sequence[str], ft: FinetuneConfig, memory: Memory | None,
                        *, device: str = "cpu") -> dict[str, np.ndarray]:
    """What the layer head built from ``results`` predicts at inference: probabilities averaged over the members,
    calibrated with ``finetune.temperatures``, the memory's vote mixed in (:func:`predict_members` alone gives the
    uncalibrated probabilities)."""
    from stance.classify.encoding import encode_mean
    from stance.evaluate import temper

    probs = predict_members(results, results[0].tokenizer, texts, batch_size=64, max_length=ft.max_length, device=device)
    probs = {t: temper(p, ft.temperatures.get(t, 1.0)) for t, p in probs.items()}
    if memory is None:
        return probs
    r0 = results[0]
    was_training = r0.encoder.training
    r0.encoder.eval()
    queries = encode_mean(r0.tokenizer, r0.encoder, texts, batch_size=64, max_length=ft.max_length, device=device)
    r0.encoder.train(was_training)
    mixed = {t: memory.mix(queries, t, p) for t, p in probs.items()}
    mixed["sentiment"] = memory.couple(mixed["stance"], mixed["sentiment"])
    return mixed


def export_layer_head(
    res: FitResult | Sequence[FitResult], path: str | Path, *, cfg: StanceConfig, extra: dict[str, Any] | None = None,
    memory: Memory | None = None,
) -> Path:
    """Save only what :func:`fit` trained (top layers and heads) as a layer head file.

    This is how the shipped default (``stance/data/default_head.safetensors``) is written; it
    needs ``finetune.train_layers`` so that most of the encoder stays the embedded model.
    Several results (from :func:`fit_members`) are saved as the members of one head.
    """
    from stance.loading import save_layer_head

    ft = cfg.finetune
    if ft.train_layers is None:
        raise DataError("export_layer_head needs finetune.train_layers (the whole encoder was trained)")
    results = [res] if isinstance(res, FitResult) else list(res)
    members = []
    for r in results:
        state = r.encoder.state_dict()
        params = {k[len("encoder.") :]: state[k[len("encoder.") :]] for k in r.trainable if k.startswith("encoder.")}
        members.append((params, r.heads))
    meta = {
        "base_model": ft.base_model,
        "speaker_aware": ft.speaker_aware,
        "max_length": ft.max_length,
        "train_layers": ft.train_layers,
        "seed": cfg.seed,
        # calibration (finetune.temperatures, fitted by scripts/cv_default.py --calibrate); 1.0 where absent
        "temperature": {t: float(ft.temperatures.get(t, 1.0)) for t in TASKS},
        "finetune": dataclasses.asdict(ft),
        "metrics": [{k: v for k, v in r.metrics.items() if k != "history"} for r in results]
        if len(results) > 1
        else {k: v for k, v in results[0].metrics.items() if k != "history"},
        **(extra or {}),
    }
    if memory is not None:
        meta["memory"] = {"weights": dict(memory.weights), "k": memory.k, "temperature": memory.temperature,
                          "calibration": memory.calibration, "coupling": memory.coupling, "size": int(len(memory.keys))}
    return save_layer_head(path, members=members, labels={t: list(v) for t, v in TASKS.items()}, meta=meta,
                           memory=(memory.keys, memory.labels) if memory is not None else None)


def expand_paths(patterns: Sequence[str]) -> list[str]:
    """Expand globs in ``data.train``/``data.validation`` (a pattern that matches nothing raises)."""
    import glob

    out: list[str] = []
    for pat in patterns:
        hits = sorted(glob.glob(pat)) if any(c in pat for c in "*?[") else [pat]
        if not hits:
            raise DataError(f"no file matches {pat!r}", path=pat)
        out.extend(hits)
    return out


def finetune_from_config(cfg: StanceConfig) -> Path:
    """What ``stance finetune --config ... [--set ...]`` runs: read ``data.*``, then :func:`train`.

    Raises:
        DataError: ``data.train`` is empty or a file cannot be read.
    """
    if not cfg.data.train:
        raise DataError("data.train is empty; list hand-labelled article JSONL files (CODEBOOK section 5)")
    if cfg.finetune.members != 1:
        raise ConfigError(
            f"finetune.members: a checkpoint holds one model, got {cfg.finetune.members}; "
            "ensembles of top layers are built with scripts/build_default.py"
        )
    if any(w > 0 for w in cfg.finetune.memory.values()) or cfg.finetune.memory_coupling > 0:
        raise ConfigError(
            "finetune.memory: a checkpoint keeps no memory of its training statements, got finetune.memory="
            f"{cfg.finetune.memory} and finetune.memory_coupling={cfg.finetune.memory_coupling}; "
            "layer heads with one are built with scripts/build_default.py"
        )
    train_arts = read_articles(expand_paths(cfg.data.train))
    if cfg.data.validation:
        val_arts = read_articles(expand_paths(cfg.data.validation))
    else:
        train_arts, val_arts = split_by_article(train_arts, cfg.data.validation_fraction, cfg.seed)
    return train(cfg, train_arts, val_arts)
