"""Node tooltips are made when asked for, from the graph the view shows, and never
keep a replaced graph alive."""

from __future__ import annotations

import gc

import networkx as nx

from wba_desktop.network.metrics import NodeMetrics
from wba_desktop.views.network.styling import NodeTips, person_styles, style_nodes


def _graph() -> nx.Graph:
    g = nx.Graph()
    g.add_node(1, name="Kammer Quellbach", kind="Kammer", district="Harz")
    g.add_node(2, name="Zwirnwerk GmbH", kind="Unternehmen")
    g.add_edge(1, 2, weight=1.0)
    return g


def test_tooltips_on_demand_name_kind_district_ties_and_broker_role():
    g = _graph()
    metrics = {
        1: NodeMetrics(
            1, "Kammer Quellbach", "Kammer", "Harz", 1, 1.0, 0.25, 0.5, 0.7, 1, False, False, False
        ),
    }
    styles = style_nodes(g, "kind", "degree", metrics)
    assert [s.tooltip for s in styles] == ["", ""]  # nothing kept per node
    tips = NodeTips(g, metrics)
    assert tips(1) == "Kammer Quellbach\nKammer · Harz\nVerbindungen: 1\nVermittlerrolle: 0,250"
    assert tips(2) == "Zwirnwerk GmbH\nUnternehmen\nVerbindungen: 1"
    assert tips(99) == ""


def test_people_layer_tooltips_and_a_released_graph():
    g = _graph()
    people = nx.Graph()
    people.add_node("P7", name="Ute Zorbeling")
    people.add_edge("P7", 1, function="Geschäftsführung")
    assert [s.id for s in person_styles(people)] == ["P7"]
    tips = NodeTips(g, {}, people)
    assert tips("P7") == "Ute Zorbeling\nGeschäftsführung"
    del g, people
    gc.collect()
    assert tips(1) == "" and tips("P7") == ""  # the tips held neither graph
