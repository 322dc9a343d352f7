"""Scoring (CODEBOOK section 6): hand-computed metrics, the reference scorer's rules, extras."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from stance.errors import DataError
from stance.evaluate import (
    evaluate,
    evaluate_files,
    format_json,
    format_markdown,
    format_table,
    load_records,
    match_spans,
    normalize_speaker,
    render,
    speaker_equal,
    time_split,
    token_f1,
)

TEXT = "0123456789" * 10

# The reference scorer lives beside the project in a developer checkout; a user's clone has none.
REFERENCE_SCORER = Path(
    os.environ.get("STANCE_REFERENCE_SCORER", Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py")
)
SCORE_KEYS = {
    "mode", "n_gold_articles", "n_pred_articles", "n_gold", "n_pred", "n_matched", "extraction", "speaker",
    "extraction_speaker", "stance", "stance_2way", "stance_score_auc", "sentiment", "warnings",
}  # fmt: skip


def gold_st(start: int, end: int, speaker: str, stance: str | None, sentiment: str | None) -> dict[str, Any]:
    return {"start": start, "end": end, "text": TEXT[start:end], "speaker": speaker, "side": "iran",
            "mode": "direct", "stance": stance, "sentiment": sentiment}  # fmt: skip


def pred_st(start: int, end: int, speaker: str | None, stance: str | None, sentiment: str | None,
            score: float | None = None) -> dict[str, Any]:  # fmt: skip
    d: dict[str, Any] = {"start": start, "end": end, "speaker": speaker, "stance": stance, "sentiment": sentiment}
    if score is not None:
        d["stance_score"] = score
    return d


@pytest.fixture
def hand_case() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Three gold statements, three predictions; the expected numbers are worked out by hand.

    - p1 [5, 20) matches g1 [0, 20) (overlap 15 >= half of 15); speaker right after titles.
    - p2 [45, 70) overlaps g2 [30, 50) by 5 < 10 (no match) and g3 [60, 80) by 10 >= 10 (match);
      speaker "Obama" is right only leniently; stance wrong; sentiment right.
    - p3 [85, 95) matches nothing.
    """
    gold = [{"id": "a", "text": TEXT, "statements": [
        gold_st(0, 20, "Ali Khamenei", "hardline", "negative"),
        gold_st(30, 50, "Hassan Rouhani", "conciliatory", "positive"),
        gold_st(60, 80, "Barack Obama", "conciliatory", "neutral"),
    ]}]  # fmt: skip
    pred = [{"id": "a", "statements": [
        pred_st(5, 20, "Ayatollah Ali Khamenei", "hardline", "negative", -0.8),
        pred_st(45, 70, "Obama", "hardline", "neutral", -0.2),
        pred_st(85, 95, "Someone", "neutral", "neutral", 0.0),
    ]}]  # fmt: skip
    return gold, pred


def test_hand_computed_metrics(hand_case: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
    gold, pred = hand_case
    res = evaluate(gold, pred, bootstrap=0)
    assert res["mode"] == "span-match"
    assert (res["n_gold"], res["n_pred"], res["n_matched"]) == (3, 3, 2)
    assert res["extraction"] == pytest.approx({"precision": 2 / 3, "recall": 2 / 3, "f1": 2 / 3})
    sp = res["speaker"]
    assert (sp["n"], sp["given"], sp["correct"]) == (2, 2, 1)
    assert sp["accuracy"] == pytest.approx(0.5)
    assert sp["lenient_accuracy"] == pytest.approx(1.0)
    assert res["extraction_speaker"] == pytest.approx({"precision": 1 / 3, "recall": 1 / 3, "f1": 1 / 3})
    # stance on matched: gold [hardline, conciliatory], pred [hardline, hardline]
    # hardline F1 = 2*1/(2*1+1+0) = 2/3, conciliatory F1 = 0, neutral absent from both -> macro 1/3
    assert res["stance"]["macro_f1"] == pytest.approx(1 / 3)
    assert res["stance"]["accuracy"] == pytest.approx(0.5)
    assert res["stance"]["per_label"]["hardline"]["f1"] == pytest.approx(2 / 3)
    assert res["stance"]["per_label"]["neutral"]["support"] == 0
    assert res["stance_2way"]["macro_f1"] == pytest.approx(1 / 3)
    # one conciliatory (-0.2) above one hardline (-0.8): AUC 1
    assert res["stance_score_auc"] == {"n": 2, "auc": 1.0}
    # sentiment all right; "positive" occurs in neither gold nor pred of the matched pairs
    assert res["sentiment"]["macro_f1"] == pytest.approx(1.0)
    assert res["confusion"]["stance"]["matrix"] == [[0, 1, 0, 0], [0, 1, 0, 0], [0, 0, 0, 0]]
    assert res["confusion"]["stance"]["pred_labels"][-1] == "<missing>"


def test_errors_listed_worst_first(hand_case: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
    gold, pred = hand_case
    errs = evaluate(gold, pred, bootstrap=0)["errors"]
    kinds = [e["kind"] for e in errs]
    assert kinds == ["stance", "speaker", "missed", "spurious"]
    first = errs[0]
    assert (first["article_id"], first["gold"], first["pred"], first["text"]) == ("a", "conciliatory", "hardline",
                                                                                 TEXT[60:80])  # fmt: skip
    assert first["confidence"] == pytest.approx(0.2)  # |stance_score| when no probabilities are given
    assert errs[2]["start"] == 30 and errs[3]["start"] == 85


def test_confidence_from_probabilities_orders_errors() -> None:
    gold = [{"id": "a", "text": TEXT, "statements": [gold_st(0, 10, "X", "hardline", None),
                                                      gold_st(20, 30, "X", "hardline", None)]}]  # fmt: skip
    probs_low = {"conciliatory": 0.5, "hardline": 0.3, "neutral": 0.2}
    probs_high = {"conciliatory": 0.95, "hardline": 0.03, "neutral": 0.02}
    pred = [{"id": "a", "statements": [
        {**pred_st(0, 10, "X", "conciliatory", None), "stance_probs": probs_low},
        {**pred_st(20, 30, "X", "conciliatory", None), "stance_probs": probs_high},
    ]}]  # fmt: skip
    errs = evaluate(gold, pred, bootstrap=0)["errors"]
    assert [e["start"] for e in errs] == [20, 0]
    assert errs[0]["confidence"] == pytest.approx(0.95)


def test_missing_label_counts_wrong_and_na_groups() -> None:
    gold = [{"id": "a", "text": TEXT, "statements": [gold_st(0, 10, "X", "hardline", "negative"),
                                                      gold_st(20, 30, "X", "conciliatory", "positive")]}]  # fmt: skip
    pred = [{"id": "a", "statements": [pred_st(0, 10, None, "hardline", None), pred_st(20, 30, None, None, None)]}]
    res = evaluate(gold, pred, bootstrap=0)
    # hardline F1 = 1, conciliatory F1 = 0 (never predicted) -> 0.5
    assert res["stance"]["macro_f1"] == pytest.approx(0.5)
    assert res["stance"]["labelled"] == 1
    assert res["sentiment"]["macro_f1"] is None and res["sentiment"]["accuracy"] is None
    assert res["speaker"]["accuracy"] is None and res["extraction_speaker"] is None
    assert res["confusion"]["stance"]["matrix"][0] == [0, 0, 0, 1]
    table = format_table(res)
    assert "n/a" in table


def test_gold_spans_mode_and_missing_article() -> None:
    gold = [
        {"id": "a", "text": TEXT, "statements": [gold_st(0, 10, "X", "hardline", "negative")]},
        {"id": "b", "text": TEXT, "statements": [gold_st(0, 10, "Y", "conciliatory", "positive")]},
    ]
    pred = [{"id": "a", "statements": [{"stance": "hardline", "sentiment": "negative"}]}]
    res = evaluate(gold, pred, gold_spans=True, bootstrap=0)
    assert res["mode"] == "gold-spans" and res["extraction"] is None
    assert res["n_matched"] == 2
    assert res["stance"]["accuracy"] == pytest.approx(0.5)
    assert res["warnings"] == ["1 GOLD article(s) missing from PRED: b"]


@pytest.mark.parametrize(
    ("pred", "message"),
    [
        ([{"id": "a", "statements": [{"start": 0, "end": 10}, {"start": 0, "end": 10}]}],
         "--gold-spans needs exactly the 1 gold statements in order, got 2"),
        ([{"id": "a", "statements": [{"start": 2, "end": 10}]}], "differs from gold [0,10)"),
    ],
)  # fmt: skip
def test_gold_spans_refuses_other_statements(pred: list[dict[str, Any]], message: str) -> None:
    gold = [{"id": "a", "text": TEXT, "statements": [gold_st(0, 10, "X", "hardline", "negative")]}]
    with pytest.raises(DataError, match=re.escape(message)):
        evaluate(gold, pred, gold_spans=True, bootstrap=0)


@pytest.mark.parametrize(
    ("gold", "pred", "message"),
    [
        ([{"id": "a", "text": TEXT, "statements": [{"start": 5, "end": 5}]}], [{"id": "a", "statements": []}],
         "GOLD article 'a', statement 0: bad span start=5 end=5 (article length 100)"),
        ([{"id": "a", "text": TEXT, "statements": []}], [{"id": "a", "statements": [{"start": 0, "end": 101}]}],
         "PRED article 'a', statement 0: span end 101 is past the end of the gold article text (100 chars)"),
        ([{"id": "a", "text": TEXT, "statements": []}],
         [{"id": "a", "statements": [{"start": 0, "end": 5, "stance": "positive"}]}],
         "PRED article 'a', statement 0: stance 'positive' is not one of conciliatory, hardline, neutral"),
        ([{"id": "a", "text": TEXT, "statements": []}], [{"id": "zz", "statements": []}],
         "no PRED article id matches a GOLD id (first PRED id: 'zz')"),
        ([{"id": "a", "text": TEXT, "statements": []}, {"id": "a", "text": TEXT, "statements": []}], [],
         "GOLD: duplicate article id 'a'"),
        ([{"id": "a", "text": TEXT, "statements": []}],
         [{"id": "a", "statements": [{"start": 0, "end": 5, "stance_score": 1.5}]}],
         "stance_score 1.5 is not a number in [-1, 1]"),
    ],
)  # fmt: skip
def test_bad_input_raises(gold: list[dict[str, Any]], pred: list[dict[str, Any]], message: str) -> None:
    with pytest.raises(DataError, match=re.escape(message)):
        evaluate(gold, pred, bootstrap=0)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Iranian Supreme Leader Ayatollah Ali Khamenei", "ali khamenei"),
        ("Mr. Khamenei", "khamenei"),
        ("the State Department", "state department"),
        ("Iranian officials", "iranian officials"),
        ("U.S. Secretary of State John Kerry", "john kerry"),
        ("President", "president"),
        ("Amir-Abdollahian", "amir abdollahian"),
        ("Iran\u2019s foreign ministry", "iran's foreign ministry"),
        ("Khamanei", "khamanei"),
        ("", None),
        (None, None),
    ],
)
def test_normalize_speaker(name: str | None, expected: str | None) -> None:
    assert normalize_speaker(name) == expected


def test_speaker_equal_strict_and_lenient() -> None:
    assert speaker_equal("Ali Khamenei", "Supreme Leader Ali Khamenei")
    assert not speaker_equal("Barack Obama", "Obama")
    assert speaker_equal("Barack Obama", "President Obama", lenient=True)
    assert not speaker_equal("Barack Obama", None, lenient=True)
    with pytest.raises(DataError, match="speaker must be a string, got int: 3"):
        normalize_speaker(3)  # type: ignore[arg-type]


def test_match_spans_greedy_largest_overlap_then_token_f1() -> None:
    text = "alpha beta gamma delta epsilon zeta"
    # both predictions overlap gold 0 equally (5 chars); the one with the better token F1 wins
    assert match_spans([(0, 10)], [(0, 5), (5, 10)], text) == [(0, 0)]
    assert match_spans([(0, 10)], [(0, 4), (0, 10)]) == [(0, 1)]
    assert match_spans([(0, 10), (20, 30)], [(8, 22)]) == []  # 2 chars each: less than half of 10
    assert token_f1("we will talk", "We will not talk") == pytest.approx(2 * 1 * 0.75 / 1.75)


def test_bootstrap_intervals_cover_point_and_are_reproducible(fixture_articles: list[dict[str, Any]]) -> None:
    pred = _perturbed(fixture_articles, seed=1)
    a = evaluate(fixture_articles, pred, bootstrap=300, seed=5)
    b = evaluate(fixture_articles, pred, bootstrap=300, seed=5)
    assert a["bootstrap"] == b["bootstrap"]
    iv = a["bootstrap"]["intervals"]
    for key in ("extraction.f1", "stance.macro_f1", "stance_2way.macro_f1", "sentiment.macro_f1", "speaker.accuracy",
                "extraction_speaker.f1"):
        group, metric = key.split(".")
        lo, hi = iv[key]
        assert 0.0 <= lo <= a[group][metric] <= hi <= 1.0, key
    assert a["bootstrap"]["unit"] == "article"
    assert evaluate(fixture_articles, pred, bootstrap=0)["bootstrap"] is None


def test_formatters(hand_case: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
    gold, pred = hand_case
    res = evaluate(gold, pred, bootstrap=50)
    data = json.loads(format_json(res))
    assert SCORE_KEYS <= set(data)
    md = format_markdown(res)
    assert "| stance 2-way macro-F1 | 0.333 |" in md
    assert "### stance confusion" in md and "### Worst errors" in md
    table = render(res, "table")
    assert "stance 3-way macro-F1" in table and "0.667" in table
    with pytest.raises(ValueError, match=re.escape("format 'xml' is not one of ['json', 'markdown', 'table']")):
        render(res, "xml")  # type: ignore[arg-type]


def test_load_records_reports_file_and_line(tmp_path: Path) -> None:
    p = tmp_path / "bad.jsonl"
    p.write_text('{"id": "a", "statements": []}\n{"id": \n', encoding="utf-8")
    with pytest.raises(DataError, match=re.escape(f"{p}:2: invalid JSON")):
        load_records(p)
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "x", "text": "t", "statements": []}, indent=1), encoding="utf-8")
    assert load_records(one) == [{"id": "x", "text": "t", "statements": []}]


def test_seed_gold_against_itself_is_perfect(seed_gold: dict[str, Any]) -> None:
    res = evaluate([seed_gold], [seed_gold], bootstrap=0)
    assert res["n_gold"] == 15 and res["n_matched"] == 15
    for key in ("stance", "stance_2way", "sentiment"):
        assert res[key]["macro_f1"] == pytest.approx(1.0)
    assert res["speaker"]["accuracy"] == pytest.approx(1.0)
    assert res["errors"] == []


# --------------------------------------------------------------------------- agreement with score.py
def _perturbed(gold: list[dict[str, Any]], seed: int, *, gold_spans: bool = False) -> list[dict[str, Any]]:
    """A plausible prediction: shifted spans, dropped and extra statements, wrong labels and names."""
    rng = random.Random(seed)
    out = []
    for art in gold:
        n = len(art["text"])
        sts = []
        for st in art["statements"]:
            s = {k: st.get(k) for k in ("start", "end", "speaker", "stance", "sentiment")}
            if not gold_spans:
                if rng.random() < 0.1:
                    continue
                if rng.random() < 0.4:
                    s["start"] = max(0, s["start"] + rng.randint(-12, 12))
                    s["end"] = min(n, max(s["start"] + 1, s["end"] + rng.randint(-12, 12)))
            if rng.random() < 0.35:
                s["stance"] = rng.choice(["conciliatory", "hardline", "neutral", None])
            if rng.random() < 0.3:
                s["sentiment"] = rng.choice(["positive", "negative", "neutral"])
            if rng.random() < 0.3:
                s["speaker"] = rng.choice(["Mr. " + str(s["speaker"]).split()[-1], "Somebody", None])
            s["stance_score"] = round(rng.uniform(-1, 1), 3)
            sts.append(s)
        if not gold_spans and rng.random() < 0.5:
            sts.append({"start": 0, "end": min(n, 25), "speaker": "X", "stance": "neutral"})
        out.append({"id": art["id"], "statements": sts})
    return out


def _flatten(d: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(d, dict):
        out: dict[str, Any] = {}
        for k, v in d.items():
            out.update(_flatten(v, f"{prefix}{k}."))
        return out
    return {prefix[:-1]: d}


@pytest.mark.skipif(not REFERENCE_SCORER.is_file(),
                    reason=f"reference scorer not found at {REFERENCE_SCORER} (developer checkouts only; "
                           "set STANCE_REFERENCE_SCORER to its path)")  # fmt: skip
@pytest.mark.parametrize(("seed", "gold_spans"), [(0, False), (1, False), (2, True)])
def test_agrees_with_reference_scorer(
    tmp_path: Path, fixture_articles: list[dict[str, Any]], seed_gold: dict[str, Any], seed: int, gold_spans: bool
) -> None:
    gold = [*fixture_articles, seed_gold]
    pred = _perturbed(gold, seed, gold_spans=gold_spans)
    g, p = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    g.write_text("".join(json.dumps(r) + "\n" for r in gold), encoding="utf-8")
    p.write_text("".join(json.dumps(r) + "\n" for r in pred), encoding="utf-8")
    args = [sys.executable, str(REFERENCE_SCORER), str(g), str(p), "--json"] + (["--gold-spans"] if gold_spans else [])
    ref = json.loads(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
    mine = evaluate_files(g, p, gold_spans=gold_spans, bootstrap=0)
    flat_ref, flat_mine = _flatten(ref), _flatten(mine)
    assert set(flat_ref) <= set(flat_mine)
    for key, value in flat_ref.items():
        if isinstance(value, float):
            assert flat_mine[key] == pytest.approx(value, abs=1e-9), key
        else:
            assert flat_mine[key] == value, key


# --------------------------------------------------------------------------- time split
def test_time_split_trains_on_earlier_and_tests_on_later(fixture_articles: list[dict[str, Any]], tmp_path: Path) -> None:
    from stance.config import StanceConfig
    from stance.records import Article

    seen: dict[str, list[str]] = {}

    def fake_train(cfg: StanceConfig, train: list[Article], validation: list[Article]) -> Path:
        seen["train"] = [str(a.date) for a in train]
        seen["validation"] = [str(a.date) for a in validation]
        return tmp_path / "ckpt"

    def fake_predict(cfg: StanceConfig, checkpoint: Path, articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
        assert checkpoint == tmp_path / "ckpt"
        return [{"id": a["id"], "statements": [{"stance": "hardline", "sentiment": "negative"}
                                               for _ in a["statements"]]} for a in articles]  # fmt: skip

    undated = {"id": "undated", "text": "x", "statements": []}
    res = time_split([*fixture_articles, undated], StanceConfig(), 0.75, train=fake_train, predict=fake_predict,
                     bootstrap=0)  # fmt: skip
    dates = seen["train"] + seen["validation"]
    assert dates == sorted(dates)
    assert res.undated_ids == ("undated",)
    test_dates = [a["date"] for a in fixture_articles if a["id"] in res.test_ids]
    assert min(test_dates) >= res.cutoff >= max(dates)
    assert len(res.train_ids) + len(res.validation_ids) == round(0.75 * len(fixture_articles))
    assert res.metrics["mode"] == "gold-spans"
    assert res.metrics["stance"]["macro_f1"] is not None
    with pytest.raises(ValueError, match=re.escape("fraction must be in (0, 1), got 1.0")):
        time_split(fixture_articles, StanceConfig(), 1.0, train=fake_train, predict=fake_predict)


# --------------------------------------------------------------------------- fixtures themselves
def test_fixture_articles_follow_the_codebook(fixture_articles: list[dict[str, Any]], fixture_dataset: Any) -> None:
    from stance.records import Article

    assert len(fixture_articles) >= 12
    n = 0
    for rec in fixture_articles:
        art = Article.from_dict(rec)  # checks text == article.text[start:end]
        n += len(art.statements)
        for st in art.statements:
            assert st.speaker and st.side and st.stance and st.sentiment
    assert fixture_dataset.num_rows == n
    assert set(fixture_dataset.column_names) == {"article_id", "text", "speaker", "side", "stance", "sentiment"}
    ids = {r["id"] for r in fixture_articles}
    assert {"fixture-narration", "fixture-split-quote", "fixture-pronoun-speaker"} <= ids


def test_cli_evaluate(tmp_path: Path, hand_case: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
    from typer.testing import CliRunner

    from stance.cli import app

    gold, pred = hand_case
    g, p = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    g.write_text("".join(json.dumps(r) + "\n" for r in gold), encoding="utf-8")
    p.write_text("".join(json.dumps(r) + "\n" for r in pred), encoding="utf-8")
    out = tmp_path / "res.json"
    res = CliRunner().invoke(app, ["evaluate", str(g), str(p), "--format", "json", "--out", str(out), "--bootstrap", "20"])
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["stance"]["macro_f1"] == pytest.approx(1 / 3) and SCORE_KEYS <= set(data)
    md = CliRunner().invoke(app, ["evaluate", str(g), str(p), "--format", "markdown", "--bootstrap", "0"])
    assert "| extraction F1 | 0.667 |" in md.stdout
    bad = CliRunner().invoke(app, ["evaluate", str(g), str(tmp_path / "missing.jsonl")])
    assert bad.exit_code == 2


def test_temperature_scaling_calibrates_overconfident_probabilities() -> None:
    from stance.evaluate import calibration_metrics, fit_temperature, temper

    rng = np.random.RandomState(0)
    n = 3000
    gold = rng.randint(0, 3, n)
    # right 60% of the time, always 0.94 sure: overconfident
    pred = np.where(rng.rand(n) < 0.6, gold, (gold + 1 + rng.randint(0, 2, n)) % 3)
    probs = np.full((n, 3), 0.03)
    probs[np.arange(n), pred] = 0.94
    t = fit_temperature(probs, gold)
    assert t > 1.5
    before, after = calibration_metrics(probs, gold), calibration_metrics(temper(probs, t), gold)
    assert before["ece"] > 0.3 and after["ece"] < 0.02
    assert after["nll"] < before["nll"] and after["brier"] < before["brier"]
    assert after["accuracy"] == before["accuracy"] == pytest.approx(0.6, abs=0.03)  # the labels stay
    assert (temper(probs, t).argmax(1) == pred).all()
    # underconfident probabilities are sharpened (T < 1), and a calibrated model keeps T near 1
    soft = temper(probs, 6.0)
    assert fit_temperature(soft, gold) < 1.0
    honest = np.full((n, 3), 0.2)
    honest[np.arange(n), pred] = 0.6
    assert fit_temperature(honest, gold) == pytest.approx(1.0, abs=0.15)
    assert fit_temperature(np.zeros((0, 3)), []) == 1.0
    with pytest.raises(ValueError, match="3 rows of probabilities, 2 gold labels"):
        fit_temperature(probs[:3], [0, 1])


def test_evaluate_reports_calibration_of_the_predicted_probabilities() -> None:
    # predictions with *_probs get NLL, Brier and ECE on the matched statements; ones without get None
    from stance.evaluate import calibration_metrics

    gold = [{"id": "a", "text": TEXT, "statements": [
        gold_st(0, 10, "X", "conciliatory", "positive"), gold_st(20, 30, "X", "hardline", "negative"),
        gold_st(40, 50, "X", "neutral", "neutral")]}]  # fmt: skip
    rows = [((0.7, 0.2, 0.1), (0.6, 0.1, 0.3)), ((0.5, 0.1, 0.4), (0.1, 0.8, 0.1)), ((0.2, 0.3, 0.5), (0.3, 0.3, 0.4))]
    sts = []
    for (start, end), (st_p, se_p) in zip(((0, 10), (20, 30), (40, 50)), rows, strict=True):
        d = pred_st(start, end, "X", ["conciliatory", "neutral", "hardline"][int(np.argmax(st_p))],
                    ["positive", "negative", "neutral"][int(np.argmax(se_p))])
        d["stance_probs"] = dict(zip(("conciliatory", "neutral", "hardline"), st_p, strict=True))
        d["sentiment_probs"] = dict(zip(("positive", "negative", "neutral"), se_p, strict=True))
        sts.append(d)
    res = evaluate(gold, [{"id": "a", "statements": sts}], bootstrap=0)
    from stance.records import SENTIMENT_LABELS, STANCE_LABELS

    want = calibration_metrics(
        np.array([[dict(zip(("conciliatory", "neutral", "hardline"), p, strict=True))[lab] for lab in STANCE_LABELS]
                  for p, _ in rows]),
        [STANCE_LABELS.index(lab) for lab in ("conciliatory", "hardline", "neutral")],
    )
    assert res["calibration"]["stance"] == pytest.approx(want)
    assert res["calibration"]["stance"]["accuracy"] == pytest.approx(1 / 3)  # the hardline statement was called conciliatory
    assert res["calibration"]["sentiment"]["n"] == 3 and len(SENTIMENT_LABELS) == 3
    assert "stance calibration error (ECE)" in format_table(res)
    bare = evaluate(gold, [{"id": "a", "statements": [pred_st(0, 10, "X", "conciliatory", "positive")]}], bootstrap=0)
    assert bare["calibration"] == {"stance": None, "sentiment": None}
    assert "calibration" not in format_table(bare)
