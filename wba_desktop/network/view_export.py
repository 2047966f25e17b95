"""Export a network view (saved or on screen) as a picture or a self-contained HTML page.

A view's settings (see ``saved_views``) say what to show: the panel state gives the
filters, focus, colouring and sizing, ``view_rect`` the visible area. The graph is
built afresh with those filters, laid out from the stored positions (nothing is
written), and drawn with matplotlib (PNG/SVG/PDF, cut to the visible area) or written
as an HTML page that opens at the visible area.

People appear only as far as the person layer shows them: the network service's
people filter lets through only those who consented to being shown in network maps
(„Darstellung in Netzwerkkarten“). A file with people in it is logged as a disclosure
(``privacy_log``), naming the file as the recipient.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.i18n import _
from wba_desktop.network.export import draw_figure, save_figure
from wba_desktop.network.graph import NetworkError
from wba_desktop.network.html_export import PERSON_COLOUR, write_html
from wba_desktop.network.saved_views import options_of, view_rect_of
from wba_desktop.services.privacy_log import EXPORT, file_recipient, record_disclosure
from wba_desktop.text import format as fmt
from wba_desktop.vocab import NETWORK_MAPS

log = logging.getLogger(__name__)

VIEW_FORMATS = ("png", "svg", "pdf", "html")
LAYOUTS = ("force", "district", "kind")
#: the colourings a picture can show without computing metrics first
PICTURE_COLOURS = ("kind", "district", "wba_region")


@dataclass(frozen=True)
class ViewExport:
    """What an export wrote: the file, how many organisations and people it shows, and
    the disclosure logged for the people (None without people)."""

    path: Path
    organisations: int
    people: int
    disclosure_id: int | None


def view_format(path: str | os.PathLike[str], chosen: str | None = None) -> str:
    ending = (chosen or Path(path).suffix.lstrip(".")).lower()
    if ending == "htm":
        ending = "html"
    if ending not in VIEW_FORMATS:
        raise NetworkError(_("Bitte als .png, .svg, .pdf oder .html speichern."))
    return ending


def sizes_for(graph: nx.Graph, size_by: str) -> dict[Hashable, float]:
    """Node sizes as the canvas computes them, without metrics (betweenness needs the
    analysis first: the degree stands in for it)."""
    if size_by == "weighted_degree":
        return {v: float(d) for v, d in graph.degree(weight="weight")}
    if size_by == "influence":
        return {v: float(graph.nodes[v].get("influence") or 1) for v in graph}
    return {v: float(d) for v, d in graph.degree()}


def export_view(
    picture: Callable[..., tuple],
    uow_factory: UnitOfWorkFactory,
    settings: Mapping[str, Any],
    path: str | os.PathLike[str],
    *,
    name: str = "",
    chosen: str | None = None,
) -> ViewExport:
    """Write the view ``settings`` to ``path`` (format from ``chosen`` or the ending);
    ``picture`` is ``NetworkService.picture``."""
    kind = view_format(path, chosen)
    panel = settings.get("panel") if isinstance(settings.get("panel"), Mapping) else {}
    layout = panel.get("layout") if panel.get("layout") in LAYOUTS else "force"
    result, positions = picture(
        options_of(panel),
        layout=layout,
        include_verbuende=bool(panel.get("include_verbuende")),
        save=False,
    )
    if result.is_empty:
        raise NetworkError(
            _("Nichts zu exportieren. {description}").format(description=result.description)
        )
    graph, people = result.graph, result.people_layer
    sizes = sizes_for(graph, str(panel.get("size_by") or "degree"))
    rect = view_rect_of(settings)
    title = name.strip() or "Netzwerk"
    note = f"{result.description} Stand: {fmt.day(date.today())}"
    path = Path(path)
    if kind == "html":
        write_html(
            graph, positions, path, title=title, note=note, sizes=sizes, people=people,
            view_rect=rect,
        )  # fmt: skip
    else:
        _picture(graph, people, positions, sizes, panel, rect, title, path, kind)
    person_ids = _person_ids(people)
    disclosure = None
    if person_ids:
        what = f"Netzwerkansicht „{title}“ mit Personenebene"
        what += " (HTML-Seite)" if kind == "html" else " (Bild)"
        disclosure = record_disclosure(
            uow_factory, EXPORT, what, file_recipient(path), NETWORK_MAPS, person_ids
        )
    log.info("view %r exported to %s (%d people)", title, path, len(person_ids))
    return ViewExport(path, graph.number_of_nodes(), len(person_ids), disclosure)


def _person_ids(people: nx.Graph | None) -> list[int]:
    if people is None:
        return []
    return [d["person_id"] for _n, d in people.nodes(data=True) if "person_id" in d]


def _inside(positions: Mapping, rect: tuple[float, float, float, float]) -> set:
    x0, y0, x1, y1 = rect
    return {v for v, (x, y) in positions.items() if x0 <= x <= x1 and y0 <= y <= y1}


def _picture(graph, people, positions, sizes, panel, rect, title, path, kind) -> Path:
    """matplotlib drawing of the view, cut to ``rect``: the organisations inside it and
    their partners (so that ties leave the picture at its edge), labels for the most
    important ones inside, people as small grey dots without names."""
    shown = graph
    if rect is not None:
        inside = {v for v in _inside(positions, rect) if v in graph}
        keep = set(inside)
        for v in inside:
            keep.update(graph.neighbors(v))
        shown = graph.subgraph(keep).copy()  # nothing in the view: an honest empty picture
        ranked = {v: (sizes.get(v, 0.0) if v in inside else 0.0) for v in shown}
    else:
        ranked = dict(sizes)
    nx.set_node_attributes(shown, ranked, "view_size")
    colour_by = panel.get("colour_by") if panel.get("colour_by") in PICTURE_COLOURS else "kind"
    fig = draw_figure(shown, positions, colour_by=colour_by, size_by="view_size", title=title)
    ax = fig.axes[0]
    if people is not None:
        from matplotlib.collections import LineCollection

        persons = [v for v in people if isinstance(v, str) and v in positions]
        segments = [
            (positions[u], positions[v])
            for u, v in people.edges()
            if (isinstance(u, str) or isinstance(v, str)) and u in positions and v in positions
        ]
        ax.add_collection(
            LineCollection(segments, colors=[(0.5, 0.55, 0.6, 0.4)], linewidths=0.4, zorder=1)
        )
        if persons:
            ax.scatter(
                [positions[v][0] for v in persons], [positions[v][1] for v in persons],
                s=10, c=PERSON_COLOUR, edgecolors="white", linewidths=0.3, zorder=2,
            )  # fmt: skip
    if rect is not None:
        x0, y0, x1, y1 = rect
        ax.set_xlim(x0, x1)
        ax.set_ylim(y0, y1)
        ax.set_aspect("equal", adjustable="box")  # the box takes the view's shape
    return save_figure(fig, path, kind)
