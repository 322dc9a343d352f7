"""The ``nli`` backend: zero-shot stance and sentiment with any NLI checkpoint.

Two ways of asking the model (``classify.nli_scoring``):

``polar`` (the default, two model passes per statement)
    One hypothesis per task states the task's positive pole ("The speaker wants better relations
    between Iran and the United States."). The NLI model's three classes are read as the task's
    three labels: entailment = conciliatory (positive), contradiction = hardline (negative),
    neutral = neutral. Several templates per task (``classify.polar_hypotheses``) are ensembled
    by averaging the three-class probabilities. This needs a three-class NLI model.

``labels`` (one pass per hypothesis: 14 with the built-in sets)
    Each label has several hypothesis templates (``classify.hypotheses`` /
    ``classify.sentiment_hypotheses``, or the built-in sets below). Every (statement, hypothesis)
    pair gets an entailment score; scores are averaged over a label's templates (an ensemble)
    and a softmax over labels at ``classify.temperature`` turns them into probabilities. This is
    what the transformers zero-shot pipeline does, with several templates instead of one.

In both, premises and hypotheses are each tokenized once and the pairs are assembled from token
ids, and all pairs of a batch of statements, stance and sentiment together, go through the
model in length-sorted batches with dynamic padding.

The entailment class is found in the model's ``label2id`` (any label whose name starts with
``entail``); if there is none, a warning is logged and the last class is used, as transformers
does. When a ``contradiction`` class exists too, the ``labels`` score is ``log P(entail) - log
P(contradiction)`` over those two classes, which is better calibrated across hypotheses.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from stance.classify import TaskView, register_backend
from stance.errors import ConfigError, ModelLoadError
from stance.records import SENTIMENT_LABELS, STANCE_LABELS

if TYPE_CHECKING:  # pragma: no cover
    from stance.config import ClassifyConfig

logger = logging.getLogger(__name__)

__all__ = ["DEFAULT_HYPOTHESES", "DEFAULT_POLAR_HYPOTHESES", "DEFAULT_SENTIMENT_HYPOTHESES", "NliBackend",
           "entailment_index"]

DEFAULT_POLAR_HYPOTHESES: dict[str, list[str]] = {
    # entailment -> conciliatory / positive, contradiction -> hardline / negative, neutral -> neutral
    "stance": ["The speaker wants better relations between Iran and the United States."],
    "sentiment": ["The speaker is pleased."],
}
POLES: dict[str, tuple[str, str]] = {"stance": ("conciliatory", "hardline"), "sentiment": ("positive", "negative")}

DEFAULT_HYPOTHESES: dict[str, list[str]] = {
    "conciliatory": [
        "The speaker is open to dialogue or negotiation.",
        "The speaker wants better relations between Iran and the United States.",
        "The speaker supports diplomacy, an agreement or easing tensions.",
    ],
    "hardline": [
        "The speaker rejects negotiation or refuses to yield.",
        "The speaker is hostile to, threatens or distrusts the other side.",
        "The speaker wants more pressure, sanctions or force.",
    ],
    "neutral": [
        "This is a factual or procedural report.",
        "This statement is not about relations between Iran and the United States.",
    ],
}

DEFAULT_SENTIMENT_HYPOTHESES: dict[str, list[str]] = {
    "positive": ["The tone of this statement is positive.", "The speaker sounds hopeful, proud or pleased."],
    "negative": ["The tone of this statement is negative.", "The speaker sounds angry, fearful or regretful."],
    "neutral": ["The tone of this statement is neutral.", "The speaker states facts without emotion."],
}


def entailment_index(label2id: dict[str, int]) -> int | None:
    """The class index whose name starts with ``entail`` (case-insensitive), or ``None``."""
    return _index_of(label2id, "entail")


def _index_of(label2id: dict[str, int], prefix: str) -> int | None:
    """The class index whose lower-cased name starts with ``prefix``, or ``None``."""
    for name, idx in label2id.items():
        if str(name).lower().startswith(prefix):
            return int(idx)
    return None


class _PairTemplate:
    """How the tokenizer lays out a (premise, hypothesis) pair, learnt once from a probe pair."""

    def __init__(self, tokenizer: Any) -> None:
        a = tokenizer("alpha", add_special_tokens=False)["input_ids"]
        b = tokenizer("omega", add_special_tokens=False)["input_ids"]
        full = tokenizer("alpha", "omega")
        ids = list(full["input_ids"])
        i = _find(ids, a, 0)
        j = _find(ids, b, i + len(a)) if i >= 0 else -1
        if i < 0 or j < 0:
            raise ModelLoadError("cannot work out how this tokenizer builds sentence pairs")
        self.prefix, self.middle, self.suffix = ids[:i], ids[i + len(a) : j], ids[j + len(b) :]
        tt = full.get("token_type_ids")
        self.type_a = int(tt[0]) if tt is not None else 0
        self.type_b = int(tt[-1]) if tt is not None else 0
        self.has_types = tt is not None
        self.n_special = len(self.prefix) + len(self.middle) + len(self.suffix)

    def build(self, a: list[int], b: list[int], max_length: int) -> tuple[list[int], list[int]]:
        room = max(1, max_length - self.n_special - len(b))
        a = a[:room]
        first = self.prefix + a + self.middle
        second = b + self.suffix
        return first + second, [self.type_a] * len(first) + [self.type_b] * len(second)


def _find(seq: list[int], sub: list[int], start: int) -> int:
    for k in range(start, len(seq) - len(sub) + 1):
        if seq[k : k + len(sub)] == sub:
            return k
    return -1


class NliBackend:
    """Hypothesis-ensemble zero-shot classification with an NLI model."""

    def __init__(self, cfg: ClassifyConfig) -> None:
        from stance.loading import inference_dtype, load_nli

        if cfg.model == "embedded":
            raise ModelLoadError(
                "classify.backend nli needs classify.model set to an NLI checkpoint (a local directory, or a hub id "
                "with classify.local_files_only=false); the embedded model is not an NLI model"
            )
        self.cfg = cfg
        self.tokenizer, self.model = load_nli(
            cfg.model, device=cfg.device, revision=cfg.revision, local_files_only=cfg.local_files_only,
            dtype=inference_dtype(cfg.precision, cfg.device),
        )
        label2id = {str(k): int(v) for k, v in (self.model.config.label2id or {}).items()}
        n_classes = int(self.model.config.num_labels)
        ent = entailment_index(label2id)
        if ent is None:
            ent = n_classes - 1
            logger.warning(
                "NLI model %s has no 'entailment' label in label2id %s; using class %d as entailment",
                cfg.model, label2id, ent,
            )
        self.entail = ent
        self.contra = _index_of(label2id, "contradict")
        self.neutral = _index_of(label2id, "neutral")
        self.scoring = cfg.nli_scoring
        self.template = _PairTemplate(self.tokenizer)
        # task -> (labels, owner of each hypothesis column, the columns)
        self.tasks: dict[str, tuple[tuple[str, ...], list[int], list[int]]] = {}
        hyps: list[str] = []
        if self.scoring == "polar":
            if n_classes != 3 or self.contra is None or self.neutral is None:
                raise ModelLoadError(
                    f"classify.nli_scoring polar reads entailment/neutral/contradiction as the three labels, but "
                    f"{cfg.model} has classes {label2id or n_classes}; set classify.nli_scoring=labels"
                )
            table = cfg.polar_hypotheses or DEFAULT_POLAR_HYPOTHESES
            for task, want in (("stance", STANCE_LABELS), ("sentiment", SENTIMENT_LABELS)):
                if not table.get(task):
                    raise ConfigError(f"classify.polar_hypotheses: no hypothesis for {task!r}")
                index = list(range(len(hyps), len(hyps) + len(table[task])))
                hyps.extend(table[task])
                self.tasks[task] = (tuple(want), [], index)
        else:
            for task, given, default, want in (
                ("stance", cfg.hypotheses, DEFAULT_HYPOTHESES, STANCE_LABELS),
                ("sentiment", cfg.sentiment_hypotheses, DEFAULT_SENTIMENT_HYPOTHESES, SENTIMENT_LABELS),
            ):
                table = given or default
                key = "classify.hypotheses" if task == "stance" else "classify.sentiment_hypotheses"
                missing = [lab for lab in want if not table.get(lab)]
                if missing:
                    raise ConfigError(f"{key}: no hypothesis for labels {missing}")
                owner: list[int] = []
                index = []
                for k, lab in enumerate(want):
                    for h in table[lab]:
                        owner.append(k)
                        index.append(len(hyps))
                        hyps.append(h)
                self.tasks[task] = (tuple(want), owner, index)
        self.hypotheses = hyps
        # hypothesis encodings, computed once
        self._hyp_ids = [self.tokenizer(h, add_special_tokens=False)["input_ids"] for h in hyps]
        self.stance = TaskView(self, "stance", self.tasks["stance"][0])
        self.sentiment = TaskView(self, "sentiment", self.tasks["sentiment"][0])
        logger.info("nli backend: %s, %s scoring, %d hypotheses, entailment class %d", cfg.model, self.scoring, len(hyps),
                    ent)

    def pair_logits(self, texts: Sequence[str]) -> np.ndarray:
        """``[len(texts), n_hypotheses, n_classes]`` NLI logits, each premise tokenized once."""
        import torch

        from stance.classify.encoding import length_sorted_batches, pad_batch, row_index, to_device

        n, h = len(texts), len(self._hyp_ids)
        if n == 0:
            return np.zeros((0, h, int(self.model.config.num_labels)), dtype=np.float32)
        prem = self.tokenizer(list(texts), add_special_tokens=False)["input_ids"]
        pairs = [self.template.build(p, hid, self.cfg.max_length) for p in prem for hid in self._hyp_ids]
        pad = self.tokenizer.pad_token_id or 0
        device = self.cfg.device
        with torch.inference_mode():
            logits = torch.empty((n * h, int(self.model.config.num_labels)), dtype=torch.float32, device=device)
            for idx in length_sorted_batches([len(p[0]) for p in pairs], self.cfg.batch_size):
                extra: dict[str, Sequence[Sequence[int]]] | None = (
                    {"token_type_ids": [pairs[i][1] for i in idx]} if self.template.has_types else None
                )
                b = to_device(pad_batch([pairs[i][0] for i in idx], pad, extra), device)
                logits[row_index(idx, device)] = self.model(**b).logits.float()
            return logits.cpu().numpy().reshape(n, h, -1)

    def pair_scores(self, texts: Sequence[str]) -> np.ndarray:
        """``[len(texts), n_hypotheses]`` entailment scores (``labels`` scoring)."""
        logits = self.pair_logits(texts)
        if self.contra is not None:
            return logits[..., self.entail] - logits[..., self.contra]
        z = logits - logits.max(axis=-1, keepdims=True)
        return z[..., self.entail] - np.log(np.exp(z).sum(axis=-1))

    def predict_proba(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        if self.scoring == "polar":
            return self._predict_polar(texts)
        scores = self.pair_scores(texts)
        out = []
        for task in ("stance", "sentiment"):
            labels, owner, index = self.tasks[task]
            sub = scores[:, index]
            owner_arr = np.asarray(owner)
            mean = np.stack([sub[:, owner_arr == k].mean(axis=1) for k in range(len(labels))], axis=1)
            out.append(_softmax(mean / self.cfg.temperature))
        return out[0], out[1]

    def _predict_polar(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        assert self.contra is not None and self.neutral is not None
        probs = _softmax(self.pair_logits(texts) / self.cfg.temperature)  # [n, h, 3]
        out = []
        for task in ("stance", "sentiment"):
            labels, _, index = self.tasks[task]
            p = probs[:, index].mean(axis=1)
            pos, neg = POLES[task]
            col = {pos: self.entail, neg: self.contra, "neutral": self.neutral}
            out.append(np.stack([p[:, col[lab]] for lab in labels], axis=1))
        return out[0], out[1]


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


@register_backend("nli.v1", alias="nli")
def make_nli_backend(cfg: ClassifyConfig) -> NliBackend:
    """Factory for ``classify.backend: nli`` (``classify.model`` is the NLI checkpoint)."""
    return NliBackend(cfg)
