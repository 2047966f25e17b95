"""Merging in the main window: the window „Mögliche Duplikate“ (Bearbeiten and the
lists' context menus) and „Zusammenführen mit …“ for the records marked in the
organisation or person list: two marked records open the merge dialog at once, one
marked record first asks with which record to merge it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from wba_desktop.services.directory.duplicates import ORGANISATIONS, PEOPLE
from wba_desktop.views.common.record_picker import RecordPicker
from wba_desktop.views.directory.duplicates_window import DuplicatesWindow
from wba_desktop.views.directory.merge_dialog import MergeDialog


class PartnerDialog(QDialog):
    """„Zusammenführen mit …“: pick the second record by typing its name."""

    def __init__(self, services, kind: str, record_id: int, label: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mergePartnerDialog")
        self.setWindowTitle(self.tr("Zusammenführen mit …"))
        self.resize(520, 150)
        if kind == ORGANISATIONS:
            choices = lambda t: services.organisations.choices(t, exclude_id=record_id)  # noqa: E731
        else:
            choices = lambda t: [c for c in services.people.choices(t) if c[0] != record_id]  # noqa: E731
        self.picker = RecordPicker(choices, self)
        self.picker.setObjectName("mergePartner")
        buttons = QDialogButtonBox(self)
        self.next_button = buttons.addButton(
            self.tr("Weiter …"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._next)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        text = self.tr("„%1“ zusammenführen mit:").replace("%1", label)
        layout.addWidget(QLabel(text, self))
        layout.addWidget(self.picker)
        layout.addWidget(buttons)

    def _next(self) -> None:
        if self.picker.current_id() is not None:
            self.accept()

    def partner_id(self) -> int | None:
        return self.picker.current_id()


class MergeCommands(QObject):
    """``w``: the main window (``services``, ``runner``, the lists, ``open_*``)."""

    def __init__(self, w) -> None:
        super().__init__(w)
        self.w = w
        self.window: DuplicatesWindow | None = None
        self.dialog: MergeDialog | None = None

    def show_duplicates(self) -> DuplicatesWindow:
        """The one window „Mögliche Duplikate“ (brought to the front if already open)."""
        if self.window is None:
            self.window = DuplicatesWindow(self.w.services, self.w.runner, self.w)
            self.window.open_record.connect(self._open_record)
            self.window.finished.connect(self._closed)
        kind = PEOPLE if self.w.current_view() is self.w.people else ORGANISATIONS
        self.window.tabs.setCurrentWidget(self.window.pages[kind])
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return self.window

    def _closed(self) -> None:
        if self.window is not None:
            self.window.deleteLater()
        self.window = None

    def _open_record(self, kind: str, record_id: int) -> None:
        if kind == PEOPLE:
            self.w.open_person(record_id, self.window)
        else:
            self.w.open_organisation(record_id, self.window)

    def merge_selected(self) -> QDialog | None:
        """„Zusammenführen mit …“ for the list in front: two marked records open the
        merge dialog, one asks for the second record first."""
        view = self.w.current_view()
        if view is self.w.organisations:
            kind = ORGANISATIONS
        elif view is self.w.people:
            kind = PEOPLE
        else:
            return None
        ids = view.selected_ids() or ([view.current_id()] if view.current_id() else [])
        if len(ids) >= 2:
            return self.open_merge(kind, ids[0], ids[1])
        if len(ids) != 1:
            return None
        row = view.model.record(view.model.row_of(ids[0]))
        label = getattr(row, "name", "") or str(ids[0])
        partner = PartnerDialog(self.w.services, kind, ids[0], label, self.w)
        partner.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            other = partner.partner_id()
            if other is not None:
                self.open_merge(kind, ids[0], other)

        partner.accepted.connect(chosen)
        partner.open()
        return partner

    def open_merge(self, kind: str, a_id: int, b_id: int) -> MergeDialog:
        dialog = MergeDialog(self.w.services, kind, a_id, b_id, self.w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog
