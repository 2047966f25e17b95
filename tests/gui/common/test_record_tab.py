"""The record-tab base on its own: a tiny tab of notes over a fake service.

The tests click like a user and then check the fake's notes: add, edit and remove,
the delete question, the Del key, the buttons' state, and service errors shown as the
German message (in the dialog or in a message box) without losing a row.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QVBoxLayout

from tests.gui.conftest import answer, message_box, type_text
from wba_desktop.errors import ServiceError, ValidationError
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors, save_cancel_buttons
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.ops import accept_saved, op
from wba_desktop.views.common.record_tab import OWNER, ROW, DeleteQuestion, RecordTab
from wba_desktop.views.common.simple_table import RecordListModel

LEFT = Qt.MouseButton.LeftButton
LOCKED = "Protokoll"


@dataclass(frozen=True)
class Note:
    id: int
    owner: int
    text: str


class FakeNotes:
    """Notes per owner, kept in a dict; a note titled LOCKED cannot be deleted."""

    def __init__(self) -> None:
        self.notes: dict[int, Note] = {}
        self.broken = False

    def texts(self, owner: int) -> list[str]:
        return [n.text for n in self.notes.values() if n.owner == owner]

    def for_owner(self, owner: int) -> list[Note]:
        if self.broken:
            raise ServiceError("Die Notizen sind nicht lesbar.")
        return [n for n in self.notes.values() if n.owner == owner]

    def save(self, owner: int, text: str, note_id: int | None = None) -> Note:
        if not text.strip():
            raise ValidationError({"text": "Text: Bitte ausfüllen."})
        note = Note(note_id or max(self.notes, default=0) + 1, owner, text.strip())
        self.notes[note.id] = note
        return note

    def delete(self, note_id: int) -> None:
        if self.notes[note_id].text == LOCKED:
            raise ServiceError("„Protokoll“ ist gesperrt und bleibt.")
        del self.notes[note_id]


class NoteDialog(QDialog):
    def __init__(self, notes: FakeNotes, owner: int, existing: Note | None, parent=None):
        super().__init__(parent)
        self._notes, self._owner, self._existing = notes, owner, existing
        self.saved: Note | None = None
        self.text = QLineEdit(existing.text if existing else "", self)
        self.banner = ErrorBanner(self)
        self.errors = FieldErrors(self.banner, {"text": self.text})
        self.buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        for w in (self.banner, self.text, self.buttons):
            layout.addWidget(w)

    def save(self) -> None:
        note_id = self._existing.id if self._existing else None
        call = lambda: self._notes.save(self._owner, self.text.text(), note_id)  # noqa: E731
        op(self, call, form=self.errors).success(accept_saved(self)).run()


class NotesTab(RecordTab):
    def __init__(self, notes: FakeNotes) -> None:
        super().__init__(
            notes,
            RecordListModel((Column("text", "Notiz", 200),)),
            title="Notizen",
            table_name="noteTable",
            add="Notiz hinzufügen …",
            remove="Löschen",
        )
        self.pin_button = QPushButton("Anheften", self)
        self.add_extra(self.pin_button, needs=ROW)
        self.print_button = QPushButton("Drucken", self)
        self.add_extra(self.print_button, right=True, needs=OWNER)
        self.open_action = QAction("Öffnen", self)
        self.use_context_menu(self.open_action)

    def load(self, owner_id: int) -> list[Note]:
        return self._services.for_owner(owner_id)

    def summary_text(self, rows: list[Note]) -> str:
        return f"{len(rows)} Notizen"

    def make_dialog(self, row: Note | None) -> NoteDialog:
        return NoteDialog(self._services, self.owner_id, row, self)

    def delete(self, row: Note) -> None:
        self._services.delete(row.id)

    def delete_question(self, row: Note) -> DeleteQuestion:
        return DeleteQuestion("Notiz löschen", f"„{row.text}“ löschen?", "Löschen", "Für immer.")


@pytest.fixture
def notes() -> FakeNotes:
    fake = FakeNotes()
    fake.save(1, "Erste Notiz")
    fake.save(1, LOCKED)
    fake.save(2, "Notiz eines anderen")
    return fake


@pytest.fixture
def tab(qtbot, notes) -> NotesTab:
    tab = NotesTab(notes)
    qtbot.addWidget(tab)
    tab.resize(600, 400)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _dialog(qtbot) -> NoteDialog:
    def find():
        shown = (w for w in QApplication.topLevelWidgets() if isinstance(w, NoteDialog))
        return next((w for w in shown if w.isVisible()), None)

    qtbot.waitUntil(lambda: find() is not None, timeout=2000)
    return find()


def _texts(tab) -> list[str]:
    return [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]


def _double_click(qtbot, tab, row: int) -> None:
    pos = tab.table.visualRect(tab.model.index(row, 0)).center()
    qtbot.mouseClick(tab.table.viewport(), LEFT, pos=pos)  # QTest's double click needs a press
    qtbot.mouseDClick(tab.table.viewport(), LEFT, pos=pos)


def test_layout(tab):
    layout = tab.layout()
    assert layout.itemAt(0).widget() is tab.summary and layout.itemAt(2).widget() is tab.table
    row = [tab.buttons.itemAt(i).widget() for i in range(tab.buttons.count())]
    labels = [w.text() if w is not None else "‹stretch›" for w in row]
    assert labels == [
        "Notiz hinzufügen …",
        "Anheften",
        "Bearbeiten …",
        "Löschen",
        "‹stretch›",
        "Drucken",
    ]
    menu = [a.text() for a in tab.table.actions()]
    assert menu == ["Öffnen", "Bearbeiten …", "Löschen"]
    assert tab.table.objectName() == "noteTable"


def test_buttons_follow_owner_and_selection(tab, notes):
    everything = (tab.add_button, tab.edit_button, tab.remove_button, tab.pin_button)
    actions = (tab.open_action, tab.edit_action, tab.remove_action)
    assert not any(w.isEnabled() for w in (*everything, tab.print_button, *actions))
    assert tab.summary.text() == ""

    tab.set_owner(1)
    assert _texts(tab) == ["Erste Notiz", LOCKED]
    assert tab.summary.text() == "2 Notizen"
    assert tab.add_button.isEnabled() and tab.print_button.isEnabled()
    for w in (tab.edit_button, tab.remove_button, tab.pin_button, *actions):
        assert not w.isEnabled()  # nothing selected
    tab.table.selectRow(0)
    assert all(w.isEnabled() for w in (*everything, *actions))
    assert tab.current() == notes.notes[1]

    tab.set_owner(None)  # no owner: empty, nothing to click
    assert tab.model.rowCount() == 0 and tab.summary.text() == ""
    assert not any(w.isEnabled() for w in (*everything, tab.print_button, *actions))
    assert tab.add() is None and tab.edit() is None


def test_add_edit_and_remove(qtbot, tab, notes):
    tab.set_owner(1)
    qtbot.mouseClick(tab.add_button, LEFT)
    dialog = _dialog(qtbot)
    qtbot.mouseClick(dialog.buttons.buttons()[0], LEFT)  # empty: the error on the field
    assert dialog.isVisible() and dialog.banner.text() == "Text: Bitte ausfüllen."
    assert dialog.text.toolTip() == "Text: Bitte ausfüllen."
    assert notes.texts(1) == ["Erste Notiz", LOCKED]
    type_text(qtbot, dialog.text, "Rückruf am Montag")
    with qtbot.waitSignal(tab.changed):
        dialog.save()
    assert not dialog.isVisible() and dialog.saved.text == "Rückruf am Montag"
    assert notes.texts(1) == ["Erste Notiz", LOCKED, "Rückruf am Montag"]
    assert _texts(tab) == ["Erste Notiz", LOCKED, "Rückruf am Montag"]
    assert tab.summary.text() == "3 Notizen"

    _double_click(qtbot, tab, 0)  # a double click edits
    dialog = _dialog(qtbot)
    assert dialog.text.text() == "Erste Notiz"
    dialog.text.selectAll()
    type_text(qtbot, dialog.text, "Erste Notiz, ergänzt")
    with qtbot.waitSignal(tab.changed):
        dialog.save()
    assert notes.notes[1].text == "Erste Notiz, ergänzt"

    assert tab.select_where(lambda n: n.text == "Rückruf am Montag")
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.remove_button, LEFT)
        text = answer(qtbot, "Löschen")
    assert "„Rückruf am Montag“ löschen?" in text and "Für immer." in text
    assert notes.texts(1) == ["Erste Notiz, ergänzt", LOCKED]
    assert _texts(tab) == ["Erste Notiz, ergänzt", LOCKED]
    assert notes.texts(2) == ["Notiz eines anderen"]  # another owner's note untouched


def test_cancelled_dialog_writes_nothing(qtbot, tab, notes):
    tab.set_owner(1)
    changed = []
    tab.changed.connect(lambda: changed.append(1))
    dialog = tab.add()
    type_text(qtbot, dialog.text, "Doch nicht")
    dialog.reject()
    QApplication.processEvents()
    assert notes.texts(1) == ["Erste Notiz", LOCKED] and changed == []


def test_del_key_asks_and_abbrechen_keeps_the_row(qtbot, tab, notes):
    tab.set_owner(1)
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    box = message_box()
    assert box.windowTitle() == "Notiz löschen"
    assert box.defaultButton().text() == "Abbrechen"
    assert "„Erste Notiz“ löschen?" in answer(qtbot, "Abbrechen")
    assert notes.texts(1) == ["Erste Notiz", LOCKED] and tab.model.rowCount() == 2

    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    answer(qtbot, "Löschen")
    assert notes.texts(1) == [LOCKED] and _texts(tab) == [LOCKED]


def test_del_without_a_selection_asks_nothing(qtbot, tab):
    tab.set_owner(1)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    QApplication.processEvents()
    assert message_box() is None


def test_failed_delete_shows_the_german_message_and_keeps_the_row(qtbot, tab, notes):
    tab.set_owner(1)
    changed = []
    tab.changed.connect(lambda: changed.append(1))
    assert tab.select_where(lambda n: n.text == LOCKED)
    tab.remove_action.trigger()  # from the context menu
    answer(qtbot, "Löschen")
    qtbot.waitUntil(lambda: message_box() is not None, timeout=2000)
    box = message_box()
    assert box.windowTitle() == "Notizen"
    assert box.icon() == box.Icon.Warning
    assert "„Protokoll“ ist gesperrt und bleibt." in answer(qtbot, "OK")
    assert notes.texts(1) == ["Erste Notiz", LOCKED]
    assert _texts(tab) == ["Erste Notiz", LOCKED] and changed == []


def test_failed_load_shows_the_message_and_an_empty_table(qtbot, tab, notes):
    notes.broken = True
    tab.set_owner(1)
    assert "Die Notizen sind nicht lesbar." in answer(qtbot, "OK")
    assert tab.model.rowCount() == 0
    assert tab.add_button.isEnabled()  # the owner is still set


def test_a_refresh_keeps_the_selected_row(qtbot, tab, notes):
    """Someone else adds a note that sorts first: the selected one stays selected."""
    tab.set_owner(1)
    assert tab.select_where(lambda n: n.text == LOCKED)
    notes.notes = {0: Note(0, 1, "Neu von anderswo"), **notes.notes}
    tab.reload()
    assert [n.text for n in tab.model.rows()][0] == "Neu von anderswo"
    assert tab.current().text == LOCKED
    assert tab.remove_button.isEnabled()
