"""The shared data model: invariants and exact JSON round-trips."""

from __future__ import annotations

import json

import pytest

from stance.records import Article, Mention, Prediction, Statement

TEXT = 'Ali Khamenei said: "We will have no negotiations with the US." He added more.'


def _stmt(**kw):
    start = TEXT.index("We will")
    end = TEXT.index('."') + 1
    kw = {"speaker": "Ali Khamenei", "side": "iran", **kw}
    return Statement.from_span(TEXT, start, end, **kw)


def test_statement_text_must_equal_its_span():
    with pytest.raises(ValueError, match="characters but its span"):
        Statement(text="abc", start=0, end=5)


@pytest.mark.parametrize("start,end", [(5, 5), (6, 2), (-1, 3)])
def test_statement_span_must_be_non_empty(start, end):
    with pytest.raises(ValueError, match="empty or negative"):
        Statement(text="x" * max(end - start, 0), start=start, end=end)


@pytest.mark.parametrize("field,value", [("mode", "quoted"), ("side", "iraq"), ("stance", "hawkish"),
                                         ("sentiment", "angry")])
def test_labels_are_checked(field, value):
    with pytest.raises(ValueError, match=field):
        _stmt(**{field: value})


def test_article_rejects_statement_not_in_text():
    st = Statement(text="We will", start=0, end=7)
    with pytest.raises(ValueError, match="does not equal the article text"):
        Article(id="a", text=TEXT, statements=(st,))


def test_prediction_labels_and_score():
    p = Prediction(stance_probs={"conciliatory": 0.1, "hardline": 0.7, "neutral": 0.2},
                   sentiment_probs={"positive": 0.2, "negative": 0.5, "neutral": 0.3})
    assert p.stance == "hardline"
    assert p.sentiment == "negative"
    assert p.stance_score == pytest.approx(-0.6)


def test_prediction_needs_every_label():
    with pytest.raises(ValueError, match="exactly the labels"):
        Prediction(stance_probs={"conciliatory": 1.0}, sentiment_probs={"positive": 1.0})


def test_article_round_trips_through_json():
    p = Prediction(stance_probs={"conciliatory": 0.25, "hardline": 0.5, "neutral": 0.25},
                   sentiment_probs={"positive": 0.125, "negative": 0.75, "neutral": 0.125})
    st = _stmt(mode="direct", cue="said", mention=Mention("Ali Khamenei", 0, 12), prediction=p)
    art = Article(id="x1", text=TEXT, source="test", date="2015-07-18", statements=(st,))
    d = json.loads(json.dumps(art.to_dict()))
    back = Article.from_dict(d)
    assert back.to_dict() == art.to_dict()
    assert back.statements[0].prediction == p
    assert d["statements"][0]["stance"] == "hardline"
    assert d["statements"][0]["stance_score"] == pytest.approx(-0.25)
