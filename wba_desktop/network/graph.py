"""The network graph built from the database: organisations as nodes, relations as edges.

Two Core queries, whatever the size (see ``graph_queries``): the organisations that
pass the filters (with kind, district and tags joined), and the relations between
them that pass the relation filters. Parallel relations between the same pair become ONE edge of an
undirected ``networkx.Graph`` (what the analysis needs) with the combined weight and
the list of relations (type, label, direction, strength, period), so nothing is lost.

Edges that do not come from the relation table (shared Verbund membership, see
``verbund_ties``) are fed in through ``GraphOptions.extra_edges``.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

import networkx as nx
from sqlalchemy import func, or_, select

from wba_desktop.errors import ServiceError
from wba_desktop.i18n import N_, _
from wba_desktop.models import Affiliation, Person
from wba_desktop.network.graph_queries import node_rows, relation_rows
from wba_desktop.network.options import ExtraEdge, GraphOptions  # re-exported
from wba_desktop.services.directory.reference import RelationTypeInfo
from wba_desktop.services.directory.visibility import not_inquirer
from wba_desktop.text import format as fmt

log = logging.getLogger(__name__)

RELATION_KIND = "Beziehung"


class NetworkError(ServiceError):
    """The network cannot be shown or exported as asked; the message is German."""


class NetworkGraph(nx.Graph):
    """An ``nx.Graph`` that is freed by reference counting alone.

    networkx caches ``G.edges`` and ``G.degree`` as views that point back at the graph:
    a reference cycle, so a dropped graph waited for the cyclic garbage collector, and
    a graph frozen out of its scans (``gc.freeze``, see ``_no_gc``) was never freed at
    all (hundreds of MB on the state-wide network after a few pictures). Here the two
    views are made anew on each access (cheap) and never stored on the graph.
    """

    @property
    def edges(self):
        return nx.reportviews.EdgeView(self)

    @property
    def degree(self):
        return nx.reportviews.DegreeView(self)


@dataclass(frozen=True)
class GraphResult:
    graph: nx.Graph
    people_layer: nx.Graph | None
    description: str
    options: GraphOptions = GraphOptions()
    #: people of the layer left out for data protection, per reason
    people_left_out: dict[str, int] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return self.graph.number_of_nodes() == 0


#: ``(session, person ids) -> (ids allowed, left out per reason)``: data protection's
#: filter for the purpose "Darstellung in Netzwerkkarten", given by the services
PeopleFilter = Callable[[Any, list[int]], tuple[list[int], dict[str, int]]]


def build_graph(
    source,
    options: GraphOptions = GraphOptions(),
    people_filter: PeopleFilter | None = None,
) -> GraphResult:
    """The graph for ``options``; ``source`` is a unit-of-work factory or a session.
    ``people_filter`` decides who the person layer may show (the others are counted
    in ``people_left_out`` and named in the description).

    An empty selection is an honest empty graph with a German description; a focus
    on an organisation that does not exist, a bad depth or too many people for the
    person layer raise ``NetworkError``.
    """
    if not 1 <= options.depth <= 3:
        raise NetworkError(_("Umfeld: Bitte 1, 2 oder 3 Schritte wählen."))
    if not 1 <= options.min_strength <= 3:
        raise NetworkError(_("Mindeststärke: Bitte einen Wert von 1 bis 3 wählen."))
    with _no_gc():
        if hasattr(source, "execute"):
            return _build(source, options, people_filter)
        with source() as uow:
            return _build(uow.session, options, people_filter)


@contextmanager
def quiet_gc():
    """For long computations on a built graph (metrics, suggestions): see ``_no_gc``."""
    with _no_gc():
        yield


@contextmanager
def _no_gc():
    """Building makes 100,000s of small containers and no cycles: the cyclic garbage
    collector would rescan them (and every graph built before) many times over. At the
    end they are frozen (left out of later scans): else the next full collection scans
    them all, holding the GIL for up to a second, and the window freezes meanwhile."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def _build(session, options: GraphOptions, people_filter: PeopleFilter | None) -> GraphResult:
    conn = session.connection()  # Core rows: no ORM row processing for 100,000 rows
    nodes: dict[int, dict] = {}
    # the database driver makes a new string for every row: kinds, districts, tags,
    # relation types and dates repeat thousands of times and are stored once instead
    same: dict = {}
    one = same.setdefault
    for row in conn.execute(node_rows(options)):
        oid, tag = row[0], row[13]
        attrs = nodes.get(oid)
        if attrs is not None:
            if tag:
                attrs["tags"].append(one(tag, tag))
            continue
        nodes[oid] = {
            "name": row[1],
            "short_name": row[2] or "",
            "kind_id": row[3],
            "kind": one(row[4], row[4]),
            "colour": one(row[5], row[5]),
            "multiplier": bool(row[6]),
            "district_id": row[7],
            "district": one(row[8], row[8]) if row[8] else "",
            "wba_region": one(row[9], row[9]) if row[9] else "",
            "active": bool(row[10]),
            "influence": row[11],
            "interest": row[12],
            "tags": [one(tag, tag)] if tag else [],
        }
    if options.focus_id is not None and options.focus_id not in nodes:
        raise NetworkError(_("Die Organisation im Fokus wurde nicht gefunden (gelöscht?)."))
    g = NetworkGraph()
    g.add_nodes_from(nodes.items())
    if options.include_relations and len(nodes) > 1:
        _add_relation_edges(g, conn, options, nodes, one)
    _add_extra_edges(g, options)
    if options.focus_id is not None:
        keep = nx.single_source_shortest_path_length(g, options.focus_id, cutoff=options.depth)
        g = g.subgraph(keep).copy()
    people, left_out = None, {}
    if options.include_people:
        people, left_out = _people_layer(session, g, options, people_filter)
    text = describe(g, options, people)
    if left_out:
        n = sum(left_out.values())
        why = ", ".join(f"{fmt.integer(k)} {reason}" for reason, k in left_out.items())
        text += _("; {people} nicht gezeigt ({why})").format(
            people=fmt.count(n, _("Person"), _("Personen")), why=why
        )
    return GraphResult(g, people, text, options, left_out)


def _add_relation_edges(g: nx.Graph, conn, options: GraphOptions, nodes, one) -> None:
    pairs: dict[tuple[int, int], list[EdgeRelation]] = {}
    for row in conn.execute(relation_rows(options)):
        src, dst = row[1], row[2]
        if src == dst or src not in nodes or dst not in nodes:
            continue
        key = (src, dst) if src < dst else (dst, src)
        rel = EdgeRelation(
            row[0], src, dst, row[3], one(row[4], row[4]), one(row[5], row[5]),
            *one(row[6:], row[6:]),
        )  # fmt: skip
        found = pairs.get(key)
        if found is None:
            pairs[key] = [rel]
        else:
            found.append(rel)
    g.add_edges_from(
        (a, b, _relation_edge(rels, options.relation_weight, one)) for (a, b), rels in pairs.items()
    )


def release(graph: nx.Graph) -> None:
    """Empty ``graph`` one organisation at a time. Freed at once, a state-wide graph's
    400,000 containers are one uninterruptible deallocation holding the GIL for a
    good part of a second (the window froze); in small steps, other threads get their
    turns. Only for a graph nobody else holds any more."""
    adj, node = graph._adj, graph._node
    while adj:
        nbrs = adj.popitem()[1]
        while nbrs:
            nbrs.popitem()
    while node:
        node.popitem()


class EdgeRelation(NamedTuple):
    """One relation inside an edge (an edge may combine several). ``label`` reads from
    the source ("ist Mitglied von"); ``label_from`` gives it as either side reads it."""

    id: int
    source: int
    target: int
    strength: int
    valid_from: date | None
    valid_until: date | None
    type_id: int
    type: str
    label: str
    directed: bool
    reverse_label: str | None = None

    def label_from(self, node: int) -> str:
        """The label as ``node`` reads it: seen from the target of a directed relation
        the reverse label ("hat als Mitglied"); a symmetric one has just the one label
        (the same rule as the organisation dialog, ``RelationTypeInfo.label``)."""
        info = RelationTypeInfo(
            self.type_id, self.type, self.label, self.reverse_label, bool(self.directed)
        )
        return info.label(outgoing=node == self.source)


def edge_labels_from(data: dict, node: int) -> list[str]:
    """The labels of an edge as ``node`` reads them: each relation from ``node``'s side,
    then the labels of ties from elsewhere (e.g. "Verbund WAVA"), without repeats."""
    relations = data.get("relations") or []
    labels = [r.label_from(node) for r in relations]
    labels += list(data.get("labels") or [])[len(relations) :]
    return list(dict.fromkeys(labels))


def _empty_edge() -> dict:
    return {
        "weight": 0.0,
        "strength": 0,
        "relations": (),
        "types": (),
        "labels": (),
        "kinds": (),
        "directed": False,
    }


def _relation_edge(rels: list[EdgeRelation], relation_weight: float, one=None) -> dict:
    """The attributes of one edge from its relations (parallel ones combined).

    ``weight``: sum of strengths (times ``relation_weight``); ``strength``: the highest;
    ``relations``: the ``EdgeRelation``s; ``types``/``labels``: one per relation;
    ``directed``: any of them is directed (the direction is in ``relations``).

    Tuples, not lists: a state-wide network has 55,000 edges, nearly all with one
    relation, and the one-element ``types``, ``labels`` and ``kinds`` repeat; with
    ``one`` (a ``dict.setdefault`` of shared values) each is stored once.
    """
    share = one or (lambda value, _default: value)
    if len(rels) == 1:
        r = rels[0]
        return {
            "weight": float(r.strength) * relation_weight,
            "strength": r.strength,
            "relations": (r,),
            "types": share((r.type,), (r.type,)),
            "labels": share((r.label,), (r.label,)),
            "kinds": _RELATION_KINDS,
            "directed": bool(r.directed),
        }
    return {
        "weight": float(sum(r.strength for r in rels)) * relation_weight,
        "strength": max(r.strength for r in rels),
        "relations": tuple(rels),
        "types": tuple(r.type for r in rels),
        "labels": tuple(r.label for r in rels),
        "kinds": _RELATION_KINDS,
        "directed": any(r.directed for r in rels),
    }


_RELATION_KINDS = (RELATION_KIND,)


def _add_extra_edges(g: nx.Graph, options: GraphOptions) -> None:
    for raw in options.extra_edges:
        e = raw if isinstance(raw, ExtraEdge) else ExtraEdge(*raw)
        factor = options.extra_weights.get(e.kind, 1.0)
        if factor <= 0 or e.a == e.b or e.a not in g or e.b not in g:
            continue
        if not g.has_edge(e.a, e.b):
            g.add_edge(e.a, e.b, **_empty_edge())
        data = g.edges[e.a, e.b]
        data["weight"] += e.weight * factor
        if e.kind not in data["kinds"]:
            data["kinds"] = (*data["kinds"], e.kind)
        label = e.label or e.kind
        if label not in data["labels"]:
            data["labels"] = (*data["labels"], label)


def _people_layer(
    session, g: nx.Graph, options: GraphOptions, people_filter: PeopleFilter | None
) -> tuple[nx.Graph, dict[str, int]]:
    """Bipartite: organisations (int ids) and people ("P<id>") linked by affiliations;
    and the people ``people_filter`` left out, per reason."""
    ids = list(g)
    if not ids:
        return NetworkGraph(), {}
    # private inquirers („Ratsuchende“) are never in the network
    conds = [Affiliation.organisation_id.in_(ids), Person.active.is_(True), not_inquirer()]
    if options.as_of is not None:
        d = options.as_of
        conds += [
            or_(Affiliation.valid_from.is_(None), Affiliation.valid_from <= d),
            or_(Affiliation.valid_until.is_(None), Affiliation.valid_until >= d),
        ]
    n_people = session.scalar(
        select(func.count(func.distinct(Affiliation.person_id)))
        .join(Person, Person.id == Affiliation.person_id)
        .where(*conds)
    )
    if n_people and n_people > options.max_people:
        raise NetworkError(
            _(
                "Die Personenebene zeigt höchstens {max_people} Personen; "
                "in dieser Auswahl sind es {n_people}. Bitte die Auswahl eingrenzen "
                "(z. B. ein Landkreis oder eine Organisation mit ihrem Umfeld)."
            ).format(max_people=fmt.integer(options.max_people), n_people=fmt.integer(n_people))
        )
    layer = NetworkGraph()
    layer.add_nodes_from((oid, {"bipartite": 0, **g.nodes[oid]}) for oid in ids)
    stmt = (
        select(
            Person.id,
            Person.title,
            Person.first_name,
            Person.last_name,
            Affiliation.organisation_id,
            Affiliation.function,
            Affiliation.is_primary,
        )
        .join(Person, Person.id == Affiliation.person_id)
        .where(*conds)
        .order_by(Person.sort_key, Person.id)
    )
    rows = session.execute(stmt).all()
    left_out: dict[str, int] = {}
    if people_filter is not None and rows:
        kept, left_out = people_filter(session, list(dict.fromkeys(r[0] for r in rows)))
        shown = set(kept)
        rows = [r for r in rows if r[0] in shown]
    for pid, title, first, last, oid, function, primary in rows:
        key = f"P{pid}"
        name = " ".join(p for p in (title, first, last) if p)
        layer.add_node(key, bipartite=1, person_id=pid, name=name, kind="Person")
        layer.add_edge(key, oid, function=function or "", primary=bool(primary), weight=1.0)
    return layer, left_out


def describe(g: nx.Graph, options: GraphOptions, people: nx.Graph | None = None) -> str:
    """One German sentence about what the graph shows (for a status line or a title)."""
    if g.number_of_nodes() == 0:
        return _("Keine Organisation passt zu den gewählten Filtern.")
    parts = [
        fmt.count(g.number_of_nodes(), N_("Organisation"), N_("Organisationen")),
        fmt.count(g.number_of_edges(), N_("Verbindung"), N_("Verbindungen")),
    ]
    if people is not None:
        n = sum(1 for _, d in people.nodes(data="bipartite") if d == 1)
        parts.append(fmt.count(n, N_("Person"), N_("Personen")))
    text = ", ".join(parts)
    notes = []
    if options.as_of is not None:
        notes.append(_("Stand {day}").format(day=fmt.day(options.as_of)))
    if options.min_strength > 1:
        notes.append(_("Stärke ab {min_strength}").format(min_strength=options.min_strength))
    if options.focus_id is not None:
        name = g.nodes[options.focus_id]["name"]
        steps = fmt.count(options.depth, N_("Schritt"), N_("Schritte"))
        notes.append(_("Umfeld von {name}, {steps}").format(name=name, steps=steps))
    if options.include_inactive:
        notes.append(_("mit inaktiven"))
    return f"{text} ({'; '.join(notes)})" if notes else text
