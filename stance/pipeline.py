"""The pipeline: the one place that knows the order of the stages.

``ingest -> extract -> speakers -> classify -> write``. Articles stream through: statements
of several articles are classified together in one batch, and each finished article is
written as one complete line, so memory does not grow with the corpus and a run that is
killed can be resumed (:func:`run`).
"""

from __future__ import annotations

import csv
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal, Protocol, TypeVar

from stance.config import StanceConfig
from stance.errors import ConfigError, DataError, StanceError
from stance.ingest import discover, read_inputs, text_hash
from stance.loading import model_fingerprint
from stance.records import SENTIMENT_LABELS, STANCE_LABELS, Article, Prediction, Statement

log = logging.getLogger(__name__)

Format = Literal["jsonl", "csv", "table"]
T = TypeVar("T")


class StatementClassifier(Protocol):
    def classify(self, statements: Sequence[Statement]) -> list[Prediction]: ...


def extract_and_resolve(article: Article, cfg: StanceConfig) -> Article:
    """Run extraction and speaker resolution on one article."""
    from stance.extract import extract_statements
    from stance.speakers import resolve_speakers

    statements = extract_statements(article, cfg.extract)
    statements = resolve_speakers(article, statements, cfg.speakers)
    return article.with_(statements=tuple(statements))


CHUNK_ARTICLES = 64
"""Inputs (articles and errors) per classification chunk.

Chunks are cut by position in the input stream, never by how much work is left, so a resumed
run and the Ray engine classify exactly the same groups of statements together as one
uninterrupted local run. Backends whose numbers move in the last digits with batch composition
(padding, kernel choice) then still give byte-identical output."""


def chunked(items: Iterable[T], size: int = CHUNK_ARTICLES) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last may be shorter)."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def prepare(item: Article | DataError, cfg: StanceConfig, *, given_statements: bool) -> Article | DataError:
    """Extraction and speaker resolution for one item (errors and given statements pass through)."""
    if isinstance(item, DataError) or given_statements:
        return item
    try:
        return extract_and_resolve(item, cfg)
    except DataError as err:
        path, line = _where(item)
        return err if err.path else DataError(err.reason, path=path or item.id, line=line)


def classify_chunk(chunk: Sequence[Article | DataError], classifier: Callable[[], StatementClassifier]
                   ) -> list[Article | DataError]:
    """Classify every statement of a chunk's articles in one call; errors pass through in place.

    Args:
        chunk: prepared articles (statements extracted) and errors.
        classifier: returns the classifier; only called when there is a statement to classify.
    """
    statements = [s for a in chunk if isinstance(a, Article) for s in a.statements]
    predictions: list[Prediction] = classifier().classify(statements) if statements else []
    if len(predictions) != len(statements):
        raise RuntimeError(f"classifier returned {len(predictions)} predictions for {len(statements)} statements")
    it = iter(predictions)
    return [item.with_(statements=tuple(s.with_(prediction=next(it)) for s in item.statements))
            if isinstance(item, Article) else item for item in chunk]


def process_chunks(
    chunks: Iterable[Sequence[Article | DataError]],
    cfg: StanceConfig,
    *,
    given_statements: bool = False,
    classifier: StatementClassifier | None = None,
) -> Iterator[Article | DataError]:
    """The local engine: extract, resolve speakers and classify chunk by chunk, in input order.

    Args:
        chunks: lists of articles (and errors, passed through in place) from :mod:`stance.ingest`.
        cfg: the configuration.
        given_statements: classify the statements already on the articles; do not extract.
        classifier: a classifier; by default one is built from ``cfg.classify`` when the first
            statement needs it (so a run over bad inputs only never loads a model).

    Yields:
        Classified articles, and a :class:`DataError` for an article that could not be processed.
    """
    clf: StatementClassifier | None = classifier

    def get_clf() -> StatementClassifier:
        nonlocal clf
        if clf is None:
            from stance.classify import build_classifier

            clf = build_classifier(cfg.classify)
        return clf

    workers = 1 if given_statements else cfg.run.workers or os.cpu_count() or 1
    if workers > 1:
        for prepared in _prepare_in_processes(chunks, cfg, workers):
            yield from classify_chunk(prepared, get_clf)
        return

    def prep(chunk: Sequence[Article | DataError]) -> list[Article | DataError]:
        return prepare_chunk(chunk, cfg, given_statements)

    # Extraction of chunk k+1 runs in a worker thread while chunk k is in the model (torch
    # releases the GIL in its kernels), so extraction stays off the model's critical path.
    # Reading the inputs stays in this thread: resume bookkeeping never races the writer.
    from concurrent.futures import ThreadPoolExecutor

    it = iter(chunks)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="stance-extract") as pool:
        first = next(it, None)
        pending = pool.submit(prep, first) if first is not None else None
        while pending is not None:
            prepared = pending.result()
            following = next(it, None)
            pending = pool.submit(prep, following) if following is not None else None
            yield from classify_chunk(prepared, get_clf)


def prepare_chunk(chunk: Sequence[Article | DataError], cfg: StanceConfig, given_statements: bool
                  ) -> list[Article | DataError]:
    """:func:`prepare` on each item of a chunk (module level, so that a worker process can run it)."""
    return [prepare(item, cfg, given_statements=given_statements) for item in chunk]


def _ignore_interrupts() -> None:
    """In an extraction worker: Ctrl-C reaches the whole process group, and only the main process
    acts on it (it stops the run as without workers); a worker would print a traceback."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _prepare_in_processes(chunks: Iterable[Sequence[Article | DataError]], cfg: StanceConfig, workers: int
                          ) -> Iterator[list[Article | DataError]]:
    """Chunks prepared by ``workers`` processes, yielded in input order (``run.workers`` > 1).

    At most two chunks per worker are in flight, so memory stays bounded on any corpus. The
    processes are spawned, not forked: the parent may hold torch's thread pools or a GPU context.
    """
    import multiprocessing
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_ignore_interrupts)
    pending: deque[Future[list[Article | DataError]]] = deque()
    try:
        for chunk in chunks:
            pending.append(pool.submit(prepare_chunk, list(chunk), cfg, False))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except BrokenProcessPool:
        raise StanceError("an extraction worker process died (killed, or out of memory?); what was written is "
                          "kept: rerun the same command to resume, with fewer --workers") from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def process(
    items: Iterable[Article | DataError],
    cfg: StanceConfig,
    *,
    given_statements: bool = False,
    classifier: StatementClassifier | None = None,
    chunk_articles: int = CHUNK_ARTICLES,
) -> Iterator[Article | DataError]:
    """:func:`process_chunks` on a stream of items cut into chunks of ``chunk_articles``.

    Args:
        items: articles (and errors, passed through in place) from :mod:`stance.ingest`.
        cfg: the configuration.
        given_statements: classify the statements already on the articles; do not extract.
        classifier: a classifier; by default one is built from ``cfg.classify`` when needed.
        chunk_articles: how many inputs to classify together.

    Yields:
        Classified articles, and a :class:`DataError` for an article that could not be processed.
    """
    yield from process_chunks(chunked(items, chunk_articles), cfg, given_statements=given_statements,
                              classifier=classifier)


def classify_articles(articles: Iterable[Article], cfg: StanceConfig | None = None, *,
                      given_statements: bool = False) -> list[Article]:
    """Library entry point: classify articles in memory and return them."""
    cfg = cfg or StanceConfig()
    out = []
    for item in process(articles, cfg, given_statements=given_statements):
        if isinstance(item, DataError):
            raise item
        out.append(item)
    return out


def classify_records(
    records: Iterable[dict[str, Any]],
    cfg: StanceConfig | None = None,
    *,
    given_statements: bool = False,
    classifier: StatementClassifier | None = None,
) -> Iterator[dict[str, Any]]:
    """Library entry point for codebook records (dicts, CODEBOOK section 5) in memory.

    Args:
        records: article records with ``id`` and ``text`` (and ``statements`` when
            ``given_statements``).
        cfg: the configuration.
        given_statements: classify the records' statements; do not extract.
        classifier: a classifier to use instead of building one from ``cfg.classify``.

    Yields:
        One record per input, in order, with ``text`` and classified ``statements``.

    Raises:
        DataError: a record that is not a usable article (``line`` is its 1-based position).
    """
    from stance.ingest import parse_record

    cfg = cfg or StanceConfig()

    def articles() -> Iterator[Article]:
        for i, rec in enumerate(records, 1):
            yield parse_record(rec, "<records>", i, cfg.ingest, with_statements=given_statements)

    for item in process(articles(), cfg, given_statements=given_statements, classifier=classifier):
        if isinstance(item, DataError):
            raise item
        yield item.to_dict()


# --------------------------------------------------------------------------- output
def output_record(article: Article) -> dict[str, Any]:
    """The JSONL record of a classified article (codebook section 5, plus probabilities)."""
    d = article.to_dict(include_text=False)
    d["text_hash"] = text_hash(article.text)
    return d


CSV_COLUMNS = ["id", "date", "source", "speaker", "side", "mode", "start", "end", "stance", "stance_score",
               "sentiment", *(f"p_{lab}" for lab in STANCE_LABELS), *(f"p_{lab}" for lab in SENTIMENT_LABELS
                                                                      if lab != "neutral"),
               "p_sentiment_neutral", "text"]


def _csv_rows(article: Article) -> Iterator[list[Any]]:
    for s in article.statements:
        p = s.prediction
        row: list[Any] = [article.id, article.date or "", article.source or "", s.speaker or "", s.side or "",
                          s.mode, s.start, s.end]
        if p is None:
            row += [s.stance or "", "", s.sentiment or ""] + [""] * 6
        else:
            row += [p.stance, f"{p.stance_score:.4f}", p.sentiment]
            row += [f"{p.stance_probs[lab]:.4f}" for lab in STANCE_LABELS]
            row += [f"{p.sentiment_probs[lab]:.4f}" for lab in ("positive", "negative", "neutral")]
        row.append(s.text)
        yield row


class Writer:
    """Writes finished articles one complete line (or table) at a time.

    JSONL into a file goes through one ``os.write`` per article (a line is whole or absent after
    a kill) and an ``fsync`` every few seconds and on close (after a power cut, the file ends at
    most a few seconds early, maybe with a torn or zero-filled tail that resuming cuts off).
    """

    def __init__(self, out: Path | None, fmt: Format, *, append: bool = False,
                 stream: IO[str] | None = None) -> None:
        self.out = out
        self.fmt = fmt
        self._fh: IO[str] | None = None
        self._fd: int | None = None
        self._stream = stream or sys.stdout
        self.sync_every = 5.0
        self._synced = time.monotonic()
        if out is not None:
            out.parent.mkdir(parents=True, exist_ok=True)
            if fmt == "jsonl":
                flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
                self._fd = os.open(out, flags, 0o644)
            else:
                self._fh = out.open("w", encoding="utf-8", newline="")
        if fmt == "csv":
            self._csv = csv.writer(self._fh or self._stream)
            self._csv.writerow(CSV_COLUMNS)

    def write(self, article: Article) -> None:
        if self.fmt == "jsonl":
            line = json.dumps(output_record(article), ensure_ascii=False) + "\n"
            if self._fd is not None:
                data = line.encode("utf-8")
                # One write call per article: a line is either whole in the file or absent.
                written = os.write(self._fd, data)
                while written < len(data):
                    written += os.write(self._fd, data[written:])
                now = time.monotonic()
                if now - self._synced >= self.sync_every:
                    os.fsync(self._fd)  # bounds what a power cut can take back
                    self._synced = now
            else:
                self._stream.write(line)
                self._stream.flush()
        elif self.fmt == "csv":
            for row in _csv_rows(article):
                self._csv.writerow(row)
        else:
            self._table(article)

    def truncate(self, size: int) -> None:
        """Cut a JSONL output file back to ``size`` bytes (the start of a line)."""
        if self._fd is None:
            raise RuntimeError("only a JSONL output file can be truncated")
        os.ftruncate(self._fd, size)

    def _table(self, article: Article) -> None:
        from rich.console import Console
        from rich.table import Table

        console = Console(file=self._fh or self._stream, width=None if self._fh is None else 160)
        title = f"{article.id}" + (f" ({article.date})" if article.date else "")
        table = Table(title=title, show_lines=False, expand=False)
        for col in ("speaker", "side", "mode", "stance", "score", "sentiment", "statement"):
            table.add_column(col, overflow="fold", max_width=70 if col == "statement" else None)
        for s in article.statements:
            p = s.prediction
            table.add_row(s.speaker or "?", s.side or "?", s.mode, p.stance if p else (s.stance or ""),
                          f"{p.stance_score:+.2f}" if p else "", p.sentiment if p else (s.sentiment or ""),
                          s.text)
        if not article.statements:
            table.add_row("", "", "", "", "", "", "(no statements found)")
        console.print(table)

    def close(self) -> None:
        if self._fd is not None:
            os.fsync(self._fd)
            os.close(self._fd)
            self._fd = None
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        else:
            self._stream.flush()


def _stance_line(raw: bytes) -> bool:
    """Whether one complete line is a record this pipeline wrote."""
    try:
        rec = json.loads(raw)
    except (ValueError, RecursionError):
        return False
    return isinstance(rec, dict) and isinstance(rec.get("id"), str) and isinstance(rec.get("text_hash"), str) \
        and isinstance(rec.get("statements"), list)


def load_done(out: Path) -> dict[str, str]:
    """Articles already in a JSONL output (id -> text hash), read as a stream.

    What an interrupted run can leave after its last whole line is cut off, with a warning: an
    incomplete line (no newline), or lines of NUL bytes (a machine that lost power). Anything
    else that is not a stance record means the file is not this pipeline's output.

    Raises:
        DataError: a line that is not a stance record (the file is left as it is).
    """
    return {aid: h for aid, (h, _) in scan_output(out).items()}


def scan_output(out: Path) -> dict[str, tuple[str, int]]:
    """Like :func:`load_done`, with the byte offset where each article's line starts."""
    done: dict[str, tuple[str, int]] = {}
    if not out.exists():
        return done
    keep = 0
    pos = 0
    with out.open("rb+") as fh:
        for lineno, raw in enumerate(fh, 1):
            pos += len(raw)
            if not raw.endswith(b"\n") or (raw.strip(b"\n") and not raw.strip(b"\x00\n")):
                continue  # torn or zero-filled: only allowed at the end (checked below)
            if pos - len(raw) != keep:
                raise DataError("existing output has an incomplete line in the middle; use --overwrite to start over",
                                path=str(out), line=lineno - 1)
            if not raw.strip():
                keep = pos
                continue
            if not _stance_line(raw):
                raise DataError("existing output is not stance JSONL (a record with 'id', 'text_hash' and "
                                "'statements' per line); use --overwrite to start over, or another --out",
                                path=str(out), line=lineno)
            rec = json.loads(raw)
            done[rec["id"]] = (rec["text_hash"], keep)
            keep = pos
        if keep < pos:
            log.warning("%s: cutting off %d bytes of an incomplete last line left by an interrupted run",
                        out, pos - keep)
            fh.truncate(keep)
    return done


def config_path(out: Path) -> Path:
    """Where a JSONL run keeps the config it was made with: ``<out>.config.json``."""
    return out.with_name(out.name + ".config.json")


def error_log_path(out: Path) -> Path:
    """Where a run lists the inputs it skipped: ``<out>.errors.jsonl``."""
    return out.with_name(out.name + ".errors.jsonl")


def _flat(d: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict) and v and all(isinstance(x, str) for x in v):
            flat.update(_flat(v, key + "."))
        else:
            flat[key] = v
    return flat


def check_resume_config(out: Path, cfg: StanceConfig) -> None:
    """Refuse to resume into an output made with a config that changes the labels.

    Raises:
        ConfigError: the saved fingerprint differs; the message names the keys that differ.
    """
    path = config_path(out)
    if not path.exists():
        return
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        old_fp, old_cfg = saved["fingerprint"], saved["config"]
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("%s: unreadable; cannot check that the config is unchanged", path)
        return
    old_model = saved.get("model")
    if old_fp == cfg.fingerprint():
        if old_model is not None and old_model != model_fingerprint(cfg.classify.model, cfg.classify.head):
            # the same settings, other model files: a rebuilt head, another checkpoint at the same path
            raise ConfigError(f"{out} was written with other model files (classify.model {cfg.classify.model!r}, "
                              f"classify.head {cfg.classify.head!r} changed since); resuming would mix labels: "
                              "use --overwrite to start over, or another --out")
        return
    new = _flat(cfg.to_dict())
    old = _flat(old_cfg) if isinstance(old_cfg, dict) else {}
    sections = ("ingest.", "extract.", "speakers.", "classify.")
    ignore = {"classify.batch_size", "classify.device", "classify.threads"}
    keys = sorted(k for k in set(new) | set(old)
                  if k.startswith(sections) and k not in ignore and new.get(k) != old.get(k))
    diff = ", ".join(f"{k}: {old.get(k)!r} -> {new.get(k)!r}" for k in keys[:5]) or "the labelling settings"
    raise ConfigError(f"{out} was written with a different config ({diff}); resuming would mix labels: "
                      "use --overwrite to start over, or another --out")


def write_config(out: Path, cfg: StanceConfig) -> None:
    """Write ``<out>.config.json`` (the resolved config and its fingerprint) atomically."""
    path = config_path(out)
    tmp = path.with_name(path.name + ".tmp")
    doc = {"fingerprint": cfg.fingerprint(), "config": cfg.to_dict(),
           "model": model_fingerprint(cfg.classify.model, cfg.classify.head)}
    tmp.write_text(json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)


# --------------------------------------------------------------------------- corpus run
@dataclass
class RunSummary:
    """What a run did."""

    articles: int = 0
    statements: int = 0
    resumed: int = 0
    errors: list[DataError] = field(default_factory=list)
    seconds: float = 0.0
    out: Path | None = None
    error_log: Path | None = None

    @property
    def skipped(self) -> int:
        return len(self.errors)


class Progress:
    """A tqdm bar on a terminal; plain periodic lines otherwise."""

    def __init__(self, total: int | None, enabled: bool, stream: IO[str] | None = None, every: float = 10.0) -> None:
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.tty = enabled and self.stream.isatty()
        self.every = every
        self.total = total
        self.start = self._last = time.monotonic()
        self.articles = self.statements = self.errors = self.resumed = 0
        self._printed = 0
        self._bar: Any = None
        if self.tty:
            from tqdm import tqdm

            self._bar = tqdm(total=total, unit="art", file=self.stream, dynamic_ncols=True, desc="classify")

    def update(self, articles: int = 0, statements: int = 0, errors: int = 0, resumed: int = 0) -> None:
        self.articles += articles
        self.statements += statements
        self.errors += errors
        self.resumed += resumed
        if self._bar is not None:
            self._bar.update(articles + errors + resumed)
            self._bar.set_postfix(statements=self.statements, skipped=self.errors, refresh=False)
        elif self.enabled:
            now = time.monotonic()
            if now - self._last >= self.every:
                self._last = now
                self._printed = self.articles + self.errors
                self.stream.write(self.line() + "\n")
                self.stream.flush()

    def line(self) -> str:
        el = max(time.monotonic() - self.start, 1e-9)
        new = self.articles + self.errors
        done = new + self.resumed
        rate = new / el
        eta = ""
        if self.total and rate > 0:
            eta = f", ETA {max(self.total - done, 0) / rate:,.0f}s"
        resumed = f", {self.resumed:,} already done" if self.resumed else ""
        return (f"stance: {done:,}/{self.total or '?'} inputs{resumed}, {self.statements:,} statements, "
                f"{self.errors:,} skipped, {rate:,.1f} articles/s, {self.statements / el:,.1f} statements/s{eta}")

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
        elif self.enabled and self.articles + self.errors > self._printed:
            self.stream.write(self.line() + "\n")
            self.stream.flush()


def count_inputs(paths: Sequence[str | Path]) -> int:
    """Articles to expect (JSONL lines and Parquet rows counted), for the progress bar's ETA."""
    total = 0
    for p in discover(paths):
        if p.suffix.lower() in {".jsonl", ".ndjson"}:
            try:
                with p.open("rb") as fh:
                    total += sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
            except OSError:
                total += 1
        elif p.suffix.lower() == ".parquet":
            try:
                import pyarrow.parquet as pq

                total += pq.ParquetFile(p).metadata.num_rows
            except Exception:  # noqa: BLE001 - an unreadable file is reported when it is read
                total += 1
        else:
            total += 1
    return total


Engine = Callable[[Iterable[list[Article | DataError]]], Iterator[Article | DataError]]
"""Turns chunks of ingested articles (and errors, passed through in place) into classified
articles, in order, keeping the chunks: the statements of one chunk are classified together."""


def resolve_on_error(on_error: str | None, inputs: Sequence[str | Path], cfg: StanceConfig) -> Literal["skip", "fail"]:
    """``skip`` or ``fail``: ``auto`` (the ``run.on_error`` default) fails for a single article
    file and skips otherwise (folders, several inputs, a JSONL/JSON/Parquet file of records)."""
    from stance.ingest import JSON_SUFFIXES, JSONL_SUFFIXES, PARQUET_SUFFIXES

    choice = on_error or cfg.run.on_error
    if choice == "auto":
        records = JSONL_SUFFIXES | JSON_SUFFIXES | PARQUET_SUFFIXES
        single_article = (len(inputs) == 1 and not Path(inputs[0]).is_dir()
                          and Path(inputs[0]).suffix.lower() not in records)
        return "fail" if single_article else "skip"
    if choice not in ("skip", "fail"):
        raise ConfigError(f"run.on_error: {choice!r} is not one of ['auto', 'fail', 'skip']")
    return choice  # type: ignore[return-value]


def run(
    inputs: Sequence[str | Path],
    cfg: StanceConfig,
    *,
    out: Path | None = None,
    fmt: Format = "jsonl",
    given_statements: bool = False,
    overwrite: bool = False,
    on_error: Literal["skip", "fail", "auto"] | None = None,
    progress: bool = True,
    on_error_message: Callable[[DataError], None] | None = None,
    stream: IO[str] | None = None,
    classifier: StatementClassifier | None = None,
    engine: Engine | None = None,
) -> RunSummary:
    """Classify a corpus end to end and write the results; resumable for JSONL output.

    Inputs stream in a stable order, in chunks of :data:`CHUNK_ARTICLES` cut by position.
    Articles already in ``out`` (same id and text hash) are skipped unless ``overwrite``; a torn
    last line is cut off first, a chunk left half written is done again whole, and a config that
    would change the labels is refused (``<out>.config.json`` holds the one the output was made
    with). So a run killed at any point and rerun ends with the same bytes as one never stopped.
    Bad inputs and duplicate ids are listed in ``<out>.errors.jsonl`` (file, line, reason) and
    reported through ``on_error_message``; with ``on_error="fail"`` the first one is raised instead
    and stops the run.
    Each finished article is written with one ``write`` call, so the output never holds half
    an article, and the same inputs and config give byte-identical output (on one machine: the
    number of torch threads, ``classify.threads``, moves probabilities by about 1e-6).

    Args:
        inputs: files and directories (see :func:`stance.ingest.read_inputs`).
        cfg: the configuration.
        out: output file; ``None`` writes to ``stream`` (stdout).
        fmt: ``jsonl`` (resumable), ``csv`` or ``table``.
        given_statements: classify the statements in the input records; do not extract.
        overwrite: start over instead of resuming.
        on_error: ``skip``, ``fail`` or ``auto``; ``None`` takes ``run.on_error``.
        progress: show a bar (terminal) or periodic lines on stderr.
        on_error_message: called with each skipped input's error.
        stream: where results go when ``out`` is ``None``.
        classifier: a classifier to use instead of building one from ``cfg.classify``.
        engine: what runs extraction and classification, chunk by chunk (default:
            :func:`process_chunks` in this process; :mod:`stance.engine_ray` passes a Ray one).

    Returns:
        A :class:`RunSummary`.

    Raises:
        DataError: with ``on_error="fail"``, the first bad input; or an unusable existing output.
        ConfigError: resuming into an output made with a different config.
        ModelLoadError: the model cannot be loaded.
    """
    t0 = time.monotonic()
    policy = resolve_on_error(on_error, inputs, cfg)
    summary = RunSummary(out=out)
    done: dict[str, tuple[str, int]] = {}
    resumable = out is not None and fmt == "jsonl"
    exclude: list[Path] = []
    if out is not None:
        summary.error_log = error_log_path(out)
        exclude = [out, summary.error_log, config_path(out)]
    if resumable:
        assert out is not None
        if not overwrite and out.exists():
            check_resume_config(out, cfg)
            done = scan_output(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        write_config(out, cfg)
    seen: dict[str, str] = {}
    bar = Progress(count_inputs(inputs) if progress else None, enabled=progress)
    error_log_fh = summary.error_log.open("w", encoding="utf-8") if summary.error_log is not None else None
    writer = Writer(out, fmt, append=bool(done), stream=stream)

    def checked() -> Iterator[Article | DataError]:
        """Ingested items, with duplicate ids and changed texts turned into errors in place."""
        for item in read_inputs(inputs, cfg.ingest, with_statements=given_statements, exclude=exclude):
            if isinstance(item, DataError):
                yield item
                continue
            path, line = _where(item)
            if item.id in seen:
                yield DataError(f"duplicate article id {item.id!r} (first seen at {seen[item.id]}); give each "
                                "article a unique id", path=path or item.id, line=line)
                continue
            seen[item.id] = item.origin or item.id
            if item.id in done and done[item.id][0] != text_hash(item.text):
                yield DataError(f"article id {item.id!r} is already in {out} with a different text; "
                                "use --overwrite to start over", path=path or item.id, line=line)
                continue
            yield item

    def todo() -> Iterator[list[Article | DataError]]:
        """Chunks still to do. A chunk an interrupted run left half written (the output's tail)
        is cut off and done again whole, so its statements are classified together as before."""
        for chunk in chunked(checked()):
            finished = [a for a in chunk if isinstance(a, Article) and a.id in done]
            if not finished:
                yield chunk
                continue
            articles = sum(isinstance(a, Article) for a in chunk)
            if len(finished) < articles:
                cut = min(done[a.id][1] for a in finished)
                tail = {aid for aid, (_, offset) in done.items() if offset >= cut}
                if tail == {a.id for a in finished}:
                    log.info("redoing %d articles of an interrupted chunk", len(finished))
                    writer.truncate(cut)
                    for a in finished:
                        del done[a.id]
                    yield chunk
                    continue
            summary.resumed += len(finished)
            bar.update(resumed=len(finished))
            keep = [a for a in chunk if not (isinstance(a, Article) and a.id in done)]
            if keep:
                yield keep

    if engine is None:
        def engine(chunks: Iterable[list[Article | DataError]]) -> Iterator[Article | DataError]:
            return process_chunks(chunks, cfg, given_statements=given_statements, classifier=classifier)

    try:
        for item in engine(todo()):
            if isinstance(item, DataError):
                summary.errors.append(item)
                if error_log_fh is not None:
                    error_log_fh.write(json.dumps({"file": item.path, "line": item.line, "reason": item.reason},
                                                  ensure_ascii=False) + "\n")
                    error_log_fh.flush()
                bar.update(errors=1)
                if policy == "fail":
                    raise item  # the caller reports it (once)
                if on_error_message is not None:
                    on_error_message(item)
                continue
            writer.write(item)
            summary.articles += 1
            summary.statements += len(item.statements)
            bar.update(articles=1, statements=len(item.statements))
    finally:
        writer.close()
        bar.close()
        if error_log_fh is not None:
            error_log_fh.close()
            if summary.error_log is not None and not summary.errors:
                summary.error_log.unlink(missing_ok=True)
    if not summary.errors:
        summary.error_log = None
    summary.seconds = time.monotonic() - t0
    return summary


def _where(article: Article) -> tuple[str | None, int | None]:
    """(file, line) an article came from; ``origin`` is ``path`` or ``path:line``."""
    origin = article.origin
    if not origin:
        return None, None
    head, _, tail = origin.rpartition(":")
    if head and tail.isdigit():
        return head, int(tail)
    return origin, None


__all__ = ["CHUNK_ARTICLES", "RunSummary", "StanceError", "Writer", "chunked", "classify_articles", "classify_chunk",
           "classify_records", "extract_and_resolve", "load_done", "prepare", "process", "process_chunks", "run",
           "scan_output"]
