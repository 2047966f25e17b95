"""The analysis panel: who is central, who brokers, which groups form, where it is fragile.

``compute_metrics(graph)`` returns plain dataclasses: one ``NodeMetrics`` row per
organisation, the communities (Louvain, fixed seed), the cut points and bridges with
a German explanation, and the isolated and weakly tied organisations. Above
``SAMPLE_ABOVE`` organisations, betweenness and closeness are estimated from a fixed
sample of sources (same seed, same numbers) and ``notes`` says so.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field

import networkx as nx

from wba_desktop.i18n import _
from wba_desktop.network import centrality
from wba_desktop.network.cuts import Bridge, CutPoint, _dfs, bridges, cut_points
from wba_desktop.network.graph import NetworkError
from wba_desktop.text import format as fmt

log = logging.getLogger(__name__)

__all__ = ["Bridge", "CommunityInfo", "CutPoint", "NetworkMetrics", "NodeMetrics"]

DEFAULT_SEED = 1
SAMPLE_ABOVE = 2_000
SAMPLES = 500
#: weakly tied: at most one tie, or a total strength below this
WEAK_THRESHOLD = 3.0

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True, slots=True)  # one per organisation: 20,000 state-wide
class NodeMetrics:
    id: Hashable
    name: str
    kind: str
    district: str
    degree: int
    weighted_degree: float
    #: brokers: share of shortest paths between others that run through here (0–1)
    betweenness: float
    closeness: float
    eigenvector: float
    #: 1-based number of the community (0: none, e.g. no tie)
    community: int
    cut_point: bool
    isolated: bool
    weakly_tied: bool


@dataclass(frozen=True)
class CommunityInfo:
    index: int
    size: int
    members: tuple[Hashable, ...]
    #: the best connected members (by weighted degree), at most five
    leaders: tuple[str, ...]
    #: most frequent kinds and districts with counts, e.g. ("Unternehmen (12)", ...)
    kinds: tuple[str, ...]
    districts: tuple[str, ...]

    @property
    def label(self) -> str:
        lead = ", ".join(self.leaders[:3])
        return f"Gruppe {self.index} ({self.size}): {lead}" if lead else f"Gruppe {self.index}"


@dataclass(frozen=True)
class NetworkMetrics:
    nodes: list[NodeMetrics]
    communities: list[CommunityInfo]
    modularity: float
    cut_points: list[CutPoint]
    bridges: list[Bridge]
    isolated: tuple[Hashable, ...]
    weakly_tied: tuple[Hashable, ...]
    components: int
    largest_component: int
    #: how many sources the betweenness/closeness estimate used (None: exact)
    sampled_sources: int | None = None
    notes: list[str] = field(default_factory=list)

    def by_id(self) -> dict[Hashable, NodeMetrics]:
        return {m.id: m for m in self.nodes}

    def top(self, key: str = "betweenness", n: int = 10) -> list[NodeMetrics]:
        """The ``n`` organisations highest in ``key`` (ties by name)."""
        return sorted(self.nodes, key=lambda m: (-getattr(m, key), m.name.casefold()))[:n]


def communities(graph: nx.Graph, seed: int = DEFAULT_SEED) -> list[set]:
    """Louvain communities (weighted, fixed seed) of the organisations with ties,
    largest first; organisations without ties belong to none."""
    linked = graph.subgraph([v for v in graph if graph.degree(v) > 0])
    if linked.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(linked, weight="weight", seed=seed)
    return sorted(found, key=lambda c: (-len(c), min(map(str, c))))


def _community_info(graph: nx.Graph, index: int, members: set, wdeg: dict) -> CommunityInfo:
    ranked = sorted(members, key=lambda v: (-wdeg[v], str(graph.nodes[v].get("name", v))))
    kinds = Counter(graph.nodes[v].get("kind") or "ohne Art" for v in members)
    districts = Counter(graph.nodes[v].get("district") or "ohne Landkreis" for v in members)
    return CommunityInfo(
        index=index,
        size=len(members),
        members=tuple(ranked),
        leaders=tuple(str(graph.nodes[v].get("name", v)) for v in ranked[:5]),
        kinds=tuple(f"{k} ({n})" for k, n in kinds.most_common(3)),
        districts=tuple(f"{d} ({n})" for d, n in districts.most_common(3)),
    )


def weak_ties(graph: nx.Graph, threshold: float = WEAK_THRESHOLD) -> tuple[tuple, tuple]:
    """(isolated, weakly tied): no tie at all; at most one tie or little total strength."""
    isolated, weak = [], []
    for v in graph:
        deg = graph.degree(v)
        if deg == 0:
            isolated.append(v)
        if deg <= 1 or graph.degree(v, weight="weight") < threshold:
            weak.append(v)
    return tuple(isolated), tuple(weak)


def compute_metrics(
    graph: nx.Graph,
    *,
    seed: int = DEFAULT_SEED,
    sample_above: int = SAMPLE_ABOVE,
    samples: int = SAMPLES,
    weak_threshold: float = WEAK_THRESHOLD,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> NetworkMetrics:
    """Every metric of the analysis panel. An empty graph gives an empty result.

    ``progress(done, total, what)`` reports the steps; ``cancel()`` returning True
    stops with ``NetworkError`` between steps.
    """
    n = graph.number_of_nodes()
    steps = 6

    def step(done: int, what: str) -> None:
        if cancel is not None and cancel():
            raise NetworkError(_("Die Analyse wurde abgebrochen."))
        if progress is not None:
            progress(done, steps, what)

    notes: list[str] = []
    if n == 0:
        return NetworkMetrics([], [], 0.0, [], [], (), (), 0, 0, None, notes)
    k = samples if n > sample_above and samples < n else None
    if k is not None:
        notes.append(
            _(
                "Vermittlerrolle (Betweenness) und Nähe (Closeness) sind bei {n} "
                "Organisationen aus {k} zufällig gewählten Startpunkten geschätzt "
                "(fester Startwert {seed}: gleiche Daten, gleiche Zahlen)."
            ).format(n=fmt.integer(n), k=fmt.integer(k), seed=seed)
        )
    step(0, "Vermittler werden berechnet")
    between = centrality.betweenness(graph, k=k, seed=seed)
    step(1, "Nähe wird berechnet")
    close = centrality.closeness(graph, k=k, seed=seed)
    step(2, "Einfluss (Eigenvektor) wird berechnet")
    eigen, eigen_notes = centrality.eigenvector(graph)
    notes += eigen_notes
    step(3, "Gruppen werden gesucht")
    groups = communities(graph, seed)
    wdeg = dict(graph.degree(weight="weight"))
    infos = [_community_info(graph, i, c, wdeg) for i, c in enumerate(groups, start=1)]
    member_of = {v: info.index for info in infos for v in info.members}
    modularity = (
        nx.community.modularity(graph.subgraph(member_of), groups, weight="weight")
        if groups
        else 0.0
    )
    step(4, "Schwachstellen werden gesucht")
    dfs = _dfs(graph)
    cuts = cut_points(graph, dfs)
    bridge_list = bridges(graph, dfs)
    isolated, weak = weak_ties(graph, weak_threshold)
    step(5, "Ergebnisse werden zusammengestellt")
    cut_ids = {c.id for c in cuts}
    iso_set, weak_set = set(isolated), set(weak)
    components = list(nx.connected_components(graph))
    rows = [
        NodeMetrics(
            id=v,
            name=str(data.get("name", v)),
            kind=str(data.get("kind") or ""),
            district=str(data.get("district") or ""),
            degree=graph.degree(v),
            weighted_degree=float(wdeg[v]),
            betweenness=between[v],
            closeness=close[v],
            eigenvector=eigen[v],
            community=member_of.get(v, 0),
            cut_point=v in cut_ids,
            isolated=v in iso_set,
            weakly_tied=v in weak_set,
        )
        for v, data in graph.nodes(data=True)
    ]
    if len(components) > 1:
        notes.append(
            _(
                "Das Netz zerfällt in {parts} Teile ohne Verbindung zueinander "
                "(der größte hat {largest} Organisationen)."
            ).format(
                parts=fmt.integer(len(components)),
                largest=fmt.integer(max(map(len, components))),
            )
        )
    step(6, "Fertig")
    return NetworkMetrics(
        nodes=rows,
        communities=infos,
        modularity=float(modularity),
        cut_points=cuts,
        bridges=bridge_list,
        isolated=isolated,
        weakly_tied=weak,
        components=len(components),
        largest_component=max(map(len, components)),
        sampled_sources=k,
        notes=notes,
    )
