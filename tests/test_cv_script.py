"""``scripts/cv_default.py``'s pieces: the nested dev subsets of a learning curve, the plot, and the
folds of leave-one-file-out.

The cross-validation itself needs the dev set, which lives outside the project and which tests never read; these check
what a learning curve rests on: each fraction's subset is seeded, nested in the larger ones, and
of the asked size, and the plot is a real PNG; with ``--folds-by-file`` each file (tiny ones written
here) is one fold.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.plugins.scripts import script_module


@pytest.fixture(scope="module")
def cv():
    with script_module("cv_default.py") as mod:
        yield mod


def test_dev_subsets_are_nested_seeded_and_sized(cv) -> None:
    rest = [0, 2, 3, 5, 7, 8, 11, 13, 14, 17]
    subsets = {f: cv.dev_subset(rest, f, 13, 2) for f in (0.0, 0.25, 0.5, 0.75, 1.0)}
    assert subsets[0.0] == []
    assert subsets[1.0] == rest
    for f, sub in subsets.items():
        assert len(sub) == round(f * len(rest))
        assert sub == sorted(sub) and set(sub) <= set(rest)
    assert set(subsets[0.25]) <= set(subsets[0.5]) <= set(subsets[0.75])
    assert cv.dev_subset(rest, 0.5, 13, 2) == subsets[0.5]  # seeded
    others = {tuple(cv.dev_subset(rest, 0.5, seed, fold)) for seed in (13, 14) for fold in range(5)}
    assert len(others) > 1  # another seed or fold draws another subset


def test_dev_fraction_outside_zero_one_is_refused(cv) -> None:
    with pytest.raises(ValueError, match="dev-fraction"):
        cv.dev_subset([1, 2], 1.5, 13, 0)
    with pytest.raises(SystemExit):
        cv.main(["--dev-fraction", "-0.1"])


def test_learning_curve_plot_is_a_png(cv, tmp_path: Path) -> None:
    rows = [
        {"n_dev": n, "mean": {k: m for k, _ in cv.METRICS}, "std": {k: 0.05 for k, _ in cv.METRICS}}
        for n, m in ((0, 0.5), (52, 0.6), (104, 0.7))
    ]
    out = cv.plot_curve(rows, tmp_path / "sub" / "curve.png")
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000


def _labelled(path: Path, ids: list[str]) -> None:
    import json

    quote = "talks would go on"
    rows = [{"id": i, "text": f"Officials said {quote} ({i}).", "statements": [
        {"speaker": "An official", "side": "us", "text": quote, "start": 15, "end": 15 + len(quote), "mode": "indirect",
         "stance": "conciliatory", "sentiment": "neutral"}]} for i in ids]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_folds_by_file_hold_out_one_file_each(cv, tmp_path: Path) -> None:
    _labelled(tmp_path / "a.jsonl", ["a1", "a2", "a3"])
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    _labelled(tmp_path / "b.jsonl", ["b1", "b2"])
    arts, folds = cv.file_folds([str(tmp_path / n) for n in ("a.jsonl", "empty.jsonl", "b.jsonl")])
    assert [a.id for a in arts] == ["a1", "a2", "a3", "b1", "b2"]
    assert [[arts[i].id for i in f] for f in folds] == [["a1", "a2", "a3"], ["b1", "b2"]]


def test_folds_by_file_needs_two_files(cv, tmp_path: Path, capsys) -> None:
    _labelled(tmp_path / "only.jsonl", ["x1", "x2"])
    with pytest.raises(SystemExit):
        cv.main(["--folds-by-file", "--dev", str(tmp_path / "*.jsonl")])
    assert "at least 2 dev files" in capsys.readouterr().err
