"""The map's relation pairs give what the networkx graph gave: main network, ties."""

from __future__ import annotations

import networkx as nx
import numpy as np

from wba_desktop.network.gaps import main_component
from wba_desktop.network.map_ties import RelationPairs


def _pairs(nodes, edges) -> RelationPairs:
    index = {v: i for i, v in enumerate(nodes)}
    found: dict[tuple[int, int], int] = {}
    for u, v in edges:
        key = tuple(sorted((index[u], index[v])))
        found[key] = found.get(key, 0) + 1
    keys = sorted(found)
    a = np.array([k[0] for k in keys], dtype=np.int64)
    b = np.array([k[1] for k in keys], dtype=np.int64)
    return RelationPairs(nodes, a, b, np.array([found[k] for k in keys], dtype=np.int64))


def test_the_main_network_is_networkx_largest_component():
    rng = np.random.default_rng(3)
    for _ in range(20):
        nodes = [int(x) for x in rng.permutation(200) + 1000]
        edges = [tuple(int(x) for x in rng.choice(nodes, 2, replace=False)) for _ in range(120)]
        g = nx.Graph()
        g.add_nodes_from(nodes)
        g.add_edges_from(edges)
        assert _pairs(nodes, edges).main_component() == main_component(g)


def test_of_two_equal_parts_the_first_in_node_order_wins():
    nodes = [5, 6, 1, 2]
    edges = [(1, 2), (5, 6)]
    g = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_edges_from(edges)
    assert _pairs(nodes, edges).main_component() == main_component(g) == {5, 6}


def test_no_ties_no_main_network():
    assert _pairs([1, 2, 3], []).main_component() == set()


def test_ties_between_districts_count_every_relation():
    nodes = [1, 2, 3, 4]
    edges = [(1, 3), (3, 1), (2, 3), (1, 2), (4, 1)]  # 1-3 twice; 1-2 within a district
    region_of = {1: 10, 2: 10, 3: 20}  # 4 has no district
    ags_of = {10: "15003", 20: "15001"}
    ties = _pairs(nodes, edges).district_ties(region_of, ags_of)
    assert ties == (("15001", "15003", 3),)
