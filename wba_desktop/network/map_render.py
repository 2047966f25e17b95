"""The map of Sachsen-Anhalt drawn with matplotlib (no Qt): PNG, SVG and PDF for the
„Karte“ area's export and ``wba-desktop map``.

The same picture as on screen: districts filled by their class (one ``PathPatch``
per district, holes kept open, ``gid`` "district-<AGS>" in SVG), the ties between
districts as curved bands, the organisations as dots in their kind's colour, the
names placed without overlap (``map_labels``), the legend of classes beside the map
and the attribution of the outlines (required by their licence) below it.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

import numpy as np

from wba_desktop.i18n import _
from wba_desktop.network.map_classes import NO_DATA_COLOUR, NO_DATA_LABEL, text_colour
from wba_desktop.network.map_data import ATTRIBUTION, DistrictShape, StateMap
from wba_desktop.network.map_labels import label_lines, place_labels
from wba_desktop.text import format as fmt

TIE_COLOUR = "#4b3f72"
EDGE_COLOUR = "#ffffff"
OUTLINE_COLOUR = "#8c8c84"
LICENCE_NOTE = "Verwaltungsgrenzen: " + ATTRIBUTION + ", dl-de/by-2-0"


def district_path(shape: DistrictShape):
    """One matplotlib ``Path`` for every ring of the district (holes stay open)."""
    from matplotlib.path import Path as MplPath

    vertices, codes = [], []
    for polygon in shape.polygons:
        for ring in polygon:
            vertices.append(ring)
            codes += [MplPath.MOVETO] + [MplPath.LINETO] * (len(ring) - 2) + [MplPath.CLOSEPOLY]
    return MplPath(np.vstack(vertices), codes)


def band(
    a: tuple[float, float],
    b: tuple[float, float],
    towards: tuple[float, float] | None = None,
    bend: float = 0.15,
) -> np.ndarray:
    """Points of a gently curved band from ``a`` to ``b``: a quadratic Bézier whose
    control point lies ``bend`` × the distance beside the middle, on the side of
    ``towards`` (the middle of the state, so that no band bows out of it)."""
    (x1, y1), (x2, y2) = a, b
    mx, my = (x1 + x2) / 2, (y1 + y2) / 2
    nx, ny = -(y2 - y1) * bend, (x2 - x1) * bend
    if towards is not None and (towards[0] - mx) * nx + (towards[1] - my) * ny < 0:
        nx, ny = -nx, -ny
    cx, cy = mx + nx, my + ny
    t = np.linspace(0.0, 1.0, 24)[:, None]
    return (1 - t) ** 2 * np.array(a) + 2 * (1 - t) * t * np.array((cx, cy)) + t**2 * np.array(b)


def tie_width(n: int, most: int, widest: float = 8.0) -> float:
    """Band width for ``n`` relations when the busiest pair has ``most``."""
    return 0.6 + widest * math.sqrt(n / max(most, 1))


def tie_alpha(n: int, most: int) -> float:
    """Weak ties fade, so that the strong ones stand out."""
    return 0.18 + 0.4 * n / max(most, 1)


def dot_size(count: int) -> float:
    """Dot diameter (points/pixels) for ``count`` organisations on the map."""
    return max(2.0, min(7.0, 90.0 / math.sqrt(max(count, 1))))


def dot_alpha(count: int) -> float:
    """Many dots are drawn see-through, so that the district's colour still reads."""
    return 1.0 if count <= 1500 else max(0.35, min(1.0, 3000 / count))


def draw_map(overview, state_map: StateMap, measure: str, show_points=True, show_ties=True):
    """The figure of ``overview`` coloured by ``measure``."""
    from matplotlib import patheffects
    from matplotlib.figure import Figure
    from matplotlib.patches import PathPatch

    classes = overview.classification(measure)
    values = overview.values(measure)
    fig = Figure(figsize=(9.5, 10.0))
    ax = fig.add_axes((0.01, 0.05, 0.68, 0.86))
    ax.set_axis_off()
    x0, y0, x1, y1 = state_map.bounds
    pad = 6.0
    ax.set_xlim(x0 - pad, x1 + pad)
    ax.set_ylim(y0 - pad, y1 + pad)
    ax.set_aspect("equal")
    for shape in state_map.districts:
        value = values.get(shape.ags)
        patch = PathPatch(
            district_path(shape),
            facecolor=classes.colour_of(value),
            edgecolor=EDGE_COLOUR,
            linewidth=1.3,
            zorder=1,
        )
        patch.set_gid(f"district-{shape.ags}")
        ax.add_patch(patch)
        ax.add_patch(
            PathPatch(district_path(shape), fill=False, edgecolor=OUTLINE_COLOUR, lw=0.3, zorder=1)
        )
    anchors = {d.ags: d.label_point for d in state_map.districts}
    middle = ((x0 + x1) / 2, (y0 + y1) / 2)
    if show_ties and overview.ties:
        most = max(n for *_p, n in overview.ties)
        for a, b, n in sorted(overview.ties, key=lambda t: t[2]):
            pts = band(anchors[a], anchors[b], middle)
            ax.plot(
                pts[:, 0], pts[:, 1], color=TIE_COLOUR, alpha=tie_alpha(n, most),
                lw=tie_width(n, most) * 0.75, solid_capstyle="round", zorder=2,
            )  # fmt: skip
    if show_points and overview.points:
        pts = overview.points
        size = dot_size(len(pts)) * 0.75
        many = len(pts) > 1500
        ax.scatter(
            [p.x for p in pts], [p.y for p in pts], s=size**2, c=[p.colour for p in pts],
            edgecolors="none" if many else "white", linewidths=0.25, zorder=3,
            alpha=dot_alpha(len(pts)),
        )  # fmt: skip
    _labels(fig, ax, overview, state_map, classes, values, measure, patheffects)
    _legends(fig, overview, classes, values, show_points, show_ties)
    fig.suptitle(
        _("{title} je Landkreis").format(title=classes.title),
        x=0.02,
        y=0.975,
        ha="left",
        fontsize=15,
    )
    fig.text(0.02, 0.935, classes.note, ha="left", fontsize=10, color="#555555")
    fig.text(0.99, 0.012, LICENCE_NOTE, ha="right", va="bottom", fontsize=7.5, color="#555555")
    return fig


def _legends(fig, overview, classes, values, show_points: bool, show_ties: bool) -> None:
    """Classes (with "nicht ausgewählt" when the filter leaves districts out), the
    kinds of the dots, and a word on the bands; right of the map."""
    from collections import Counter

    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    frame = "#bdbdb5"
    handles = [Patch(facecolor=c, edgecolor=frame, label=label) for c, label in classes.legend()]
    if any(v is None for v in values.values()):
        handles.append(Patch(facecolor=NO_DATA_COLOUR, edgecolor=frame, label=_(NO_DATA_LABEL)))
    first = fig.legend(
        handles=handles, loc="upper left", bbox_to_anchor=(0.70, 0.89), frameon=False,
        title=classes.title, title_fontproperties={"weight": "bold", "size": 11}, fontsize=10,
        alignment="left",
    )  # fmt: skip
    extra = []
    if show_ties and overview.ties:
        text = _("Beziehungen zwischen\nLandkreisen (Breite: Anzahl)")
        extra.append(Line2D([], [], color=TIE_COLOUR, alpha=0.5, lw=4, label=text))
    if show_points and overview.points:
        kinds = Counter((p.kind, p.colour) for p in overview.points)
        extra += [
            Line2D([], [], marker="o", ls="", color=colour, markeredgecolor="white",
                   markersize=7, label=_wrap(f"{kind} ({fmt.integer(n)})", 34))
            for (kind, colour), n in sorted(kinds.items(), key=lambda t: (-t[1], t[0][0]))
        ]  # fmt: skip
    if extra:
        fig.add_artist(first)
        fig.legend(
            handles=extra, loc="upper left", bbox_to_anchor=(0.70, 0.62), frameon=False,
            title=_("Organisationen"), title_fontproperties={"weight": "bold", "size": 10},
            fontsize=8.5, alignment="left",
        )  # fmt: skip


def _labels(fig, ax, overview, state_map, classes, values, measure, patheffects) -> None:
    """Name and number of every district, moved apart where they would collide."""
    texts = []
    names = {d.ags: d.name for d in overview.districts}
    for shape in state_map.districts:
        value = values.get(shape.ags)
        lines = label_lines(names.get(shape.ags, shape.name))
        number = "–" if value is None else fmt.integer(value)
        text = ax.text(
            *shape.label_point, "\n".join([*lines, number]), ha="center", va="center",
            fontsize=8.5, linespacing=1.1, zorder=5, color="#1d1d1b", gid=f"label-{shape.ags}",
        )  # fmt: skip
        colour = classes.colour_of(value)
        halo = "#ffffff" if text_colour(colour) != "#ffffff" else colour
        text.set_path_effects([patheffects.withStroke(linewidth=2.5, foreground=halo)])
        if text_colour(colour) == "#ffffff":
            text.set_color("#ffffff")
        texts.append(text)
    renderer = fig.canvas.get_renderer() if hasattr(fig.canvas, "get_renderer") else None
    if renderer is None:
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        renderer = FigureCanvasAgg(fig).get_renderer()
    height = fig.bbox.height
    boxes = [t.get_window_extent(renderer) for t in texts]
    anchors = [ax.transData.transform(s.label_point) for s in state_map.districts]
    area = ax.bbox
    bounds = (area.x0, height - area.y1, area.x1, height - area.y0)
    order = sorted(range(len(texts)), key=lambda i: state_map.districts[i].area)
    placed = place_labels(
        [(x, height - y) for x, y in anchors], [(b.width, b.height) for b in boxes], bounds, order
    )
    inverse = ax.transData.inverted()
    for text, (left, top, right, bottom) in zip(texts, placed, strict=True):
        cx, cy = (left + right) / 2, height - (top + bottom) / 2
        text.set_position(inverse.transform((cx, cy)))


def _wrap(text: str, width: int) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width))


def export_map(
    overview,
    state_map: StateMap,
    path: str | os.PathLike[str],
    measure: str,
    fmt_name: str | None = None,
    show_points: bool = True,
    show_ties: bool = True,
) -> Path:
    """Write the map as PNG, SVG or PDF (chosen by ``fmt_name`` or the file ending)."""
    from wba_desktop.network.export import save_figure

    fig = draw_map(overview, state_map, measure, show_points, show_ties)
    return save_figure(fig, path, fmt_name)
