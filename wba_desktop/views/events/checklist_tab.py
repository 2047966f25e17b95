"""The checklist of an event: to-dos due before or after the event, ticked off in the table.

The "erledigt" column is a check box that writes straight through
``checklists.set_done``; open items past their due date are red and bold.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.events.checklist import ChecklistItemInfo, relative
from wba_desktop.views.common.date_edit import OptionalDateEdit
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors, save_cancel_buttons
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.ops import accept_saved, op
from wba_desktop.views.common.record_tab import DeleteQuestion, RecordTab
from wba_desktop.views.common.simple_table import RecordListModel

OVERDUE = QColor("#b03a2e")
COLUMNS = (
    Column("done", QT_TR_NOOP("erledigt"), 70, format=lambda _v: ""),  # the check box
    Column("title", QT_TR_NOOP("Aufgabe"), 380),
    Column("due_text", QT_TR_NOOP("fällig"), 220),
    Column("done_on", QT_TR_NOOP("erledigt am"), 95),
)


class ChecklistModel(RecordListModel):
    """Rows are ``ChecklistItemInfo``. Ticking column 0 calls ``set_done(item_id, done)``,
    which writes it and returns the new info, or None when that failed (and was
    reported); emits ``done_changed(item_id, done)`` after it worked."""

    done_changed = Signal(int, bool)

    def __init__(
        self, set_done: Callable[[int, bool], ChecklistItemInfo | None], parent=None
    ) -> None:
        super().__init__(COLUMNS, is_muted=lambda r: r.done, parent=parent)
        self._set_done = set_done

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() == 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r = self.record(index.row()) if index.isValid() else None
        if r is None:
            return None
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if r.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and r.overdue:
            return OVERDUE
        if role == Qt.ItemDataRole.FontRole and r.overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if r.overdue and r.due_on is not None:
                return self.tr("überfällig seit %1").replace("%1", f"{r.due_on:%d.%m.%Y}")
            if index.column() == 0:
                return None
        return super().data(index, role)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        item = self.record(index.row())
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        if done == item.done:
            return True
        new = self._set_done(item.id, done)
        if new is None:
            return False
        row = index.row()
        self._rows[row] = new
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.done_changed.emit(item.id, done)
        return True


class ChecklistItemDialog(QDialog):
    """Add or edit one to-do: what and by when."""

    def __init__(
        self,
        services: Services,
        event_id: int,
        existing: ChecklistItemInfo | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checklistItemDialog")
        self._services = services
        self._event_id = event_id
        self._existing = existing
        self.saved: ChecklistItemInfo | None = None
        self.setWindowTitle(self.tr("Aufgabe bearbeiten") if existing else self.tr("Neue Aufgabe"))
        self.setMinimumWidth(460)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("z. B. Namensschilder drucken"))
        self.due_on = OptionalDateEdit(self)
        hint = QLabel(self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5b6b7a;")
        if existing is not None and existing.offset_days is not None:
            hint.setText(
                self.tr(
                    "Fällig %1 – das Datum wandert mit dem Termin der Veranstaltung. "
                    "Ein hier geändertes Datum bleibt fest."
                ).replace("%1", relative(existing.offset_days))
            )
        else:
            hint.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Aufgabe: *"), self.title)
        form.addRow(self.tr("&Fällig am:"), self.due_on)
        form.addRow("", hint)
        self.banner = ErrorBanner(self)
        self.errors = FieldErrors(self.banner, {"title": self.title, "due_on": self.due_on})
        self._buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self._buttons)
        if existing is not None:
            self.title.setText(existing.title)
            self.due_on.set_value(existing.due_on)

    def save_button(self) -> QPushButton:
        return self._buttons.button(QDialogButtonBox.StandardButton.Save)

    def save(self) -> None:
        checklists, existing = self._services.checklists, self._existing
        title, due_on = self.title.text(), self.due_on.value()

        def call() -> ChecklistItemInfo:
            if existing is None:
                return checklists.add_item(self._event_id, title, due_on=due_on)
            return checklists.update_item(existing.id, title, due_on)

        op(self, call, form=self.errors).success(accept_saved(self)).run()


class ChecklistTab(RecordTab):
    """Emits ``changed`` after every write (including a ticked check box)."""

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(
            services,
            ChecklistModel(self._write_done),
            title=self.tr("Checkliste"),
            table_name="checklistTable",
            add=self.tr("Aufgabe hinzufügen …"),
            remove=self.tr("Löschen"),
            stretch=1,
            check_column=0,
            parent=parent,
        )
        self.model.done_changed.connect(self._on_done_changed)

    set_event = RecordTab.set_owner

    def load(self, event_id: int) -> list[ChecklistItemInfo]:
        return self._services.checklists.items(event_id, date.today())

    def items(self) -> list[ChecklistItemInfo]:
        return self.model.rows()

    def summary_text(self, rows: list[ChecklistItemInfo]) -> str:
        open_ = sum(1 for r in rows if not r.done)
        overdue = sum(1 for r in rows if r.overdue)
        return (
            self.tr("%1 offen, davon %2 überfällig")
            .replace("%1", str(open_))
            .replace("%2", str(overdue))
        )

    def update_summary(self) -> None:
        super().update_summary()
        overdue = self.owner_id is not None and any(r.overdue for r in self.model.rows())
        self.summary.setStyleSheet("color: #b03a2e; font-weight: 600;" if overdue else "")

    def _write_done(self, item_id: int, done: bool) -> ChecklistItemInfo | None:
        """Tick an item off (or back on); None after a failure was shown."""
        checklists = self._services.checklists
        call = lambda: checklists.set_done(item_id, done)  # noqa: E731
        return op(self, call, title=self.tr("Checkliste")).run()

    def _on_done_changed(self, _item_id: int, _done: bool) -> None:
        self.update_summary()
        self.changed.emit()

    def make_dialog(self, row: ChecklistItemInfo | None) -> ChecklistItemDialog:
        return ChecklistItemDialog(self._services, self.owner_id, row, parent=self)

    def delete(self, row: ChecklistItemInfo) -> None:
        self._services.checklists.delete_item(row.id)

    def delete_question(self, row: ChecklistItemInfo) -> DeleteQuestion:
        return DeleteQuestion(
            self.tr("Aufgabe löschen"),
            self.tr("„%1“ von der Checkliste löschen?").replace("%1", row.title),
            self.tr("Löschen"),
        )

    add_item, edit_item, remove_item = RecordTab.add, RecordTab.edit, RecordTab.remove
