"""The follow-up chart drawn onto a given matplotlib ``Figure`` (the tab's canvas):
invited, accepted and attended per kind of organisation as grouped horizontal bars.

Only ``matplotlib.figure`` objects are touched here, no pyplot and no backend, so the
caller decides where the figure is shown.
"""

from __future__ import annotations

from textwrap import fill

from PySide6.QtCore import QT_TR_NOOP

from wba_desktop.services.events.invitation_queries import FollowUpReport
from wba_desktop.views.common.translation import tr

SERIES = (
    (QT_TR_NOOP("Eingeladen"), "invited", "#9ecae1"),
    (QT_TR_NOOP("Zugesagt"), "accepted", "#4292c6"),
    (QT_TR_NOOP("Teilgenommen"), "attended", "#08519c"),
)
BAR = 0.27


def draw_followup(figure, report: FollowUpReport | None) -> None:
    """Clear ``figure`` and draw the chart (or a short note when there is nothing)."""
    figure.clear()
    ax = figure.add_subplot()
    rows = list(report.by_kind) if report is not None else []
    if not rows:
        ax.set_axis_off()
        text = (
            tr("Keine Veranstaltung gewählt.")
            if report is None
            else tr("Noch niemand eingeladen – das Diagramm erscheint, sobald es Einladungen gibt.")
        )
        ax.text(0.5, 0.5, text, ha="center", va="center", color="#6b7a88", wrap=True)
        return
    positions = range(len(rows))
    for n, (label, attr, colour) in enumerate(SERIES):
        values = [getattr(r, attr) for r in rows]
        offsets = [p + (n - 1) * BAR for p in positions]
        bars = ax.barh(offsets, values, height=BAR, label=tr(label), color=colour)
        # with many kinds the bars are thin: label only the attended ones, so the
        # numbers do not run into each other
        if len(rows) <= 6 or attr == SERIES[-1][1]:
            labels = [str(v) if v else "" for v in values]
            ax.bar_label(bars, labels=labels, padding=2, fontsize=7 if len(rows) > 6 else 8)
    # long kinds („Fach-/Branchenverband oder Innung“) wrap instead of pushing the bars
    ax.set_yticks(list(positions), [fill(r.label, 22) for r in rows], fontsize=9)
    ax.invert_yaxis()
    ax.set_xlabel(tr("Personen"))
    ax.xaxis.get_major_locator().set_params(integer=True, nbins=6)  # no crowded numbers
    ax.margins(x=0.12)
    ax.grid(axis="x", alpha=0.3)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    # above the whole figure, not the axes: centred on the axes it ran off the right edge
    figure.legend(
        loc="outside upper center",
        ncol=3,
        fontsize=8,
        frameon=False,
        handlelength=1.2,
        columnspacing=1.0,
    )
