"""The stakeholder matrix as a picture (PNG, SVG, PDF) with matplotlib.

The same grid the view draws: interest on the x axis, influence on the y axis, the
quadrant lines between 2 and 3 (3 counts as high), tinted quadrants with their
title and count, one dot per organisation coloured by stance, a legend of the
stances and a note on the organisations without ratings. Object-oriented
matplotlib (no pyplot, no Qt): safe in a worker thread and in the CLI.
"""

from __future__ import annotations

import os
from pathlib import Path

from wba_desktop.i18n import N_, _
from wba_desktop.network.export import save_figure
from wba_desktop.network.matrix import (
    DIVIDER,
    INFORM,
    MANAGE,
    MONITOR,
    QUADRANT_TITLES,
    SATISFY,
    SCALE,
    SCALE_NOTE,
    SPREAD,
    STANCE_COLOURS,
    STANCE_ORDER,
    StakeholderMatrix,
)
from wba_desktop.text import format as fmt

#: quadrant tints, shared with the view
QUADRANT_TINTS = {
    MANAGE: "#e3eefb",
    SATISFY: "#efe9f8",
    INFORM: "#e6f4e8",
    MONITOR: "#f2f3f5",
}
LEVEL_NAMES = ("sehr gering", "gering", "mittel", "hoch", "sehr hoch")
LOW, HIGH = SCALE[0] - 0.5, SCALE[-1] + 0.5
#: height of the title bands above and below the cells (scale units): titles never
#: cover a dot
BAND = 0.6
#: (x0, x1, y0, y1) of each quadrant in scale units; x: interest, y: influence
QUADRANT_BOXES = {
    MANAGE: (DIVIDER, HIGH, DIVIDER, HIGH),
    SATISFY: (LOW, DIVIDER, DIVIDER, HIGH),
    INFORM: (DIVIDER, HIGH, LOW, DIVIDER),
    MONITOR: (LOW, DIVIDER, LOW, DIVIDER),
}


def dot_size_points(densest_cell: int, cell_points: float) -> float:
    """The dot diameter (in points, or pixels) for cells ``cell_points`` wide: big
    when cells hold few dots, shrinking so that the fullest cell's dots stay apart."""
    if densest_cell <= 0:
        return 0.0
    disc = 2 * SPREAD * cell_points
    spacing = disc * (3.14159 / 4 / densest_cell) ** 0.5 * 0.85
    return max(1.5, min(cell_points * 0.2, spacing))


def draw_matrix(matrix: StakeholderMatrix, title: str | None = None):
    """A matplotlib ``Figure`` of ``matrix``."""
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Rectangle

    fig = Figure(figsize=(9.5, 8), layout="constrained")
    ax = fig.add_subplot()
    ax.set_xlim(LOW, HIGH)
    ax.set_ylim(LOW - BAND, HIGH + BAND)
    ax.set_aspect("equal")
    for quadrant, (x0, x1, y0, y1) in QUADRANT_BOXES.items():
        top = quadrant in (MANAGE, SATISFY)
        y0, y1 = (y0, y1 + BAND) if top else (y0 - BAND, y1)
        ax.add_patch(
            Rectangle((x0, y0), x1 - x0, y1 - y0, facecolor=QUADRANT_TINTS[quadrant],
                      edgecolor="none", zorder=0)
        )  # fmt: skip
        n = matrix.counts.get(quadrant, 0)
        orgs = fmt.count(n, N_("Organisation"), N_("Organisationen"))
        ax.text((x0 + x1) / 2, y1 - BAND / 2 if top else y0 + BAND / 2,
                f"{_(QUADRANT_TITLES[quadrant])}\n{orgs}",
                ha="center", va="center", fontsize=10, fontweight="bold", color="#33404d",
                zorder=4)  # fmt: skip
    for v in SCALE[:-1]:
        ax.plot([LOW, HIGH], [v + 0.5, v + 0.5], color="white", linewidth=0.8, zorder=1)
        ax.plot([v + 0.5, v + 0.5], [LOW, HIGH], color="white", linewidth=0.8, zorder=1)
    ax.axvline(DIVIDER, color="#5b6b7b", linewidth=1.6, zorder=1)
    ax.plot([LOW, HIGH], [DIVIDER, DIVIDER], color="#5b6b7b", linewidth=1.6, zorder=1)
    ticks = [f"{v}\n{name}" for v, name in zip(SCALE, LEVEL_NAMES, strict=True)]
    ax.set_xticks(SCALE, ticks, fontsize=8)
    ax.set_yticks(SCALE, ticks, fontsize=8)
    ax.tick_params(length=0)
    for side in ax.spines.values():
        side.set_visible(False)
    ax.set_xlabel("Interesse", fontsize=10)
    ax.set_ylabel("Einfluss", fontsize=10)
    if title:
        ax.set_title(title, fontsize=12)
    # the dot size that keeps the fullest cell readable: a cell is ~1/6 of the height
    cell_pt = fig.get_figheight() * 72 * 0.8 / (len(SCALE) + 2 * BAND)
    size = dot_size_points(matrix.densest_cell, cell_pt)
    for stance in STANCE_ORDER:
        pts = [p for p in matrix.points if p.stance == stance]
        if pts:
            ax.scatter(
                [p.x for p in pts], [p.y for p in pts], s=size**2, c=STANCE_COLOURS[stance],
                edgecolors="white", linewidths=0.4 if size > 4 else 0, zorder=3,
            )  # fmt: skip
    handles = [
        Line2D([], [], marker="o", linestyle="", markersize=8, color=STANCE_COLOURS[s],
               label=f"{s} ({fmt.integer(n)})")
        for s, n in matrix.stance_counts.items()
    ]  # fmt: skip
    if handles:
        fig.legend(handles=handles, loc="outside right upper", title="Haltung", fontsize=9,
                   frameon=False)  # fmt: skip
    # a figure-level label: the constrained layout keeps room for it below the ticks
    fig.supxlabel(f"{SCALE_NOTE}\n{matrix.description}.", fontsize=8, color="#55606b")
    return fig


def save_matrix(
    matrix: StakeholderMatrix,
    path: str | os.PathLike[str],
    fmt_name: str | None = None,
    title: str | None = "Stakeholder-Matrix: Einfluss × Interesse",
) -> Path:
    """Write the matrix picture to ``path`` (PNG, SVG or PDF by the file ending)."""
    return save_figure(draw_matrix(matrix, title), path, fmt_name)
