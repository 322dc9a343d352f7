"""Ingest: files on disk -> :class:`~stance.records.Article`.

Inputs are plain-text articles (``.txt``; id = file stem, or the ``id``/``source``/``date``
of a sidecar ``<stem>.meta.json``), JSON Lines of article records (``.jsonl``, codebook
section 5), HTML pages (``.html``/``.htm``, text extracted), or directories of them (walked in
a stable, sorted order).

The article text is never changed: page furniture such as subscription prompts and photo
credits is recorded as ``Article.skip`` ranges, so every offset points into the original text.
A bad input yields a :class:`~stance.errors.DataError` naming the file (and line) in place of
an article; reading goes on with the next one.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from stance.config import IngestConfig
from stance.errors import DataError
from stance.records import Article, Statement

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}
INPUT_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES

# Whole lines that are page furniture, not article text (matched case-insensitively).
_BOILERPLATE_LINE = re.compile(
    r"""^\s*(?:
        .{0,80}\bsubscribe\b.{0,80}
      | .{0,60}\bfree\ articles?\b.{0,60}
      | (?:get\ )?unlimited\ (?:stories|digital\ access|\w+\ journalism).{0,60}
      | .{0,40}stories\ this\ month.{0,40}
      | (?:sign\ up|log\ in|register)\ (?:for|to)\ .{0,80}
      | advertisement
      | (?:photo|image|video)(?:\ credit)?\s*:.{0,120}
      | .{0,120}\bvia\ (?:AP|Reuters|AFP|Getty\ Images|EPA|WANA|IRNA|Tasnim)\.?
      | .{0,80}\((?:AP|Reuters|AFP|Getty\ Images|EPA)\ (?:photo|Photo)[^)]*\)
      | (?:share|tweet|email|print)(?:\s*[|/]\s*(?:share|tweet|email|print|facebook|twitter))+
      | (?:read\ more|related|most\ read|recommended)\s*:?.{0,80}
      | (?:copyright|©).{0,120}
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)


def text_hash(text: str) -> str:
    """A short, stable hash of an article's text (used to resume corpus runs)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def find_boilerplate(text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of lines that are page furniture (subscription prompts, credits).

    Args:
        text: the verbatim article text.

    Returns:
        Sorted, non-overlapping ``(start, end)`` ranges covering whole lines.
    """
    ranges: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip() and len(body) <= 200 and _BOILERPLATE_LINE.match(body):
            ranges.append((pos, pos + len(body)))
        pos += len(line)
    return tuple(ranges)


def discover(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand inputs to files, in a stable order; directories are walked recursively.

    A path that does not exist is still yielded, so that reading it reports the error.
    """
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in INPUT_SUFFIXES and not child.name.startswith("."):
                    yield child
        else:
            yield p


class _TextExtractor(HTMLParser):
    _BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "article", "section", "tr"}
    _HIDDEN = {"script", "style", "noscript", "template", "head", "nav", "footer", "aside", "form"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)

    def text(self) -> str:
        raw = "".join(self.parts)
        lines = [re.sub(r"[ \t\r\f\v]+", " ", ln).strip() for ln in raw.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or bool(re.search(r"<(?:html|body|head)[\s>]", head))


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one paragraph per block element."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return parser.text()


def _decode(data: bytes, path: str, cfg: IngestConfig, line: int | None = None) -> str:
    if b"\x00" in data[:8192]:
        raise DataError("binary file (NUL bytes), not text; give a UTF-8 text, JSONL or HTML file", path=path, line=line)
    try:
        return data.decode("utf-8-sig" if line is None else "utf-8")
    except UnicodeDecodeError as exc:
        if cfg.encoding_fallback == "reject":
            raise DataError(
                f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); convert it to UTF-8 "
                "or set ingest.encoding_fallback=cp1252",
                path=path,
                line=line,
            ) from None
        log.warning("%s: not UTF-8, decoded as %s (ingest.encoding_fallback)", path, cfg.encoding_fallback)
        return data.decode(cfg.encoding_fallback, errors="replace")


def _check_text(text: str, path: str, line: int | None = None) -> None:
    if not text.strip():
        raise DataError("empty article text (nothing but whitespace); remove the file or add the article text",
                        path=path, line=line)


def _finish(article: Article, cfg: IngestConfig) -> Article:
    if cfg.strip_boilerplate:
        return article.with_(skip=find_boilerplate(article.text))
    return article


def _read_meta(path: Path) -> dict[str, Any]:
    meta_path = path.with_name(path.stem + ".meta.json")
    if not meta_path.exists():
        return {}
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataError(f"unreadable metadata sidecar {meta_path.name} ({exc}); fix or remove it", path=str(path)) from None
    if not isinstance(meta, dict):
        raise DataError(f"metadata sidecar {meta_path.name} must hold a JSON object", path=str(path))
    return meta


def read_text_file(path: Path, cfg: IngestConfig) -> Article:
    """Read one ``.txt`` or ``.html`` article.

    Raises:
        DataError: missing, unreadable, too large, binary, not UTF-8, or empty.
    """
    p = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise DataError("no such file; check the path", path=p) from None
    except OSError as exc:
        raise DataError(f"cannot read ({exc.strerror or exc})", path=p) from None
    if path.is_dir():
        raise DataError("is a directory, expected a file", path=p)
    if size > cfg.max_bytes:
        raise DataError(f"file is {size:,} bytes, over ingest.max_bytes={cfg.max_bytes:,}; raise the limit or split it",
                        path=p)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataError(f"cannot read ({exc.strerror or exc})", path=p) from None
    text = _decode(data, p, cfg)
    _check_text(text, p)
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        if cfg.html == "reject":
            raise DataError("HTML page, not article text; save the article text or set ingest.html=extract", path=p)
        text = html_to_text(text)
        _check_text(text, p)
    meta = _read_meta(path)
    article = Article(
        id=str(meta.get("id") or path.stem),
        text=text,
        source=meta.get("source") or p,
        date=meta.get("date"),
        origin=p,
    )
    return _finish(article, cfg)


def parse_record(obj: Any, path: str, line: int, cfg: IngestConfig, *, with_statements: bool) -> Article:
    """Check one JSONL record against the codebook format and build an Article.

    Raises:
        DataError: the record is not an object, lacks ``id``/``text``, has wrong types or
            (with ``with_statements``) a statement whose span or text does not fit.
    """
    if not isinstance(obj, dict):
        raise DataError(f"expected a JSON object (an article record), got {type(obj).__name__}", path=path, line=line)
    aid = obj.get("id")
    if isinstance(aid, bool) or not isinstance(aid, (str, int)) or str(aid).strip() == "":
        raise DataError("record has no usable 'id' (need a non-empty string); see CODEBOOK section 5",
                        path=path, line=line)
    text = obj.get("text")
    if not isinstance(text, str):
        found = "missing" if text is None else type(text).__name__
        raise DataError(f"'text' must be a string, found {found}; see CODEBOOK section 5", path=path, line=line)
    _check_text(text, path, line)
    if looks_like_html(text):
        if cfg.html == "reject":
            raise DataError("'text' is an HTML page; give the article text or set ingest.html=extract",
                            path=path, line=line)
        text = html_to_text(text)
        _check_text(text, path, line)
    for key in ("source", "date"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise DataError(f"'{key}' must be a string or null, found {type(obj[key]).__name__}", path=path, line=line)
    statements: tuple[Statement, ...] = ()
    if with_statements:
        raw = obj.get("statements")
        if not isinstance(raw, list):
            raise DataError("--given-statements needs a 'statements' list in every record", path=path, line=line)
        built = []
        for j, st in enumerate(raw):
            if not isinstance(st, dict):
                raise DataError(f"statement {j} is not an object", path=path, line=line)
            s, e = st.get("start"), st.get("end")
            if not (isinstance(s, int) and isinstance(e, int) and not isinstance(s, bool) and 0 <= s < e <= len(text)):
                raise DataError(f"statement {j}: bad span start={s!r} end={e!r} (text has {len(text)} chars)",
                                path=path, line=line)
            try:
                built.append(
                    Statement.from_span(
                        text, s, e,
                        mode=st.get("mode") or "direct",
                        speaker=st.get("speaker") if isinstance(st.get("speaker"), str) else None,
                        side=st.get("side"),
                    )
                )
            except ValueError as exc:
                raise DataError(f"statement {j}: {exc}", path=path, line=line) from None
        statements = tuple(built)
    article = Article(
        id=str(aid),
        text=text,
        source=obj.get("source"),
        date=obj.get("date"),
        statements=statements,
        origin=f"{path}:{line}",
    )
    return _finish(article, cfg)


def read_jsonl(path: Path, cfg: IngestConfig, *, with_statements: bool = False) -> Iterator[Article | DataError]:
    """Stream the article records of a JSONL file; a bad line yields a DataError and reading goes on."""
    p = str(path)
    try:
        fh = path.open("rb")
    except FileNotFoundError:
        yield DataError("no such file; check the path", path=p)
        return
    except OSError as exc:
        yield DataError(f"cannot read ({exc.strerror or exc})", path=p)
        return
    any_line = False
    with fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            any_line = True
            try:
                if len(raw) > cfg.max_bytes:
                    raise DataError(f"line is {len(raw):,} bytes, over ingest.max_bytes={cfg.max_bytes:,}",
                                    path=p, line=lineno)
                line = _decode(raw, p, cfg, line=lineno)
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise DataError(f"invalid JSON ({exc.msg}, column {exc.colno}); fix or remove the line",
                                    path=p, line=lineno) from None
                yield parse_record(obj, p, lineno, cfg, with_statements=with_statements)
            except DataError as err:
                yield err
    if not any_line:
        yield DataError("empty file (no JSONL records); remove it or add article records", path=p)


def read_json(path: Path, cfg: IngestConfig, *, with_statements: bool = False) -> Iterator[Article | DataError]:
    """A ``.json`` file holding one article record or a list of them (or JSON Lines)."""
    p = str(path)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        yield DataError("no such file; check the path", path=p)
        return
    except (OSError, UnicodeDecodeError) as exc:
        yield DataError(f"cannot read as UTF-8 ({exc})", path=p)
        return
    except json.JSONDecodeError:
        yield from read_jsonl(path, cfg, with_statements=with_statements)
        return
    for i, obj in enumerate(doc if isinstance(doc, list) else [doc], 1):
        try:
            yield parse_record(obj, p, i, cfg, with_statements=with_statements)
        except DataError as err:
            yield err


def read_inputs(
    paths: Iterable[str | Path], cfg: IngestConfig | None = None, *, with_statements: bool = False
) -> Iterator[Article | DataError]:
    """Stream articles from files and directories, in a stable order.

    Args:
        paths: ``.txt``/``.html`` files, ``.jsonl`` files, or directories of them.
        cfg: ingest settings.
        with_statements: keep (and check) the ``statements`` of JSONL records.

    Yields:
        An :class:`Article` per good input, a :class:`DataError` per bad file or line.
    """
    cfg = cfg or IngestConfig()
    for path in discover(paths):
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(path, cfg, with_statements=with_statements)
        elif suffix == ".json":
            yield from read_json(path, cfg, with_statements=with_statements)
        elif with_statements and path.exists():
            yield DataError("--given-statements needs JSONL records with 'statements'", path=str(path))
        else:
            try:
                yield read_text_file(path, cfg)
            except DataError as err:
                yield err
