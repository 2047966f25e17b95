"""Datei › Importverlauf: who imported which file when, with what result and mapping,
and „Import rückgängig …“.

The undo asks first, naming what will be removed and restored; when records were
changed since the import it lists them and offers, with a second explicit question,
to undo the rest. The button is off on a read-only database and for a team login
without the privileges (``Permissions.can_undo_import``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.importing.runs import ChangedSinceImport, RunInfo, UndoPreview
from wba_desktop.views.common.lazy_table import Column, format_value
from wba_desktop.views.common.messages import ask, inform
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.record_table import setup_table
from wba_desktop.views.common.simple_table import RecordListModel

RUN_COLUMNS = (
    Column("imported_at", QT_TR_NOOP("Datum"), 120),
    Column("user_name", QT_TR_NOOP("Benutzer"), 130),
    Column("file_name", QT_TR_NOOP("Datei"), 210),
    Column("new", QT_TR_NOOP("neu"), 50, align_right=True),
    Column("updated", QT_TR_NOOP("aktualisiert"), 85, align_right=True),
    Column("skipped", QT_TR_NOOP("übersprungen"), 100, align_right=True),
    Column("rejected", QT_TR_NOOP("abgelehnt"), 75, align_right=True),
    Column("status", QT_TR_NOOP("Status"), 180),
)
MAPPING_COLUMNS = (
    Column("column", QT_TR_NOOP("Spalte"), 200),
    Column("field", QT_TR_NOOP("Feld"), 200),
)
NOT_ALLOWED = QT_TR_NOOP(
    "Dafür fehlt Ihrer Anmeldung an der Teamdatenbank die Berechtigung (Datensätze löschen)."
)
READ_ONLY = QT_TR_NOOP("Die Datenbank ist schreibgeschützt.")


@dataclass(frozen=True)
class MappingRow:
    column: str
    field: str


class ImportHistoryDialog(QDialog):
    """The runs above, the selected run's counts and mapping below."""

    def __init__(self, services: Services, parent=None, select: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importHistoryDialog")
        self.setWindowTitle(self.tr("Importverlauf"))
        self.history = services.import_history
        self._why_not = self._undo_refusal(services)
        self.model = RecordListModel(RUN_COLUMNS, is_muted=lambda r: r.undone, parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("importRuns")
        self.table.setModel(self.model)
        setup_table(self.table, RUN_COLUMNS, compact=True)
        self.counts = QLabel(self)
        self.counts.setObjectName("importCounts")
        self.counts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.counts.setWordWrap(True)
        self.mapping_model = RecordListModel(MAPPING_COLUMNS, parent=self)
        self.mapping = QTableView(self)
        self.mapping.setObjectName("importMapping")
        self.mapping.setModel(self.mapping_model)
        setup_table(self.mapping, MAPPING_COLUMNS, compact=True)
        self.undo_button = QPushButton(self.tr("Import rückgängig …"), self)
        self.undo_button.setObjectName("undoImportButton")
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)

        details = QWidget(self)
        row = QHBoxLayout(details)
        row.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>Ergebnis</b>"), self))
        left.addWidget(self.counts, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("<b>Verwendete Spaltenzuordnung</b>"), self))
        right.addWidget(self.mapping, 1)
        row.addLayout(left, 1)
        row.addLayout(right, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Jeder Import mit Datum, Benutzer, Datei und Ergebnis. „Import rückgängig“ "
                "entfernt, was der Import angelegt hat, und stellt überschriebene Werte wieder "
                "her – sofern die Datensätze seitdem nicht geändert wurden."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.resize(1000, 620)
        self.reload(select)

    @staticmethod
    def _undo_refusal(services: Services) -> str:
        """Why this login may not undo an import here ("" if it may)."""
        if services.maintenance.is_read_only():
            return READ_ONLY
        if not getattr(services.permissions, "can_undo_import", True):
            return NOT_ALLOWED
        return ""

    # -- the list --------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        runs = op(self, self.history.runs, title=self.windowTitle()).run() or []
        self.model.set_rows(runs)
        row = next((i for i, r in enumerate(runs) if r.id == select), 0)
        if runs:
            self.table.selectRow(row)
        self._show_current()

    def current(self) -> RunInfo | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        run = self.current()
        self.undo_button.setEnabled(run is not None and not run.undone and not self._why_not)
        self.undo_button.setToolTip(self.tr(self._why_not) if self._why_not else "")
        if run is None:
            self.counts.setText(self.tr("Noch keine Importe."))
            self.mapping_model.set_rows([])
            return
        details = op(self, lambda: self.history.details(run.id), title=self.windowTitle()).run()
        if details is None:
            return
        head = self.tr("Datei „%1“").replace("%1", run.file_name or "–")
        if run.sheet:
            head += self.tr(", Blatt „%1“").replace("%1", run.sheet)
        head += "\n" + self.tr("Importiert am %1 von %2").replace(
            "%1", format_value(run.imported_at)
        ).replace("%2", run.user_name or "–")
        text = head + "\n\n" + run.counts_text()
        if run.undone:
            text += "\n\n" + run.status[:1].upper() + run.status[1:] + "."
        self.counts.setText(text)
        self.mapping_model.set_rows([MappingRow(c, f) for c, f in details.columns])

    # -- undo ------------------------------------------------------------------------
    def undo_selected(self) -> None:
        run = self.current()
        if run is None or run.undone:
            return
        preview = op(self, lambda: self.history.preview(run.id), title=self._title()).run()
        if preview is not None:
            self._confirm(run, preview)

    def _title(self) -> str:
        return self.tr("Import rückgängig")

    def _confirm(self, run: RunInfo, preview: UndoPreview) -> None:
        what = self.tr("Import „%1“ vom %2").replace("%1", run.file_name or "–")
        what = what.replace("%2", format_value(run.imported_at))
        if preview.blocked:
            ask(
                self,
                self._title(),
                self.tr("%1 lässt sich nicht vollständig rückgängig machen.").replace("%1", what),
                [
                    (self.tr("Rest rückgängig machen"), QMessageBox.ButtonRole.DestructiveRole),
                    (self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole),
                ],
                lambda i: i == 0 and self._undo(run.id, skip_changed=True),
                detail=preview.changed_text()
                + "\n\n"
                + self.tr("Diese Datensätze bleiben, wie sie sind. Für den Rest gilt:")
                + "\n"
                + preview.text(),
                default=1,
            )
            return
        ask(
            self,
            self._title(),
            self.tr("%1 rückgängig machen?").replace("%1", what),
            [
                (self.tr("Rückgängig machen"), QMessageBox.ButtonRole.DestructiveRole),
                (self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole),
            ],
            lambda i: i == 0 and self._undo(run.id),
            detail=preview.text(),
            default=1,
        )

    def _undo(self, run_id: int, skip_changed: bool = False) -> None:
        def done(result) -> None:
            inform(self, self._title(), result.text())
            self.reload(run_id)

        def changed(exc: ChangedSinceImport) -> None:  # changed between question and click
            run = next((r for r in self.model.rows() if r.id == run_id), None)
            if run is not None:
                self._confirm(run, exc.preview)

        op(self, lambda: self.history.undo(run_id, skip_changed), title=self._title()).success(
            done
        ).handle(ChangedSinceImport, changed).run()
