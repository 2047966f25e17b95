"""The graph from a real database: filters, the as-of date, focus, parallel relations,
extra edges and the person layer, built through the services as a user would."""

from __future__ import annotations

from datetime import date

import pytest

from wba_desktop.network.graph import ExtraEdge, GraphOptions, NetworkError, build_graph
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.directory.relations import RelationData


def build_network(services) -> dict[str, int]:
    """Seven organisations in three districts, relations with periods and strengths."""
    types = {t.name: t.id for t in services.reference.organisation_types()}
    regions = {r.name: r.id for r in services.reference.regions()}
    rel = {t.name: t.id for t in services.reference.relation_types()}

    def org(name, kind, region, tags=(), active=True):
        data = OrganisationData(
            name=name, type_id=types[kind], region_id=regions[region], tags=list(tags)
        )
        oid = services.organisations.create(data).id
        if not active:
            services.organisations.set_active(oid, False)
        return oid

    ids = {
        "ihk": org("IHK Elbaue", "Kammer (IHK)", "Magdeburg", ["Handel"]),
        "aa": org("Arbeitsagentur Elbaue", "Agentur für Arbeit", "Magdeburg"),
        "wbt": org("Lernwerk Ostfalen", "Weiterbildungsträger", "Börde", ["Metall", "Digital"]),
        "firm": org("Ostfalen Metallbau GmbH", "Unternehmen", "Börde", ["Metall"]),
        "lk": org("Landkreis Brockenland", "Kommune / Landkreis", "Harz"),
        "dgb": org("Gewerkschaftsbüro Brockenland", "Gewerkschaft", "Harz"),
        "alt": org("Altbetrieb Vorharz KG", "Unternehmen", "Harz", active=False),
    }

    def relate(a, b, kind, strength=2, start=None, end=None):
        services.relations.save(RelationData(ids[a], ids[b], rel[kind], start, end, strength))

    relate("firm", "ihk", "Mitgliedschaft", 1, date(2015, 1, 1))
    relate("ihk", "aa", "Kooperation", 3, date(2020, 1, 1), date(2022, 12, 31))
    relate("ihk", "aa", "Netzwerkpartnerschaft", 2)  # parallel: one edge, both labels
    relate("wbt", "firm", "Qualifizierung", 3, date(2023, 3, 1))
    relate("lk", "dgb", "Kooperation", 1)
    relate("lk", "ihk", "Kooperation", 2, None, date(2019, 6, 30))
    relate("alt", "ihk", "Mitgliedschaft", 2)
    return ids


@pytest.fixture
def net(services) -> dict[str, int]:
    return build_network(services)


def _edges(g) -> set[frozenset]:
    return {frozenset(e) for e in g.edges()}


def test_whole_network_without_filters(uow_factory, net):
    result = build_graph(uow_factory)
    g = result.graph
    assert set(g) == set(net.values()) - {net["alt"]}  # inactive left out
    assert len(_edges(g)) == 5
    edge = g.edges[net["ihk"], net["aa"]]
    assert edge["weight"] == 5.0 and edge["strength"] == 3
    assert sorted(edge["labels"]) == ["ist Netzwerkpartner von", "kooperiert mit"]
    assert len(edge["relations"]) == 2 and edge["directed"] is False
    member = g.edges[net["firm"], net["ihk"]]
    assert member["directed"] is True
    [r] = member["relations"]
    assert (r.source, r.target, r.label) == (net["firm"], net["ihk"], "ist Mitglied von")
    node = g.nodes[net["wbt"]]
    assert node["kind"] == "Weiterbildungsträger" and node["district"] == "Börde"
    assert node["wba_region"] and node["colour"].startswith("#")
    assert node["tags"] == ["Digital", "Metall"] and node["active"] is True
    assert result.description == "6 Organisationen, 5 Verbindungen"


def test_node_filters(uow_factory, services, net):
    types = {t.name: t.id for t in services.reference.organisation_types()}
    regions = {r.name: r.id for r in services.reference.regions()}
    tags = {t.name: t.id for t in services.reference.tags()}
    kinds = GraphOptions(type_ids=(types["Unternehmen"], types["Kammer (IHK)"]))
    g = build_graph(uow_factory, kinds).graph
    assert set(g) == {net["ihk"], net["firm"]} and g.number_of_edges() == 1
    harz = build_graph(uow_factory, GraphOptions(region_ids=(regions["Harz"],))).graph
    assert set(harz) == {net["lk"], net["dgb"]}
    wba = services.reference.regions()
    boerde = next(r.wba_region for r in wba if r.name == "Börde")
    same = {r.id for r in wba if r.wba_region == boerde}
    expected = {v for k, v in net.items() if k != "alt"} & {
        net[k]
        for k, name in (
            ("ihk", "Magdeburg"),
            ("aa", "Magdeburg"),
            ("wbt", "Börde"),
            ("firm", "Börde"),
            ("lk", "Harz"),
            ("dgb", "Harz"),
        )
        if regions[name] in same
    }
    g = build_graph(uow_factory, GraphOptions(wba_regions=(boerde,))).graph
    assert set(g) == expected
    metal = build_graph(uow_factory, GraphOptions(tag_ids=(tags["Metall"],))).graph
    assert set(metal) == {net["wbt"], net["firm"]} and metal.number_of_edges() == 1
    everyone = build_graph(uow_factory, GraphOptions(include_inactive=True)).graph
    assert net["alt"] in everyone and everyone.nodes[net["alt"]]["active"] is False
    assert everyone.has_edge(net["alt"], net["ihk"])


def test_relation_filters_and_the_as_of_date(uow_factory, services, net):
    rel = {t.name: t.id for t in services.reference.relation_types()}
    g = build_graph(uow_factory, GraphOptions(relation_type_ids=(rel["Kooperation"],))).graph
    assert _edges(g) == {
        frozenset((net["ihk"], net["aa"])),
        frozenset((net["lk"], net["dgb"])),
        frozenset((net["lk"], net["ihk"])),
    }
    assert g.edges[net["ihk"], net["aa"]]["labels"] == ("kooperiert mit",)
    strong = build_graph(uow_factory, GraphOptions(min_strength=3)).graph
    assert _edges(strong) == {
        frozenset((net["ihk"], net["aa"])),
        frozenset((net["wbt"], net["firm"])),
    }
    assert strong.number_of_nodes() == 6  # the nodes stay, only weak ties go

    def at(day):
        return _edges(build_graph(uow_factory, GraphOptions(as_of=day)).graph)

    assert at(date(2018, 1, 1)) == {
        frozenset((net["firm"], net["ihk"])),
        frozenset((net["ihk"], net["aa"])),
        frozenset((net["lk"], net["dgb"])),
        frozenset((net["lk"], net["ihk"])),
    }
    at_2021 = build_graph(uow_factory, GraphOptions(as_of=date(2021, 5, 5))).graph
    assert len(at_2021.edges[net["ihk"], net["aa"]]["relations"]) == 2
    assert frozenset((net["lk"], net["ihk"])) not in _edges(at_2021)  # ended 2019
    last_day = _edges(build_graph(uow_factory, GraphOptions(as_of=date(2019, 6, 30))).graph)
    assert frozenset((net["lk"], net["ihk"])) in last_day  # the end day still counts
    assert frozenset((net["wbt"], net["firm"])) in at(date(2023, 3, 1))
    assert frozenset((net["wbt"], net["firm"])) not in at(date(2023, 2, 28))
    assert (
        "Stand 05.05.2021"
        in build_graph(uow_factory, GraphOptions(as_of=date(2021, 5, 5))).description
    )


def test_focus_on_a_neighbourhood(uow_factory, services, net):
    one = build_graph(uow_factory, GraphOptions(focus_id=net["firm"], depth=1)).graph
    assert set(one) == {net["firm"], net["ihk"], net["wbt"]}
    two = build_graph(uow_factory, GraphOptions(focus_id=net["firm"], depth=2))
    assert set(two.graph) == {net["firm"], net["ihk"], net["wbt"], net["aa"], net["lk"]}
    assert "Umfeld von Ostfalen Metallbau GmbH, 2 Schritte" in two.description
    types = {t.name: t.id for t in services.reference.organisation_types()}
    kammer_only = GraphOptions(type_ids=(types["Kammer (IHK)"],), focus_id=net["firm"])
    assert set(build_graph(uow_factory, kammer_only).graph) == {net["firm"], net["ihk"]}


def test_bad_input_is_a_german_message_or_an_honest_empty_graph(uow_factory, services, net):
    types = {t.name: t.id for t in services.reference.organisation_types()}
    empty = build_graph(uow_factory, GraphOptions(type_ids=(types["Jobcenter"],)))
    assert empty.is_empty
    assert empty.description == "Keine Organisation passt zu den gewählten Filtern."
    with pytest.raises(NetworkError, match="Fokus"):
        build_graph(uow_factory, GraphOptions(focus_id=999_999))
    with pytest.raises(NetworkError, match="Umfeld"):
        build_graph(uow_factory, GraphOptions(focus_id=net["ihk"], depth=4))
    with pytest.raises(NetworkError, match="Mindeststärke"):
        build_graph(uow_factory, GraphOptions(min_strength=0))
    single = build_graph(uow_factory, GraphOptions(type_ids=(types["Gewerkschaft"],)))
    assert single.graph.number_of_nodes() == 1 and single.graph.number_of_edges() == 0


def test_extra_edges_are_switchable_and_weighted(uow_factory, net):
    extra = (
        ExtraEdge(net["wbt"], net["dgb"], "Verbund", 2.0),
        (net["ihk"], net["aa"], "Veranstaltung", 0.5),
        (net["ihk"], 999_999, "Verbund", 1.0),  # not in the graph: ignored
    )
    g = build_graph(uow_factory, GraphOptions(extra_edges=extra)).graph
    assert g.edges[net["wbt"], net["dgb"]]["weight"] == 2.0
    assert g.edges[net["wbt"], net["dgb"]]["kinds"] == ("Verbund",)
    assert g.edges[net["ihk"], net["aa"]]["weight"] == 5.5
    assert g.edges[net["ihk"], net["aa"]]["kinds"] == ("Beziehung", "Veranstaltung")
    off = build_graph(
        uow_factory, GraphOptions(extra_edges=extra, extra_weights={"Verbund": 0.0})
    ).graph
    assert not off.has_edge(net["wbt"], net["dgb"])
    only_extra = build_graph(
        uow_factory, GraphOptions(include_relations=False, extra_edges=extra)
    ).graph
    assert _edges(only_extra) == {
        frozenset((net["wbt"], net["dgb"])),
        frozenset((net["ihk"], net["aa"])),
    }


def test_person_layer_for_small_selections(uow_factory, services, net):
    people = [
        services.people.create(PersonData(first_name=f, last_name=last)).id
        for f, last in (("Ada", "Kornfeld"), ("Bruno", "Hainich"), ("Cleo", "Auenbach"))
    ]
    for pid, org in zip(people, ("ihk", "ihk", "wbt"), strict=True):
        services.affiliations.save(AffiliationData(pid, net[org], function="Referentin"))
    result = build_graph(uow_factory, GraphOptions(include_people=True))
    layer = result.people_layer
    persons = [n for n, d in layer.nodes(data="bipartite") if d == 1]
    assert len(persons) == 3 and set(layer[f"P{people[0]}"]) == {net["ihk"]}
    assert layer.nodes[f"P{people[0]}"]["name"] == "Ada Kornfeld"
    assert "3 Personen" in result.description
    with pytest.raises(NetworkError, match="höchstens 2 Personen"):
        build_graph(uow_factory, GraphOptions(include_people=True, max_people=2))


def test_edges_of_one_relation_share_their_one_element_tuples(services, net):
    """Memory on a state-wide network: ``types``/``labels``/``kinds`` of the many
    one-relation edges are shared tuples, not a list per edge."""
    g = build_graph(services.uow, GraphOptions(include_inactive=True)).graph
    lk_dgb = g.edges[net["lk"], net["dgb"]]
    lk_ihk = g.edges[net["lk"], net["ihk"]]  # ended, but still a "Kooperation"
    firm_ihk = g.edges[net["firm"], net["ihk"]]
    alt_ihk = g.edges[net["alt"], net["ihk"]]
    assert lk_dgb["types"] == ("Kooperation",) and lk_dgb["types"] is lk_ihk["types"]
    assert lk_dgb["labels"] is lk_ihk["labels"]
    assert firm_ihk["types"] is alt_ihk["types"] and firm_ihk["kinds"] is lk_dgb["kinds"]
    assert isinstance(firm_ihk["relations"], tuple) and len(firm_ihk["relations"]) == 1
