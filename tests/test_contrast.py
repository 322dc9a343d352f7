"""Minimal pairs: does the shipped default follow negation and antonyms, or only the topic words?

``tests/fixtures/contrast_pairs.jsonl`` holds 40 pairs we wrote, each the same speaker saying two
sentences that differ by a negation, an antonym or a scope word ("We will negotiate ..." / "We
will never negotiate ..."), one conciliatory and one hardline by the codebook. None of them is in
any training data; ``stance/data/minimal_pairs.jsonl`` (80 training pairs, not in the default
recipe: see docs/classify.md) uses other sentences. A bag of topic words scores both members of a
pair alike, so these numbers fall when the head stops reading polarity.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from stance.classify import build_classifier
from stance.config import load_config
from stance.records import Statement

FIXTURE = Path(__file__).parent / "fixtures" / "contrast_pairs.jsonl"

# measured with the shipped default head (scripts/build_default.py, configs/default_head.yaml):
# direction = the conciliatory member has the higher stance score; labels = each member's
# predicted stance equals its label (80 statements). 0.825 / 0.700 since the head keeps a memory of its
# training statements (finetune.memory; one pair fewer ordered right: both members of a pair are near the
# same stored statements, whose vote they share); 0.850 / 0.700 without it, the same in fp32 and bf16, since the
# head carries its calibration temperatures (stance_score is P(conciliatory) - P(hardline) after them; the
# same head uncalibrated: 0.825 / 0.700; the head trained at lr 2e-4 before it: 0.800 / 0.738). The
# two-layer head trained on 540 of our statements (shipped before the 66 added ones) gave 0.850 / 0.725;
# the one-layer head before it 0.850 / 0.650 (fp32) and 0.825 / 0.650 (bf16); a head trained with
# the minimal pairs as well 0.925 / 0.713.
MEASURED = {"direction": 0.825, "labels": 0.700}
MARGIN = 0.05


def _rows() -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def scored() -> dict[str, float]:
    rows = _rows()
    statements = [
        Statement(text=r[key], start=0, end=len(r[key]), speaker=r["speaker"], side=r["side"])
        for r in rows
        for key in ("conciliatory", "hardline")
    ]
    preds = build_classifier(load_config(None).classify).classify(statements)
    conc, hard = preds[0::2], preds[1::2]
    return {
        "direction": sum(c.stance_score > h.stance_score for c, h in zip(conc, hard, strict=True)) / len(rows),
        "labels": (sum(c.stance == "conciliatory" for c in conc) + sum(h.stance == "hardline" for h in hard))
        / (2 * len(rows)),
    }


def test_fixture_pairs_are_minimal() -> None:
    rows = _rows()
    assert len(rows) >= 40
    for r in rows:
        a, b = (set(re.findall(r"[\w']+", r[key].lower())) for key in ("conciliatory", "hardline"))
        # the two members share most of their words: what differs is polarity, not topic
        assert len(a & b) >= 0.5 * min(len(a), len(b)), r


@pytest.mark.parametrize("metric", sorted(MEASURED))
def test_default_reads_polarity(scored: dict[str, float], metric: str) -> None:
    assert scored[metric] >= MEASURED[metric] - MARGIN, f"{metric} {scored[metric]:.3f} < {MEASURED[metric]} - {MARGIN}"
