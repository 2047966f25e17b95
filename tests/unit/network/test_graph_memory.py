"""The network graph is freed by reference counting alone (no cycles through cached
views), and ``release`` empties a graph in steps."""

import gc
import weakref

from wba_desktop.network.graph import NetworkGraph, release


def _graph() -> NetworkGraph:
    g = NetworkGraph()
    g.add_node(1, name="Kammer Nord")
    g.add_node(2, name="Bildungswerk Süd")
    g.add_edge(1, 2, weight=2.0, kinds=["Beziehung"])
    return g


def test_graph_is_freed_without_the_cyclic_collector():
    g = _graph()
    assert list(g.edges(data="weight")) == [(1, 2, 2.0)]
    assert dict(g.degree) == {1: 1, 2: 1}
    assert isinstance(g.subgraph([1, 2]).copy(), NetworkGraph)
    ref = weakref.ref(g)
    gc.disable()
    try:
        del g
        assert ref() is None
    finally:
        gc.enable()


def test_release_empties_the_graph():
    g = _graph()
    release(g)
    assert g.number_of_nodes() == 0 and g.number_of_edges() == 0
