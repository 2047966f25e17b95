"""The neighbourhood ("Umfeld") of an organisation, cut from a graph already built.

``build_graph`` with a focus reads the whole network from the database and keeps
the part within ``depth`` steps. When the canvas already holds the network for the
same filters, ``ego_result`` gets the same answer by a breadth-first search on that
graph: milliseconds instead of a rebuild, also on the state-wide database.
"""

from __future__ import annotations

from dataclasses import replace

import networkx as nx

from wba_desktop.i18n import _
from wba_desktop.network.graph import GraphResult, NetworkError, describe


def ego_result(full: GraphResult, focus_id: int, depth: int) -> GraphResult:
    """The part of ``full`` within ``depth`` (1–3) steps of ``focus_id``, as
    ``build_graph`` would return it with that focus. ``full`` must be unfocused and
    without the person layer."""
    if not 1 <= depth <= 3:
        raise NetworkError(_("Umfeld: Bitte 1, 2 oder 3 Schritte wählen."))
    if full.options.focus_id is not None or full.people_layer is not None:
        raise ValueError("ego_result needs the whole network without people")
    if focus_id not in full.graph:
        raise NetworkError(_("Die Organisation im Fokus wurde nicht gefunden (gelöscht?)."))
    keep = nx.single_source_shortest_path_length(full.graph, focus_id, cutoff=depth)
    graph = full.graph.subgraph(keep).copy()
    options = replace(full.options, focus_id=focus_id, depth=depth)
    return GraphResult(graph, None, describe(graph, options), options)
