"""The network canvas: click selects, double-click opens, drag moves or pans, the wheel
zooms around the cursor, groups open, labels never overlap and stay inside."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from wba_desktop.views.network.canvas import NetworkCanvas, NodeStyle

LEFT = Qt.MouseButton.LeftButton


def _canvas(qtbot) -> NetworkCanvas:
    canvas = NetworkCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(600, 400)
    canvas.show()
    qtbot.waitExposed(canvas)
    styles = [
        NodeStyle(1, "IHK Magdeburg", "#1f77b4", 300, "IHK Magdeburg\nKammer (IHK)", 3),
        NodeStyle(2, "Landkreis Börde", "#2ca02c", 120, "Landkreis Börde", 1),
        NodeStyle(3, "Bildungswerk", "#ff7f0e", 120, "Bildungswerk", 1),
    ]
    positions = {1: (0.0, 0.0), 2: (1.0, 0.0), 3: (0.0, 1.0)}
    canvas.show_graph(styles, positions, [(1, 2, 2.0), (1, 3, 1.0)], legend=[("Kammer", "#1f77b4")])
    canvas.grab()  # paints now (offscreen widgets may not be mapped)
    return canvas


def _mouse(canvas, kind, x, y, buttons=LEFT, button=LEFT) -> None:
    types = {"press": QEvent.Type.MouseButtonPress, "move": QEvent.Type.MouseMove,
             "release": QEvent.Type.MouseButtonRelease,
             "double": QEvent.Type.MouseButtonDblClick}  # fmt: skip
    pos = QPointF(x, y)
    held = Qt.MouseButton.NoButton if kind == "release" else buttons
    pressed = Qt.MouseButton.NoButton if kind == "move" else button
    event = QMouseEvent(types[kind], pos, canvas.mapToGlobal(pos), pressed, held,
                        Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(canvas, event)


def _drag(canvas, start, end) -> None:
    _mouse(canvas, "press", *start)
    steps = 5
    for k in range(1, steps + 1):
        t = k / steps
        _mouse(
            canvas, "move", start[0] + (end[0] - start[0]) * t, start[1] + (end[1] - start[1]) * t
        )
    _mouse(canvas, "release", *end)


def _wheel(canvas, x, y, notches: int) -> None:
    pos = QPointF(x, y)
    event = QWheelEvent(pos, canvas.mapToGlobal(pos), QPoint(), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
    QApplication.sendEvent(canvas, event)


def test_click_selects_and_background_deselects(qtbot):
    canvas = _canvas(qtbot)
    clicked = []
    canvas.node_clicked.connect(clicked.append)
    qtbot.mouseClick(canvas, LEFT, pos=QPoint(*map(round, canvas.pixel_of(2))))
    assert clicked == [2] and canvas.selected == 2
    qtbot.mouseClick(canvas, LEFT, pos=QPoint(5, 5))
    assert clicked == [2, -1] and canvas.selected is None


def test_double_click_opens(qtbot):
    canvas = _canvas(qtbot)
    opened = []
    canvas.node_activated.connect(opened.append)
    qtbot.mouseDClick(canvas, LEFT, pos=QPoint(*map(round, canvas.pixel_of(3))))
    assert opened == [3]


def test_drag_moves_a_node_and_reports_its_position(qtbot):
    canvas = _canvas(qtbot)
    moved = []
    canvas.node_moved.connect(lambda n, x, y: moved.append((n, x, y)))
    x, y = canvas.pixel_of(2)
    before = canvas.view_rect()
    _drag(canvas, (x, y), (x + 40, y - 30))
    assert moved and moved[0][0] == 2
    assert moved[0][1] > 1.0 and moved[0][2] > 0.0  # right and up in layout coordinates
    assert canvas.pixel_of(2) == pytest.approx((x + 40, y - 30), abs=0.5)
    assert canvas.view_rect() == before  # a node drag does not pan


def test_wheel_zooms_around_the_cursor(qtbot):
    canvas = _canvas(qtbot)
    x0, y0, x1, y1 = canvas.view_rect()
    x, y = canvas.pixel_of(1)
    _wheel(canvas, x, y, 1)
    z0, w0, z1, w1 = canvas.view_rect()
    assert (z1 - z0) == pytest.approx((x1 - x0) / 1.25)
    assert canvas.pixel_of(1) == pytest.approx((x, y))  # the point under the cursor stays
    _wheel(canvas, x, y, -2)
    assert canvas.view_rect()[2] - canvas.view_rect()[0] > x1 - x0


def test_dragging_the_background_pans(qtbot):
    canvas = _canvas(qtbot)
    before = canvas.view_rect()
    start = next((px, py) for px in range(300, 600, 20) for py in range(200, 400, 20)
                 if canvas.node_at(px, py) is None)  # fmt: skip
    clicked = []
    canvas.node_clicked.connect(clicked.append)
    _drag(canvas, start, (start[0] + 60, start[1]))
    after = canvas.view_rect()
    assert after[0] < before[0] and after[2] < before[2]  # dragged right: view moved left
    assert after[1] == pytest.approx(before[1])
    assert not clicked  # a drag is not a click


def test_view_rect_round_trip(qtbot):
    canvas = _canvas(qtbot)
    canvas.set_view_rect((0.2, 0.1, 0.6, 0.5))
    x0, y0, x1, y1 = canvas.view_rect()
    assert x0 <= 0.2 + 1e-9 and y0 <= 0.1 + 1e-9 and x1 >= 0.6 - 1e-9 and y1 >= 0.5 - 1e-9
    assert min(x1 - x0, y1 - y0) == pytest.approx(0.4)  # the area fills the shorter side
    canvas.reset_view()
    fx0, fy0, fx1, fy1 = canvas.view_rect()
    assert fx0 < 0.0 and fx1 > 1.0 and fy0 < 0.0 and fy1 > 1.0  # everything fits again


def test_labels_do_not_overlap_and_empty_graph_says_so(qtbot):
    canvas = _canvas(qtbot)
    texts = [p.text for p in canvas.labels.placed]
    assert "IHK Magdeburg" in texts
    canvas.show_graph([], {}, [], empty_text="Kein Knoten passt zu diesen Filtern.")
    canvas.grab()  # paints now (offscreen widgets may not be mapped)
    assert canvas.empty_text == "Kein Knoten passt zu diesen Filtern." and not canvas.ids


def _crowd(qtbot, n=400):
    rng = np.random.default_rng(3)
    xy = rng.random((n, 2))
    styles = [NodeStyle(i, f"Organisation mit langem Namen {i}", "#1f77b4", 30 + i % 200,
                        f"Nr. {i}", float(i)) for i in range(n)]  # fmt: skip
    canvas = NetworkCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(500, 350)
    canvas.show()
    qtbot.waitExposed(canvas)
    edges = [(i, (i * 7 + 1) % n, 1.0) for i in range(n)]
    canvas.show_graph(styles, {i: tuple(p) for i, p in enumerate(xy)}, edges)
    return canvas


def test_crowded_labels_never_overlap_nor_leave_the_canvas(qtbot):
    canvas = _crowd(qtbot)
    canvas.label_count = 60
    for notches in (0, 2, 3):
        _wheel(canvas, 480, 20, notches)  # zoom towards the corner: nodes at the edge
        canvas.grab()  # paints now (offscreen widgets may not be mapped)
        placed = canvas.labels.placed
        assert len(placed) >= 5
        for i, a in enumerate(placed):
            assert a.left >= 0 and a.right <= canvas.width()
            assert a.top >= 0 and a.bottom <= canvas.height()
            assert not any(a.overlaps(b) for b in placed[i + 1 :])
        # the most important visible node comes first
        shown = [canvas.scene.index[p.key] for p in placed]
        assert canvas.scene.importance[shown[0]] == max(canvas.scene.importance[shown])


def test_groups_are_bubbles_until_opened(qtbot):
    canvas = _crowd(qtbot, 300)
    keys = [f"Kreis {i % 5}" for i in range(300)]
    canvas.set_grouping((keys, {k: "#9467bd" for k in set(keys)}))
    canvas.grab()  # paints now (offscreen widgets may not be mapped)
    assert canvas.groups is not None and len(canvas.groups) == 5
    assert canvas.node_at(*canvas.pixel_of(0)) is None  # members are hidden in bubbles
    bubbles = [p.text for p in canvas.labels.placed if isinstance(p.key, tuple)]
    assert sorted(bubbles) == [f"Kreis {i} (60)" for i in range(5)]
    opened = []
    canvas.group_opened.connect(opened.append)
    x, y = canvas.group_pixel("Kreis 2")
    qtbot.mouseDClick(canvas, LEFT, pos=QPoint(round(x), round(y)))
    assert opened == ["Kreis 2"]
    member = keys.index("Kreis 2")
    parts = canvas._parts()
    assert parts.node_mask[member] and not parts.node_mask[keys.index("Kreis 1")]
    assert canvas.node_at(*canvas.pixel_of(member)) is not None  # its members can be clicked
    canvas.grab()  # paints now (offscreen widgets may not be mapped)
    assert len([p for p in canvas.labels.placed if isinstance(p.key, tuple)]) == 4
    # zoomed in far enough, every group is open
    x, y = canvas.width() / 2, canvas.height() / 2
    _wheel(canvas, x, y, 6)
    assert canvas._parts() is None
