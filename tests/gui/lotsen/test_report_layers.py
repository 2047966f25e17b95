"""The Lotsen layers in the GUI: the map's mode „Anfragen“ (colours, a district's
inquiries by status) and the network's check box „Vermittlungen“ (weighted ties in
their own colour, in the legend, remembered by saved views). Screenshots at
1280×800 go to ``WBA_SCREENSHOTS`` when that names a folder."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from tests.integration.lotsen.data import build
from wba_desktop.network.referral_ties import REFERRAL_COLOUR
from wba_desktop.views.common.tasks import SyncTaskRunner
from wba_desktop.views.map.map_view import MapView
from wba_desktop.views.network.network_view import NetworkView

MAGDEBURG, HARZ = "15003", "15085"


def _shot(widget, name: str) -> None:
    folder = os.environ.get("WBA_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / name))


def _map(window, qtbot) -> MapView:
    window.runner = SyncTaskRunner()
    window.show_area("map")
    view = window.map.widget
    view._runner = window.runner
    qtbot.waitUntil(lambda: view.overview is not None, timeout=20_000)
    qtbot.waitUntil(view.canvas.isVisible)
    return view


def _counts(view) -> dict[str, int]:
    return {ags: view.overview.figures(ags).inquiries for ags in (MAGDEBURG, HARZ)}


def test_map_mode_anfragen(window, qtbot, uow_factory):
    build(uow_factory)  # received Dec 2025 – Mar 2026: all within the last 12 months
    window.resize(1280, 800)
    view = _map(window, qtbot)
    view.measure.setCurrentIndex(view.measure.findText("Anfragen"))
    canvas = view.canvas
    assert canvas.measure == "anfragen"
    canvas.repaint()
    assert len(canvas.paths) == 14
    assert _counts(view) == {MAGDEBURG: 3, HARZ: 2}
    classes = view.overview.classification("anfragen")
    assert canvas.colour_of(MAGDEBURG) == classes.colour_of(3)
    assert canvas.colour_of(MAGDEBURG) != canvas.colour_of("15090")  # Stendal: none
    assert canvas.label_texts[MAGDEBURG][-1] == "3"
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.label_points[HARZ].toPoint())
    qtbot.waitUntil(lambda: view.panel.ags == HARZ, timeout=5000)
    panel = view.panel
    lines = [panel.inquiries.item(i).text() for i in range(panel.inquiries.count())]
    assert lines[:5] == ["neu: 1", "in Klärung: 0", "vermittelt: 1", "abgeschlossen: 0",
                         "abgebrochen: 0"]  # fmt: skip
    assert panel.tabs.itemText(4) == "Anfragen (2)"
    panel.tabs.setCurrentIndex(4)
    _shot(window, "map_anfragen.png")


def test_network_layer_vermittlungen(qtbot, services, uow_factory):
    data = build(uow_factory)
    services.agency.set_own_organisation(data.agency)
    view = NetworkView(services, SyncTaskRunner())
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.reload()
    panel = view.panel
    assert not panel.include_referrals.isChecked()  # off by default
    assert view.result.graph.number_of_edges() == 0
    panel.ensureWidgetVisible(panel.include_referrals)  # the panel scrolls
    qtbot.waitUntil(panel.include_referrals.isVisible)
    box = panel.include_referrals
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    panel.flush()
    qtbot.waitUntil(lambda: view.result.graph.number_of_edges() == 2, timeout=10_000)
    g = view.result.graph
    assert g.edges[data.agency, data.partners["P1"]]["weight"] == 3.0
    qtbot.waitUntil(lambda: view.canvas.scene.accent is not None, timeout=10_000)
    assert int(view.canvas.scene.accent.sum()) == 2
    legend = dict(view.canvas.legend_entries)
    assert legend.get("Vermittlungen (2 Partner)") == REFERRAL_COLOUR
    state = panel.state_dict()
    assert state["include_referrals"] is True
    panel.reset_filters()
    assert not panel.include_referrals.isChecked()
    panel.set_state(state)  # a saved view brings it back
    assert panel.include_referrals.isChecked()
    _shot(view, "network_vermittlungen.png")


def test_screens_on_the_demo(window, qtbot, services, demo):
    """The two layers on the small demo (for the screenshots; numbers come from it)."""
    window.resize(1280, 800)
    view = _map(window, qtbot)
    view.measure.setCurrentIndex(view.measure.findText("Anfragen"))
    view.canvas.repaint()
    assert sum(d.inquiries for d in view.overview.districts) > 200
    qtbot.mouseClick(
        view.canvas, Qt.MouseButton.LeftButton, pos=view.canvas.label_points[MAGDEBURG].toPoint()
    )
    qtbot.waitUntil(lambda: view.panel.ags == MAGDEBURG, timeout=5000)
    view.panel.tabs.setCurrentIndex(4)
    _shot(window, "demo_map_anfragen.png")
    window.show_area("network")
    net = window.network.widget
    net._runner = window.runner
    qtbot.waitUntil(lambda: getattr(net, "result", None) is not None, timeout=30_000)
    net.panel.include_referrals.setChecked(True)
    net.panel.flush()
    qtbot.waitUntil(
        lambda: net.canvas.scene.accent is not None and net.canvas.scene.accent.any(),
        timeout=30_000,
    )
    qtbot.wait(200)
    _shot(window, "demo_network_vermittlungen.png")
