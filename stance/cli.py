"""The command line: a thin Typer app over :mod:`stance.pipeline` and friends.

Library code raises :class:`~stance.errors.StanceError`; here it becomes a one-line message
on stderr and exit status 2. Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import logging
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from stance import __version__
from stance.errors import StanceError

if TYPE_CHECKING:
    from stance.pipeline import Format

app = typer.Typer(
    name="stance",
    help="Find who said what about Iran-US relations, and label each statement's stance and sentiment.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_USER_ERROR = 2


class OutFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


class OnError(StrEnum):
    skip = "skip"
    fail = "fail"


class Engine(StrEnum):
    local = "local"
    ray = "ray"


def _err(message: str) -> None:
    sys.stderr.write(f"stance: error: {message}\n")
    sys.stderr.flush()


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="stance: %(levelname)s: %(message)s")
    if not verbose:
        for noisy in ("transformers", "datasets", "huggingface_hub", "urllib3", "filelock"):
            logging.getLogger(noisy).setLevel(logging.ERROR)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"stance {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """stance: attributed statements about Iran-US relations, with stance and sentiment."""


@app.command()
def classify(
    inputs: Annotated[list[Path], typer.Argument(help="Articles: .txt/.html files, .jsonl records, or directories.",
                                                 show_default=False)],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write results here (default: the terminal).")] = None,
    fmt: Annotated[OutFormat | None, typer.Option("--format", "-f",
                                                  help="jsonl, csv or table (default: table on a terminal, "
                                                       "jsonl into a file).")] = None,
    config: Annotated[Path | None, typer.Option("--config", "-c", help="YAML config file.")] = None,
    set_: Annotated[list[str] | None, typer.Option("--set", help="Override a config key: section.key=value.")] = None,
    given_statements: Annotated[bool, typer.Option("--given-statements",
                                                   help="Classify the statements in the input records; "
                                                        "do not extract.")] = False,
    batch_size: Annotated[int | None, typer.Option("--batch-size", help="Statements per model batch.")] = None,
    device: Annotated[str | None, typer.Option("--device", help="cpu, cuda, cuda:1, ...")] = None,
    workers: Annotated[int | None, typer.Option("--workers", help="Processes that extract statements (default "
                                                                  "run.workers, 1; 0: one per core). More than 1 "
                                                                  "pays with --device cuda.")] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Start over instead of resuming into --out.")] = False,
    on_error: Annotated[OnError | None, typer.Option("--on-error", help="skip bad inputs (listed in the error log) "
                                                                         "or fail at the first (default: run.on_error, "
                                                                         "skip for folders).")] = None,
    engine: Annotated[Engine | None, typer.Option("--engine", help="local, or ray for a Ray cluster.")] = None,
    ray_address: Annotated[str | None, typer.Option("--ray-address", help="Ray cluster address (with --engine ray).")
                           ] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show progress on stderr.")] = True,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what is loaded and done.")] = False,
) -> None:
    """Extract attributed statements and label their stance and sentiment.

    Writes one article record per line (JSONL), one statement per row (CSV), or a table.
    Rerunning with the same --out resumes: articles already there are skipped.
    """
    _setup_logging(verbose)
    from stance.config import load_config

    overrides = list(set_ or [])
    if batch_size is not None:
        overrides.append(f"classify.batch_size={batch_size}")
    if device is not None:
        overrides.append(f"classify.device={device}")
    if workers is not None:
        overrides.append(f"run.workers={workers}")
    if engine is not None:
        overrides.append(f"run.engine={engine.value}")
    if ray_address is not None:
        overrides.append(f"run.ray_address={ray_address}")
    try:
        cfg = load_config(config, overrides)
    except StanceError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_USER_ERROR) from None
    chosen: Format = fmt.value if fmt is not None else ("jsonl" if out is not None else "table")  # type: ignore[assignment]
    if chosen != "jsonl" and out is not None and not overwrite and out.exists():
        overwrite = True  # only JSONL output can be resumed
    try:
        if cfg.run.engine == "ray":
            from stance.engine_ray import run_ray

            summary = run_ray(inputs, cfg, out=out, fmt=chosen, given_statements=given_statements,
                              overwrite=overwrite, on_error=on_error.value if on_error else None,
                              progress=progress and not _quiet_stdout(out), on_error_message=lambda e: _err(str(e)))
        else:
            from stance.pipeline import run

            summary = run(inputs, cfg, out=out, fmt=chosen, given_statements=given_statements,
                          overwrite=overwrite, on_error=on_error.value if on_error else None,
                          progress=progress and not _quiet_stdout(out),
                          on_error_message=lambda e: _err(str(e)))
    except StanceError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_USER_ERROR) from None
    parts = [f"{summary.articles} articles", f"{summary.statements} statements"]
    if summary.resumed:
        parts.append(f"{summary.resumed} already done")
    if summary.skipped:
        parts.append(f"{summary.skipped} skipped (see {summary.error_log or 'the messages above'})")
    if out is not None or progress:
        sys.stderr.write(f"stance: {', '.join(parts)} in {summary.seconds:.1f}s" +
                         (f" -> {out}" if out else "") + "\n")
    if summary.skipped:
        raise typer.Exit(EXIT_USER_ERROR)


def _quiet_stdout(out: Path | None) -> bool:
    """No progress bar when results go to a terminal's stdout that is also stderr's screen."""
    return out is None and sys.stdout.isatty()


@app.command()
def finetune(
    config: Annotated[Path, typer.Option("--config", "-c", help="YAML config with data/finetune sections.")],
    set_: Annotated[list[str] | None, typer.Option("--set", help="Override a config key: section.key=value.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log training progress.")] = False,
) -> None:
    """Fine-tune a stance and sentiment classifier on hand-labelled articles (codebook JSONL)."""
    _setup_logging(verbose)
    from stance.config import load_config

    try:
        cfg = load_config(config, list(set_ or []))
        from stance.finetune import finetune_from_config

        path = finetune_from_config(cfg)
    except StanceError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_USER_ERROR) from None
    typer.echo(f"checkpoint: {path}")
    typer.echo(f"use it with: stance classify ARTICLES --set classify.model={path}")


class EvalFormat(StrEnum):
    table = "table"
    json = "json"
    markdown = "markdown"


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold article records (codebook JSONL, or one JSON document).")],
    pred: Annotated[Path, typer.Argument(help="Predicted records, e.g. `stance classify --format jsonl` output.")],
    gold_spans: Annotated[bool, typer.Option("--gold-spans", help="PRED labels the gold statements, in order; "
                                                                   "extraction is not scored.")] = False,
    fmt: Annotated[EvalFormat, typer.Option("--format", "-f", help="table, json or markdown.")] = EvalFormat.table,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write the result here (default: stdout).")] = None,
    bootstrap: Annotated[int, typer.Option("--bootstrap", help="Article resamples for 95% intervals (0: none).")] = 1000,
    seed: Annotated[int, typer.Option("--seed", help="Resampling seed.")] = 13,
) -> None:
    """Score predictions against hand labels (CODEBOOK section 6), with the reference scorer's rules and keys."""
    from stance.evaluate import evaluate_files, render

    try:
        res = evaluate_files(gold, pred, gold_spans=gold_spans, bootstrap=bootstrap, seed=seed)
    except StanceError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_USER_ERROR) from None
    for warning in res["warnings"]:
        sys.stderr.write(f"stance: warning: {warning}\n")
    text = render(res, fmt.value)
    if out is None:
        typer.echo(text)
    else:
        out.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


@app.command()
def report(
    results: Annotated[Path, typer.Argument(help="`stance classify --format jsonl` output.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Directory for report.html, report.md, PNGs.")] = Path(
        "report"),
    top: Annotated[int, typer.Option("--top", help="How many speakers to chart and list.")] = 20,
) -> None:
    """Per-speaker and per-side stance summaries: PNG charts, one HTML page, Markdown."""
    from stance.report import write_report

    try:
        paths = write_report(results, out, top_n=top)
    except StanceError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_USER_ERROR) from None
    typer.echo(paths.markdown.read_text(encoding="utf-8"))
    sys.stderr.write(f"stance: report -> {paths.html}\n")


def main() -> None:
    """Console-script entry point."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    app()


if __name__ == "__main__":
    main()
