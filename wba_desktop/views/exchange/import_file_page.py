"""The first page of the import wizard: the file (xlsx, xls, ods, CSV), its sheet and an
optional saved column mapping; a file the importer cannot read is refused here, with
the German reason under the field. A graph file (GEXF, GraphML) is read here too (its
checks: XML guard, node limit, duplicate ids) and goes straight to the relation
preview; an edge list is recognised here and named on the mapping page. „Vorlage
herunterladen“ saves the template for contacts or for relations."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWizard,
    QWizardPage,
)

from wba_desktop.errors import ServiceError
from wba_desktop.exchange.edge_list import detect_edge_list
from wba_desktop.exchange.graph_files import is_graph_file
from wba_desktop.exchange.mapping import Mapping, suggest
from wba_desktop.views.common.ops import op

FILE_FILTER = QT_TR_NOOP(
    "Tabellen und Netzwerkdateien (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.gexf *.graphml);;"
    "Tabellen (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Netzwerkdateien (*.gexf *.graphml);;"
    "Alle Dateien (*)"
)


class FilePage(QWizardPage):
    def __init__(self, wizard: QWizard) -> None:  # the ImportWizard
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Datei wählen"))
        self.setSubTitle(
            self.tr(
                "Excel-, LibreOffice- oder CSV-Datei mit Organisationen und/oder Personen, "
                "eine Beziehungsliste oder ein Netz aus Gephi (GEXF, GraphML)."
            )
        )
        self.path = QLineEdit(self)
        browse = QPushButton(self.tr("Durchsuchen …"), self)
        browse.clicked.connect(self._browse)
        self.sheet = QComboBox(self)
        self.mapping_path = QLineEdit(self)
        self.mapping_path.setPlaceholderText(self.tr("optional: gespeicherte Zuordnung (.json)"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8a1f11;")
        self.template_button = QPushButton(self.tr("Vorlage herunterladen …"), self)
        self.template_button.setToolTip(
            self.tr("Eine Excel-Datei mit den erwarteten Spalten, einer Beispielzeile und "
                    "Erläuterungen speichern, zum Ausfüllen und Importieren")
        )  # fmt: skip
        self.template_button.clicked.connect(self.save_template)
        self.template_kind = QComboBox(self)
        self.template_kind.addItem(self.tr("Kontakte"), "contacts")
        self.template_kind.addItem(self.tr("Beziehungen"), "relations")
        self.template_kind.setToolTip(self.tr("Welche Vorlage gespeichert wird"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        row.addWidget(self.template_button)
        row.addWidget(self.template_kind)
        form = QFormLayout(self)
        form.addRow(self.tr("Datei:"), row)
        form.addRow(self.tr("&Tabellenblatt:"), self.sheet)
        form.addRow(self.tr("&Zuordnung:"), self.mapping_path)
        form.addRow("", self.message)
        self.path.editingFinished.connect(self.load_sheets)

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Datei importieren"), self.path.text(), FILE_FILTER)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda p: (self.path.setText(p), self.load_sheets()))
        dialog.open()

    def save_template(self) -> str | None:
        """Ask where, then save the import template there; returns the path or None."""
        relations = self.template_kind.currentData() == "relations"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Vorlage speichern"),
            self.tr("Importvorlage Beziehungen.xlsx")
            if relations
            else self.tr("Importvorlage.xlsx"),
            self.tr("Excel-Arbeitsmappe (*.xlsx)"),
        )
        if not path:
            return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        importer = self.w.relation_importer if relations else self.w.importer
        done = op(self, lambda: importer.write_template(path) or path).run()
        if done:
            self.message.setStyleSheet("color: #2e7d32;")
            self.message.setText(
                self.tr("Vorlage gespeichert: %1 – ausfüllen, speichern und hier wählen.")
                .replace("%1", path)
            )  # fmt: skip
        return done

    def load_sheets(self) -> bool:
        from wba_desktop.exchange.spreadsheet import read_workbook

        self.sheet.clear()
        self.message.clear()
        self.message.setStyleSheet("color: #8a1f11;")
        if not self.path.text().strip():
            return False
        path = self.path.text().strip()
        if is_graph_file(path):
            self.sheet.addItem(self.tr("(Netzwerkdatei: ein Netz)"), None)
            self.sheet.setEnabled(False)
            return True
        source = op(self, lambda: read_workbook(path)).handle(ServiceError, self._refused).run()
        if source is None:
            return False
        for name in source.sheets:
            self.sheet.addItem(name, name)
        if source.default_sheet:
            self.sheet.setCurrentIndex(max(self.sheet.findData(source.default_sheet), 0))
        self.sheet.setEnabled(len(source.sheets) > 1)
        return True

    def _refused(self, exc: ServiceError) -> None:
        """A file the importer cannot read: the German reason under the file field."""
        self.message.setText(str(exc))

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        from wba_desktop.exchange.spreadsheet import read_rows

        if self.sheet.count() == 0 and not self.load_sheets():
            if not self.message.text():
                self.message.setText(self.tr("Bitte eine Datei wählen."))
            return False
        path, sheet = self.path.text().strip(), self.sheet.currentData()
        self.w.graph, self.w.relations = None, False
        self.w.source_name = Path(path).name
        if is_graph_file(path):
            return self._read_graph(path)
        # the preview's matching data is read meanwhile: calamine leaves the GIL free
        self.w.discard_lookups()
        self.w.lookups_ahead = self.w.importer.prefetch()
        rows = op(self, lambda: read_rows(path, sheet)).handle(ServiceError, self._refused).run()
        if rows is None:
            return False
        if not rows:
            self.message.setText(self.tr("Das Tabellenblatt ist leer."))
            return False
        mapping = detect_edge_list(rows, sheet) or suggest(rows, sheet)
        saved = self.mapping_path.text().strip()
        if saved:
            try:
                mapping = Mapping.from_file(saved).adapt(rows)
            except ServiceError as exc:  # German from start to end
                self.message.setText(str(exc))
                return False
        self.w.rows, self.w.mapping = rows, mapping
        return True

    def _read_graph(self, path: str) -> bool:
        from wba_desktop.exchange.graph_files import read_graph

        graph = op(self, lambda: read_graph(path)).handle(ServiceError, self._refused).run()
        if graph is None:
            return False
        self.w.graph, self.w.relations, self.w.rows, self.w.mapping = graph, True, [], None
        return True

    def nextId(self) -> int:  # noqa: N802 - Qt API
        if is_graph_file(self.path.text().strip()):
            return self.w.relation_id
        return super().nextId()
