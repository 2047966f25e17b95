"""Network metrics against known answers: networkx on known graphs, paths and stars."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

from wba_desktop.network import centrality
from wba_desktop.network.cuts import bridges, cut_points
from wba_desktop.network.graph import NetworkError
from wba_desktop.network.metrics import communities, compute_metrics, weak_ties
from wba_desktop.network.synthetic import random_network


def _named(g: nx.Graph, prefix: str = "Org") -> nx.Graph:
    for v in g:
        g.nodes[v]["name"] = f"{prefix} {v}"
    return g


@pytest.fixture
def karate() -> nx.Graph:
    return nx.karate_club_graph()


def _close(a: dict, b: dict, tol: float = 1e-9) -> bool:
    return a.keys() == b.keys() and all(abs(a[k] - b[k]) <= tol for k in a)


def test_betweenness_equals_networkx_on_the_karate_club(karate):
    assert _close(centrality.betweenness(karate), nx.betweenness_centrality(karate))


def test_sampled_betweenness_equals_networkx_with_the_same_seed(karate):
    ours = centrality.betweenness(karate, k=12, seed=7)
    assert _close(ours, nx.betweenness_centrality(karate, k=12, seed=7))
    assert ours == centrality.betweenness(karate, k=12, seed=7)


def test_closeness_equals_networkx_also_when_disconnected(karate):
    assert _close(centrality.closeness(karate), nx.closeness_centrality(karate))
    parts = nx.disjoint_union(nx.path_graph(4), nx.cycle_graph(5))
    parts.add_node("allein")
    assert _close(centrality.closeness(parts), nx.closeness_centrality(parts))
    assert _close(centrality.betweenness(parts), nx.betweenness_centrality(parts))


def test_sampled_closeness_is_close_to_the_exact_values():
    g = random_network(600, 1800, seed=3)
    exact = centrality.closeness(g)
    estimate = centrality.closeness(g, k=150, seed=1)
    a = np.array([exact[v] for v in g])
    b = np.array([estimate[v] for v in g])
    assert np.corrcoef(a, b)[0, 1] > 0.98


def test_eigenvector_equals_networkx_and_survives_disconnected_graphs(karate):
    ours, notes = centrality.eigenvector(karate)
    theirs = nx.eigenvector_centrality(karate, weight="weight", tol=1e-12, max_iter=10_000)
    assert _close(ours, theirs, 1e-6) and notes == []
    parts = nx.disjoint_union(nx.complete_graph(4), nx.star_graph(3))  # star: bipartite
    parts.add_node(99)
    values, _ = centrality.eigenvector(parts, weight=None)
    assert values[99] == 0.0
    assert np.linalg.norm(list(values.values())) == pytest.approx(1.0)
    assert values[4] > values[5] > 0  # the star's centre leads its leaves


def test_louvain_with_a_fixed_seed_gives_the_same_partition_twice(karate):
    first = communities(karate, seed=5)
    assert first == communities(karate, seed=5)
    direct = nx.community.louvain_communities(karate, weight="weight", seed=5)
    assert sorted(map(sorted, first)) == sorted(map(sorted, direct))
    assert set().union(*first) == set(karate)


def test_path_graph_cut_points_and_bridges():
    path = _named(nx.path_graph(5))
    cuts = {c.id: c for c in cut_points(path)}
    assert set(cuts) == {1, 2, 3} == set(nx.articulation_points(path))
    assert cuts[1].cut_off == (0,)
    assert cuts[1].explanation == (
        "Fällt Org 1 weg, verliert diese Organisation die Verbindung zum Rest: Org 0."
    )
    assert set(cuts[2].cut_off) == {0, 1, 3, 4}  # two equal halves: both named
    found = {frozenset((b.a, b.b)): b for b in bridges(path)}
    assert set(found) == {frozenset(e) for e in nx.bridges(path)}
    assert set(found[frozenset((1, 2))].cut_off) == {0, 1}
    assert (
        "Reißt die Verbindung zwischen Org 1 und Org 2 ab" in found[frozenset((1, 2))].explanation
    )


def test_star_centre_is_the_only_cut_point_and_names_the_leaves():
    star = _named(nx.star_graph(5))
    [centre] = cut_points(star)
    assert centre.id == 0 and centre.count == 5
    assert centre.explanation == (
        "Fällt Org 0 weg, verlieren diese 5 Organisationen die Verbindung zum Rest: "
        "Org 1, Org 2, Org 3, Org 4 und Org 5."
    )


def test_cuts_equal_networkx_on_a_larger_network():
    g = random_network(1500, 2500, seed=4)
    assert {c.id for c in cut_points(g)} == set(nx.articulation_points(g))
    assert {frozenset((b.a, b.b)) for b in bridges(g)} == {frozenset(e) for e in nx.bridges(g)}


def test_long_lists_of_names_are_shortened():
    star = _named(nx.star_graph(12))
    [centre] = cut_points(star)
    assert centre.count == 12
    assert centre.explanation.endswith("und 4 weitere.")


def test_isolated_and_weakly_tied():
    g = nx.Graph()
    g.add_edge("a", "b", weight=3.0)
    g.add_edge("b", "c", weight=3.0)
    g.add_edge("c", "d", weight=1.0)
    g.add_edge("b", "d", weight=1.0)
    g.add_node("e")
    isolated, weak = weak_ties(g, threshold=3.0)
    assert isolated == ("e",)
    assert set(weak) == {"a", "d", "e"}  # a: one tie; d: strength 2 < 3; e: none


def test_compute_metrics_on_the_karate_club(karate):
    m = compute_metrics(_named(karate))
    rows = m.by_id()
    assert len(m.nodes) == 34 and m.components == 1 and m.sampled_sources is None
    bc = nx.betweenness_centrality(karate)
    assert all(rows[v].betweenness == pytest.approx(bc[v]) for v in karate)
    assert m.top("betweenness", 1)[0].id == 0
    assert {c.id for c in m.cut_points} == {0}
    assert sum(c.size for c in m.communities) == 34
    assert all(rows[v].community >= 1 for v in karate)
    assert m.communities[0].label.startswith("Gruppe 1 (")
    assert 0.3 < m.modularity < 0.5


def test_large_graphs_are_sampled_and_say_so():
    g = random_network(400, 900, seed=2)
    m = compute_metrics(g, sample_above=300, samples=100)
    assert m.sampled_sources == 100
    assert any("geschätzt" in note and "100" in note for note in m.notes)
    again = compute_metrics(g, sample_above=300, samples=100)
    assert [r.betweenness for r in m.nodes] == [r.betweenness for r in again.nodes]


def test_bad_input_gives_honest_results_not_tracebacks():
    empty = compute_metrics(nx.Graph())
    assert empty.nodes == [] and empty.communities == [] and empty.cut_points == []
    one = nx.Graph()
    one.add_node(1, name="Einzeln")
    m = compute_metrics(one)
    assert m.nodes[0].isolated and m.nodes[0].betweenness == 0.0 and m.communities == []
    parts = _named(nx.disjoint_union(nx.path_graph(3), nx.path_graph(2)))
    m = compute_metrics(parts)
    assert m.components == 2 and any("zerfällt in 2 Teile" in n for n in m.notes)


def test_progress_and_cancel(karate):
    seen = []
    compute_metrics(karate, progress=lambda done, total, what: seen.append((done, total)))
    assert seen[0] == (0, 6) and seen[-1] == (6, 6)
    with pytest.raises(NetworkError, match="abgebrochen"):
        compute_metrics(karate, cancel=lambda: True)
