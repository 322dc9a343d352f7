"""Scoring as in CODEBOOK section 6, with confusion matrices, bootstrap intervals and errors.

``evaluate(gold, pred)`` takes article records (codebook section 5) and returns one dict
whose keys are those of the reference scorer's ``--json`` output (``extraction``,
``speaker``, ``extraction_speaker``, ``stance``, ``stance_2way``, ``stance_score_auc``,
``sentiment``, ``warnings`` and the counts), plus ``confusion``, ``bootstrap`` and
``errors``. The numbers follow the reference scorer's rules exactly:

- a predicted statement matches a gold one when their spans overlap by at least half of
  the shorter span; matching is one-to-one and greedy, largest overlap first, ties broken
  by token F1 and then by position;
- speaker names are compared after removing case, punctuation and leading titles
  (``Iranian Supreme Leader Ayatollah Ali Khamenei`` -> ``ali khamenei``); a lenient
  variant compares last words only;
- macro-F1 averages over the codebook labels that occur in gold or prediction of the
  scored subset; a missing predicted label is always wrong; a metric group whose labels
  the prediction never gives is ``None`` (n/a).

Example: the seed's gold statement by ``Ali Khamenei`` ("We will have no negotiations with
the US ...", ``hardline``) predicted ``conciliatory`` counts against stance macro-F1 and is
listed in ``errors`` with its article id and the prediction's confidence.
"""

from __future__ import annotations

import io
import json
import logging
import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeGuard

import numpy as np

from stance.errors import DataError
from stance.records import SENTIMENT_LABELS, STANCE_LABELS, Article

if TYPE_CHECKING:
    from stance.config import StanceConfig

logger = logging.getLogger(__name__)

__all__ = [
    "TWO_WAY",
    "TimeSplitResult",
    "evaluate",
    "format_json",
    "format_markdown",
    "format_table",
    "load_records",
    "match_spans",
    "normalize_speaker",
    "render",
    "speaker_equal",
    "time_split",
    "token_f1",
]

TWO_WAY: tuple[str, ...] = ("conciliatory", "hardline")
MISSING = "<missing>"
"""Stands for an absent predicted label: never equal to a gold label."""

Format = Literal["table", "json", "markdown"]

# --------------------------------------------------------------------------- speaker names
_TITLES = (
    "the", "mr", "mrs", "ms", "miss", "dr", "prof", "professor",
    "president", "vice president", "former president", "former",
    "supreme leader", "grand ayatollah", "ayatollah", "ayatullah", "hojatoleslam", "hojjatoleslam", "hojatolislam",
    "hojjatolislam", "hujjatulislam", "imam", "sheikh",
    "prime minister", "foreign minister", "defense minister", "defence minister", "minister",
    "secretary of state", "secretary of defense", "defense secretary", "defence secretary",
    "secretary", "national security adviser", "national security advisor",
    "senator", "sen", "rep", "representative", "gen", "general",
    "major general", "brigadier general", "lieutenant general",
    "king", "crown prince", "prince", "ambassador",
)  # fmt: skip
"""Leading titles dropped before names are compared (only leading, never the last word)."""
_NATIONALITIES = frozenset(
    ("iranian", "iran's", "american", "us", "america's", "israeli", "israel's", "british", "european", "eu", "eu's")
)
"""Dropped only together with a following title: ``Iranian officials`` stays as it is."""
_TITLE_WORDS: tuple[tuple[str, ...], ...] = tuple(
    sorted((tuple(t.split()) for t in _TITLES), key=len, reverse=True)
)
_US_DOTTED = re.compile(r"\bu\.\s?s\.?(?=\W|$)")
_NOT_WORD = re.compile(r"[^\w\s']|_")
_TOKEN = re.compile(r"\w+", re.UNICODE)


def _title_length(words: list[str]) -> int:
    """How many leading words form a title, keeping at least one word after it."""
    for title in _TITLE_WORDS:
        n = len(title)
        if len(words) > n and tuple(words[:n]) == title:
            return n
    return 0


def normalize_speaker(name: str | None) -> str | None:
    """The comparison form of a speaker name, or ``None`` when there is none.

    Lower case, ``U.S.`` -> ``us``, punctuation to spaces, then leading titles (each
    optionally preceded by a nationality word) removed while more than one word remains.
    There is no alias table: ``Obama`` and ``Barack Obama`` differ (the lenient comparison
    accepts them).

    Args:
        name: A speaker name as written in a record.

    Returns:
        The normalised name, e.g. ``"ali khamenei"`` for
        ``"Iranian Supreme Leader Ayatollah Ali Khamenei"``.

    Raises:
        DataError: If ``name`` is not a string.
    """
    if name is None:
        return None
    if not isinstance(name, str):
        raise DataError(f"speaker must be a string, got {type(name).__name__}: {name!r}")
    s = unicodedata.normalize("NFKC", name).lower().replace("\u2019", "'").replace("\u2018", "'")
    s = _US_DOTTED.sub("us", s)
    words = _NOT_WORD.sub(" ", s).split()
    while len(words) > 1:
        n = _title_length(words)
        if n == 0 and words[0] in _NATIONALITIES:
            k = _title_length(words[1:])
            n = k + 1 if k else 0
        if n == 0:
            break
        words = words[n:]
    return " ".join(words) or None


def speaker_equal(gold: str | None, pred: str | None, *, lenient: bool = False) -> bool:
    """Whether two speaker names are the same after :func:`normalize_speaker`.

    Args:
        gold: The gold speaker.
        pred: The predicted speaker.
        lenient: Compare only the last word (``Khamenei`` equals ``Ali Khamenei``).

    Returns:
        ``False`` when either name is missing.
    """
    g, p = normalize_speaker(gold), normalize_speaker(pred)
    if g is None or p is None:
        return False
    if lenient:
        return g.split()[-1] == p.split()[-1]
    return g == p


# --------------------------------------------------------------------------- matching
def token_f1(a: str, b: str) -> float:
    """Bag-of-words F1 between two texts (case-insensitive ``\\w+`` tokens)."""
    ta, tb = _TOKEN.findall(a.lower()), _TOKEN.findall(b.lower())
    if not ta or not tb:
        return 0.0
    counts: dict[str, int] = {}
    for t in ta:
        counts[t] = counts.get(t, 0) + 1
    same = 0
    for t in tb:
        if counts.get(t, 0) > 0:
            counts[t] -= 1
            same += 1
    if same == 0:
        return 0.0
    precision, recall = same / len(tb), same / len(ta)
    return 2 * precision * recall / (precision + recall)


def match_spans(
    gold_spans: Sequence[tuple[int, int]], pred_spans: Sequence[tuple[int, int]], text: str = ""
) -> list[tuple[int, int]]:
    """Match predicted to gold spans one-to-one (CODEBOOK section 6).

    A pair is a candidate when the spans overlap by at least half of the shorter one.
    Candidates are taken greedily by overlap in characters, then token F1, then position.

    Args:
        gold_spans: ``(start, end)`` of the gold statements.
        pred_spans: ``(start, end)`` of the predicted statements.
        text: The article text, for the token-F1 tie-breaker.

    Returns:
        Sorted ``(gold_index, pred_index)`` pairs.
    """
    candidates: list[tuple[int, float, int, int]] = []
    for gi, (gs, ge) in enumerate(gold_spans):
        for pi, (ps, pe) in enumerate(pred_spans):
            overlap = max(0, min(ge, pe) - max(gs, ps))
            if overlap > 0 and overlap >= 0.5 * min(ge - gs, pe - ps):
                tf = token_f1(text[gs:ge], text[ps:pe]) if text else 0.0
                candidates.append((-overlap, -tf, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


# --------------------------------------------------------------------------- input
def load_records(path: str | Path) -> list[dict[str, Any]]:
    """Read article records: JSON Lines, or one JSON object or list of objects.

    Args:
        path: A ``.jsonl`` file (or a ``.json`` file such as the seed gold).

    Returns:
        The records as dicts.

    Raises:
        DataError: If the file cannot be read or a line is not a JSON object.
    """
    p = str(path)
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"cannot read: {exc.strerror or exc}", path=p) from None
    except UnicodeDecodeError as exc:
        raise DataError(f"not UTF-8 text ({exc.reason})", path=p) from None
    if not raw.strip():
        return []
    records: list[Any]
    try:
        doc = json.loads(raw)
        records = doc if isinstance(doc, list) else [doc]
    except json.JSONDecodeError:
        records = []
        for lineno, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise DataError(f"invalid JSON ({exc.msg}, column {exc.colno})", path=p, line=lineno) from None
    for i, rec in enumerate(records, 1):
        if not isinstance(rec, dict):
            raise DataError(f"record {i}: expected a JSON object, got {type(rec).__name__}", path=p)
    return records


def _is_offset(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _label(value: Any, allowed: tuple[str, ...], where: str, name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or value.strip().lower() not in allowed:
        raise DataError(f"{where}: {name} {value!r} is not one of {', '.join(allowed)}")
    return value.strip().lower()


def _article_id(rec: dict[str, Any], role: str, i: int) -> str:
    aid = rec.get("id")
    if not isinstance(aid, (str, int)) or isinstance(aid, bool):
        raise DataError(f"{role} record {i}: missing or invalid 'id'")
    return str(aid)


def _statement_list(rec: dict[str, Any], role: str, aid: str) -> list[Any]:
    stmts = rec.get("statements")
    if not isinstance(stmts, list):
        raise DataError(f"{role} article {aid!r}: 'statements' must be a list")
    return stmts


def _confidence(st: dict[str, Any], field: str) -> float | None:
    """Probability the prediction gave its own label, when it says (``*_probs``)."""
    probs = st.get(f"{field}_probs")
    label = st.get(field)
    if isinstance(probs, dict) and isinstance(label, str) and isinstance(probs.get(label), (int, float)):
        return float(probs[label])
    if field == "stance" and isinstance(st.get("stance_score"), (int, float)) and label in TWO_WAY:
        return abs(float(st["stance_score"]))
    return None


def _probs(st: dict[str, Any], field: str, labels: tuple[str, ...]) -> list[float] | None:
    """The ``*_probs`` of a prediction in codebook label order, when it gives a number for every label."""
    probs = st.get(f"{field}_probs")
    if not isinstance(probs, dict) or not all(isinstance(probs.get(lab), (int, float)) for lab in labels):
        return None
    return [float(probs[lab]) for lab in labels]


def _parse_gold(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    gold: dict[str, dict[str, Any]] = {}
    for i, rec in enumerate(records, 1):
        aid = _article_id(rec, "GOLD", i)
        if aid in gold:
            raise DataError(f"GOLD: duplicate article id {aid!r}")
        text = rec.get("text")
        if not isinstance(text, str):
            raise DataError(f"GOLD article {aid!r}: 'text' must be a string")
        stmts = []
        for j, st in enumerate(_statement_list(rec, "GOLD", aid)):
            where = f"GOLD article {aid!r}, statement {j}"
            if not isinstance(st, dict):
                raise DataError(f"{where}: expected an object")
            s, e = st.get("start"), st.get("end")
            if not (_is_offset(s) and _is_offset(e) and 0 <= s < e <= len(text)):
                raise DataError(f"{where}: bad span start={s!r} end={e!r} (article length {len(text)})")
            normalize_speaker(st.get("speaker"))
            stmts.append(
                {
                    "start": s,
                    "end": e,
                    "speaker": st.get("speaker"),
                    "stance": _label(st.get("stance"), STANCE_LABELS, where, "stance"),
                    "sentiment": _label(st.get("sentiment"), SENTIMENT_LABELS, where, "sentiment"),
                }
            )
        gold[aid] = {"text": text, "statements": stmts}
    return gold


def _parse_pred(
    records: list[dict[str, Any]], gold: dict[str, dict[str, Any]], gold_spans: bool, warnings: list[str]
) -> dict[str, list[dict[str, Any]]]:
    pred: dict[str, list[dict[str, Any]]] = {}
    unknown: list[str] = []
    for i, rec in enumerate(records, 1):
        aid = _article_id(rec, "PRED", i)
        if aid in pred:
            raise DataError(f"PRED: duplicate article id {aid!r}")
        g = gold.get(aid)
        if g is None:
            unknown.append(aid)
        n_text = len(g["text"]) if g else None
        stmts = []
        for j, st in enumerate(_statement_list(rec, "PRED", aid)):
            where = f"PRED article {aid!r}, statement {j}"
            if not isinstance(st, dict):
                raise DataError(f"{where}: expected an object")
            s, e = st.get("start"), st.get("end")
            if gold_spans and s is None and e is None:
                pass
            elif not (_is_offset(s) and _is_offset(e) and 0 <= s < e):
                raise DataError(f"{where}: bad span start={s!r} end={e!r} (need integers, 0 <= start < end)")
            elif n_text is not None and e > n_text:
                raise DataError(f"{where}: span end {e} is past the end of the gold article text ({n_text} chars)")
            score = st.get("stance_score")
            if score is not None:
                if (
                    not isinstance(score, (int, float))
                    or isinstance(score, bool)
                    or not math.isfinite(score)
                    or not -1.000001 <= score <= 1.000001
                ):
                    raise DataError(f"{where}: stance_score {score!r} is not a number in [-1, 1]")
                score = float(score)
            speaker = st.get("speaker")
            stance = _label(st.get("stance"), STANCE_LABELS, where, "stance")
            sentiment = _label(st.get("sentiment"), SENTIMENT_LABELS, where, "sentiment")
            stmts.append(
                {
                    "start": s,
                    "end": e,
                    "speaker": speaker if normalize_speaker(speaker) is not None else None,
                    "stance": stance,
                    "sentiment": sentiment,
                    "stance_score": score,
                    "stance_confidence": _confidence({**st, "stance": stance}, "stance"),
                    "sentiment_confidence": _confidence({**st, "sentiment": sentiment}, "sentiment"),
                    "stance_probs": _probs(st, "stance", STANCE_LABELS),
                    "sentiment_probs": _probs(st, "sentiment", SENTIMENT_LABELS),
                }
            )
        if gold_spans and g is not None:
            gs = g["statements"]
            if len(stmts) != len(gs):
                raise DataError(
                    f"PRED article {aid!r}: --gold-spans needs exactly the {len(gs)} gold statements "
                    f"in order, got {len(stmts)}"
                )
            for j, (p, q) in enumerate(zip(stmts, gs, strict=True)):
                if p["start"] is not None and (p["start"], p["end"]) != (q["start"], q["end"]):
                    raise DataError(
                        f"PRED article {aid!r}, statement {j}: span [{p['start']},{p['end']}) differs from "
                        f"gold [{q['start']},{q['end']}); --gold-spans needs the gold statements in gold order"
                    )
        pred[aid] = stmts
    if records and gold and len(unknown) == len(records):
        raise DataError(f"no PRED article id matches a GOLD id (first PRED id: {unknown[0]!r})")
    if unknown:
        warnings.append(f"{len(unknown)} PRED article(s) not in GOLD ignored: {', '.join(unknown[:5])}")
    missing = [a for a in gold if a not in pred]
    if missing:
        warnings.append(f"{len(missing)} GOLD article(s) missing from PRED: {', '.join(missing[:5])}")
    return {a: s for a, s in pred.items() if a in gold}


# --------------------------------------------------------------------------- calibration
def temper(probs: np.ndarray, temperature: float) -> np.ndarray:
    """``softmax(log(probs) / temperature)`` row by row: the same labels, probabilities flattened (T > 1) or sharpened."""
    z = np.log(np.clip(np.asarray(probs, dtype=np.float64), 1e-12, 1.0)) / temperature
    z = np.exp(z - z.max(axis=1, keepdims=True))
    return z / z.sum(axis=1, keepdims=True)


def fit_temperature(probs: np.ndarray, gold: Sequence[int] | np.ndarray, *, bounds: tuple[float, float] = (0.25, 20.0)) -> float:
    """Temperature scaling (Guo et al., 2017): the T that minimises the negative log-likelihood of the
    ``gold`` label indices under :func:`temper` ``(probs, T)``. It fits one number on held-out
    predictions, so the labels (argmax) stay as they are; 1.0 for no rows.

    Example: a head that gives 0.95 to labels it gets right two times in three has T > 1.
    """
    from scipy.optimize import minimize_scalar

    y = np.asarray(gold, dtype=int)
    if len(y) == 0:
        return 1.0
    p = np.asarray(probs, dtype=np.float64)
    if p.shape[0] != len(y):
        raise ValueError(f"fit_temperature: {p.shape[0]} rows of probabilities, {len(y)} gold labels")

    def nll(t: float) -> float:
        return float(-np.log(temper(p, t)[np.arange(len(y)), y] + 1e-12).mean())

    return float(minimize_scalar(nll, bounds=bounds, method="bounded", options={"xatol": 1e-3}).x)


def calibration_metrics(probs: np.ndarray, gold: Sequence[int] | np.ndarray, *, bins: int = 10) -> dict[str, float]:
    """How well probabilities fit the gold label indices: negative log-likelihood, Brier score,
    expected calibration error (``bins`` equal-width bins of the top probability), accuracy and the
    mean top probability (which equals accuracy for a calibrated model)."""
    p = np.asarray(probs, dtype=np.float64)
    y = np.asarray(gold, dtype=int)
    if len(y) == 0:
        return {"n": 0}
    conf, pred = p.max(axis=1), p.argmax(axis=1)
    right = (pred == y).astype(float)
    ece = 0.0
    edges = np.linspace(0.0, 1.0, bins + 1)
    for lo, hi in zip(edges[:-1], edges[1:], strict=True):
        m = (conf > lo) & (conf <= hi)
        if m.any():
            ece += m.mean() * abs(right[m].mean() - conf[m].mean())
    onehot = np.eye(p.shape[1])[y]
    return {
        "n": int(len(y)),
        "nll": float(-np.log(np.clip(p[np.arange(len(y)), y], 1e-12, 1.0)).mean()),
        "brier": float(((p - onehot) ** 2).sum(axis=1).mean()),
        "ece": float(ece),
        "accuracy": float(right.mean()),
        "confidence": float(conf.mean()),
    }


# --------------------------------------------------------------------------- metrics
_EMPTY_PRED: dict[str, Any] = {
    "speaker": None,
    "stance": None,
    "sentiment": None,
    "stance_score": None,
    "stance_confidence": None,
    "sentiment_confidence": None,
    "stance_probs": None,
    "sentiment_probs": None,
}


@dataclass(frozen=True, slots=True)
class _Pair:
    """A matched (gold, pred) statement pair and the article it is in."""

    article: int
    gold_index: int
    gold: dict[str, Any]
    pred: dict[str, Any]


def _prf(tp: float, n_pred: float, n_gold: float) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}


def _confusion(y_true: list[str], y_pred: list[str], labels: tuple[str, ...]) -> np.ndarray:
    """Counts ``[gold label, predicted label]``; the last column is a missing prediction."""
    cols = {lab: i for i, lab in enumerate(labels)}
    m = np.zeros((len(labels), len(labels) + 1), dtype=np.int64)
    for t, p in zip(y_true, y_pred, strict=True):
        m[cols[t], cols.get(p, len(labels))] += 1
    return m


def _macro_f1_from_confusion(m: np.ndarray) -> np.ndarray:
    """Macro-F1 from confusion counts of shape ``(..., k, k + 1)``.

    Averages per-label F1 (zero when undefined) over the labels that occur in gold or
    prediction, as scikit-learn's ``f1_score(labels=present, average="macro")`` does.
    """
    k = m.shape[-2]
    tp = np.diagonal(m[..., :k], axis1=-2, axis2=-1).astype(float)
    gold_n = m.sum(axis=-1)
    pred_n = m[..., :k].sum(axis=-2)
    denom = gold_n + pred_n
    with np.errstate(invalid="ignore", divide="ignore"):
        f1 = np.where(denom > 0, 2 * tp / np.where(denom > 0, denom, 1), 0.0)
    present = denom > 0
    n_present = present.sum(axis=-1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(n_present > 0, (f1 * present).sum(axis=-1) / np.maximum(n_present, 1), np.nan)


def _label_metrics(y_true: list[str | None], y_pred: list[str | None], labels: tuple[str, ...]) -> dict[str, Any]:
    """Macro-F1, accuracy and per-label scores; ``macro_f1`` is ``None`` when nothing is scorable."""
    pairs = [(t, p) for t, p in zip(y_true, y_pred, strict=True) if t is not None]
    n = len(pairs)
    given = sum(p is not None for _, p in pairs)
    if n == 0 or given == 0:
        return {"n": n, "labelled": given, "macro_f1": None, "accuracy": None, "per_label": {}}
    yt = [t for t, _ in pairs]
    yp = [p if p is not None else MISSING for _, p in pairs]
    m = _confusion(yt, yp, labels)
    k = len(labels)
    tp = np.diagonal(m[:, :k])
    support = m.sum(axis=1)
    predicted = m[:, :k].sum(axis=0)
    per: dict[str, dict[str, float | int]] = {}
    for i, lab in enumerate(labels):
        p = tp[i] / predicted[i] if predicted[i] else 0.0
        r = tp[i] / support[i] if support[i] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        per[lab] = {"precision": float(p), "recall": float(r), "f1": float(f), "support": int(support[i])}
    return {
        "n": n,
        "labelled": given,
        "macro_f1": float(_macro_f1_from_confusion(m)),
        "accuracy": float(tp.sum() / n),
        "per_label": per,
    }


def _auc(y: np.ndarray, s: np.ndarray) -> float | None:
    """ROC-AUC of score ``s`` for ``y == True`` (ties count one half), or ``None``."""
    pos, neg = s[y], s[~y]
    if len(pos) == 0 or len(neg) == 0:
        return None
    diff = pos[:, None] - neg[None, :]
    return float(((diff > 0).sum() + 0.5 * (diff == 0).sum()) / (len(pos) * len(neg)))


def _match(
    gold: dict[str, dict[str, Any]], pred: dict[str, list[dict[str, Any]]], gold_spans: bool
) -> tuple[list[_Pair], dict[str, list[int]]]:
    """Matched pairs over all articles, and each article's unmatched predictions."""
    pairs: list[_Pair] = []
    unmatched_pred: dict[str, list[int]] = {}
    for ai, (aid, g) in enumerate(gold.items()):
        gs = g["statements"]
        ps = pred.get(aid)
        if gold_spans:
            ps = ps if ps is not None else [_EMPTY_PRED] * len(gs)
            pairs.extend(_Pair(ai, i, gst, pst) for i, (gst, pst) in enumerate(zip(gs, ps, strict=True)))
            continue
        if not ps:
            continue
        idx = match_spans([(s["start"], s["end"]) for s in gs], [(s["start"], s["end"]) for s in ps], g["text"])
        pairs.extend(_Pair(ai, gi, gs[gi], ps[pi]) for gi, pi in idx)
        used = {pi for _, pi in idx}
        unmatched_pred[aid] = [i for i in range(len(ps)) if i not in used]
    return pairs, unmatched_pred


def _score(
    gold: dict[str, dict[str, Any]], pred: dict[str, list[dict[str, Any]]], pairs: list[_Pair], gold_spans: bool
) -> dict[str, Any]:
    n_gold = sum(len(g["statements"]) for g in gold.values())
    n_pred = sum(len(p) for p in pred.values())
    res: dict[str, Any] = {
        "mode": "gold-spans" if gold_spans else "span-match",
        "n_gold_articles": len(gold),
        "n_pred_articles": len(pred),
        "n_gold": n_gold,
        "n_pred": n_pred,
        "n_matched": len(pairs),
    }
    res["extraction"] = None if gold_spans else _prf(len(pairs), n_pred, n_gold)

    with_speaker = [x for x in pairs if normalize_speaker(x.gold["speaker"]) is not None]
    given = sum(x.pred["speaker"] is not None for x in with_speaker)
    if with_speaker and given:
        strict = sum(speaker_equal(x.gold["speaker"], x.pred["speaker"]) for x in with_speaker)
        lenient = sum(speaker_equal(x.gold["speaker"], x.pred["speaker"], lenient=True) for x in with_speaker)
        res["speaker"] = {
            "n": len(with_speaker),
            "given": given,
            "correct": strict,
            "accuracy": strict / len(with_speaker),
            "lenient_accuracy": lenient / len(with_speaker),
        }
        res["extraction_speaker"] = None if gold_spans else _prf(strict, n_pred, n_gold)
    else:
        res["speaker"] = {"n": len(with_speaker), "given": given, "correct": None, "accuracy": None,
                          "lenient_accuracy": None}  # fmt: skip
        res["extraction_speaker"] = None

    res["stance"] = _label_metrics([x.gold["stance"] for x in pairs], [x.pred["stance"] for x in pairs], STANCE_LABELS)
    two = [x for x in pairs if x.gold["stance"] in TWO_WAY]
    res["stance_2way"] = _label_metrics([x.gold["stance"] for x in two], [x.pred["stance"] for x in two], TWO_WAY)
    scored = [x for x in two if x.pred["stance_score"] is not None]
    y = np.array([x.gold["stance"] == "conciliatory" for x in scored], dtype=bool)
    s = np.array([x.pred["stance_score"] for x in scored], dtype=float)
    res["stance_score_auc"] = {"n": len(scored), "auc": _auc(y, s) if scored else None}
    res["sentiment"] = _label_metrics(
        [x.gold["sentiment"] for x in pairs], [x.pred["sentiment"] for x in pairs], SENTIMENT_LABELS
    )
    # how far the predicted probabilities can be trusted, where the predictions give them (not a reference-scorer key)
    res["calibration"] = {}
    for field, labels in (("stance", STANCE_LABELS), ("sentiment", SENTIMENT_LABELS)):
        have = [x for x in pairs if x.gold[field] is not None and x.pred.get(f"{field}_probs") is not None]
        res["calibration"][field] = calibration_metrics(
            np.array([x.pred[f"{field}_probs"] for x in have], dtype=float).reshape(-1, len(labels)),
            [labels.index(x.gold[field]) for x in have],
        ) if have else None
    return res


def _confusion_report(pairs: list[_Pair], field: str, labels: tuple[str, ...]) -> dict[str, Any]:
    scored = [x for x in pairs if x.gold[field] is not None]
    m = _confusion(
        [x.gold[field] for x in scored], [x.pred[field] or MISSING for x in scored], labels
    ) if scored else np.zeros((len(labels), len(labels) + 1), dtype=np.int64)  # fmt: skip
    return {"gold_labels": list(labels), "pred_labels": [*labels, MISSING], "matrix": m.tolist()}


# --------------------------------------------------------------------------- bootstrap
def _bootstrap(
    n_articles: int,
    pairs: list[_Pair],
    art_n_gold: np.ndarray,
    art_n_pred: np.ndarray,
    res: dict[str, Any],
    n_resamples: int,
    seed: int,
) -> dict[str, Any]:
    """Percentile 95% intervals from resampling articles with replacement.

    Each metric is recomputed from counts summed over the resampled articles, so one
    resample costs a few array operations. A metric that is n/a on the full data has no
    interval; a resample where a metric is undefined is left out of that metric's interval.
    """
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n_articles, size=(n_resamples, n_articles))
    w = np.zeros((n_resamples, n_articles))
    np.add.at(w, (np.repeat(np.arange(n_resamples), n_articles), idx.ravel()), 1.0)

    def per_article(values: list[tuple[int, float]]) -> np.ndarray:
        out = np.zeros(n_articles)
        for a, v in values:
            out[a] += v
        return out

    def confusion_per_article(sub: list[_Pair], field: str, labels: tuple[str, ...]) -> np.ndarray:
        k = len(labels)
        cols = {lab: i for i, lab in enumerate(labels)}
        m = np.zeros((n_articles, k, k + 1))
        for x in sub:
            m[x.article, cols[x.gold[field]], cols.get(x.pred[field] or MISSING, k)] += 1
        return m

    samples: dict[str, np.ndarray] = {}
    tp = w @ per_article([(x.article, 1.0) for x in pairs])
    if res["extraction"] is not None:
        ng, npd = w @ art_n_gold, w @ art_n_pred
        with np.errstate(invalid="ignore", divide="ignore"):
            p = np.where(npd > 0, tp / npd, 0.0)
            r = np.where(ng > 0, tp / ng, 0.0)
            samples["extraction.precision"], samples["extraction.recall"] = p, r
            samples["extraction.f1"] = np.where(p + r > 0, 2 * p * r / np.where(p + r > 0, p + r, 1), 0.0)
    if res["speaker"]["accuracy"] is not None:
        with_spk = [x for x in pairs if normalize_speaker(x.gold["speaker"]) is not None]
        n = w @ per_article([(x.article, 1.0) for x in with_spk])
        ok = w @ per_article([(x.article, float(speaker_equal(x.gold["speaker"], x.pred["speaker"]))) for x in with_spk])
        with np.errstate(invalid="ignore", divide="ignore"):
            samples["speaker.accuracy"] = np.where(n > 0, ok / np.where(n > 0, n, 1), np.nan)
            if res["extraction_speaker"] is not None:
                ng, npd = w @ art_n_gold, w @ art_n_pred
                p = np.where(npd > 0, ok / np.where(npd > 0, npd, 1), 0.0)
                r = np.where(ng > 0, ok / np.where(ng > 0, ng, 1), 0.0)
                samples["extraction_speaker.f1"] = np.where(p + r > 0, 2 * p * r / np.where(p + r > 0, p + r, 1), 0.0)
    for key, field, labels, sub in (
        ("stance", "stance", STANCE_LABELS, [x for x in pairs if x.gold["stance"] is not None]),
        ("stance_2way", "stance", TWO_WAY, [x for x in pairs if x.gold["stance"] in TWO_WAY]),
        ("sentiment", "sentiment", SENTIMENT_LABELS, [x for x in pairs if x.gold["sentiment"] is not None]),
    ):
        if res[key]["macro_f1"] is None:
            continue
        m = np.einsum("ba,akl->bkl", w, confusion_per_article(sub, field, labels))
        samples[f"{key}.macro_f1"] = _macro_f1_from_confusion(m)
        total = m.sum(axis=(1, 2))
        correct = np.trace(m[:, :, : len(labels)], axis1=1, axis2=2)
        with np.errstate(invalid="ignore", divide="ignore"):
            samples[f"{key}.accuracy"] = np.where(total > 0, correct / np.where(total > 0, total, 1), np.nan)
    if res["stance_score_auc"]["auc"] is not None:
        two = [x for x in pairs if x.gold["stance"] in TWO_WAY and x.pred["stance_score"] is not None]
        pos = [x for x in two if x.gold["stance"] == "conciliatory"]
        neg = [x for x in two if x.gold["stance"] == "hardline"]
        sp = np.array([x.pred["stance_score"] for x in pos])
        sn = np.array([x.pred["stance_score"] for x in neg])
        wins = (sp[:, None] > sn[None, :]) + 0.5 * (sp[:, None] == sn[None, :])
        wp = w[:, [x.article for x in pos]]
        wn = w[:, [x.article for x in neg]]
        num = np.einsum("bi,ij,bj->b", wp, wins, wn)
        den = wp.sum(axis=1) * wn.sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            samples["stance_score_auc.auc"] = np.where(den > 0, num / np.where(den > 0, den, 1), np.nan)

    intervals: dict[str, list[float] | None] = {}
    for key, vals in samples.items():
        ok = vals[np.isfinite(vals)]
        intervals[key] = [float(np.percentile(ok, 2.5)), float(np.percentile(ok, 97.5))] if ok.size else None
    return {"n_resamples": n_resamples, "seed": seed, "unit": "article", "level": 0.95, "intervals": intervals}


# --------------------------------------------------------------------------- errors
def _errors(
    gold: dict[str, dict[str, Any]],
    pred: dict[str, list[dict[str, Any]]],
    pairs: list[_Pair],
    unmatched_pred: dict[str, list[int]],
    gold_spans: bool,
    limit: int,
) -> list[dict[str, Any]]:
    """The worst errors: confident wrong labels first, then wrong speakers, misses and extras."""
    ids = list(gold)
    out: list[dict[str, Any]] = []

    def text_of(aid: str, start: int, end: int) -> str:
        return str(gold[aid]["text"][start:end])

    for x in pairs:
        aid = ids[x.article]
        for field in ("stance", "sentiment"):
            g, p = x.gold[field], x.pred[field]
            if g is not None and p != g:
                out.append({
                    "kind": field, "article_id": aid, "start": x.gold["start"], "end": x.gold["end"],
                    "text": text_of(aid, x.gold["start"], x.gold["end"]), "speaker": x.gold["speaker"],
                    "gold": g, "pred": p, "confidence": x.pred[f"{field}_confidence"],
                    "stance_score": x.pred["stance_score"],
                })  # fmt: skip
        gs, ps = x.gold["speaker"], x.pred["speaker"]
        if normalize_speaker(gs) is not None and not speaker_equal(gs, ps):
            out.append({
                "kind": "speaker", "article_id": aid, "start": x.gold["start"], "end": x.gold["end"],
                "text": text_of(aid, x.gold["start"], x.gold["end"]), "speaker": gs,
                "gold": gs, "pred": ps, "confidence": None, "stance_score": None,
            })  # fmt: skip
    if not gold_spans:
        matched = {(x.article, x.gold_index) for x in pairs}
        for ai, aid in enumerate(ids):
            for gi, st in enumerate(gold[aid]["statements"]):
                if (ai, gi) not in matched:
                    out.append({
                        "kind": "missed", "article_id": aid, "start": st["start"], "end": st["end"],
                        "text": text_of(aid, st["start"], st["end"]), "speaker": st["speaker"],
                        "gold": st["stance"], "pred": None, "confidence": None, "stance_score": None,
                    })  # fmt: skip
            for pi in unmatched_pred.get(aid, []):
                st = pred[aid][pi]
                out.append({
                    "kind": "spurious", "article_id": aid, "start": st["start"], "end": st["end"],
                    "text": text_of(aid, st["start"], st["end"]), "speaker": st["speaker"],
                    "gold": None, "pred": st["stance"], "confidence": st["stance_confidence"],
                    "stance_score": st["stance_score"],
                })  # fmt: skip
    rank = {"stance": 0, "sentiment": 1, "speaker": 2, "missed": 3, "spurious": 4}
    # Confident mistakes first; a stance error that crosses the scale (hardline <-> conciliatory) before others.
    out.sort(key=lambda e: (
        rank[e["kind"]],
        not (e["kind"] == "stance" and {e["gold"], e["pred"]} == set(TWO_WAY)),
        -(e["confidence"] if e["confidence"] is not None else -1.0),
        e["article_id"], e["start"],
    ))  # fmt: skip
    return out[:limit] if limit >= 0 else out


# --------------------------------------------------------------------------- public entry
def evaluate(
    gold: list[dict[str, Any]],
    pred: list[dict[str, Any]],
    *,
    gold_spans: bool = False,
    bootstrap: int = 1000,
    seed: int = 13,
    max_errors: int = 20,
) -> dict[str, Any]:
    """Score predicted statements against gold ones (CODEBOOK section 6).

    Args:
        gold: Gold article records (``id``, ``text``, ``statements`` with ``start``, ``end``,
            ``speaker``, ``stance``, ``sentiment``).
        pred: Predicted article records (``id`` and ``statements``; ``stance_score`` and the
            ``*_probs`` are used when present). ``stance classify --format jsonl`` output works.
        gold_spans: Oracle-span mode: ``pred`` labels exactly the gold statements, in order,
            and extraction is not scored.
        bootstrap: Number of article resamples for the 95% intervals; 0 turns them off.
        seed: Seed of the resampling.
        max_errors: How many of the worst errors to list (-1: all).

    Returns:
        The reference scorer's keys (``mode``, counts, ``extraction``, ``speaker``,
        ``extraction_speaker``, ``stance``, ``stance_2way``, ``stance_score_auc``,
        ``sentiment``, ``warnings``) plus ``confusion`` (``stance``, ``sentiment``; rows gold,
        columns predicted, last column a missing label), ``bootstrap`` (``intervals`` keyed
        by dotted metric name, e.g. ``stance_2way.macro_f1``) and ``errors``.

    Raises:
        DataError: If a record is malformed, a span or label is invalid, an id repeats, or
            no predicted article matches a gold one.
    """
    warnings: list[str] = []
    g = _parse_gold(gold)
    if not g:
        raise DataError("GOLD has no articles")
    if not pred:
        warnings.append("PRED has no articles")
    p = _parse_pred(pred, g, gold_spans, warnings)
    pairs, unmatched = _match(g, p, gold_spans)
    res = _score(g, p, pairs, gold_spans)
    res["warnings"] = warnings
    for msg in warnings:
        logger.warning(msg)
    res["confusion"] = {
        "stance": _confusion_report(pairs, "stance", STANCE_LABELS),
        "sentiment": _confusion_report(pairs, "sentiment", SENTIMENT_LABELS),
    }
    if bootstrap > 0:
        ids = list(g)
        art_n_gold = np.array([len(g[a]["statements"]) for a in ids], dtype=float)
        art_n_pred = np.array([len(p.get(a, [])) for a in ids], dtype=float)
        res["bootstrap"] = _bootstrap(len(ids), pairs, art_n_gold, art_n_pred, res, bootstrap, seed)
    else:
        res["bootstrap"] = None
    res["errors"] = _errors(g, p, pairs, unmatched, gold_spans, max_errors)
    return res


def evaluate_files(
    gold_path: str | Path,
    pred_path: str | Path,
    *,
    gold_spans: bool = False,
    bootstrap: int = 1000,
    seed: int = 13,
    max_errors: int = 20,
) -> dict[str, Any]:
    """:func:`evaluate` on two files (JSON Lines, or one JSON object/list such as the seed gold).

    Args:
        gold_path: Gold records.
        pred_path: Predicted records, e.g. ``stance classify --format jsonl`` output.
        gold_spans: See :func:`evaluate`.
        bootstrap: See :func:`evaluate`.
        seed: See :func:`evaluate`.
        max_errors: See :func:`evaluate`.

    Returns:
        The result of :func:`evaluate`, with ``gold_path`` and ``pred_path`` added.

    Raises:
        DataError: If a file is unreadable or malformed (the message names it).
    """
    gold = load_records(gold_path)
    pred = load_records(pred_path)
    try:
        res = evaluate(gold, pred, gold_spans=gold_spans, bootstrap=bootstrap, seed=seed, max_errors=max_errors)
    except DataError as exc:
        if exc.path is not None:
            raise
        raise DataError(exc.reason, path=f"{gold_path} / {pred_path}") from None
    res["gold_path"], res["pred_path"] = str(gold_path), str(pred_path)
    return res


# --------------------------------------------------------------------------- formatters
def _f(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def _interval(res: dict[str, Any], key: str) -> str:
    boot = res.get("bootstrap")
    iv = boot["intervals"].get(key) if boot else None
    return "" if not iv else f"[{iv[0]:.3f}, {iv[1]:.3f}]"


def _rows(res: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(metric, value, 95% interval, detail) rows shared by the table and Markdown formats."""
    rows: list[tuple[str, str, str, str]] = []
    ex = res["extraction"]
    if ex is None:
        rows.append(("extraction F1", "n/a", "", "gold spans given"))
    else:
        for k in ("precision", "recall", "f1"):
            rows.append((f"extraction {k if k != 'f1' else 'F1'}", _f(ex[k]), _interval(res, f"extraction.{k}"),
                         f"{res['n_matched']} matched / {res['n_pred']} pred / {res['n_gold']} gold"))  # fmt: skip
    sp = res["speaker"]
    if sp["accuracy"] is None:
        rows.append(("speaker accuracy", "n/a", "", f"no predicted speakers on {sp['n']} statements"))
    else:
        rows.append(("speaker accuracy", _f(sp["accuracy"]), _interval(res, "speaker.accuracy"),
                     f"{sp['correct']}/{sp['n']}; lenient {_f(sp['lenient_accuracy'])}"))  # fmt: skip
    es = res["extraction_speaker"]
    if es is not None:
        rows.append(("extraction+speaker F1", _f(es["f1"]), _interval(res, "extraction_speaker.f1"),
                     f"P={_f(es['precision'])} R={_f(es['recall'])}"))  # fmt: skip
    for key, title in (("stance", "stance 3-way"), ("stance_2way", "stance 2-way"), ("sentiment", "sentiment")):
        m = res[key]
        if m["macro_f1"] is None:
            why = "no statements" if m["n"] == 0 else "no predicted labels"
            rows.append((f"{title} macro-F1", "n/a", "", f"{why}; n={m['n']}"))
            continue
        rows.append((f"{title} macro-F1", _f(m["macro_f1"]), _interval(res, f"{key}.macro_f1"),
                     f"acc {_f(m['accuracy'])}, n={m['n']}, labelled {m['labelled']}"))  # fmt: skip
        if key == "stance_2way" and res["stance_score_auc"]["n"]:
            a = res["stance_score_auc"]
            rows.append(("stance_score ROC-AUC", _f(a["auc"]), _interval(res, "stance_score_auc.auc"), f"n={a['n']}"))
    for key in ("stance", "sentiment"):
        c = (res.get("calibration") or {}).get(key)
        if c:
            rows.append((f"{key} calibration error (ECE)", _f(c["ece"]), "",
                         f"mean confidence {_f(c['confidence'])} vs accuracy {_f(c['accuracy'])}; NLL {_f(c['nll'])}, "
                         f"Brier {_f(c['brier'])}, n={c['n']}"))
    return rows


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "\u2026"


def format_json(res: dict[str, Any]) -> str:
    """The result as one JSON object (sorted keys, as ``score.py --json`` prints it)."""
    return json.dumps(res, indent=2, sort_keys=True, ensure_ascii=False)


def format_markdown(res: dict[str, Any], *, n_errors: int = 10) -> str:
    """The result as Markdown: metrics, confusion matrices and the worst errors.

    Args:
        res: The result of :func:`evaluate`.
        n_errors: How many errors to list.

    Returns:
        Markdown text.
    """
    out = [
        "## Evaluation",
        "",
        f"Mode `{res['mode']}`: {res['n_gold_articles']} gold articles ({res['n_gold']} statements), "
        f"{res['n_pred_articles']} predicted ({res['n_pred']} statements), {res['n_matched']} matched.",
        "",
        "| metric | value | 95% interval | detail |",
        "| --- | ---: | --- | --- |",
    ]
    out += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in _rows(res)]
    for name in ("stance", "sentiment"):
        c = res["confusion"][name]
        out += ["", f"### {name} confusion (rows gold, columns predicted)", ""]
        out.append("| gold \\ pred | " + " | ".join(c["pred_labels"]) + " |")
        out.append("| --- |" + " ---: |" * len(c["pred_labels"]))
        out += [f"| {g} | " + " | ".join(str(v) for v in row) + " |" for g, row in zip(c["gold_labels"], c["matrix"], strict=True)]
    errs = res.get("errors") or []
    if errs:
        out += ["", "### Worst errors", "", "| kind | article | text | gold | pred | confidence |",
                "| --- | --- | --- | --- | --- | ---: |"]  # fmt: skip
        for e in errs[:n_errors]:
            text = _short(e["text"]).replace("|", "\\|")
            out.append(f"| {e['kind']} | {e['article_id']} | {text} | {e['gold']} | {e['pred']} | {_f(e['confidence'])} |")
    for w in res.get("warnings") or []:
        out += ["", f"> warning: {w}"]
    return "\n".join(out) + "\n"


def format_table(res: dict[str, Any], *, n_errors: int = 10, width: int = 120) -> str:
    """The result as terminal tables drawn with ``rich``.

    Args:
        res: The result of :func:`evaluate`.
        n_errors: How many errors to list.
        width: Console width in characters.

    Returns:
        The rendered text (plain, without colour codes).
    """
    from rich.console import Console
    from rich.table import Table

    console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
    t = Table(title=f"{res['mode']}: {res['n_gold']} gold / {res['n_pred']} pred statements, {res['n_matched']} matched")
    for col, just in (("metric", "left"), ("value", "right"), ("95% interval", "left"), ("detail", "left")):
        t.add_column(col, justify=just)  # type: ignore[arg-type]
    for row in _rows(res):
        t.add_row(*row)
    console.print(t)
    for name in ("stance", "sentiment"):
        c = res["confusion"][name]
        ct = Table(title=f"{name} confusion (rows gold, columns predicted)")
        ct.add_column("gold \\ pred")
        for lab in c["pred_labels"]:
            ct.add_column(lab, justify="right")
        for g, row in zip(c["gold_labels"], c["matrix"], strict=True):
            ct.add_row(g, *(str(v) for v in row))
        console.print(ct)
    errs = (res.get("errors") or [])[:n_errors]
    if errs:
        et = Table(title="worst errors")
        for col in ("kind", "article", "text", "gold", "pred", "conf"):
            et.add_column(col, overflow="fold")
        for e in errs:
            et.add_row(e["kind"], e["article_id"], _short(e["text"], 60), str(e["gold"]), str(e["pred"]),
                       _f(e["confidence"]))  # fmt: skip
        console.print(et)
    for w in res.get("warnings") or []:
        console.print(f"warning: {w}")
    return console.export_text()


def render(res: dict[str, Any], fmt: Format = "table") -> str:
    """Format a result as ``table``, ``json`` or ``markdown``.

    Raises:
        ValueError: For an unknown format.
    """
    if fmt == "table":
        return format_table(res)
    if fmt == "json":
        return format_json(res)
    if fmt == "markdown":
        return format_markdown(res)
    raise ValueError(f"format {fmt!r} is not one of ['json', 'markdown', 'table']")


# --------------------------------------------------------------------------- time split
@dataclass(frozen=True, slots=True)
class TimeSplitResult:
    """Train on earlier articles, test on later ones."""

    cutoff: str
    """Date of the last training article; every test article is on or after it."""
    train_ids: tuple[str, ...]
    validation_ids: tuple[str, ...]
    test_ids: tuple[str, ...]
    undated_ids: tuple[str, ...]
    """Articles left out because they have no date."""
    checkpoint: Path
    metrics: dict[str, Any]
    """:func:`evaluate` on the test articles in gold-spans mode."""


def _date_key(date: str) -> tuple[int, int, int]:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as a sortable tuple (missing parts are 0)."""
    m = re.match(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", date.strip())
    if not m:
        raise DataError(f"date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)


def _finetune(cfg: StanceConfig, train: list[Article], validation: list[Article]) -> Path:
    from stance.finetune import train as finetune_train  # lazy: torch

    return finetune_train(cfg, train, validation)


def _classify_given(cfg: StanceConfig, checkpoint: Path, articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Label the gold statements of ``articles`` with the fine-tuned checkpoint."""
    import dataclasses

    from stance.pipeline import classify_records  # lazy: the pipeline loads models

    # classify.model pointing at a `stance finetune` checkpoint selects the finetuned backend
    tuned = dataclasses.replace(cfg, classify=dataclasses.replace(cfg.classify, model=str(checkpoint)))
    return list(classify_records(articles, tuned, given_statements=True))


def time_split(
    articles: list[dict[str, Any]],
    cfg: StanceConfig,
    fraction: float = 0.7,
    *,
    train: Callable[[StanceConfig, list[Article], list[Article]], Path] | None = None,
    predict: Callable[[StanceConfig, Path, list[dict[str, Any]]], list[dict[str, Any]]] | None = None,
    bootstrap: int = 1000,
) -> TimeSplitResult:
    """Fine-tune on the earliest articles and evaluate on the later ones.

    Articles are sorted by date (undated ones are left out); the first ``fraction`` of them
    train the model (its last ``cfg.data.validation_fraction`` validates, still before the
    test period) and the rest are labelled on their gold spans and scored. This shows how
    labels hold up when the vocabulary of a new era (a new deal, a new administration) was
    never seen in training.

    Args:
        articles: Gold article records with ``date``.
        cfg: The configuration; ``cfg.finetune`` and ``cfg.seed`` drive training.
        fraction: Share of dated articles, earliest first, used for training and validation.
        train: ``train(cfg, train_articles, validation_articles) -> checkpoint`` taking
            :class:`~stance.records.Article` lists; defaults to ``stance.finetune.train``.
        predict: ``predict(cfg, checkpoint, test_articles) -> records`` labelling the gold
            statements in order; defaults to the pipeline with ``--given-statements``.
        bootstrap: Resamples for the intervals of the test metrics.

    Returns:
        The split, the checkpoint and the test metrics.

    Raises:
        DataError: If a date is malformed or too few dated articles are left to split.
        ValueError: If ``fraction`` is not in (0, 1).
    """
    if not 0.0 < fraction < 1.0:
        raise ValueError(f"fraction must be in (0, 1), got {fraction}")
    dated = [a for a in articles if a.get("date")]
    undated = tuple(str(a["id"]) for a in articles if not a.get("date"))
    if undated:
        logger.warning("time split: %d undated article(s) left out: %s", len(undated), ", ".join(undated[:5]))
    dated.sort(key=lambda a: (_date_key(str(a["date"])), str(a["id"])))
    n_train = int(round(fraction * len(dated)))
    if n_train < 2 or n_train >= len(dated):
        raise DataError(
            f"time split needs at least 2 training and 1 test article; {len(dated)} dated articles "
            f"with fraction {fraction} give {n_train} for training"
        )
    earlier, later = dated[:n_train], dated[n_train:]
    n_val = max(1, int(round(cfg.data.validation_fraction * len(earlier))))
    train_part, val_part = earlier[:-n_val], earlier[-n_val:]
    checkpoint = Path((train or _finetune)(cfg, [Article.from_dict(a) for a in train_part],
                                           [Article.from_dict(a) for a in val_part]))  # fmt: skip
    pred = (predict or _classify_given)(cfg, checkpoint, later)
    metrics = evaluate(later, pred, gold_spans=True, bootstrap=bootstrap, seed=cfg.seed)
    logger.info(
        "time split at %s: %d train, %d validation, %d test articles; stance 2-way macro-F1 %s",
        earlier[-1]["date"], len(train_part), len(val_part), len(later), _f(metrics["stance_2way"]["macro_f1"]),
    )  # fmt: skip
    return TimeSplitResult(
        cutoff=str(earlier[-1]["date"]),
        train_ids=tuple(str(a["id"]) for a in train_part),
        validation_ids=tuple(str(a["id"]) for a in val_part),
        test_ids=tuple(str(a["id"]) for a in later),
        undated_ids=undated,
        checkpoint=checkpoint,
        metrics=metrics,
    )
