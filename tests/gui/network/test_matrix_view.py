"""The "Matrix" mode of the network area: counts from the database, the network's
filters, hover, click, double-click, the unrated list and the picture export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from wba_desktop.network.matrix import INFORM, MANAGE, MONITOR, SATISFY
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.relations import RelationData
from wba_desktop.views.common.tasks import SyncTaskRunner
from wba_desktop.views.network.network_view import NetworkView


@pytest.fixture
def rated(services) -> dict[str, int]:
    types = {t.name: t.id for t in services.reference.organisation_types()}
    regions = {r.name: r.id for r in services.reference.regions()}

    def org(name, kind, influence, interest, stance=""):
        data = OrganisationData(name=name, type_id=types[kind], region_id=regions["Börde"],
                                influence=influence, interest=interest, stance=stance)  # fmt: skip
        return services.organisations.create(data).id

    ids = {
        "ihk": org("IHK Elbaue", "Kammer (IHK)", 5, 4, "Unterstützend"),
        "ihk2": org("IHK Ostfalen", "Kammer (IHK)", 5, 4, "Offen"),  # same values as the IHK
        "hwk": org("HWK Elbaue", "Kammer (HWK)", 4, 1, "Neutral"),
        "wbt": org("Lernwerk Ostfalen", "Weiterbildungsträger", 2, 5, "Offen"),
        "firm": org("Ostfalen Metallbau GmbH", "Unternehmen", 1, 2),
        "shop": org("Brockenbäckerei", "Unternehmen", 3, 3, "Kritisch"),
        "club": org("Heimatverein Brockenland", "Verein / Zivilgesellschaft", None, None),
    }
    rel = {t.name: t.id for t in services.reference.relation_types()}
    services.relations.save(RelationData(ids["firm"], ids["ihk"], rel["Mitgliedschaft"]))
    return ids


def _matrix_mode(qtbot, services):
    view = NetworkView(services, SyncTaskRunner())
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    qtbot.waitExposed(view)
    view.reload()
    bar = view.modes.tabBar()
    assert bar.tabText(1) == "Matrix"
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert view.modes.currentWidget() is view.matrix
    return view


def _expected_counts(services, ids) -> dict[str, int]:
    """The quadrants counted straight from the stored ratings (3 and up is high)."""
    counts = {MANAGE: 0, SATISFY: 0, INFORM: 0, MONITOR: 0}
    for oid in ids:
        org = services.organisations.get(oid).data
        if org.influence is None or org.interest is None:
            continue
        hi_inf, hi_int = org.influence >= 3, org.interest >= 3
        key = {(True, True): MANAGE, (True, False): SATISFY, (False, True): INFORM,
               (False, False): MONITOR}[(hi_inf, hi_int)]  # fmt: skip
        counts[key] += 1
    return counts


def test_quadrant_counts_match_the_database(qtbot, services, rated):
    view = _matrix_mode(qtbot, services)
    matrix = view.matrix.matrix
    assert matrix.counts == _expected_counts(services, rated.values())
    assert matrix.counts == {MANAGE: 3, SATISFY: 1, INFORM: 1, MONITOR: 1}
    assert view.matrix.unrated_button.text().startswith("ohne Einstufung: 1")
    assert "Unterstützend&nbsp;(1)" in view.matrix.legend.text()
    assert "6 von 7 Organisationen" in view.matrix.description.text()
    # the two chambers with equal values are two dots, apart
    a, b = (view.matrix.canvas.pixel_of(rated[k]) for k in ("ihk", "ihk2"))
    assert (a - b).manhattanLength() >= 4


def test_hover_click_and_double_click_on_a_dot(qtbot, services, rated):
    view = _matrix_mode(qtbot, services)
    canvas = view.matrix.canvas
    spot = canvas.pixel_of(rated["ihk"]).toPoint()
    assert canvas.point_at(canvas.pixel_of(rated["ihk"])) == rated["ihk"]
    assert "IHK Elbaue" in canvas.tooltip(rated["ihk"])
    assert "Einfluss 5 · Interesse 4" in canvas.tooltip(rated["ihk"])
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=spot)
    assert canvas.selected == rated["ihk"]
    assert view.details.title.text() == "IHK Elbaue"  # the area's details follow
    opened = []
    view.open_organisation.connect(opened.append)
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=spot)
    assert opened == [rated["ihk"]]
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.rect().topLeft())
    assert canvas.selected is None


def test_the_network_filters_change_the_counts(qtbot, services, rated):
    view = _matrix_mode(qtbot, services)
    view.panel.kinds.check("Unternehmen")
    view.panel.flush()
    m = view.matrix.matrix
    assert {p.id for p in m.points} == {rated["firm"], rated["shop"]}
    assert m.counts == {MANAGE: 1, SATISFY: 0, INFORM: 0, MONITOR: 1}
    assert not m.unrated and not view.matrix.unrated_button.isEnabled()
    view.panel.reset_filters()
    view.panel.flush()
    assert view.matrix.matrix.counts[MANAGE] == 3


def test_a_hidden_matrix_reloads_when_shown(qtbot, services, rated):
    view = _matrix_mode(qtbot, services)
    view.modes.setCurrentIndex(0)
    types = {t.name: t.id for t in services.reference.organisation_types()}
    services.organisations.create(
        OrganisationData(name="Neue Innung", type_id=types["Unternehmen"], influence=1,
                         interest=1)
    )  # fmt: skip
    view.refresh_after_change()
    assert view.matrix.stale
    view.modes.setCurrentIndex(1)
    assert view.matrix.matrix.counts[MONITOR] == 2 and not view.matrix.stale


def test_unrated_list_opens_its_records(qtbot, services, rated):
    view = _matrix_mode(qtbot, services)
    button = view.matrix.unrated_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    listed = view.matrix.unrated_list
    assert listed.isVisible() and listed.count() == 1
    assert listed.item(0).text().startswith("Heimatverein Brockenland")
    opened = []
    view.open_organisation.connect(opened.append)
    listed.itemActivated.emit(listed.item(0))
    assert opened == [rated["club"]]


def test_export_writes_png_and_svg(qtbot, services, rated, tmp_path):
    view = _matrix_mode(qtbot, services)
    view.matrix.export_to(str(tmp_path / "matrix.png"))
    assert (tmp_path / "matrix.png").read_bytes()[:4] == b"\x89PNG"
    view.matrix.export_to(str(tmp_path / "matrix.svg"))
    svg = (tmp_path / "matrix.svg").read_text("utf-8")
    assert "Eng einbinden" in svg and "3 Organisationen" in svg
    assert "Gespeichert" in view.matrix.description.text()
    view.matrix.export_to(str(tmp_path / "matrix.doc"))
    assert not (tmp_path / "matrix.doc").exists()
    assert ".svg" in view.matrix.description.text()
