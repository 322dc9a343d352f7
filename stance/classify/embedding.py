"""The ``embedding`` backend: the embedded all-MiniLM-L6-v2 model plus a small head.

Each statement goes through the encoder once (length-sorted batches, dynamic padding, inference
mode) and is mean-pooled; stance and sentiment share that forward pass. ``classify.head`` picks
what turns the pooled vector into probabilities:

- ``default``: the *layer head* shipped in ``stance/data/default_head.safetensors``: the top
  transformer layers of all-MiniLM-L6-v2 fine-tuned for stance and sentiment (as many as
  ``finetune.train_layers`` of the recipe, two now), plus one linear layer per task
  (7.1 MB; built by ``scripts/build_default.py`` from ``configs/default_head.yaml`` on the
  project's own labelled statements and the dev set).
- a path to another ``.safetensors`` layer head (``scripts/build_default.py`` with another
  recipe), or to an ``.npz`` linear head (:class:`HeadFile`: linear layers on the normalised
  embedding and optional cue-word features).
- ``null``: zero-shot, cosine similarity to label descriptions averaged per label, turned into
  probabilities with a softmax at ``classify.temperature``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from stance.classify import TaskView, register_backend
from stance.classify.cues import cue_features
from stance.classify.memory import Memory
from stance.errors import ModelLoadError
from stance.records import SENTIMENT_LABELS, STANCE_LABELS

if TYPE_CHECKING:  # pragma: no cover
    from stance.config import ClassifyConfig

logger = logging.getLogger(__name__)

__all__ = ["DEFAULT_DESCRIPTIONS", "DEFAULT_SENTIMENT_DESCRIPTIONS", "EmbeddingBackend", "LinearHead", "default_head_path"]

DEFAULT_DESCRIPTIONS: dict[str, list[str]] = {
    "conciliatory": [
        "We are open to dialogue and negotiations to improve relations.",
        "Diplomacy is the way forward; we welcome the agreement and hope for better ties.",
        "Talks are possible if sanctions are lifted.",
        "We want to reduce tensions and build trust between our countries.",
    ],
    "hardline": [
        "We will never negotiate with them; there will be no talks.",
        "They cannot be trusted; we will retaliate against any aggression.",
        "We will not bow to pressure and will impose more sanctions.",
        "Their hostile behaviour is a threat and they must surrender.",
    ],
    "neutral": [
        "The meeting will take place on Monday.",
        "Officials discussed the schedule of the next round.",
        "The report was published this week.",
    ],
}

DEFAULT_SENTIMENT_DESCRIPTIONS: dict[str, list[str]] = {
    "positive": [
        "This is a great success and we are very happy and hopeful.",
        "We welcome this positive and constructive step.",
    ],
    "negative": [
        "This is a terrible, hostile and dangerous act that we condemn.",
        "We are angry and deeply disappointed by these lies.",
    ],
    "neutral": [
        "The meeting will take place on Monday.",
        "Officials said the talks would continue.",
    ],
}

_SIM_SCALE = 20.0  # cosine similarities live in a narrow band; 1/0.05 turns them into logits


def default_head_path() -> Path:
    """Where the shipped default head lives (``stance/data/default_head.safetensors``)."""
    return Path(str(resources.files("stance") / "data" / "default_head.safetensors"))


@dataclass
class LinearHead:
    """A multinomial logistic-regression head over a feature vector (one per task)."""

    labels: tuple[str, ...]
    coef: np.ndarray
    """``[n_labels, n_features]``."""
    intercept: np.ndarray
    temperature: float = 1.0

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        logits = (x @ self.coef.T + self.intercept) / self.temperature
        logits -= logits.max(axis=1, keepdims=True)
        e = np.exp(logits)
        return e / e.sum(axis=1, keepdims=True)


@dataclass
class HeadFile:
    """A saved head: one :class:`LinearHead` per task and the feature recipe it expects."""

    heads: dict[str, LinearHead]
    features: dict[str, Any]

    def save(self, path: str | Path) -> None:
        arrays: dict[str, Any] = {"format": np.array("stance-head.v1"), "features": np.array(json.dumps(self.features))}
        for task, h in self.heads.items():
            arrays[f"{task}_labels"] = np.array(list(h.labels))
            arrays[f"{task}_coef"] = h.coef.astype(np.float32)
            arrays[f"{task}_intercept"] = h.intercept.astype(np.float32)
            arrays[f"{task}_temperature"] = np.array(h.temperature, dtype=np.float32)
        np.savez_compressed(path, **arrays)

    @classmethod
    def load(cls, path: str | Path) -> HeadFile:
        p = Path(path)
        if not p.is_file():
            raise ModelLoadError(f"head file {p} does not exist; rebuild it with scripts/build_default.py")
        try:
            with np.load(p, allow_pickle=False) as z:
                if str(z["format"]) != "stance-head.v1":
                    raise ModelLoadError(f"{p}: unknown head format {str(z['format'])!r}, expected 'stance-head.v1'")
                features = json.loads(str(z["features"]))
                heads = {}
                for task, want in (("stance", STANCE_LABELS), ("sentiment", SENTIMENT_LABELS)):
                    labels = tuple(str(x) for x in z[f"{task}_labels"])
                    if sorted(labels) != sorted(want):
                        raise ModelLoadError(f"{p}: {task} labels {list(labels)} do not match the codebook {list(want)}")
                    heads[task] = LinearHead(
                        labels=labels,
                        coef=z[f"{task}_coef"].astype(np.float32),
                        intercept=z[f"{task}_intercept"].astype(np.float32),
                        temperature=float(z[f"{task}_temperature"]),
                    )
        except ModelLoadError:
            raise
        except (OSError, ValueError, KeyError, json.JSONDecodeError) as exc:
            raise ModelLoadError(f"{p}: corrupt head file ({str(exc).splitlines()[0]})") from None
        return cls(heads=heads, features=features)


def build_features(emb: np.ndarray, texts: Sequence[str], recipe: dict[str, Any]) -> np.ndarray:
    """The head's input: the embedding, then (if the recipe asks) cue-word features."""
    parts = [emb]
    if recipe.get("cues"):
        parts.append(cue_features(texts, version=str(recipe["cues"])) * float(recipe.get("cue_scale", 1.0)))
    return np.concatenate(parts, axis=1).astype(np.float32)


class EmbeddingBackend:
    """Sentence embeddings from one encoder, then a linear head or label-description prototypes."""

    def __init__(self, cfg: ClassifyConfig, head: HeadFile | None = None) -> None:
        from stance.loading import inference_dtype, load_encoder, load_encoder_with_layer_head

        self.cfg = cfg
        self.head = head
        self.layer_heads: dict[str, tuple[Any, Any]] | None = None
        self.members: list[tuple[list[Any], dict[str, tuple[Any, Any]]]] | None = None
        """The members of an ensemble layer head (their probabilities are averaged)."""
        self.speaker_aware: bool | None = None
        self.calibration: dict[str, float] = {}
        """Per-task temperature stored with a layer head (its recipe's ``finetune.temperatures``)."""
        self.memory: Memory | None = None
        """A layer head's memory of its training statements (``stance.classify.memory``), if it has one."""
        path = None
        if head is None and cfg.head is not None:
            path = default_head_path() if cfg.head == "default" else Path(cfg.head).expanduser()
            if cfg.head == "default" and not path.is_file():  # a source checkout before build_default.py
                logger.warning("the default head %s is missing; using zero-shot label descriptions", path)
                path = None
            elif cfg.head == "default" and cfg.model != "embedded":
                # The shipped head belongs to the embedded model; another encoder gets zero-shot
                # label descriptions (and a missing model still fails to load below).
                logger.info("classify.model %s is not the embedded model: the default head does not apply; "
                            "using zero-shot label descriptions", cfg.model)
                path = None
        if path is not None and path.suffix == ".safetensors":
            if cfg.model != "embedded":
                logger.warning("classify.head %s is a layer head for the embedded model; classify.model %s is ignored",
                               path, cfg.model)
            lh = load_encoder_with_layer_head(
                str(path), device=cfg.device, mtime=path.stat().st_mtime if path.exists() else 0.0,
                dtype=inference_dtype(cfg.precision, cfg.device),
            )
            self.tokenizer, self.model, meta = lh.tokenizer, lh.encoder, lh.meta
            self.layer_heads = lh.heads
            members = lh.members[: cfg.members] if cfg.members is not None else lh.members
            self.members = members if len(members) > 1 else None
            self.speaker_aware = bool(meta.get("speaker_aware", False))
            self.calibration = {t: float(v) for t, v in (meta.get("temperature") or {}).items()}
            self.memory = lh.memory if cfg.memory else None
            labels = meta["labels"]
            self.stance = TaskView(self, "stance", tuple(labels["stance"]))
            self.sentiment = TaskView(self, "sentiment", tuple(labels["sentiment"]))
            logger.info("embedding backend: layer head %s", path)
            return
        self.tokenizer, self.model = load_encoder(
            cfg.model, device=cfg.device, revision=cfg.revision, local_files_only=cfg.local_files_only,
            dtype=inference_dtype(cfg.precision, cfg.device),
        )
        if path is not None:
            self.head = HeadFile.load(path)
        if self.head is not None:
            self.stance = TaskView(self, "stance", self.head.heads["stance"].labels)
            self.sentiment = TaskView(self, "sentiment", self.head.heads["sentiment"].labels)
            self.speaker_aware = bool(self.head.features.get("speaker_aware", False))
            logger.info("embedding backend: linear head %s (%s)", cfg.head, self.head.features)
        else:
            self._protos = {
                "stance": self._prototypes(cfg.descriptions or DEFAULT_DESCRIPTIONS, STANCE_LABELS),
                "sentiment": self._prototypes(
                    cfg.sentiment_descriptions or DEFAULT_SENTIMENT_DESCRIPTIONS, SENTIMENT_LABELS
                ),
            }
            self.stance = TaskView(self, "stance", self._protos["stance"][0])
            self.sentiment = TaskView(self, "sentiment", self._protos["sentiment"][0])
            logger.info("embedding backend: zero-shot with label descriptions")

    def _prototypes(self, descriptions: dict[str, list[str]], want: tuple[str, ...]) -> tuple[tuple[str, ...], np.ndarray]:
        """Label order and one mean-of-descriptions unit vector per label (computed once)."""
        missing = [lab for lab in want if not descriptions.get(lab)]
        if missing:
            from stance.errors import ConfigError

            raise ConfigError(f"classify.descriptions: no description for labels {missing}")
        labels = tuple(want)
        protos = []
        for lab in labels:
            v = self.embed(descriptions[lab]).mean(axis=0)
            protos.append(v / max(np.linalg.norm(v), 1e-9))
        return labels, np.stack(protos)

    def embed(self, texts: Sequence[str], *, normalize: bool = True) -> np.ndarray:
        """Mean-pooled (by default L2-normalised) embeddings of ``texts``."""
        from stance.classify.encoding import encode_mean

        return encode_mean(
            self.tokenizer,
            self.model,
            texts,
            batch_size=self.cfg.batch_size,
            max_length=self.cfg.max_length,
            device=self.cfg.device,
            normalize=normalize,
        )

    def predict_proba(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        if self.layer_heads is not None:
            if self.members is None:
                pooled, heads_of = [self.embed(texts, normalize=False)], [self.layer_heads]
            else:
                from stance.classify.encoding import encode_mean_members

                heads_of = [heads for _, heads in self.members]
                pooled = encode_mean_members(
                    self.tokenizer, self.model, [layers for layers, _ in self.members], texts,
                    batch_size=self.cfg.batch_size, max_length=self.cfg.max_length, device=self.cfg.device,
                )
            out = []
            for task in ("stance", "sentiment"):
                probs = []
                for x, heads in zip(pooled, heads_of, strict=True):
                    w, b = heads[task]
                    t = self.cfg.temperature * self.calibration.get(task, 1.0)
                    probs.append(_softmax((x @ w.cpu().numpy().T + b.cpu().numpy()) / t))
                p = np.mean(probs, axis=0)
                # (the memory's keys are member 0's embeddings: its neighbours are found with member 0's)
                out.append(self.memory.mix(pooled[0], task, p) if self.memory is not None else p)
            if self.memory is not None:
                out[1] = self.memory.couple(out[0], out[1])  # sentiment given stance (finetune.memory_coupling)
            return out[0], out[1]
        emb = self.embed(texts)
        if self.head is not None:
            x = build_features(emb, texts, self.head.features)
            t = self.cfg.temperature
            st = _temper(self.head.heads["stance"].predict_proba(x), t)
            se = _temper(self.head.heads["sentiment"].predict_proba(x), t)
            return st, se
        scale = _SIM_SCALE / self.cfg.temperature
        return _softmax(emb @ self._protos["stance"][1].T * scale), _softmax(emb @ self._protos["sentiment"][1].T * scale)


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def _temper(p: np.ndarray, t: float) -> np.ndarray:
    if t == 1.0:
        return p
    return _softmax(np.log(np.clip(p, 1e-12, 1.0)) / t)


@register_backend("embedding.v1", alias="embedding")
def make_embedding_backend(cfg: ClassifyConfig) -> EmbeddingBackend:
    """Factory for ``classify.backend: embedding``."""
    return EmbeddingBackend(cfg)
