"""The CLI contract: formats, --given-statements, and one-line errors for bad inputs."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from typer.testing import CliRunner

from stance.cli import app

FIXED = ["--set", "classify.backend=fixed", "--no-progress"]

ARTICLE = (
    "Iran rejects new talks\n\n"
    'Iran\'s foreign minister Abbas Araghchi said on Monday that Tehran would "never negotiate under threats." '
    "The White House said it remained open to a deal.\n"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_help_lists_the_commands(runner):
    res = runner.invoke(app, ["--help"])
    assert res.exit_code == 0
    for cmd in ("classify", "finetune"):
        assert cmd in res.output


def test_classify_txt_to_jsonl(runner, tmp_path):
    art = tmp_path / "talks.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "r.jsonl"
    res = runner.invoke(app, ["classify", str(art), "--format", "jsonl", "--out", str(out), *FIXED])
    assert res.exit_code == 0, res.output
    (rec,) = _records(out.read_text(encoding="utf-8"))
    assert rec["id"] == "talks"
    assert {"id", "source", "date", "statements"} <= set(rec)
    assert rec["statements"], "the quote should be found"
    for st in rec["statements"]:
        assert ARTICLE[st["start"]:st["end"]] == st["text"]
        assert {"speaker", "side", "text", "start", "end", "mode", "stance", "stance_score", "sentiment",
                "stance_probs", "sentiment_probs"} <= set(st)
        assert -1.0 <= st["stance_score"] <= 1.0
    quote = next(s for s in rec["statements"] if "never negotiate" in s["text"])
    assert quote["stance"] == "hardline"  # the fixed backend's rule for "never"


def test_sidecar_metadata_sets_id_and_date(runner, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"id": "art-7", "date": "2020-01-03"}', encoding="utf-8")
    res = runner.invoke(app, ["classify", str(tmp_path / "a.txt"), "--format", "jsonl", *FIXED])
    assert res.exit_code == 0, res.output
    (rec,) = _records(res.stdout)
    assert (rec["id"], rec["date"]) == ("art-7", "2020-01-03")


def test_csv_has_one_row_per_statement(runner, tmp_path):
    art = tmp_path / "talks.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    res = runner.invoke(app, ["classify", str(art), "--format", "csv", *FIXED])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert rows and all(r["id"] == "talks" for r in rows)
    assert all(r["stance"] in {"conciliatory", "hardline", "neutral"} for r in rows)


def test_table_is_the_default_on_the_terminal(runner, tmp_path):
    art = tmp_path / "talks.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    res = runner.invoke(app, ["classify", str(art), *FIXED])
    assert res.exit_code == 0, res.output
    assert "talks" in res.stdout and "hardline" in res.stdout


def test_given_statements_keeps_spans_and_order(runner, tmp_path):
    start = ARTICLE.index("never")
    end = ARTICLE.index('threats."') + len("threats.")
    second = ARTICLE.index("it remained open to a deal")
    rec = {"id": "g1", "text": ARTICLE, "statements": [
        {"speaker": "X", "side": "iran", "start": start, "end": end, "mode": "direct"},
        {"speaker": "the White House", "side": "us", "start": second, "end": second + 26, "mode": "indirect"},
    ]}
    src = tmp_path / "gold.jsonl"
    src.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    res = runner.invoke(app, ["classify", str(src), "--given-statements", "--format", "jsonl", *FIXED])
    assert res.exit_code == 0, res.output
    (out,) = _records(res.stdout)
    assert [(s["start"], s["end"], s["speaker"]) for s in out["statements"]] == [
        (start, end, "X"), (second, second + 26, "the White House")]
    assert [s["stance"] for s in out["statements"]] == ["hardline", "conciliatory"]


def test_bad_inputs_give_one_line_errors_and_the_rest_is_classified(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Rouhani said: \"caf\xe9 diplomacy works.\"".encode("latin-1"))
    jsonl = tmp_path / "recs.jsonl"
    jsonl.write_text(json.dumps({"id": "ok1", "text": ARTICLE}) + "\n{not json\n"
                     + json.dumps({"id": "ok2", "text": ARTICLE.replace("Monday", "Tuesday")}) + "\n",
                     encoding="utf-8")
    missing = tmp_path / "missing.txt"
    out = tmp_path / "r.jsonl"
    res = runner.invoke(app, ["classify", str(missing), str(empty), str(latin), str(jsonl), str(good),
                              "--out", str(out), *FIXED])
    assert res.exit_code == 2
    errors = [ln for ln in res.stderr.splitlines() if ln.startswith("stance: error:")]
    assert len(errors) == 4, res.stderr
    assert any(re.search(re.escape(str(missing)) + r": no such file", e) for e in errors)
    assert any(str(empty) in e and "empty" in e for e in errors)
    assert any(str(latin) in e and "not UTF-8" in e for e in errors)
    assert any(f"{jsonl}:2:" in e and "invalid JSON" in e for e in errors)
    assert "Traceback" not in res.stderr
    ids = [r["id"] for r in _records(out.read_text(encoding="utf-8"))]
    assert ids == ["ok1", "ok2", "good"]
    log_lines = _records((tmp_path / "r.jsonl.errors.jsonl").read_text(encoding="utf-8"))
    assert {(e["file"], e["line"]) for e in log_lines} == {
        (str(missing), None), (str(empty), None), (str(latin), None), (str(jsonl), 2)}


def test_bad_config_is_one_line(runner, tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    res = runner.invoke(app, ["classify", str(art), "--set", "classify.bach_size=3"])
    assert res.exit_code == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("stance: error: classify.bach_size: unknown key; valid keys are [")
    assert "'batch_size'" in lines[0]


def test_workers_option_extracts_in_processes_with_the_same_output(runner, tmp_path):
    art = tmp_path / "talks.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    outs = []
    for workers in ("1", "2"):
        out = tmp_path / f"r{workers}.jsonl"
        res = runner.invoke(app, ["classify", str(art), "--workers", workers, "--format", "jsonl", "--out", str(out),
                                  *FIXED])
        assert res.exit_code == 0, res.output
        outs.append(out.read_text(encoding="utf-8"))
    assert outs[0] == outs[1] and "never negotiate" in outs[1]
    res = runner.invoke(app, ["classify", str(art), "--workers", "-2", *FIXED])
    assert res.exit_code != 0 and "run.workers: must be >= 0" in res.output


CTRL_C_SCRIPT = """
import signal, sys, time
import numpy as np
# a terminal's Ctrl-C: a test runner started in the background (a non-interactive shell's "&") ignores SIGINT,
# and a Python started with SIGINT ignored keeps ignoring it
signal.signal(signal.SIGINT, signal.default_int_handler)
from types import SimpleNamespace
from stance.classify import register_backend

class Slow:
    speaker_aware = False
    stance = SimpleNamespace(labels=("conciliatory", "hardline", "neutral"))
    sentiment = SimpleNamespace(labels=("positive", "negative", "neutral"))
    def predict_proba(self, texts):
        print("classifying", flush=True)
        time.sleep(0.2)
        return np.full((len(texts), 3), 1 / 3), np.full((len(texts), 3), 1 / 3)

register_backend("slow_for_test", lambda cfg: Slow())
if __name__ == "__main__":
    from stance.cli import main
    sys.argv = ["stance", "classify", sys.argv[1], "--out", sys.argv[2], "--workers", "2", "--no-progress",
                "--set", "classify.backend=slow_for_test"]
    main()
"""


def test_ctrl_c_with_worker_processes_stops_without_tracebacks(tmp_path):
    """Ctrl-C reaches the whole process group: the run stops as it does without workers, no worker
    prints a traceback, and what was written is kept for the resume."""
    import os
    import signal
    import subprocess
    import sys

    from tests.corpus_kit import write_good_corpus

    write_good_corpus(tmp_path / "in", 64 * 30)
    script = tmp_path / "run_slow.py"
    script.write_text(CTRL_C_SCRIPT, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, str(script), str(tmp_path / "in"), str(out)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    assert proc.stdout is not None
    for _ in range(3):  # three chunks classified: the workers are up and busy
        assert proc.stdout.readline().startswith("classifying")
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    lines = out.read_text(encoding="utf-8").splitlines()
    assert 64 <= len(lines) < 64 * 30
