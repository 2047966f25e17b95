"""Reading GEXF and GraphML safely: attributes by title, the node limit checked while
streaming (a million nodes refused fast and in little memory), XML bombs and DTDs,
duplicate ids and edges to unknown nodes refused with the element named."""

from __future__ import annotations

import time
import tracemalloc

import pytest

from wba_desktop.exchange.edge_list import detect_edge_list
from wba_desktop.exchange.filecheck import ImportFileError
from wba_desktop.exchange.graph_files import MAX_NODES, read_graph

GEXF_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="undirected">
    <attributes class="node">
      <attribute id="0" title="Art" type="string"/>
      <attribute id="1" title="Landkreis" type="string"/>
    </attributes>
    <nodes>
"""


def _gexf(nodes: str, edges: str = "") -> str:
    return GEXF_HEAD + nodes + "</nodes><edges>" + edges + "</edges></graph></gexf>"


def test_gexf_nodes_edges_and_attributes(tmp_path):
    path = tmp_path / "netz.gexf"
    path.write_text(
        _gexf(
            '<node id="a" label="Kammer Muster"><attvalues><attvalue for="0" value="IHK"/>'
            '<attvalue for="1" value="Harz"/></attvalues></node><node id="b" label="Werk B"/>',
            '<edge id="e1" source="a" target="b" label="berät" weight="2.0"/>',
        ),
        encoding="utf-8",
    )
    graph = read_graph(path)
    assert graph.kind == "gexf" and not graph.directed
    assert [(n.id, n.label, n.attrs) for n in graph.nodes] == [
        ("a", "Kammer Muster", {"Art": "IHK", "Landkreis": "Harz"}),
        ("b", "Werk B", {}),
    ]
    edge = graph.edges[0]
    assert (edge.source, edge.target, edge.label, edge.weight) == ("a", "b", "berät", "2.0")


def test_graphml_keys_by_name(tmp_path):
    path = tmp_path / "netz.graphml"
    path.write_text(
        '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
        '<key id="d0" for="node" attr.name="name" attr.type="string"/>'
        '<key id="d1" for="edge" attr.name="type" attr.type="string"/>'
        '<graph edgedefault="directed"><node id="1"><data key="d0">Verein Eins</data></node>'
        '<node id="2"><data key="d0">Verein Zwei</data></node>'
        '<edge source="1" target="2"><data key="d1">Mitgliedschaft</data></edge></graph>'
        "</graphml>",
        encoding="utf-8",
    )
    graph = read_graph(path)
    assert graph.directed and [n.label for n in graph.nodes] == ["Verein Eins", "Verein Zwei"]
    assert graph.edges[0].attrs == {"type": "Mitgliedschaft"} and graph.edges[0].directed


def test_a_million_nodes_are_refused_fast_and_in_little_memory(tmp_path):
    path = tmp_path / "riesig.gexf"
    with open(path, "w", encoding="utf-8") as fh:  # streamed: never a million in memory
        fh.write(GEXF_HEAD)
        chunk = 10_000
        for start in range(0, 1_000_000, chunk):
            fh.write("".join(f'<node id="n{i}" label="Knoten {i}"/>\n'
                             for i in range(start, start + chunk)))  # fmt: skip
        fh.write("</nodes><edges/></graph></gexf>")
    assert path.stat().st_size > 30_000_000
    tracemalloc.start()
    began = time.perf_counter()
    with pytest.raises(ImportFileError, match="mehr als 50.000 Knoten"):
        read_graph(path)
    seconds = time.perf_counter() - began
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"refused 1,000,000 nodes after {seconds:.2f} s, peak {peak / 2**20:.1f} MiB")
    assert seconds < 10  # it stops after node 50,001 of 1,000,000
    assert peak < 80 * 2**20
    assert MAX_NODES == 50_000


BOMB = """<?xml version="1.0"?>
<!DOCTYPE gexf [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<gexf xmlns="http://gexf.net/1.3"><graph><nodes><node id="1" label="&lol3;"/></nodes></graph></gexf>
"""


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_xml_bomb_and_doctype_are_refused(tmp_path, encoding):
    path = tmp_path / "bombe.gexf"
    text = BOMB if encoding == "utf-8" else BOMB.replace('version="1.0"', 'version="1.0" '
                                                         'encoding="UTF-16"')  # fmt: skip
    path.write_bytes(text.encode(encoding))
    with pytest.raises(ImportFileError, match="XML-Bombe") as err:
        read_graph(path)
    assert "bombe.gexf" in str(err.value)


def test_duplicate_ids_and_unknown_ends_name_the_element(tmp_path):
    path = tmp_path / "doppelt.graphml"
    path.write_text(
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">'
        '<node id="x"/><node id="y"/><node id="x"/></graph></graphml>',
        encoding="utf-8",
    )
    with pytest.raises(ImportFileError, match='„x“ zweimal.*<node id="x">'):
        read_graph(path)
    path = tmp_path / "lose.gexf"
    path.write_text(
        _gexf('<node id="a" label="A"/>', '<edge id="k7" source="a" target="zz"/>'),
        encoding="utf-8",
    )
    with pytest.raises(
        ImportFileError, match="Kante „k7“ \\(a → zz\\) verweist auf den Knoten „zz“"
    ):
        read_graph(path)


def test_not_a_graph_and_broken_xml(tmp_path):
    path = tmp_path / "falsch.gexf"
    path.write_text("<html><body/></html>", encoding="utf-8")
    with pytest.raises(ImportFileError, match="keine GEXF- oder GraphML-Datei"):
        read_graph(path)
    path.write_text(_gexf('<node id="a" label="A">')[:-20], encoding="utf-8")
    with pytest.raises(ImportFileError, match="kein lesbares XML \\(Zeile"):
        read_graph(path)


@pytest.mark.parametrize(
    "header",
    [
        ["Von", "Beziehung", "Zu", "Art", "Stärke", "Gültig von", "Gültig bis", "Notiz"],
        ["Organisation A", "Art der Beziehung", "Organisation B", "Seit", "Bis"],
        ["Quelle", "Ziel", "Gewicht"],
        ["Source", "Target", "Weight", "Label", "Start", "End"],
        ["From", "To", "Relation"],
        ["Partner 1", "Partner 2"],
        ["Organisation 1", "Organisation 2", "Type", "Note"],
    ],
)
def test_edge_list_headers_are_recognised(header):
    mapping = detect_edge_list([["Netzwerk Stand 2026"], header, ["a", "b"]])
    assert mapping is not None and mapping.header_row == 1
    assert {"rel_source", "rel_target"} <= mapping.fields()


@pytest.mark.parametrize(
    "header",
    [
        ["Firma", "Vorname", "Nachname", "E-Mail"],
        ["Organisation", "Art", "Ort", "Von", "Bis"],
        ["Name", "Ansprechpartner", "Telefon"],
    ],
)
def test_contact_lists_are_no_edge_lists(header):
    assert detect_edge_list([header]) is None
