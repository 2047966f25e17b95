"""Reading a graph file (GEXF from Gephi, GraphML from Gephi, yEd, Kumu …) safely.

The file is parsed in ONE streaming pass by defusedxml's ``iterparse`` with DTDs,
entity declarations and external references forbidden (an XML bomb or a DOCTYPE is
refused before anything expands). Nodes and edges are taken as their end tags pass
and the elements cleared; the pass stops as soon as the file has more than
:data:`MAX_NODES` nodes (or :data:`MAX_EDGES` edges), so a file with a million nodes
is refused after reading its first 50,001, in the memory of those. networkx's
readers (plain ``xml.etree``) are not used.

What comes out (:class:`GraphFile`) is plain text: node ids, labels and attributes by
their title (GEXF) or ``attr.name`` (GraphML), edges with source, target, label,
weight and attributes. Duplicate node ids and edges to unknown ids are refused with a
German message naming the element. No database here: the importer
(``services.importing.graph_import``) makes organisations and relations of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from wba_desktop.exchange.filecheck import ImportFileError, unreadable
from wba_desktop.i18n import _
from wba_desktop.text import format as fmt

#: More nodes than this are refused (before the rest of the file is read).
MAX_NODES = 50_000
#: More edges than this are refused likewise.
MAX_EDGES = 500_000
GRAPH_SUFFIXES = (".gexf", ".graphml")


@dataclass
class GraphNode:
    id: str
    label: str
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass
class GraphEdge:
    """An edge; ``element`` names it for messages („Kante „e3“ (1 → 2)“)."""

    element: str
    source: str
    target: str
    label: str = ""
    weight: str = ""
    directed: bool = False
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass
class GraphFile:
    name: str
    kind: str  # gexf, graphml
    directed: bool
    nodes: list[GraphNode]
    edges: list[GraphEdge]


def is_graph_file(path: str | Path) -> bool:
    return Path(path).suffix.lower() in GRAPH_SUFFIXES


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _node_element(node_id: str) -> str:
    return f'Knoten „{node_id}“ (Element <node id="{node_id}">)'


class _Reader:
    """The state of one streaming pass."""

    def __init__(self, name: str, max_nodes: int, max_edges: int) -> None:
        self.name = name
        self.max_nodes, self.max_edges = max_nodes, max_edges
        self.kind = ""
        self.directed = False
        self.keys: dict[tuple[str, str], str] = {}  # (class, id) -> attribute name
        self.attr_class = "node"
        self.nodes: dict[str, GraphNode] = {}
        self.edges: list[GraphEdge] = []

    def start(self, elem) -> None:
        tag = _local(elem.tag)
        if not self.kind:
            if tag not in ("gexf", "graphml"):
                raise ImportFileError(
                    _(
                        "Die Datei „{name}“ ist keine GEXF- oder GraphML-Datei (das "
                        "Wurzelelement heißt <{tag}>)."
                    ).format(name=self.name, tag=tag)
                )
            self.kind = tag
        elif tag == "graph":
            mode = elem.get("defaultedgetype") or elem.get("edgedefault") or ""
            self.directed = mode.lower() == "directed"
        elif tag == "attributes":
            self.attr_class = (elem.get("class") or "node").lower()

    def end(self, elem) -> None:
        tag = _local(elem.tag)
        if tag == "node":
            self._node(elem)
            elem.clear()
        elif tag == "edge":
            self._edge(elem)
            elem.clear()
        elif tag == "attribute":  # GEXF
            self.keys[(self.attr_class, elem.get("id") or "")] = elem.get("title") or ""
        elif tag == "key":  # GraphML
            kind = (elem.get("for") or "all").lower()
            name = elem.get("attr.name") or elem.get("id") or ""
            for cls in ("node", "edge") if kind == "all" else (kind,):
                self.keys[(cls, elem.get("id") or "")] = name

    def _values(self, elem, cls: str) -> dict[str, str]:
        out: dict[str, str] = {}
        for child in elem.iter():
            tag = _local(child.tag)
            if tag == "attvalue":
                key = self.keys.get((cls, child.get("for") or child.get("id") or ""), "")
                out[key or (child.get("for") or "")] = (child.get("value") or "").strip()
            elif tag == "data":
                key = child.get("key") or ""
                out[self.keys.get((cls, key), key)] = (child.text or "").strip()
        return out

    def _node(self, elem) -> None:
        node_id = elem.get("id")
        if node_id is None or not node_id.strip():
            raise ImportFileError(
                _(
                    "Die Datei „{name}“ enthält einen Knoten ohne Kennung (Element <node> "
                    "Nr. {nodes}). Nichts wurde importiert."
                ).format(name=self.name, nodes=fmt.integer(len(self.nodes) + 1))
            )
        if node_id in self.nodes:
            raise ImportFileError(
                _(
                    "Die Datei „{name}“ enthält die Kennung „{node_id}“ zweimal: "
                    "{node_id2}. Jeder Knoten braucht eine eigene Kennung; "
                    "nichts wurde importiert."
                ).format(name=self.name, node_id=node_id, node_id2=_node_element(node_id))
            )
        if len(self.nodes) >= self.max_nodes:
            raise ImportFileError(
                _(
                    "Die Datei „{name}“ hat mehr als {max_nodes} Knoten "
                    "und wird nicht gelesen. Bitte das Netz in Gephi filtern oder aufteilen."
                ).format(name=self.name, max_nodes=fmt.integer(self.max_nodes))
            )
        attrs = self._values(elem, "node")
        label = (elem.get("label") or "").strip()
        for key in ("label", "name", "Label", "Name"):
            if not label and attrs.get(key):
                label = attrs[key]
        self.nodes[node_id] = GraphNode(node_id, label, attrs)

    def _edge(self, elem) -> None:
        if len(self.edges) >= self.max_edges:
            raise ImportFileError(
                _(
                    "Die Datei „{name}“ hat mehr als {max_edges} Kanten und wird nicht gelesen."
                ).format(name=self.name, max_edges=fmt.integer(self.max_edges))
            )
        src, dst = elem.get("source") or "", elem.get("target") or ""
        edge_id = elem.get("id")
        element = (
            f"Kante „{edge_id}“ ({src} → {dst})"
            if edge_id
            else f"Kante Nr. {fmt.integer(len(self.edges) + 1)} ({src} → {dst})"
        )
        attrs = self._values(elem, "edge")
        kind = (elem.get("type") or elem.get("directed") or "").lower()
        directed = self.directed if not kind else kind in ("directed", "true", "1")
        label = (elem.get("label") or attrs.get("label") or attrs.get("Label") or "").strip()
        weight = (elem.get("weight") or attrs.get("weight") or attrs.get("Weight") or "").strip()
        self.edges.append(GraphEdge(element, src, dst, label, weight, directed, attrs))

    def check_ends(self) -> None:
        for edge in self.edges:
            for end in (edge.source, edge.target):
                if end not in self.nodes:
                    raise ImportFileError(
                        _(
                            "Die Datei „{name}“: {element} verweist auf den Knoten "
                            "„{end}“, den es in der Datei nicht gibt. Nichts wurde importiert."
                        ).format(name=self.name, element=edge.element, end=end)
                    )


def read_graph(
    path: str | Path, *, max_nodes: int = MAX_NODES, max_edges: int = MAX_EDGES
) -> GraphFile:
    """The nodes and edges of the GEXF or GraphML file at ``path``; every problem is an
    :class:`ImportFileError` with a German message."""
    path = Path(path)
    reader = _Reader(path.name, max_nodes, max_edges)
    try:
        with open(path, "rb") as fh:
            events = iterparse(fh, events=("start", "end"), forbid_dtd=True)
            for event, elem in events:
                if event == "start":
                    reader.start(elem)
                else:
                    reader.end(elem)
    except OSError as exc:
        raise unreadable(path, exc) from exc
    except DefusedXmlException as exc:
        raise ImportFileError(
            _(
                "Die Datei „{name}“ wird nicht gelesen: Sie enthält unzulässige "
                "XML-Deklarationen (DOCTYPE/ENTITY, mögliche XML-Bombe)."
            ).format(name=path.name)
        ) from exc
    except ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        raise ImportFileError(
            _(
                "Die Datei „{name}“ ist kein lesbares XML (Zeile {line}, Spalte {column}); "
                "beschädigt oder abgeschnitten?"
            ).format(name=path.name, line=line, column=column)
        ) from exc
    if not reader.kind:
        raise ImportFileError(_("Die Datei „{name}“ ist leer.").format(name=path.name))
    reader.check_ends()
    return GraphFile(
        path.name, reader.kind, reader.directed, list(reader.nodes.values()), reader.edges
    )
