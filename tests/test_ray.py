"""Issue 8: ``--engine ray`` writes the same records as ``--engine local`` (local Ray, 2 CPUs).

Skipped when ray is not installed (``pip install -e ".[ray]"``). Ray takes some 15 s to start,
so one instance serves the whole module.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

ray = pytest.importorskip("ray", reason='ray is not installed; pip install -e ".[ray]" to run the Ray engine tests')

from stance.cli import app  # noqa: E402
from stance.pipeline import error_log_path  # noqa: E402
from tests.corpus_kit import MAX_BYTES, ROOT, write_good_corpus, write_mixed_corpus  # noqa: E402

FIXED = ["--set", "classify.backend=fixed", "--set", f"ingest.max_bytes={MAX_BYTES}", "--no-progress"]
SMALL_BATCHES = ["--set", "run.ray_batch_size=4", "--set", "run.ray_window=32"]


@pytest.fixture(scope="module")
def local_ray():
    # Workers import tests.plugins.models (the fixed backend) from the repository root.
    ray.init(num_cpus=2, include_dashboard=False, logging_level=logging.WARNING,
             runtime_env={"env_vars": {"PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"}})
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("ray") / "corpus"
    write_mixed_corpus(root)
    write_good_corpus(root / "many", 40)
    return root


def _classify(*args: str | Path) -> tuple[int, str]:
    res = CliRunner().invoke(app, ["classify", *map(str, args)])
    if res.exception is not None and not isinstance(res.exception, SystemExit):
        raise res.exception
    return res.exit_code, res.output


def test_ray_output_equals_local_output_record_for_record(local_ray, corpus, tmp_path):
    local, on_ray = tmp_path / "local.jsonl", tmp_path / "ray.jsonl"
    code_local, _ = _classify(corpus, "--out", local, *FIXED)
    code_ray, output = _classify(corpus, "--out", on_ray, "--engine", "ray", *FIXED, *SMALL_BATCHES)
    assert code_local == code_ray == 2  # the mixed corpus has bad inputs
    assert "Traceback" not in output
    local_records = local.read_text(encoding="utf-8").splitlines()
    ray_records = on_ray.read_text(encoding="utf-8").splitlines()
    assert len(ray_records) == len(local_records) > 40
    for a, b in zip(local_records, ray_records, strict=True):
        assert json.loads(a) == json.loads(b)
    assert on_ray.read_bytes() == local.read_bytes()
    assert error_log_path(on_ray).read_text() == error_log_path(local).read_text()


def test_ray_resumes_an_interrupted_run(local_ray, corpus, tmp_path):
    full = tmp_path / "full.jsonl"
    _classify(corpus, "--out", full, *FIXED)
    lines = full.read_bytes().splitlines(keepends=True)
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"".join(lines[:9]) + lines[9][:25])  # killed while writing the tenth article
    code, output = _classify(corpus, "--out", out, "--engine", "ray", *FIXED, *SMALL_BATCHES)
    assert code == 2
    assert out.read_bytes() == full.read_bytes()


def test_ray_given_statements_equal_local(local_ray, tmp_path):
    text = 'Zarif said, "We are ready to talk." Kerry said there would be no deal.\n'
    recs = [{"id": f"r{i}", "text": text, "statements": [
        {"start": 12, "end": 33, "speaker": "Javad Zarif", "side": "iran", "mode": "direct"},
        {"start": 47, "end": 70, "speaker": "John Kerry", "side": "us", "mode": "indirect"}]} for i in range(6)]
    src = tmp_path / "gold.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in recs))
    local, on_ray = tmp_path / "l.jsonl", tmp_path / "r.jsonl"
    assert _classify(src, "--given-statements", "--out", local, *FIXED)[0] == 0
    assert _classify(src, "--given-statements", "--out", on_ray, "--engine", "ray", *FIXED)[0] == 0
    assert on_ray.read_bytes() == local.read_bytes()


def test_ray_missing_model_is_a_one_line_error(local_ray, tmp_path):
    write_good_corpus(tmp_path / "in", 2)
    code, output = _classify(tmp_path / "in", "--out", tmp_path / "o.jsonl", "--engine", "ray", "--no-progress",
                             "--set", f"classify.model={tmp_path / 'no-model'}")
    assert code == 2
    assert re.search(r"stance: error: .*no-model.* does not exist", output), output
    assert "Traceback" not in output


@pytest.mark.parametrize(
    ("address", "phrase"),
    [("127.0.0.1:1", "nothing answers at 127.0.0.1:1"), ("nonsense", "is not auto, HOST:PORT or ray://HOST:PORT")],
)
def test_a_bad_ray_address_fails_fast(address, phrase):
    from stance.engine_ray import _probe
    from stance.errors import ConfigError

    with pytest.raises(ConfigError, match=re.escape(phrase)):
        _probe(address, timeout=2.0)
