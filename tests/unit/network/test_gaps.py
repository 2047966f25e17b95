"""Gap analysis on hand-built districts: missing, present but not connected, present."""

from __future__ import annotations

import networkx as nx

from wba_desktop.network.gaps import Coverage, GapKind, gap_table


def _org(g: nx.Graph, oid: int, kind: str, district: str, wba: str = "Nord") -> None:
    g.add_node(oid, name=f"{kind} {oid}", kind=kind, district=district, wba_region=wba)


def _network() -> nx.Graph:
    g = nx.Graph()
    _org(g, 1, "Kammer (IHK)", "Stendal")
    _org(g, 2, "Weiterbildungsträger", "Stendal")
    _org(g, 3, "Unternehmen", "Stendal")
    _org(g, 4, "Gewerkschaft", "Stendal")  # no tie at all
    _org(g, 5, "Jobcenter", "Harz", "West")  # only in a small side part
    _org(g, 6, "Unternehmen", "Harz", "West")
    _org(g, 7, "Kammer (HWK)", "Harz", "West")
    _org(g, 8, "Agentur für Arbeit", "Harz", "West")
    g.add_edges_from([(1, 2), (2, 3), (1, 3), (1, 7), (7, 3)])
    g.add_edge(5, 6)
    return g


def test_gap_table_per_district():
    table = gap_table(_network(), groups=["Stendal", "Harz", "Börde"])
    assert [r.group for r in table.rows] == ["Stendal", "Harz", "Börde"]
    assert table.cell("Stendal", "Kammer").text == "vorhanden (1)"
    assert table.cell("Stendal", "Weiterbildungsträger").text == "vorhanden (1)"
    assert table.cell("Stendal", "Gewerkschaft").text == "nicht vernetzt"
    assert table.cell("Stendal", "Agentur für Arbeit/Jobcenter").text == "fehlt"
    # Harz: the Jobcenter's only tie is outside the main network, the agency has none
    cell = table.cell("Harz", "Agentur für Arbeit/Jobcenter")
    assert cell.text == "nicht vernetzt" and set(cell.present) == {5, 8}
    assert table.cell("Harz", "Kammer").text == "vorhanden (1)"
    assert all(c.text == "fehlt" for c in table.rows[2].cells)
    header, *lines = table.as_rows()
    assert header[0] == "Landkreis" and header[1] == "Kammer" and len(header) == 8
    assert lines[0][0] == "Stendal"
    assert "Gewerkschaft: nicht vernetzt" in table.gaps_of("Stendal")


def test_by_wba_region_and_own_kinds():
    table = gap_table(_network(), by="wba_region")
    assert [r.group for r in table.rows] == ["Nord", "West"]  # the agencies' order
    assert table.heading == "WBA-Region"
    own = gap_table(_network(), kinds=[GapKind("Betriebe", ("Unternehmen",))])
    assert own.columns == ("Betriebe",)
    assert own.cell("Harz", "Betriebe").text == "nicht vernetzt"


def test_a_connected_one_counts_even_if_another_of_its_kind_is_not():
    g = _network()
    g.add_edge(8, 1)  # the agency joins the main network
    assert gap_table(g).cell("Harz", "Agentur für Arbeit/Jobcenter").text == "vorhanden (2)"


def test_empty_and_tieless_graphs():
    assert gap_table(nx.Graph()).rows == ()
    g = nx.Graph()
    _org(g, 1, "Gewerkschaft", "Harz")
    assert gap_table(g).cell("Harz", "Gewerkschaft").text == "nicht vernetzt"


def test_coverage_closes_a_gap_and_names_the_covering_organisation():
    g = _network()
    _org(g, 9, "Kammer (IHK)", "Halle (Saale)", "Süd")  # seated elsewhere, tied in
    g.add_edge(9, 1)
    before = gap_table(g, groups=["Börde"])
    assert before.cell("Börde", "Kammer").status == "fehlt"
    ihk = Coverage(9, "Industrie- und Handelskammer Halle-Dessau", "Kammer (IHK)", ("Börde",),
                   ("Nord",), short_name="IHK Halle-Dessau")  # fmt: skip
    table = gap_table(g, groups=["Börde"], coverage=[ihk])
    cell = table.cell("Börde", "Kammer")
    assert cell.status == "vorhanden" and cell.via_coverage
    assert cell.text == "vorhanden über Zuständigkeit: IHK Halle-Dessau"
    assert cell.covering == (9,) and cell.present == ()
    assert "Kammer: fehlt" not in table.gaps_of("Börde")
    assert table.as_rows()[1][0] == "Börde"
    assert table.as_rows()[1][1] == "vorhanden über Zuständigkeit: IHK Halle-Dessau"
    # by WBA region: the covered district's region counts (Nord has a chamber of its own)
    nord = gap_table(g, by="wba_region", coverage=[ihk]).cell("Nord", "Kammer")
    assert nord.covering == (9,) and nord.text == "vorhanden (1)"


def test_coverage_of_an_unconnected_organisation_is_not_connected():
    g = _network()
    _org(g, 9, "Gewerkschaft", "Magdeburg")  # in the graph, but without a tie
    dgb = Coverage(9, "DGB Testland", "Gewerkschaft", ("Harz",))
    cell = gap_table(g, coverage=[dgb]).cell("Harz", "Gewerkschaft")
    assert cell.status == "nicht vernetzt" and not cell.via_coverage


def test_a_seated_organisation_is_not_counted_again_and_others_are_ignored():
    g = _network()
    own = Coverage(1, "IHK Stendal", "Kammer (IHK)", ("Stendal",))  # its own seat
    school = Coverage(99, "Schule", "Schule / Berufsschule", ("Harz",))  # no gap kind
    table = gap_table(g, coverage=[own, school])
    assert table.cell("Stendal", "Kammer").text == "vorhanden (1)"
    assert table.cell("Stendal", "Kammer").covering == ()
    # an organisation outside the graph (filtered out) is responsible all the same
    far = Coverage(50, "HWK Fern", "Kammer (HWK)", ("Börde",))
    assert gap_table(g, groups=["Börde"], coverage=[far]).cell("Börde", "Kammer").via_coverage
