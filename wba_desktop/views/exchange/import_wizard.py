"""Import wizard: file and sheet, column mapping, preview with decisions, import.

An edge list (recognised on the mapping page, which says so) or a graph file (GEXF,
GraphML: no mapping page) goes to the relation preview (``relation_import_page``)
instead of the contact preview.

Reading and planning a large file and writing the import run on the thread pool;
the import is one transaction, so cancelling leaves the database as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from wba_desktop.exchange.edge_list import (
    RELATION_FIELDS,
    is_relation_mapping,
    suggest_relation_mapping,
)
from wba_desktop.exchange.mapping import FIELDS, Mapping, suggest_mapping
from wba_desktop.services.bundle import Services
from wba_desktop.services.importing.plan import ACTION_LABELS, Action
from wba_desktop.views.common.tasks import Task, TaskRunner
from wba_desktop.views.common.translation import tr
from wba_desktop.views.exchange.import_file_page import FilePage
from wba_desktop.views.exchange.import_model import (
    ActionDelegate,
    FieldDelegate,
    MappingModel,
    PreviewModel,
)
from wba_desktop.views.exchange.relation_import_page import RelationPreviewPage


def _table(parent) -> QTableView:
    table = QTableView(parent)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    return table


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Spalten zuordnen"))
        self.setSubTitle(
            self.tr("Vorschlag aus den Spaltenüberschriften; ein Klick auf „wird zu“ ändert ihn.")
        )
        self.header_row = QSpinBox(self)
        self.header_row.setRange(1, 30)
        self.header_row.valueChanged.connect(self._header_changed)
        self.model = MappingModel(self)
        self.table = _table(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(2, FieldDelegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.as_relations = QCheckBox(
            self.tr("Als Beziehungsliste importieren (Organisation – Beziehung – Organisation)"),
            self,
        )
        self.as_relations.toggled.connect(self._kind_changed)
        self.kind_note = QLabel(self)
        self.kind_note.setObjectName("relationNote")
        self.kind_note.setWordWrap(True)
        self.kind_note.setStyleSheet("color: #1f4e8a; font-weight: bold;")
        save = QPushButton(self.tr("Zuordnung speichern …"), self)
        save.clicked.connect(self._save)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #8a1f11;")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Überschriften stehen in Zeile"), self))
        top.addWidget(self.header_row)
        top.addStretch(1)
        top.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind_note)
        layout.addWidget(self.as_relations)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        m = self.w.mapping
        relations = is_relation_mapping(m)
        self.as_relations.blockSignals(True)
        self.as_relations.setChecked(relations)
        self.as_relations.blockSignals(False)
        self._show_kind(relations)
        self.header_row.blockSignals(True)
        self.header_row.setValue(m.header_row + 1)
        self.header_row.blockSignals(False)
        self.model.load(self.w.rows, m.header_row, m.columns)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 320)

    def _show_kind(self, relations: bool) -> None:
        self.w.relations = relations
        self.model.field_labels = RELATION_FIELDS if relations else FIELDS
        self.kind_note.setText(
            self.tr("Beziehungsliste erkannt: Jede Zeile wird als Beziehung zwischen zwei "
                    "Organisationen importiert, nicht als Kontakt.")
            if relations
            else self.tr("Kontaktliste: Jede Zeile ist eine Organisation und/oder eine Person.")
        )  # fmt: skip

    def _suggest(self, header) -> dict[int, str]:
        if self.as_relations.isChecked():
            return suggest_relation_mapping(header)
        return suggest_mapping(header)

    def _kind_changed(self, relations: bool) -> None:
        self._show_kind(relations)
        self._header_changed(self.header_row.value())

    def _header_changed(self, value: int) -> None:
        row = value - 1
        header = self.w.rows[row] if row < len(self.w.rows) else []
        self.model.load(self.w.rows, row, self._suggest(header))

    def nextId(self) -> int:  # noqa: N802 - Qt API
        return self.w.relation_id if self.as_relations.isChecked() else self.w.preview_id

    def mapping(self) -> Mapping:
        row = self.header_row.value() - 1
        columns = self.model.columns()
        headers = {c: self.model.headers[c] for c in columns}
        return Mapping(row, columns, headers, self.w.mapping.sheet)

    def _save(self) -> None:
        dialog = QFileDialog(self, self.tr("Zuordnung speichern"), "zuordnung.json")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Zuordnung (*.json)"))
        dialog.setDefaultSuffix("json")
        dialog.fileSelected.connect(self.save_to)
        dialog.open()

    def save_to(self, path: str) -> None:
        Path(path).write_text(self.mapping().to_json(), encoding="utf-8")
        self.message.setStyleSheet("color: #2e7d32;")
        self.message.setText(self.tr("Zuordnung gespeichert: %1").replace("%1", path))

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        fields = self.mapping().fields()
        if self.as_relations.isChecked():
            if not {"rel_source", "rel_target"} <= fields:
                self.message.setStyleSheet("color: #8a1f11;")
                self.message.setText(
                    self.tr("Bitte zwei Spalten als „Organisation (von)“ und „Organisation "
                            "(zu)“ zuordnen.")
                )  # fmt: skip
                return False
            self.w.mapping = self.mapping()
            return True
        if not fields & {"org_name", "last_name", "full_name", "email"}:
            self.message.setStyleSheet("color: #8a1f11;")
            self.message.setText(
                self.tr("Bitte mindestens eine Spalte als Organisation oder als Name zuordnen.")
            )
            return False
        self.w.mapping = self.mapping()
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Vorschau prüfen"))
        self.setSubTitle(self.tr("Noch ist nichts gespeichert."))
        self.setCommitPage(True)  # after the import there is no way back
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Importieren"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.default_action = QComboBox(self)
        for action, label in ACTION_LABELS.items():
            self.default_action.addItem(label, action.value)
        self.default_action.setCurrentIndex(self.default_action.findData(Action.FILL.value))
        self.default_action.currentIndexChanged.connect(self._default_changed)
        self.show_only = QComboBox(self)
        for label, value in ((tr("alle Zeilen"), None), (tr("nur abgelehnte"), "rejected"),
                             (tr("nur vorhandene"), "match"), (tr("nur neue"), "new")):  # fmt: skip
            self.show_only.addItem(self.tr(label), value)
        self.show_only.currentIndexChanged.connect(self._filter_changed)
        self.rejected_button = QPushButton(self.tr("Abgelehnte Zeilen speichern …"), self)
        self.rejected_button.clicked.connect(self._save_rejected)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.model = PreviewModel(self)
        self.model.dataChanged.connect(lambda *_: self._update_summary())
        self.table = _table(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(4, ActionDelegate(self.table))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Bei vorhandenen Einträgen:"), self))
        top.addWidget(self.default_action)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Anzeigen:"), self))
        top.addWidget(self.show_only)
        top.addStretch(1)
        top.addWidget(self.rejected_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._done = False

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self._done = False
        self.progress.show()
        self.summary.setText(self.tr("Die Vorschau wird berechnet …"))
        rows, mapping, importer = self.w.rows, self.w.mapping, self.w.importer
        source, ahead = getattr(self.w, "source_name", ""), self.w.lookups_ahead
        self.w.runner.run(
            lambda _report, _cancelled: importer.plan(
                rows, mapping, source_name=source, prefetched=ahead
            ),
            self._planned,
            self._failed,
        )

    def _planned(self, plan) -> None:
        self.w.plan = plan
        self.model.decisions = {}
        self.model.load(plan, self.show_only.currentData())
        self.progress.hide()
        self.rejected_button.setEnabled(bool(plan.rejected))
        for col, width in enumerate((55, 85, 260, 200)):
            self.table.setColumnWidth(col, width)
        self._done = True
        self._update_summary()
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.summary.setText(str(exc))

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self._done

    def decisions(self) -> dict[int, Action]:
        plan = self.w.plan
        return {r.row_no: self.model.action(r) for r in plan.matched} if plan else {}

    def _update_summary(self) -> None:
        if self.w.plan is not None:
            self.summary.setText(self.w.plan.summary(self.decisions()).text())

    def nextId(self) -> int:  # noqa: N802 - Qt API
        return self.w.run_id

    def _default_changed(self) -> None:
        self.model.set_all(Action(self.default_action.currentData()))
        self._update_summary()

    def _filter_changed(self) -> None:
        if self.w.plan is not None:
            self.model.load(self.w.plan, self.show_only.currentData())

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
        from wba_desktop.services.importing.service import write_rejected_xlsx

        return write_rejected_xlsx(self.w.plan, path)


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Importieren"))
        self.progress = QProgressBar(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Import abbrechen"), self)
        self.cancel_button.clicked.connect(self._cancel)
        self.history_button = QPushButton(self.tr("Importverlauf anzeigen"), self)
        self.history_button.setObjectName("importHistoryButton")
        self.history_button.hide()  # after a successful import
        self.history_button.clicked.connect(self._show_history)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._task: Task | None = None
        self._done = False
        self.summary = None

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self._done = False
        self.summary = None
        self.setSubTitle(
            self.tr("Alles oder nichts: bricht der Import ab, bleibt alles wie es war.")
        )
        self.status.setText(self.tr("Import läuft …"))
        self.cancel_button.setEnabled(True)
        plan, importer = self.w.plan, self.w.importer
        if self.w.relations:
            call = self.w.relation_preview.run_import
        else:
            decisions = self.w.preview.decisions()

            def call(report, cancelled):
                return importer.apply(plan, decisions, report, cancelled)

        self._task = self.w.runner.run(
            call,
            self._finished,
            self._failed,
            lambda done, total, _t: self.progress.setValue(done * 100 // max(total, 1)),
        )

    def _finished(self, summary) -> None:
        self.summary = summary
        self.progress.setValue(100)
        self.status.setText(self.tr("Import abgeschlossen.") + "\n\n" + summary.text())
        self.history_button.show()
        self._end()
        self.w.imported.emit()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(str(exc) + "\n\n" + self.tr("Die Datenbank ist unverändert."))
        self._end()

    def _end(self) -> None:
        self._task = None
        self._done = True
        self.cancel_button.setEnabled(False)
        self.completeChanged.emit()

    def _show_history(self) -> None:
        self.w.history_requested.emit()
        self.w.accept()

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status.setText(self.tr("Wird abgebrochen …"))

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self._done

    def nextId(self) -> int:  # noqa: N802 - Qt API
        return -1  # the relation preview is added after this page


class ImportWizard(QWizard):
    """Emits ``imported`` after a successful import (lists refresh), and
    ``history_requested`` for „Importverlauf anzeigen“ after it."""

    imported = Signal()
    history_requested = Signal()

    def __init__(self, services: Services, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.importer = services.importer
        self.relation_importer = services.relation_importer
        self.relations = False  # an edge list or a graph file: relations are imported
        self.graph = None  # a graph file read (``exchange.graph_files.GraphFile``)
        self.runner = runner
        self.rows: list[list] = []
        self.mapping: Mapping | None = None
        self.plan = None
        #: the preview's matching data, read while the file is read (``importer.prefetch``)
        self.lookups_ahead = None
        self.setWindowTitle(self.tr("Importieren"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Weiter >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Zurück"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Abbrechen"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Fertig"))
        self.resize(960, 640)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview = PreviewPage(self)
        self.run_page = RunPage(self)
        self.relation_preview = RelationPreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.preview, self.run_page):
            self.addPage(page)
        self.preview_id = self.pageIds()[2]
        self.relation_id = self.addPage(self.relation_preview)
        self.run_id = self.pageIds()[3]
        self.finished.connect(self.discard_lookups)

    def discard_lookups(self) -> None:
        """Drop a read-ahead the preview did not take (another file, the wizard closed)."""
        if self.lookups_ahead is not None:
            self.lookups_ahead.discard()
            self.lookups_ahead = None
