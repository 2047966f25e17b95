"""Milestones and tasks of a Verbund: tick them off in the table, see what is overdue.

The "Erledigt" column is a check box that writes straight through
``verbund_progress.set_task_done``; overdue open rows are red with a tooltip.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TR_NOOP, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.verbuende.progress import TaskData, TaskInfo
from wba_desktop.views.common.date_edit import OptionalDateEdit
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors, save_cancel_buttons
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.ops import accept_saved, op
from wba_desktop.views.common.record_picker import RecordPicker
from wba_desktop.views.common.record_tab import OWNER, DeleteQuestion, RecordTab
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.common.vocab_combo import add_vocab, cell, set_vocab, vocab_value
from wba_desktop.vocab import TASK_KINDS

OVERDUE = QColor("#b03a2e")
MILESTONE = "Meilenstein"
COLUMNS = (
    Column("done", QT_TR_NOOP("Erledigt"), 70, format=lambda _v: ""),  # the check box
    Column("kind", QT_TR_NOOP("Art"), 100, format=cell),
    Column("title", QT_TR_NOOP("Titel"), 300),
    Column("due_on", QT_TR_NOOP("fällig"), 95),
    Column("responsible", QT_TR_NOOP("verantwortlich"), 190),
    Column("done_on", QT_TR_NOOP("erledigt am"), 95),
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
    """Ticking column 0 calls ``set_done(task_id, done)``, which writes it and returns
    False when that failed (and was reported); emits ``done_changed(task_id, done)``
    after it worked."""

    done_changed = Signal(int, bool)

    def __init__(self, set_done: Callable[[int, bool], object], parent=None) -> None:
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
        if self._set_done(t.id, done) is False:
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
        add_vocab(self.kind, TASK_KINDS)
        set_vocab(self.kind, kind)
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
            kind=vocab_value(self.kind),
            due_on=self.due_on.value(),
            responsible_id=responsible,
            done=done,
            done_on=old.done_on if old is not None and old.done and done else None,
            note=self.note.toPlainText().strip(),
        )
        task_id = self._existing.id if self._existing else None
        progress = self._services.verbund_progress
        op(
            self, lambda: progress.save_task(self._verbund_id, data, task_id), form=self.errors
        ).success(accept_saved(self)).run()


class TasksTab(RecordTab):
    """Emits ``changed`` after every write (including a ticked check box)."""

    def __init__(self, services: Services, parent=None) -> None:
        proxy = OpenTasksFilter()
        super().__init__(
            services,
            TaskTableModel(self._write_done),
            title=self.tr("Aufgaben"),
            table_name="taskTable",
            add=self.tr("Neue Aufgabe …"),
            remove=self.tr("Entfernen"),
            proxy=proxy,
            check_column=0,
            parent=parent,
        )
        self.proxy = proxy
        proxy.setParent(self)
        self.model.done_changed.connect(self._on_done_changed)
        self.add_milestone_button = QPushButton(self.tr("Neuer Meilenstein …"), self)
        self.add_milestone_button.clicked.connect(lambda: self.add_task(MILESTONE))
        self.add_extra(self.add_milestone_button, needs=OWNER)
        self.only_open = QCheckBox(self.tr("Nur offene"), self)
        self.only_open.toggled.connect(self.proxy.set_only_open)
        self.add_extra(self.only_open, right=True)

    set_verbund = RecordTab.set_owner

    def load(self, verbund_id: int) -> list[TaskRow]:
        return [TaskRow(t) for t in self._services.verbund_progress.tasks(verbund_id)]

    def summary_text(self, rows: list[TaskRow]) -> str:
        open_ = sum(1 for r in rows if not r.done)
        overdue = sum(1 for r in rows if r.overdue)
        return (
            self.tr("%1 offen, davon %2 überfällig")
            .replace("%1", str(open_))
            .replace("%2", str(overdue))
        )

    def _write_done(self, task_id: int, done: bool) -> bool:
        """Tick a task off (or back on); False after a failure was shown."""
        failed: list = []
        progress = self._services.verbund_progress
        call = op(self, lambda: progress.set_task_done(task_id, done), title=self.tr("Aufgaben"))
        call.failure(failed.append).run()
        return not failed

    def _on_done_changed(self, _task_id: int, _done: bool) -> None:
        self.update_summary()
        self.changed.emit()

    def make_dialog(self, row: TaskRow | None, kind: str = "Aufgabe") -> TaskDialog:
        existing = row.info if row is not None else None
        return TaskDialog(self._services, self.owner_id, existing, kind=kind, parent=self)

    def add_task(self, kind: str = "Aufgabe") -> TaskDialog | None:
        if self.owner_id is None:
            return None
        return self.open_record_dialog(self.make_dialog(None, kind))

    def delete(self, row: TaskRow) -> None:
        self._services.verbund_progress.delete_task(row.id)

    def delete_question(self, row: TaskRow) -> DeleteQuestion:
        d = row.info.data
        return DeleteQuestion(
            self.tr("%1 löschen").replace("%1", d.kind),
            self.tr("„%1“ löschen?").replace("%1", d.title),
            self.tr("Löschen"),
        )

    edit_task, remove_task = RecordTab.edit, RecordTab.remove
