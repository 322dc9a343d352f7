"""``scripts/cv_default.py``'s learning-curve pieces: the nested dev subsets and the plot.

The cross-validation itself needs the dev set (../shared), which tests never read; these check
what a learning curve rests on: each fraction's subset is seeded, nested in the larger ones, and
of the asked size, and the plot is a real PNG.
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
