"""Export: the graph with all attributes as GEXF or GraphML (Gephi), a drawing as PNG,
SVG or PDF.

The file formats accept only plain values, so a copy of the graph is made safe
first: lists are joined with "; ", dates written ISO (2025-03-31), None becomes ""
(numbers: 0, meaning "not assessed"), and each relation of an edge is spelled out.
The drawing uses matplotlib's object-oriented API with the Agg/SVG/PDF canvases:
no pyplot, no Qt, safe in a worker thread and in the CLI.
"""

from __future__ import annotations

import logging
import math
import os
from collections import Counter
from collections.abc import Hashable, Mapping
from datetime import date, datetime
from pathlib import Path

import networkx as nx

from wba_desktop.i18n import _
from wba_desktop.network.graph import NetworkError

log = logging.getLogger(__name__)

FORMATS = ("gexf", "graphml", "png", "svg", "pdf")
PICTURE_FORMATS = ("png", "svg", "pdf")
DEFAULT_DPI = 200
#: number attributes: None is written as this ("not assessed")
NUMBER_DEFAULTS = {"influence": 0, "interest": 0, "district_id": 0, "kind_id": 0}
FALLBACK_COLOUR = "#808080"


def format_of(path: str | os.PathLike[str], fmt: str | None = None) -> str:
    """The export format: ``fmt`` or the file extension; NetworkError if unknown."""
    chosen = (fmt or Path(path).suffix.lstrip(".")).lower()
    if chosen not in FORMATS:
        raise NetworkError(
            _("Unbekanntes Format „{name}“: möglich sind ").format(name=chosen or Path(path).name)
            + ", ".join(FORMATS)
            + "."
        )
    return chosen


# -- GEXF / GraphML ------------------------------------------------------------------


def _plain(value):
    """A value GEXF and GraphML can hold: str, int, float or bool."""
    if value is None:
        return ""
    if isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset):
        return "; ".join(str(_plain(v)) for v in value)
    return str(value)


def _edge_plain(data: Mapping) -> dict:
    out = {}
    for key, value in data.items():
        if key == "relations":
            rels = list(value)
            out["relation_count"] = len(rels)
            out["relation_ids"] = "; ".join(str(r.id) for r in rels)
            out["directions"] = "; ".join(f"{r.source}->{r.target}" for r in rels)
            out["strengths"] = "; ".join(str(r.strength) for r in rels)
            out["valid_from"] = "; ".join(_plain(r.valid_from) or "offen" for r in rels)
            out["valid_until"] = "; ".join(_plain(r.valid_until) or "offen" for r in rels)
        else:
            out[key] = _plain(value)
    return out


def safe_copy(graph: nx.Graph, positions: Mapping[Hashable, tuple] | None = None) -> nx.Graph:
    """A copy with only GEXF/GraphML-safe attributes; ``label`` is the name for Gephi,
    ``x``/``y`` the positions when given."""
    out = nx.Graph()
    for key, value in graph.graph.items():
        if isinstance(value, bool | int | float | str):
            out.graph[key] = value
    for v, data in graph.nodes(data=True):
        attrs = {}
        for key, value in data.items():
            if value is None and key in NUMBER_DEFAULTS:
                attrs[key] = NUMBER_DEFAULTS[key]
            else:
                attrs[key] = _plain(value)
        attrs.setdefault("label", str(data.get("name") or v))
        if positions is not None and v in positions:
            attrs["x"], attrs["y"] = float(positions[v][0]), float(positions[v][1])
        out.add_node(v, **attrs)
    for u, v, data in graph.edges(data=True):
        out.add_edge(u, v, **_edge_plain(data))
    return out


def _hex_rgb(colour: str) -> tuple[int, int, int]:
    text = (colour or FALLBACK_COLOUR).lstrip("#")
    try:
        return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)
    except (ValueError, IndexError):
        return 128, 128, 128


def write_gexf(
    graph: nx.Graph, path: str | os.PathLike[str], positions: Mapping | None = None
) -> Path:
    """GEXF 1.2 with colours (by kind), sizes (by degree) and positions for Gephi."""
    safe = safe_copy(graph, positions)
    for v, data in safe.nodes(data=True):
        r, g, b = _hex_rgb(str(data.get("colour") or ""))
        viz = {"color": {"r": r, "g": g, "b": b, "a": 1.0}, "size": 5.0 + 2.0 * safe.degree(v)}
        if "x" in data:
            viz["position"] = {"x": data["x"], "y": data["y"], "z": 0.0}
        data["viz"] = viz
    path = Path(path)
    nx.write_gexf(safe, path)
    return path


def write_graphml(
    graph: nx.Graph, path: str | os.PathLike[str], positions: Mapping | None = None
) -> Path:
    """GraphML with every attribute as a typed key (Gephi, yEd, Cytoscape)."""
    path = Path(path)
    nx.write_graphml(safe_copy(graph, positions), path)
    return path


# -- drawing ----------------------------------------------------------------------------


def draw_figure(
    graph: nx.Graph,
    positions: Mapping[Hashable, tuple[float, float]],
    colour_by: str = "kind",
    size_by: str = "degree",
    label_top: int = 15,
    title: str | None = None,
    group_labels: Mapping[str, tuple[float, float]] | None = None,
):
    """A matplotlib ``Figure`` (no pyplot): nodes coloured by kind (or community index
    in ``colour_by`` attribute), sized by degree, edges fainter the weaker they are,
    the ``label_top`` best connected named, a legend of the kinds; ``group_labels``
    (from ``layout.group_anchors``) names the clusters of a grouped layout."""
    from matplotlib.collections import LineCollection
    from matplotlib.colors import to_rgba
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    fig = Figure(figsize=(12, 9), layout="constrained")
    ax = fig.add_subplot()
    ax.set_axis_off()
    nodes = [v for v in graph if v in positions]
    if title:
        ax.set_title(title, fontsize=12)
    if not nodes:
        ax.text(0.5, 0.5, _("Keine Organisation ausgewählt."), ha="center", transform=ax.transAxes)
        return fig
    edges = [(u, v, d) for u, v, d in graph.edges(data=True) if u in positions and v in positions]
    if edges:
        weights = [float(d.get("weight") or 1.0) for _, _, d in edges]
        top = max(weights) or 1.0
        colours = [(0.3, 0.3, 0.35, 0.12 + 0.5 * w / top) for w in weights]
        segments = [(positions[u], positions[v]) for u, v, _ in edges]
        ax.add_collection(LineCollection(segments, colors=colours, linewidths=0.6, zorder=1))
    if size_by == "degree":
        values = dict(graph.degree(nodes))
    else:
        values = {v: float(graph.nodes[v].get(size_by) or 0.0) for v in nodes}
    biggest = max(values.values()) or 1
    sizes = [12 + 220 * math.sqrt(values[v] / biggest) for v in nodes]
    palette = _palette(graph, nodes, colour_by)
    fills = [to_rgba(palette[_colour_key(graph, v, colour_by)]) for v in nodes]
    xs = [positions[v][0] for v in nodes]
    ys = [positions[v][1] for v in nodes]
    ax.scatter(xs, ys, s=sizes, c=fills, edgecolors="white", linewidths=0.4, zorder=2)
    ranked = sorted(nodes, key=lambda v: (-values[v], str(graph.nodes[v].get("name", v))))
    for v in ranked[: max(0, label_top)]:
        data = graph.nodes[v]
        label = str(data.get("short_name") or data.get("name") or v)
        label = label if len(label) <= 32 else label[:31] + "…"
        ax.annotate(
            label,
            positions[v],
            fontsize=7,
            zorder=3,
            xytext=(4, 4),
            textcoords="offset points",
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.7},
        )
    for text, (x, y) in (group_labels or {}).items():
        ax.text(x, y, text, fontsize=9, fontweight="bold", ha="center", va="bottom", zorder=4)
    counts = Counter(_colour_key(graph, v, colour_by) for v in nodes)
    handles = [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=7,
            color=palette[key],
            label=f"{key} ({counts[key]})",
        )
        for key in sorted(counts, key=lambda k: (-counts[k], str(k)))[:20]
    ]
    ax.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
        fontsize=8,
        frameon=False,
        title=_legend_title(colour_by),
    )
    ax.set_aspect("equal", adjustable="datalim")
    ax.autoscale_view()
    return fig


def _colour_key(graph: nx.Graph, v: Hashable, colour_by: str) -> str:
    return str(graph.nodes[v].get(colour_by) or "ohne Angabe")


def _legend_title(colour_by: str) -> str:
    return {"kind": "Art", "district": "Landkreis", "wba_region": "WBA-Region"}.get(
        colour_by, colour_by
    )


def _palette(graph: nx.Graph, nodes: list, colour_by: str) -> dict[str, str]:
    """Kinds keep their own colours; anything else gets tab20 colours in order."""
    from matplotlib import colormaps
    from matplotlib.colors import to_hex

    keys = sorted({_colour_key(graph, v, colour_by) for v in nodes})
    if colour_by == "kind":
        own = {}
        for v in nodes:
            own.setdefault(_colour_key(graph, v, colour_by), graph.nodes[v].get("colour"))
        return {k: own.get(k) or FALLBACK_COLOUR for k in keys}
    cmap = colormaps["tab20"]
    return {k: to_hex(cmap(i % 20)) for i, k in enumerate(keys)}


def save_figure(fig, path: str | os.PathLike[str], fmt: str | None = None, dpi: int = DEFAULT_DPI):
    """Write ``fig`` as PNG (``dpi``), SVG or PDF with the matching non-Qt canvas."""
    chosen = format_of(path, fmt)
    if chosen not in PICTURE_FORMATS:
        raise NetworkError(
            _("„{chosen}“ ist kein Bildformat: möglich sind png, svg, pdf.").format(chosen=chosen)
        )
    if chosen == "png":
        from matplotlib.backends.backend_agg import FigureCanvasAgg as Canvas
    elif chosen == "svg":
        from matplotlib.backends.backend_svg import FigureCanvasSVG as Canvas
    else:
        from matplotlib.backends.backend_pdf import FigureCanvasPdf as Canvas
    Canvas(fig)
    path = Path(path)
    fig.savefig(path, format=chosen, dpi=dpi, metadata=_metadata(chosen))
    return path


def _metadata(fmt: str) -> dict:
    if fmt == "png":
        return {"Software": "WBA Desktop"}
    if fmt == "pdf":
        return {"Creator": "WBA Desktop", "Title": "Netzwerk"}
    return {"Creator": "WBA Desktop"}


def export_graph(
    graph: nx.Graph,
    path: str | os.PathLike[str],
    fmt: str | None = None,
    positions: Mapping | None = None,
    title: str | None = None,
    label_top: int = 15,
    group_by: str | None = None,
) -> Path:
    """Write ``graph`` to ``path`` in ``fmt`` (or by extension); pictures need positions."""
    chosen = format_of(path, fmt)
    if graph.number_of_nodes() == 0:
        raise NetworkError(_("Nichts zu exportieren: Keine Organisation passt zu den Filtern."))
    if chosen == "gexf":
        return write_gexf(graph, path, positions)
    if chosen == "graphml":
        return write_graphml(graph, path, positions)
    if positions is None:
        raise NetworkError(_("Für ein Bild werden Positionen gebraucht (erst anordnen)."))
    anchors = None
    if group_by:
        from wba_desktop.network.layout import group_anchors

        anchors = group_anchors(graph, positions, group_by)
    fig = draw_figure(graph, positions, label_top=label_top, title=title, group_labels=anchors)
    return save_figure(fig, path, chosen)
