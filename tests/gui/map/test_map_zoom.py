"""Zooming and panning the map: the wheel zooms about the pointer, a drag pans
without selecting, 0 and „Ganze Karte“ show the whole state again; names stay inside
the map and only visible districts are named."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.views.map.map_canvas import MAX_ZOOM, MapCanvas

HARZ = "15085"


@pytest.fixture
def canvas(services, qtbot):
    types = {t.name: t.id for t in services.reference.organisation_types()}
    regions = {r.ags: r.id for r in services.reference.regions()}
    services.organisations.create(
        OrganisationData(name="Harzer Feinmechanik GmbH", type_id=types["Unternehmen"],
                         region_id=regions[HARZ])
    )  # fmt: skip
    widget = MapCanvas()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show_map(services.map.state_map, services.map.overview(), "partners")
    widget.show()
    qtbot.waitExposed(widget)
    widget.repaint()
    return widget


def _wheel(widget, pos: QPointF, steps: int) -> None:
    event = QWheelEvent(
        pos, widget.mapToGlobal(pos), QPoint(), QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)
    widget.repaint()


def _centre(widget, ags: str) -> QPointF:
    return widget.paths[ags].boundingRect().center()


def test_the_wheel_zooms_about_the_pointer_and_zero_resets(canvas):
    before = canvas.paths[HARZ].boundingRect()
    point = _centre(canvas, HARZ)
    assert canvas.district_at(point) == HARZ
    _wheel(canvas, point, 3)
    assert canvas.zoom == pytest.approx(1.25**3)
    after = canvas.paths[HARZ].boundingRect()
    assert after.width() == pytest.approx(before.width() * 1.25**3, rel=1e-3)
    assert canvas.district_at(point) == HARZ  # the district stays under the pointer
    assert canvas.reset_button.isVisible()
    area = canvas.map_rect()
    # only districts whose name point is visible are named, all inside the map
    assert HARZ in canvas.label_boxes
    assert len(canvas.label_boxes) < 14
    for box in canvas.label_boxes.values():
        assert area.adjusted(-1, -1, 1, 1).contains(box)
    for _ in range(20):
        _wheel(canvas, point, 3)
    assert canvas.zoom == MAX_ZOOM
    canvas.setFocus()
    QApplication.sendEvent(canvas, _key(Qt.Key.Key_0))
    canvas.repaint()
    assert canvas.zoom == 1.0
    assert not canvas.reset_button.isVisible()
    assert len(canvas.label_boxes) == 14
    assert canvas.paths[HARZ].boundingRect() == before


def _key(key):
    return QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)


def test_a_drag_pans_without_selecting_and_a_click_still_selects(canvas, qtbot):
    point = _centre(canvas, HARZ)
    _wheel(canvas, point, 4)
    start = canvas.paths[HARZ].boundingRect().center()
    clicked = []
    canvas.district_clicked.connect(clicked.append)
    p = point.toPoint()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=p)
    qtbot.mouseMove(canvas, p + QPoint(30, 0))
    qtbot.mouseMove(canvas, p + QPoint(60, 20))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=p + QPoint(60, 20))
    canvas.repaint()
    moved = canvas.paths[HARZ].boundingRect().center() - start
    assert moved.x() == pytest.approx(60, abs=1) and moved.y() == pytest.approx(20, abs=1)
    assert clicked == []  # a drag is no click
    here = _centre(canvas, HARZ).toPoint()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=here)
    assert clicked == [HARZ] and canvas.selected == HARZ


def test_the_state_cannot_be_dragged_away_nor_zoomed_out_past_the_whole(canvas, qtbot):
    _wheel(canvas, _centre(canvas, HARZ), -3)
    assert canvas.zoom == 1.0 and not canvas.reset_button.isVisible()
    canvas.zoom_at(4.0)
    canvas.pan_by(5000, 5000)
    canvas.repaint()
    state = canvas.paths[HARZ].boundingRect()
    for path in canvas.paths.values():
        state = state.united(path.boundingRect())
    area = canvas.map_rect()
    assert state.contains(area.adjusted(1, 1, -1, -1))  # still covers the map's area
    canvas.reset_button.click()
    assert canvas.zoom == 1.0
