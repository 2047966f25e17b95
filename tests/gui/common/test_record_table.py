"""The shared helpers of the record tabs: table setup, Del key, confirm, open_dialog."""

from __future__ import annotations

import gc

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QMessageBox, QTableView

from tests.gui.conftest import answer, message_box
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.record_table import (
    confirm,
    has_saved,
    on_delete_key,
    open_dialog,
    setup_table,
)

COLUMNS = (Column("a", "A", 80), Column("b", "B", 140))


def _table(qtbot) -> QTableView:
    table = QTableView()
    qtbot.addWidget(table)
    model = QStringListModel(["eins", "zwei"], table)
    table.setModel(model)
    return table


def test_setup_table(qtbot):
    table = setup_table(_table(qtbot), COLUMNS, compact=True, stretch=0)
    assert table.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.verticalHeader().isHidden() and not table.wordWrap()
    assert not table.horizontalHeader().stretchLastSection()
    multi = setup_table(_table(qtbot), COLUMNS, row_height=30, multi_select=True)
    assert multi.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    assert multi.verticalHeader().defaultSectionSize() == 30 and multi.wordWrap()
    assert multi.horizontalHeader().stretchLastSection()


def test_del_key_on_the_table_calls_back(qtbot):
    table = _table(qtbot)
    table.show()
    qtbot.waitExposed(table)
    pressed = []
    on_delete_key(table, lambda: pressed.append(1))
    gc.collect()  # the filter lives as long as the table, not as a Python reference
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert pressed == [1]


def test_confirm_runs_only_on_the_action(qtbot):
    parent = _table(qtbot)
    done = []
    confirm(parent, "Weg?", "Wirklich?", "Löschen", lambda: done.append(1), detail="mehr")
    box = message_box()
    assert box.defaultButton().text() == "Abbrechen"
    assert {b.text(): box.buttonRole(b) for b in box.buttons()} == {
        "Löschen": QMessageBox.ButtonRole.DestructiveRole,
        "Abbrechen": QMessageBox.ButtonRole.RejectRole,
    }
    assert "mehr" in answer(qtbot, "Abbrechen")
    assert done == []
    confirm(parent, "Weg?", "Wirklich?", "Löschen", lambda: done.append(1))
    answer(qtbot, "Löschen")
    assert done == [1]


def test_open_dialog_reports_accepted_and_saved(qtbot):
    calls = []

    def run(accept: bool, saved, **kw) -> None:
        dialog = QDialog()
        dialog.saved = saved
        assert open_dialog(dialog, lambda: calls.append(saved), has_saved, **kw) is dialog
        dialog.accept() if accept else dialog.reject()
        QApplication.processEvents()

    run(True, None)
    run(False, 1)
    run(True, 2)
    run(False, 3, accepted_only=False)
    assert calls == [2, 3]
