"""Contract tests for the classify package: registry, StatementClassifier, backends."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from stance.classify import (
    Backend,
    Classifier,
    StatementClassifier,
    backend_names,
    build_classifier,
    format_statement,
    get_backend,
    register_backend,
)
from stance.classify.cues import cue_features
from stance.classify.embedding import DEFAULT_DESCRIPTIONS, HeadFile, LinearHead, default_head_path
from stance.classify.nli import entailment_index
from stance.config import ClassifyConfig, load_config
from stance.errors import ConfigError, ModelLoadError
from stance.records import SENTIMENT_LABELS, STANCE_LABELS, Prediction, Statement
from tests.plugins.models import FixedBackend


def _st(text: str, **kw: object) -> Statement:
    return Statement(text=text, start=0, end=len(text), **kw)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- registry and config
def test_builtin_backends_are_registered() -> None:
    names = backend_names()
    for n in ("embedding", "embedding.v1", "nli", "nli.v1", "finetuned", "finetuned.v1", "fixed"):
        assert n in names


def test_unknown_backend_names_the_key_and_choices() -> None:
    with pytest.raises(ConfigError, match=re.escape("classify.backend: 'nly' is not one of [")):
        load_config(None, ["classify.backend=nly"])
    with pytest.raises(ConfigError, match="classify.backend"):
        get_backend("nope")


def test_register_backend_as_decorator_and_alias() -> None:
    @register_backend("probe.v1", alias="probe")
    def make(cfg: ClassifyConfig) -> FixedBackend:
        return FixedBackend(cfg)

    assert get_backend("probe") is make
    clf = build_classifier(load_config(None, ["classify.backend=probe"]).classify)
    assert isinstance(clf.backend, FixedBackend)


def test_fixed_backend_satisfies_the_protocols() -> None:
    b = FixedBackend()
    assert isinstance(b, Backend)
    assert isinstance(b.stance, Classifier)
    p = b.stance.predict_proba(["no talks", "a deal", "hello"])
    assert p.shape == (3, 3)
    np.testing.assert_allclose(p.sum(1), 1.0)


# --------------------------------------------------------------------------- StatementClassifier
def test_classify_with_fixed_backend_is_deterministic() -> None:
    clf = build_classifier(load_config(None, ["classify.backend=fixed"]).classify)
    preds = clf.classify([_st("We will have no negotiations"), _st("a deal is near"), _st("The talks resume Monday")])
    assert [p.stance for p in preds] == ["hardline", "conciliatory", "conciliatory"]
    assert [p.sentiment for p in preds] == ["negative", "positive", "positive"]
    assert all(isinstance(p, Prediction) for p in preds)
    assert preds[0].stance_score == pytest.approx(0.1 - 0.8)


def test_duplicate_texts_are_classified_once() -> None:
    cfg = load_config(None, ["classify.backend=fixed", "classify.speaker_aware=false"]).classify
    backend = FixedBackend(cfg)
    clf = StatementClassifier(backend, cfg)
    preds = clf.classify([_st("no talks"), _st("a deal"), _st("no talks"), _st("no  talks")])
    assert backend.calls == [["no talks", "a deal"]]
    assert preds[0] == preds[2] == preds[3]


def test_speaker_aware_prefix() -> None:
    assert format_statement("We will talk", "Hassan Rouhani", "iran") == "Hassan Rouhani (iran): We will talk"
    assert format_statement("We will talk", None, None) == "We will talk"
    assert format_statement("We will talk", "X", "us", speaker_aware=False) == "We will talk"
    cfg = load_config(None, ["classify.backend=fixed"]).classify
    backend = FixedBackend(cfg)
    StatementClassifier(backend, cfg).classify([_st("a deal", speaker="Barack Obama", side="us")])
    assert backend.calls == [["Barack Obama (us): a deal"]]


def test_empty_input() -> None:
    clf = build_classifier(load_config(None, ["classify.backend=fixed"]).classify)
    assert clf.classify([]) == []


def test_abstain_threshold_pulls_to_neutral() -> None:
    class Weak(FixedBackend):
        def predict_proba(self, texts):  # type: ignore[no-untyped-def]
            p = np.tile([0.45, 0.35, 0.20], (len(texts), 1))
            return p, p

    cfg = load_config(None, ["classify.backend=fixed", "classify.abstain_threshold=0.5"]).classify
    pred = StatementClassifier(Weak(cfg), cfg).classify([_st("x")])[0]
    assert pred.stance == "neutral"
    assert pred.stance_score == pytest.approx((0.45 - 0.35) / 2)
    assert sum(pred.stance_probs.values()) == pytest.approx(1.0)


def test_backend_columns_are_reordered_to_codebook_order() -> None:
    class Shuffled(FixedBackend):
        def __init__(self, cfg=None):  # type: ignore[no-untyped-def]
            super().__init__(cfg)
            self.stance.labels = ("neutral", "hardline", "conciliatory")

        def predict_proba(self, texts):  # type: ignore[no-untyped-def]
            st = np.tile([0.7, 0.2, 0.1], (len(texts), 1))
            return st, np.tile([0.1, 0.2, 0.7], (len(texts), 1))

    cfg = ClassifyConfig(backend="fixed")
    pred = StatementClassifier(Shuffled(cfg), cfg).classify([_st("x")])[0]
    assert pred.stance_probs == {"conciliatory": 0.1, "hardline": 0.2, "neutral": 0.7}


# --------------------------------------------------------------------------- cues and heads
def test_cue_features_see_negated_talks() -> None:
    f = cue_features(["We will have no negotiations with the US", "We are ready for negotiations"])
    assert f.shape[0] == 2 and f[0, 0] > 0 and f[1, 0] == 0
    with pytest.raises(ValueError, match="unknown cue version"):
        cue_features(["x"], version="cues.v0")


def test_head_file_round_trip_and_bad_labels(tmp_path) -> None:  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(0)
    heads = {
        "stance": LinearHead(STANCE_LABELS, rng.normal(size=(3, 4)).astype(np.float32), np.zeros(3, np.float32)),
        "sentiment": LinearHead(SENTIMENT_LABELS, rng.normal(size=(3, 4)).astype(np.float32), np.zeros(3, np.float32)),
    }
    hf = HeadFile(heads=heads, features={"cues": None})
    hf.save(tmp_path / "h.npz")
    back = HeadFile.load(tmp_path / "h.npz")
    np.testing.assert_allclose(back.heads["stance"].coef, heads["stance"].coef)
    x = rng.normal(size=(5, 4)).astype(np.float32)
    np.testing.assert_allclose(back.heads["stance"].predict_proba(x).sum(1), 1.0, rtol=1e-5)
    bad = HeadFile(heads={**heads, "stance": LinearHead(("a", "b", "c"), heads["stance"].coef, np.zeros(3))}, features={})
    bad.save(tmp_path / "bad.npz")
    with pytest.raises(ModelLoadError, match="do not match the codebook"):
        HeadFile.load(tmp_path / "bad.npz")
    with pytest.raises(ModelLoadError, match="does not exist"):
        HeadFile.load(tmp_path / "missing.npz")
    (tmp_path / "corrupt.npz").write_bytes(b"not a zip")
    with pytest.raises(ModelLoadError, match="corrupt head file"):
        HeadFile.load(tmp_path / "corrupt.npz")


def test_default_head_is_shipped() -> None:
    from stance.loading import load_encoder_with_layer_head

    assert default_head_path().is_file()
    lh = load_encoder_with_layer_head(str(default_head_path()))
    heads, meta = lh.heads, lh.meta
    assert meta["labels"] == {"stance": list(STANCE_LABELS), "sentiment": list(SENTIMENT_LABELS)}
    recipe = load_config(Path(__file__).parents[1] / "configs" / "default_head.yaml").finetune
    assert meta["base_model"] == "embedded" and meta["train_layers"] == recipe.train_layers
    assert set(heads) == {"stance", "sentiment"}
    assert default_head_path().stat().st_size < 8_000_000
    # its memory of training statements is the recipe's (finetune.memory)
    assert lh.memory is not None and lh.memory.weights == recipe.memory and lh.memory.k == recipe.memory_k
    assert lh.memory.temperature == recipe.memory_temperature and lh.memory.calibration == recipe.memory_calibration
    assert lh.memory.keys.shape[0] == meta["memory"]["size"] == len(lh.memory.labels["stance"])
    # and its sentiment given stance (finetune.memory_coupling), with the sentiment labels that needs
    assert lh.memory.coupling == recipe.memory_coupling and len(lh.memory.labels["sentiment"]) == lh.memory.keys.shape[0]
    # built from the statements that ship with it: edit them and the head must be rebuilt
    import hashlib

    ours = default_head_path().parent / "train_statements.jsonl"
    assert meta["data"]["train_statements.jsonl"] == hashlib.sha256(ours.read_bytes()).hexdigest()[:16], (
        "stance/data/train_statements.jsonl changed since the default head was built; run scripts/build_default.py"
    )


def test_default_config_uses_the_layer_head() -> None:
    clf = build_classifier(load_config(None).classify)
    assert clf.backend.layer_heads is not None and clf.backend.speaker_aware is True
    p = clf.classify([_st("We will have no negotiations with the US", speaker="Ali Khamenei", side="iran")])[0]
    assert p.stance == "hardline" and p.stance_score < -0.5


# --------------------------------------------------------------------------- embedding backend (embedded model)
def test_embedding_zero_shot_contract() -> None:
    cfg = load_config(None, ["classify.head=null", "classify.batch_size=2"]).classify
    clf = build_classifier(cfg)
    texts = ["We will have no negotiations with the US.", "The talks will resume on Monday in Vienna.", "ok"]
    st, se = clf.predict_arrays(texts)
    assert st.shape == (3, len(STANCE_LABELS)) and se.shape == (3, len(SENTIMENT_LABELS))
    np.testing.assert_allclose(st.sum(1), 1.0, rtol=1e-6)
    assert set(DEFAULT_DESCRIPTIONS) == set(STANCE_LABELS)


# bf16 keeps 8 bits of mantissa: padding a text to a longer batch changes the order of its sums, which moves
# a probability by up to about 0.006 on a CPU without native bf16 (AMD EPYC without AVX-512, seen here) and by
# less than 0.003 on one with it; the labels must not move.
@pytest.mark.parametrize(("precision", "atol"), [("fp32", 1e-4), ("bf16", 1.5e-2)])
def test_embedding_batching_does_not_change_results(precision: str, atol: float) -> None:
    texts = ["We will have no negotiations with the US.", "ok", "This deal offers an opportunity to move in a new direction."]
    p = f"classify.precision={precision}"
    a = build_classifier(load_config(None, ["classify.batch_size=1", p]).classify).predict_arrays(texts)[0]
    b = build_classifier(load_config(None, ["classify.batch_size=64", p]).classify).predict_arrays(texts)[0]
    np.testing.assert_allclose(a, b, atol=atol)
    assert (a.argmax(axis=1) == b.argmax(axis=1)).all()


def test_bf16_gives_the_fp32_labels() -> None:
    texts = ["We will have no negotiations with the US.", "The talks will resume on Monday in Vienna.",
             "This deal offers an opportunity to move in a new direction."]
    a = build_classifier(load_config(None, ["classify.precision=fp32"]).classify).predict_arrays(texts)[0]
    b = build_classifier(load_config(None, ["classify.precision=bf16"]).classify).predict_arrays(texts)[0]
    assert (a.argmax(1) == b.argmax(1)).all()
    np.testing.assert_allclose(a, b, atol=0.05)


def test_embedding_bad_descriptions() -> None:
    cfg = load_config(None, ["classify.head=null"]).classify
    cfg.descriptions = {"conciliatory": ["talks"], "hardline": ["no talks"]}
    with pytest.raises(ConfigError, match=re.escape("classify.descriptions: no description for labels ['neutral']")):
        build_classifier(cfg)


def test_missing_head_file_raises(tmp_path) -> None:  # type: ignore[no-untyped-def]
    cfg = load_config(None, [f"classify.head={tmp_path / 'nope.npz'}"]).classify
    with pytest.raises(ModelLoadError, match="does not exist"):
        build_classifier(cfg)


# --------------------------------------------------------------------------- nli backend (tiny model)
def test_nli_contract(tiny_nli_dir) -> None:  # type: ignore[no-untyped-def]
    cfg = load_config(None, ["classify.backend=nli", f"classify.model={tiny_nli_dir}", "classify.batch_size=4"]).classify
    clf = build_classifier(cfg)
    assert clf.backend.entail == 0
    texts = ["we will never talk to america", "the talks resume monday in vienna", "peace"]
    st, se = clf.predict_arrays(texts)
    assert st.shape == (3, 3) and se.shape == (3, 3)
    np.testing.assert_allclose(st.sum(1), 1.0, rtol=1e-6)
    # batch size does not change the numbers
    cfg2 = load_config(None, ["classify.backend=nli", f"classify.model={tiny_nli_dir}", "classify.batch_size=64"]).classify
    np.testing.assert_allclose(build_classifier(cfg2).predict_arrays(texts)[0], st, atol=1e-5)


def test_nli_pairs_match_the_tokenizer(tiny_nli_dir) -> None:  # type: ignore[no-untyped-def]
    clf = build_classifier(load_config(None, ["classify.backend=nli", f"classify.model={tiny_nli_dir}"]).classify)
    tok = clf.backend.tokenizer
    a = tok("we will talk", add_special_tokens=False)["input_ids"]
    b = tok("the speaker is open", add_special_tokens=False)["input_ids"]
    ids, types = clf.backend.template.build(a, b, 128)
    ref = tok("we will talk", "the speaker is open")
    assert ids == list(ref["input_ids"]) and types == list(ref["token_type_ids"])


def test_nli_custom_hypotheses_and_missing_label(tiny_nli_dir) -> None:  # type: ignore[no-untyped-def]
    cfg = load_config(None, ["classify.backend=nli", f"classify.model={tiny_nli_dir}", "classify.nli_scoring=labels"]
                      ).classify
    cfg.hypotheses = {"conciliatory": ["peace"], "hardline": ["war"], "neutral": ["monday"]}
    clf = build_classifier(cfg)
    assert len(clf.backend.hypotheses) == 3 + 6
    cfg.hypotheses = {"conciliatory": ["peace"], "hardline": ["war"]}
    with pytest.raises(ConfigError, match=re.escape("classify.hypotheses: no hypothesis for labels ['neutral']")):
        build_classifier(cfg)


def test_nli_without_entailment_label_warns(tiny_nli_nolabels_dir, caplog) -> None:  # type: ignore[no-untyped-def]
    assert entailment_index({"LABEL_0": 0}) is None
    assert entailment_index({"CONTRADICTION": 0, "Entailment": 2}) == 2
    cfg = load_config(None, ["classify.backend=nli", f"classify.model={tiny_nli_nolabels_dir}",
                             "classify.nli_scoring=labels"]).classify
    with caplog.at_level("WARNING", logger="stance.classify.nli"):
        clf = build_classifier(cfg)
    assert "no 'entailment' label" in caplog.text
    assert clf.backend.entail == 2
    # polar scoring needs to know which class is which, so it refuses, naming the fix
    cfg = load_config(None, ["classify.backend=nli", f"classify.model={tiny_nli_nolabels_dir}"]).classify
    with pytest.raises(ModelLoadError, match="set classify.nli_scoring=labels"):
        build_classifier(cfg)


def test_nli_polar_reads_the_three_classes_as_labels(tiny_nli_dir) -> None:  # type: ignore[no-untyped-def]
    cfg = load_config(None, ["classify.backend=nli", f"classify.model={tiny_nli_dir}"]).classify
    assert cfg.nli_scoring == "polar"
    clf = build_classifier(cfg)
    backend = clf.backend
    assert len(backend.hypotheses) == 2  # one pass per task
    texts = ["we will never talk to america", "the talks resume monday in vienna"]
    logits = backend.pair_logits(texts)
    assert logits.shape == (2, 2, 3)
    z = np.exp(logits - logits.max(-1, keepdims=True))
    p = z / z.sum(-1, keepdims=True)
    st, se = backend.predict_proba(texts)
    ent, neu, con = backend.entail, backend.neutral, backend.contra
    assert (ent, neu, con) == (0, 1, 2)  # the tiny model's label2id
    np.testing.assert_allclose(st, p[:, 0][:, [ent, con, neu]], rtol=1e-5)  # conciliatory, hardline, neutral
    np.testing.assert_allclose(se, p[:, 1][:, [ent, con, neu]], rtol=1e-5)  # positive, negative, neutral
    # templates are ensembled: two copies of the same template give the same probabilities
    cfg.polar_hypotheses = {"stance": [backend.hypotheses[0]] * 2, "sentiment": [backend.hypotheses[1]]}
    np.testing.assert_allclose(build_classifier(cfg).backend.predict_proba(texts)[0], st, rtol=1e-5)


def test_nli_scoring_options_are_checked() -> None:
    with pytest.raises(ConfigError, match="classify.hypotheses: per-label hypotheses are used only with"):
        load_config(None, ["classify.hypotheses={conciliatory: [a], hardline: [b], neutral: [c]}"])
    with pytest.raises(ConfigError, match="classify.polar_hypotheses: unknown task"):
        load_config(None, ["classify.polar_hypotheses={stanse: [a]}"])
    with pytest.raises(ConfigError, match="classify.nli_scoring"):
        load_config(None, ["classify.nli_scoring=pairs"])


def test_nli_needs_a_model() -> None:
    with pytest.raises(ModelLoadError, match="needs classify.model set to an NLI checkpoint"):
        build_classifier(load_config(None, ["classify.backend=nli"]).classify)
    with pytest.raises(ModelLoadError, match="does not exist"):
        build_classifier(load_config(None, ["classify.backend=nli", "classify.model=/nonexistent/nli"]).classify)


def test_pad_batch_pads_each_row_to_the_longest() -> None:
    """The vectorised padding writes every token where the per-row loop did, masks the rest, and pads
    the extra rows (token types) with 0."""
    import random

    from stance.classify.encoding import pad_batch

    rng = random.Random(3)
    rows = [[rng.randrange(1, 500) for _ in range(rng.randrange(1, 30))] for _ in range(37)] + [[7]]
    types = [[rng.randrange(0, 2) for _ in r] for r in rows]
    b = pad_batch(rows, 99, {"token_type_ids": types})
    width = max(len(r) for r in rows)
    assert b["input_ids"].shape == b["attention_mask"].shape == b["token_type_ids"].shape == (len(rows), width)
    for i, r in enumerate(rows):
        assert b["input_ids"][i].tolist() == r + [99] * (width - len(r))
        assert b["attention_mask"][i].tolist() == [1] * len(r) + [0] * (width - len(r))
        assert b["token_type_ids"][i].tolist() == types[i] + [0] * (width - len(r))


def test_embeddings_do_not_depend_on_the_batch_size() -> None:
    """Rows written into one result tensor per call land where their texts are, whatever the batching."""
    from stance.classify.encoding import encode_mean
    from stance.loading import load_encoder

    tok, model = load_encoder("embedded")
    texts = ["We are ready to talk.", "Never.", "The talks in Muscat ended on Saturday without a date for more.", "Yes"]
    one = encode_mean(tok, model, texts, batch_size=1)
    three = encode_mean(tok, model, texts, batch_size=3)
    assert one.shape == (4, 384)
    np.testing.assert_allclose(one, three, atol=1e-5)
    np.testing.assert_allclose(one[1], encode_mean(tok, model, ["Never."])[0], atol=1e-5)


@pytest.mark.parametrize("arch", ["embedded", "mpnet"])
def test_layers_run_by_hand_give_the_models_own_output(arch, tiny_mpnet_dir) -> None:  # type: ignore[no-untyped-def]
    """Lower layers once, then top layers (a layer head's members): exactly the model's own forward pass,
    MPNet's relative position bias included."""
    from stance.classify.encoding import encode_mean, encode_mean_members
    from stance.loading import load_encoder

    tok, model = load_encoder("embedded" if arch == "embedded" else str(tiny_mpnet_dir))
    texts = ["we will never talk to america", "the meeting is in geneva", "no"]
    whole = encode_mean(tok, model, texts, normalize=False, batch_size=2)
    for k in (1, 2):
        by_hand = encode_mean_members(tok, model, [list(model.encoder.layer)[-k:]], texts, batch_size=2)[0]
        np.testing.assert_allclose(by_hand, whole, atol=1e-5)


@pytest.mark.parametrize("which", ["embedded", "tiny"])
def test_token_ids_are_the_tokenizers_own(which, tiny_nli_dir) -> None:  # type: ignore[no-untyped-def]
    """The direct path through the Rust tokenizer gives exactly the ids of the transformers call:
    special tokens, truncation at max_length (a long text), accents, quotes, empty text."""
    from stance.classify.encoding import token_ids
    from stance.loading import load_encoder, load_nli

    tok = load_encoder("embedded")[0] if which == "embedded" else load_nli(str(tiny_nli_dir))[0]
    texts = ["Araghchi (iran): We are ready to talk.", "no " * 200, "", "Ünïcödé — “quotes” …", "a\nb\tc", "deal"]
    for max_length in (8, 128):
        want = tok(texts, truncation=True, max_length=max_length, padding=False)["input_ids"]
        assert token_ids(tok, texts, max_length) == want
        assert max(len(x) for x in token_ids(tok, texts, max_length)) == max_length
    assert token_ids(tok, ["deal"], 16, special_tokens=False) == tok(["deal"], add_special_tokens=False)["input_ids"]


def test_token_ids_of_a_slow_tokenizer_come_from_its_call() -> None:
    from stance.classify.encoding import token_ids

    class Slow:
        is_fast = False

        def __call__(self, texts, **kw):  # type: ignore[no-untyped-def]
            return {"input_ids": [[len(t), kw["max_length"], int(kw["add_special_tokens"])] for t in texts]}

    assert token_ids(Slow(), ["ab", "c"], 9) == [[2, 9, 1], [1, 9, 1]]
