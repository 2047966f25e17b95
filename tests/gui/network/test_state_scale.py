"""The network area on the small demo: a real click shows the details, groups by
district are 14 bubbles that open, labels never overlap, the legend is complete,
"Umfeld" is cut from the shown network, and the filter panel fits at 1280×800."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from wba_desktop.views.common.tasks import SyncTaskRunner
from wba_desktop.views.network.network_view import NetworkView

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def view(qtbot, services, demo) -> NetworkView:
    view = NetworkView(services, SyncTaskRunner())
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    qtbot.waitExposed(view)
    view.reload()
    view.canvas.grab()  # the first frame: labels placed
    return view


def _pick_free_node(canvas):
    """A node whose centre is not covered by another one (a click hits it)."""
    for node in sorted(canvas.ids, key=lambda n: -canvas.scene.importance[canvas.scene.index[n]]):
        x, y = canvas.pixel_of(node)
        if (
            5 < x < canvas.width() - 5
            and 5 < y < canvas.height() - 5
            and canvas.node_at(x, y) == node
        ):
            return node, QPoint(round(x), round(y))
    raise AssertionError("no clickable node")


def test_a_click_on_a_node_shows_its_details(qtbot, view):
    canvas = view.canvas
    node, pos = _pick_free_node(canvas)
    qtbot.mouseClick(canvas, LEFT, pos=pos)
    assert canvas.selected == node
    assert view.details.title.text() == view.result.graph.nodes[node]["name"]
    qtbot.mouseClick(canvas, LEFT, pos=QPoint(2, 2))
    assert canvas.selected is None


def test_grouping_by_district_shows_14_bubbles_and_a_double_click_opens_one(qtbot, view):
    panel, canvas = view.panel, view.canvas
    panel.group_by.setCurrentIndex(panel.group_by.findData("district"))
    canvas.grab()
    districts = {d for _n, d in view.result.graph.nodes(data="district")}
    assert len(districts) == 14 and len(canvas.groups) == 14
    bubbles = [p for p in canvas.labels.placed if isinstance(p.key, tuple)]
    assert len(bubbles) == 14
    assert all("(" in b.text for b in bubbles)  # "Magdeburg (41)": name and count
    assert canvas.node_at(*canvas.pixel_of(canvas.ids[0])) is None or canvas._parts() is None
    name = max(
        canvas.groups.names, key=lambda n: canvas.groups.counts[canvas.groups.names.index(n)]
    )
    x, y = canvas.group_pixel(name)
    assert canvas.group_at(x, y) == canvas.groups.names.index(name)
    qtbot.mouseDClick(canvas, LEFT, pos=QPoint(round(x), round(y)))
    canvas.grab()
    assert len([p for p in canvas.labels.placed if isinstance(p.key, tuple)]) == 13
    members = [n for n in canvas.ids if view.result.graph.nodes[n]["district"] == name]
    parts = canvas._parts()
    assert all(parts.node_mask[canvas.scene.index[n]] for n in members)
    # "keine" draws every organisation again
    panel.group_by.setCurrentIndex(panel.group_by.findData(""))
    assert canvas.groups is None and canvas._parts() is None


def test_labels_never_overlap_and_stay_inside(view):
    canvas = view.canvas
    hub = max(canvas.ids, key=view.result.graph.degree)
    for zoom in (1.0, 2.5, 6.0):
        canvas.reset_view()
        x, y = canvas.pixel_of(hub)
        canvas.zoom_at(x, y, zoom)
        canvas.view.pan_pixels(canvas.width() * 0.45, 0)  # the hub near the right edge
        canvas.grab()
        placed = canvas.labels.placed
        assert placed
        for i, a in enumerate(placed):
            assert a.left >= 0 and a.right <= canvas.width()
            assert a.top >= 0 and a.bottom <= canvas.height()
            assert not any(a.overlaps(b) for b in placed[i + 1 :]), (a, placed)


def test_the_legend_lists_every_kind_with_its_count(view):
    kinds = {}
    for _n, kind in view.result.graph.nodes(data="kind"):
        kinds[kind] = kinds.get(kind, 0) + 1
    entries = view.legend.entries()
    assert len(kinds) == 17 and len(entries) == 17
    texts = {t for t, _c in entries}
    for kind, count in kinds.items():
        assert f"{kind} ({count})" in texts or f"{kind} ({count:,})".replace(",", ".") in texts
    assert not view.canvas.geometry().intersects(view.legend.geometry())  # outside the drawing
    view.legend_button.click()
    assert view.legend.isHidden()


def test_umfeld_is_cut_from_the_network_shown(view, services, monkeypatch):
    whole = view.result.graph
    focus = max(whole, key=whole.degree)
    built = []
    monkeypatch.setattr(view.network, "picture", lambda *a, **k: built.append(1))
    view.panel.focus.set_current(focus, whole.nodes[focus]["name"])
    view.panel.depth.setValue(2)
    view.panel.flush()
    assert not built  # no rebuild from the database
    expected = services.network.graph(replace(view.result.options, focus_id=focus, depth=2))
    assert set(view.result.graph) == set(expected.graph)
    assert set(map(frozenset, view.result.graph.edges())) == set(
        map(frozenset, expected.graph.edges())
    )
    assert "Umfeld von" in view.result.description


def test_the_filter_panel_fits_at_1280_by_800(qtbot, services, demo):
    window = QMainWindow()
    qtbot.addWidget(window)
    view = NetworkView(services, SyncTaskRunner())
    window.setCentralWidget(view)
    window.resize(1280 - 190, 800 - 90)  # the main window's sidebar and tool bar
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    panel = view.panel
    inner = panel.widget()
    assert inner.width() <= panel.viewport().width()
    for child in (panel.colour_by, panel.group_by, panel.date_slider, panel.depth):
        right = child.mapTo(inner, child.rect().topRight()).x()
        assert right <= panel.viewport().width(), child
