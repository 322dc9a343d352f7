"""Report files: PNG charts, one self-contained HTML page, Markdown; HTML opened in Chromium."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from stance.report import write_report

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser") if shutil.which(n)), None)


@pytest.fixture
def classified(sample_corpus: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The sample corpus as a classifier would give it back: gold labels as near-certain scores."""
    score = {"conciliatory": 0.8, "hardline": -0.8, "neutral": 0.0}
    out = []
    for rec in sample_corpus:
        sts = [{**s, "stance_score": score[s["stance"]]} for s in rec["statements"]]
        out.append({"id": rec["id"], "source": rec["source"], "date": rec["date"], "statements": sts})
    return out


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_write_report_files(tmp_path: Path, classified: list[dict[str, Any]]) -> None:
    results = tmp_path / "r.jsonl"
    results.write_text("".join(json.dumps(r) + "\n" for r in classified), encoding="utf-8")
    paths = write_report(results, tmp_path / "report")
    for png in paths.pngs:
        w, h = _png_size(png)
        assert w >= 800 and h >= 300
    html = paths.html.read_text(encoding="utf-8")
    assert html.count('src="data:image/png;base64,') == 2
    # self-contained: no links or sources outside the page
    assert not re.search(r'(src|href)="(?!data:|#)', html)
    assert "<script" not in html
    assert "Ali Khamenei" in html and "Donald Trump" in html
    md = paths.markdown.read_text(encoding="utf-8")
    assert "## By side" in md and "| iran | iran |" in md
    summary = json.loads(paths.summary.read_text(encoding="utf-8"))
    assert summary["n_statements"] == sum(len(r["statements"]) for r in classified)
    months = [p["month"] for p in summary["timeline"] if p["kind"] == "side" and p["name"] == "iran"]
    assert months == sorted(months) and months[0].startswith("2009")


def test_report_escapes_html_and_handles_no_dates(tmp_path: Path) -> None:
    records = [{"id": "x<1>", "date": None, "statements": [
        {"speaker": "<b>Bold</b>", "side": "us", "text": "<script>alert(1)</script>", "start": 0, "end": 25,
         "stance": "hardline", "stance_score": -0.9, "sentiment": "negative"},
    ]}]  # fmt: skip
    paths = write_report(records, tmp_path)
    html = paths.html.read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;Bold&lt;/b&gt;" in html
    assert "Undated articles" in html
    _png_size(paths.timeline_png)


def test_empty_results_file_is_refused(tmp_path: Path) -> None:
    from stance.errors import DataError

    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(DataError, match=re.escape(f"{empty}: no article records")):
        write_report(empty, tmp_path / "out")


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (Debian: apt-get install -y chromium)")
def test_html_opens_in_headless_chromium(tmp_path: Path, classified: list[dict[str, Any]]) -> None:
    import matplotlib.image as mpimg
    import numpy as np

    paths = write_report(classified, tmp_path / "report")
    shot = tmp_path / "shot.png"
    cmd = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0",
        "--window-size=1200,1800", f"--screenshot={shot}", paths.html.as_uri(),
    ]  # fmt: skip
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    console = [line for line in proc.stderr.splitlines() if ":CONSOLE" in line]
    assert console == [], console
    assert shot.is_file() and shot.stat().st_size > 10_000
    img = mpimg.imread(shot)[..., :3]
    # the bar chart's side colours are on screen, so the embedded charts were decoded and drawn
    for hex_colour in ("#2a9d8f", "#e76f51"):
        rgb = np.array([int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)])
        close = (np.abs(img - rgb) < 0.03).all(axis=-1)
        assert close.sum() > 500, f"{hex_colour} not visible in the screenshot"


def test_cli_report(tmp_path: Path, classified: list[dict[str, Any]]) -> None:
    from typer.testing import CliRunner

    from stance.cli import app

    results = tmp_path / "r.jsonl"
    results.write_text("".join(json.dumps(r) + "\n" for r in classified), encoding="utf-8")
    res = CliRunner().invoke(app, ["report", str(results), "--out", str(tmp_path / "rep")])
    assert res.exit_code == 0, res.output
    assert "## By speaker" in res.stdout
    assert (tmp_path / "rep" / "report.html").is_file() and (tmp_path / "rep" / "speakers.png").is_file()
    missing = CliRunner().invoke(app, ["report", str(tmp_path / "nope.jsonl")])
    assert missing.exit_code == 2
