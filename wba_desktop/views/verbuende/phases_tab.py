"""The dated phase history of a Verbund, with "change phase" and "take back the last change".

The history is kept by ``services.verbuende`` (``change_phase`` / ``delete_phase_entry``);
only the newest change can be taken back, so the history stays consistent.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
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
from wba_desktop.services.verbuende.records import PhaseEntry, VerbundDetail
from wba_desktop.views.common.date_edit import OptionalDateEdit
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors, save_cancel_buttons
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.messages import inform
from wba_desktop.views.common.record_table import (
    confirm,
    has_saved,
    on_delete_key,
    open_dialog,
    setup_table,
)
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.vocab import PHASES

COLUMNS = (
    Column("phase", "Phase", 160),
    Column("since", "seit", 100),
    Column("note", "Notiz", 300),
)


class PhaseHistoryModel(RecordListModel):
    """Phase entries, newest first; the first row (the current phase) is bold."""

    def __init__(self, parent=None) -> None:
        super().__init__(COLUMNS, parent=parent)
        self._bold = QFont()
        self._bold.setBold(True)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.row() == 0:
            return self._bold
        return super().data(index, role)


class PhaseDialog(QDialog):
    """Record a phase change: the new phase, since when, and a note."""

    def __init__(self, services: Services, verbund_id: int, current: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("phaseDialog")
        self._services = services
        self._verbund_id = verbund_id
        self.saved: VerbundDetail | None = None
        self.setWindowTitle(self.tr("Phase wechseln"))
        self.setMinimumWidth(420)

        self.phase = QComboBox(self)
        self.phase.addItems(PHASES)
        if current in PHASES:  # offer the next phase; the user can pick any other
            self.phase.setCurrentIndex(min(PHASES.index(current) + 1, len(PHASES) - 1))
        self.since = OptionalDateEdit(self)
        self.since.set_value(date.today())
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("z. B. Kooperationsvereinbarung unterzeichnet"))

        form = QFormLayout()
        if current:
            form.addRow(self.tr("Bisher:"), QLabel(f"<b>{current}</b>", self))
        form.addRow(self.tr("&Neue Phase:"), self.phase)
        form.addRow(self.tr("&Seit:"), self.since)
        form.addRow(self.tr("N&otiz:"), self.note)
        self.banner = ErrorBanner(self)
        self.errors = FieldErrors(self.banner, {"phase": self.phase, "since": self.since})
        self._buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self._buttons)

    def save_button(self) -> QPushButton:
        return self._buttons.button(QDialogButtonBox.StandardButton.Save)

    def save(self) -> None:
        try:
            self.saved = self._services.verbuende.change_phase(
                self._verbund_id,
                self.phase.currentText(),
                self.since.value(),
                self.note.text(),
            )
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except ServiceError as exc:
            self.errors.show_message(str(exc))
            return
        self.accept()


class PhasesTab(QWidget):
    """Emits ``changed`` after a phase change or a taken-back change."""

    changed = Signal()

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self._services = services
        self._verbund_id: int | None = None
        self._current_phase = ""
        self.summary = QLabel(self)
        self.summary.setObjectName("tabSummary")
        self.model = PhaseHistoryModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("phaseTable")
        self.table.setModel(self.model)
        setup_table(self.table, COLUMNS, compact=True)
        on_delete_key(self.table, self._delete_pressed)

        self.change_button = QPushButton(self.tr("Phase wechseln …"), self)
        self.undo_button = QPushButton(self.tr("Letzten Wechsel zurücknehmen"), self)
        self.change_button.clicked.connect(self.change_phase)
        self.undo_button.clicked.connect(self.undo_last)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def set_verbund(self, verbund_id: int | None) -> None:
        self._verbund_id = verbund_id
        self.reload()

    def reload(self) -> None:
        history: list[PhaseEntry] = []
        self._current_phase = ""
        if self._verbund_id is not None:
            try:
                detail = self._services.verbuende.get(self._verbund_id)
            except ServiceError:
                detail = None
            if detail is not None:
                history = list(reversed(detail.history))
                self._current_phase = detail.phase
        self.model.set_rows(history)
        if history:
            newest = history[0]
            self.summary.setText(
                self.tr("Aktuelle Phase: %1 seit %2 · %3 Wechsel")
                .replace("%1", newest.phase)
                .replace("%2", f"{newest.since:%d.%m.%Y}")
                .replace("%3", str(len(history) - 1))
            )
        else:
            self.summary.setText("")
        self._update_buttons()

    def history(self) -> list[PhaseEntry]:
        """The entries as shown, newest first."""
        return self.model.rows()

    def _update_buttons(self) -> None:
        has = self._verbund_id is not None
        self.change_button.setEnabled(has)
        self.undo_button.setEnabled(has and self.model.rowCount() > 1)

    def _delete_pressed(self) -> None:
        """Del on the newest row takes back that change (after asking)."""
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() == 0:
            self.undo_last()

    def change_phase(self) -> PhaseDialog | None:
        if self._verbund_id is None:
            return None
        dialog = PhaseDialog(self._services, self._verbund_id, self._current_phase, parent=self)
        return open_dialog(dialog, self._after_write, has_saved)

    def _after_write(self) -> None:
        self.reload()
        self.changed.emit()

    def undo_last(self) -> None:
        rows = self.model.rows()
        if self._verbund_id is None or len(rows) < 2:
            return
        newest, before = rows[0], rows[1]
        verbund_id = self._verbund_id

        def delete() -> None:
            try:
                self._services.verbuende.delete_phase_entry(verbund_id, newest.id)
            except ServiceError as exc:
                inform(self, self.tr("Phase"), str(exc), error=True)
                return
            self._after_write()

        confirm(
            self,
            self.tr("Letzten Wechsel zurücknehmen"),
            self.tr(
                "Den Wechsel zu „%1“ (seit %2) zurücknehmen? Der Verbund ist dann wieder in „%3“."
            )
            .replace("%1", newest.phase)
            .replace("%2", f"{newest.since:%d.%m.%Y}")
            .replace("%3", before.phase),
            self.tr("Zurücknehmen"),
            delete,
        )
