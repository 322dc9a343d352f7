"""The corpus pipeline in process: streaming output, resume, error log, determinism.

Uses the ``fixed`` backend (tests/plugins/models.py), so no model is loaded.
"""

from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path

import pytest

from stance.config import load_config
from stance.errors import ConfigError, DataError, ModelLoadError
from stance.pipeline import CHUNK_ARTICLES, Progress, classify_records, config_path, error_log_path, load_done, run
from tests.corpus_kit import article_text, write_good_corpus


@pytest.fixture
def cfg():
    return load_config(None, ["classify.backend=fixed"])


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "in"
    write_good_corpus(folder, 12)
    return folder


def _ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


def _run(inputs, cfg, out, **kw):
    kw.setdefault("progress", False)
    return run(inputs if isinstance(inputs, list) else [inputs], cfg, out=out, **kw)


def test_run_writes_one_record_per_article_in_input_order(corpus, cfg, tmp_path):
    out = tmp_path / "out.jsonl"
    summary = _run(corpus, cfg, out)
    assert summary.articles == 12 and summary.skipped == 0 and summary.error_log is None
    assert _ids(out) == [f"art{i:05d}" for i in range(12)]
    rec = json.loads(out.read_text().splitlines()[0])
    assert set(rec) == {"id", "source", "date", "statements", "text_hash"}
    st = rec["statements"][0]
    assert st["text"] == article_text(0)[st["start"]:st["end"]]
    assert st["stance"] == "conciliatory" and st["stance_score"] == 0.7
    assert summary.statements == sum(len(json.loads(x)["statements"]) for x in out.read_text().splitlines())
    assert not error_log_path(out).exists()
    assert json.loads(config_path(out).read_text())["fingerprint"] == cfg.fingerprint()


def test_two_runs_are_byte_identical(corpus, cfg, tmp_path):
    _run(corpus, cfg, tmp_path / "a.jsonl")
    _run(corpus, cfg, tmp_path / "b.jsonl")
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()


def test_each_article_is_one_write_call(corpus, cfg, tmp_path, monkeypatch):
    out = tmp_path / "out.jsonl"
    writes: list[bytes] = []
    real = os.write

    def spy(fd, data):
        writes.append(bytes(data))
        return real(fd, data)

    monkeypatch.setattr(os, "write", spy)
    _run(corpus, cfg, out)
    assert len(writes) == 12 and all(w.endswith(b"\n") and w.count(b"\n") == 1 for w in writes)


def test_resume_after_a_torn_last_line_equals_a_full_run(corpus, cfg, tmp_path, caplog):
    full = tmp_path / "full.jsonl"
    _run(corpus, cfg, full)
    data = full.read_bytes()
    lines = data.splitlines(keepends=True)
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"".join(lines[:5]) + lines[5][:40])  # killed while writing article 6
    summary = _run(corpus, cfg, out)
    assert "cutting off 40 bytes of an incomplete last line" in caplog.text
    assert (summary.resumed, summary.articles) == (0, 12)  # the half-written chunk is done again whole
    assert out.read_bytes() == data


def test_resume_skips_whole_chunks_and_redoes_the_half_written_one(tmp_path, cfg):
    folder = tmp_path / "in"
    write_good_corpus(folder, 2 * CHUNK_ARTICLES + 20)
    (folder / "art00001x.txt").write_text("")  # an error takes a place in the first chunk too
    full = tmp_path / "full.jsonl"
    _run(folder, cfg, full)
    lines = full.read_bytes().splitlines(keepends=True)
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"".join(lines[:CHUNK_ARTICLES + 9]) + lines[CHUNK_ARTICLES + 9][:30])
    summary = _run(folder, cfg, out)
    assert summary.resumed == CHUNK_ARTICLES - 1  # the first chunk: 63 articles and the empty file
    assert summary.articles == len(lines) - summary.resumed
    assert summary.skipped == 1
    assert out.read_bytes() == full.read_bytes()


def test_resume_cuts_off_a_zero_filled_tail(corpus, cfg, tmp_path):
    full = tmp_path / "full.jsonl"
    _run(corpus, cfg, full)
    lines = full.read_bytes().splitlines(keepends=True)
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"".join(lines[:3]) + b"\x00" * 300 + b"\n" + b"\x00" * 20)  # what a power cut can leave
    _run(corpus, cfg, out)
    assert out.read_bytes() == full.read_bytes()


def test_resume_of_a_finished_run_writes_nothing(corpus, cfg, tmp_path):
    out = tmp_path / "out.jsonl"
    _run(corpus, cfg, out)
    before = out.read_bytes()
    summary = _run(corpus, cfg, out)
    assert (summary.resumed, summary.articles) == (12, 0)
    assert out.read_bytes() == before


def test_overwrite_starts_over(corpus, cfg, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("not stance output\n")
    summary = _run(corpus, cfg, out, overwrite=True)
    assert summary.articles == 12 and len(_ids(out)) == 12


@pytest.mark.parametrize(
    ("content", "line", "reason"),
    [
        (b'{"some": "other file"}\n', 1, "existing output is not stance JSONL"),
        (b"\x00\x00\n" + b'{"id": "x", "text_hash": "ab", "statements": []}\n', 1, "incomplete line in the middle"),
    ],
)
def test_resume_refuses_an_output_it_did_not_write_and_leaves_it_alone(corpus, cfg, tmp_path, content, line, reason):
    out = tmp_path / "out.jsonl"
    out.write_bytes(content)
    with pytest.raises(DataError, match=re.escape(reason)) as info:
        _run(corpus, cfg, out)
    assert info.value.line == line
    assert out.read_bytes() == content


def test_resume_with_a_changed_text_is_an_error(corpus, cfg, tmp_path):
    out = tmp_path / "out.jsonl"
    _run(corpus, cfg, out)
    (corpus / "art00003.txt").write_text(article_text(999), encoding="utf-8")
    summary = _run(corpus, cfg, out)
    assert [e.reason for e in summary.errors] == [
        f"article id 'art00003' is already in {out} with a different text; use --overwrite to start over"
    ]


def test_resume_with_a_config_that_changes_labels_is_refused(corpus, cfg, tmp_path):
    out = tmp_path / "out.jsonl"
    _run(corpus, cfg, out)
    other = load_config(None, ["classify.backend=fixed", "classify.abstain_threshold=0.5", "classify.batch_size=3"])
    with pytest.raises(ConfigError, match=re.escape("classify.abstain_threshold: 0.0 -> 0.5")) as info:
        _run(corpus, other, out)
    assert "batch_size" not in str(info.value)  # batch size does not change labels
    same_labels = load_config(None, ["classify.backend=fixed", "classify.batch_size=3", "run.ray_window=7"])
    assert _run(corpus, same_labels, out).resumed == 12


def test_resume_with_other_model_files_under_the_same_settings_is_refused(corpus, tmp_path):
    # a head rebuilt in place (same classify.head, new bytes) would give other probabilities: no mixing in one output
    head = tmp_path / "head.safetensors"
    head.write_bytes(b"first build")
    cfg = load_config(None, ["classify.backend=fixed", f"classify.head={head}"])
    out = tmp_path / "out.jsonl"
    _run(corpus, cfg, out)
    assert _run(corpus, cfg, out).resumed == 12  # the same files: resumed
    head.write_bytes(b"second build")
    with pytest.raises(ConfigError, match=re.escape(f"{out} was written with other model files")):
        _run(corpus, cfg, out)
    assert _run(corpus, cfg, out, overwrite=True).articles == 12


def test_bad_inputs_and_duplicates_go_to_the_error_log(corpus, cfg, tmp_path):
    (corpus / "empty.txt").write_text("")
    (corpus / "more.jsonl").write_text(
        json.dumps({"id": "art00001", "text": article_text(50)}) + "\n" + "[]\n"
        + json.dumps({"id": "j", "text": article_text(51)}) + "\n"
    )
    out = tmp_path / "out.jsonl"
    messages: list[str] = []
    summary = _run(corpus, cfg, out, on_error_message=lambda e: messages.append(str(e)))
    assert summary.articles == 13 and summary.skipped == 3
    log = [json.loads(x) for x in error_log_path(out).read_text().splitlines()]
    assert [(Path(e["file"]).name, e["line"]) for e in log] == [("empty.txt", None), ("more.jsonl", 1),
                                                                ("more.jsonl", 2)]
    assert log[1]["reason"].startswith("duplicate article id 'art00001' (first seen at ")
    assert messages[0] == f"{corpus / 'empty.txt'}: " + log[0]["reason"]


def test_on_error_fail_stops_at_the_first_bad_input(corpus, cfg, tmp_path):
    (corpus / "art00002x.txt").write_text("")
    out = tmp_path / "out.jsonl"
    with pytest.raises(DataError, match="empty article text"):
        _run(corpus, cfg, out, on_error="fail")
    assert _ids(out) == ["art00000", "art00001", "art00002"]  # the articles before it are written whole
    assert json.loads(error_log_path(out).read_text())["file"].endswith("art00002x.txt")


def test_on_error_auto_fails_for_a_single_article_and_skips_for_folders_and_record_files(corpus, cfg, tmp_path):
    bad = corpus / "zzz.txt"
    bad.write_text(" ")
    with pytest.raises(DataError):
        _run(bad, cfg, tmp_path / "one.jsonl")
    assert _run(corpus, cfg, tmp_path / "all.jsonl").skipped == 1
    records = tmp_path / "records.jsonl"
    records.write_text("[]\n" + json.dumps({"id": "a", "text": article_text(1)}) + "\n")
    summary = _run(records, cfg, tmp_path / "rec.jsonl")
    assert (summary.skipped, summary.articles) == (1, 1)


def test_output_inside_an_input_folder_is_not_read_back(corpus, cfg):
    out = corpus / "results.jsonl"
    _run(corpus, cfg, out)
    summary = _run(corpus, cfg, out)
    assert summary.resumed == 12 and summary.skipped == 0


def test_no_model_is_loaded_when_nothing_needs_classifying(tmp_path):
    cfg = load_config(None, ["classify.model=/no/such/model"])
    (tmp_path / "a.txt").write_text("")
    (tmp_path / "b.txt").write_text("The weather was mild.\n")
    summary = _run(tmp_path, cfg, tmp_path / "out.jsonl")
    assert summary.articles == 1 and summary.statements == 0 and summary.skipped == 1


def test_a_missing_model_stops_the_run_with_a_model_load_error(corpus, tmp_path):
    cfg = load_config(None, ["classify.model=/no/such/model"])
    with pytest.raises(ModelLoadError, match="/no/such/model"):
        _run(corpus, cfg, tmp_path / "out.jsonl")


@pytest.mark.parametrize("fmt", ["csv", "table"])
def test_csv_and_table_to_a_stream(corpus, cfg, fmt):
    buf = io.StringIO()
    summary = run([corpus / "art00000.txt"], cfg, fmt=fmt, stream=buf, progress=False)
    assert summary.articles == 1
    if fmt == "csv":
        assert "We are ready to talk about a deal," in buf.getvalue()
    else:
        assert "art00000" in buf.getvalue() and "Hassan" in buf.getvalue()


def test_progress_writes_plain_lines_off_a_terminal():
    buf = io.StringIO()
    bar = Progress(total=10, enabled=True, stream=buf, every=0.0)
    bar.update(resumed=4)
    bar.update(articles=2, statements=5)
    bar.update(errors=1)
    bar.close()
    last = buf.getvalue().splitlines()[-1]
    assert re.match(r"stance: 7/10 inputs, 4 already done, 5 statements, 1 skipped, [\d.,]+ articles/s", last)


def test_classify_records_in_memory(cfg):
    recs = [{"id": "a", "text": article_text(0)}, {"id": "b", "text": "Nothing was said.\n"}]
    out = list(classify_records(recs, cfg))
    assert [r["id"] for r in out] == ["a", "b"]
    assert out[0]["statements"][0]["stance"] == "conciliatory" and out[1]["statements"] == []
    with pytest.raises(DataError, match=re.escape("<records>:1: 'text' must be a string")):
        list(classify_records([{"id": "x"}], cfg))


def test_load_done_reads_ids_and_hashes(tmp_path):
    out = tmp_path / "o.jsonl"
    out.write_text('{"id": "a", "text_hash": "h1", "statements": []}\n\n{"id": "b", "text_hash": "h2", '
                   '"statements": []}\n')
    assert load_done(out) == {"a": "h1", "b": "h2"}


def test_ray_engine_without_ray_installed_is_a_config_error(corpus, cfg, tmp_path, monkeypatch):
    import sys

    from stance.engine_ray import run_ray

    monkeypatch.setitem(sys.modules, "ray", None)  # import ray -> ImportError
    with pytest.raises(ConfigError, match=re.escape('ray is not installed; install it with pip install "stance[ray]"')):
        run_ray([corpus], cfg, out=tmp_path / "out.jsonl")


def test_extraction_in_worker_processes_gives_the_same_output(tmp_path):
    """run.workers > 1 extracts in spawned processes: the records, their order and the error log are
    those of the one-thread run, over several chunks and with bad inputs among them."""
    folder = tmp_path / "in"
    write_good_corpus(folder, CHUNK_ARTICLES * 2 + 9)
    (folder / "empty.txt").write_text("")
    (folder / "more.jsonl").write_text("[]\n" + json.dumps({"id": "j", "text": article_text(500)}) + "\n")
    outs = {}
    for workers in (1, 3):
        cfg = load_config(None, ["classify.backend=fixed", f"run.workers={workers}"])
        out = tmp_path / f"out{workers}.jsonl"
        summary = _run(folder, cfg, out)
        assert summary.articles == CHUNK_ARTICLES * 2 + 10 and summary.skipped == 2
        outs[workers] = (out.read_bytes(), error_log_path(out).read_text())
    assert outs[3] == outs[1]
    assert b'"stance": "conciliatory"' in outs[3][0]


def test_run_workers_must_not_be_negative():
    with pytest.raises(ConfigError, match=r"run\.workers: must be >= 0"):
        load_config(None, ["run.workers=-1"])


class _KillsTheWorker:
    """Unpickled in an extraction worker, it ends that process (as the kernel's OOM killer would)."""

    def __reduce__(self):
        return (os._exit, (1,))


def test_a_dead_extraction_worker_is_a_one_line_error():
    from stance.errors import StanceError
    from stance.pipeline import _prepare_in_processes

    cfg = load_config(None, ["classify.backend=fixed", "run.workers=2"])
    with pytest.raises(StanceError, match=r"^an extraction worker process died .* rerun the same command to resume"):
        list(_prepare_in_processes([[_KillsTheWorker()]], cfg, 2))  # type: ignore[list-item]
