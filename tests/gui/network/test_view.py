"""The network area on a real database: filters, as-of date, focus, click, stored positions."""

from __future__ import annotations

from datetime import date

import pytest

from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.relations import RelationData
from wba_desktop.views.common.tasks import SyncTaskRunner
from wba_desktop.views.network.network_view import NetworkView


@pytest.fixture
def net(services):
    types = {t.name: t.id for t in services.reference.organisation_types()}
    regions = {r.name: r.id for r in services.reference.regions()}
    rel = {t.name: t.id for t in services.reference.relation_types()}

    def org(name, kind, region):
        return services.organisations.create(
            OrganisationData(name=name, type_id=types[kind], region_id=regions[region])
        ).id

    ids = {
        "ihk": org("IHK Magdeburg", "Kammer (IHK)", "Magdeburg"),
        "aa": org("Agentur für Arbeit Magdeburg", "Agentur für Arbeit", "Magdeburg"),
        "firm": org("Börde Metall GmbH", "Unternehmen", "Börde"),
        "harz": org("Landkreis Harz", "Kommune / Landkreis", "Harz"),
    }
    services.relations.save(
        RelationData(ids["firm"], ids["ihk"], rel["Mitgliedschaft"], valid_from=date(2020, 1, 1))
    )
    services.relations.save(
        RelationData(
            ids["ihk"],
            ids["aa"],
            rel["Kooperation"],
            valid_from=date(2024, 1, 1),
            valid_until=date(2025, 6, 30),
        )
    )
    return ids


def _view(qtbot, services) -> NetworkView:
    view = NetworkView(services, SyncTaskRunner())
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.reload()
    return view


def test_whole_network_then_filters(qtbot, services, net):
    view = _view(qtbot, services)
    g = view.result.graph
    assert set(g) == set(net.values())
    assert g.number_of_edges() == 1  # the cooperation ended in 2025, "heute" is later
    view.panel.kinds.check("Kammer (IHK)")
    view.panel.kinds.check("Unternehmen")
    view.panel.flush()
    assert set(view.result.graph) == {net["ihk"], net["firm"]}
    assert view.canvas.ids and len(view.canvas.ids) == 2


def test_as_of_date_shows_the_network_then(qtbot, services, net):
    view = _view(qtbot, services)
    view.panel.set_as_of(date(2024, 6, 1))
    view.panel.flush()
    g = view.result.graph
    assert g.has_edge(net["ihk"], net["aa"]) and g.has_edge(net["firm"], net["ihk"])


def test_focus_click_details_and_positions_survive_a_restart(qtbot, services, net):
    view = _view(qtbot, services)
    view.focus_on(net["firm"])
    assert set(view.result.graph) == {net["firm"], net["ihk"]}
    view.canvas.node_clicked.emit(net["ihk"])
    assert view.details.title.text() == "IHK Magdeburg"
    assert view.details.neighbours.count() == 1
    view.canvas.node_moved.emit(net["ihk"], 5.0, 7.0)
    again = _view(qtbot, services)  # a new start reads the stored positions
    assert again.positions[net["ihk"]] == pytest.approx((5.0, 7.0), abs=1.0)


def test_a_filter_that_leaves_nothing_is_an_honest_empty_view(qtbot, services, net):
    view = _view(qtbot, services)
    view.panel.kinds.check("Gewerkschaft")
    view.panel.flush()
    assert view.result.graph.number_of_nodes() == 0
    assert "Keine Organisation" in view.canvas.empty_text
    assert not view.canvas.ids


def test_analysis_gaps_and_suggestions(qtbot, services, net, tmp_path):
    from tests.gui.conftest import answer

    kooperation = next(t.id for t in services.reference.relation_types() if t.name == "Kooperation")
    services.relations.save(RelationData(net["harz"], net["ihk"], kooperation))
    view = _view(qtbot, services)
    analysis = view.analysis
    names = [m.name for m in analysis.metrics.nodes]
    assert set(names) == {
        "IHK Magdeburg",
        "Agentur für Arbeit Magdeburg",
        "Börde Metall GmbH",
        "Landkreis Harz",
    }
    assert "Teilnetze" in analysis.notes.toPlainText()
    view.select_node(net["ihk"])
    assert view.details.broker.text()  # metrics arrived, shown in the details
    # gaps: the Harz has a Kommune but no chamber
    headers = [
        analysis.gap_table.horizontalHeaderItem(c).text()
        for c in range(analysis.gap_table.columnCount())
    ]
    row = next(
        r
        for r in range(analysis.gap_table.rowCount())
        if analysis.gap_table.item(r, 0).text() == "Harz"
    )
    chamber = next(c for c, h in enumerate(headers) if h.startswith("Kammer"))
    assert analysis.gap_table.item(row, chamber).text() == "fehlt"
    analysis.save_metrics_to(str(tmp_path / "k.xlsx"))
    assert (tmp_path / "k.xlsx").stat().st_size > 0
    if analysis.suggest_model.rowCount():
        s = analysis.suggest_model.record(0)
        assert s.reason
        analysis.introduce_selected()
        answer(qtbot, "Eintragen")
        assert any(
            r.other_id in (s.a, s.b)
            for r in services.relations.for_organisation(s.a)
            if r.other_id == s.b
        )


def test_export_current_view_and_gephi_files(qtbot, services, net, tmp_path):
    import networkx as nx

    view = _view(qtbot, services)
    for ending in ("png", "svg", "pdf"):
        path = tmp_path / f"netz.{ending}"
        assert view.export_to(str(path))
        assert path.stat().st_size > 1000
    assert (tmp_path / "netz.png").read_bytes()[:4] == b"\x89PNG"
    view.export_to(str(tmp_path / "netz.gexf"))
    g = nx.read_gexf(tmp_path / "netz.gexf")
    assert {d["name"] for _n, d in g.nodes(data=True)} >= {"IHK Magdeburg", "Landkreis Harz"}
    view.export_to(str(tmp_path / "netz.graphml"))
    assert nx.read_graphml(tmp_path / "netz.graphml").number_of_nodes() == 4
    assert view.export_to(str(tmp_path / "netz.doc")) == ""
    assert ".gexf" in view.description.text()


def test_people_layer_for_a_small_selection(qtbot, services, net):
    from wba_desktop.services.directory.affiliations import AffiliationData
    from wba_desktop.services.directory.people import PersonData

    p = services.people.create(PersonData(last_name="Krüger", first_name="Ines"))
    services.affiliations.save(
        AffiliationData(person_id=p.id, organisation_id=net["ihk"], function="Referentin")
    )
    view = _view(qtbot, services)
    view.panel.include_people.setChecked(True)
    view.panel.flush()
    assert f"P{p.id}" in view.canvas.ids
    assert f"P{p.id}" in view.positions
    opened = []
    view.open_organisation.connect(opened.append)
    view.canvas.node_activated.emit(f"P{p.id}")  # a person is not an organisation
    view.canvas.node_activated.emit(net["ihk"])
    assert opened == [net["ihk"]]


def test_gap_row_shows_that_district(qtbot, services, net):
    view = _view(qtbot, services)
    table = view.analysis.gap_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Harz")
    table.cellDoubleClicked.emit(row, 0)
    assert set(view.result.graph) == {net["harz"]}
    assert not view.busy.isVisible()


def test_shared_verbund_ties_and_add_to_verbund_from_the_details(qtbot, services, net):
    from wba_desktop.services.verbuende.members import MemberData
    from wba_desktop.services.verbuende.records import VerbundData

    vid = services.verbuende.create(VerbundData(name="Verbund Börde-Harz", short_name="VBH")).id
    for key, role in (("firm", "Mitgliedsunternehmen"), ("harz", "Kommune")):
        services.verbund_members.save_member(vid, MemberData(net[key], role))
    view = _view(qtbot, services)
    assert not view.result.graph.has_edge(net["firm"], net["harz"])
    view.panel.include_verbuende.setChecked(True)
    view.panel.flush()
    g = view.result.graph
    assert g.has_edge(net["firm"], net["harz"])
    assert "Verbund VBH" in g.edges[net["firm"], net["harz"]]["labels"]
    assert g.edges[net["firm"], net["harz"]]["kinds"] == ("Verbund",)
    # the relation edge firm–IHK keeps its own kind and gains nothing
    assert "Verbund" not in g.edges[net["firm"], net["ihk"]]["kinds"]
    # "Zu Verbund …" in the details hands the selected organisation on
    asked = []
    view.add_to_verbund.connect(asked.append)
    view.details.show_node(g, net["ihk"], view.metrics)
    view.details.verbund_button.click()
    assert asked == [[net["ihk"]]]


def test_analysis_table_shows_metrics_with_a_decimal_comma(qtbot, services, net, tmp_path):
    import re

    import openpyxl
    from PySide6.QtCore import Qt

    from wba_desktop.views.network.analysis_tabs import METRIC_COLUMNS

    kooperation = next(t.id for t in services.reference.relation_types() if t.name == "Kooperation")
    services.relations.save(RelationData(net["harz"], net["ihk"], kooperation))
    view = _view(qtbot, services)
    model = view.analysis.metrics_model
    keys = [c.key for c in METRIC_COLUMNS]
    row = next(r for r in range(model.rowCount()) if model.record(r).id == net["ihk"])
    ihk = model.record(row)
    # the IHK is the only broker between the Börde firm and the Harz: 1 of 3 pairs
    assert ihk.betweenness == pytest.approx(1 / 3)
    shown = {k: model.index(row, keys.index(k)).data() for k in keys}
    assert shown["betweenness"] == "0,333"
    for key in ("betweenness", "closeness", "eigenvector"):
        assert re.fullmatch(r"\d+,\d{3}", shown[key]), (key, shown[key])
    view.select_node(net["ihk"])
    assert view.details.broker.text() == "0,333"
    # sorting stays numeric: by the raw value, not by the text
    model.sort(keys.index("betweenness"), Qt.SortOrder.DescendingOrder)
    values = [model.record(r).betweenness for r in range(model.rowCount())]
    assert values == sorted(values, reverse=True) and values[0] == pytest.approx(1 / 3)
    # the Excel file keeps real numbers, so Excel can compute with them
    view.analysis.save_metrics_to(str(tmp_path / "kennzahlen.xlsx"))
    ws = openpyxl.load_workbook(tmp_path / "kennzahlen.xlsx").active
    header = [c.value for c in ws[1]]
    col = header.index("Vermittler")
    cells = [r[col] for r in ws.iter_rows(min_row=2, values_only=True)]
    assert all(isinstance(v, float | int) for v in cells)
    assert max(cells) == pytest.approx(1 / 3)


def test_metrics_model_sorts_by_value_and_shows_german_numbers(qtbot):
    from PySide6.QtCore import Qt

    from wba_desktop.network.metrics import NodeMetrics
    from wba_desktop.views.common.simple_table import RecordListModel
    from wba_desktop.views.network.analysis_tabs import METRIC_COLUMNS

    def node(i, weighted, between):
        return NodeMetrics(i, f"Organisation {i}", "Unternehmen", "Harz", 2, weighted,
                           between, 0.5, 0.25, 1, False, False, False)  # fmt: skip

    model = RecordListModel(METRIC_COLUMNS)
    model.set_rows([node(1, 9.0, 0.05), node(2, 1250.0, 0.4321), node(3, 10.0, 0.1)])
    keys = [c.key for c in METRIC_COLUMNS]
    w, b = keys.index("weighted_degree"), keys.index("betweenness")
    model.sort(w, Qt.SortOrder.AscendingOrder)
    # as text "10" < "1.250" < "9"; by value 9 < 10 < 1250
    assert [model.index(r, w).data() for r in range(3)] == ["9", "10", "1.250"]
    model.sort(b, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, b).data() for r in range(3)] == ["0,432", "0,100", "0,050"]


def test_a_refresh_after_a_change_keeps_zoom_and_selection(qtbot, services, net):
    view = _view(qtbot, services)
    view.canvas.set_view_rect((0.1, 0.2, 0.3, 0.4))
    zoomed = view.canvas.view_rect()
    view.canvas.select(net["ihk"])
    kind = services.reference.organisation_types()[0].id
    new = services.organisations.create(OrganisationData(name="Neu im Netz", type_id=kind)).id
    view.refresh_after_change()
    assert new in view.canvas.ids
    assert view.canvas.view_rect() == pytest.approx(zoomed)
    x0, y0, x1, y1 = zoomed
    eps = 1e-9  # the asked area is shown (the longer side of the canvas shows more)
    assert x0 <= 0.1 + eps and x1 >= 0.3 - eps and y0 <= 0.2 + eps and y1 >= 0.4 - eps
    assert view.canvas.selected == net["ihk"]
