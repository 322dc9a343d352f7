"""Classified statements -> summaries per canonical speaker, per side, and per month.

``aggregate(records)`` reads article records whose statements carry a ``stance_score``
(``stance classify --format jsonl`` output) or, for gold files, a ``stance`` label (scored
+1 conciliatory, -1 hardline, 0 neutral), and returns an :class:`Aggregate`:

- one :class:`SpeakerSummary` per canonical speaker and one per side (``iran``, ``us``,
  ``other``): number of statements, mean stance score with a 95% interval, label and
  sentiment shares, the most conciliatory and the most hardline quote with their article;
- a timeline of :class:`TimelinePoint` per speaker and per side, bucketed by the month of
  the article's date.

Example: two statements by ``Ali Khamenei`` scored -0.9 ("We will have no negotiations
with the US") and -0.5 give a mean of -0.7 and ``most_hardline`` the first quote.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import numpy as np

from stance.records import SENTIMENT_LABELS, SIDES, STANCE_LABELS, Article

logger = logging.getLogger(__name__)

__all__ = ["Aggregate", "Quote", "SpeakerSummary", "TimelinePoint", "aggregate", "mean_interval", "month_of"]

Interval = Literal["t", "bootstrap"]
UNKNOWN_SPEAKER = "(unattributed)"
_LABEL_SCORE = {"conciliatory": 1.0, "hardline": -1.0, "neutral": 0.0}
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})(?:-\d{1,2})?")


@dataclass(frozen=True, slots=True)
class Quote:
    """One statement, with where it comes from."""

    article_id: str
    date: str | None
    speaker: str
    text: str
    stance_score: float
    stance: str | None
    sentiment: str | None


@dataclass(frozen=True, slots=True)
class SpeakerSummary:
    """What one canonical speaker (or, with ``kind="side"``, one whole side) said.

    ``mean_score`` is the mean ``stance_score`` in [-1, 1] (-1 hardline, +1 conciliatory);
    ``low``/``high`` its 95% interval, ``None`` for a single statement.
    """

    name: str
    kind: Literal["speaker", "side"]
    side: str | None
    n: int
    n_articles: int
    mean_score: float
    low: float | None
    high: float | None
    stance_shares: dict[str, float]
    sentiment_shares: dict[str, float]
    most_conciliatory: Quote | None
    most_hardline: Quote | None
    first_date: str | None
    last_date: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    """Mean stance of one speaker, one side, or everyone (``kind="all"``) in one month (``YYYY-MM``)."""

    kind: Literal["speaker", "side", "all"]
    name: str
    month: str
    n: int
    mean_score: float
    low: float | None
    high: float | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Aggregate:
    """All summaries of one results file."""

    speakers: tuple[SpeakerSummary, ...]
    """Most statements first."""
    sides: tuple[SpeakerSummary, ...]
    """In the codebook's order: iran, us, other (sides with statements only)."""
    timeline: tuple[TimelinePoint, ...]
    """Sorted by kind, name, month."""
    n_articles: int
    n_statements: int
    n_skipped: int
    """Statements with neither a ``stance_score`` nor a ``stance`` label."""
    undated_articles: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "n_articles": self.n_articles,
            "n_statements": self.n_statements,
            "n_skipped": self.n_skipped,
            "undated_articles": list(self.undated_articles),
            "sides": [s.to_dict() for s in self.sides],
            "speakers": [s.to_dict() for s in self.speakers],
            "timeline": [p.to_dict() for p in self.timeline],
        }


def month_of(date: str | None) -> str | None:
    """The ``YYYY-MM`` bucket of an article date, or ``None`` (no date, or year only).

    Examples:
        ``month_of("2015-07-18") == "2015-07"``; ``month_of("2015") is None``.
    """
    if not date:
        return None
    m = _MONTH.match(date.strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    return f"{m.group(1)}-{int(m.group(2)):02d}"


def mean_interval(
    values: Iterable[float], *, method: Interval = "t", n_resamples: int = 2000, seed: int = 13
) -> tuple[float, float | None, float | None]:
    """Mean of stance scores with a 95% interval, clipped to [-1, 1].

    Args:
        values: Stance scores.
        method: ``t`` (Student's t on the mean) or ``bootstrap`` (percentile, resampling
            statements).
        n_resamples: Bootstrap resamples.
        seed: Bootstrap seed.

    Returns:
        ``(mean, low, high)``; the interval is ``None`` for fewer than two values.

    Raises:
        ValueError: If ``values`` is empty or ``method`` is unknown.
    """
    x = np.asarray(list(values), dtype=float)
    if x.size == 0:
        raise ValueError("mean_interval needs at least one value")
    mean = float(x.mean())
    if x.size < 2:
        return mean, None, None
    if method == "t":
        from scipy import stats

        half = float(stats.t.ppf(0.975, x.size - 1) * x.std(ddof=1) / math.sqrt(x.size))
        lo, hi = mean - half, mean + half
    elif method == "bootstrap":
        rng = np.random.default_rng(seed)
        means = x[rng.integers(0, x.size, size=(n_resamples, x.size))].mean(axis=1)
        lo, hi = float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))
    else:
        raise ValueError(f"method {method!r} is not one of ['bootstrap', 't']")
    return mean, max(-1.0, lo), min(1.0, hi)


def _score(st: Mapping[str, Any]) -> float | None:
    s = st.get("stance_score")
    if isinstance(s, (int, float)) and not isinstance(s, bool) and math.isfinite(s):
        return max(-1.0, min(1.0, float(s)))
    return _LABEL_SCORE.get(st.get("stance") or "")


def _quotes(records: Iterable[Mapping[str, Any] | Article]) -> tuple[list[tuple[Quote, str | None]], int, int, list[str]]:
    """Flatten records into (quote, side) pairs; count articles and skipped statements."""
    out: list[tuple[Quote, str | None]] = []
    n_articles = skipped = 0
    undated: list[str] = []
    for rec in records:
        d = rec.to_dict(include_text=False) if isinstance(rec, Article) else rec
        n_articles += 1
        aid, date = str(d.get("id")), d.get("date")
        if month_of(date) is None:
            undated.append(aid)
        for st in d.get("statements") or ():
            score = _score(st)
            if score is None:
                skipped += 1
                continue
            speaker = (st.get("speaker") or "").strip() or UNKNOWN_SPEAKER
            side = st.get("side") if st.get("side") in SIDES else None
            out.append((
                Quote(aid, date, speaker, " ".join(str(st.get("text") or "").split()), score,
                      st.get("stance"), st.get("sentiment")),
                side,
            ))  # fmt: skip
    return out, n_articles, skipped, undated


def _shares(values: list[str | None], labels: tuple[str, ...]) -> dict[str, float]:
    n = len(values)
    return {lab: (sum(v == lab for v in values) / n if n else 0.0) for lab in labels}


def _summary(
    name: str, kind: Literal["speaker", "side"], quotes: list[tuple[Quote, str | None]], method: Interval, seed: int
) -> SpeakerSummary:
    qs = [q for q, _ in quotes]
    sides = [s for _, s in quotes if s is not None]
    side = max(sorted(set(sides)), key=sides.count) if sides else None
    mean, lo, hi = mean_interval([q.stance_score for q in qs], method=method, seed=seed)
    best = max(qs, key=lambda q: (q.stance_score, -len(q.text)))
    worst = min(qs, key=lambda q: (q.stance_score, len(q.text)))
    dates = sorted(q.date for q in qs if q.date)
    return SpeakerSummary(
        name=name,
        kind=kind,
        side=name if kind == "side" else side,
        n=len(qs),
        n_articles=len({q.article_id for q in qs}),
        mean_score=mean,
        low=lo,
        high=hi,
        stance_shares=_shares([q.stance for q in qs], STANCE_LABELS),
        sentiment_shares=_shares([q.sentiment for q in qs], SENTIMENT_LABELS),
        most_conciliatory=best if best.stance_score > 0 else None,
        most_hardline=worst if worst.stance_score < 0 else None,
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
    )


def aggregate(
    records: Iterable[Mapping[str, Any] | Article], *, interval: Interval = "t", seed: int = 13
) -> Aggregate:
    """Summarise classified statements per canonical speaker, per side and per month.

    Args:
        records: Article records (dicts as written by ``stance classify --format jsonl``, or
            :class:`~stance.records.Article`). A statement's score is its ``stance_score``,
            else its ``stance`` label as +1/-1/0; a statement with neither is skipped.
        interval: How the 95% intervals are computed: ``t`` or ``bootstrap``.
        seed: Bootstrap seed.

    Returns:
        The summaries. Statements without a speaker are grouped under ``(unattributed)``.
    """
    quotes, n_articles, skipped, undated = _quotes(records)
    if skipped:
        logger.warning("%d statement(s) have neither stance_score nor stance and are left out", skipped)
    by_speaker: dict[str, list[tuple[Quote, str | None]]] = {}
    by_side: dict[str, list[tuple[Quote, str | None]]] = {}
    for q, side in quotes:
        by_speaker.setdefault(q.speaker, []).append((q, side))
        if side is not None:
            by_side.setdefault(side, []).append((q, side))
    speakers = sorted(
        (_summary(name, "speaker", qs, interval, seed) for name, qs in by_speaker.items()),
        key=lambda s: (-s.n, s.name),
    )
    sides = [_summary(side, "side", by_side[side], interval, seed) for side in SIDES if side in by_side]

    timeline: list[TimelinePoint] = []
    everyone = {"all": quotes} if quotes else {}
    for kind, groups in (("all", everyone), ("side", by_side), ("speaker", by_speaker)):
        for name, qs in groups.items():
            months: dict[str, list[float]] = {}
            for q, _ in qs:
                m = month_of(q.date)
                if m is not None:
                    months.setdefault(m, []).append(q.stance_score)
            for m, scores in months.items():
                mean, lo, hi = mean_interval(scores, method=interval, seed=seed)
                timeline.append(TimelinePoint(kind, name, m, len(scores), mean, lo, hi))  # type: ignore[arg-type]
    timeline.sort(key=lambda p: (p.kind, p.name, p.month))
    return Aggregate(
        speakers=tuple(speakers),
        sides=tuple(sides),
        timeline=tuple(timeline),
        n_articles=n_articles,
        n_statements=len(quotes),
        n_skipped=skipped,
        undated_articles=tuple(undated),
    )
