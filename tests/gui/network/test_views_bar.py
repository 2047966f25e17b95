"""„Ansichten“ in the network area: save a view with a filter and a zoom, change both,
restore by one click; overwrite only after asking; rename, delete; another program's
view appears after a refresh; positions are written in the background."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from tests.gui.conftest import answer
from tests.gui.network.test_view import _view, net  # noqa: F401  (fixture)
from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.network.positions import DatabasePositionStore
from wba_desktop.services.bundle import Services


def _name_dialog() -> QInputDialog | None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QInputDialog) and w.isVisible():
            return w
    return None


def _enter_name(qtbot, text: str) -> None:
    qtbot.waitUntil(lambda: _name_dialog() is not None, timeout=2000)
    dialog = _name_dialog()
    edit = dialog.findChild(QLineEdit)
    edit.selectAll()  # typed over the proposed name
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def _click_item(qtbot, combo, text: str) -> None:
    """One click on the entry ``text`` of the open combo box list."""
    combo.showPopup()
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    row = combo.findText(text)
    assert row >= 0, text
    rect = popup.visualRect(popup.model().index(row, 0))
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_save_change_and_restore_a_view_by_one_click(qtbot, services, net):  # noqa: F811
    view = _view(qtbot, services)
    bar, panel, canvas = view.views_bar, view.panel, view.canvas
    panel.kinds.check("Kammer (IHK)")
    panel.kinds.check("Unternehmen")
    panel.flush()
    assert set(view.result.graph) == {net["ihk"], net["firm"]}
    canvas.set_view_rect((-0.5, -0.25, 0.75, 1.0))
    saved_rect = canvas.view_rect()
    saved_state = panel.state_dict()

    bar.save_action.trigger()
    _enter_name(qtbot, "Kammern und Betriebe")
    assert bar.names() == ["Kammern und Betriebe"]
    assert bar.combo.currentText() == "Kammern und Betriebe"
    stored = services.saved_views.list()[0]
    assert stored.panel["kinds"] == saved_state["kinds"] and stored.view_rect == saved_rect

    panel.reset_filters()  # change the filter …
    panel.flush()
    canvas.reset_view()  # … and the zoom
    assert len(view.result.graph) == 4 and canvas.view_rect() != pytest.approx(saved_rect)
    bar.combo.setCurrentIndex(0)

    _click_item(qtbot, bar.combo, "Kammern und Betriebe")
    qtbot.waitUntil(lambda: set(view.result.graph) == {net["ihk"], net["firm"]}, timeout=3000)
    assert panel.state_dict() == saved_state
    assert canvas.view_rect() == pytest.approx(saved_rect)


def test_overwrite_asks_and_rename_and_delete(qtbot, services, net):  # noqa: F811
    view = _view(qtbot, services)
    bar = view.views_bar
    bar.save_as("Alles")
    view.panel.include_inactive.setChecked(True)
    bar.save_action.trigger()
    _enter_name(qtbot, "Alles")
    text = answer(qtbot, "Abbrechen")
    assert "„Alles“ gibt es schon" in text
    assert services.saved_views.list()[0].panel["include_inactive"] is False
    bar.save_as("Alles")
    answer(qtbot, "Überschreiben")
    assert services.saved_views.list()[0].panel["include_inactive"] is True

    bar.rename_action.trigger()
    _enter_name(qtbot, "Alles mit Inaktiven")
    assert [v.name for v in services.saved_views.list()] == ["Alles mit Inaktiven"]
    qtbot.waitUntil(lambda: bar.names() == ["Alles mit Inaktiven"], timeout=2000)

    bar.combo.setCurrentIndex(bar.combo.findText("Alles mit Inaktiven"))
    bar.delete_action.trigger()
    assert "für alle löschen" in answer(qtbot, "Löschen")
    assert services.saved_views.list() == []
    qtbot.waitUntil(lambda: bar.names() == [], timeout=2000)


def test_another_programs_view_appears_after_a_refresh(qtbot, window, engine):
    window.show_area("network")
    view = window.network.widget
    other = Services.create(UnitOfWorkFactory(engine))  # a colleague on the same database
    other.saved_views.save("Von Kollegin", {"panel": {"depth": 2}})
    window.refresh()  # F5 (the change notices deliver the same to the bus)
    qtbot.waitUntil(lambda: "Von Kollegin" in view.views_bar.names(), timeout=5000)


def test_positions_are_stored_in_the_background_and_pinned_by_dragging(
    qtbot,
    services,
    net,  # noqa: F811
):
    view = _view(qtbot, services)  # the synchronous runner: "background" runs at once
    stored = DatabasePositionStore(services.uow).load()
    assert set(stored) == set(net.values()) and not any(p.pinned for p in stored.values())
    view.canvas.node_moved.emit(net["aa"], 4.0, -2.0)
    assert DatabasePositionStore(services.uow).load()[net["aa"]] == (4.0, -2.0, True)
    view.reload(relayout=True)  # „Neu anordnen“ keeps the hand-placed one
    assert view.positions[net["aa"]] == (4.0, -2.0)
    view.views_bar.release_action.trigger()  # … until every position is released
    assert view.positions[net["aa"]] != pytest.approx((4.0, -2.0), abs=0.5)
    assert not DatabasePositionStore(services.uow).load()[net["aa"]].pinned


def test_the_panel_state_tolerates_unknown_and_missing_keys(qtbot, services, net):  # noqa: F811
    view = _view(qtbot, services)
    panel = view.panel
    kammer = next(t.id for t in services.reference.organisation_types() if t.name == "Kammer (IHK)")
    relayouts = []
    panel.relayout_requested.connect(lambda: relayouts.append(1))
    panel.set_state(
        {
            "kinds": [kammer],
            "as_of": "2024-06-01",
            "focus": net["ihk"],
            "focus_label": "IHK Magdeburg",
            "depth": 2,
            "colour_by": "district",
            "layout": "kind",
            "grouping": "wba_region",  # from a newer program: this panel has no grouping yet
            "zauberei": True,
        }
    )
    state = panel.state()
    assert state.kinds == (kammer,) and state.focus == net["ihk"] and state.depth == 2
    assert state.as_of == date(2024, 6, 1) and panel.date_label.text() == "01.06.2024"
    assert state.colour_by == "district" and state.layout == "kind"
    assert relayouts == []  # restoring is no „Neu anordnen“
    panel.flush()
    assert set(view.result.graph) == {net["ihk"]}  # the chamber only, in its surroundings
    panel.set_state({"colour_by": "unbekannt"})  # everything else missing: the defaults
    assert panel.state_dict() == {**_defaults(panel), "colour_by": "kind"}
    assert panel.state().focus is None and not panel.use_date.isChecked()


def _defaults(panel) -> dict:
    panel.reset_filters()
    state = panel.state_dict()
    return {**state, "colour_by": "kind", "size_by": "degree", "layout": "force", "depth": 1}
