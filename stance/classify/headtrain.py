"""Training the ``embedding`` backend's linear head (the recipe behind the shipped default).

The recipe (``configs/default_head.yaml``, read by :func:`load_head_recipe`) names the labelled
statement files, the features (embedding, cue words, speaker prefix), and the regularisation of
two logistic regressions, one for stance and one for sentiment. ``scripts/build_default.py``
calls :func:`train_head` on the project's own statements (``stance/data/train_statements.jsonl``)
plus the dev set, and writes ``stance/data/default_head.npz``; ``scripts/cv_default.py``
cross-validates the same recipe by article.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from stance.classify import format_statement
from stance.classify.embedding import HeadFile, LinearHead, build_features
from stance.errors import ConfigError, DataError
from stance.records import SENTIMENT_LABELS, STANCE_LABELS, Article

logger = logging.getLogger(__name__)

__all__ = ["HeadRecipe", "LabelledStatement", "load_head_recipe", "read_articles", "read_statements", "train_head"]


@dataclass
class HeadRecipe:
    """How the default head is trained (mirrors ``configs/default_head.yaml``)."""

    statements: list[str] = field(default_factory=lambda: ["stance/data/train_statements.jsonl"])
    """JSONL files of labelled statements: text, speaker, side, stance, sentiment."""
    articles: list[str] = field(default_factory=list)
    """Codebook article JSONL files whose gold statements are added (the dev set)."""
    article_weight: float = 1.0
    """Sample weight of statements from ``articles`` relative to ``statements``."""
    cues: str | None = "cues.v1"
    cue_scale: float = 1.0
    speaker_aware: bool = False
    stance_c: float = 2.0
    sentiment_c: float = 2.0
    class_weight: str | None = "balanced"
    temperature: float = 1.0
    seed: int = 13
    output: str = "stance/data/default_head.npz"

    def features(self) -> dict[str, Any]:
        return {"embedding": "mean-normalised", "cues": self.cues, "cue_scale": self.cue_scale,
                "speaker_aware": self.speaker_aware}


def load_head_recipe(path: str | Path, overrides: Sequence[str] = ()) -> HeadRecipe:
    """Read a head recipe from YAML; ``overrides`` are ``key=value`` strings.

    Raises:
        ConfigError: unknown key or unreadable file.
    """
    import yaml

    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{p}: cannot read head recipe ({exc})") from None
    for item in overrides:
        k, _, v = item.partition("=")
        data[k.strip()] = yaml.safe_load(v)
    valid = set(HeadRecipe.__dataclass_fields__)
    for k in data:
        if k not in valid:
            raise ConfigError(f"{p}: {k}: unknown key; valid keys are {sorted(valid)}")
    return HeadRecipe(**data)


@dataclass(frozen=True)
class LabelledStatement:
    """A statement with gold labels, detached from its article (``group`` is the article id)."""

    text: str
    stance: str
    sentiment: str
    speaker: str | None = None
    side: str | None = None
    group: str = ""


def read_statements(path: str | Path) -> list[LabelledStatement]:
    """Read a JSONL file of labelled statements (one per line)."""
    out = []
    p = Path(path)
    for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            if d["stance"] not in STANCE_LABELS or d["sentiment"] not in SENTIMENT_LABELS:
                raise ValueError(f"bad labels {d['stance']!r}/{d['sentiment']!r}")
            out.append(LabelledStatement(d["text"], d["stance"], d["sentiment"], d.get("speaker"), d.get("side"),
                                         d.get("group", f"{p.name}:{i}")))
        except (json.JSONDecodeError, KeyError, ValueError) as exc:
            raise DataError(str(exc), path=str(p), line=i) from None
    return out


def read_articles(paths: Sequence[str | Path]) -> list[Article]:
    """Read codebook article JSONL files."""
    arts = []
    for path in paths:
        p = Path(path)
        for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    arts.append(Article.from_dict(json.loads(line), origin=f"{p}:{i}"))
                except (json.JSONDecodeError, KeyError, ValueError) as exc:
                    raise DataError(str(exc), path=str(p), line=i) from None
    return arts


def article_statements(articles: Sequence[Article]) -> list[LabelledStatement]:
    """The gold-labelled statements of ``articles``, grouped by article id."""
    out = []
    for a in articles:
        for s in a.statements:
            if s.stance is not None and s.sentiment is not None:
                out.append(LabelledStatement(s.text, s.stance, s.sentiment, s.speaker, s.side, a.id))
    return out


def statement_texts(items: Sequence[LabelledStatement], speaker_aware: bool) -> list[str]:
    return [format_statement(s.text, s.speaker, s.side, speaker_aware=speaker_aware) for s in items]


def fit_head_from_features(
    x: np.ndarray,
    y_stance: Sequence[str],
    y_sentiment: Sequence[str],
    weights: np.ndarray,
    recipe: HeadRecipe,
) -> HeadFile:
    """Fit the two logistic regressions on a ready feature matrix."""
    from sklearn.linear_model import LogisticRegression

    heads = {}
    for task, y, labels, c in (
        ("stance", y_stance, STANCE_LABELS, recipe.stance_c),
        ("sentiment", y_sentiment, SENTIMENT_LABELS, recipe.sentiment_c),
    ):
        y_arr = np.asarray(y)
        present = [lab for lab in labels if lab in set(y_arr)]
        if len(present) < 2:
            raise DataError(f"{task}: need at least two labels to train a head, found {present}")
        clf = LogisticRegression(C=c, class_weight=recipe.class_weight, max_iter=2000, random_state=recipe.seed)
        clf.fit(x, y_arr, sample_weight=weights)
        coef = np.full((len(labels), x.shape[1]), 0.0, dtype=np.float32)
        intercept = np.full(len(labels), -30.0, dtype=np.float32)  # a label never seen gets ~0 probability
        for j, lab in enumerate(clf.classes_):
            k = labels.index(lab)
            if clf.coef_.shape[0] == 1:  # binary case
                sign = 1.0 if j == 1 else -1.0
                coef[k] = sign * clf.coef_[0] / 2
                intercept[k] = sign * clf.intercept_[0] / 2
            else:
                coef[k] = clf.coef_[j]
                intercept[k] = clf.intercept_[j]
        heads[task] = LinearHead(labels=tuple(labels), coef=coef, intercept=intercept, temperature=recipe.temperature)
    return HeadFile(heads=heads, features=recipe.features())


def train_head(items: Sequence[LabelledStatement], weights: Sequence[float], recipe: HeadRecipe, embed: Any) -> HeadFile:
    """Train the default head.

    Args:
        items: labelled statements.
        weights: one sample weight per statement.
        recipe: the recipe.
        embed: ``embed(texts) -> np.ndarray`` (e.g. ``EmbeddingBackend.embed``).

    Returns:
        The trained :class:`HeadFile` (call ``.save(path)``).
    """
    texts = statement_texts(items, recipe.speaker_aware)
    x = build_features(embed(texts), texts, recipe.features())
    logger.info("training head on %d statements, %d features (%s)", len(items), x.shape[1], asdict(recipe))
    return fit_head_from_features(
        x, [s.stance for s in items], [s.sentiment for s in items], np.asarray(weights, dtype=np.float64), recipe
    )
