"""Model fixtures (owned by the classification work).

- ``tiny_nli_dir``: a tiny random ``BertForSequenceClassification`` NLI model (labels
  entailment/neutral/contradiction) with the word-level vocab in ``tests/fixtures/tiny_vocab.txt``,
  built once per session, offline, and saved to a temporary directory.
- ``tiny_mpnet_dir``: a tiny random two-layer ``MPNetModel`` encoder (the architecture of
  all-mpnet-base-v2) with the same vocab, for the code that runs some layers by hand.
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


def _fixture_tokenizer():  # type: ignore[no-untyped-def]
    """A word-level BERT tokenizer over ``tests/fixtures/tiny_vocab.txt`` (the tiny models' vocabulary)."""
    from transformers import BertTokenizer

    words = (FIXTURES / "tiny_vocab.txt").read_text(encoding="utf-8").split()
    return BertTokenizer(vocab={w: i for i, w in enumerate(words)}, do_lower_case=True)


def build_tiny_nli(
    path: Path,
    *,
    seed: int = 0,
    label_names: tuple[str, ...] = ("entailment", "neutral", "contradiction"),
    dtype: str = "float32",
) -> Path:
    """Save a tiny random BERT NLI model with the word-level fixture vocab to ``path`` (offline).

    ``dtype="float16"`` stores the weights in half precision, as many hub checkpoints are.
    """
    import torch
    from transformers import BertConfig, BertForSequenceClassification

    torch.manual_seed(seed)
    path.mkdir(parents=True, exist_ok=True)
    tokenizer = _fixture_tokenizer()
    config = BertConfig(
        vocab_size=tokenizer.vocab_size,
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=128,
        num_labels=len(label_names),
        id2label=dict(enumerate(label_names)),
        label2id={n: i for i, n in enumerate(label_names)},
    )
    model = BertForSequenceClassification(config).eval().to(getattr(torch, dtype))
    model.save_pretrained(path, safe_serialization=True)
    tokenizer.save_pretrained(path)
    return path


@pytest.fixture(scope="session")
def tiny_nli_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random NLI model (entailment/neutral/contradiction), built once per session."""
    return build_tiny_nli(tmp_path_factory.mktemp("tiny_nli"))


@pytest.fixture(scope="session")
def tiny_nli_nolabels_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same tiny model whose labels are LABEL_0..2 (no entailment name)."""
    return build_tiny_nli(tmp_path_factory.mktemp("tiny_nli_nolabels"), label_names=("LABEL_0", "LABEL_1", "LABEL_2"))


def build_tiny_mpnet(path: Path, *, seed: int = 0) -> Path:
    """Save a tiny random two-layer MPNet encoder with the fixture vocab to ``path`` (offline).

    MPNet (all-mpnet-base-v2's architecture) adds a relative position bias that its encoder
    computes once and hands to every layer: code that runs some of its layers by hand must do the same.
    """
    import torch
    from transformers import MPNetConfig, MPNetModel

    torch.manual_seed(seed)
    path.mkdir(parents=True, exist_ok=True)
    tokenizer = _fixture_tokenizer()
    config = MPNetConfig(vocab_size=tokenizer.vocab_size, hidden_size=16, num_hidden_layers=2, num_attention_heads=2,
                         intermediate_size=32, max_position_embeddings=130, pad_token_id=tokenizer.pad_token_id)
    model = MPNetModel(config).eval()
    with torch.no_grad():  # a random bias far from zero, so that leaving it out shows
        model.encoder.relative_attention_bias.weight.normal_(0.0, 2.0)
    model.save_pretrained(path, safe_serialization=True)
    tokenizer.save_pretrained(path)
    return path


@pytest.fixture(scope="session")
def tiny_mpnet_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random two-layer MPNet encoder, built once per session."""
    return build_tiny_mpnet(tmp_path_factory.mktemp("tiny_mpnet"))


@pytest.fixture()
def fixed_backend() -> FixedBackend:
    """A fresh ``fixed`` backend instance (records the texts it was called with in ``.calls``)."""
    return FixedBackend()
