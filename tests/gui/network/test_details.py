"""The network's details read each relation from the selected organisation's side, and
the area writes numbers with a decimal comma (details, tooltips, notes, Excel)."""

from __future__ import annotations

import re

import pytest

from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.relations import RelationData
from wba_desktop.views.common.tasks import SyncTaskRunner
from wba_desktop.views.network.network_view import NetworkView


@pytest.fixture
def net(services) -> dict[str, int]:
    types = {t.name: t.id for t in services.reference.organisation_types()}
    rel = {t.name: t.id for t in services.reference.relation_types()}

    def org(name, kind):
        return services.organisations.create(OrganisationData(name=name, type_id=types[kind])).id

    ids = {
        "ihk": org("IHK Elbaue", "Kammer (IHK)"),
        "farm": org("Agrargenossenschaft Auenland", "Unternehmen"),
        "aa": org("Agentur für Arbeit Elbaue", "Agentur für Arbeit"),
    }
    # the farm is a member of the chamber; the chamber and the agency cooperate
    services.relations.save(RelationData(ids["farm"], ids["ihk"], rel["Mitgliedschaft"]))
    services.relations.save(RelationData(ids["aa"], ids["ihk"], rel["Kooperation"]))
    return ids


def _view(qtbot, services) -> NetworkView:
    view = NetworkView(services, SyncTaskRunner())
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    view.reload()
    return view


def _rows(view) -> dict[str, str]:
    items = (view.details.neighbours.item(i).text() for i in range(view.details.neighbours.count()))
    return dict(text.split("\n", 1) for text in items)


def test_relations_read_from_the_selected_organisation(qtbot, services, net):
    view = _view(qtbot, services)
    view.select_node(net["ihk"])
    coop = next(t for t in services.reference.relation_types() if t.name == "Kooperation")
    assert not coop.directed
    assert _rows(view) == {
        "Agrargenossenschaft Auenland": "hat als Mitglied",
        "Agentur für Arbeit Elbaue": coop.forward_label,
    }
    view.select_node(net["farm"])
    assert _rows(view) == {"IHK Elbaue": "ist Mitglied von"}
    view.select_node(net["aa"])  # the target of the symmetric relation: the same words
    assert _rows(view) == {"IHK Elbaue": coop.forward_label}
    # as the organisation dialog says it
    dialog = {r.other_name: r.label for r in services.relations.for_organisation(net["ihk"])}
    view.select_node(net["ihk"])
    assert _rows(view) == dialog


def test_numbers_with_a_decimal_comma_in_the_network_area(qtbot, services, net, tmp_path):
    import openpyxl

    view = _view(qtbot, services)
    view.select_node(net["ihk"])
    assert view.details.broker.text() == "1,000"  # the only broker between the two others
    notes = view.analysis.notes.toPlainText()
    density = re.search(r"Dichte: (\S+) · Modularität der Gruppen: (\S+)", notes)
    assert density is not None and density.group(1) == "0,6667"
    assert re.fullmatch(r"-?\d+,\d\d", density.group(2))
    # sized by broker role, the drawing has the metrics: its tooltips name them
    view.panel.size_by.setCurrentIndex(view.panel.size_by.findData("betweenness"))
    tips = {s.id: view.canvas.scene.tooltip(s.id) for s in view.canvas.styles}
    assert "Vermittlerrolle: 1,000" in tips[net["ihk"]]
    assert "Vermittlerrolle: 0,000" in tips[net["farm"]]
    view.analysis.save_metrics_to(str(tmp_path / "kennzahlen.xlsx"))
    ws = openpyxl.load_workbook(tmp_path / "kennzahlen.xlsx")["Kennzahlen"]
    header = [c.value for c in ws[1]]
    for name in ("Vermittler", "Nähe", "Eigenvektor"):
        cells = [row[header.index(name)] for row in ws.iter_rows(min_row=2)]
        assert all(isinstance(c.value, float | int) for c in cells), name
        assert {c.number_format for c in cells} == {"0.000"}, name


def test_details_name_the_districts_an_organisation_is_responsible_for(qtbot, services, net):
    regions = {r.name: r.id for r in services.reference.regions()}
    types = {t.name: t.id for t in services.reference.organisation_types()}
    hwk = services.organisations.create(
        OrganisationData(
            name="Handwerkskammer Elbaue",
            type_id=types["Kammer (HWK)"],
            coverage_region_ids=[regions["Harz"], regions["Salzlandkreis"]],
        )
    ).id
    rel = {t.name: t.id for t in services.reference.relation_types()}
    services.relations.save(RelationData(hwk, net["ihk"], rel["Kooperation"]))
    view = _view(qtbot, services)
    view.select_node(hwk)
    assert view.details.facts.isRowVisible(view.details.coverage)
    assert view.details.coverage.text() == "Harz, Salzlandkreis"
    view.select_node(net["farm"])  # no coverage: no row
    assert not view.details.facts.isRowVisible(view.details.coverage)


def test_details_of_the_benchmarks_synthetic_network(qtbot):
    """The state-scale benchmark clicks nodes of ``random_network``: its ties carry
    relations like the database's, so the details list them (no error in the slot)."""
    from wba_desktop.network.synthetic import random_network
    from wba_desktop.views.network.details import DetailsPanel

    g = random_network(60, 150, seed=3)
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    node = max(g.nodes, key=g.degree)
    panel.show_node(g, node, {})
    assert panel.neighbours.count() == g.degree(node)
    assert panel.neighbours.item(0).text().endswith("kooperiert mit")
