"""Smoke tests for ``scripts/benchmark.py``: it runs on a tiny corpus with tiny settings.

Not a timed test: it checks that the script's pieces fit together (corpus, stance run, the
transformers pipeline baseline, the table and the JSON), not how fast anything is.
"""

from __future__ import annotations

import json

import pytest

from stance.records import STANCE_LABELS, Article
from tests.plugins.scripts import script_module


@pytest.fixture(scope="module")
def bench():
    with script_module("benchmark.py") as mod:
        yield mod


@pytest.fixture(scope="module")
def tiny_nli(tmp_path_factory):
    """A tiny random BERT NLI model with the embedded model's tokenizer (fast pipeline runs)."""
    from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification

    from stance.loading import embedded_model_path

    tok = AutoTokenizer.from_pretrained(str(embedded_model_path()))
    id2label = {0: "entailment", 1: "neutral", 2: "contradiction"}
    config = BertConfig(vocab_size=tok.vocab_size, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=32, max_position_embeddings=512, num_labels=3, id2label=id2label,
                        label2id={v: k for k, v in id2label.items()})
    out = tmp_path_factory.mktemp("tiny-nli")
    BertForSequenceClassification(config).save_pretrained(out)
    tok.save_pretrained(out)
    return out


def test_corpus_is_deterministic_and_its_spans_fit(bench):
    a = list(bench.make_corpus(25, seed=3))
    b = list(bench.make_corpus(25, seed=3))
    assert a == b
    assert len({r["id"] for r in a}) == 25
    n = 0
    for rec in a:
        art = Article.from_dict(rec)  # checks every statement's span against the text
        n += len(art.statements)
        assert {s["stance"] for s in rec["statements"]} <= set(STANCE_LABELS)
    assert n >= 25 * 3


def test_corpus_syndicated_copies(bench):
    recs = list(bench.make_corpus(40, seed=1, dup_rate=0.5))
    texts = [r["text"] for r in recs]
    assert len(set(texts)) < len(texts)
    assert len({r["id"] for r in recs}) == 40


def test_build_nli_model_keeps_architecture_and_adds_an_nli_head(bench, tiny_nli, tmp_path):
    out = bench.build_nli_model(tmp_path / "nli", base=str(tiny_nli))
    cfg = json.loads((out / "config.json").read_text())
    assert cfg["architectures"] == ["BertForSequenceClassification"]
    assert cfg["hidden_size"] == 16
    assert set(cfg["label2id"]) == {"entailment", "neutral", "contradiction"}
    assert (out / "tokenizer.json").exists() or (out / "vocab.txt").exists()


def test_benchmark_runs_end_to_end_on_a_tiny_corpus(bench, tiny_nli, tmp_path, capsys):
    res = bench.main(["--articles", "3", "--batch-size", "8", "--backends", "embedding,nli", "--skip-rss",
                      "--help-runs", "1", "--nli-model", str(tiny_nli), "--same-work-sample", "3",
                      "--workdir", str(tmp_path), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert out["articles"] == res["articles"] == 3
    emb, pipe = out["embedding"], out["pipeline"]
    assert emb["statements"] > 0 and emb["skipped"] == 0
    assert pipe["statements"] == emb["statements"]  # the pipeline sees the very statements stance extracted
    assert emb["run_s"] > 0 and pipe["run_s"] > 0 and emb["rss_peak_mb"] > 0
    assert out["help"]["rc"] == 0
    assert any(t.startswith("embedding e2e >= 5x pipeline") for t in out["targets"])
    nli, same = out["nli"], out["pipeline_same_work"]
    assert nli["statements"] == emb["statements"] and nli["inputs_per_text"] > 1
    assert same["statements"] == 3 and same["inputs_per_text"] == nli["inputs_per_text"]
    assert bench.render(out).count("\n") >= 4


def test_table_without_pipeline(bench, tmp_path, capsys):
    bench.main(["--articles", "2", "--batch-size", "4", "--backends", "embedding", "--skip-pipeline", "--skip-rss",
                "--help-runs", "0", "--workdir", str(tmp_path), "--given-statements"])
    table = capsys.readouterr().out
    assert "stance embedding (default), e2e" in table
    assert "zero-shot pipeline" not in table
    assert not (tmp_path / "nli-minilm").exists()  # nothing built that is not used
