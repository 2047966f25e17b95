"""NetworkService end to end: stored positions across a restart, gaps, suggestions,
introductions, and the exports (GEXF/GraphML read back, pictures written), also
through ``wba-desktop graph``."""

from __future__ import annotations

import math
from datetime import date

import networkx as nx
import pytest

from tests.integration.network.test_graph import build_network
from wba_desktop import cli
from wba_desktop.errors import ValidationError
from wba_desktop.network.graph import GraphOptions, NetworkError
from wba_desktop.network.positions import DatabasePositionStore
from wba_desktop.network.service import NetworkService
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.relations import RelationData


@pytest.fixture
def net(services) -> dict[str, int]:
    return build_network(services)


@pytest.fixture
def network(uow_factory, services, tmp_path) -> NetworkService:
    return NetworkService(
        uow_factory,
        reference=services.reference,
        relations=services.relations,
    )


def test_positions_survive_a_restart_and_new_organisations_land_near_partners(
    uow_factory, services, net, tmp_path
):
    first = NetworkService(uow_factory)
    pos = first.layout(first.graph())
    stored = DatabasePositionStore(uow_factory)
    assert set(pos) == set(first.graph().graph) == set(stored.load())
    restarted = NetworkService(uow_factory)  # a new start of the app
    again = restarted.layout(restarted.graph())
    assert all(again[k] == pytest.approx(pos[k], abs=1e-3) for k in pos)
    kind = next(t.id for t in services.reference.organisation_types() if t.name == "Jobcenter")
    new = services.organisations.create(OrganisationData(name="Jobcenter Elbaue", type_id=kind)).id
    rel = {t.name: t.id for t in services.reference.relation_types()}
    services.relations.save(RelationData(new, net["aa"], rel["Kooperation"]))
    grown = restarted.layout(restarted.graph())
    assert all(grown[k] == pytest.approx(pos[k], abs=1e-3) for k in pos)  # nothing moved
    others = [math.dist(pos[a], pos[b]) for a in pos for b in pos if a < b]
    assert math.dist(grown[new], grown[net["aa"]]) < max(others)
    assert new in stored.load()
    fresh = restarted.layout(restarted.graph(), relayout=True)
    assert set(fresh) == set(grown)


def test_grouped_layouts_and_unknown_modes(network, net):
    result = network.graph()
    pos = network.layout(result, mode="district")
    assert set(pos) == set(result.graph)
    with pytest.raises(NetworkError, match="Anordnung"):
        network.layout(result, mode="kreis")
    assert network.layout(network.graph(GraphOptions(type_ids=(999,))), "force") == {}


def test_metrics_gaps_and_suggestions_through_the_service(network, services, net):
    result = network.graph()
    m = network.metrics(result)
    assert {c.id for c in m.cut_points} >= {net["ihk"], net["firm"]}
    table = network.gaps(result)
    assert len(table.rows) == 14  # every district, also the empty ones
    assert table.cell("Harz", "Gewerkschaft").text == "vorhanden (1)"
    assert table.cell("Börde", "Kammer").text == "fehlt"
    assert table.cell("Magdeburg", "Agentur für Arbeit/Jobcenter").text == "vorhanden (1)"
    regions = {r.name: r.id for r in services.reference.regions()}
    harz = network.gaps(network.graph(GraphOptions(region_ids=(regions["Harz"],))))
    assert [r.group for r in harz.rows] == ["Harz"]
    assert harz.cell("Harz", "Gewerkschaft").text == "vorhanden (1)"
    found = network.suggestions(result)
    pairs = {frozenset((s.a, s.b)): s for s in found}
    s = pairs[frozenset((net["firm"], net["aa"]))]
    assert s.reason == "beide arbeiten mit IHK Elbaue zusammen"
    # tied by a relation the as-of date hides: not suggested
    old = network.graph(GraphOptions(as_of=date(2024, 1, 1)))
    assert frozenset((net["lk"], net["ihk"])) not in {
        frozenset((x.a, x.b)) for x in network.suggestions(old)
    }


def test_introduce_creates_the_relation(network, uow_factory, services, net):
    info = network.introduce(net["dgb"], net["wbt"], note="beim Netzwerktreffen vorgestellt")
    assert info.type_name == "Netzwerkpartnerschaft" and info.strength == 1
    assert info.note == "beim Netzwerktreffen vorgestellt" and info.valid_from is not None
    assert net["wbt"] in {r.other_id for r in services.relations.for_organisation(net["dgb"])}
    assert network.graph().graph.has_edge(net["dgb"], net["wbt"])
    with pytest.raises(ValidationError):
        network.introduce(net["dgb"], net["wbt"])  # exists already
    without_services = NetworkService(uow_factory, reference=services.reference)
    with pytest.raises(NetworkError):
        without_services.introduce(net["dgb"], net["lk"])


def test_gexf_and_graphml_read_back_with_attributes(network, net, tmp_path):
    result = network.graph()
    gexf = network.export(result, tmp_path / "netz.gexf")
    graphml = network.export(result, tmp_path / "netz.graphml")
    for g in (nx.read_gexf(gexf, node_type=int), nx.read_graphml(graphml, node_type=int)):
        assert set(g) == set(result.graph)
        node = g.nodes[net["wbt"]]
        assert node["kind"] == "Weiterbildungsträger" and node["tags"] == "Digital; Metall"
        assert node["influence"] == 0 and node["active"] in (True, "true")
        assert "x" in node and "y" in node
        edge = g.edges[net["ihk"], net["aa"]]
        assert float(edge["weight"]) == 5.0
        assert sorted(edge["labels"].split("; ")) == ["ist Netzwerkpartner von", "kooperiert mit"]
        assert edge["valid_from"].split("; ")[0] in ("2020-01-01", "offen")
        assert int(edge["relation_count"]) == 2


def test_pictures_are_written(network, net, tmp_path):
    result = network.graph()
    png = network.export(result, tmp_path / "netz.png")
    svg = network.export(result, tmp_path / "netz.svg", mode="district")
    pdf = network.export(result, tmp_path / "bild", fmt="pdf", mode="kind")
    assert png.read_bytes().startswith(b"\x89PNG") and png.stat().st_size > 10_000
    assert "<svg" in svg.read_text(encoding="utf-8")[:2000]
    assert pdf.read_bytes().startswith(b"%PDF")
    with pytest.raises(NetworkError, match="Format"):
        network.export(result, tmp_path / "netz.bmp")
    with pytest.raises(NetworkError, match="Nichts zu exportieren"):
        network.export(network.graph(GraphOptions(type_ids=(999,))), tmp_path / "leer.png")


def test_cli_graph_exports_gexf_and_png(db_url, net, tmp_path, capsys):
    out = tmp_path / "cli.gexf"
    assert cli.main(["--db", db_url, "graph", "--out", str(out)]) == 0
    assert set(nx.read_gexf(out, node_type=int)) == set(net.values()) - {net["alt"]}
    assert "6 Organisationen" in capsys.readouterr().out
    png = tmp_path / "harz.png"
    code = cli.main(
        [
            "--db",
            db_url,
            "graph",
            "--out",
            str(png),
            "--district",
            "Harz",
            "--as-of",
            "01.01.2024",
            "--layout",
            "kind",
            "--min-strength",
            "1",
        ]
    )
    assert code == 0 and png.read_bytes().startswith(b"\x89PNG")
    focus = tmp_path / "fokus.graphml"
    assert (
        cli.main(
            [
                "--db",
                db_url,
                "graph",
                "--out",
                str(focus),
                "--focus",
                "Ostfalen Metallbau",
                "--depth",
                "1",
            ]
        )
        == 0
    )
    assert set(nx.read_graphml(focus, node_type=int)) == {net["firm"], net["ihk"], net["wbt"]}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--kind", "Raumschiff"], "Art „Raumschiff“ gibt es nicht"),
        (["--as-of", "31.02.2024"], "TT.MM.JJJJ"),
        (["--focus", "Niemand GmbH"], "Keine Organisation heißt"),
        (["--kind", "Jobcenter"], "Nichts zu exportieren"),
        (["--wba-region", "Mitte"], "WBA-Region „Mitte“"),
    ],
)
def test_cli_graph_bad_input_is_a_german_message(db_url, net, tmp_path, capsys, args, message):
    code = cli.main(["--db", db_url, "graph", "--out", str(tmp_path / "x.png"), *args])
    err = capsys.readouterr().err
    assert code == 2 and message in err and "Traceback" not in err
