"""The network canvas: click selects, double-click opens, drag moves, wheel zooms."""

from __future__ import annotations

from matplotlib.backend_bases import MouseEvent

from wba_desktop.views.network.canvas import NetworkCanvas, NodeStyle


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
    return canvas


def _event(canvas, name, x, y, button=1, dblclick=False, step=0):
    event = MouseEvent(name, canvas, x, y, button=button, dblclick=dblclick, step=step)
    canvas.callbacks.process(name, event)


def test_click_selects_and_background_deselects(qtbot):
    canvas = _canvas(qtbot)
    clicked = []
    canvas.node_clicked.connect(clicked.append)
    x, y = canvas.pixel_of(2)
    _event(canvas, "button_press_event", x, y)
    _event(canvas, "button_release_event", x, y)
    assert clicked == [2] and canvas.selected == 2
    _event(canvas, "button_press_event", 5, 5)
    _event(canvas, "button_release_event", 5, 5)
    assert clicked == [2, -1] and canvas.selected is None


def test_double_click_opens(qtbot):
    canvas = _canvas(qtbot)
    opened = []
    canvas.node_activated.connect(opened.append)
    x, y = canvas.pixel_of(3)
    _event(canvas, "button_press_event", x, y, dblclick=True)
    assert opened == [3]


def test_drag_moves_a_node_and_reports_its_position(qtbot):
    canvas = _canvas(qtbot)
    moved = []
    canvas.node_moved.connect(lambda n, x, y: moved.append((n, x, y)))
    x, y = canvas.pixel_of(2)
    _event(canvas, "button_press_event", x, y)
    _event(canvas, "motion_notify_event", x + 40, y + 30)
    _event(canvas, "button_release_event", x + 40, y + 30)
    assert moved and moved[0][0] == 2
    assert moved[0][1] > 1.0 and moved[0][2] > 0.0  # right and up in data coordinates
    assert canvas.pixel_of(2)[0] > x + 30


def test_wheel_zooms_and_pan_moves_the_view(qtbot):
    canvas = _canvas(qtbot)
    width = canvas.ax.get_xlim()[1] - canvas.ax.get_xlim()[0]
    x, y = canvas.pixel_of(1)
    _event(canvas, "scroll_event", x, y, button="up", step=1)
    assert canvas.ax.get_xlim()[1] - canvas.ax.get_xlim()[0] < width
    before = canvas.ax.get_xlim()
    start = next((px, py) for px in range(300, 600, 20) for py in range(200, 400, 20)
                 if canvas.node_at(px, py) is None)  # fmt: skip
    _event(canvas, "button_press_event", *start)
    _event(canvas, "motion_notify_event", start[0] + 60, start[1])
    _event(canvas, "button_release_event", start[0] + 60, start[1])
    assert canvas.ax.get_xlim()[0] < before[0]  # dragged right: view moved left


def test_labels_do_not_overlap_and_empty_graph_says_so(qtbot):
    canvas = _canvas(qtbot)
    texts = [t.get_text() for t in canvas._labels]
    assert "IHK Magdeburg" in texts
    boxes = [t.get_window_extent(canvas.get_renderer()) for t in canvas._labels]
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    canvas.show_graph([], {}, [], empty_text="Kein Knoten passt zu diesen Filtern.")
    assert canvas.ax.texts[0].get_text() == "Kein Knoten passt zu diesen Filtern."
