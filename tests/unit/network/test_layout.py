"""Layouts: stable for a seed, new nodes near their neighbours, groups apart."""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
import pytest

from wba_desktop.network.layout import (
    force_layout,
    group_anchors,
    grouped_layout,
    place_new_nodes,
)
from wba_desktop.network.synthetic import random_network


def _dist(p, q) -> float:
    return math.dist(p, q)


def test_every_node_gets_a_finite_position_and_the_seed_fixes_them():
    g = random_network(300, 700, seed=5)
    g.add_node(9999, name="ohne Beziehungen")
    first = force_layout(g, seed=3)
    assert set(first) == set(g)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in first.values())
    assert force_layout(g, seed=3) == first
    assert force_layout(g, seed=4) != first


def test_neighbours_end_up_closer_than_strangers():
    g = nx.connected_caveman_graph(6, 8)
    pos = force_layout(g)
    tied = np.mean([_dist(pos[u], pos[v]) for u, v in g.edges()])
    nodes = list(g)
    rng = np.random.default_rng(0)
    pairs = [tuple(rng.choice(nodes, 2, replace=False)) for _ in range(300)]
    strangers = np.mean([_dist(pos[u], pos[v]) for u, v in pairs if not g.has_edge(u, v)])
    assert tied < strangers / 2


def test_small_cases():
    assert force_layout(nx.Graph()) == {}
    one = nx.Graph()
    one.add_node("x")
    assert force_layout(one) == {"x": (0.0, 0.0)}
    lonely = nx.empty_graph(5)
    pos = force_layout(lonely)
    assert len({p for p in pos.values()}) == 5  # no two on the same spot
    pair = nx.path_graph(2)
    assert _dist(*force_layout(pair).values()) > 0


def test_stored_positions_stay_and_new_nodes_land_near_their_neighbours():
    g = random_network(200, 500, seed=8)
    old = force_layout(g)
    anchor = max(g, key=g.degree)
    g.add_edge(anchor, "neu")
    g.add_node("allein")
    pos = force_layout(g, initial=old, fixed=old)
    assert all(pos[v] == pytest.approx(old[v]) for v in old)
    partners = [_dist(old[anchor], old[v]) for v in g[anchor] if v in old]
    assert _dist(pos["neu"], pos[anchor]) <= max(partners)  # as near as its other partners
    ys = [p[1] for v, p in old.items()]
    assert pos["allein"][1] < min(ys)  # no neighbour: a row below the picture


def test_place_new_nodes_follows_chains():
    g = nx.path_graph(["a", "b", "c", "d"])
    placed = place_new_nodes(g, {"a": (0.0, 0.0)}, seed=1)
    assert set(placed) == {"a", "b", "c", "d"}
    assert placed["a"] == (0.0, 0.0)
    assert _dist(placed["b"], placed["a"]) == pytest.approx(0.8)
    assert _dist(placed["c"], placed["b"]) == pytest.approx(0.8)


def test_grouped_layout_keeps_districts_apart():
    g = nx.Graph()
    for i in range(30):
        g.add_node(i, name=f"O{i}", district="Harz" if i < 15 else "Börde", kind="Unternehmen")
    g.add_edges_from((i, i + 1) for i in range(29))
    pos = grouped_layout(g, by="district")
    harz = np.array([pos[i] for i in range(15)])
    boerde = np.array([pos[i] for i in range(15, 30)])
    gap = np.linalg.norm(harz.mean(axis=0) - boerde.mean(axis=0))
    assert gap > 2 * max(np.ptp(harz, axis=0).max(), np.ptp(boerde, axis=0).max()) / 2
    anchors = group_anchors(g, pos, "district")
    assert set(anchors) == {"Harz", "Börde"}
    assert anchors["Harz"][1] > harz[:, 1].max()
    assert grouped_layout(g, by="kind").keys() == set(g)
    with pytest.raises(ValueError):
        grouped_layout(g, by="colour")
