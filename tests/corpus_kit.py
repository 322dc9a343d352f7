"""Synthetic corpora for the corpus-run tests: good articles, and one file (or line) per kind of
bad input, each with the reason the error log must give. The texts are made up here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SPEAKERS = [
    "Foreign Minister Javad Zarif",
    "Secretary of State John Kerry",
    "President Hassan Rouhani",
    "Senator Tom Cotton",
    "Ali Larijani, the speaker of parliament,",
]
LINES = [
    '"We are ready to talk about a deal," {sp} said on {day}.',
    "{sp} said on {day} that the sanctions would never be lifted before the vote.",
    '"There will be no negotiations under pressure," {sp} told reporters on {day}.',
    "{sp} said the next meeting would take place in Vienna after {day}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def article_text(i: int, sentences: int = 3) -> str:
    """A made-up news article with a few attributed statements; different for each ``i``."""
    parts = [f"Talks round {i} ends\n"]
    for k in range(sentences):
        sp = SPEAKERS[(i + k) % len(SPEAKERS)]
        parts.append(LINES[(i * 7 + k) % len(LINES)].format(sp=sp, day=DAYS[(i + 2 * k) % len(DAYS)]))
    return "\n\n".join(parts) + "\n"


def write_good_corpus(folder: Path, n: int, *, sentences: int = 3) -> list[str]:
    """``n`` good ``.txt`` articles; returns their ids in input order."""
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    for i in range(n):
        (folder / f"art{i:05d}.txt").write_text(article_text(i, sentences), encoding="utf-8")
        ids.append(f"art{i:05d}")
    return ids


@dataclass
class Corpus:
    root: Path
    good: list[str] = field(default_factory=list)
    """Ids that must be classified exactly once."""
    bad: dict[tuple[str, int | None], str] = field(default_factory=dict)
    """(file relative to root, line or None) -> a phrase the reason must contain."""
    kinds: set[str] = field(default_factory=set)


MAX_BYTES = 20_000


def write_mixed_corpus(root: Path, n_good: int = 6) -> Corpus:
    """Good articles mixed with every kind of bad input; run it with ``ingest.max_bytes=MAX_BYTES``."""
    c = Corpus(root)
    root.mkdir(parents=True, exist_ok=True)

    def good_txt(name: str, data: bytes | str, aid: str | None = None) -> None:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        c.good.append(aid or path.stem)

    def bad_txt(kind: str, name: str, data: bytes | str, reason: str) -> None:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        c.bad[(name, None)] = reason
        c.kinds.add(kind)

    for i in range(n_good):
        good_txt(f"good/g{i}.txt", article_text(i))
    # Good, but awkward: these must be classified, not skipped.
    good_txt("awkward/bom.txt", b"\xef\xbb\xbf" + article_text(101).encode())
    good_txt("awkward/no_statements.txt", "The weather in Tehran was mild on Monday.\n")
    good_txt("awkward/unbalanced.txt", 'Zarif said, "We are ready to talk about a deal.\n\nThe vote is "on Monday.\n')
    good_txt("awkward/stray_quote.txt", "Kerry said the deal\u201d was \"good. Rouhani's aides' plans were 5' tall.\n")
    good_txt("awkward/stray_control.txt", article_text(102) + "Page\x0c2\x07\n")
    good_txt("awkward/page.html", "<!DOCTYPE html><html><head><title>x</title><script>var a;</script></head><body>"
             "<nav>Home | World</nav><p>" + article_text(103).replace("\n\n", "</p><p>") + "</p></body></html>")
    good_txt("awkward/crlf.txt", article_text(104).replace("\n", "\r\n"))
    (root / "awkward" / "withmeta.meta.json").write_text(json.dumps({"id": "meta-id", "date": "2015-07-18"}))
    good_txt("awkward/withmeta.txt", article_text(105), aid="meta-id")

    # Bad files.
    bad_txt("empty", "bad/empty.txt", b"", "empty article text")
    bad_txt("whitespace", "bad/blank.txt", b" \n\t\r\n  ", "empty article text")
    bad_txt("binary", "bad/binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data")
    bad_txt("utf16", "bad/utf16.txt", article_text(1).encode("utf-16"), "UTF-16 text")
    bad_txt("not-utf8", "bad/latin1.txt", (article_text(2) + "Caf\xe9 talks ended.\n").encode("latin-1"),
            "not UTF-8 text")
    bad_txt("control", "bad/control.txt", "Iran\x01\x02\x03\x04\x05\x06 said\x1b[0m" * 30, "control characters")
    bad_txt("html-empty", "bad/menu.html", "<html><body><nav>Home</nav><script>x()</script></body></html>",
            "empty article text")
    bad_txt("too-large", "bad/huge.txt", article_text(3) * (MAX_BYTES // 200 + 10), "over ingest.max_bytes")
    bad_txt("unsupported", "bad/scan.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "unsupported file type '.pdf'")
    (root / "bad" / "badmeta.meta.json").write_text("{oops")
    bad_txt("bad-sidecar", "bad/badmeta.txt", article_text(4), "unreadable metadata sidecar")
    # The same id twice in two folders: the second one is the duplicate.
    good_txt("dup1/same.txt", article_text(5))
    bad_txt("duplicate-id", "dup2/same.txt", article_text(6), "duplicate article id 'same'")
    bad_txt("empty-jsonl", "bad/nothing.jsonl", b"\n\n", "empty file")

    # A JSONL file mixing good records and every kind of bad line.
    lines: list[bytes] = []

    def line(data: bytes | str | dict, reason: str | None = None, kind: str | None = None) -> None:
        if isinstance(data, dict):
            data = json.dumps(data)
        lines.append(data if isinstance(data, bytes) else data.encode("utf-8"))
        if reason is None:
            c.good.append(json.loads(lines[-1].decode("utf-8-sig"))["id"])
        else:
            c.bad[("records.jsonl", len(lines))] = reason
            assert kind is not None
            c.kinds.add(kind)

    line(b"\xef\xbb\xbf" + json.dumps({"id": "j1", "text": article_text(11), "date": "2015-07-14"}).encode())
    line("{not json", "invalid JSON", "invalid-json")
    line("[1, 2, 3]", "expected a JSON object", "not-object")
    line({"text": article_text(12)}, "no usable 'id'", "missing-id")
    line({"id": "j-notext"}, "'text' must be a string, found missing", "missing-text")
    line({"id": "j-numtext", "text": 12345}, "'text' must be a string, found int", "text-wrong-type")
    line({"id": False, "text": article_text(13)}, "no usable 'id'", "id-wrong-type")
    line({"id": "j-date", "text": article_text(14), "date": 20150714}, "'date' must be a string", "date-wrong-type")
    line('{"id": "j-sur", "text": "Zarif said \\ud83d no"}', "unpaired UTF-16 surrogate", "lone-surrogate")
    line(b'{"id": "j-latin", "text": "Zar\xeff said no"}', "not UTF-8 text", "not-utf8-line")
    line({"id": "j2", "text": article_text(15)})
    line({"id": "j1", "text": article_text(16)}, "duplicate article id 'j1'", "duplicate-id-jsonl")
    line({"id": "j-big", "text": article_text(17) * (MAX_BYTES // 200 + 10)}, "over ingest.max_bytes", "too-large-line")
    line("[" * 5_000 + "]" * 5_000, "nested too deeply", "too-deep")
    line({"id": "j-html", "text": "<html><body><p>" + article_text(18) + "</p></body></html>"})
    line({"id": "j3", "text": article_text(19), "source": None})
    (root / "records.jsonl").write_bytes(b"\n".join(lines) + b"\n")

    # Parquet shards: good rows, a bad row, and a file that is not Parquet.
    import pyarrow as pa
    import pyarrow.parquet as pq

    (root / "shards").mkdir()
    pq.write_table(pa.table({"id": ["pq1", "pq-bad", "pq2"], "text": [article_text(21), None, article_text(22)],
                             "date": ["2015-07-20", None, None]}), root / "shards" / "s0.parquet")
    c.good += ["pq1", "pq2"]
    c.bad[("shards/s0.parquet", 2)] = "'text' must be a string, found missing"
    bad_txt("not-parquet", "shards/s1.parquet", b"PAR1\x00garbage", "not a readable Parquet file")
    return c


def stance_cli(*args: str | os.PathLike[str], env: dict[str, str] | None = None, timeout: float = 300,
               **popen: object) -> subprocess.CompletedProcess[str]:
    """Run the real ``stance`` CLI in a child process with the test ``fixed`` backend registered.

    The child imports ``tests.plugins.models`` (which registers ``fixed``) and then calls the
    console-script entry point, so everything else is the real CLI.
    """
    cmd = [sys.executable, "-c", CHILD, *map(str, args)]
    return subprocess.run(cmd, cwd=ROOT, env=child_env(env), capture_output=True, text=True, timeout=timeout,
                          check=False, **popen)  # type: ignore[call-overload]


CHILD = "import tests.plugins.models; from stance.cli import main; main()"


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYTHONPATH": str(ROOT)})
    env.update(extra or {})
    return env
