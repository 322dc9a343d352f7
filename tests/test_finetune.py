"""Fine-tuning on tiny data with the tiny fixture model: contract, checkpoint, CLI glue."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest

from stance.classify import build_classifier
from stance.config import load_config
from stance.errors import ConfigError, DataError
from stance.finetune import finetune_from_config, read_articles, split_by_article, statements_dataset
from stance.records import Article, Statement

TEXTS = [
    ("we will never talk to america", "hardline", "negative"),
    ("no negotiations with washington", "hardline", "negative"),
    ("we are ready for dialogue and peace", "conciliatory", "positive"),
    ("we welcome the deal and hope for better relations", "conciliatory", "positive"),
    ("the talks resume monday in vienna", "neutral", "neutral"),
    ("the meeting is in geneva", "neutral", "neutral"),
]


def _article(i: int, text: str, stance: str, sentiment: str) -> Article:
    st = Statement(text=text, start=0, end=len(text), speaker="Ali Khamenei", side="iran", stance=stance, sentiment=sentiment)  # type: ignore[arg-type]
    return Article(id=f"a{i}", text=text, statements=(st,))


@pytest.fixture()
def labelled(tmp_path):  # type: ignore[no-untyped-def]
    arts = [_article(i, *row) for i, row in enumerate(TEXTS * 2)]
    path = tmp_path / "train.jsonl"
    path.write_text("".join(json.dumps(a.to_dict()) + "\n" for a in arts), encoding="utf-8")
    return path, arts


def _cfg(tmp_path, tiny_nli_dir, train, *extra: str):  # type: ignore[no-untyped-def]
    return load_config(None, [
        f"data.train=[{train}]", f"finetune.base_model={tiny_nli_dir}", f"finetune.output_dir={tmp_path / 'ckpt'}",
        "finetune.epochs=2", "finetune.batch_size=4", "finetune.learning_rate=0.001", "finetune.threads=1", *extra,
    ])


def test_statements_dataset(labelled) -> None:  # type: ignore[no-untyped-def]
    _, arts = labelled
    ds = statements_dataset(arts, speaker_aware=True)
    assert len(ds) == 12
    assert ds[0]["text"].startswith("Ali Khamenei (iran): ")
    assert set(ds.column_names) >= {"text", "stance", "sentiment", "stance_id", "sentiment_id", "article"}
    with pytest.raises(DataError, match="no statements with both"):
        statements_dataset([Article(id="x", text="hello")])


def test_split_by_article_is_reproducible(labelled) -> None:  # type: ignore[no-untyped-def]
    _, arts = labelled
    a = split_by_article(arts, 0.25, 1)
    b = split_by_article(arts, 0.25, 1)
    assert [x.id for x in a[1]] == [x.id for x in b[1]] and len(a[1]) == 3
    assert not {x.id for x in a[0]} & {x.id for x in a[1]}


@pytest.mark.parametrize("layers", ["null", "1"])
def test_finetune_writes_a_checkpoint_that_classify_uses(tmp_path, tiny_nli_dir, labelled, layers) -> None:  # type: ignore[no-untyped-def]
    path, _ = labelled
    cfg = _cfg(tmp_path, tiny_nli_dir, path, f"finetune.train_layers={layers}")
    out = finetune_from_config(cfg)
    meta = json.loads((out / "stance_model.json").read_text())
    assert meta["labels"]["stance"] == ["conciliatory", "hardline", "neutral"]
    assert meta["config"]["finetune"]["epochs"] == 2
    assert "validation" in meta["metrics"] and meta["metrics"]["epochs_run"] >= 1
    assert (out / "model.safetensors").is_file() and (out / "heads.safetensors").is_file()
    # `stance classify --set classify.model=CHECKPOINT` (backend left at its default) uses it
    clf = build_classifier(load_config(None, [f"classify.model={out}"]).classify)
    assert type(clf.backend).__name__ == "FinetunedBackend"
    preds = clf.classify([Statement(text=t, start=0, end=len(t)) for t, _, _ in TEXTS])
    assert len(preds) == len(TEXTS)
    assert all(abs(sum(p.stance_probs.values()) - 1) < 1e-5 for p in preds)


def test_finetune_is_deterministic(tmp_path, tiny_nli_dir, labelled) -> None:  # type: ignore[no-untyped-def]
    path, _ = labelled
    from stance.loading import load_checkpoint

    outs = []
    for k in range(2):
        cfg = _cfg(tmp_path / str(k), tiny_nli_dir, path, "finetune.train_layers=1")
        outs.append(load_checkpoint(finetune_from_config(cfg)).heads["stance"][0].numpy())
    np.testing.assert_allclose(outs[0], outs[1], atol=1e-6)


def test_finetune_errors(tmp_path, tiny_nli_dir) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DataError, match="data.train is empty"):
        finetune_from_config(load_config(None))
    with pytest.raises(DataError, match="no file matches"):
        finetune_from_config(load_config(None, [f"data.train=[{tmp_path}/*.jsonl]"]))
    with pytest.raises(ConfigError, match=re.escape("finetune.train_layers: must be >= 0 or null, got -1")):
        load_config(None, ["finetune.train_layers=-1"])
    good = {"id": "a1", "text": "We will talk.", "statements": [
        {"speaker": "X", "side": "us", "text": "We will talk.", "start": 0, "end": 13, "mode": "direct",
         "stance": "conciliatory", "sentiment": "neutral"}]}
    bad = tmp_path / "labels.jsonl"
    bad.write_text(json.dumps(good) + "\n" + "{not json\n", encoding="utf-8")
    with pytest.raises(DataError, match=re.escape(f"{bad}:2: ")):
        finetune_from_config(load_config(None, [f"data.train=[{bad}]"]))
    with pytest.raises(DataError, match="cannot read labelled articles"):
        read_articles([tmp_path / "missing.jsonl"])


@pytest.mark.parametrize("arch", ["bert", "mpnet"])
def test_layer_head_export_matches_the_trained_model(tmp_path, tiny_nli_dir, tiny_mpnet_dir, labelled, arch) -> None:  # type: ignore[no-untyped-def]
    """The layer head, run layer by layer on the cached lower layers, gives what the whole trained model gives
    (MPNet: with the relative position bias its encoder hands to every layer)."""
    from stance.finetune import export_layer_head, fit, predict_module
    from stance.loading import load_encoder_with_layer_head

    _, arts = labelled
    cfg = _cfg(tmp_path, tiny_nli_dir if arch == "bert" else tiny_mpnet_dir, "unused.jsonl", "finetune.train_layers=1")
    ds = statements_dataset(arts)
    res = fit(ds["text"], {"stance": ds["stance_id"], "sentiment": ds["sentiment_id"]}, cfg.finetune, seed=3)
    path = export_layer_head(res, tmp_path / "head.safetensors", cfg=cfg)
    texts = [t for t, _, _ in TEXTS]
    ref = predict_module(res.module, res.tokenizer, texts, batch_size=4, max_length=64, device="cpu")
    clf = build_classifier(load_config(None, [f"classify.head={path}"]).classify)
    st, se = clf.predict_arrays(texts)
    np.testing.assert_allclose(st, ref["stance"], atol=2e-3)  # float16 storage of the layer
    np.testing.assert_allclose(se, ref["sentiment"], atol=2e-3)
    meta = load_encoder_with_layer_head(str(path)).meta
    assert meta["train_layers"] == 1 and meta["labels"]["stance"] == ["conciliatory", "hardline", "neutral"]
    assert meta["members"] == 1
    with pytest.raises(DataError, match="needs finetune.train_layers"):
        export_layer_head(res, tmp_path / "x.safetensors", cfg=load_config(None))


@pytest.mark.parametrize("arch", ["bert", "mpnet"])
def test_layer_head_members_average_their_probabilities(tmp_path, tiny_nli_dir, tiny_mpnet_dir, labelled, arch) -> None:  # type: ignore[no-untyped-def]
    from stance.finetune import export_layer_head, fit_members, predict_members, predict_module
    from stance.loading import load_encoder_with_layer_head

    _, arts = labelled
    cfg = _cfg(tmp_path, tiny_nli_dir if arch == "bert" else tiny_mpnet_dir, "unused.jsonl", "finetune.train_layers=1",
               "finetune.members=3")
    ds = statements_dataset(arts)
    res = fit_members(ds["text"], {"stance": ds["stance_id"], "sentiment": ds["sentiment_id"]}, cfg.finetune, seed=3)
    assert len(res) == 3
    path = export_layer_head(res, tmp_path / "ens.safetensors", cfg=cfg)
    lh = load_encoder_with_layer_head(str(path))
    assert lh.meta["members"] == 3 and len(lh.members) == 3 and all(len(layers) == 1 for layers, _ in lh.members)
    # member 0's top layer is the encoder's own; the others are copies of that layer alone
    assert lh.members[0][0][0] is lh.encoder.encoder.layer[-1]
    assert all(layers[0] is not lh.encoder.encoder.layer[-1] for layers, _ in lh.members[1:])
    texts = [t for t, _, _ in TEXTS]
    kw = {"batch_size": 4, "max_length": 64, "device": "cpu"}
    ref = predict_members(res, res[0].tokenizer, texts, **kw)
    one = predict_module(res[1].module, res[1].tokenizer, texts, **kw)
    assert np.abs(ref["stance"] - one["stance"]).max() > 1e-3  # the members differ (seeds 3, 4, 5)
    # the shared lower layers run once, then each member's top layer: the same as three models
    clf = build_classifier(load_config(None, [f"classify.head={path}", "classify.batch_size=2"]).classify)
    st, se = clf.predict_arrays(texts)
    np.testing.assert_allclose(st, ref["stance"], atol=2e-3)
    np.testing.assert_allclose(se, ref["sentiment"], atol=2e-3)
    # classify.members=1: the first member alone
    first = predict_module(res[0].module, res[0].tokenizer, texts, **kw)
    clf1 = build_classifier(load_config(None, [f"classify.head={path}", "classify.members=1"]).classify)
    np.testing.assert_allclose(clf1.predict_arrays(texts)[0], first["stance"], atol=2e-3)
    # a checkpoint holds one model
    with pytest.raises(ConfigError, match="finetune.members"):
        finetune_from_config(load_config(None, ["data.train=[x.jsonl]", "finetune.members=2"]))
    with pytest.raises(ConfigError, match="finetune.members: must be >= 1"):
        load_config(None, ["finetune.members=0"])


def test_layer_head_applies_the_recipes_temperatures(tmp_path, tiny_nli_dir, labelled) -> None:  # type: ignore[no-untyped-def]
    # finetune.temperatures go into the head and divide its logits at inference: the same labels, other probabilities
    from stance.evaluate import temper
    from stance.finetune import export_layer_head, fit, predict_module
    from stance.loading import load_encoder_with_layer_head

    _, arts = labelled
    cfg = _cfg(tmp_path, tiny_nli_dir, "unused.jsonl", "finetune.train_layers=1",
               "finetune.temperatures={stance: 2.5, sentiment: 0.5}")
    ds = statements_dataset(arts)
    res = fit(ds["text"], {"stance": ds["stance_id"], "sentiment": ds["sentiment_id"]}, cfg.finetune, seed=3)
    path = export_layer_head(res, tmp_path / "head.safetensors", cfg=cfg)
    assert load_encoder_with_layer_head(str(path)).meta["temperature"] == {"stance": 2.5, "sentiment": 0.5}
    texts = [t for t, _, _ in TEXTS]
    ref = predict_module(res.module, res.tokenizer, texts, batch_size=4, max_length=64, device="cpu")
    st, se = build_classifier(load_config(None, [f"classify.head={path}"]).classify).predict_arrays(texts)
    np.testing.assert_allclose(st, temper(ref["stance"], 2.5), atol=2e-3)
    np.testing.assert_allclose(se, temper(ref["sentiment"], 0.5), atol=2e-3)
    assert (st.argmax(1) == ref["stance"].argmax(1)).all()
    # classify.temperature multiplies the head's own
    st2, _ = build_classifier(load_config(None, [f"classify.head={path}", "classify.temperature=2"]).classify).predict_arrays(texts)
    np.testing.assert_allclose(st2, temper(ref["stance"], 5.0), atol=2e-3)


def test_layer_head_memory_of_training_statements(tmp_path, tiny_nli_dir, labelled) -> None:  # type: ignore[no-untyped-def]
    # finetune.memory: the head keeps its training statements' embeddings and labels; at inference their nearest
    # neighbours' vote is mixed into the calibrated stance probabilities, the same as predict_with_memory computes
    from stance.finetune import export_layer_head, fit, memory_of, predict_with_memory
    from stance.loading import load_encoder_with_layer_head

    _, arts = labelled
    cfg = _cfg(tmp_path, tiny_nli_dir, "unused.jsonl", "finetune.train_layers=1", "finetune.temperatures={stance: 2.0}",
               "finetune.memory={stance: 0.5}", "finetune.memory_k=3", "finetune.memory_temperature=0.1")
    ds = statements_dataset(arts)
    labels = {"stance": ds["stance_id"], "sentiment": ds["sentiment_id"]}
    res = fit(ds["text"], labels, cfg.finetune, seed=3)
    memory = memory_of(res, ds["text"], labels, cfg.finetune)
    assert memory is not None and memory.keys.shape[0] == len(ds) and set(memory.labels) == {"stance"}
    path = export_layer_head(res, tmp_path / "head.safetensors", cfg=cfg, memory=memory)
    lh = load_encoder_with_layer_head(str(path))
    assert lh.memory is not None and lh.memory.weights == {"stance": 0.5} and lh.memory.k == 3
    np.testing.assert_array_equal(lh.memory.labels["stance"], np.asarray(ds["stance_id"]))
    texts = [t for t, _, _ in TEXTS]
    ref = predict_with_memory([res], texts, cfg.finetune, memory)
    plain = predict_with_memory([res], texts, cfg.finetune, None)
    assert np.abs(ref["stance"] - plain["stance"]).max() > 1e-3  # the vote moves the stance probabilities
    np.testing.assert_allclose(ref["sentiment"], plain["sentiment"])  # and leaves sentiment alone
    st, se = build_classifier(load_config(None, [f"classify.head={path}"]).classify).predict_arrays(texts)
    np.testing.assert_allclose(st, ref["stance"], atol=5e-3)
    np.testing.assert_allclose(se, ref["sentiment"], atol=2e-3)
    # classify.memory=false: the head alone
    st0, _ = build_classifier(load_config(None, [f"classify.head={path}", "classify.memory=false"]).classify).predict_arrays(texts)
    np.testing.assert_allclose(st0, plain["stance"], atol=2e-3)
    # a training statement itself gets most of its own label's vote
    vote = memory.vote(memory.keys[:1], "stance", 3)
    assert vote[0, memory.labels["stance"][0]] > 0.5
    with pytest.raises(ConfigError, match=re.escape("finetune.memory.stance: must be in [0, 1], got 1.5")):
        load_config(None, ["finetune.memory={stance: 1.5}"])
    with pytest.raises(ConfigError, match="finetune.memory: unknown task"):
        load_config(None, ["finetune.memory={tone: 0.5}"])
    # a checkpoint (stance finetune) has no memory: said, not ignored
    with pytest.raises(ConfigError, match="finetune.memory: a checkpoint keeps no memory"):
        finetune_from_config(load_config(None, ["data.train=[x.jsonl]", "finetune.memory={stance: 0.3}"]))
    with pytest.raises(ConfigError, match="finetune.memory: a checkpoint keeps no memory"):
        finetune_from_config(load_config(None, ["data.train=[x.jsonl]", "finetune.memory_coupling=0.25"]))
    # finetune.memory_coupling: the memory keeps both tasks' labels, the built head couples sentiment to stance as
    # predict_with_memory does, and the stance probabilities stay as they were
    cfg_c = _cfg(tmp_path / "c", tiny_nli_dir, "unused.jsonl", "finetune.train_layers=1", "finetune.temperatures={stance: 2.0}",
                 "finetune.memory={stance: 0.5}", "finetune.memory_k=3", "finetune.memory_temperature=0.1",
                 "finetune.memory_coupling=1.0")
    mem_c = memory_of(res, ds["text"], labels, cfg_c.finetune)
    assert mem_c is not None and set(mem_c.labels) == {"stance", "sentiment"} and mem_c.coupling == 1.0
    ref_c = predict_with_memory([res], texts, cfg_c.finetune, mem_c)
    np.testing.assert_allclose(ref_c["stance"], ref["stance"])
    assert np.abs(ref_c["sentiment"] - ref["sentiment"]).max() > 1e-3
    path_c = export_layer_head(res, tmp_path / "head_c.safetensors", cfg=cfg_c, memory=mem_c)
    lh_c = load_encoder_with_layer_head(str(path_c))
    assert lh_c.memory is not None and lh_c.memory.coupling == 1.0 and set(lh_c.memory.labels) == {"stance", "sentiment"}
    _, se_c = build_classifier(load_config(None, [f"classify.head={path_c}"]).classify).predict_arrays(texts)
    np.testing.assert_allclose(se_c, ref_c["sentiment"], atol=5e-3)


def test_memory_vote_and_mix() -> None:
    # three stored statements, one per label: a query next to one takes its label; a weight of 0 changes nothing
    from stance.classify.memory import Memory

    keys = np.eye(3, dtype=np.float32)
    mem = Memory(keys=keys, labels={"stance": np.array([0, 1, 2])}, weights={"stance": 0.4}, k=2, temperature=0.05)
    vote = mem.vote(np.array([[1.0, 0.1, 0.0]]), "stance", 3)
    assert vote.shape == (1, 3) and abs(vote.sum() - 1) < 1e-6 and vote[0].argmax() == 0 and vote[0, 2] == 0.0
    head = np.array([[0.2, 0.5, 0.3]])
    mixed = mem.mix(np.array([[1.0, 0.1, 0.0]]), "stance", head)
    np.testing.assert_allclose(mixed, 0.6 * head + 0.4 * vote)
    assert mem.mix(np.array([[1.0, 0.0, 0.0]]), "sentiment", head) is head
    assert Memory(keys=keys, labels=mem.labels, weights={"stance": 0.0}).mix(keys[:1], "stance", head) is head


def test_memory_couples_sentiment_to_stance() -> None:
    # P(sentiment | stance) counted on the stored statements (add-one): a statement read as hardline leans towards the
    # sentiment hardline statements had; coupling 0, or a memory without sentiment labels, leaves sentiment alone
    from stance.classify.memory import Memory

    keys = np.eye(4, dtype=np.float32)
    labels = {"stance": np.array([1, 1, 1, 0]), "sentiment": np.array([1, 1, 0, 0])}  # hardline: 2 negative, 1 positive
    mem = Memory(keys=keys, labels=labels, weights={}, coupling=1.0)
    np.testing.assert_array_equal(mem.joint(3, 3), [[2, 1, 1], [2, 3, 1], [1, 1, 1]])
    stance = np.array([[0.0, 1.0, 0.0]])
    sentiment = np.array([[0.5, 0.5, 0.0]])  # a tie between positive and negative
    out = mem.couple(stance, sentiment)
    np.testing.assert_allclose(out, [[2 / 5, 3 / 5, 0.0]])  # the hardline row's prior 2/6 : 3/6 : 1/6
    half = Memory(keys=keys, labels=labels, weights={}, coupling=0.5).couple(stance, sentiment)
    assert 0.5 < half[0, 1] < out[0, 1]  # a smaller exponent leans less
    assert Memory(keys=keys, labels=labels, weights={}).couple(stance, sentiment) is sentiment
    assert Memory(keys=keys, labels={"stance": labels["stance"]}, weights={}, coupling=1.0).couple(stance, sentiment) is sentiment
    with pytest.raises(ConfigError, match=re.escape("finetune.memory_coupling: must be in [0, 4], got -1")):
        load_config(None, ["finetune.memory_coupling=-1"])


def test_finetune_calibrates_on_the_validation_split(tmp_path, tiny_nli_dir, labelled) -> None:  # type: ignore[no-untyped-def]
    # with a validation split and no finetune.temperatures, stance finetune fits one temperature per task there
    from stance.evaluate import temper

    path, _ = labelled
    out = finetune_from_config(_cfg(tmp_path, tiny_nli_dir, path, "finetune.train_layers=1"))
    meta = json.loads((out / "stance_model.json").read_text())
    temps = meta["temperature"]
    assert set(temps) == {"stance", "sentiment"} and all(0.25 <= t <= 20 for t in temps.values())
    cal = meta["metrics"]["calibration"]["stance"]
    assert cal["temperature"] == pytest.approx(temps["stance"], abs=1e-4)
    assert cal["after"]["nll"] <= cal["before"]["nll"] + 1e-9  # fitted to lower the validation NLL
    clf = build_classifier(load_config(None, [f"classify.model={out}"]).classify)
    texts = [t for t, _, _ in TEXTS]
    st, se = clf.predict_arrays(texts)
    clf.backend.ckpt.meta["temperature"] = {}  # the same checkpoint, uncalibrated
    raw_st, raw_se = clf.predict_arrays(texts)
    np.testing.assert_allclose(st, temper(raw_st, temps["stance"]), atol=1e-5)
    np.testing.assert_allclose(se, temper(raw_se, temps["sentiment"]), atol=1e-5)
    # given temperatures are kept as they are
    out2 = finetune_from_config(_cfg(tmp_path / "given", tiny_nli_dir, path, "finetune.train_layers=1",
                                     "finetune.temperatures={stance: 1.7}"))
    meta2 = json.loads((out2 / "stance_model.json").read_text())
    assert meta2["temperature"] == {"stance": 1.7, "sentiment": 1.0} and "calibration" not in meta2["metrics"]


def test_temperatures_config_is_checked() -> None:
    with pytest.raises(ConfigError, match=re.escape("finetune.temperatures: unknown task(s) ['stanse']")):
        load_config(None, ["finetune.temperatures.stanse=2.0"])
    with pytest.raises(ConfigError, match=re.escape("finetune.temperatures.stance: must be > 0, got 0.0")):
        load_config(None, ["finetune.temperatures.stance=0"])
