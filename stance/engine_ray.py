"""The Ray engine: the same corpus run as :func:`stance.pipeline.run`, spread over a Ray cluster.

The driver (the machine that runs ``stance classify --engine ray``) does what must happen in
one place and in order: it reads the inputs (:mod:`stance.ingest`: text, HTML, JSONL or Parquet
shards, with the same checks and reasons as the local engine), drops articles already in
the output (resume) and duplicate ids, and writes each finished article, in input order,
through the pipeline's :class:`~stance.pipeline.Writer`, with the same error log. What costs
time runs on the cluster as a Ray Dataset: statement extraction and speaker resolution in
stateless ``map_batches`` tasks, then classification in ``map_batches`` on a pool of actors
that each load the model once (``run.ray_concurrency`` actors with ``run.ray_num_cpus`` /
``run.ray_num_gpus`` each, about ``run.ray_batch_size`` articles per batch). One row of the
dataset is one of the pipeline's chunks, so the statements classified together are the same
as on the local engine. The dataset is made in windows of ``run.ray_window`` inputs, so the
driver's memory stays bounded, and is read back in order (``preserve_order``), so the output is
the local engine's, record for record. It is byte for byte the same when both sides run torch
with the same number of threads (``classify.threads``; a Ray actor gets ``run.ray_num_cpus``):
torch's sums change in the last digits with the thread count, which moves a probability by
about 1e-6, never a label.

Workers need ``stance`` installed (``pip install "stance[ray]"``) and the model at the same
path or name as the driver's config says (the embedded default ships with the package).

Example::

    ray start --head                      # or an existing cluster
    stance classify corpus/ --out results.jsonl --engine ray --ray-address auto
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import logging
import socket
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Literal

from stance.config import StanceConfig
from stance.errors import ConfigError, DataError, ModelLoadError, StanceError
from stance.records import Article, Mention, Prediction, Statement

log = logging.getLogger(__name__)

__all__ = ["RayEngine", "article_from_dict", "article_to_dict", "decode_chunk", "encode_chunk", "run_ray"]


# --------------------------------------------------------------------------- row payloads
def _statement_to_dict(s: Statement) -> dict[str, Any]:
    d = {f.name: getattr(s, f.name) for f in dataclasses.fields(s)}
    d["mention"] = dataclasses.asdict(s.mention) if s.mention is not None else None
    p = s.prediction
    d["prediction"] = None if p is None else {"stance_probs": p.stance_probs, "sentiment_probs": p.sentiment_probs}
    return d


def _statement_from_dict(d: dict[str, Any]) -> Statement:
    d = dict(d)
    if d.get("mention") is not None:
        d["mention"] = Mention(**d["mention"])
    if d.get("prediction") is not None:
        d["prediction"] = Prediction(**d["prediction"])
    return Statement(**d)


def article_to_dict(article: Article) -> dict[str, Any]:
    """An article as JSON-ready data that loses nothing (probabilities at full precision)."""
    return {
        "id": article.id,
        "text": article.text,
        "source": article.source,
        "date": article.date,
        "origin": article.origin,
        "skip": [list(r) for r in article.skip],
        "extra": article.extra,
        "statements": [_statement_to_dict(s) for s in article.statements],
    }


def article_from_dict(d: dict[str, Any]) -> Article:
    """The inverse of :func:`article_to_dict`."""
    return Article(
        id=d["id"],
        text=d["text"],
        source=d["source"],
        date=d["date"],
        origin=d["origin"],
        skip=tuple((a, b) for a, b in d["skip"]),
        extra=d["extra"],
        statements=tuple(_statement_from_dict(s) for s in d["statements"]),
    )


def encode_chunk(items: Sequence[Article | DataError]) -> str:
    """A chunk as one JSON string (one Ray row): articles and errors, in order."""
    return json.dumps([{"article": article_to_dict(a)} if isinstance(a, Article)
                       else {"error": {"reason": a.reason, "path": a.path, "line": a.line}} for a in items],
                      ensure_ascii=False)


def decode_chunk(payload: str) -> list[Article | DataError]:
    """The inverse of :func:`encode_chunk`."""
    out: list[Article | DataError] = []
    for d in json.loads(payload):
        if "article" in d:
            out.append(article_from_dict(d["article"]))
        else:
            e = d["error"]
            out.append(DataError(e["reason"], path=e["path"], line=e["line"]))
    return out


# --------------------------------------------------------------------------- cluster side
def _extract_batch(batch: dict[str, Any], cfg: StanceConfig) -> dict[str, Any]:
    """Ray task: extraction and speaker resolution for a batch of chunk rows."""
    from stance.pipeline import prepare

    out = [encode_chunk([prepare(item, cfg, given_statements=False) for item in decode_chunk(p)])
           for p in batch["payload"].tolist()]
    return {"idx": batch["idx"], "payload": _object_array(out)}


class _ClassifyActor:
    """Ray actor: loads the classifier once, then classifies batches of chunk rows, one
    classifier call per chunk (as the local engine does).

    A model that cannot be loaded does not kill the actor (Ray would retry and bury the
    reason); every row it is given comes back as a ``fatal`` payload that the driver raises.
    """

    def __init__(self, cfg: StanceConfig, plugin_modules: Sequence[str] = ()) -> None:
        for name in plugin_modules:  # modules that register backends outside stance (tests, plugins)
            importlib.import_module(name)
        from stance.classify import build_classifier

        self.fatal: str | None = None
        self.clf: Any = None
        try:
            self.clf = build_classifier(cfg.classify)
        except StanceError as exc:
            self.fatal = json.dumps({"fatal": {"type": type(exc).__name__, "message": str(exc)}})

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        from stance.pipeline import classify_chunk

        payloads = batch["payload"].tolist()
        if self.fatal is not None:
            return {"idx": batch["idx"], "payload": _object_array([self.fatal] * len(payloads))}
        out = [encode_chunk(classify_chunk(decode_chunk(p), lambda: self.clf)) for p in payloads]
        return {"idx": batch["idx"], "payload": _object_array(out)}


def _object_array(values: list[str]) -> Any:
    import numpy as np

    arr = np.empty(len(values), dtype=object)
    arr[:] = values
    return arr


# --------------------------------------------------------------------------- driver side
def _import_ray() -> Any:
    try:
        import ray
    except ImportError:
        raise ConfigError('run.engine: ray is not installed; install it with pip install "stance[ray]" '
                          "(or pip install \"ray[data]\")") from None
    return ray


def _plugin_modules(cfg: StanceConfig) -> list[str]:
    """Modules outside ``stance`` that registered the configured backend; actors import them too."""
    from stance.classify import get_backend

    module = getattr(get_backend(cfg.classify.backend), "__module__", "") or ""
    return [module] if module and not module.startswith("stance.") and module != "__main__" else []


class RayEngine:
    """Extraction and classification of a stream of chunks on Ray, results in input order.

    One chunk (see :data:`stance.pipeline.CHUNK_ARTICLES`) is one row of the dataset, so the
    statements classified together are those the local engine classifies together.
    """

    def __init__(self, cfg: StanceConfig, *, given_statements: bool = False) -> None:
        self.cfg = cfg
        self.given_statements = given_statements
        self.plugins = _plugin_modules(cfg)

    def __call__(self, chunks: Iterable[list[Article | DataError]]) -> Iterator[Article | DataError]:
        window: list[list[Article | DataError]] = []
        size = 0
        for chunk in chunks:
            window.append(chunk)
            size += len(chunk)
            if size >= self.cfg.run.ray_window:
                yield from self._window(window)
                window, size = [], 0
        if window:
            yield from self._window(window)

    def _window(self, window: list[list[Article | DataError]]) -> Iterator[Article | DataError]:
        import ray

        from stance.pipeline import CHUNK_ARTICLES

        rows = [{"idx": i, "payload": encode_chunk(c)} for i, c in enumerate(window)
                if any(isinstance(a, Article) for a in c)]
        if not rows:
            for chunk in window:
                yield from chunk
            return
        rc = self.cfg.run
        rows_per_batch = max(1, -(-rc.ray_batch_size // CHUNK_ARTICLES))
        ds: Any = ray.data.from_items(rows)
        if not self.given_statements:
            ds = ds.map_batches(_extract_batch, fn_kwargs={"cfg": self.cfg}, batch_size=rows_per_batch,
                                batch_format="numpy")
        ds = ds.map_batches(
            _ClassifyActor,
            fn_constructor_kwargs={"cfg": self.cfg, "plugin_modules": self.plugins},
            compute=ray.data.ActorPoolStrategy(size=rc.ray_concurrency),
            batch_size=rows_per_batch,
            num_cpus=rc.ray_num_cpus,
            num_gpus=rc.ray_num_gpus,
            batch_format="numpy",
        )
        results = iter(ds.iter_rows())
        for i, chunk in enumerate(window):
            if not any(isinstance(a, Article) for a in chunk):
                yield from chunk
                continue
            row = next(results)
            if int(row["idx"]) != i:
                raise RuntimeError(f"Ray returned chunk {row['idx']} where chunk {i} was expected")
            payload = row["payload"]
            if payload.startswith('{"fatal"'):
                fatal = json.loads(payload)["fatal"]
                cls = {"ModelLoadError": ModelLoadError, "ConfigError": ConfigError}.get(fatal["type"], StanceError)
                raise cls(fatal["message"])
            done = decode_chunk(payload)
            if len(done) != len(chunk):
                raise RuntimeError(f"Ray returned {len(done)} items for a chunk of {len(chunk)}")
            yield from done


def _ensure_ray(cfg: StanceConfig) -> bool:
    """Connect to ``run.ray_address`` (or start a local Ray) unless Ray is up; True if started here."""
    ray = _import_ray()
    if ray.is_initialized():
        return False
    address = cfg.run.ray_address
    log.info("connecting to Ray at %s", address or "a new local instance")
    _probe(address)
    try:
        ray.init(address=address, logging_level=logging.WARNING, include_dashboard=False)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise ConfigError(f"run.ray_address: cannot connect to Ray at {address!r} ({str(exc).splitlines()[0]}); "
                          "start a cluster with `ray start --head` and give its address") from None
    return True


def _probe(address: str | None, timeout: float = 5.0) -> None:
    """Fail fast on a ``host:port`` (or ``ray://host:port``) nobody listens at: Ray itself
    retries for minutes before it gives up."""
    if not address or address in ("auto", "local") or ("://" in address and not address.startswith("ray://")):
        return
    hostport = address.removeprefix("ray://")
    host, sep, port = hostport.rpartition(":")
    if not sep or not port.isdigit():
        raise ConfigError(f"run.ray_address: {address!r} is not auto, HOST:PORT or ray://HOST:PORT")
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=timeout).close()
    except OSError as exc:
        raise ConfigError(f"run.ray_address: nothing answers at {address} ({exc.strerror or exc}); start a cluster "
                          "with `ray start --head` and give the address it prints") from None


def _quiet_ray_data() -> None:
    import ray.data  # configures Ray Data's loggers on import; quiet them after that

    if not log.isEnabledFor(logging.INFO):  # stance -v shows Ray Data's own progress lines
        logging.getLogger("ray.data").setLevel(logging.ERROR)
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = False
    if hasattr(ctx, "print_on_execution_start"):
        ctx.print_on_execution_start = False


def run_ray(
    inputs: Sequence[str | Path],
    cfg: StanceConfig,
    *,
    out: Path | None = None,
    fmt: Literal["jsonl", "csv", "table"] = "jsonl",
    given_statements: bool = False,
    overwrite: bool = False,
    on_error: Literal["skip", "fail", "auto"] | None = None,
    on_error_message: Callable[[DataError], None] | None = None,
    progress: bool = False,
    stream: IO[str] | None = None,
) -> Any:
    """Run a corpus on Ray: the same records, resume and error log as :func:`stance.pipeline.run`.

    Args:
        inputs: files and directories (see :func:`stance.ingest.read_inputs`).
        cfg: the configuration; ``run.ray_*`` sets the address and the actors' resources.
        out: output file; ``None`` writes to ``stream`` (stdout).
        fmt: ``jsonl`` (resumable), ``csv`` or ``table``.
        given_statements: classify the statements in the input records; do not extract.
        overwrite: start over instead of resuming.
        on_error: ``skip``, ``fail`` or ``auto``; ``None`` takes ``run.on_error``.
        on_error_message: called with each skipped input's error.
        progress: show progress on stderr.
        stream: where results go when ``out`` is ``None``.

    Returns:
        A :class:`~stance.pipeline.RunSummary`.

    Raises:
        ConfigError: Ray is not installed or the cluster cannot be reached.
        DataError: with ``on_error="fail"``, the first bad input; or an unusable existing output.
        ModelLoadError: the workers cannot load the model.
    """
    from stance.pipeline import run

    started = _ensure_ray(cfg)
    try:
        _quiet_ray_data()
        return run(inputs, cfg, out=out, fmt=fmt, given_statements=given_statements, overwrite=overwrite,
                   on_error=on_error, on_error_message=on_error_message, progress=progress, stream=stream,
                   engine=RayEngine(cfg, given_statements=given_statements))
    finally:
        if started:
            import ray

            ray.shutdown()
