"""Suggested introductions: pairs of organisations without a tie who share partners.

Score: Adamic–Adar (a shared partner with few ties says more than a hub everybody
knows), weighted towards the introductions a coordinator wants: multipliers of
different kinds with each other, and multipliers with companies or training
providers. Companies with companies (who merely share their chamber) come last.
Every suggestion carries its reason in German words.

Before all of these come the introductions that close a gap (given the coverage,
„Zuständigkeit“): a multiplier responsible for a district where its kind has no
connected organisation of its own, and which has no tie to anyone there yet, is
paired with the best-placed actor of that district („schließt Lücke: …“).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, replace

import networkx as nx
import numpy as np
from scipy import sparse

from wba_desktop.i18n import _
from wba_desktop.network.gaps import DEFAULT_GAP_KINDS, Coverage, GapKind, main_component
from wba_desktop.text import format as fmt
from wba_desktop.text.fold import sort_key

#: above this many partners, a hub pairs up only its best connected multipliers
HUB_LIMIT = 150
PROVIDER_KINDS = ("Weiterbildungsträger",)
MAX_NAMES = 3
#: gap-closing introductions per covering organisation
PER_COVERER = 3


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
    #: the district whose gap the introduction closes ("" for an ordinary one)
    closes_gap: str = ""

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
    return _("beide arbeiten mit {listed} zusammen").format(listed=listed)


def suggest_introductions(
    graph: nx.Graph,
    top: int = 20,
    exclude: Iterable[tuple[Hashable, Hashable]] = (),
    hub_limit: int = HUB_LIMIT,
    coverage: Sequence[Coverage] = (),
    kinds: Sequence[GapKind] = DEFAULT_GAP_KINDS,
) -> list[Suggestion]:
    """The ``top`` pairs without a tie, best first; ``exclude`` lists pairs to skip
    (e.g. tied by a relation the current filter hides). With ``coverage`` the
    introductions that close a gap (:func:`gap_introductions`) come first."""
    exclude = list(exclude)
    first = gap_introductions(graph, coverage, kinds, exclude)[:top] if coverage else []
    taken = {frozenset((s.a, s.b)) for s in first}
    rest = _common_partner_pairs(graph, top + len(first), exclude, hub_limit)
    return (first + [s for s in rest if frozenset((s.a, s.b)) not in taken])[:top]


def _common_partner_pairs(
    graph: nx.Graph,
    top: int,
    exclude: Iterable[tuple[Hashable, Hashable]],
    hub_limit: int,
) -> list[Suggestion]:
    """The ``top`` untied pairs by Adamic–Adar times ``preference``.

    As sparse matrices: with B (organisation × partner, hubs limited to their
    ``hub_limit`` best connected multipliers) and G the gains 1/log(degree), the scores
    are Bᵀ·G·B, summed in the same order as pair by pair. Computed a band of rows at a
    time: a dict of every candidate pair was 1.4 million entries and 50 MB at once on
    the state-wide network."""
    nodes = list(graph)
    n = len(nodes)
    if n < 3 or top <= 0:
        return []
    index = {v: i for i, v in enumerate(nodes)}
    degree = dict(graph.degree())
    rows, cols, gains = [], [], np.zeros(n)
    for w in nodes:
        partners = list(graph[w])
        if len(partners) < 2:
            continue
        if len(partners) > hub_limit:
            partners = [p for p in partners if graph.nodes[p].get("multiplier", True)]
            partners.sort(key=lambda p: (-degree[p], index[p]))
            partners = partners[:hub_limit]
        gains[index[w]] = 1.0 / math.log(degree[w])
        cols += (index[p] for p in partners)
        rows += [index[w]] * len(partners)
    if not rows:
        return []
    b = sparse.csr_array((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    del rows, cols  # 100,000s of Python ints: not kept through the bands
    weighted_t = (sparse.diags_array(gains) @ b).T.tocsr()  # partner × organisation
    tied = _adjacency(graph, index, n)
    skip = {tuple(sorted((index[a], index[b]))) for a, b in exclude if a in index and b in index}
    prefer = _Preference(graph, nodes)
    found: list[tuple[np.ndarray, ...]] = []
    for start in range(0, n, BAND_ROWS):
        band = (weighted_t[start : start + BAND_ROWS] @ b).tocoo()
        i, j, aa = band.row + start, band.col, band.data
        keep = j > i
        i, j, aa = i[keep], j[keep], aa[keep]
        keep = ~tied[start : start + BAND_ROWS][i - start, j].astype(bool)
        i, j, aa = i[keep], j[keep], aa[keep]
        if skip:
            pairs = zip(i.tolist(), j.tolist(), strict=True)
            keep = np.array([pair not in skip for pair in pairs], dtype=bool)
            i, j, aa = i[keep], j[keep], aa[keep]
        score = aa * prefer(i, j)
        best = np.lexsort((j, i, -aa, -score))[:top]
        found.append((score[best], aa[best], i[best], j[best]))
    score, aa, i, j = (np.concatenate(parts) for parts in zip(*found, strict=True))
    best = np.lexsort((j, i, -aa, -score))[:top]
    return [
        _suggestion(graph, nodes[x], nodes[y], a, s, degree)
        for s, a, x, y in zip(
            score[best].tolist(), aa[best].tolist(), i[best].tolist(), j[best].tolist(),
            strict=True,
        )
    ]  # fmt: skip


#: rows of the score matrix computed at a time: on the state-wide network a band of
#: 2,000 rows took 17 MB of temporary arrays, one of 500 rows 10 MB, at the same speed
BAND_ROWS = 500


def _adjacency(graph: nx.Graph, index: dict, n: int) -> sparse.csr_array:
    # the ends straight into an array: a list of 100,000 tuples took ten times the room
    count = graph.number_of_edges()
    flat = np.fromiter((index[x] for edge in graph.edges() for x in edge), np.int64, 2 * count)
    a = flat.reshape(count, 2)
    a = a[a[:, 0] != a[:, 1]]
    if not len(a):
        return sparse.csr_array((n, n), dtype=np.int8)
    both = np.concatenate([a, a[:, ::-1]])
    ones = np.ones(len(both), dtype=np.int8)
    return sparse.csr_array((ones, (both[:, 0], both[:, 1])), shape=(n, n))


class _Preference:
    """``preference`` for arrays of pairs (indices into ``nodes``)."""

    def __init__(self, graph: nx.Graph, nodes: list) -> None:
        data = [graph.nodes[v] for v in nodes]
        self.multiplier = np.array([bool(d.get("multiplier", True)) for d in data])
        kinds = [d.get("kind") or "" for d in data]
        codes = {k: c for c, k in enumerate(dict.fromkeys(kinds))}
        self.kind = np.array([codes[k] for k in kinds], dtype=np.int64)
        self.provider = np.array([k in PROVIDER_KINDS for k in kinds])

    def __call__(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        ma, mb = self.multiplier[i], self.multiplier[j]
        same_kind = self.kind[i] == self.kind[j]
        provider = self.provider[i] | self.provider[j]
        return np.select([~ma & ~mb, same_kind, ma & mb & ~provider], [0.4, 0.7, 1.5], default=1.3)


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


# -- introductions that close a gap ------------------------------------------------------


def gap_reason(coverer: str, district: str, common: Sequence[str] = ()) -> str:
    """„schließt Lücke: IHK Magdeburg ist für Harz zuständig, hat dort aber noch keine
    Verbindung“ (and the shared partners, if any)."""
    text = _(
        "schließt Lücke: {coverer} ist für {district} zuständig, "
        "hat dort aber noch keine Verbindung"
    ).format(coverer=coverer, district=district)
    return f"{text}; {reason(common)}" if common else text


def gap_introductions(
    graph: nx.Graph,
    coverage: Sequence[Coverage],
    kinds: Sequence[GapKind] = DEFAULT_GAP_KINDS,
    exclude: Iterable[tuple[Hashable, Hashable]] = (),
    candidates: int = 12,
    per_coverer: int = PER_COVERER,
) -> list[Suggestion]:
    """One introduction per covering multiplier and district it is responsible for,
    where its kind has no connected organisation seated in the district and it has
    no tie to anyone there: paired with the district's best-placed actor (multipliers
    of another kind first, then shared partners, then the best connected). Best
    first, taking turns between the covering organisations, at most ``per_coverer``
    of each (a state-wide body has a gap in many districts: the list stays varied)."""
    column_of = {n.casefold(): i for i, k in enumerate(kinds) for n in k.type_names}
    by_district: dict[str, list[Hashable]] = {}
    for v, data in graph.nodes(data=True):
        by_district.setdefault(str(data.get("district") or ""), []).append(v)
    main = main_component(graph)
    seated: set[tuple[str, int]] = set()  # (district, column) with a connected one of its own
    for v, data in graph.nodes(data=True):
        col = column_of.get(str(data.get("kind") or "").casefold())
        if col is not None and v in main:
            seated.add((str(data.get("district") or ""), col))
    skip = {frozenset(p) for p in exclude}
    degree = dict(graph.degree())
    found: list[tuple[tuple, Suggestion]] = []
    for c in coverage:
        col = column_of.get(str(c.kind or "").casefold())
        if col is None:
            continue
        partners = set(graph[c.id]) if c.id in graph else set()
        reached = {str(graph.nodes[p].get("district") or "") for p in partners}
        for district in c.districts:
            if (district, col) in seated or district in reached:
                continue
            pool = [
                x
                for x in by_district.get(district, ())
                if x != c.id and frozenset((c.id, x)) not in skip
            ]
            if not pool:
                continue
            best = _best_partner(graph, c, pool, partners, degree, candidates)
            if best is not None:
                key, suggestion = best
                found.append((key, _gap_suggestion(suggestion, district, c.label)))
    # the best of every coverer first, then the second best …: no one fills the list
    found.sort(key=lambda t: t[0], reverse=True)
    rank: dict[Hashable, int] = {}
    ordered = []
    for key, s in found:
        rank[s.a] = rank.get(s.a, -1) + 1
        ordered.append((rank[s.a], key, s))
    ordered.sort(key=lambda t: (t[0], tuple(-k for k in t[1])))
    return [s for rank, _key, s in ordered if rank < per_coverer]


def _best_partner(graph, c: Coverage, pool, partners: set, degree: dict, candidates: int):
    """(sort key, Suggestion) of the best actor in ``pool`` for the coverer ``c``."""

    def kind_pref(x) -> float:
        data = graph.nodes[x]
        if (data.get("kind") or "") == c.kind:
            return 0.7
        return 1.5 if data.get("multiplier", True) else 1.0

    shortlist = sorted(pool, key=lambda x: (-kind_pref(x), -degree[x], sort_key(_name(graph, x))))
    best = None
    for x in shortlist[:candidates]:
        common = [w for w in graph[x] if w in partners]
        aa = sum(1.0 / math.log(degree[w]) for w in common if degree[w] > 1)
        key = (kind_pref(x) * (1.0 + aa), degree[x], -len(_name(graph, x)))
        if best is None or key > best[0]:
            best = (key, x, common, aa)
    if best is None:
        return None
    key, x, common, aa = best
    common.sort(key=lambda w: (degree[w], sort_key(_name(graph, w))))
    names = tuple(_name(graph, w) for w in common)
    data = graph.nodes[x]
    return key, Suggestion(
        a=c.id,
        b=x,
        a_name=c.name,
        b_name=_name(graph, x),
        a_kind=c.kind,
        b_kind=str(data.get("kind") or ""),
        common=tuple(common),
        common_names=names,
        adamic_adar=aa,
        score=key[0],
        reason=reason(names) if names else "",
    )


def _gap_suggestion(s: Suggestion, district: str, label: str) -> Suggestion:
    return replace(s, reason=gap_reason(label, district, s.common_names), closes_gap=district)
