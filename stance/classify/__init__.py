"""Stance and sentiment classification: the ``Classifier`` protocol, a backend registry, and the
pipeline-facing :class:`StatementClassifier`.

A backend turns statement texts into two probability matrices, one over the stance labels and
one over the sentiment labels (codebook sections 3 and 4). Backends register under a versioned
name (``embedding.v1``) and a plain alias (``embedding``); when a backend's behaviour changes, a
new version is added rather than editing the old one in place.

Example (codebook section 3)::

    >>> from stance.config import ClassifyConfig
    >>> clf = build_classifier(ClassifyConfig())          # the embedded default
    >>> clf.predict_texts(["We will have no negotiations with the US."])[0].stance
    'hardline'

Tests register a deterministic ``fixed`` backend (see ``tests/plugins/models.py``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np

from stance.errors import ConfigError
from stance.records import SENTIMENT_LABELS, STANCE_LABELS, Prediction, Statement

if TYPE_CHECKING:  # pragma: no cover
    from stance.config import ClassifyConfig

logger = logging.getLogger(__name__)

__all__ = [
    "Backend",
    "Classifier",
    "StatementClassifier",
    "TaskView",
    "backend_names",
    "build_classifier",
    "format_statement",
    "get_backend",
    "register_backend",
]


@runtime_checkable
class Classifier(Protocol):
    """One task (stance or sentiment): ``labels`` is the column order of ``predict_proba``."""

    labels: tuple[str, ...]

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Return an array ``[len(texts), len(labels)]`` whose rows sum to 1."""
        ...


@runtime_checkable
class Backend(Protocol):
    """Both tasks at once, so a backend can share one forward pass between them."""

    stance: Classifier
    sentiment: Classifier
    # A backend may also set ``speaker_aware: bool`` to override ``classify.speaker_aware``
    # (a trained head knows whether it was trained with the speaker prefix).

    def predict_proba(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Return ``(stance_probs, sentiment_probs)`` in ``stance.labels`` / ``sentiment.labels`` order."""
        ...


class _PredictsBoth(Protocol):
    def predict_proba(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]: ...


class TaskView:
    """One task of a two-task backend, as a :class:`Classifier` (the shared forward pass stays shared)."""

    def __init__(self, backend: _PredictsBoth, task: str, labels: tuple[str, ...]) -> None:
        self._backend = backend
        self._task = task
        self.labels = labels

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        stance, sentiment = self._backend.predict_proba(texts)
        return stance if self._task == "stance" else sentiment


BackendFactory = Callable[["ClassifyConfig"], Backend]


@dataclass(frozen=True)
class _Entry:
    name: str
    factory: BackendFactory
    module: str | None


_REGISTRY: dict[str, _Entry] = {}
_ALIASES: dict[str, str] = {}


def register_backend(name: str, factory: BackendFactory | None = None, *, alias: str | None = None):  # type: ignore[no-untyped-def]
    """Register a backend factory ``factory(cfg: ClassifyConfig) -> Backend`` under ``name``.

    Usable as a decorator. ``alias`` (e.g. ``"embedding"`` for ``"embedding.v1"``) points to the
    newest version. Registering an existing name replaces it (tests use this for fakes).

    Args:
        name: versioned name, e.g. ``"embedding.v1"`` or ``"fixed"``.
        factory: the factory; omit to use as a decorator.
        alias: an unversioned name that points to ``name``.
    """

    def deco(fn: BackendFactory) -> BackendFactory:
        _REGISTRY[name] = _Entry(name, fn, None)
        if alias:
            _ALIASES[alias] = name
        return fn

    if factory is not None:
        return deco(factory)
    return deco


# Built-in backends live in submodules imported on first use, so `import stance.classify` stays light.
_LAZY: dict[str, str] = {
    "embedding.v1": "stance.classify.embedding",
    "nli.v1": "stance.classify.nli",
    "finetuned.v1": "stance.classify.finetuned",
}
_LAZY_ALIASES = {"embedding": "embedding.v1", "nli": "nli.v1", "finetuned": "finetuned.v1"}


def backend_names() -> list[str]:
    """All valid values of ``classify.backend`` (aliases and versioned names)."""
    return sorted(set(_REGISTRY) | set(_ALIASES) | set(_LAZY) | set(_LAZY_ALIASES))


def check_backend_name(name: str) -> None:
    """Raise :class:`ConfigError` naming ``classify.backend`` when ``name`` is not registered."""
    if name not in backend_names():
        raise ConfigError(f"classify.backend: {name!r} is not one of {backend_names()}")


def get_backend(name: str) -> BackendFactory:
    """The factory registered under ``name`` (an alias or a versioned name).

    Raises:
        ConfigError: no backend has that name.
    """
    check_backend_name(name)
    full = _ALIASES.get(name) or _LAZY_ALIASES.get(name) or name
    if full not in _REGISTRY and full in _LAZY:
        import importlib

        importlib.import_module(_LAZY[full])
    try:
        return _REGISTRY[full].factory
    except KeyError:
        raise ConfigError(f"classify.backend: {name!r} is not one of {backend_names()}") from None


def format_statement(text: str, speaker: str | None = None, side: str | None = None, *, speaker_aware: bool = True) -> str:
    """The string a backend sees for one statement.

    With ``speaker_aware`` and a known speaker, the speaker (and side) are prefixed:
    ``"Ali Khamenei (iran): We will have no negotiations with the US"``.
    """
    text = " ".join(text.split())
    if not speaker_aware or not speaker:
        return text
    return f"{speaker} ({side}): {text}" if side else f"{speaker}: {text}"


def _reorder(probs: np.ndarray, have: Sequence[str], want: Sequence[str], task: str) -> np.ndarray:
    if tuple(have) == tuple(want):
        return probs
    missing = [lab for lab in want if lab not in have]
    if missing:
        raise ConfigError(f"classify: the {task} backend gives labels {list(have)}, missing {missing}")
    return probs[:, [list(have).index(lab) for lab in want]]


class StatementClassifier:
    """What the pipeline calls: statements in, one :class:`Prediction` per statement out.

    It formats each statement (speaker-aware or not), classifies each distinct text once,
    applies the abstain-to-neutral threshold, and maps the backend's columns onto the codebook
    labels.
    """

    def __init__(self, backend: Backend, cfg: ClassifyConfig) -> None:
        self.backend = backend
        self.cfg = cfg

    @property
    def stance_labels(self) -> tuple[str, ...]:
        return STANCE_LABELS

    @property
    def sentiment_labels(self) -> tuple[str, ...]:
        return SENTIMENT_LABELS

    def predict_arrays(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Probabilities for formatted texts, columns in codebook order (duplicates run once)."""
        n = len(texts)
        if n == 0:
            return np.zeros((0, len(STANCE_LABELS))), np.zeros((0, len(SENTIMENT_LABELS)))
        index: dict[str, int] = {}
        inverse = np.empty(n, dtype=np.int64)
        for i, t in enumerate(texts):
            inverse[i] = index.setdefault(t, len(index))
        unique = list(index)
        st, se = self.backend.predict_proba(unique)
        st = _reorder(np.asarray(st, dtype=np.float64), self.backend.stance.labels, STANCE_LABELS, "stance")
        se = _reorder(np.asarray(se, dtype=np.float64), self.backend.sentiment.labels, SENTIMENT_LABELS, "sentiment")
        if st.shape != (len(unique), len(STANCE_LABELS)) or se.shape != (len(unique), len(SENTIMENT_LABELS)):
            raise ValueError(f"backend returned shapes {st.shape}, {se.shape} for {len(unique)} texts")
        st = _abstain(st, STANCE_LABELS.index("neutral"), self.cfg.abstain_threshold)
        return st[inverse], se[inverse]

    def predict_texts(self, texts: Sequence[str]) -> list[Prediction]:
        """Predictions for raw statement texts (no speaker)."""
        formatted = [format_statement(t, speaker_aware=False) for t in texts]
        return self._to_predictions(*self.predict_arrays(formatted))

    def classify(self, statements: Sequence[Statement]) -> list[Prediction]:
        """One prediction per statement, in order.

        Args:
            statements: statements with ``text`` (and, ideally, ``speaker`` and ``side``).

        Returns:
            Predictions with probabilities over every codebook stance and sentiment label.
        """
        aware = getattr(self.backend, "speaker_aware", None)
        if aware is None:
            aware = self.cfg.speaker_aware
        texts = [format_statement(s.text, s.speaker, s.side, speaker_aware=aware) for s in statements]
        return self._to_predictions(*self.predict_arrays(texts))

    __call__ = classify

    @staticmethod
    def _to_predictions(st: np.ndarray, se: np.ndarray) -> list[Prediction]:
        out = []
        for a, b in zip(st.tolist(), se.tolist(), strict=True):
            out.append(
                Prediction(
                    stance_probs=dict(zip(STANCE_LABELS, a, strict=True)),
                    sentiment_probs=dict(zip(SENTIMENT_LABELS, b, strict=True)),
                )
            )
        return out


def _abstain(probs: np.ndarray, neutral: int, threshold: float) -> np.ndarray:
    """Rows whose top non-neutral probability is below ``threshold`` are pulled to neutral.

    Such a row becomes ``0.5 * p + 0.5 * onehot(neutral)``: neutral then wins, and the sign of
    the stance score is kept (halved).
    """
    if threshold <= 0:
        return probs
    others = np.delete(probs, neutral, axis=1).max(axis=1)
    mask = others < threshold
    if mask.any():
        probs = probs.copy()
        probs[mask] *= 0.5
        probs[mask, neutral] += 0.5
    return probs


def build_classifier(cfg: ClassifyConfig) -> StatementClassifier:
    """Build the classifier a config asks for.

    ``classify.model`` pointing at a ``stance finetune`` checkpoint selects the ``finetuned``
    backend whatever ``classify.backend`` says (so ``--set classify.model=CHECKPOINT`` just works).

    Args:
        cfg: the ``classify`` section of the config.

    Returns:
        A :class:`StatementClassifier`.

    Raises:
        ConfigError: unknown backend.
        ModelLoadError: the model or head cannot be loaded.
    """
    name = cfg.backend
    if name in ("embedding", "embedding.v1") and cfg.model != "embedded":
        from stance.loading import is_checkpoint

        if is_checkpoint(cfg.model):
            logger.info("classify.model %s is a stance checkpoint: using the finetuned backend", cfg.model)
            name = "finetuned"
    factory = get_backend(name)
    if cfg.threads is not None:
        from stance.loading import set_threads

        set_threads(cfg.threads)
    backend = factory(cfg)
    return StatementClassifier(backend, cfg)
