"""Per-speaker, per-side and per-month summaries of classified statements."""

from __future__ import annotations

import re
from typing import Any

import pytest

from stance.aggregate import aggregate, mean_interval, month_of
from stance.records import Article, Prediction, Statement


def st(speaker: str | None, side: str | None, score: float | None, *, stance: str | None = None,
       sentiment: str | None = None, text: str = "words") -> dict[str, Any]:  # fmt: skip
    d: dict[str, Any] = {"speaker": speaker, "side": side, "text": text, "start": 0, "end": len(text),
                         "stance": stance, "sentiment": sentiment}  # fmt: skip
    if score is not None:
        d["stance_score"] = score
    return d


@pytest.fixture
def records() -> list[dict[str, Any]]:
    return [
        {"id": "a1", "date": "2015-07-18", "statements": [
            st("Ali Khamenei", "iran", -0.9, stance="hardline", sentiment="negative",
               text="We will have no negotiations with the US"),
            st("Hassan Rouhani", "iran", 0.8, stance="conciliatory", sentiment="positive",
               text="we can gradually eliminate distrust"),
        ]},
        {"id": "a2", "date": "2015-07-02", "statements": [
            st("Ali Khamenei", "iran", -0.5, stance="hardline", sentiment="negative", text="no talks"),
            st("Barack Obama", "us", 0.6, stance="conciliatory", sentiment="positive", text="seize it"),
        ]},
        {"id": "a3", "date": "2016-01", "statements": [
            st("Barack Obama", "us", 0.2, stance="neutral", sentiment="neutral", text="a good day"),
            st("Barack Obama", "us", 0.4, stance="conciliatory", sentiment="positive", text="diplomacy works"),
            st(None, None, 0.0, stance="neutral", sentiment="neutral", text="unattributed"),
            st("Nobody", "us", None),  # no score and no label: skipped
        ]},
        {"id": "a4", "date": None, "statements": [st("Hassan Rouhani", "iran", None, stance="hardline")]},
    ]  # fmt: skip


def test_speaker_summaries(records: list[dict[str, Any]]) -> None:
    agg = aggregate(records)
    by = {s.name: s for s in agg.speakers}
    assert [s.name for s in agg.speakers][:3] == ["Barack Obama", "Ali Khamenei", "Hassan Rouhani"]
    k = by["Ali Khamenei"]
    assert (k.n, k.n_articles, k.side) == (2, 2, "iran")
    assert k.mean_score == pytest.approx(-0.7)
    assert k.most_hardline is not None and k.most_hardline.article_id == "a1"
    assert k.most_hardline.text == "We will have no negotiations with the US"
    assert k.most_conciliatory is None  # nothing above 0
    assert k.stance_shares == {"conciliatory": 0.0, "hardline": 1.0, "neutral": 0.0}
    o = by["Barack Obama"]
    assert o.mean_score == pytest.approx(0.4)
    # t interval for [0.6, 0.2, 0.4]: sd 0.2, se 0.2/sqrt(3), t(0.975, 2) = 4.302653
    half = 4.302653 * 0.2 / 3**0.5
    assert (o.low, o.high) == (pytest.approx(0.4 - half, abs=1e-5), pytest.approx(0.4 + half, abs=1e-5))
    assert o.sentiment_shares["positive"] == pytest.approx(2 / 3)
    assert o.most_conciliatory is not None and o.most_conciliatory.text == "seize it"
    assert (o.first_date, o.last_date) == ("2015-07-02", "2016-01")
    r = by["Hassan Rouhani"]  # a label stands in for a missing score: hardline = -1
    assert r.mean_score == pytest.approx((0.8 - 1.0) / 2)
    assert by["(unattributed)"].side is None
    assert agg.n_statements == 8 and agg.n_skipped == 1 and agg.n_articles == 4


def test_side_summaries_and_single_statement_interval(records: list[dict[str, Any]]) -> None:
    agg = aggregate(records)
    assert [s.name for s in agg.sides] == ["iran", "us"]
    iran = agg.sides[0]
    assert iran.kind == "side" and iran.n == 4
    assert iran.mean_score == pytest.approx((-0.9 + 0.8 - 0.5 - 1.0) / 4)
    assert -1.0 <= iran.low <= iran.mean_score <= iran.high <= 1.0  # type: ignore[operator]
    single = aggregate([{"id": "x", "date": "2020-01-03", "statements": [st("A", "us", 0.3)]}])
    assert (single.speakers[0].low, single.speakers[0].high) == (None, None)


def test_timeline_month_buckets(records: list[dict[str, Any]]) -> None:
    agg = aggregate(records)
    iran = [(p.month, p.n, round(p.mean_score, 6)) for p in agg.timeline if p.kind == "side" and p.name == "iran"]
    assert iran == [("2015-07", 3, round((-0.9 + 0.8 - 0.5) / 3, 6))]
    us = [p.month for p in agg.timeline if p.kind == "side" and p.name == "us"]
    assert us == ["2015-07", "2016-01"]
    months = [p.month for p in agg.timeline if p.kind == "all"]
    assert months == sorted(months) == ["2015-07", "2016-01"]
    assert agg.undated_articles == ("a4",)


@pytest.mark.parametrize(
    ("date", "month"),
    [("2015-07-18", "2015-07"), ("2015-7-1", "2015-07"), ("2016-01", "2016-01"), ("2015", None), (None, None),
     ("July 2015", None), ("2015-13-01", None)],
)  # fmt: skip
def test_month_of(date: str | None, month: str | None) -> None:
    assert month_of(date) == month


def test_mean_interval_methods() -> None:
    mean, lo, hi = mean_interval([0.5, 0.6, 0.7, 0.8], method="bootstrap", seed=1)
    assert mean == pytest.approx(0.65) and 0.5 <= lo < mean < hi <= 0.8  # type: ignore[operator]
    assert mean_interval([-1.0, -1.0, 1.0], method="t")[1] == -1.0  # clipped
    with pytest.raises(ValueError, match=re.escape("method 'z' is not one of ['bootstrap', 't']")):
        mean_interval([0.1, 0.2], method="z")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="at least one value"):
        mean_interval([])


def test_accepts_article_records() -> None:
    text = '"We will have no negotiations with the US," Khamenei said.'
    pred = Prediction({"conciliatory": 0.1, "hardline": 0.8, "neutral": 0.1},
                      {"positive": 0.1, "negative": 0.8, "neutral": 0.1})  # fmt: skip
    statement = Statement.from_span(text, 1, 42, speaker="Ali Khamenei", side="iran", prediction=pred)
    agg = aggregate([Article(id="k", text=text, date="2015-07-18", statements=(statement,))])
    s = agg.speakers[0]
    assert s.mean_score == pytest.approx(-0.7)
    assert s.stance_shares["hardline"] == 1.0 and s.sentiment_shares["negative"] == 1.0


def test_fixture_articles_aggregate(fixture_articles: list[dict[str, Any]]) -> None:
    agg = aggregate(fixture_articles)
    names = {s.name for s in agg.speakers}
    assert {"Ali Khamenei", "Akbar Hashemi Rafsanjani", "Donald Trump"} <= names
    assert {s.name for s in agg.sides} == {"iran", "us", "other"}
    d = agg.to_dict()
    assert d["n_statements"] == sum(len(r["statements"]) for r in fixture_articles)
