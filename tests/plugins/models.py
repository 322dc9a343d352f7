"""Model fixtures (owned by the classification work).

- ``tiny_nli_dir``: a tiny random ``BertForSequenceClassification`` NLI model (labels
  entailment/neutral/contradiction) with the word-level vocab in ``tests/fixtures/tiny_vocab.txt``,
  built once per session, offline, and saved to a temporary directory.
- The ``fixed`` backend, registered when this plugin is imported: deterministic probabilities,
  no model. A test selects it with ``load_config(path, ["classify.backend=fixed"])`` or, on the
  command line, ``--set classify.backend=fixed``. Its rule: a text containing "no" or "never"
  (as a word) is hardline, one containing "talk" or "deal" is conciliatory, anything else is
  neutral; sentiment is negative / positive / neutral in the same three cases. The winning label
  gets 0.8 and the two others 0.1.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from stance.classify import register_backend
from stance.config import ClassifyConfig
from stance.records import SENTIMENT_LABELS, STANCE_LABELS

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

_HARD = re.compile(r"\b(?:no|never)\b", re.IGNORECASE)
_CONC = re.compile(r"talk|deal", re.IGNORECASE)


def fixed_label_index(text: str) -> int:
    """0 = conciliatory/positive, 1 = hardline/negative, 2 = neutral (codebook label order)."""
    if _HARD.search(text):
        return 1
    if _CONC.search(text):
        return 0
    return 2


class _FixedTask:
    def __init__(self, labels: tuple[str, ...]) -> None:
        self.labels = labels

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        out = np.full((len(texts), 3), 0.1)
        for i, t in enumerate(texts):
            out[i, fixed_label_index(t)] = 0.8
        return out


class FixedBackend:
    """Deterministic fake backend (spacy-llm's ``NoOpModel``); see the module docstring."""

    def __init__(self, cfg: ClassifyConfig | None = None) -> None:
        self.stance = _FixedTask(STANCE_LABELS)
        self.sentiment = _FixedTask(SENTIMENT_LABELS)
        self.calls: list[list[str]] = []

    def predict_proba(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        self.calls.append(list(texts))
        return self.stance.predict_proba(texts), self.sentiment.predict_proba(texts)


register_backend("fixed", FixedBackend)
