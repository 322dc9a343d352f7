"""Quality of the shipped default on our own hand-labelled fixture statements (not slow: in CI).

``tests/fixtures/quality_statements.jsonl`` holds statements we wrote and labelled by the
codebook, none of them in the training data of the default head. The thresholds are what the
default measured when it was built (see the numbers below), minus a small margin, so a change
that makes the default worse fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sklearn.metrics import f1_score

from stance.classify import build_classifier
from stance.config import load_config
from stance.records import Statement

FIXTURE = Path(__file__).parent / "fixtures" / "quality_statements.jsonl"

# measured with the shipped default head (scripts/build_default.py, configs/default_head.yaml),
# 48 fixture statements: stance 2-way 0.916, 3-way 0.921, sentiment 0.908 (the same in fp32 and bf16;
# the head trained at lr 2e-4 before it: 0.944 / 0.939 / 0.937, while scoring lower on the dev articles)
MEASURED = {"stance_2way": 0.916, "stance_3way": 0.921, "sentiment": 0.908}
MARGIN = 0.05


@pytest.fixture(scope="module")
def predictions() -> tuple[list[dict], list]:  # type: ignore[type-arg]
    rows = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]
    statements = [
        Statement(text=r["text"], start=0, end=len(r["text"]), speaker=r["speaker"], side=r["side"]) for r in rows
    ]
    clf = build_classifier(load_config(None).classify)
    return rows, clf.classify(statements)


def _macro(gold: list[str], pred: list[str], labels: list[str]) -> float:
    present = set(gold) | set(pred)
    return float(f1_score(gold, pred, labels=[lab for lab in labels if lab in present], average="macro", zero_division=0))


def scores(rows: list[dict], preds: list) -> dict[str, float]:  # type: ignore[type-arg]
    gs = [r["stance"] for r in rows]
    ps = [p.stance for p in preds]
    two = [i for i, g in enumerate(gs) if g != "neutral"]
    return {
        # as the reference scorer: 2-way macro over conciliatory/hardline on polar gold statements
        "stance_2way": _macro([gs[i] for i in two], [ps[i] for i in two], ["conciliatory", "hardline"]),
        "stance_3way": _macro(gs, ps, ["conciliatory", "hardline", "neutral"]),
        "sentiment": _macro([r["sentiment"] for r in rows], [p.sentiment for p in preds], ["positive", "negative", "neutral"]),
    }


def test_fixture_is_balanced_enough() -> None:
    rows = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 40
    assert {r["stance"] for r in rows} == {"conciliatory", "hardline", "neutral"}
    assert {r["sentiment"] for r in rows} == {"positive", "negative", "neutral"}


@pytest.mark.parametrize("metric", ["stance_2way", "sentiment", "stance_3way"])
def test_default_quality(predictions, metric: str) -> None:  # type: ignore[no-untyped-def]
    rows, preds = predictions
    got = scores(rows, preds)[metric]
    assert got >= MEASURED[metric] - MARGIN, f"{metric} macro-F1 {got:.3f} < measured {MEASURED[metric]:.3f} - {MARGIN}"


def test_codebook_examples(predictions) -> None:  # type: ignore[no-untyped-def]
    clf = build_classifier(load_config(None).classify)
    p = clf.predict_texts(
        ["We will have no negotiations with the US.", "This deal offers an opportunity to move in a new direction. We should seize it."]
    )
    assert p[0].stance == "hardline"
    assert p[1].stance == "conciliatory"
