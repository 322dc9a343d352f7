"""Ingest: files on disk -> :class:`~stance.records.Article`.

Inputs are plain-text articles (``.txt``; id = file stem, or the ``id``/``source``/``date``
of a sidecar ``<stem>.meta.json``), JSON Lines of article records (``.jsonl``, codebook
section 5), Parquet shards with the same columns (``.parquet``), HTML pages (``.html``/``.htm``,
text extracted), or directories of them (walked in a stable, sorted order).

The article text is never changed: page furniture such as subscription prompts and photo
credits is recorded as ``Article.skip`` ranges, so every offset points into the original text.
A bad input yields a :class:`~stance.errors.DataError` naming the file (and line) in place of
an article; reading goes on with the next one. What counts as bad, and why:

- empty or whitespace-only text (after HTML extraction too);
- binary data: NUL bytes, UTF-16/UTF-32 byte-order marks, or text that is more than 1% control
  characters (a few stray control characters are kept verbatim, so offsets stay valid);
- not UTF-8, unless ``ingest.encoding_fallback`` declares a fallback (then a warning says so);
- an HTML page when ``ingest.html=reject`` (by default its visible text is extracted);
- larger than ``ingest.max_bytes`` (a file, or one JSONL line);
- a JSONL line that is not JSON, not an object, or lacks a string ``id``/``text`` (or has
  ``source``/``date`` that are not strings), or whose text has unpaired UTF-16 surrogates;
- in a directory, a file whose type is not an article type (``.pdf``, ``.docx``, ...).

Text with no statements is not an error; duplicate ids are found by the pipeline.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Any

from stance.config import IngestConfig
from stance.errors import DataError
from stance.records import Article, Statement

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json"}
PARQUET_SUFFIXES = {".parquet"}
INPUT_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | PARQUET_SUFFIXES
SIDECAR_SUFFIX = ".meta.json"
"""``<stem>.meta.json`` next to ``<stem>.txt`` holds that article's id/source/date; never an input."""

# Control characters other than tab, newline, vertical tab, form feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
MAX_CONTROL_FRACTION = 0.01
"""Text with more control characters than this (and more than 2) is taken for binary/corrupt."""
_BOMS = {
    b"\xff\xfe\x00\x00": "UTF-32",
    b"\x00\x00\xfe\xff": "UTF-32",
    b"\xff\xfe": "UTF-16",
    b"\xfe\xff": "UTF-16",
}

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
      | (?:see\ also|also\ read|watch|listen)\s*:.{0,80}
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


def discover(paths: Iterable[str | Path], exclude: Iterable[str | Path] = ()) -> Iterator[Path]:
    """Expand inputs to files, in a stable order; directories are walked recursively.

    Hidden files and ``*.meta.json`` sidecars inside directories are passed over. Every other
    file in a directory is yielded, whatever its type, so that reading it reports an unsupported
    type. A path that does not exist is still yielded, so that reading it reports the error.

    Args:
        paths: files and directories, in the order given.
        exclude: files never to yield (a run's own output and logs, should they lie inside
            an input directory).
    """
    skip = {_same(p) for p in exclude}
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if any(part.startswith(".") for part in child.relative_to(p).parts):
                    continue
                if child.name.lower().endswith(SIDECAR_SUFFIX) or not child.is_file() or _same(child) in skip:
                    continue
                yield child
        elif _same(p) not in skip:
            yield p


def _same(path: str | Path) -> str:
    try:
        return str(Path(path).resolve())
    except OSError:  # pragma: no cover - unresolvable path: compare as given
        return str(path)


# Where a page states when it was published: <meta> names and properties, most specific first.
_DATE_META = (
    "article:published_time", "og:article:published_time", "datepublished", "publish-date", "publishdate", "pubdate",
    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.created", "date",
)
_ISO_DAY_RE = re.compile(r"\s*(\d{4}-\d{2}-\d{2})(?:[T\s]|$)")
_JSONLD_DATE_RE = re.compile(r'"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})')


class _TextExtractor(HTMLParser):
    _BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "article", "section", "tr"}
    # (a photo caption is no article text: "Khamenei speaks in Tehran. (Photo: AFP)")
    _HIDDEN = {"script", "style", "noscript", "template", "head", "nav", "footer", "aside", "form", "figcaption"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0
        self.dates: dict[str, str] = {}  # <meta> name or property (lower case) -> its content
        self.time: str | None = None  # the first <time datetime="...">

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            a = {k.lower(): v for k, v in attrs if v is not None}
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key in _DATE_META and "content" in a:
                self.dates.setdefault(key, a["content"])
        elif tag == "time" and self.time is None:
            self.time = dict(attrs).get("datetime")
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
    return html_article(html)[0]


def html_article(html: str) -> tuple[str, str | None]:
    """Visible text of an HTML page and the day it was published (``YYYY-MM-DD``, or None when the page
    does not say): ``<meta property="article:published_time">`` and its kin, JSON-LD ``datePublished``,
    then the first ``<time datetime>``."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    found = [parser.dates[k] for k in _DATE_META if k in parser.dates]
    m_ld = _JSONLD_DATE_RE.search(html)
    found += [m_ld.group(1)] if m_ld else []
    found += [parser.time] if parser.time else []
    day = next((m.group(1) for m in (_ISO_DAY_RE.match(v) for v in found) if m is not None), None)
    return parser.text(), day


def _decode(data: bytes, path: str, cfg: IngestConfig, line: int | None = None, *, bom: bool = True) -> str:
    """Bytes -> text: UTF-8 (a leading BOM dropped when ``bom``), or the declared fallback.

    Raises:
        DataError: UTF-16/32 or binary data, or not UTF-8 with no fallback declared.
    """
    for mark, name in _BOMS.items():
        if data.startswith(mark):
            raise DataError(f"{name} text (byte-order mark {mark.hex()}); convert it to UTF-8", path=path, line=line)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DataError(f"binary data (NUL byte at offset {nul}), not text; give a UTF-8 text, JSONL or HTML file",
                        path=path, line=line)
    try:
        return data.decode("utf-8-sig" if bom else "utf-8")
    except UnicodeDecodeError as exc:
        if cfg.encoding_fallback == "reject":
            raise DataError(
                f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); convert it to UTF-8 "
                "or set ingest.encoding_fallback=cp1252",
                path=path,
                line=line,
            ) from None
        where = f"{path}:{line}" if line is not None else path
        log.warning("%s: not UTF-8, decoded as %s (ingest.encoding_fallback)", where, cfg.encoding_fallback)
        return data.decode(cfg.encoding_fallback, errors="replace")


def check_text(text: str, path: str, line: int | None = None) -> None:
    """Refuse text that is empty, binary-looking or not encodable as UTF-8.

    A few stray control characters are allowed (kept verbatim, so offsets stay valid); more
    than :data:`MAX_CONTROL_FRACTION` of the text (and more than 2) means binary or corrupt data.

    Raises:
        DataError: with the reason.
    """
    if not text.strip():
        raise DataError("empty article text (nothing but whitespace); remove the file or add the article text",
                        path=path, line=line)
    bad = _SURROGATE.search(text)
    if bad is not None:
        raise DataError(f"text has an unpaired UTF-16 surrogate (U+{ord(bad.group()):04X} at character "
                        f"{bad.start()}); it cannot be written as UTF-8, fix the record", path=path, line=line)
    n_control = len(_CONTROL.findall(text))
    if n_control > 2 and n_control > MAX_CONTROL_FRACTION * len(text):
        first = _CONTROL.search(text)
        assert first is not None
        raise DataError(f"{n_control} control characters in {len(text)} (first U+{ord(first.group()):04X} at "
                        f"character {first.start()}); binary or corrupted text, not an article",
                        path=path, line=line)
    if n_control:
        log.info("%s: %d stray control character(s) kept verbatim", f"{path}:{line}" if line else path, n_control)


def _finish(article: Article, cfg: IngestConfig) -> Article:
    if cfg.strip_boilerplate:
        return article.with_(skip=find_boilerplate(article.text))
    return article


def _read_meta(path: Path) -> dict[str, Any]:
    meta_path = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not meta_path.exists():
        return {}
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise DataError(f"unreadable metadata sidecar {meta_path.name} ({exc}); fix or remove it",
                        path=str(path)) from None
    if not isinstance(meta, dict):
        raise DataError(f"metadata sidecar {meta_path.name} must hold a JSON object", path=str(path))
    aid = meta.get("id")
    if aid is not None and (isinstance(aid, bool) or not isinstance(aid, (str, int)) or not str(aid).strip()):
        raise DataError(f"metadata sidecar {meta_path.name}: 'id' must be a non-empty string", path=str(path))
    for key in ("source", "date"):
        if meta.get(key) is not None and not isinstance(meta[key], str):
            raise DataError(f"metadata sidecar {meta_path.name}: '{key}' must be a string or null, found "
                            f"{type(meta[key]).__name__}", path=str(path))
    return meta


def _read_bytes(path: Path, cfg: IngestConfig) -> bytes:
    """The bytes of one input file, refused when missing, a directory or over ``ingest.max_bytes``."""
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
        return path.read_bytes()
    except OSError as exc:
        raise DataError(f"cannot read ({exc.strerror or exc})", path=p) from None


def read_text_file(path: Path, cfg: IngestConfig) -> Article:
    """Read one ``.txt`` or ``.html`` article.

    Raises:
        DataError: missing, unreadable, too large, binary, not UTF-8, empty, or an HTML page
            with ``ingest.html=reject``.
    """
    p = str(path)
    text = _decode(_read_bytes(path, cfg), p, cfg)
    check_text(text, p)
    page_date = None
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        if cfg.html == "reject":
            raise DataError("HTML page, not article text; save the article text or set ingest.html=extract", path=p)
        text, page_date = html_article(text)
        check_text(text, p)
    meta = _read_meta(path)
    article = Article(
        id=str(meta.get("id") or path.stem),
        text=text,
        source=meta.get("source") or p,
        date=meta.get("date") or page_date,  # (a sidecar's date wins over the page's own)
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
    check_text(text, path, line)
    page_date = None
    if looks_like_html(text):
        if cfg.html == "reject":
            raise DataError("'text' is an HTML page; give the article text or set ingest.html=extract",
                            path=path, line=line)
        text, page_date = html_article(text)
        check_text(text, path, line)
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
            if isinstance(st.get("text"), str) and st["text"] != text[s:e]:
                raise DataError(f"statement {j}: its 'text' does not equal the article text at [{s}, {e}); "
                                "offsets must point into the verbatim article text", path=path, line=line)
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
        date=obj.get("date") or page_date,
        statements=statements,
        origin=f"{path}:{line}",
    )
    return _finish(article, cfg)


def _lines(fh: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, bytes, size) per line; bytes is None for a line over ``limit``, which is
    skipped without holding it in memory."""
    lineno = 0
    while True:
        raw = fh.readline(limit + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) <= limit:
            yield lineno, raw, len(raw)
            continue
        size = len(raw)
        while not raw.endswith(b"\n"):
            raw = fh.readline(1 << 20)
            if not raw:
                break
            size += len(raw)
        yield lineno, None, size


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
        for lineno, raw, size in _lines(fh, cfg.max_bytes):
            if raw is not None and not raw.strip():
                continue
            any_line = True
            try:
                if raw is None:
                    raise DataError(f"line is {size:,} bytes, over ingest.max_bytes={cfg.max_bytes:,}; raise the "
                                    "limit or split the record", path=p, line=lineno)
                line = _decode(raw, p, cfg, line=lineno, bom=lineno == 1)
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise DataError(f"invalid JSON ({exc.msg}, column {exc.colno}); fix or remove the line",
                                    path=p, line=lineno) from None
                except RecursionError:
                    raise DataError("JSON nested too deeply to be an article record", path=p, line=lineno) from None
                yield parse_record(obj, p, lineno, cfg, with_statements=with_statements)
            except DataError as err:
                yield err
    if not any_line:
        yield DataError("empty file (no JSONL records); remove it or add article records", path=p)


def read_json(path: Path, cfg: IngestConfig, *, with_statements: bool = False) -> Iterator[Article | DataError]:
    """A ``.json`` file holding one article record or a list of them (or JSON Lines)."""
    p = str(path)
    try:
        doc = json.loads(_decode(_read_bytes(path, cfg), p, cfg))
    except DataError as err:
        yield err
        return
    except RecursionError:
        yield DataError("JSON nested too deeply to be an article record", path=p)
        return
    except json.JSONDecodeError:
        yield from read_jsonl(path, cfg, with_statements=with_statements)
        return
    if isinstance(doc, list) and not doc:
        yield DataError("empty JSON list (no article records); remove it or add article records", path=p)
    for i, obj in enumerate(doc if isinstance(doc, list) else [doc], 1):
        try:
            yield parse_record(obj, p, i, cfg, with_statements=with_statements)
        except DataError as err:
            yield err


def read_parquet(path: Path, cfg: IngestConfig, *, with_statements: bool = False) -> Iterator[Article | DataError]:
    """Stream the article rows of a Parquet file (columns ``id``, ``text``, optionally ``source``,
    ``date`` and ``statements``), checked as JSONL records are; ``line`` is the 1-based row."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    p = str(path)
    try:
        pf = pq.ParquetFile(path)
    except FileNotFoundError:
        yield DataError("no such file; check the path", path=p)
        return
    except (OSError, pa.ArrowException) as exc:
        yield DataError(f"not a readable Parquet file ({str(exc).splitlines()[0]})", path=p)
        return
    names = pf.schema_arrow.names
    missing = [c for c in ("id", "text") if c not in names]
    if missing:
        yield DataError(f"Parquet file has no column {missing}, found {names}; expected id and text (and source, "
                        "date); see CODEBOOK section 5", path=p)
        return
    wanted = ["id", "text", "source", "date", *(["statements"] if with_statements else [])]
    columns = [c for c in wanted if c in names]
    row = 0
    try:
        for batch in pf.iter_batches(batch_size=256, columns=columns):
            for rec in batch.to_pylist():
                row += 1
                try:
                    text = rec.get("text")
                    if isinstance(text, str) and len(text) > cfg.max_bytes // 4 and \
                            len(text.encode("utf-8", "surrogatepass")) > cfg.max_bytes:
                        raise DataError(f"text is over ingest.max_bytes={cfg.max_bytes:,} bytes; raise the limit or "
                                        "split the record", path=p, line=row)
                    if hasattr(rec.get("date"), "isoformat"):
                        rec["date"] = rec["date"].isoformat()
                    yield parse_record(rec, p, row, cfg, with_statements=with_statements)
                except DataError as err:
                    yield err
    except (OSError, pa.ArrowException) as exc:
        yield DataError(f"Parquet file unreadable after row {row} ({str(exc).splitlines()[0]})", path=p)
        return
    if row == 0:
        yield DataError("empty Parquet file (no rows); remove it or add article rows", path=p)


def _walk(paths: Iterable[str | Path], exclude: Iterable[str | Path]) -> Iterator[tuple[Path, bool]]:
    """(file, named) pairs: ``named`` is true for a file given by name, false for one found in a folder."""
    given = {_same(p) for p in paths if not Path(p).is_dir()}
    for path in discover(paths, exclude):
        yield path, _same(path) in given


def read_inputs(
    paths: Iterable[str | Path],
    cfg: IngestConfig | None = None,
    *,
    with_statements: bool = False,
    exclude: Iterable[str | Path] = (),
) -> Iterator[Article | DataError]:
    """Stream articles from files and directories, in a stable order.

    A file given by name is read whatever its suffix (``.txt``, ``.html``, ``.json``/``.jsonl``,
    ``.parquet`` by suffix, anything else as text). A file found in a folder must have one of
    :data:`INPUT_SUFFIXES`; any other is reported as an unsupported type, not read.

    Args:
        paths: ``.txt``/``.html`` files, ``.jsonl`` files, or directories of them.
        cfg: ingest settings.
        with_statements: keep (and check) the ``statements`` of JSONL records.
        exclude: files never to read (a run's own output, should it lie in an input folder).

    Yields:
        An :class:`Article` per good input, a :class:`DataError` per bad file or line.
    """
    cfg = cfg or IngestConfig()
    paths = list(paths)
    for path, named in _walk(paths, exclude):
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(path, cfg, with_statements=with_statements)
        elif suffix in JSON_SUFFIXES:
            yield from read_json(path, cfg, with_statements=with_statements)
        elif suffix in PARQUET_SUFFIXES:
            yield from read_parquet(path, cfg, with_statements=with_statements)
        elif not named and suffix not in INPUT_SUFFIXES:
            yield DataError(f"unsupported file type {suffix or '(no suffix)'!r}; expected one of "
                            f"{sorted(INPUT_SUFFIXES)}; convert it or move it out of the folder", path=str(path))
        elif with_statements and path.exists():
            yield DataError("--given-statements needs JSONL records with 'statements'", path=str(path))
        else:
            try:
                yield read_text_file(path, cfg)
            except DataError as err:
                yield err
