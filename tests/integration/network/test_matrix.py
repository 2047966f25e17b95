"""The stakeholder matrix on a real database: the network's filters, the focus, the
organisations without ratings, the picture export; and relation labels in the graph
from either side."""

from __future__ import annotations

import pytest

from wba_desktop.network.graph import GraphOptions, NetworkError, build_graph, edge_labels_from
from wba_desktop.network.matrix import INFORM, MANAGE, MONITOR, SATISFY
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.relations import RelationData


@pytest.fixture
def rated(services) -> dict[str, int]:
    types = {t.name: t.id for t in services.reference.organisation_types()}
    regions = {r.name: r.id for r in services.reference.regions()}

    def org(name, kind, region, influence, interest, stance="", active=True):
        data = OrganisationData(name=name, type_id=types[kind], region_id=regions[region],
                                influence=influence, interest=interest, stance=stance)  # fmt: skip
        oid = services.organisations.create(data).id
        if not active:
            services.organisations.set_active(oid, False)
        return oid

    return {
        "ihk": org("IHK Elbaue", "Kammer (IHK)", "Magdeburg", 5, 4, "Unterstützend"),
        "hwk": org("HWK Elbaue", "Kammer (HWK)", "Magdeburg", 3, 2, "Neutral"),
        "wbt": org("Lernwerk Ostfalen", "Weiterbildungsträger", "Börde", 2, 5, "Offen"),
        "firm": org("Ostfalen Metallbau GmbH", "Unternehmen", "Börde", 1, 2),
        "shop": org("Brockenbäckerei", "Unternehmen", "Harz", 2, 3, "Kritisch"),
        "club": org("Heimatverein Brockenland", "Verein / Zivilgesellschaft", "Harz", None, 3),
        "old": org("Altbetrieb Vorharz KG", "Unternehmen", "Harz", 5, 5, active=False),
    }


def test_matrix_of_the_whole_network(services, rated):
    m = services.network.stakeholder_matrix()
    assert m.counts == {MANAGE: 1, SATISFY: 1, INFORM: 2, MONITOR: 1}
    assert [u.id for u in m.unrated] == [rated["club"]]
    assert rated["old"] not in {p.id for p in m.points}  # inactive: left out, as in the graph
    by_id = {p.id: p for p in m.points}
    assert by_id[rated["ihk"]].stance == "Unterstützend"
    assert by_id[rated["firm"]].stance == "ohne Angabe"
    assert "5 von 6 Organisationen" in m.description


def test_matrix_follows_the_network_filters(services, rated):
    types = {t.name: t.id for t in services.reference.organisation_types()}
    regions = {r.name: r.id for r in services.reference.regions()}
    firms = services.network.stakeholder_matrix(GraphOptions(type_ids=(types["Unternehmen"],)))
    assert {p.id for p in firms.points} == {rated["firm"], rated["shop"]}
    assert firms.counts == {MANAGE: 0, SATISFY: 0, INFORM: 1, MONITOR: 1}
    harz = services.network.stakeholder_matrix(
        GraphOptions(region_ids=(regions["Harz"],), include_inactive=True)
    )
    assert {p.id for p in harz.points} == {rated["shop"], rated["old"]}
    assert [u.name for u in harz.unrated] == ["Heimatverein Brockenland"]


def test_matrix_of_a_focus_shows_its_neighbourhood(services, rated):
    rel = {t.name: t.id for t in services.reference.relation_types()}
    services.relations.save(RelationData(rated["firm"], rated["ihk"], rel["Mitgliedschaft"]))
    m = services.network.stakeholder_matrix(GraphOptions(focus_id=rated["ihk"]))
    assert {p.id for p in m.points} == {rated["ihk"], rated["firm"]}
    assert "Umfeld von IHK Elbaue" in m.description


def test_matrix_picture_as_png_svg_and_pdf(services, rated, tmp_path):
    m = services.network.stakeholder_matrix()
    png = services.network.save_matrix_picture(m, tmp_path / "matrix.png")
    assert png.read_bytes()[:4] == b"\x89PNG" and png.stat().st_size > 10_000
    svg = services.network.save_matrix_picture(m, tmp_path / "matrix.svg").read_text("utf-8")
    assert "Eng einbinden" in svg and "Zufriedenstellen" in svg and "Unterstützend (1)" in svg
    pdf = services.network.save_matrix_picture(m, tmp_path / "matrix.pdf")
    assert pdf.read_bytes()[:5] == b"%PDF-"
    with pytest.raises(NetworkError, match="kein Bildformat"):
        services.network.save_matrix_picture(m, tmp_path / "matrix.gexf")


def test_relation_labels_in_the_graph_from_either_side(uow_factory, services, rated):
    rel = {t.name: t.id for t in services.reference.relation_types()}
    services.relations.save(RelationData(rated["firm"], rated["ihk"], rel["Mitgliedschaft"]))
    services.relations.save(RelationData(rated["ihk"], rated["hwk"], rel["Kooperation"]))
    g = build_graph(uow_factory).graph
    member = g.edges[rated["firm"], rated["ihk"]]
    assert edge_labels_from(member, rated["ihk"]) == ["hat als Mitglied"]
    assert edge_labels_from(member, rated["firm"]) == ["ist Mitglied von"]
    partners = g.edges[rated["ihk"], rated["hwk"]]
    assert edge_labels_from(partners, rated["ihk"]) == edge_labels_from(partners, rated["hwk"])
    # the same words the organisation dialog shows for the chamber
    dialog = {r.other_id: r.label for r in services.relations.for_organisation(rated["ihk"])}
    assert dialog[rated["firm"]] == "hat als Mitglied"
    assert dialog[rated["hwk"]] == edge_labels_from(partners, rated["ihk"])[0]
