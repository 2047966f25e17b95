"""Extras › Datenschutz › Noch nicht informiert …: people added more than 30 days ago
who have not been told about their data (Art. 14 DSGVO: within one month).

„Informationsschreiben (Serienbrief) …“ exports the mail merge of the information
letter (Anrede, Briefanrede, DIN 5008 address) for the selection, or for everyone when
nothing is selected; „Als informiert markieren“ sets today's date for the selection,
once the letters went out.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from wba_desktop.services.bundle import Services
from wba_desktop.text import format as fmt
from wba_desktop.views.common.file_export import default_filename, export_folder
from wba_desktop.views.common.lazy_table import ROW_ROLE, Column
from wba_desktop.views.common.messages import ask, inform
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.privacy.access_save import runner_of

COLUMNS = (
    Column("name", QT_TR_NOOP("Name"), 200),
    Column("organisation", QT_TR_NOOP("Organisation"), 230),
    Column("email", QT_TR_NOOP("E-Mail"), 270),
    Column("created_at", QT_TR_NOOP("angelegt am"), 95, format=fmt.day),
    Column("data_source", QT_TR_NOOP("Herkunft"), 180),
)


class UninformedDialog(QDialog):
    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("uninformedDialog")
        self.setWindowTitle(self.tr("Noch nicht informiert (Art. 14 DSGVO)"))
        self.resize(1000, 560)
        self._services = services
        self.written = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = RecordListModel(COLUMNS, lambda r: not r.active, self)
        self.table = QTableView(self)
        self.table.setObjectName("uninformedTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for i, col in enumerate(COLUMNS):
            self.table.setColumnWidth(i, col.width)
        self.letters_button = QPushButton(self.tr("Informationsschreiben (Serienbrief) …"), self)
        self.letters_button.clicked.connect(self.ask_letters_file)
        self.mark_button = QPushButton(self.tr("Als informiert markieren"), self)
        self.mark_button.setToolTip(
            self.tr("Für die Auswahl „informiert am“ auf heute setzen (nach dem Versand)")
        )
        self.mark_button.clicked.connect(self.confirm_mark)
        close = QPushButton(self.tr("Schließen"), self)
        close.clicked.connect(self.accept)
        for b in (self.letters_button, self.mark_button, close):
            b.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.letters_button)
        buttons.addWidget(self.mark_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.reload()

    # -- data ---------------------------------------------------------------------------
    def reload(self) -> None:
        rows = op(self, self._services.uninformed.rows, title=self.windowTitle()).run()
        self.model.set_rows(rows or [])
        self.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        n = len(rows or [])
        if n:
            text = self.tr(
                "%1 Personen wurden vor mehr als 30 Tagen angelegt und noch nicht über ihre "
                "Daten informiert (Art. 14 DSGVO: spätestens nach einem Monat). Ohne Auswahl "
                "gilt der Serienbrief für alle."
            ).replace("%1", fmt.integer(n))
        else:
            text = self.tr("Alle Personen sind informiert – niemand wartet länger als 30 Tage.")
        self.summary.setText(text)
        self._update()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.index(r, 0).data(ROW_ROLE).id for r in rows]

    def _update(self, *_args) -> None:
        self.letters_button.setEnabled(self.model.rowCount() > 0)
        self.mark_button.setEnabled(bool(self.selected_ids()))

    # -- the letters ----------------------------------------------------------------------
    def letter_ids(self) -> list[int]:
        """The selection, or everyone listed when nothing is selected."""
        return self.selected_ids() or [r.id for r in self.model.rows()]

    def ask_letters_file(self) -> QFileDialog:
        default = export_folder() / default_filename("Informationsschreiben Art 14", ".xlsx")
        dialog = QFileDialog(self, self.tr("Serienbrief speichern"), str(default))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("Excel-Arbeitsmappe (*.xlsx)"), self.tr("CSV (*.csv)")])
        dialog.setDefaultSuffix("xlsx")
        dialog.fileSelected.connect(lambda p: self.export_letters(Path(p)))
        dialog.open()
        return dialog

    def export_letters(self, path: Path) -> None:
        """Write the mail merge for ``letter_ids()`` in the background (tests call it)."""
        ids = self.letter_ids()
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")

        def done(result) -> None:
            self.written = result
            inform(
                self,
                self.tr("Serienbrief gespeichert"),
                self.tr(
                    "Der Serienbrief für %1 Personen wurde gespeichert:\n%2\n\nNach dem "
                    "Versand die Personen auswählen und „Als informiert markieren“."
                )
                .replace("%1", fmt.integer(result.rows))
                .replace("%2", str(result.path)),
            )

        op(
            self,
            lambda: self._services.uninformed.export_letters(ids, path),
            title=self.tr("Serienbrief"),
            runner=runner_of(self),
        ).success(done).run_in_background()

    # -- marking ------------------------------------------------------------------------
    def confirm_mark(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        ask(
            self,
            self.tr("Als informiert markieren"),
            self.tr(
                "Für %1 Personen „informiert am“ auf heute setzen? Bitte erst, wenn das "
                "Informationsschreiben verschickt ist."
            ).replace("%1", fmt.integer(len(ids))),
            [
                (self.tr("Als informiert markieren"), QMessageBox.ButtonRole.AcceptRole),
                (self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole),
            ],
            lambda i: i == 0 and self.mark_informed(ids),
        )

    def mark_informed(self, ids: list[int]) -> int | None:
        changed = op(
            self,
            lambda: self._services.uninformed.mark_informed(ids),
            title=self.tr("Als informiert markieren"),
        ).run()
        if changed is not None:
            self.reload()
        return changed
