"""The „Karte“ area through the main window: open it, colour by gaps, click a
district, see its partners; the network's „Karte“ button; the attribution."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.views.common.tasks import SyncTaskRunner
from wba_desktop.views.map.map_view import MapView

HARZ, MAGDEBURG = "15085", "15003"


@pytest.fixture
def orgs(services):
    types = {t.name: t.id for t in services.reference.organisation_types()}
    regions = {r.ags: r.id for r in services.reference.regions()}

    def org(name, kind, ags):
        data = OrganisationData(name=name, type_id=types[kind], region_id=regions[ags])
        return services.organisations.create(data).id

    return {
        "kreis": org("Landkreis Harzfeld", "Kommune / Landkreis", HARZ),
        "firm": org("Harzer Feinmechanik GmbH", "Unternehmen", HARZ),
        "ihk": org("IHK Elbtal", "Kammer (IHK)", MAGDEBURG),
    }


def _map(window, qtbot) -> MapView:
    window.runner = SyncTaskRunner()
    window.show_area("map")
    view = window.map.widget
    assert isinstance(view, MapView)
    view._runner = window.runner
    qtbot.waitUntil(lambda: view.overview is not None, timeout=10_000)
    qtbot.waitUntil(view.canvas.isVisible)  # a lazily built area is shown by the event loop
    return view


def test_gaps_colouring_and_a_click_on_a_district(window, qtbot, orgs, services):
    window.resize(1280, 800)
    view = _map(window, qtbot)
    assert window.sidebar.currentItem().text() == "Karte"
    canvas = view.canvas
    canvas.repaint()  # lays out the districts and their names
    assert len(canvas.paths) == 14
    assert canvas.colour_of(HARZ) != canvas.colour_of("15081")  # 2 partners vs none
    regions = {r.ags: r.name for r in services.reference.regions()}
    assert {ags: " ".join(t[:-1]).replace("- ", "-") for ags, t in canvas.label_texts.items()} == (
        regions
    )
    assert canvas.label_texts[HARZ][-1] == "2"
    boxes = list(canvas.label_boxes.values())
    for i, a in enumerate(boxes):  # names never overlap, never leave the map, skip the legend
        assert canvas.rect().toRectF().contains(a)
        assert not a.intersects(canvas.legend_rect)
        assert not any(a.intersects(b) for b in boxes[i + 1 :])

    view.measure.setCurrentIndex(view.measure.findText("Lücken"))
    assert canvas.measure == "gaps"
    canvas.repaint()
    gaps = view.overview.figures(HARZ).value("gaps")
    assert canvas.colour_of(HARZ) == view.overview.classification("gaps").colour_of(gaps)

    point = canvas.label_points[HARZ].toPoint()
    qtbot.mouseMove(canvas, point)
    qtbot.waitUntil(lambda: canvas.hovered == HARZ)
    hover = canvas._tooltip(canvas.label_points[HARZ], HARZ)
    assert "<b>Harz</b>" in hover and "Partner: 2" in hover and "Lücken:" in hover
    assert canvas.district_at(canvas.label_points[HARZ]) == HARZ
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: view.panel.ags == HARZ, timeout=5000)
    assert canvas.selected == HARZ
    assert view.panel.title.text() == "Harz"
    names = [view.panel.partners.item(i).text() for i in range(view.panel.partners.count())]
    assert names == ["Harzer Feinmechanik GmbH (Unternehmen)",
                     "Landkreis Harzfeld (Kommune / Landkreis)"]  # fmt: skip
    gap_lines = [view.panel.gaps.item(i).text() for i in range(view.panel.gaps.count())]
    assert any(line.startswith("Kammer") for line in gap_lines)

    # a double click on a partner opens its record
    opened = []
    view.open_organisation.disconnect()
    view.open_organisation.connect(opened.append)
    item = view.panel.partners.item(1)
    rect = view.panel.partners.visualItemRect(item)
    assert view.panel.tabs.currentWidget() is view.panel.partners
    viewport = view.panel.partners.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # QTest needs it
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [orgs["kreis"]]


def test_the_attribution_is_on_the_map_and_in_the_about_box(window, qtbot, orgs):
    view = _map(window, qtbot)
    label = view.canvas.attribution
    assert label.isVisible() and label.text() == "© GeoBasis-DE / BKG (2021)"
    assert view.canvas.rect().contains(label.geometry())
    window.show_about()
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible())  # fmt: skip
    assert "© GeoBasis-DE / BKG (2021)" in box.informativeText() + box.text()
    box.accept()


def test_export_from_the_area(window, qtbot, orgs, tmp_path):
    view = _map(window, qtbot)
    view.set_measure("verbuende")
    path = tmp_path / "karte.svg"
    view.export_to(str(path))
    svg = path.read_text(encoding="utf-8")
    assert svg.count('id="district-') == 14 and "Aktive Verbünde" in svg
    assert "Gespeichert" in view.description.text()


def test_kind_filter_narrows_the_dots(window, qtbot, orgs):
    view = _map(window, qtbot)
    assert {p.id for p in view.overview.points} == set(orgs.values())
    view.kinds.check("Unternehmen")
    qtbot.waitUntil(lambda: {p.id for p in view.overview.points} == {orgs["firm"]})
    assert view.overview.figures(MAGDEBURG).partners == 0


def test_the_network_hands_its_filters_to_the_map(window, qtbot, orgs, services):
    window.runner = SyncTaskRunner()
    window.show_area("network")
    network = window.network.widget
    network._runner = window.runner
    network.panel.kinds.check("Kammer (IHK)")
    network.panel.flush()
    qtbot.mouseClick(network.map_button, Qt.MouseButton.LeftButton)
    assert window.current_view() is window.map
    view = window.map.widget
    qtbot.waitUntil(lambda: view.overview is not None, timeout=10_000)
    kammer = next(t.id for t in services.reference.organisation_types() if t.name == "Kammer (IHK)")
    assert view.kinds.checked() == (kammer,)
    assert {p.id for p in view.overview.points} == {orgs["ihk"]}


def test_district_filter_from_the_network_is_named_and_can_be_reset(window, qtbot, orgs):
    window.runner = SyncTaskRunner()
    window.show_area("network")
    network = window.network.widget
    network.panel.districts.check("Harz")
    network.panel.flush()
    qtbot.mouseClick(network.map_button, Qt.MouseButton.LeftButton)
    view = window.map.widget
    qtbot.waitUntil(lambda: view.overview is not None and view.filter_note.isVisible())
    assert view.filter_note.text() == "Aus dem Netzwerk übernommen: Landkreise."
    assert view.overview.figures(MAGDEBURG).value("partners") is None  # drawn grey
    assert view.overview.figures(HARZ).value("partners") == 2
    qtbot.mouseClick(view.reset_button, Qt.MouseButton.LeftButton)
    assert not view.filter_note.isVisible()
    assert view.overview.figures(MAGDEBURG).value("partners") == 1
