"""The timeline of a Verbund: phases, milestones, events and the funding period.

One horizontal axis of dates (German month names, set here, not from the locale):

- the phases as a band of muted colours, one block per phase with its name; the
  open last phase runs to today;
- above it the milestones as diamonds (done: filled, open: hollow, overdue: red);
- below it the linked events as markers with short labels;
- at the top the funding period as a bracket; a dashed "heute" line.

Labels are spread over a few heights so neighbours do not overlap (each label takes
the lowest height where it fits beside the previous one). Every drawn element of a
kind carries a ``gid`` (``GID_PHASE`` …), so tests and views can find it. Where the
labels go is worked out in ``timeline_labels``.
Built on ``matplotlib.figure.Figure`` directly: no pyplot, no Qt.
"""

from __future__ import annotations

import logging
import os
from datetime import date
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import MonthLocator, YearLocator, num2date
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.ticker import FuncFormatter

from wba_desktop.charts.timeline_data import TimelineData  # re-exported
from wba_desktop.charts.timeline_labels import (
    LABEL_SIZE,
    LEVELS,
    Layout,
    as_number,
    place_labels,
    shorten,
)
from wba_desktop.exchange.table import ExportError, atomic_file
from wba_desktop.i18n import _
from wba_desktop.vocab import label as vocab_label

log = logging.getLogger(__name__)

MONTHS_DE = ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez")
#: muted, distinct colours per phase (the phases of ``vocab.PHASES``)
PHASE_COLOURS = {
    "Idee": "#d5dbe3",
    "Anbahnung": "#b9d3ea",
    "Konstituierung": "#c5e0bd",
    "Aktiv": "#95c6a7",
    "Verstetigung": "#ead9a4",
    "Ruhend": "#d8c7de",
    "Beendet": "#c4c4c4",
}
FALLBACK_COLOUR = "#dddddd"
TEXT_COLOUR = "#2b2b2b"
MILESTONE_COLOUR = "#2c3e50"
OVERDUE_COLOUR = "#c0392b"
EVENT_COLOUR = "#2f6690"
FUNDING_COLOUR = "#7a5c99"
TODAY_COLOUR = "#d35400"
#: marker per event type; others get a circle
EVENT_MARKERS = {"Beiratssitzung": "s", "Kick-off": "^", "Format für junge Menschen": "P"}

GID_PHASE = "phase"
GID_MILESTONE = "milestone"
GID_EVENT = "event"
GID_FUNDING = "funding"
GID_TODAY = "today"

FIGSIZE = (11.0, 4.0)
DPI = 150
FORMATS = ("png", "pdf")

# vertical layout in data units: the phase band around 0, milestones above, events below
_BAND = 0.32
_Y_MILESTONE, _Y_EVENT, _Y_FUNDING = 0.62, -0.62, 2.3
_YLIM = (-2.25, 2.75)
#: labels stay readable where the "heute" line or the grid runs behind them
_LABEL_BOX = {"facecolor": "white", "edgecolor": "none", "alpha": 0.85, "pad": 0.6}
_MARGINS = {"left": 0.03, "right": 0.97, "top": 0.84, "bottom": 0.12}


def german_month(value: float, _pos: int | None = None) -> str:
    """Tick label "Jan 2026" for a matplotlib date number."""
    d = num2date(value)
    return f"{MONTHS_DE[d.month - 1]} {d.year}"


def _phase_spans(data: TimelineData) -> list[tuple[float, float]]:
    today = as_number(data.today)
    spans = []
    for _name, start, end in data.phases:
        x0 = as_number(start)
        x1 = as_number(end) if end is not None else today
        spans.append((x0, max(x1, x0 + 1.0)))
    return spans


def _draw_phases(ax, data: TimelineData, spans, layout: Layout) -> None:
    for (name, _start, _end), (x0, x1) in zip(data.phases, spans, strict=True):
        colour = PHASE_COLOURS.get(name, FALLBACK_COLOUR)
        band = Rectangle(
            (x0, -_BAND), x1 - x0, 2 * _BAND, facecolor=colour, edgecolor="white", linewidth=1.5
        )
        band.set_gid(GID_PHASE)
        band.set_label(name)
        ax.add_patch(band)
        width, shown = x1 - x0, vocab_label(name)  # the stored phase, as the user reads it
        fits = [
            (text, size)
            for text, size in ((shown, 8.5), (shown, 7.0), (shown[:4] + ".", 7.0))
            if layout.width(text, size) <= width * 0.92
        ]
        if fits:
            ax.text(
                x0 + width / 2,
                0,
                fits[0][0],
                ha="center",
                va="center",
                fontsize=fits[0][1],
                color=TEXT_COLOUR,
                zorder=3,
            )


def _labelled_markers(ax, items, layout: Layout, y_marker: float, above: bool) -> None:
    """Draw markers with stems and labels; ``items``: (x, text, marker kwargs, colour, gid)."""
    items = sorted(items, key=lambda it: it[0])
    places = place_labels(layout, [(x, text) for x, text, *_ in items])
    sign = 1 if above else -1
    for (x, _text, style, colour, gid), place in zip(items, places, strict=True):
        (marker,) = ax.plot([x], [y_marker], linestyle="none", zorder=4, **style)
        marker.set_gid(gid)
        if place is None:
            continue
        level, ha, text = place
        y_label = sign * LEVELS[level]
        ax.plot([x, x], [y_marker, y_label], color="#b0b0b0", linewidth=0.7, zorder=2)
        ax.text(
            x,
            y_label + sign * 0.03,
            text,
            ha=ha,
            va="bottom" if above else "top",
            fontsize=LABEL_SIZE,
            color=colour,
            zorder=4,
            bbox=_LABEL_BOX,
        )


def _milestone_items(data: TimelineData) -> list[tuple]:
    items = []
    for day, title, done, overdue in data.milestones:
        colour = OVERDUE_COLOUR if overdue and not done else MILESTONE_COLOUR
        style = {
            "marker": "D",
            "markersize": 8,
            "markeredgewidth": 1.6,
            "markeredgecolor": colour,
            "markerfacecolor": colour if done else "white",
        }
        items.append((as_number(day), shorten(title), style, colour, GID_MILESTONE))
    return items


def _event_items(data: TimelineData) -> list[tuple]:
    today = as_number(data.today) + 1.0  # events earlier today count as held
    items = []
    for start, title, kind in data.events:
        x = as_number(start)
        style = {
            "marker": EVENT_MARKERS.get(kind, "o"),
            "markersize": 7,
            "markeredgewidth": 1.4,
            "markeredgecolor": EVENT_COLOUR,
            "markerfacecolor": EVENT_COLOUR if x < today else "white",
        }
        items.append((x, shorten(title), style, TEXT_COLOUR, GID_EVENT))
    return items


def _draw_funding(ax, funding: tuple[date, date]) -> None:
    x0, x1 = as_number(funding[0]), as_number(funding[1])
    tick = 0.15
    (line,) = ax.plot(
        [x0, x0, x1, x1],
        [_Y_FUNDING - tick, _Y_FUNDING, _Y_FUNDING, _Y_FUNDING - tick],
        color=FUNDING_COLOUR,
        linewidth=1.6,
        zorder=3,
    )
    line.set_gid(GID_FUNDING)
    ax.text(
        (x0 + x1) / 2,
        _Y_FUNDING + 0.06,
        f"Förderzeitraum {funding[0]:%d.%m.%Y} – {funding[1]:%d.%m.%Y}",
        ha="center",
        va="bottom",
        fontsize=8,
        color=FUNDING_COLOUR,
        zorder=4,
        bbox=_LABEL_BOX,
    )


def _date_axis(ax, layout: Layout) -> None:
    days = layout.xmax - layout.xmin
    if days <= 270:
        major, minor = MonthLocator(), None
    elif days <= 800:
        major, minor = MonthLocator(bymonth=(1, 4, 7, 10)), MonthLocator()
    elif days <= 1600:
        major, minor = MonthLocator(bymonth=(1, 7)), MonthLocator(bymonth=(1, 4, 7, 10))
    else:
        major, minor = YearLocator(max(1, round(days / 365 / 8))), MonthLocator(bymonth=(1, 7))
    ax.xaxis.set_major_locator(major)
    ax.xaxis.set_major_formatter(FuncFormatter(german_month))
    if minor is not None:
        ax.xaxis.set_minor_locator(minor)
    ax.tick_params(axis="x", labelsize=8, colors="#555555")
    ax.grid(axis="x", which="major", color="#ececec", linewidth=0.8, zorder=0)
    ax.set_axisbelow(True)


def _legend(ax, data: TimelineData) -> None:
    handles = []

    def add(label: str, **style) -> None:
        handles.append(Line2D([], [], label=label, **style))

    diamond = {"marker": "D", "linestyle": "none", "markersize": 6, "markeredgewidth": 1.4}
    if any(done for _d, _t, done, _o in data.milestones):
        add("Meilenstein erledigt", color=MILESTONE_COLOUR, **diamond)
    if any(not done and not overdue for _d, _t, done, overdue in data.milestones):
        add(
            "Meilenstein offen",
            color=MILESTONE_COLOUR,
            markerfacecolor="white",
            **diamond,
        )
    if any(overdue and not done for _d, _t, done, overdue in data.milestones):
        add("überfällig", color=OVERDUE_COLOUR, markerfacecolor="white", **diamond)
    if data.events:
        add("Veranstaltung", color=EVENT_COLOUR, marker="o", linestyle="none", markersize=6)
    if data.funding:
        add("Förderzeitraum", color=FUNDING_COLOUR, linewidth=1.6)
    add("heute", color=TODAY_COLOUR, linestyle="--", linewidth=1.2)
    ax.legend(
        handles=handles,
        loc="lower right",
        bbox_to_anchor=(1.0, 1.01),
        ncol=len(handles),
        frameon=False,
        fontsize=7.5,
        handlelength=1.6,
        columnspacing=1.2,
    )


def draw_timeline(fig: Figure, data: TimelineData) -> None:
    """Draw the timeline of ``data`` into ``fig`` (cleared first)."""
    fig.clear()
    engine = fig.get_layout_engine()
    if engine is None or engine.adjust_compatible:  # a view may use "constrained"
        fig.subplots_adjust(**_MARGINS)
    ax = fig.add_subplot()
    spans = _phase_spans(data)
    layout = Layout(ax, data, spans)
    ax.set_xlim(layout.xmin, layout.xmax)
    ax.set_ylim(*_YLIM)
    ax.set_yticks([])
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_color("#999999")
    _date_axis(ax, layout)

    _draw_phases(ax, data, spans, layout)
    if not data.phases:
        ax.axhline(0, color="#cccccc", linewidth=1.0, zorder=1)
    _labelled_markers(ax, _milestone_items(data), layout, _Y_MILESTONE, above=True)
    _labelled_markers(ax, _event_items(data), layout, _Y_EVENT, above=False)
    if data.funding:
        _draw_funding(ax, data.funding)

    today = ax.axvline(
        as_number(data.today), color=TODAY_COLOUR, linestyle="--", linewidth=1.2, zorder=2.5
    )
    today.set_gid(GID_TODAY)
    ax.annotate(
        "heute",
        xy=(as_number(data.today), 0.0),
        xycoords=("data", "axes fraction"),
        xytext=(3, 2),
        textcoords="offset points",
        fontsize=8,
        color=TODAY_COLOUR,
        ha="left",
        va="bottom",
    )
    fig.suptitle(
        data.title,
        x=_MARGINS["left"],
        ha="left",
        fontsize=12,
        fontweight="bold",
        color=TEXT_COLOUR,
    )
    _legend(ax, data)


def save_timeline(data: TimelineData, path: str | os.PathLike[str]) -> Path:
    """Write the timeline as PNG or PDF (by the file ending), 11 x 4 inches, 150 dpi."""
    target = Path(path)
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ExportError(
            _(
                "Die Zeitleiste kann nicht als „{name}“ gespeichert "
                "werden: möglich sind .png und .pdf."
            ).format(name=target.suffix or target.name)
        )
    fig = Figure(figsize=FIGSIZE, dpi=DPI)
    FigureCanvasAgg(fig)
    draw_timeline(fig, data)
    with atomic_file(target) as tmp:
        fig.savefig(tmp, format=fmt, dpi=DPI, metadata={"Title": data.title})
    log.info("timeline written to %s", target)
    return target
