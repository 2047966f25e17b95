"""The Lotsen report as a chart: inquiries per month stacked by status, and the topics.

Left, one bar per month of the period, stacked by the inquiries' status today (neu …
abgebrochen, in flow order), with the month's referrals as a line; right, the topics
as horizontal bars (inquiries, most first). German labels; numbers through
``text.format``. Every drawn bar carries a ``gid`` (``GID_MONTH`` with the status,
``GID_TOPIC``), so tests and views can find them.

``draw_report(fig, report)`` draws into a given ``Figure`` (a view puts it into its Qt
canvas); ``report_figure(report)`` makes one; ``save_report_chart`` writes PNG, SVG
or PDF. No Qt, no pyplot, no database: it takes an ``InquiryReport``.
"""

from __future__ import annotations

import os
from pathlib import Path

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from wba_desktop.charts.timeline import MONTHS_DE, TEXT_COLOUR
from wba_desktop.exchange.inquiry_report_data import InquiryReport
from wba_desktop.exchange.table import ExportError, atomic_file
from wba_desktop.i18n import _
from wba_desktop.text import format as fmt
from wba_desktop.vocab import label as vocab_label

FIGSIZE = (11.0, 5.0)
DPI = 150
FORMATS = ("png", "svg", "pdf")
GID_MONTH = "month"
GID_TOPIC = "topic"
GID_REFERRALS = "referrals"
#: colours per status, from "just in" (light) to "done" (dark); cancelled in grey
STATUS_COLOURS = {
    "neu": "#c6dbef",
    "in Klärung": "#fdd49e",
    "vermittelt": "#6baed6",
    "abgeschlossen": "#2171b5",
    "abgebrochen": "#b0b0b0",
}
REFERRAL_COLOUR = "#d35400"
TOPIC_COLOUR = "#41ab5d"
TOPIC_CHARS = 32


def _month_label(first) -> str:
    return f"{MONTHS_DE[first.month - 1]} {first:%y}"


def _short(text: str, limit: int = TOPIC_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _months(ax, report: InquiryReport) -> None:
    months = report.by_month
    xs = list(range(len(months)))
    bottom = [0] * len(months)
    for status in report.statuses:
        heights = [m.by_status.get(status, 0) for m in months]
        if not any(heights):
            continue
        bars = ax.bar(
            xs, heights, bottom=bottom, width=0.75, label=vocab_label(status),
            color=STATUS_COLOURS.get(status, "#999999"), edgecolor="white", linewidth=0.5,
        )  # fmt: skip
        for bar in bars:
            bar.set_gid(f"{GID_MONTH}:{status}")
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    line = ax.plot(
        xs, [m.referrals for m in months], color=REFERRAL_COLOUR, marker="o", markersize=3,
        linewidth=1.5, label="Vermittlungen",
    )  # fmt: skip
    line[0].set_gid(GID_REFERRALS)
    top = max([*bottom, *(m.referrals for m in months), 1])
    ax.set_ylim(0, top * 1.3)  # room for the legend above the bars
    step = max(1, len(months) // 12)
    ax.set_xticks(xs[::step], [_month_label(m.month) for m in months][::step])
    ax.tick_params(axis="x", labelrotation=45, labelsize=8)
    for label in ax.get_xticklabels():
        label.set_horizontalalignment("right")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: fmt.integer(v)))
    ax.set_ylabel("Anfragen")
    ax.set_title("Anfragen je Monat nach Status", loc="left", fontsize=10, color=TEXT_COLOUR)
    ax.grid(axis="y", color="#e6e6e6", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.spines[["top", "right"]].set_visible(False)
    if months:
        ax.legend(fontsize=8, frameon=False, loc="upper left", ncols=3)
    else:
        ax.text(0.5, 0.5, "Keine Anfragen im Zeitraum", ha="center", transform=ax.transAxes)


def _topics(ax, report: InquiryReport) -> None:
    rows = sorted((r for r in report.by_topic if r.inquiries), key=lambda r: -r.inquiries)
    ys = list(range(len(rows)))[::-1]
    bars = ax.barh(ys, [r.inquiries for r in rows], color=TOPIC_COLOUR, height=0.7)
    for bar, row in zip(bars, rows, strict=True):
        bar.set_gid(f"{GID_TOPIC}:{row.label}")
        ax.text(
            bar.get_width(), bar.get_y() + bar.get_height() / 2, f" {fmt.integer(row.inquiries)}",
            va="center", fontsize=7, color=TEXT_COLOUR,
        )  # fmt: skip
    ax.set_yticks(ys, [_short(r.label) for r in rows], fontsize=8)
    ax.xaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))  # narrow panel: few ticks
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: fmt.integer(v)))
    ax.set_xlabel("Anfragen")
    ax.set_title("Anfragen nach Thema", loc="left", fontsize=10, color=TEXT_COLOUR)
    ax.spines[["top", "right"]].set_visible(False)
    if rows:
        ax.set_xlim(0, max(r.inquiries for r in rows) * 1.15)
    else:
        ax.text(0.5, 0.5, "Keine Themen", ha="center", transform=ax.transAxes)


def draw_report(fig: Figure, report: InquiryReport) -> None:
    """Draw the two panels and a title with the period and the totals into ``fig``."""
    fig.clear()
    grid = fig.add_gridspec(1, 2, width_ratios=(1.7, 1.0))
    _months(fig.add_subplot(grid[0, 0]), report)
    _topics(fig.add_subplot(grid[0, 1]), report)
    filters = f" · {'; '.join(report.filters)}" if report.filters else ""
    fig.suptitle(
        f"Anfragen {report.period_text}{filters}: {fmt.integer(report.inquiries)} Anfragen, "
        f"{fmt.integer(report.referrals)} Vermittlungen",
        x=0.01, ha="left", fontsize=11, fontweight="bold", color=TEXT_COLOUR,
    )  # fmt: skip


def report_figure(report: InquiryReport, figsize: tuple[float, float] = FIGSIZE) -> Figure:
    """A new ``Figure`` with the report drawn (constrained layout)."""
    fig = Figure(figsize=figsize, dpi=DPI, layout="constrained")
    draw_report(fig, report)
    return fig


def save_report_chart(
    report: InquiryReport, path: str | os.PathLike[str], fmt_name: str | None = None
) -> Path:
    """Write the chart as PNG, SVG or PDF (by ``fmt_name`` or the file ending)."""
    target = Path(path)
    chosen = (fmt_name or target.suffix.lstrip(".")).lower()
    if chosen not in FORMATS:
        raise ExportError(
            _(
                "Die Grafik kann nicht als „{name}“ gespeichert werden: "
                "möglich sind .png, .svg und .pdf."
            ).format(name=target.suffix or target.name)
        )
    if chosen == "png":
        from matplotlib.backends.backend_agg import FigureCanvasAgg as Canvas
    elif chosen == "svg":
        from matplotlib.backends.backend_svg import FigureCanvasSVG as Canvas
    else:
        from matplotlib.backends.backend_pdf import FigureCanvasPdf as Canvas
    fig = report_figure(report)
    Canvas(fig)
    meta = {"Title": "Anfragen"} if chosen == "pdf" else {}
    with atomic_file(target) as tmp:
        fig.savefig(tmp, format=chosen, dpi=DPI, metadata={"Creator": "WBA Desktop", **meta})
    return target
