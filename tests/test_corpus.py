"""Issue 7 end to end: the real CLI in a child process on corpora with bad input, a kill -9 and
a rerun. The child registers the ``fixed`` test backend and then runs ``stance.cli.main``."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from stance.pipeline import CHUNK_ARTICLES, error_log_path
from tests.corpus_kit import MAX_BYTES, ROOT, child_env, stance_cli, write_good_corpus, write_mixed_corpus

FIXED = ["--set", "classify.backend=fixed", "--set", f"ingest.max_bytes={MAX_BYTES}"]


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_mixed_corpus_every_good_article_once_every_bad_one_logged(tmp_path):
    corpus = write_mixed_corpus(tmp_path / "corpus")
    assert len(corpus.kinds) >= 15, sorted(corpus.kinds)
    out = tmp_path / "out.jsonl"
    res = stance_cli("classify", corpus.root, "--out", out, *FIXED)
    assert "Traceback" not in res.stderr
    assert res.returncode == 2, res.stderr  # something was skipped
    ids = Counter(r["id"] for r in _records(out))
    assert ids == Counter(corpus.good)  # every good article exactly once
    log = [json.loads(line) for line in error_log_path(out).read_text(encoding="utf-8").splitlines()]
    found = {(Path(e["file"]).relative_to(corpus.root).as_posix(), e["line"]): e["reason"] for e in log}
    assert len(found) == len(log)
    assert set(found) == set(corpus.bad)
    for key, phrase in corpus.bad.items():
        assert phrase in found[key], (key, found[key])
    # One line on stderr per skipped input, and a summary naming the error log.
    errors = [ln for ln in res.stderr.splitlines() if ln.startswith("stance: error: ")]
    assert len(errors) == len(log)
    assert f"{len(corpus.good)} articles" in res.stderr and f"{len(log)} skipped (see {error_log_path(out)})" in res.stderr
    by_id = {r["id"]: r for r in _records(out)}
    assert by_id["no_statements"]["statements"] == []  # no statements is not an error
    assert by_id["page"]["statements"], "the HTML page's text was extracted"


def test_two_runs_are_byte_identical(tmp_path):
    corpus = write_mixed_corpus(tmp_path / "corpus")
    outs = [tmp_path / "a.jsonl", tmp_path / "b.jsonl"]
    for out in outs:
        assert stance_cli("classify", corpus.root, "--out", out, *FIXED).returncode == 2
    assert outs[0].read_bytes() == outs[1].read_bytes()
    logs = [error_log_path(o).read_text().replace(str(o), "OUT") for o in outs]
    assert logs[0] == logs[1]


SLOW_CHILD = (
    "import time, tests.plugins.models as m\n"
    "fast = m.FixedBackend.predict_proba\n"
    "def slow(self, texts):\n"
    "    time.sleep(0.002 * len(texts))\n"
    "    return fast(self, texts)\n"
    "m.FixedBackend.predict_proba = slow\n"
    "from stance.cli import main; main()\n"
)


def test_kill_9_part_way_then_rerun_equals_an_uninterrupted_run(tmp_path):
    folder = tmp_path / "corpus"
    ids = write_good_corpus(folder, 1500)
    (folder / "zz_empty.txt").write_text("")
    args = ["classify", str(folder), *FIXED, "--no-progress"]
    env = child_env()

    full = tmp_path / "full.jsonl"
    assert stance_cli(*args, "--out", full).returncode == 2
    assert [r["id"] for r in _records(full)] == ids

    out = tmp_path / "out.jsonl"
    child = subprocess.Popen([sys.executable, "-c", SLOW_CHILD, *args, "--out", str(out)], cwd=ROOT, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and child.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") > CHUNK_ARTICLES:  # into the second chunk
            break
        time.sleep(0.01)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    written = out.read_bytes().count(b"\n")
    assert 0 < written < len(ids), written

    res = stance_cli(*args, "--out", out)
    assert "Traceback" not in res.stderr
    assert res.returncode == 2  # the empty file is still reported
    assert f"{written // CHUNK_ARTICLES * CHUNK_ARTICLES} already done" in res.stderr  # whole chunks kept
    assert out.read_bytes() == full.read_bytes()
    assert json.loads(error_log_path(out).read_text())["reason"].startswith("empty article text")


def _no_traceback_exit_2(res: subprocess.CompletedProcess[str], phrase: str) -> None:
    assert "Traceback" not in res.stderr, res.stderr
    assert res.returncode == 2, res.stderr
    lines = [ln for ln in res.stderr.splitlines() if ln.startswith("stance: error: ")]
    assert lines and phrase in lines[-1], res.stderr


@pytest.mark.parametrize(
    ("yaml_text", "sets", "phrase"),
    [
        ("ingest:\n  max_byte: 10\n", [], "ingest.max_byte: unknown key; valid keys are"),
        ("ingest: [1, 2]\n", [], "ingest: expected a mapping, got list"),
        ("run:\n  engine: spark\n", [], "run.engine: 'spark' is not one of ['local', 'ray']"),
        ("classify:\n  batch_size: lots\n", [], "classify.batch_size: expected an integer, got 'lots'"),
        ("ingest:\n  max_bytes: -5\n", [], "ingest.max_bytes: must be > 0, got -5"),
        ("{unclosed: [\n", [], "not valid YAML"),
        ("", ["ingest.html=maybe"], "ingest.html: 'maybe' is not one of ['extract', 'reject']"),
        ("", ["nosuch.key=1"], "nosuch: unknown key"),
        ("", ["ingest.encoding_fallback=utf-7"], "ingest.encoding_fallback: 'utf-7' is not one of"),
    ],
)
def test_bad_configs_are_one_line_errors(tmp_path, yaml_text, sets, phrase):
    (tmp_path / "a.txt").write_text("Zarif said no.\n")
    cfg = tmp_path / "cfg.yaml"
    cfg.write_text(yaml_text)
    overrides = [x for s in sets for x in ("--set", s)]
    res = stance_cli("classify", tmp_path / "a.txt", "--config", cfg, *overrides)
    _no_traceback_exit_2(res, phrase)


def _real_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "stance", *map(str, args)], cwd=ROOT, env=child_env(),
                          capture_output=True, text=True, timeout=300, check=False)


def test_missing_and_corrupt_model_directories_are_one_line_errors(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text('"We will never negotiate," Khamenei said.\n')
    res = _real_cli("classify", article, "--set", f"classify.model={tmp_path / 'nope'}")
    _no_traceback_exit_2(res, "does not exist")
    corrupt = tmp_path / "corrupt"
    corrupt.mkdir()
    (corrupt / "config.json").write_text("{this is not json")
    res = _real_cli("classify", article, "--set", f"classify.model={corrupt}")
    _no_traceback_exit_2(res, str(corrupt))


def test_checkpoint_whose_labels_do_not_match_is_a_one_line_error(tmp_path):
    pytest.importorskip("stance.classify.finetuned", reason="the finetuned backend is not in the tree yet")
    import numpy as np
    from safetensors.numpy import save_file

    from stance.loading import CHECKPOINT_FILE, HEADS_FILE, embedded_model_path

    ckpt = tmp_path / "ckpt"
    ckpt.mkdir()
    for f in embedded_model_path().iterdir():
        if f.is_file():
            (ckpt / f.name).symlink_to(f)
    labels = {"stance": ["pro", "anti"], "sentiment": ["positive", "negative", "neutral"]}
    save_file({"stance.weight": np.zeros((2, 384), np.float32), "stance.bias": np.zeros(2, np.float32),
               "sentiment.weight": np.zeros((3, 384), np.float32), "sentiment.bias": np.zeros(3, np.float32)},
              str(ckpt / HEADS_FILE))
    (ckpt / CHECKPOINT_FILE).write_text(json.dumps({"format": 1, "labels": labels, "base_model": "embedded"}))
    article = tmp_path / "a.txt"
    article.write_text('"We will never negotiate," Khamenei said.\n')
    res = _real_cli("classify", article, "--set", f"classify.model={ckpt}")
    _no_traceback_exit_2(res, "label")
