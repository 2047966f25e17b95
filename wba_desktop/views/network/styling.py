"""Colours, sizes, tooltips and the legend of the network drawing."""

from __future__ import annotations

import math
import weakref
from functools import lru_cache

import networkx as nx

from wba_desktop.text import format as fmt
from wba_desktop.views.common.translation import tr
from wba_desktop.views.common.vocab_combo import cell
from wba_desktop.views.network.canvas import NodeStyle

PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
           "#7f7f7f", "#bcbd22", "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896",
           "#c5b0d5")  # fmt: skip
GREY = "#c7c7c7"
WBA_COLOURS = {"Nord": "#1f77b4", "Süd": "#d62728", "Ost": "#2ca02c", "West": "#ff7f0e"}


def _group(g: nx.Graph, node, colour_by: str, metrics) -> str:
    data = g.nodes[node]
    if colour_by == "district":
        return data.get("district") or tr("ohne Landkreis")
    if colour_by == "wba_region":
        return data.get("wba_region") or tr("ohne Region")
    if colour_by == "community":
        m = metrics.get(node)
        community = getattr(m, "community", None)
        if community is None:
            return tr("noch nicht berechnet")
        return f"Gruppe {community}" if community else tr("ohne Verbindung")  # 1-based, 0: none
    return data.get("kind") or tr("Sonstige")


def _colours(g: nx.Graph, colour_by: str, metrics) -> dict[str, str]:
    if colour_by == "kind":
        return {d.get("kind"): d.get("colour") or GREY for _n, d in g.nodes(data=True)}
    groups = sorted({_group(g, n, colour_by, metrics) for n in g})
    if colour_by == "wba_region":
        return {grp: WBA_COLOURS.get(grp, GREY) for grp in groups}
    return {grp: PALETTE[i % len(PALETTE)] for i, grp in enumerate(groups)}


def _value(g: nx.Graph, node, size_by: str, metrics) -> float:
    m = metrics.get(node)
    if size_by == "betweenness" and m is not None:
        return float(getattr(m, "betweenness", 0.0)) * 100
    if size_by == "weighted_degree":
        return float(g.degree(node, weight="weight"))
    if size_by == "influence":
        return float(g.nodes[node].get("influence") or 1)
    return float(g.degree(node))


def _broker_line(m) -> str:
    """The broker role with a decimal comma ("Vermittlerrolle: 0,432"), once measured."""
    value = getattr(m, "betweenness", None)
    return "" if value is None else tr("Vermittlerrolle: %1").replace("%1", _share(round(value, 3)))


# 20,000 tooltips per picture: Babel's formatting is cached per value (degrees repeat,
# and a share rounded to three places has at most 1,001 values)
@lru_cache(maxsize=8192)
def _count(n: int) -> str:
    return fmt.integer(n)


@lru_cache(maxsize=2048)
def _share(value: float) -> str:
    return fmt.decimal(value, 3)


def node_tip(g: nx.Graph, node, metrics) -> str:
    """An organisation's tooltip: name, kind and district, ties, broker role."""
    data = g.nodes[node]
    return "\n".join(
        p for p in (
            data.get("name", ""),
            " · ".join(x for x in (data.get("kind"), data.get("district")) if x),
            tr("Verbindungen: %1").replace("%1", _count(g.degree(node))),
            _broker_line(metrics.get(node)),
        ) if p
    )  # fmt: skip


def person_tip(people: nx.Graph, node) -> str:
    """A person's tooltip (people layer): the name and the functions held."""
    functions = [d.get("function") for _u, _v, d in people.edges(node, data=True)]
    return "\n".join([people.nodes[node].get("name", ""), *(f for f in functions if f)])


class NodeTips:
    """The tooltips of one picture, each made when the pointer rests on its node:
    20,000 strings made and kept for every picture came to 3 MB and a tenth of a
    second. The graphs are held weakly: a picture must not keep a replaced network
    alive (the view holds the one it shows)."""

    __slots__ = ("_graph", "metrics", "_people")

    def __init__(self, graph: nx.Graph, metrics, people: nx.Graph | None = None) -> None:
        self._graph = weakref.ref(graph)
        self._people = weakref.ref(people) if people is not None else None
        self.metrics = metrics

    def __call__(self, node) -> str:
        people = self._people() if self._people is not None else None
        if isinstance(node, str) and people is not None and node in people:
            return person_tip(people, node)
        g = self._graph()
        return node_tip(g, node, self.metrics) if g is not None and node in g else ""


def style_nodes(g: nx.Graph, colour_by: str, size_by: str, metrics) -> list[NodeStyle]:
    """The organisations' styles; their tooltips come from :class:`NodeTips`."""
    colours = _colours(g, colour_by, metrics)
    values = {n: _value(g, n, size_by, metrics) for n in g}
    top = max(values.values(), default=1.0) or 1.0
    styles = []
    for node, data in g.nodes(data=True):
        v = values[node]
        size = 28 + 420 * math.sqrt(v / top)
        styles.append(NodeStyle(
            id=node, label=data.get("short_name") or data.get("name", ""),
            colour=colours.get(_group(g, node, colour_by, metrics), GREY) if colour_by != "kind"
            else data.get("colour") or GREY,
            size=size, tooltip="", importance=v,
        ))  # fmt: skip
    return styles


def legend_for(
    g: nx.Graph, colour_by: str, metrics, limit: int | None = None
) -> list[tuple[str, str]]:
    """Every colour shown (``limit``: at most that many), the largest group first."""
    colours = _colours(g, colour_by, metrics)
    counts: dict[str, int] = {}
    for n in g:
        grp = _group(g, n, colour_by, metrics)
        counts[grp] = counts.get(grp, 0) + 1
    ordered = sorted(counts, key=lambda k: (-counts[k], k))[:limit]
    return [(f"{cell(k)} ({fmt.integer(counts[k])})", colours.get(k, GREY)) for k in ordered]


def group_keys(
    g: nx.Graph, styles: list[NodeStyle], by: str, metrics
) -> tuple[list[str], dict[str, str]] | None:
    """One group name per style (people form the group "Personen") and a colour per
    group, for the canvas's level of detail; None for "keine"."""
    if by not in ("district", "wba_region", "kind", "community"):
        return None
    own = {n: _group(g, n, by, metrics) for n in g}
    colours = _colours(g, by, metrics)
    if by == "kind":
        colours = {k: c for k, c in colours.items() if k}
        own = {n: k or tr("Sonstige") for n, k in own.items()}
    colours.setdefault(tr("Personen"), "#9aa5b0")
    return [own.get(s.id, tr("Personen")) for s in styles], colours


def person_styles(people: nx.Graph) -> list[NodeStyle]:
    """Small grey nodes for the people layer (keys "P<id>"); tooltips: :class:`NodeTips`."""
    return [
        NodeStyle(node, data.get("name", ""), "#9aa5b0", 22, "", 0.0)
        for node, data in people.nodes(data=True)
        if isinstance(node, str)
    ]
