"""Suggested introductions: common partners, the German reason, multipliers first."""

from __future__ import annotations

import networkx as nx

from wba_desktop.network.gaps import Coverage
from wba_desktop.network.suggest import gap_introductions, reason, suggest_introductions


def _org(g: nx.Graph, key: str, name: str, kind: str, multiplier: bool = True) -> None:
    g.add_node(key, name=name, kind=kind, multiplier=multiplier)


def _network() -> nx.Graph:
    g = nx.Graph()
    _org(g, "ihk", "IHK Magdeburg", "Kammer (IHK)")
    _org(g, "lk", "Landkreis Harz", "Kommune / Landkreis")
    _org(g, "dgb", "DGB Harz", "Gewerkschaft")
    _org(g, "wf", "Wirtschaftsförderung Harz", "Wirtschaftsförderung")
    _org(g, "f1", "Harzer Metall GmbH", "Unternehmen", False)
    _org(g, "f2", "Brocken Bau GmbH", "Unternehmen", False)
    for a in ("dgb", "wf", "f1", "f2"):
        g.add_edge(a, "ihk")
    for a in ("dgb", "wf", "f1", "f2"):
        g.add_edge(a, "lk")
    return g


def test_pairs_share_partners_and_say_so():
    found = suggest_introductions(_network(), top=10)
    by_pair = {frozenset((s.a, s.b)): s for s in found}
    first = found[0]
    assert {first.a, first.b} == {"ihk", "lk"}  # four partners in common
    assert first.reason == (
        "beide arbeiten mit Brocken Bau GmbH, DGB Harz, Harzer Metall GmbH und 1 weiteren zusammen"
    )
    unions = by_pair[frozenset(("dgb", "wf"))]
    assert unions.reason == "beide arbeiten mit IHK Magdeburg und Landkreis Harz zusammen"
    assert set(unions.common) == {"ihk", "lk"}
    order = [frozenset((s.a, s.b)) for s in found]
    # multipliers of different kinds first, then a multiplier with a company,
    # companies with companies last
    assert order.index(frozenset(("dgb", "wf"))) < order.index(frozenset(("dgb", "f1")))
    assert order[-1] == frozenset(("f1", "f2"))
    assert all(not _network().has_edge(s.a, s.b) for s in found)


def test_exclude_and_top():
    g = _network()
    found = suggest_introductions(g, top=2, exclude=[("dgb", "wf")])
    assert len(found) == 2
    assert frozenset(("dgb", "wf")) not in {frozenset((s.a, s.b)) for s in found}


def test_reason_wording():
    assert reason(["A"]) == "beide arbeiten mit A zusammen"
    assert reason(["A", "B", "C"]) == "beide arbeiten mit A, B und C zusammen"
    assert reason(["A", "B", "C", "D", "E"]) == "beide arbeiten mit A, B, C und 2 weiteren zusammen"


def test_nothing_to_suggest():
    assert suggest_introductions(nx.Graph()) == []
    assert suggest_introductions(nx.complete_graph(5)) == []
    assert suggest_introductions(nx.empty_graph(4)) == []


def _districts() -> nx.Graph:
    """Two districts; the IHK is tied into Börde only, but responsible for Harz too."""
    g = nx.Graph()
    for key, name, kind, district, mult in (
        ("ihk", "IHK Testkammer", "Kammer (IHK)", "Börde", True),
        ("b1", "Börde Metall GmbH", "Unternehmen", "Börde", False),
        ("b2", "Landkreis Börde", "Kommune / Landkreis", "Börde", True),
        ("h1", "Landkreis Harz", "Kommune / Landkreis", "Harz", True),
        ("h2", "Harzer Metall GmbH", "Unternehmen", "Harz", False),
        ("h3", "Brocken Bau GmbH", "Unternehmen", "Harz", False),
        ("dgb", "DGB Harz", "Gewerkschaft", "Harz", True),
    ):
        g.add_node(key, name=name, kind=kind, district=district, multiplier=mult)
    g.add_edges_from([("ihk", "b1"), ("ihk", "b2"), ("b2", "h1"), ("h1", "h2"), ("h1", "h3")])
    g.add_edges_from([("dgb", "h2"), ("dgb", "h3"), ("b1", "h2")])
    return g


def test_gap_closing_introductions_come_first_and_say_why():
    g = _districts()
    plain = suggest_introductions(g, top=5)
    assert all(not s.closes_gap for s in plain)
    assert {plain[0].a, plain[0].b} != {"ihk", "h1"}  # without coverage: shared partners rule
    ihk = Coverage("ihk", "IHK Testkammer", "Kammer (IHK)", ("Börde", "Harz"))
    found = suggest_introductions(g, top=5, coverage=[ihk])
    first = found[0]
    assert (first.a, first.b) == ("ihk", "h1")  # the district's hub, a multiplier
    assert first.closes_gap == "Harz"
    assert first.reason == (
        "schließt Lücke: IHK Testkammer ist für Harz zuständig, hat dort aber noch keine "
        "Verbindung; beide arbeiten mit Landkreis Börde zusammen"
    )
    assert [s.closes_gap for s in found[1:]] == [""] * (len(found) - 1)
    assert len({frozenset((s.a, s.b)) for s in found}) == len(found)  # no pair twice


def test_no_gap_when_tied_there_or_a_kind_is_seated():
    g = _districts()
    ihk = Coverage("ihk", "IHK Testkammer", "Kammer (IHK)", ("Harz",))
    g.add_edge("ihk", "h3")  # now tied into Harz
    assert gap_introductions(g, [ihk]) == []
    g = _districts()
    g.add_node("hwk", name="HWK Harz", kind="Kammer (HWK)", district="Harz", multiplier=True)
    g.add_edge("hwk", "h1")  # Harz has a connected chamber of its own
    assert gap_introductions(g, [ihk]) == []
    g = _districts()
    assert gap_introductions(g, [ihk], exclude=[("h1", "ihk")])[0].b != "h1"


def _reference_pairs(graph, top, exclude, hub_limit):
    """The first version, pair by pair in a dict: (a, b, Adamic–Adar, score), best first."""
    import heapq
    import math

    from wba_desktop.network.suggest import preference

    nodes = list(graph)
    index = {v: i for i, v in enumerate(nodes)}
    degree = dict(graph.degree())
    skip = {tuple(sorted((index[a], index[b]))) for a, b in exclude}
    scores: dict[tuple[int, int], float] = {}
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
            for j in ids[pos + 1 :]:
                scores[i, j] = scores.get((i, j), 0.0) + gain
    ranked = (
        (aa * preference(graph, nodes[i], nodes[j]), aa, i, j)
        for (i, j), aa in scores.items()
        if (i, j) not in skip and not graph.has_edge(nodes[i], nodes[j])
    )
    best = heapq.nlargest(top, ranked, key=lambda t: (t[0], t[1], -t[2], -t[3]))
    return [(nodes[i], nodes[j], aa, score) for score, aa, i, j in best]


def test_the_matrix_scores_equal_the_pair_by_pair_ones():
    """Same pairs, same order, bit for bit, also with hubs cut and pairs excluded."""
    import random

    from wba_desktop.network.suggest import BAND_ROWS, _common_partner_pairs

    kinds = ["Kammer (IHK)", "Unternehmen", "Weiterbildungsträger", "Gewerkschaft", None]
    for seed in range(12):
        rng = random.Random(seed)
        g = nx.Graph()
        size = rng.randint(5, 250) if seed else BAND_ROWS + 50  # more than one band
        for v in range(size):
            kind, multiplier = rng.choice(kinds), rng.random() < 0.6
            g.add_node(v * 3 + 7, name=f"Org {v}", kind=kind, multiplier=multiplier)
        nodes = list(g)
        for _ in range(rng.randint(0, size * 3)):
            g.add_edge(*rng.sample(nodes, 2), weight=1.0)
        exclude = [tuple(rng.sample(nodes, 2)) for _ in range(5)]
        for hub_limit in (150, 4):
            found = _common_partner_pairs(g, 30, exclude, hub_limit)
            got = [(s.a, s.b, s.adamic_adar, s.score) for s in found]
            assert got == _reference_pairs(g, 30, exclude, hub_limit), (seed, hub_limit)
