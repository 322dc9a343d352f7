"""Summaries -> charts (PNG), one self-contained HTML page, Markdown and JSON.

``write_report(results, out_dir)`` aggregates classified records (see
:mod:`stance.aggregate`) and writes into ``out_dir``:

- ``speakers.png``: mean stance score per speaker, bars coloured by side, 95% intervals;
- ``timeline.png``: mean stance score per side by month, with intervals, dates in order;
- ``report.html``: one page with both charts embedded as ``data:`` URIs and the tables
  (no external files, scripts or fonts, so it opens anywhere, offline);
- ``report.md``: the same tables in Markdown, for the terminal;
- ``summary.json``: the aggregate as data.

Example: ``stance classify samples/corpus --format jsonl --out r.jsonl`` then
``stance report r.jsonl --out report/``.
"""

from __future__ import annotations

import base64
import html
import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from stance.aggregate import Aggregate, Quote, SpeakerSummary, TimelinePoint, aggregate
from stance.errors import DataError
from stance.records import Article

logger = logging.getLogger(__name__)

__all__ = ["ReportPaths", "format_markdown", "plot_speakers", "plot_timeline", "render_html", "write_report"]

SIDE_COLOURS = {"iran": "#2a9d8f", "us": "#e76f51", "other": "#8d99ae", None: "#adb5bd"}
SIDE_NAMES = {"iran": "Iran", "us": "United States", "other": "other"}


@dataclass(frozen=True, slots=True)
class ReportPaths:
    """Where :func:`write_report` wrote each file."""

    out_dir: Path
    html: Path
    markdown: Path
    summary: Path
    speakers_png: Path
    timeline_png: Path

    @property
    def pngs(self) -> tuple[Path, ...]:
        return (self.speakers_png, self.timeline_png)


# --------------------------------------------------------------------------- charts
def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    return plt


def _month_date(month: str) -> date:
    y, m = month.split("-")
    return date(int(y), int(m), 15)


def _yerr(mean: float, low: float | None, high: float | None) -> tuple[float, float]:
    if low is None or high is None:
        return 0.0, 0.0
    return max(0.0, mean - low), max(0.0, high - mean)


def plot_speakers(agg: Aggregate, path: Path, *, top_n: int = 20) -> Path:
    """Horizontal bars: mean stance score per speaker with 95% intervals, coloured by side.

    The ``top_n`` speakers with most statements are shown, sorted from most hardline
    (bottom) to most conciliatory (top); each label gives the number of statements.

    Args:
        agg: The aggregate.
        path: The PNG to write.
        top_n: How many speakers to show.

    Returns:
        ``path``.
    """
    plt = _pyplot()
    speakers = sorted(agg.speakers[:top_n], key=lambda s: s.mean_score)
    height = max(2.6, 0.42 * len(speakers) + 1.4)
    fig, ax = plt.subplots(figsize=(9, height), dpi=110)
    try:
        if not speakers:
            ax.text(0.5, 0.5, "no classified statements", ha="center", va="center", transform=ax.transAxes)
            ax.set_axis_off()
        else:
            ys = list(range(len(speakers)))
            ax.barh(ys, [s.mean_score for s in speakers], color=[SIDE_COLOURS.get(s.side, "#adb5bd") for s in speakers],
                    height=0.65, zorder=2)  # fmt: skip
            with_iv = [(y, s) for y, s in zip(ys, speakers, strict=True) if s.low is not None and s.high is not None]
            if with_iv:
                err = [_yerr(s.mean_score, s.low, s.high) for _, s in with_iv]
                ax.errorbar([s.mean_score for _, s in with_iv], [y for y, _ in with_iv],
                            xerr=list(zip(*err, strict=True)), fmt="none", ecolor="#222222", elinewidth=1.2,
                            capsize=4, zorder=3)  # fmt: skip
            ax.set_yticks(ys, [f"{s.name}  (n={s.n})" for s in speakers], fontsize=9)
            ax.axvline(0, color="#444444", linewidth=0.8, zorder=1)
            ax.set_xlim(-1.05, 1.05)
            ax.set_xlabel("mean stance score   (-1 hardline  \u2190  0  \u2192  +1 conciliatory)")
            ax.grid(axis="x", color="#dddddd", zorder=0)
            sides = [s for s in ("iran", "us", "other") if any(sp.side == s for sp in speakers)]
            if sides:
                from matplotlib.patches import Patch

                ax.legend(handles=[Patch(color=SIDE_COLOURS[s], label=SIDE_NAMES[s]) for s in sides],
                          loc="lower right", fontsize=8, framealpha=0.9)  # fmt: skip
        ax.set_title("Stance toward improved Iran\u2013US relations, by speaker\n(95% interval; none for n=1)",
                     fontsize=11)  # fmt: skip
        fig.tight_layout()
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path)
    finally:
        plt.close(fig)
    return path


def plot_timeline(agg: Aggregate, path: Path) -> Path:
    """Mean stance score per side by month, with 95% intervals, on a date axis.

    Args:
        agg: The aggregate.
        path: The PNG to write.

    Returns:
        ``path``.
    """
    plt = _pyplot()
    import matplotlib.dates as mdates

    fig, ax = plt.subplots(figsize=(10, 4.2), dpi=110)
    try:
        points = [p for p in agg.timeline if p.kind in ("side", "all")]
        if not points:
            ax.text(0.5, 0.5, "no dated statements", ha="center", va="center", transform=ax.transAxes)
            ax.set_axis_off()
        else:
            everyone = sorted((p for p in points if p.kind == "all"), key=lambda p: p.month)
            if everyone:
                ax.plot([_month_date(p.month) for p in everyone], [p.mean_score for p in everyone], ":",
                        color="#555555", linewidth=1, label=f"all speakers ({sum(p.n for p in everyone)} statements)")
            for dodge, side in zip((-20, 0, 20), ("iran", "us", "other"), strict=True):
                pts = sorted((p for p in points if p.kind == "side" and p.name == side), key=lambda p: p.month)
                if not pts:
                    continue
                # Shift each side a few days so that intervals in the same month do not hide each other.
                xs = [date.fromordinal(_month_date(p.month).toordinal() + dodge) for p in pts]
                ys = [p.mean_score for p in pts]
                err = list(zip(*(_yerr(p.mean_score, p.low, p.high) for p in pts), strict=True))
                ax.errorbar(xs, ys, yerr=err, fmt="-o", color=SIDE_COLOURS[side], ecolor=SIDE_COLOURS[side],
                            elinewidth=1, capsize=3, markersize=6, linewidth=1.4, alpha=0.85,
                            label=f"{SIDE_NAMES[side]} ({sum(p.n for p in pts)} statements)")  # fmt: skip
            ax.axhline(0, color="#444444", linewidth=0.8)
            ax.set_ylim(-1.1, 1.1)
            ax.set_ylabel("mean stance score\n(-1 hardline, +1 conciliatory)")
            locator = mdates.AutoDateLocator(minticks=4, maxticks=12)
            ax.xaxis.set_major_locator(locator)
            ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
            first, last = min(p.month for p in points), max(p.month for p in points)
            lo, hi = _month_date(first), _month_date(last)
            pad = max(45, (hi - lo).days // 30)
            ax.set_xlim(date.fromordinal(lo.toordinal() - pad), date.fromordinal(hi.toordinal() + pad))
            ax.grid(color="#e5e5e5")
            ax.legend(loc="best", fontsize=8, framealpha=0.9)
        ax.set_title("Stance by month of the article, per side (95% interval; none for a single statement)",
                     fontsize=11)  # fmt: skip
        fig.tight_layout()
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path)
    finally:
        plt.close(fig)
    return path


# --------------------------------------------------------------------------- text
def _num(x: float | None) -> str:
    if x is None:
        return "\u2013"
    return f"{x + 0.0:+.2f}" if abs(x) >= 0.005 else "+0.00"  # no "-0.00"


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def _interval(s: SpeakerSummary | TimelinePoint) -> str:
    return "\u2013" if s.low is None or s.high is None else f"[{_num(s.low)}, {_num(s.high)}]"


def _short(text: str, n: int = 160) -> str:
    return text if len(text) <= n else text[: n - 1] + "\u2026"


def _quote_cell(q: Quote | None) -> str:
    return "" if q is None else f"\u201c{_short(q.text)}\u201d ({q.article_id}, {q.stance_score:+.2f})"


def _summary_rows(items: Sequence[SpeakerSummary]) -> list[list[str]]:
    return [
        [
            s.name,
            s.side or "",
            str(s.n),
            _num(s.mean_score),
            _interval(s),
            " / ".join(_pct(s.stance_shares[k]) for k in ("conciliatory", "neutral", "hardline")),
            " / ".join(_pct(s.sentiment_shares[k]) for k in ("positive", "neutral", "negative")),
        ]
        for s in items
    ]


_SUMMARY_HEAD = ["name", "side", "n", "mean score", "95% interval", "concil. / neutral / hardline",
                 "pos. / neutral / neg."]  # fmt: skip


def _md_table(head: list[str], rows: list[list[str]]) -> list[str]:
    def cell(x: str) -> str:
        return x.replace("|", "\\|").replace("\n", " ")

    out = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    out += ["| " + " | ".join(cell(c) for c in r) + " |" for r in rows]
    return out


def format_markdown(agg: Aggregate, *, top_n: int = 20, charts: Mapping[str, str] | None = None) -> str:
    """The aggregate as Markdown: sides, speakers, their extreme quotes, and the timeline.

    Args:
        agg: The aggregate.
        top_n: How many speakers to list.
        charts: Optional ``{"title": "relative/path.png"}`` images to link.

    Returns:
        Markdown text.
    """
    out = [
        "# Stance report",
        "",
        f"{agg.n_articles} articles, {agg.n_statements} statements, {len(agg.speakers)} speakers. "
        "Stance score: -1 hardline, +1 conciliatory (P(conciliatory) - P(hardline)).",
    ]
    if agg.n_skipped:
        out.append(f"{agg.n_skipped} statement(s) without a label were left out.")
    for title, rel in (charts or {}).items():
        out += ["", f"![{title}]({rel})"]
    out += ["", "## By side", ""] + _md_table(_SUMMARY_HEAD, _summary_rows(agg.sides))
    out += ["", f"## By speaker (top {min(top_n, len(agg.speakers))} by statements)", ""]
    out += _md_table(_SUMMARY_HEAD, _summary_rows(agg.speakers[:top_n]))
    out += ["", "## Most conciliatory and most hardline quotes", ""]
    out += _md_table(
        ["speaker", "most conciliatory", "most hardline"],
        [[s.name, _quote_cell(s.most_conciliatory), _quote_cell(s.most_hardline)] for s in agg.speakers[:top_n]],
    )
    sides = [p for p in agg.timeline if p.kind == "side"]
    if sides:
        out += ["", "## Timeline by side (month of the article)", ""]
        out += _md_table(["month", "side", "n", "mean score", "95% interval"],
                         [[p.month, p.name, str(p.n), _num(p.mean_score), _interval(p)]
                          for p in sorted(sides, key=lambda p: (p.month, p.name))])  # fmt: skip
    if agg.undated_articles:
        out += ["", f"Undated articles (not on the timeline): {', '.join(agg.undated_articles)}"]
    return "\n".join(out) + "\n"


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:2em auto;max-width:1100px;
color:#222;padding:0 1em}
h1{font-size:1.6em}h2{font-size:1.25em;margin-top:1.6em;border-bottom:1px solid #ddd;padding-bottom:.2em}
table{border-collapse:collapse;width:100%;font-size:.9em;margin:.6em 0}
th,td{border:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f4f4f4}td.num{text-align:right;font-variant-numeric:tabular-nums}
img{max-width:100%;height:auto;border:1px solid #eee}
.side-iran{border-left:4px solid #2a9d8f}.side-us{border-left:4px solid #e76f51}.side-other{border-left:4px solid #8d99ae}
.note{color:#555;font-size:.9em}
"""


def _h(x: Any) -> str:
    return html.escape(str(x), quote=True)


def _html_table(head: list[str], rows: list[list[str]], *, numeric: Iterable[int] = (), row_class: list[str] | None = None) -> str:
    num = set(numeric)
    parts = ["<table><thead><tr>" + "".join(f"<th>{_h(c)}</th>" for c in head) + "</tr></thead><tbody>"]
    for i, r in enumerate(rows):
        cls = f' class="{_h(row_class[i])}"' if row_class else ""
        cells = "".join(f'<td class="num">{_h(c)}</td>' if j in num else f"<td>{_h(c)}</td>" for j, c in enumerate(r))
        parts.append(f"<tr{cls}>{cells}</tr>")
    parts.append("</tbody></table>")
    return "\n".join(parts)


def _data_uri(png: Path) -> str:
    return "data:image/png;base64," + base64.b64encode(png.read_bytes()).decode("ascii")


def render_html(agg: Aggregate, pngs: Mapping[str, Path], *, title: str = "Stance report", top_n: int = 20) -> str:
    """One self-contained HTML page: the charts as ``data:`` URIs and the tables.

    Args:
        agg: The aggregate.
        pngs: ``{caption: png_path}`` charts to embed.
        title: Page title.
        top_n: How many speakers to list.

    Returns:
        The HTML document.
    """
    body = [
        f"<h1>{_h(title)}</h1>",
        f'<p class="note">{agg.n_articles} articles, {agg.n_statements} statements, {len(agg.speakers)} speakers. '
        "Stance score: \u22121 hardline, +1 conciliatory (P(conciliatory) \u2212 P(hardline)); "
        "intervals are 95%.</p>",
    ]
    for caption, png in pngs.items():
        body.append(f'<figure><img alt="{_h(caption)}" src="{_data_uri(png)}"><figcaption class="note">'
                    f"{_h(caption)}</figcaption></figure>")  # fmt: skip
    body += ["<h2>By side</h2>", _html_table(_SUMMARY_HEAD, _summary_rows(agg.sides), numeric=(2, 3),
                                             row_class=[f"side-{s.name}" for s in agg.sides])]  # fmt: skip
    speakers = list(agg.speakers[:top_n])
    body += [f"<h2>By speaker (top {len(speakers)} by statements)</h2>",
             _html_table(_SUMMARY_HEAD, _summary_rows(speakers), numeric=(2, 3),
                         row_class=[f"side-{s.side or 'none'}" for s in speakers])]  # fmt: skip
    body += ["<h2>Most conciliatory and most hardline quotes</h2>",
             _html_table(["speaker", "most conciliatory", "most hardline"],
                         [[s.name, _quote_cell(s.most_conciliatory), _quote_cell(s.most_hardline)] for s in speakers])]  # fmt: skip
    sides = sorted((p for p in agg.timeline if p.kind == "side"), key=lambda p: (p.month, p.name))
    if sides:
        body += ["<h2>Timeline by side</h2>",
                 _html_table(["month", "side", "n", "mean score", "95% interval"],
                             [[p.month, p.name, str(p.n), _num(p.mean_score), _interval(p)] for p in sides],
                             numeric=(2, 3))]  # fmt: skip
    people = sorted((p for p in agg.timeline if p.kind == "speaker"), key=lambda p: (p.name, p.month))
    if people:
        body += ["<h2>Timeline by speaker</h2>",
                 _html_table(["speaker", "month", "n", "mean score", "95% interval"],
                             [[p.name, p.month, str(p.n), _num(p.mean_score), _interval(p)] for p in people],
                             numeric=(2, 3))]  # fmt: skip
    if agg.undated_articles:
        body.append(f'<p class="note">Undated articles (not on the timeline): {_h(", ".join(agg.undated_articles))}</p>')
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_h(title)}</title><style>{_CSS}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    )


# --------------------------------------------------------------------------- entry point
def _load(results: str | Path | Sequence[Mapping[str, Any] | Article]) -> list[Mapping[str, Any] | Article]:
    if isinstance(results, (str, Path)):
        from stance.evaluate import load_records

        records: list[Mapping[str, Any] | Article] = list(load_records(results))
        if not records:
            raise DataError("no article records; expected `stance classify --format jsonl` output", path=str(results))
        return records
    return list(results)


def write_report(
    results: str | Path | Sequence[Mapping[str, Any] | Article],
    out_dir: str | Path,
    *,
    title: str = "Stance report",
    top_n: int = 20,
    interval: str = "t",
) -> ReportPaths:
    """Aggregate classified records and write charts, HTML, Markdown and JSON.

    Args:
        results: A JSONL file from ``stance classify --format jsonl``, or its records.
        out_dir: The directory to write into (created if missing).
        title: The page title.
        top_n: How many speakers the chart and tables show (most statements first).
        interval: ``t`` or ``bootstrap`` intervals (see :func:`stance.aggregate.mean_interval`).

    Returns:
        The paths written.

    Raises:
        DataError: If the results file is unreadable, malformed or empty.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    agg = aggregate(_load(results), interval=interval)  # type: ignore[arg-type]
    speakers_png = plot_speakers(agg, out / "speakers.png", top_n=top_n)
    timeline_png = plot_timeline(agg, out / "timeline.png")
    charts = {"Mean stance by speaker": speakers_png, "Stance by month, per side": timeline_png}
    html_path = out / "report.html"
    html_path.write_text(render_html(agg, charts, title=title, top_n=top_n), encoding="utf-8")
    md_path = out / "report.md"
    md_path.write_text(format_markdown(agg, top_n=top_n, charts={k: v.name for k, v in charts.items()}),
                       encoding="utf-8")  # fmt: skip
    summary = out / "summary.json"
    summary.write_text(json.dumps(agg.to_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    logger.info("report: %d speakers, %d statements -> %s", len(agg.speakers), agg.n_statements, out)
    return ReportPaths(out, html_path, md_path, summary, speakers_png, timeline_png)
