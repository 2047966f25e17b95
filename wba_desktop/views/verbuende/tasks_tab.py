"""Milestones and tasks of a Verbund: tick them off in the table, see what is overdue.

The "Erledigt" column is a check box that writes straight through
``verbund_progress.set_task_done``; overdue open rows are red with a tooltip.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.errors import ServiceError, ValidationError
from wba_desktop.services.bundle import Services
from wba_desktop.services.verbuende.progress import TaskData, TaskInfo
from wba_desktop.views.common.date_edit import OptionalDateEdit
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors, save_cancel_buttons
from wba_desktop.views.common.lazy_table import ROW_ROLE, Column
from wba_desktop.views.common.messages import inform
from wba_desktop.views.common.record_picker import RecordPicker
from wba_desktop.views.common.record_table import (
    confirm,
    has_saved,
    on_delete_key,
    open_dialog,
    setup_table,
)
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.vocab import TASK_KINDS

OVERDUE = QColor("#b03a2e")
MILESTONE = "Meilenstein"
COLUMNS = (
    Column("done", "Erledigt", 70, format=lambda _v: ""),  # the check box
    Column("kind", "Art", 100),
    Column("title", "Titel", 300),
    Column("due_on", "fällig", 95),
    Column("responsible", "verantwortlich", 190),
    Column("done_on", "erledigt am", 95),
)


class TaskRow:
    """Flat view of a TaskInfo for the table; milestones get a ◆ before the title."""

    def __init__(self, t: TaskInfo) -> None:
        d = t.data
        self.info, self.id, self.overdue = t, t.id, t.overdue
        self.done, self.kind, self.due_on, self.done_on = d.done, d.kind, d.due_on, d.done_on
        self.title = f"◆ {d.title}" if d.kind == MILESTONE else d.title
        self.responsible = t.responsible_name


class TaskTableModel(RecordListModel):
    """Ticking column 0 calls ``set_done(task_id, done)``; emits
    ``done_changed(task_id, done)`` after it worked, ``failed(message)`` if not."""

    done_changed = Signal(int, bool)
    failed = Signal(str)

    def __init__(self, set_done: Callable[[int, bool], None], parent=None) -> None:
        super().__init__(COLUMNS, parent=parent)
        self._set_done = set_done

    def set_tasks(self, tasks: list[TaskInfo]) -> None:
        self.set_rows([TaskRow(t) for t in tasks])

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
        if role == Qt.ItemDataRole.ToolTipRole and r.overdue and r.due_on is not None:
            return self.tr("überfällig seit %1").replace("%1", f"{r.due_on:%d.%m.%Y}")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return None
        return super().data(index, role)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        t = self.record(index.row()).info
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        if done == t.data.done:
            return True
        try:
            self._set_done(t.id, done)
        except ServiceError as exc:
            self.failed.emit(str(exc))
            return False
        today = date.today()
        data = replace(t.data, done=done, done_on=today if done else None)
        overdue = not done and data.due_on is not None and data.due_on < today
        self._rows[index.row()] = TaskRow(replace(t, data=data, overdue=overdue))
        row = index.row()
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.done_changed.emit(t.id, done)
        return True


class OpenTasksFilter(QSortFilterProxyModel):
    """Hides done tasks while ``only_open`` is set."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._only_open = False

    def set_only_open(self, on: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            self._only_open = on
            self.endFilterChange()
        else:
            self._only_open = on
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        if not self._only_open:
            return True
        r = self.sourceModel().record(source_row)
        return r is not None and not r.done


class TaskDialog(QDialog):
    """Add or edit a task or milestone."""

    def __init__(
        self,
        services: Services,
        verbund_id: int,
        existing: TaskInfo | None = None,
        kind: str = "Aufgabe",
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("taskDialog")
        self._services = services
        self._verbund_id = verbund_id
        self._existing = existing
        self.saved: int | None = None
        kind = existing.data.kind if existing else kind
        if existing:
            self.setWindowTitle(self.tr("%1 bearbeiten").replace("%1", kind))
        else:
            self.setWindowTitle(
                self.tr("Neuer Meilenstein") if kind == MILESTONE else self.tr("Neue Aufgabe")
            )
        self.setMinimumWidth(480)

        self.title = QLineEdit(self)
        self.kind = QComboBox(self)
        self.kind.addItems(TASK_KINDS)
        self.kind.setCurrentText(kind)
        self.due_on = OptionalDateEdit(self)
        self.responsible = RecordPicker(services.people.choices, self)
        self.done_box = QCheckBox(self.tr("erledigt"), self)
        self.note = QPlainTextEdit(self)
        self.note.setFixedHeight(70)

        form = QFormLayout()
        form.addRow(self.tr("&Titel:"), self.title)
        form.addRow(self.tr("&Art:"), self.kind)
        form.addRow(self.tr("&Fällig am:"), self.due_on)
        form.addRow(self.tr("&Verantwortlich:"), self.responsible)
        form.addRow("", self.done_box)
        form.addRow(self.tr("&Notiz:"), self.note)
        self.banner = ErrorBanner(self)
        self.errors = FieldErrors(
            self.banner,
            {"title": self.title, "kind": self.kind, "responsible_id": self.responsible},
        )
        self._buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self._buttons)
        if existing:
            d = existing.data
            self.title.setText(d.title)
            self.due_on.set_value(d.due_on)
            if d.responsible_id is not None:
                self.responsible.set_current(d.responsible_id, existing.responsible_name)
            self.done_box.setChecked(d.done)
            self.note.setPlainText(d.note)

    def save_button(self) -> QPushButton:
        return self._buttons.button(QDialogButtonBox.StandardButton.Save)

    def save(self) -> None:
        done = self.done_box.isChecked()
        old = self._existing.data if self._existing else None
        responsible = self.responsible.current_id()
        if responsible is None and self.responsible.text().strip():
            msg = self.tr("Verantwortlich: Bitte eine Person aus der Liste wählen.")
            self.errors.show({"responsible_id": msg})
            return
        data = TaskData(
            title=self.title.text(),
            kind=self.kind.currentText(),
            due_on=self.due_on.value(),
            responsible_id=responsible,
            done=done,
            done_on=old.done_on if old is not None and old.done and done else None,
            note=self.note.toPlainText().strip(),
        )
        try:
            self.saved = self._services.verbund_progress.save_task(
                self._verbund_id, data, self._existing.id if self._existing else None
            )
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except ServiceError as exc:
            self.errors.show_message(str(exc))
            return
        self.accept()


class TasksTab(QWidget):
    """Emits ``changed`` after every write (including a ticked check box)."""

    changed = Signal()

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self._services = services
        self._verbund_id: int | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("tabSummary")
        self.model = TaskTableModel(services.verbund_progress.set_task_done, self)
        self.model.done_changed.connect(self._on_done_changed)
        self.model.failed.connect(lambda msg: inform(self, self.tr("Aufgaben"), msg, error=True))
        self.proxy = OpenTasksFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("taskTable")
        self.table.setModel(self.proxy)
        setup_table(self.table, COLUMNS, compact=True)
        self.table.doubleClicked.connect(self._double_clicked)
        on_delete_key(self.table, self.remove_task)

        self.add_button = QPushButton(self.tr("Neue Aufgabe …"), self)
        self.add_milestone_button = QPushButton(self.tr("Neuer Meilenstein …"), self)
        self.edit_button = QPushButton(self.tr("Bearbeiten …"), self)
        self.remove_button = QPushButton(self.tr("Entfernen"), self)
        self.only_open = QCheckBox(self.tr("Nur offene"), self)
        self.add_button.clicked.connect(lambda: self.add_task())
        self.add_milestone_button.clicked.connect(lambda: self.add_task(MILESTONE))
        self.edit_button.clicked.connect(self.edit_task)
        self.remove_button.clicked.connect(self.remove_task)
        self.only_open.toggled.connect(self.proxy.set_only_open)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.add_milestone_button, self.edit_button):
            buttons.addWidget(b)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.only_open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.proxy.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def set_verbund(self, verbund_id: int | None) -> None:
        self._verbund_id = verbund_id
        self.reload()

    def reload(self) -> None:
        rows: list[TaskInfo] = []
        if self._verbund_id is not None:
            rows = self._services.verbund_progress.tasks(self._verbund_id)
        self.model.set_tasks(rows)
        self._update_summary()
        self._update_buttons()

    def _update_summary(self) -> None:
        if self._verbund_id is None:
            self.summary.setText("")
            return
        rows = self.model.rows()
        open_ = sum(1 for r in rows if not r.done)
        overdue = sum(1 for r in rows if r.overdue)
        self.summary.setText(
            self.tr("%1 offen, davon %2 überfällig")
            .replace("%1", str(open_))
            .replace("%2", str(overdue))
        )

    def _on_done_changed(self, _task_id: int, _done: bool) -> None:
        self._update_summary()
        self.changed.emit()

    def current(self) -> TaskInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.data(rows[0], ROW_ROLE).info if rows else None

    def _update_buttons(self) -> None:
        has = self._verbund_id is not None
        self.add_button.setEnabled(has)
        self.add_milestone_button.setEnabled(has)
        has_row = self.current() is not None
        self.edit_button.setEnabled(has_row)
        self.remove_button.setEnabled(has_row)

    def _double_clicked(self, index) -> None:
        if index.column() != 0:  # a double click on the check box only ticks it
            self.edit_task()

    def _after_write(self) -> None:
        self.reload()
        self.changed.emit()

    def add_task(self, kind: str = "Aufgabe") -> TaskDialog | None:
        if self._verbund_id is None:
            return None
        dialog = TaskDialog(self._services, self._verbund_id, kind=kind, parent=self)
        return open_dialog(dialog, self._after_write, has_saved)

    def edit_task(self) -> TaskDialog | None:
        t = self.current()
        if t is None or self._verbund_id is None:
            return None
        dialog = TaskDialog(self._services, self._verbund_id, t, parent=self)
        return open_dialog(dialog, self._after_write, has_saved)

    def remove_task(self) -> None:
        t = self.current()
        if t is None:
            return

        def delete() -> None:
            self._services.verbund_progress.delete_task(t.id)
            self._after_write()

        confirm(
            self,
            self.tr("%1 löschen").replace("%1", t.data.kind),
            self.tr("„%1“ löschen?").replace("%1", t.data.title),
            self.tr("Löschen"),
            delete,
        )
