"""``NetworkService.picture``: what the network canvas shows for a set of filters, on a
real database: positions stored and reused, a fresh layout on request, Verbund ties,
the person layer, and the service reached through the bundle."""

from __future__ import annotations

import networkx as nx
import pytest

from tests.integration.network.test_graph import build_network
from wba_desktop.network.graph import GraphOptions, NetworkError
from wba_desktop.network.positions import DatabasePositionStore
from wba_desktop.network.service import NetworkPicture, NetworkService


@pytest.fixture
def net(services) -> dict[str, int]:
    return build_network(services)


@pytest.fixture
def stored(uow_factory) -> DatabasePositionStore:
    return DatabasePositionStore(uow_factory)


@pytest.fixture
def network(uow_factory, services) -> NetworkService:
    return NetworkService(
        uow_factory,
        reference=services.reference,
        relations=services.relations,
    )


def test_positions_are_stored_and_reused_on_the_next_call(network, net, stored):
    options = GraphOptions(region_ids=())
    picture = network.picture(options)
    assert isinstance(picture, NetworkPicture)
    result, positions = picture  # unpacks as (result, positions), as the view does
    assert set(result.graph) == set(net.values()) - {net["alt"]}
    assert set(positions) == set(result.graph)
    assert set(stored.load()) == set(result.graph)
    # a new start of the app: another service on the same database draws the same picture
    restarted = NetworkService(network._uow)
    _, again = restarted.picture(options)
    assert all(again[v] == pytest.approx(positions[v], abs=1e-3) for v in positions)


def test_a_moved_organisation_stays_until_relayout(network, net, stored):
    network.picture()
    network.remember_positions({net["ihk"]: (40.0, -40.0), "P1": (1.0, 1.0)})
    assert stored.load()[net["ihk"]] == (40.0, -40.0, True)  # pinned; people not stored
    _, kept = network.picture()
    assert kept[net["ihk"]] == pytest.approx((40.0, -40.0))
    _, fresh = network.picture(relayout=True)  # „Neu anordnen“ keeps the hand-placed one
    assert fresh[net["ihk"]] == pytest.approx((40.0, -40.0))
    network.forget_positions(keep_pinned=False)  # … until all positions are released
    assert stored.load() == {}
    _, fresh = network.picture(relayout=True)
    assert fresh[net["ihk"]] != pytest.approx((40.0, -40.0), abs=1.0)
    assert stored.load()[net["ihk"]][:2] == pytest.approx(fresh[net["ihk"]], abs=1e-9)


def test_a_filtered_view_reuses_the_places_of_the_whole_picture(network, net, services):
    _, whole = network.picture()
    harz = next(r.id for r in services.reference.regions() if r.name == "Harz")
    result, part = network.picture(GraphOptions(region_ids=(harz,)))
    assert set(result.graph) == {net["lk"], net["dgb"]}
    assert all(part[v] == pytest.approx(whole[v], abs=1e-3) for v in part)


def test_grouped_layouts_are_not_stored(network, net, stored):
    result, positions = network.picture(layout="district")
    assert set(positions) == set(result.graph)
    assert stored.load() == {}
    with pytest.raises(NetworkError, match="Anordnung"):
        network.picture(layout="kreis")


def test_include_verbuende_adds_the_shared_membership_ties(network, services, net):
    from wba_desktop.services.verbuende.members import MemberData
    from wba_desktop.services.verbuende.records import VerbundData

    vid = services.verbuende.create(VerbundData(name="Verbund Bördeland", short_name="VBL")).id
    for key, role in (("wbt", "Weiterbildungsträger"), ("dgb", "Zivilgesellschaft")):
        services.verbund_members.save_member(vid, MemberData(net[key], role))
    without, _ = network.picture()
    assert not without.graph.has_edge(net["wbt"], net["dgb"])
    with_ties, positions = network.picture(include_verbuende=True)
    edge = with_ties.graph.edges[net["wbt"], net["dgb"]]
    assert edge["kinds"] == ("Verbund",) and "Verbund VBL" in edge["labels"]
    assert "Verbund" not in with_ties.graph.edges[net["wbt"], net["firm"]]["kinds"]
    assert {net["wbt"], net["dgb"]} <= set(positions)


def test_people_are_placed_around_their_organisations(network, services, net):
    from wba_desktop.services.directory.affiliations import AffiliationData
    from wba_desktop.services.directory.people import PersonData

    person = services.people.create(PersonData(last_name="Krüger", first_name="Ines"))
    services.affiliations.save(
        AffiliationData(person_id=person.id, organisation_id=net["ihk"], function="Referentin")
    )
    _, organisations = network.picture()
    result, positions = network.picture(GraphOptions(include_people=True))
    node = f"P{person.id}"
    assert result.people_layer is not None and node in result.people_layer
    assert node in positions
    assert all(positions[v] == pytest.approx(organisations[v], abs=1e-3) for v in organisations)
    assert node not in {str(k) for k in network.store().load()}


def test_cancelled_stops_with_a_german_message(network, net):
    with pytest.raises(NetworkError, match="abgebrochen"):
        network.picture(cancelled=lambda: True)


def test_graph_files_carry_the_positions_on_screen(network, net, tmp_path):
    result, positions = network.picture()
    positions[net["ihk"]] = (12.5, -3.0)  # as the user dragged it
    path = network.save_graph_file(result, tmp_path / "netz.gexf", positions)
    g = nx.read_gexf(path, node_type=int)
    assert set(g) == set(result.graph)
    assert (g.nodes[net["ihk"]]["x"], g.nodes[net["ihk"]]["y"]) == (12.5, -3.0)
    graphml = network.save_graph_file(result, tmp_path / "netz.graphml", positions)
    assert nx.read_graphml(graphml).number_of_nodes() == len(result.graph)
    with pytest.raises(NetworkError, match="gexf"):
        network.save_graph_file(result, tmp_path / "netz.png", positions)


def test_the_bundle_offers_one_network_service(services, net, _data_dir):
    network = services.network
    assert network is services.network  # one instance: one position store
    result, positions = network.picture()
    assert set(positions) == set(result.graph)
    assert set(DatabasePositionStore(services.uow).load()) == set(result.graph)
    assert not (_data_dir / "netz-positionen.json").exists()  # no file per user any more
    gaps = network.gaps(result)  # the districts come from the reference service
    assert {"Harz", "Börde", "Magdeburg"} <= {row.group for row in gaps.rows}
