"""The checklist of an event: to-dos due before or after the event, ticked off in the table.

The "erledigt" column is a check box that writes straight through
``checklists.set_done``; open items past their due date are red and bold.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.errors import ServiceError, ValidationError
from wba_desktop.services.bundle import Services
from wba_desktop.services.events.checklist import ChecklistItemInfo, relative
from wba_desktop.views.common.date_edit import OptionalDateEdit
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors, save_cancel_buttons
from wba_desktop.views.common.lazy_table import ROW_ROLE, Column
from wba_desktop.views.common.messages import inform
from wba_desktop.views.common.record_table import (
    confirm,
    has_saved,
    on_delete_key,
    open_dialog,
    setup_table,
)
from wba_desktop.views.common.simple_table import RecordListModel

OVERDUE = QColor("#b03a2e")
COLUMNS = (
    Column("done", "erledigt", 70, format=lambda _v: ""),  # the check box
    Column("title", "Aufgabe", 380),
    Column("due_text", "fällig", 220),
    Column("done_on", "erledigt am", 95),
)


class ChecklistModel(RecordListModel):
    """Rows are ``ChecklistItemInfo``. Ticking column 0 calls ``set_done(item_id, done)``
    (which returns the new info); emits ``done_changed(item_id, done)`` after it worked,
    ``failed(message)`` if not."""

    done_changed = Signal(int, bool)
    failed = Signal(str)

    def __init__(self, set_done: Callable[[int, bool], ChecklistItemInfo], parent=None) -> None:
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
        try:
            new = self._set_done(item.id, done)
        except ServiceError as exc:
            self.failed.emit(str(exc))
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
        checklists = self._services.checklists
        try:
            if self._existing is None:
                self.saved = checklists.add_item(
                    self._event_id, self.title.text(), due_on=self.due_on.value()
                )
            else:
                self.saved = checklists.update_item(
                    self._existing.id, self.title.text(), self.due_on.value()
                )
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except ServiceError as exc:
            self.errors.show_message(str(exc))
            return
        self.accept()


class ChecklistTab(QWidget):
    """Emits ``changed`` after every write (including a ticked check box)."""

    changed = Signal()

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self._services = services
        self._event_id: int | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("tabSummary")
        self.model = ChecklistModel(services.checklists.set_done, self)
        self.model.done_changed.connect(self._on_done_changed)
        self.model.failed.connect(lambda msg: inform(self, self.tr("Checkliste"), msg, error=True))
        self.table = QTableView(self)
        self.table.setObjectName("checklistTable")
        self.table.setModel(self.model)
        setup_table(self.table, COLUMNS, compact=True, stretch=1)
        self.table.doubleClicked.connect(self._double_clicked)
        on_delete_key(self.table, self.remove_item)
        self.add_button = QPushButton(self.tr("Aufgabe hinzufügen …"), self)
        self.edit_button = QPushButton(self.tr("Bearbeiten …"), self)
        self.remove_button = QPushButton(self.tr("Löschen"), self)
        self.add_button.clicked.connect(lambda: self.add_item())
        self.edit_button.clicked.connect(lambda: self.edit_item())
        self.remove_button.clicked.connect(self.remove_item)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def set_event(self, event_id: int | None) -> None:
        self._event_id = event_id
        self.reload()

    def reload(self) -> None:
        items: list[ChecklistItemInfo] = []
        if self._event_id is not None:
            items = self._services.checklists.items(self._event_id, date.today())
        self.model.set_rows(items)
        self._update_summary()

    def items(self) -> list[ChecklistItemInfo]:
        return self.model.rows()

    def _update_summary(self) -> None:
        if self._event_id is None:
            self.summary.setText("")
            return
        rows = self.model.rows()
        open_ = sum(1 for r in rows if not r.done)
        overdue = sum(1 for r in rows if r.overdue)
        text = (
            self.tr("%1 offen, davon %2 überfällig")
            .replace("%1", str(open_))
            .replace("%2", str(overdue))
        )
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #b03a2e; font-weight: 600;" if overdue else "")

    def _on_done_changed(self, _item_id: int, _done: bool) -> None:
        self._update_summary()
        self.changed.emit()

    def current(self) -> ChecklistItemInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], ROW_ROLE) if rows else None

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self._event_id is not None)
        has_row = self.current() is not None
        self.edit_button.setEnabled(has_row)
        self.remove_button.setEnabled(has_row)

    def _double_clicked(self, index) -> None:
        if index.column() != 0:  # a double click on the check box only ticks it
            self.edit_item()

    def _after_write(self) -> None:
        self.reload()
        self.changed.emit()

    def add_item(self) -> ChecklistItemDialog | None:
        if self._event_id is None:
            return None
        dialog = ChecklistItemDialog(self._services, self._event_id, parent=self)
        return open_dialog(dialog, self._after_write, has_saved)

    def edit_item(self) -> ChecklistItemDialog | None:
        item = self.current()
        if item is None or self._event_id is None:
            return None
        dialog = ChecklistItemDialog(self._services, self._event_id, item, parent=self)
        return open_dialog(dialog, self._after_write, has_saved)

    def remove_item(self) -> None:
        item = self.current()
        if item is None:
            return

        def delete() -> None:
            self._services.checklists.delete_item(item.id)
            self._after_write()

        confirm(
            self,
            self.tr("Aufgabe löschen"),
            self.tr("„%1“ von der Checkliste löschen?").replace("%1", item.title),
            self.tr("Löschen"),
            delete,
        )
