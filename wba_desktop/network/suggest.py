"""Suggested introductions: pairs of organisations without a tie who share partners.

Score: Adamic–Adar (a shared partner with few ties says more than a hub everybody
knows), weighted towards the introductions a coordinator wants: multipliers of
different kinds with each other, and multipliers with companies or training
providers. Companies with companies (who merely share their chamber) come last.
Every suggestion carries its reason in German words.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

import networkx as nx

from wba_desktop.text import format as fmt
from wba_desktop.text.fold import sort_key

#: above this many partners, a hub pairs up only its best connected multipliers
HUB_LIMIT = 150
PROVIDER_KINDS = ("Weiterbildungsträger",)
MAX_NAMES = 3


@dataclass(frozen=True)
class Suggestion:
    a: Hashable
    b: Hashable
    a_name: str
    b_name: str
    a_kind: str
    b_kind: str
    common: tuple[Hashable, ...]
    common_names: tuple[str, ...]
    adamic_adar: float
    #: Adamic–Adar times the preference for the pair of kinds
    score: float
    reason: str

    @property
    def label(self) -> str:
        return f"{self.a_name} ↔ {self.b_name}"


def preference(graph: nx.Graph, a: Hashable, b: Hashable) -> float:
    """How much the coordinators want this kind of introduction (1 = neutral)."""
    da, db = graph.nodes[a], graph.nodes[b]
    ma, mb = bool(da.get("multiplier", True)), bool(db.get("multiplier", True))
    same_kind = (da.get("kind") or "") == (db.get("kind") or "")
    provider = da.get("kind") in PROVIDER_KINDS or db.get("kind") in PROVIDER_KINDS
    if not ma and not mb:
        return 0.4
    if same_kind:
        return 0.7
    if ma and mb and not provider:
        return 1.5
    return 1.3  # a multiplier with a company or a training provider


def reason(names: Iterable[str], total: int | None = None) -> str:
    """The reason "beide arbeiten mit A und B zusammen" (a few names, then how many more)."""
    names = list(names)
    total = len(names) if total is None else total
    shown = names[:MAX_NAMES]
    more = total - len(shown)
    if more > 0:
        shown = [*shown, f"{fmt.integer(more)} weiteren"]
    listed = fmt.listing(shown)
    return f"beide arbeiten mit {listed} zusammen"


def suggest_introductions(
    graph: nx.Graph,
    top: int = 20,
    exclude: Iterable[tuple[Hashable, Hashable]] = (),
    hub_limit: int = HUB_LIMIT,
) -> list[Suggestion]:
    """The ``top`` pairs without a tie, best first; ``exclude`` lists pairs to skip
    (e.g. tied by a relation the current filter hides)."""
    nodes = list(graph)
    if len(nodes) < 3 or top <= 0:
        return []
    index = {v: i for i, v in enumerate(nodes)}
    n = len(nodes)
    degree = dict(graph.degree())
    skip = {_key(index, a, b, n) for a, b in exclude if a in index and b in index}
    scores: dict[int, float] = {}
    for w in nodes:
        partners = list(graph[w])
        if len(partners) < 2:
            continue
        if len(partners) > hub_limit:
            partners = [p for p in partners if graph.nodes[p].get("multiplier", True)]
            partners.sort(key=lambda p: (-degree[p], index[p]))
            partners = partners[:hub_limit]
        gain = 1.0 / math.log(degree[w])
        ids = sorted(index[p] for p in partners)
        for pos, i in enumerate(ids):
            base = i * n
            for j in ids[pos + 1 :]:
                key = base + j
                scores[key] = scores.get(key, 0.0) + gain
    ranked = []
    for key, aa in scores.items():
        i, j = divmod(key, n)
        a, b = nodes[i], nodes[j]
        if key in skip or graph.has_edge(a, b):
            continue
        ranked.append((aa * preference(graph, a, b), aa, i, j))
    best = heapq.nlargest(top, ranked, key=lambda t: (t[0], t[1], -t[2], -t[3]))
    return [_suggestion(graph, nodes[i], nodes[j], aa, score, degree) for score, aa, i, j in best]


def _key(index: dict, a: Hashable, b: Hashable, n: int) -> int:
    i, j = sorted((index[a], index[b]))
    return i * n + j


def _name(graph: nx.Graph, v: Hashable) -> str:
    return str(graph.nodes[v].get("name") or v)


def _suggestion(graph, a, b, aa: float, score: float, degree: dict) -> Suggestion:
    common = sorted(
        nx.common_neighbors(graph, a, b),
        key=lambda w: (degree[w], sort_key(_name(graph, w))),  # the most telling first
    )
    names = tuple(_name(graph, w) for w in common)
    return Suggestion(
        a=a,
        b=b,
        a_name=_name(graph, a),
        b_name=_name(graph, b),
        a_kind=str(graph.nodes[a].get("kind") or ""),
        b_kind=str(graph.nodes[b].get("kind") or ""),
        common=tuple(common),
        common_names=names,
        adamic_adar=aa,
        score=score,
        reason=reason(names),
    )
