"""Cut points and bridges, and who would be cut off: one depth-first search (Tarjan).

A cut point (articulation point) is an organisation whose loss splits its part of the
network; a bridge is a tie whose loss does. In the DFS tree, the nodes a cut point's
child subtree holds are one contiguous slice of the preorder, so what falls away is
read off without searching again: linear time even for 20,000 organisations.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

import networkx as nx

from wba_desktop.i18n import _
from wba_desktop.text import format as fmt

MAX_NAMES = 8


@dataclass(frozen=True)
class CutPoint:
    """An organisation whose loss separates ``cut_off`` from the rest."""

    id: Hashable
    name: str
    cut_off: tuple[Hashable, ...]
    explanation: str

    @property
    def count(self) -> int:
        return len(self.cut_off)


@dataclass(frozen=True)
class Bridge:
    """A tie (a, b) whose loss separates ``cut_off`` from the rest."""

    a: Hashable
    b: Hashable
    a_name: str
    b_name: str
    cut_off: tuple[Hashable, ...]
    explanation: str

    @property
    def count(self) -> int:
        return len(self.cut_off)


@dataclass
class _Dfs:
    order: dict
    low: dict
    parent: dict
    size: dict
    preorder: list
    root: dict  # node -> root of its DFS tree (its component)


def _dfs(graph: nx.Graph) -> _Dfs:
    order: dict = {}
    low: dict = {}
    parent: dict = {}
    size: dict = {}
    root_of: dict = {}
    pre: list = []
    for root in graph:
        if root in order:
            continue
        order[root] = low[root] = len(pre)
        parent[root] = None
        root_of[root] = root
        pre.append(root)
        stack = [(root, iter(graph[root]))]
        while stack:
            v, neighbours = stack[-1]
            for w in neighbours:
                if w not in order:
                    parent[w], root_of[w] = v, root
                    order[w] = low[w] = len(pre)
                    pre.append(w)
                    stack.append((w, iter(graph[w])))
                    break
                if w != parent[v] and order[w] < low[v]:
                    low[v] = order[w]
            else:
                stack.pop()
                size[v] = len(pre) - order[v]
                if stack:
                    u = stack[-1][0]
                    if low[v] < low[u]:
                        low[u] = low[v]
    return _Dfs(order, low, parent, size, pre, root_of)


def _name(graph: nx.Graph, v: Hashable) -> str:
    return str(graph.nodes[v].get("name") or v)


def names_text(graph: nx.Graph, nodes: tuple, limit: int = MAX_NAMES) -> str:
    """Names as "A, B und C" or "A, B, … und 7 weitere" (sorted by name)."""
    names = sorted((_name(graph, v) for v in nodes), key=str.casefold)
    if len(names) > limit:
        return fmt.listing([*names[:limit], f"{fmt.integer(len(names) - limit)} weitere"])
    return fmt.listing(names)


def _sentence(start: str, graph: nx.Graph, cut_off: tuple) -> str:
    if len(cut_off) == 1:
        return _("{start}, verliert diese Organisation die Verbindung zum Rest: ").format(
            start=start
        ) + (f"{names_text(graph, cut_off)}.")
    return _(
        "{start}, verlieren diese {cut_off_count} Organisationen die Verbindung zum Rest: "
        "{cut_off}."
    ).format(start=start, cut_off_count=len(cut_off), cut_off=names_text(graph, cut_off))


def _lost(pieces: list[tuple]) -> tuple:
    """Everything but the one largest piece; all of them when no piece is the largest."""
    sizes = [len(p) for p in pieces]
    biggest = max(sizes)
    if sizes.count(biggest) == 1:
        pieces = [p for p in pieces if len(p) != biggest]
    return tuple(v for p in pieces for v in p)


def cut_points(graph: nx.Graph, dfs: _Dfs | None = None) -> list[CutPoint]:
    """Every articulation point with who would be cut off, most cut off first."""
    d = dfs or _dfs(graph)
    children: dict = {}
    for v, p in d.parent.items():
        if p is not None:
            children.setdefault(p, []).append(v)
    result = []
    for v, kids in children.items():
        is_root = d.parent[v] is None
        split = [w for w in kids if is_root or d.low[w] >= d.order[v]]
        if (is_root and len(split) < 2) or not split:
            continue
        pieces = [tuple(d.preorder[d.order[w] : d.order[w] + d.size[w]]) for w in split]
        root = d.root[v]
        rest_size = d.size[root] - 1 - sum(len(p) for p in pieces)
        if rest_size > 0:
            if rest_size > max(len(p) for p in pieces):
                lost = tuple(x for p in pieces for x in p)
            else:  # the part above is not the main one: list it too
                inside = {x for p in pieces for x in p} | {v}
                comp = d.preorder[d.order[root] : d.order[root] + d.size[root]]
                lost = _lost([*pieces, tuple(x for x in comp if x not in inside)])
        else:
            lost = _lost(pieces)
        start = _("Fällt {v} weg").format(v=_name(graph, v))
        result.append(CutPoint(v, _name(graph, v), lost, _sentence(start, graph, lost)))
    result.sort(key=lambda c: (-c.count, c.name.casefold()))
    return result


def bridges(graph: nx.Graph, dfs: _Dfs | None = None) -> list[Bridge]:
    """Every bridge with the smaller side (who would be cut off), most cut off first."""
    d = dfs or _dfs(graph)
    result = []
    for w, v in d.parent.items():
        if v is None or d.low[w] <= d.order[v]:
            continue
        below = tuple(d.preorder[d.order[w] : d.order[w] + d.size[w]])
        root = d.root[v]
        if len(below) * 2 <= d.size[root]:
            lost = below
        else:
            inside = set(below)
            comp = d.preorder[d.order[root] : d.order[root] + d.size[root]]
            lost = tuple(x for x in comp if x not in inside)
        a_name, b_name = _name(graph, v), _name(graph, w)
        start = _("Reißt die Verbindung zwischen {a_name} und {b_name} ab").format(
            a_name=a_name, b_name=b_name
        )
        result.append(Bridge(v, w, a_name, b_name, lost, _sentence(start, graph, lost)))
    result.sort(key=lambda b: (-b.count, b.a_name.casefold(), b.b_name.casefold()))
    return result
