"""The shared data model: what every stage takes in and gives back.

Labels and field names follow the codebook (section 5). Records are frozen, slotted
dataclasses that check their invariants on creation and round-trip through JSON exactly
(``to_dict`` / ``from_dict``).

Example (codebook section 3): Khamenei's "We will have no negotiations with the US" is a
``direct`` statement by ``Ali Khamenei`` (side ``iran``) that comes out ``hardline``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Literal, get_args

Stance = Literal["conciliatory", "hardline", "neutral"]
Sentiment = Literal["positive", "negative", "neutral"]
Side = Literal["iran", "us", "other"]
Mode = Literal["direct", "indirect", "mixed"]

STANCE_LABELS: tuple[str, ...] = get_args(Stance)
SENTIMENT_LABELS: tuple[str, ...] = get_args(Sentiment)
SIDES: tuple[str, ...] = get_args(Side)
MODES: tuple[str, ...] = get_args(Mode)

__all__ = [
    "MODES",
    "SENTIMENT_LABELS",
    "SIDES",
    "STANCE_LABELS",
    "Article",
    "Mention",
    "Mode",
    "Prediction",
    "Sentiment",
    "Side",
    "Stance",
    "Statement",
]


def _check_label(value: str | None, allowed: tuple[str, ...], name: str) -> None:
    if value is not None and value not in allowed:
        raise ValueError(f"{name} {value!r} is not one of {list(allowed)}")


@dataclass(frozen=True, slots=True)
class Mention:
    """Where an attribution names its speaker in the article (``Mr. Khamenei said``)."""

    text: str
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"mention span [{self.start}, {self.end}) is empty or negative")


@dataclass(frozen=True, slots=True)
class Prediction:
    """Label probabilities for one statement.

    ``stance_probs`` and ``sentiment_probs`` map every codebook label to a probability;
    the labels are the argmax and ``stance_score`` is ``P(conciliatory) - P(hardline)``.
    """

    stance_probs: dict[str, float]
    sentiment_probs: dict[str, float]

    def __post_init__(self) -> None:
        for name, probs, labels in (
            ("stance_probs", self.stance_probs, STANCE_LABELS),
            ("sentiment_probs", self.sentiment_probs, SENTIMENT_LABELS),
        ):
            if set(probs) != set(labels):
                raise ValueError(f"{name} must have exactly the labels {list(labels)}, got {sorted(probs)}")

    @property
    def stance(self) -> str:
        return max(STANCE_LABELS, key=lambda lab: self.stance_probs[lab])

    @property
    def sentiment(self) -> str:
        return max(SENTIMENT_LABELS, key=lambda lab: self.sentiment_probs[lab])

    @property
    def stance_score(self) -> float:
        score = self.stance_probs["conciliatory"] - self.stance_probs["hardline"]
        return max(-1.0, min(1.0, score))


@dataclass(frozen=True, slots=True)
class Statement:
    """One attributed statement: a span of the article text and who said it.

    ``speaker`` is the canonical name once the speakers stage has run; before that it may
    be ``None`` and ``mention`` holds the words that name the speaker. Gold records carry
    ``stance``/``sentiment``; classified records carry ``prediction``.
    """

    text: str
    start: int
    end: int
    mode: Mode = "direct"
    speaker: str | None = None
    side: Side | None = None
    mention: Mention | None = None
    cue: str | None = None
    stance: Stance | None = None
    sentiment: Sentiment | None = None
    prediction: Prediction | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"statement span [{self.start}, {self.end}) is empty or negative")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"statement text has {len(self.text)} characters but its span [{self.start}, {self.end}) "
                f"has {self.end - self.start}"
            )
        _check_label(self.mode, MODES, "mode")
        _check_label(self.side, SIDES, "side")
        _check_label(self.stance, STANCE_LABELS, "stance")
        _check_label(self.sentiment, SENTIMENT_LABELS, "sentiment")

    @classmethod
    def from_span(cls, article_text: str, start: int, end: int, **kwargs: Any) -> Statement:
        """Build a statement whose text is ``article_text[start:end]``."""
        return cls(text=article_text[start:end], start=start, end=end, **kwargs)

    def with_(self, **changes: Any) -> Statement:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "speaker": self.speaker,
            "side": self.side,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "mode": self.mode,
        }
        if self.prediction is not None:
            p = self.prediction
            d["stance"] = p.stance
            d["stance_score"] = round(p.stance_score, 6)
            d["sentiment"] = p.sentiment
            d["stance_probs"] = {k: round(p.stance_probs[k], 6) for k in STANCE_LABELS}
            d["sentiment_probs"] = {k: round(p.sentiment_probs[k], 6) for k in SENTIMENT_LABELS}
        else:
            if self.stance is not None:
                d["stance"] = self.stance
            if self.sentiment is not None:
                d["sentiment"] = self.sentiment
        if self.cue is not None:
            d["cue"] = self.cue
        if self.mention is not None:
            d["mention"] = {"text": self.mention.text, "start": self.mention.start, "end": self.mention.end}
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Statement:
        mention = d.get("mention")
        prediction = None
        if isinstance(d.get("stance_probs"), dict) and isinstance(d.get("sentiment_probs"), dict):
            prediction = Prediction(
                stance_probs={k: float(v) for k, v in d["stance_probs"].items()},
                sentiment_probs={k: float(v) for k, v in d["sentiment_probs"].items()},
            )
        return cls(
            text=d["text"],
            start=d["start"],
            end=d["end"],
            mode=d.get("mode") or "direct",
            speaker=d.get("speaker"),
            side=d.get("side"),
            mention=Mention(**mention) if isinstance(mention, dict) else None,
            cue=d.get("cue"),
            stance=None if prediction else d.get("stance"),
            sentiment=None if prediction else d.get("sentiment"),
            prediction=prediction,
        )


@dataclass(frozen=True, slots=True)
class Article:
    """One news article. ``text`` is verbatim: every offset points into it.

    ``skip`` lists character ranges that ingest found to be page furniture (subscription
    prompts, photo credits); extraction ignores them but the text itself is never changed,
    so offsets stay valid. ``origin`` names the file (and line) the article came from.
    """

    id: str
    text: str
    source: str | None = None
    date: str | None = None
    statements: tuple[Statement, ...] = ()
    skip: tuple[tuple[int, int], ...] = ()
    origin: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.id:
            raise ValueError("article id must be a non-empty string")
        for st in self.statements:
            if st.end > len(self.text):
                raise ValueError(f"statement span [{st.start}, {st.end}) is past the end of the text ({len(self.text)})")
            if self.text[st.start : st.end] != st.text:
                raise ValueError(f"statement text does not equal the article text at [{st.start}, {st.end})")

    def with_(self, **changes: Any) -> Article:
        return replace(self, **changes)

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "source": self.source, "date": self.date}
        if include_text:
            d["text"] = self.text
        d["statements"] = [s.to_dict() for s in self.statements]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any], *, origin: str | None = None) -> Article:
        return cls(
            id=str(d["id"]),
            text=d["text"],
            source=d.get("source"),
            date=d.get("date"),
            statements=tuple(Statement.from_dict(s) for s in d.get("statements") or ()),
            origin=origin,
        )
