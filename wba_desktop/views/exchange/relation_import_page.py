"""The import wizard's preview of a relation import (an edge list or a graph file).

Shows each relation with its status (neu, übersprungen, abgelehnt) and the German
reasons, the organisations the database does not know (created only with „Fehlende
Organisationen anlegen“), the relation types it does not know (created only with
„Neue Beziehungsarten anlegen“, listing them), and – while rows are rejected – the
choice to import the valid ones; without it nothing can be imported. Each choice
plans again (on the thread pool); nothing is written before „Importieren“.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from wba_desktop.services.importing.relation_plan import RelationPlan, RelationRow
from wba_desktop.views.common.translation import tr

STATUS_LABELS = {"new": "neu", "duplicate": QT_TR_NOOP("übersprungen"), "rejected": "abgelehnt"}
_COLOURS = {"rejected": QColor("#fdecea"), "duplicate": QColor("#fff8e1")}


class RelationPreviewModel(QAbstractTableModel):
    """The planned relations, one row per row (or edge) of the file."""

    HEADERS = (
        QT_TR_NOOP("Zeile"),
        QT_TR_NOOP("Status"),
        QT_TR_NOOP("Organisation"),
        QT_TR_NOOP("Beziehung"),
        QT_TR_NOOP("Organisation"),
        QT_TR_NOOP("Hinweis"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plan: RelationPlan | None = None
        self.rows: list[RelationRow] = []

    def load(self, plan: RelationPlan) -> None:
        self.beginResetModel()
        self.plan, self.rows = plan, list(plan.rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def _org(self, idx: int | None, written: str) -> str:
        if idx is None or self.plan is None:
            return written
        org = self.plan.organisations[idx]
        return org.match_label or org.label

    def _type(self, row: RelationRow) -> str:
        if self.plan is None:
            return ""
        if row.type_id is not None:
            return self.plan.type_labels.get(row.type_id, row.type_text)
        return row.type_text

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, c = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if c == 0:
                return row.row_no or row.ref
            if c == 1:
                return tr(STATUS_LABELS.get(row.status, row.status))
            if c == 2:
                return self._org(row.source, row.source_name)
            if c == 3:
                return self._type(row)
            if c == 4:
                return self._org(row.target, row.target_name)
            if row.status == "rejected":
                return "; ".join(r.removeprefix(f"{row.ref}, ").removeprefix(f"{row.ref}: ")
                                 for r in row.reasons)  # fmt: skip
            if row.status == "new" and row.new_type:
                return tr("neue Beziehungsart")
            return row.note_text
        if role == Qt.ItemDataRole.BackgroundRole:
            return _COLOURS.get(row.status)
        return None


class RelationPreviewPage(QWizardPage):
    """See the module docstring; the wizard holds ``rows``/``mapping`` or ``graph``."""

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Vorschau: Beziehungen importieren"))
        self.setSubTitle(self.tr("Noch ist nichts gespeichert."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Importieren"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.create_missing = QCheckBox(
            self.tr("Fehlende Organisationen anlegen (Art „Sonstige“)"), self
        )
        self.create_types = QCheckBox(self.tr("Neue Beziehungsarten anlegen"), self)
        self.import_valid = QCheckBox(
            self.tr("Nur die gültigen Zeilen importieren (abgelehnte auslassen)"), self
        )
        self.create_missing.toggled.connect(self._replan)
        self.create_types.toggled.connect(self._replan)
        self.import_valid.toggled.connect(self._valid_toggled)
        self.model = RelationPreviewModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.missing)
        layout.addWidget(self.create_missing)
        layout.addWidget(self.create_types)
        self.rejected_button = QPushButton(self.tr("Abgelehnte Zeilen speichern …"), self)
        self.rejected_button.clicked.connect(self._save_rejected)
        choices = QHBoxLayout()
        choices.addWidget(self.import_valid)
        choices.addStretch(1)
        choices.addWidget(self.rejected_button)
        layout.addLayout(choices)
        layout.addWidget(self.table, 1)
        self._done = False

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        graph = getattr(self.w, "graph", None)
        for box, value in ((self.create_missing, graph is not None), (self.create_types, False),
                           (self.import_valid, False)):  # fmt: skip
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self._replan()

    def _replan(self) -> None:
        self._done = False
        self.completeChanged.emit()
        self.progress.show()
        self.summary.setText(self.tr("Die Vorschau wird berechnet …"))
        service = self.w.relation_importer
        create_missing, create_types = (
            self.create_missing.isChecked(),
            self.create_types.isChecked(),
        )
        graph, rows, mapping = getattr(self.w, "graph", None), self.w.rows, self.w.mapping
        source = getattr(self.w, "source_name", "")

        def plan(_report, _cancelled):
            if graph is not None:
                return service.plan_graph(
                    graph, create_missing=create_missing, create_types=create_types
                )
            return service.plan_rows(
                rows, mapping, create_missing=create_missing, create_types=create_types,
                source_name=source,
            )  # fmt: skip

        self.w.runner.run(plan, self._planned, self._failed)

    def _planned(self, plan: RelationPlan) -> None:
        self.w.plan = plan
        self.model.load(plan)
        self.progress.hide()
        for col, width in enumerate((50, 95, 210, 150, 210)):
            self.table.setColumnWidth(col, width)
        self.summary.setText(plan.summary().text())
        notes = []
        if plan.missing and not plan.create_missing:
            lines = plan.missing_lines(limit=8)
            more = len(plan.missing) - len(lines)
            notes.append(
                self.tr("Nicht in der Datenbank: %1").replace("%1", "; ".join(lines))
                + (self.tr(" und %1 weitere").replace("%1", str(more)) if more > 0 else "")
            )
        if plan.unknown_types:
            notes.append(
                self.tr("Unbekannte Beziehungsarten: %1").replace(
                    "%1", "; ".join(plan.unknown_type_lines())
                )
            )
        if plan.rejected and not self.import_valid.isChecked():
            notes.append(
                self.tr("%1 Zeile(n) abgelehnt (rot, Grund unter „Hinweis“): Bitte die Datei "
                        "berichtigen, oder nur die gültigen Zeilen importieren.")
                .replace("%1", str(len(plan.rejected)))
            )  # fmt: skip
        self.missing.setText("\n".join(notes))
        self.missing.setVisible(bool(notes))
        self.create_missing.setVisible(bool(plan.missing) or plan.create_missing)
        names = [t.name for t in plan.new_types.values()] or list(plan.unknown_types)
        self.create_types.setText(
            self.tr("Neue Beziehungsarten anlegen: %1").replace(
                "%1", ", ".join(f"„{n}“" for n in names)
            )
        )
        self.create_types.setVisible(bool(names))
        self.import_valid.setVisible(bool(plan.rejected))
        self.rejected_button.setVisible(bool(plan.rejected))
        self._done = True
        self.completeChanged.emit()

    def _valid_toggled(self, _checked: bool) -> None:
        if isinstance(self.w.plan, RelationPlan):
            self._planned(self.w.plan)  # the notes follow the choice
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.summary.setText(str(exc))

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        plan = self.w.plan
        if not self._done or not isinstance(plan, RelationPlan):
            return False
        if plan.rejected and not self.import_valid.isChecked():
            return False
        return plan.summary().relations_new > 0 or bool(plan.org_indexes_to_write())

    def _save_rejected(self) -> None:
        dialog = QFileDialog(self, self.tr("Abgelehnte Zeilen speichern"), "abgelehnt.xlsx")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(
            [self.tr("Excel-Arbeitsmappe (*.xlsx)"), self.tr("CSV für Excel (*.csv)")]
        )
        dialog.setDefaultSuffix("xlsx")
        dialog.fileSelected.connect(self.save_rejected_to)
        dialog.open()

    def save_rejected_to(self, path: str) -> int:
        return self.w.plan.write_rejected(path)

    def nextId(self) -> int:  # noqa: N802 - Qt API
        return self.w.run_id

    def run_import(self, report, cancelled):
        """The import, for the run page (on the thread pool)."""
        plan, valid = self.w.plan, self.import_valid.isChecked()
        return self.w.relation_importer.apply(
            plan, import_valid=valid, progress=report, cancel=cancelled
        )
