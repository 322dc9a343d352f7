"""Data fixtures (owned by the evaluation work).

- ``fixture_articles``: the hand-labelled articles in ``tests/fixtures/articles/*.jsonl`` (one
  codebook case per file: direct, indirect, mixed, split quote, pronoun speaker, alias,
  narration, headline, according-to, ...) as a list of record dicts, sorted by id.
- ``fixture_dataset``: their statements as a ``datasets.Dataset`` with columns ``article_id``,
  ``text``, ``speaker``, ``side``, ``stance``, ``sentiment``.
- ``seed_gold``: the seed article's gold record (a copy of ``shared/data/seed_gold.json``).
- ``sample_corpus``: the sample corpus shipped in ``samples/corpus/`` (records with gold labels).

Everything is read from inside the repository, never from the developer-only shared folder.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ARTICLES_DIR = FIXTURES / "articles"
SAMPLE_CORPUS = Path(__file__).resolve().parents[2] / "samples" / "corpus"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Records of one JSON Lines file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_fixture_articles() -> list[dict[str, Any]]:
    """All hand-labelled fixture articles, sorted by id."""
    records = [r for p in sorted(ARTICLES_DIR.glob("*.jsonl")) for r in read_jsonl(p)]
    return sorted(records, key=lambda r: r["id"])


def statements_table(records: list[dict[str, Any]]) -> dict[str, list[Any]]:
    """Column-wise statements of ``records`` (the ``fixture_dataset`` columns)."""
    cols: dict[str, list[Any]] = {k: [] for k in ("article_id", "text", "speaker", "side", "stance", "sentiment")}
    for rec in records:
        for st in rec.get("statements") or ():
            cols["article_id"].append(rec["id"])
            for k in ("text", "speaker", "side", "stance", "sentiment"):
                cols[k].append(st.get(k))
    return cols


@pytest.fixture(scope="session")
def _fixture_articles_cached() -> list[dict[str, Any]]:
    return load_fixture_articles()


@pytest.fixture
def fixture_articles(_fixture_articles_cached: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Hand-labelled fixture articles (a fresh deep copy per test, so tests may mutate it)."""
    return copy.deepcopy(_fixture_articles_cached)


@pytest.fixture(scope="session")
def fixture_dataset(_fixture_articles_cached: list[dict[str, Any]]) -> Any:
    """The fixture statements as a ``datasets.Dataset`` (read-only; ``Dataset`` ops return copies)."""
    datasets = pytest.importorskip("datasets")
    return datasets.Dataset.from_dict(statements_table(_fixture_articles_cached))


@pytest.fixture
def seed_gold() -> dict[str, Any]:
    """The seed article with its 15 gold statements."""
    return json.loads((FIXTURES / "seed_gold.json").read_text(encoding="utf-8"))


@pytest.fixture
def sample_corpus() -> list[dict[str, Any]]:
    """The sample corpus records (invented articles with gold labels)."""
    return [r for p in sorted(SAMPLE_CORPUS.glob("*.jsonl")) for r in read_jsonl(p)]
