"""The canvas's current view as a matplotlib figure, for PNG, SVG and PDF.

The interactive canvas paints with QPainter; exported pictures stay with matplotlib
(vector output, print resolution), drawn from the very same arrays: the visible
area, colours and sizes as on screen, the labels the canvas placed, group bubbles
and bands when groups are closed, and the complete legend beside the drawing.
"""

from __future__ import annotations

import numpy as np

from wba_desktop.views.common.translation import tr
from wba_desktop.views.network import lod
from wba_desktop.views.network.scene import EDGE_RGB


def view_figure(canvas, title: str = ""):
    """A matplotlib ``Figure`` (no pyplot) of what ``canvas`` shows now."""
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    scene = canvas.scene
    x0, y0, x1, y1 = canvas.view_rect()
    width_in = 10.0
    height_in = max(width_in * (y1 - y0) / max(x1 - x0, 1e-9), 3.0)
    fig = Figure(figsize=(width_in + 3.0, height_in), layout="constrained")
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect("equal", adjustable="box")
    if title:
        ax.set_title(title, fontsize=11)
    if not len(scene):
        ax.text(0.5, 0.5, canvas.empty_text or tr("Keine Organisation ausgewählt."),
                ha="center", transform=ax.transAxes)  # fmt: skip
        return fig
    parts = canvas._parts()
    node_mask = np.ones(len(scene), bool) if parts is None else parts.node_mask
    edge_mask = np.ones(len(scene.edges), bool) if parts is None else parts.edge_mask
    # points per layout unit, so sizes match the screen's pixels per unit
    points_per_unit = width_in * 72 / max(x1 - x0, 1e-9)
    pixels_to_points = points_per_unit / canvas.view.scale
    rgb = tuple(c / 255 for c in EDGE_RGB)
    if edge_mask.any():
        e = scene.edges[edge_mask]
        segments = np.stack([scene.xy[e[:, 0]], scene.xy[e[:, 1]]], axis=1)
        alpha = 0.15 if len(e) > 5000 else 0.45
        ax.add_collection(LineCollection(segments, colors=[(*rgb, alpha)], linewidths=0.4,
                                         zorder=1))  # fmt: skip
    if parts is not None:
        g = canvas.groups
        widths = lod.band_width(parts.band_counts) * pixels_to_points
        for (a, b), w in zip(parts.bands, widths, strict=True):
            ax.plot(*zip(g.centres[a], g.centres[b], strict=True), color=(*rgb, 0.45),
                    linewidth=w, solid_capstyle="round", zorder=1)  # fmt: skip
        closed = np.nonzero(parts.closed)[0]
        ax.scatter(g.centres[closed, 0], g.centres[closed, 1],
                   s=(g.radius[closed] * 2 * points_per_unit) ** 2,
                   c=[g.colours[i] for i in closed], alpha=0.6, edgecolors="#555555",
                   zorder=2)  # fmt: skip
    idx = np.nonzero(node_mask)[0]
    colours = [scene.palette[c] for c in scene.colour[idx]]
    sizes = (scene.radius[idx] * 2 * pixels_to_points) ** 2
    ax.scatter(scene.xy[idx, 0], scene.xy[idx, 1], s=sizes, c=colours, edgecolors="#ffffff",
               linewidths=0.3, zorder=3)  # fmt: skip
    for placed in canvas.labels.placed:
        lx, ly = canvas.view.to_layout(placed.left + placed.width / 2,
                                       placed.top + placed.height / 2)  # fmt: skip
        bold = isinstance(placed.key, tuple)
        ax.text(lx, ly, placed.text, ha="center", va="center", fontsize=7,
                fontweight="bold" if bold else "normal", color="#1f3b57", zorder=4,
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none",
                      "alpha": 0.75})  # fmt: skip
    if canvas.legend_entries:
        handles = [Line2D([], [], marker="o", linestyle="", markersize=7, color=c, label=t)
                   for t, c in canvas.legend_entries]  # fmt: skip
        fig.legend(handles=handles, loc="outside right upper", fontsize=7, frameon=False)
    return fig


def save_view(canvas, path: str, title: str = "", dpi: int = 200) -> None:
    """PNG, SVG or PDF (by the file ending) of the canvas's current view."""
    from pathlib import Path

    from wba_desktop.network.export import save_figure

    save_figure(view_figure(canvas, title), path, Path(path).suffix.lstrip(".").lower(), dpi)
