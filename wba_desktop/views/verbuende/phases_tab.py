"""The dated phase history of a Verbund, with "change phase" and "take back the last change".

The history is kept by ``services.verbuende`` (``change_phase`` / ``delete_phase_entry``);
only the newest change can be taken back, so the history stays consistent.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.verbuende.records import PhaseEntry, VerbundDetail
from wba_desktop.views.common.date_edit import OptionalDateEdit
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors, save_cancel_buttons
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.ops import accept_saved, op
from wba_desktop.views.common.record_tab import DeleteQuestion, RecordTab
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.common.vocab_combo import add_vocab, cell, vocab_value
from wba_desktop.vocab import PHASES, label

COLUMNS = (
    Column("phase", QT_TR_NOOP("Phase"), 160, format=cell),
    Column("since", QT_TR_NOOP("seit"), 100),
    Column("note", QT_TR_NOOP("Notiz"), 300),
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
        add_vocab(self.phase, PHASES)
        if current in PHASES:  # offer the next phase; the user can pick any other
            self.phase.setCurrentIndex(min(PHASES.index(current) + 1, len(PHASES) - 1))
        self.since = OptionalDateEdit(self)
        self.since.set_value(date.today())
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("z. B. Kooperationsvereinbarung unterzeichnet"))

        form = QFormLayout()
        if current:
            form.addRow(self.tr("Bisher:"), QLabel(f"<b>{label(current)}</b>", self))
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
        phase, since, note = vocab_value(self.phase), self.since.value(), self.note.text()
        verbuende = self._services.verbuende
        op(
            self,
            lambda: verbuende.change_phase(self._verbund_id, phase, since, note),
            form=self.errors,
        ).success(accept_saved(self)).run()


class PhasesTab(RecordTab):
    """Emits ``changed`` after a phase change or a taken-back change. Its add button
    changes the phase, its remove button takes back the newest change."""

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(
            services,
            PhaseHistoryModel(),
            title=self.tr("Phase"),
            table_name="phaseTable",
            add=self.tr("Phase wechseln …"),
            remove=self.tr("Letzten Wechsel zurücknehmen"),
            edit=False,
            parent=parent,
        )
        self.change_button, self.undo_button = self.add_button, self.remove_button
        self._current_phase = ""

    set_verbund = RecordTab.set_owner

    def load(self, verbund_id: int) -> list[PhaseEntry]:
        self._current_phase = ""  # stays empty when the load fails
        detail = self._services.verbuende.get(verbund_id)
        self._current_phase = detail.phase
        return list(reversed(detail.history))

    def summary_text(self, rows: list[PhaseEntry]) -> str:
        if not rows:
            return ""
        return (
            self.tr("Aktuelle Phase: %1 seit %2 · %3 Wechsel")
            .replace("%1", label(rows[0].phase))
            .replace("%2", f"{rows[0].since:%d.%m.%Y}")
            .replace("%3", str(len(rows) - 1))
        )

    def history(self) -> list[PhaseEntry]:
        """The entries as shown, newest first."""
        return self.model.rows()

    def make_dialog(self, _row: None) -> PhaseDialog:
        return PhaseDialog(self._services, self.owner_id, self._current_phase, parent=self)

    change_phase = RecordTab.add

    def removable(self) -> PhaseEntry | None:
        """The newest change, unless it is the first entry (there is nothing before)."""
        rows = self.model.rows()
        return rows[0] if len(rows) > 1 else None

    def delete_pressed(self) -> None:
        """Del on the newest row takes back that change (after asking)."""
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() == 0:
            self.remove()

    def delete(self, row: PhaseEntry) -> VerbundDetail:
        return self._services.verbuende.delete_phase_entry(self.owner_id, row.id)

    def delete_question(self, row: PhaseEntry) -> DeleteQuestion:
        before = self.model.rows()[1]
        return DeleteQuestion(
            self.tr("Letzten Wechsel zurücknehmen"),
            self.tr(
                "Den Wechsel zu „%1“ (seit %2) zurücknehmen? Der Verbund ist dann wieder in „%3“."
            )
            .replace("%1", row.phase)
            .replace("%2", f"{row.since:%d.%m.%Y}")
            .replace("%3", before.phase),
            self.tr("Zurücknehmen"),
        )

    undo_last = RecordTab.remove
