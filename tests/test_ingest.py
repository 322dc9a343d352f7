"""Ingest: every kind of bad input gives a DataError with its reason; good inputs keep their text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from stance.config import IngestConfig
from stance.errors import DataError
from stance.ingest import (
    check_text,
    discover,
    find_boilerplate,
    html_to_text,
    read_inputs,
    read_jsonl,
    read_text_file,
    text_hash,
)
from stance.records import Article

GOOD = 'Foreign Minister Javad Zarif said, "We are ready to talk."\n'


def _one(items):
    items = list(items)
    assert len(items) == 1, items
    return items[0]


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- text files
def test_txt_article_is_verbatim_with_id_from_stem(tmp_path):
    art = read_text_file(_write(tmp_path / "a1.txt", GOOD), IngestConfig())
    assert art.id == "a1"
    assert art.text == GOOD
    assert art.origin == str(tmp_path / "a1.txt")


def test_utf8_bom_is_dropped(tmp_path):
    art = read_text_file(_write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + GOOD.encode()), IngestConfig())
    assert art.text == GOOD


def test_meta_sidecar_gives_id_source_date(tmp_path):
    _write(tmp_path / "x.meta.json", json.dumps({"id": "art-7", "source": "wire", "date": "2015-07-18"}))
    art = read_text_file(_write(tmp_path / "x.txt", GOOD), IngestConfig())
    assert (art.id, art.source, art.date) == ("art-7", "wire", "2015-07-18")


BAD_FILES = [
    ("empty.txt", b"", "empty article text"),
    ("blank.txt", b"  \n\t \r\n", "empty article text"),
    ("nul.txt", b"Iran said\x00\x01\x02 no", "binary data (NUL byte at offset 9)"),
    ("utf16.txt", "Iran said no".encode("utf-16"), "UTF-16 text"),
    ("latin1.txt", "Caf\xe9 talks".encode("latin-1"), "not UTF-8 text (byte 0xe9 at offset 3)"),
    ("control.txt", ("ab\x01\x02\x03\x04" * 20).encode(), "control characters"),
    ("script.html", b"<html><head><script>var x = 1;</script></head><body><nav>Home</nav></body></html>",
     "empty article text"),
]


@pytest.mark.parametrize(("name", "data", "reason"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_text_files_give_a_reason(tmp_path, name, data, reason):
    path = _write(tmp_path / name, data)
    with pytest.raises(DataError, match=re.escape(reason)) as info:
        read_text_file(path, IngestConfig())
    assert info.value.path == str(path)
    assert str(info.value).startswith(f"{path}: ")


def test_too_large_file_names_the_limit(tmp_path):
    path = _write(tmp_path / "big.txt", "word " * 100)
    with pytest.raises(DataError, match=re.escape("file is 500 bytes, over ingest.max_bytes=100")):
        read_text_file(path, IngestConfig(max_bytes=100))


def test_missing_file(tmp_path):
    with pytest.raises(DataError, match="no such file"):
        read_text_file(tmp_path / "nope.txt", IngestConfig())


def test_declared_encoding_fallback_decodes_and_warns(tmp_path, caplog):
    path = _write(tmp_path / "cp.txt", "\u201cNo talks,\u201d he said.".encode("cp1252"))
    art = read_text_file(path, IngestConfig(encoding_fallback="cp1252"))
    assert art.text == "\u201cNo talks,\u201d he said."
    assert "decoded as cp1252" in caplog.text


def test_stray_control_characters_are_kept_verbatim(tmp_path):
    text = GOOD + "Page\x0c2 \x07\n"
    art = read_text_file(_write(tmp_path / "ff.txt", text), IngestConfig())
    assert art.text == text


def test_html_page_text_is_extracted(tmp_path):
    html = ("<!DOCTYPE html><html><head><title>t</title><style>p{}</style></head><body>"
            "<nav>Menu</nav><p>Zarif said, &ldquo;We are ready to talk.&rdquo;</p><p>Second.</p></body></html>")
    art = read_text_file(_write(tmp_path / "page.html", html), IngestConfig())
    assert art.text == "Zarif said, \u201cWe are ready to talk.\u201d\n\nSecond."


@pytest.mark.parametrize(
    ("head", "body", "day"),
    [
        ('<meta property="article:published_time" content="2025-03-12T10:00:00Z">', "", "2025-03-12"),
        ('<meta content="2019-06-20" name="date">', "", "2019-06-20"),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2015-07-14T08:00"}</script>', "",
         "2015-07-14"),
        ("", '<time datetime="2020-01-08T06:15:00+03:30">Jan. 8</time>', "2020-01-08"),
        # a date that is no ISO day is not guessed at
        ('<meta name="date" content="last Tuesday">', "", None),
        ("", "", None),
    ],
)
def test_an_html_page_gives_its_publication_day(tmp_path, head, body, day):
    # speakers read "the president" by the article's year, and the report's timeline by its day (it gave None)
    html = f"<!DOCTYPE html><html><head>{head}</head><body>{body}<p>Zarif said talks were possible.</p></body></html>"
    assert read_text_file(_write(tmp_path / "page.html", html), IngestConfig()).date == day


def test_a_sidecars_date_wins_over_the_pages_and_captions_are_dropped(tmp_path):
    html = ('<html><head><meta property="article:published_time" content="2025-03-12"></head><body>'
            "<figure><img src='x.jpg'><figcaption>Khamenei says talks are pointless. (Photo: AFP)</figcaption></figure>"
            "<p>Zarif said talks were possible.</p></body></html>")
    path = _write(tmp_path / "page.html", html)
    assert read_text_file(path, IngestConfig()).text == "Zarif said talks were possible."
    _write(tmp_path / "page.meta.json", '{"date": "2025-03-11"}')
    assert read_text_file(path, IngestConfig()).date == "2025-03-11"


def test_html_can_be_rejected(tmp_path):
    path = _write(tmp_path / "page.txt", "<html><body><p>Zarif said no.</p></body></html>")
    with pytest.raises(DataError, match=re.escape("HTML page, not article text")):
        read_text_file(path, IngestConfig(html="reject"))


@pytest.mark.parametrize(
    ("meta", "reason"),
    [
        ("{not json", "unreadable metadata sidecar x.meta.json"),
        ("[1]", "must hold a JSON object"),
        ('{"date": 2015}', "'date' must be a string or null, found int"),
        ('{"id": ""}', "'id' must be a non-empty string"),
    ],
)
def test_bad_meta_sidecar(tmp_path, meta, reason):
    _write(tmp_path / "x.meta.json", meta)
    with pytest.raises(DataError, match=re.escape(reason)):
        read_text_file(_write(tmp_path / "x.txt", GOOD), IngestConfig())


def test_check_text_rejects_lone_surrogates():
    with pytest.raises(DataError, match=re.escape("unpaired UTF-16 surrogate (U+D800 at character 2)")):
        check_text("ab\ud800cd", "f.jsonl", 3)


# --------------------------------------------------------------------------- JSONL
def _jsonl(tmp_path: Path, *lines: str | bytes, name: str = "in.jsonl") -> Path:
    data = b"".join((ln if isinstance(ln, bytes) else ln.encode("utf-8")) + b"\n" for ln in lines)
    return _write(tmp_path / name, data)


def test_jsonl_records_stream_with_line_numbers(tmp_path):
    path = _jsonl(tmp_path, json.dumps({"id": "a", "text": GOOD, "date": "2015-01-01"}), "",
                  json.dumps({"id": 7, "text": GOOD}))
    a, b = list(read_jsonl(path, IngestConfig()))
    assert (a.id, a.date, a.origin) == ("a", "2015-01-01", f"{path}:1")
    assert (b.id, b.origin) == ("7", f"{path}:3")


def test_jsonl_bom_and_crlf(tmp_path):
    path = _write(tmp_path / "w.jsonl", b"\xef\xbb\xbf" + json.dumps({"id": "a", "text": GOOD}).encode() + b"\r\n")
    assert _one(read_jsonl(path, IngestConfig())).id == "a"


BAD_LINES = [
    ("{not json", "invalid JSON (Expecting property name enclosed in double quotes, column 2)"),
    ("[1, 2]", "expected a JSON object (an article record), got list"),
    ('"just a string"', "expected a JSON object (an article record), got str"),
    (json.dumps({"text": GOOD}), "record has no usable 'id'"),
    (json.dumps({"id": True, "text": GOOD}), "record has no usable 'id'"),
    (json.dumps({"id": 1.5, "text": GOOD}), "record has no usable 'id'"),
    (json.dumps({"id": "a"}), "'text' must be a string, found missing"),
    (json.dumps({"id": "a", "text": 42}), "'text' must be a string, found int"),
    (json.dumps({"id": "a", "text": "   "}), "empty article text"),
    (json.dumps({"id": "a", "text": GOOD, "date": 20150718}), "'date' must be a string or null, found int"),
    (json.dumps({"id": "a", "text": GOOD, "source": ["x"]}), "'source' must be a string or null, found list"),
    ('{"id": "a", "text": "bad \\ud800 surrogate"}', "unpaired UTF-16 surrogate"),
    (b'{"id": "a", "text": "caf\xe9"}', "not UTF-8 text (byte 0xe9 at offset 24)"),
    (b'{"id": "a", "text": "a\x00b"}', "binary data (NUL byte"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
]


@pytest.mark.parametrize(("line", "reason"), BAD_LINES, ids=range(len(BAD_LINES)))
def test_bad_jsonl_lines_give_a_reason_and_reading_goes_on(tmp_path, line, reason):
    path = _jsonl(tmp_path, json.dumps({"id": "ok1", "text": GOOD}), line, json.dumps({"id": "ok2", "text": GOOD}))
    first, err, last = list(read_jsonl(path, IngestConfig()))
    assert isinstance(first, Article) and isinstance(last, Article)
    assert isinstance(err, DataError)
    assert (err.path, err.line) == (str(path), 2)
    assert reason in err.reason


def test_jsonl_line_over_the_limit_is_skipped_without_reading_it_whole(tmp_path):
    path = _jsonl(tmp_path, json.dumps({"id": "big", "text": "x " * 5000}), json.dumps({"id": "ok", "text": GOOD}))
    err, ok = list(read_jsonl(path, IngestConfig(max_bytes=1000)))
    assert isinstance(err, DataError) and err.line == 1
    assert "line is 10,026 bytes, over ingest.max_bytes=1,000" in err.reason
    assert ok.id == "ok"


def test_empty_jsonl_file(tmp_path):
    err = _one(read_jsonl(_write(tmp_path / "e.jsonl", b"\n\n"), IngestConfig()))
    assert isinstance(err, DataError) and "empty file (no JSONL records)" in err.reason


def test_given_statements_are_checked(tmp_path):
    rec = {"id": "a", "text": GOOD, "statements": [{"start": 28, "end": 48, "text": "wrong words here....",
                                                     "speaker": "Javad Zarif", "side": "iran"}]}
    err = _one(read_jsonl(_jsonl(tmp_path, json.dumps(rec)), IngestConfig(), with_statements=True))
    assert isinstance(err, DataError) and "does not equal the article text at [28, 48)" in err.reason
    rec["statements"][0]["text"] = GOOD[28:48]
    art = _one(read_jsonl(_jsonl(tmp_path, json.dumps(rec)), IngestConfig(), with_statements=True))
    assert art.statements[0].text == GOOD[28:48] and art.statements[0].side == "iran"


# --------------------------------------------------------------------------- folders
def test_folders_walk_in_sorted_order_skipping_hidden_and_sidecars(tmp_path):
    _write(tmp_path / "b" / "2.txt", GOOD)
    _write(tmp_path / "a" / "1.txt", GOOD)
    _write(tmp_path / "a" / "1.meta.json", "{}")
    _write(tmp_path / ".git" / "x.txt", GOOD)
    _write(tmp_path / "a" / ".hidden.txt", GOOD)
    _write(tmp_path / "out.jsonl", "")
    found = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path], exclude=[tmp_path / "out.jsonl"])]
    assert found == ["a/1.txt", "b/2.txt"]


def test_unsupported_file_in_a_folder_is_reported_not_read(tmp_path):
    _write(tmp_path / "report.pdf", b"%PDF-1.4 ...")
    _write(tmp_path / "ok.txt", GOOD)
    ok, err = list(read_inputs([tmp_path]))
    assert isinstance(err, DataError) and "unsupported file type '.pdf'" in err.reason
    assert ok.id == "ok"


def test_a_named_file_is_read_whatever_its_suffix(tmp_path):
    assert _one(read_inputs([_write(tmp_path / "article", GOOD)])).text == GOOD


# --------------------------------------------------------------------------- helpers
def test_text_hash_is_stable():
    assert text_hash("abc") == text_hash("abc") != text_hash("abd")
    assert len(text_hash("abc")) == 16


def test_boilerplate_ranges_cover_whole_lines_and_leave_text_alone():
    text = "Iran said no.\nSubscribe now for unlimited access\nPhoto: AP\nMore text."
    ranges = find_boilerplate(text)
    assert [text[a:b] for a, b in ranges] == ["Subscribe now for unlimited access", "Photo: AP"]


def test_links_to_other_stories_are_boilerplate():
    # a linked headline ("WATCH: Khamenei says ...") would be read as a statement of this article
    text = ("Iran said no.\nWATCH: Khamenei says talks are not smart\nWatch the talks closely, he said.\n"
            "See also: Trump vows more pressure\nMore text.")
    ranges = find_boilerplate(text)
    assert [text[a:b] for a, b in ranges] == ["WATCH: Khamenei says talks are not smart", "See also: Trump vows more pressure"]


def test_html_to_text_drops_scripts():
    assert html_to_text("<p>a</p><script>x</script><p>b</p>") == "a\n\nb"


# --------------------------------------------------------------------------- Parquet
def test_parquet_rows_are_checked_like_jsonl_records(tmp_path):
    import datetime

    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({
        "id": ["p1", None, "p3", "p4"],
        "text": [GOOD, GOOD, "   ", "x " * 600],
        "date": [datetime.date(2015, 7, 18), None, None, None],
        "source": ["wire", None, None, None],
    })
    path = tmp_path / "shard-000.parquet"
    pq.write_table(table, path, row_group_size=2)
    p1, no_id, blank, big = list(read_inputs([tmp_path], IngestConfig(max_bytes=1000)))
    assert (p1.id, p1.text, p1.date, p1.source, p1.origin) == ("p1", GOOD, "2015-07-18", "wire", f"{path}:1")
    assert (no_id.line, blank.line, big.line) == (2, 3, 4)
    assert "no usable 'id'" in no_id.reason and "empty article text" in blank.reason
    assert "over ingest.max_bytes=1,000" in big.reason


def test_bad_parquet_files(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    (tmp_path / "a_corrupt.parquet").write_bytes(b"PAR1 not really")
    pq.write_table(pa.table({"body": ["x"]}), tmp_path / "b_nocols.parquet")
    pq.write_table(pa.table({"id": pa.array([], pa.string()), "text": pa.array([], pa.string())}),
                   tmp_path / "c_empty.parquet")
    corrupt, nocols, empty = list(read_inputs([tmp_path]))
    assert corrupt.reason.startswith("not a readable Parquet file")
    assert nocols.reason.startswith("Parquet file has no column ['id', 'text'], found ['body']")
    assert empty.reason.startswith("empty Parquet file (no rows)")
