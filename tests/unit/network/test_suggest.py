"""Suggested introductions: common partners, the German reason, multipliers first."""

from __future__ import annotations

import networkx as nx

from wba_desktop.network.suggest import reason, suggest_introductions


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
