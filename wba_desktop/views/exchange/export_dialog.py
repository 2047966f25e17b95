"""Export what a list shows (filter, sort, visible columns) to Excel, CSV or vCard.

The export runs on the thread pool with a progress bar and a cancel button, so
100,000 people never freeze the window. „Für den Druck“ exports only the few columns
that fit a printed page readably; when CSV is chosen, a hint says that Excel drops
the leading zero of postcodes when it opens a CSV (xlsx is the file for Excel).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.listing import Sort
from wba_desktop.services.privacy.consent_filter import describe_left_out
from wba_desktop.services.verteiler.export_rows import PRINT_COLUMNS
from wba_desktop.text import format as fmt
from wba_desktop.views.common.file_export import default_filename, export_folder
from wba_desktop.views.common.purpose_combo import PurposeCombo
from wba_desktop.views.common.tasks import Task, TaskRunner

FORMATS = {
    # key: (label, file ending, for people only)
    "xlsx": (QT_TR_NOOP("Excel-Arbeitsmappe (.xlsx)"), ".xlsx", False),
    "csv": (QT_TR_NOOP("CSV für andere Programme (.csv, Semikolon, UTF-8)"), ".csv", False),
    "vcf": (QT_TR_NOOP("Outlook-Kontakte in einer Datei (.vcf)"), ".vcf", True),
    "vcf-zip": (QT_TR_NOOP("Outlook-Kontakte einzeln, gepackt (.zip)"), ".zip", True),
}
KIND_LABELS = {
    "people": QT_TR_NOOP("Personen"),
    "organisations": QT_TR_NOOP("Organisationen"),
    "relations": QT_TR_NOOP("Beziehungen"),
}
#: the columns of the print-friendly choice, as the checkbox's tooltip names them
PRINT_LABELS = {
    "people": QT_TR_NOOP("Name, Organisation, Funktion, E-Mail, Telefon"),
    "organisations": QT_TR_NOOP("Name, Art, Ort, E-Mail, Telefon"),
}
CSV_HINT = QT_TR_NOOP(
    "Hinweis: Excel lässt beim Öffnen einer CSV-Datei die führende Null von Postleitzahlen "
    "weg (aus 06108 wird 6108). Für Excel ist die Excel-Arbeitsmappe (.xlsx) die richtige "
    "Wahl; CSV ist für Word-Serienbriefe und andere Programme."
)


class ExportDialog(QDialog):
    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        kind: str,
        title: str,
        flt,
        sort: Sort = Sort(),
        columns: list[str] | None = None,
        parent=None,
        purpose: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._services, self._runner = services, runner
        self._kind, self._title, self._flt, self._sort, self._columns = (
            kind,
            title,
            flt,
            sort,
            columns,
        )
        self._task: Task | None = None
        self.result_path: Path | None = None
        self.setWindowTitle(self.tr("Exportieren: %1").replace("%1", title))
        self.setMinimumWidth(560)

        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        format_box = QVBoxLayout()
        for key, (label, _ending, people_only) in FORMATS.items():
            if people_only and kind != "people":
                continue
            button = QRadioButton(self.tr(label), self)
            self.format_group.addButton(button)
            self.format_buttons[key] = button
            format_box.addWidget(button)
            button.toggled.connect(self._format_changed)
        self.mail_merge = QCheckBox(
            self.tr("Serienbrief-Spalten: Anrede, Briefanrede, Anschrift nach DIN 5008"), self
        )
        self.mail_merge.setVisible(kind == "people")
        self.for_print = QCheckBox(self.tr("Für den Druck: nur die wichtigsten Spalten"), self)
        self.for_print.setToolTip(
            self.tr("Nur %1 – so bleibt die Schrift auf A4 quer gut lesbar.").replace(
                "%1", self.tr(PRINT_LABELS.get(kind, ""))
            )
        )
        self.for_print.setObjectName("forPrint")
        self.for_print.setVisible(kind in PRINT_LABELS)
        self.for_print.toggled.connect(self._format_changed)
        self.csv_hint = QLabel(self.tr(CSV_HINT), self)
        self.csv_hint.setObjectName("csvHint")
        self.csv_hint.setWordWrap(True)
        self.csv_hint.setStyleSheet("color: #8a5a00;")
        self.csv_hint.setVisible(False)
        self.path = QLineEdit(self)
        browse = QPushButton(self.tr("Durchsuchen …"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.purpose = PurposeCombo(
            [p.name for p in services.consents.purposes(active_only=True)], self
        )
        self.purpose.set_purpose(purpose)
        form = QFormLayout()
        if kind == "people":
            form.addRow(self.tr("&Zweck:"), self.purpose)
        form.addRow(self.tr("Format:"), format_box)
        form.addRow("", self.mail_merge)
        form.addRow("", self.for_print)
        form.addRow(self.tr("Datei:"), path_row)

        self.summary = QLabel(self)
        self.summary.setObjectName("exportSummary")
        self.summary.setWordWrap(True)
        self._update_summary()
        self.purpose.currentIndexChanged.connect(self._update_summary)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Exportieren"), self)
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Abbrechen"), self)
        self.open_button = QPushButton(self.tr("Datei öffnen"), self)
        self.folder_button = QPushButton(self.tr("Ordner öffnen"), self)
        for b in (self.open_button, self.folder_button):
            b.hide()
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._cancel_or_close)
        self.open_button.clicked.connect(lambda: self._open(self.result_path))
        self.folder_button.clicked.connect(
            lambda: self._open(self.result_path.parent if self.result_path else None)
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.csv_hint)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.format_buttons["xlsx"].setChecked(True)

    def _count(self) -> tuple[int, str]:
        """How many rows the export will have, and who data protection leaves out."""
        if self._kind == "people":
            ids = self._services.people.list_ids(self._flt)
            kept, left_out = self._services.consents.allowed(ids, self.purpose.purpose())
            return len(kept), describe_left_out(left_out, self.purpose.purpose())
        return self._services.organisations.count(self._flt), ""

    def _update_summary(self) -> None:
        count, left_out = self._count()
        what = self.tr(KIND_LABELS.get(self._kind, self._kind))
        text = (
            self.tr(
                "%n %1 werden exportiert, wie die Liste sie zeigt (Filter, Sortierung, "
                "sichtbare Spalten)."
            )
            .replace("%n", fmt.integer(count))
            .replace("%1", what)
        )
        self.summary.setText(f"{text}\n{left_out}." if left_out else text)

    def selected_format(self) -> str:
        return next(k for k, b in self.format_buttons.items() if b.isChecked())

    def set_format(self, key: str) -> None:
        self.format_buttons[key].setChecked(True)

    def printing(self) -> bool:
        """True when only the columns for a printed page are to be exported."""
        return (
            self._kind in PRINT_LABELS and self.for_print.isChecked() and self.for_print.isEnabled()
        )

    def _format_changed(self) -> None:
        fmt = (
            self.selected_format()
            if any(b.isChecked() for b in self.format_buttons.values())
            else "xlsx"
        )
        ending = FORMATS[fmt][1]
        self.for_print.setEnabled(fmt == "xlsx")
        printing = self.for_print.isChecked() and self.for_print.isEnabled()
        self.mail_merge.setEnabled(fmt in ("xlsx", "csv") and not printing)
        if self.csv_hint.isVisibleTo(self) != (fmt == "csv"):
            self.csv_hint.setVisible(fmt == "csv")
            self._fit_height()
        current = self.path.text().strip()
        if current:
            self.path.setText(str(Path(current).with_suffix(ending)))
        else:
            self.path.setText(str(export_folder() / default_filename(self._title, ending)))

    def _fit_height(self) -> None:
        """Take the height the wrapped hint needs: a layout does not grow the dialog by
        itself for word-wrapped labels, and squeezes the other rows instead."""
        layout = self.layout()
        if layout is not None and self.isVisible():
            layout.activate()
            self.resize(self.width(), layout.totalHeightForWidth(self.width()))

    def _browse(self) -> None:
        fmt = self.selected_format()
        label, ending, _ = FORMATS[fmt]
        dialog = QFileDialog(self, self.tr("Exportieren nach"), self.path.text())
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(f"{self.tr(label)} (*{ending})")
        dialog.setDefaultSuffix(ending.lstrip("."))
        dialog.fileSelected.connect(self.path.setText)
        dialog.open()

    # -- running -------------------------------------------------------------------------
    def start(self) -> None:
        target = Path(self.path.text().strip()).expanduser()
        if not self.path.text().strip():
            self.status.setText(self.tr("Bitte eine Zieldatei angeben."))
            return
        if not target.parent.is_dir():
            self.status.setText(
                self.tr("Den Ordner „%1“ gibt es nicht.").replace("%1", str(target.parent))
            )
            return
        fmt = self.selected_format()
        exports = self._services.exports
        kind, flt, sort, columns = self._kind, self._flt, self._sort, self._columns
        mail_merge = self.mail_merge.isChecked() and self.mail_merge.isEnabled()
        if self.printing():
            columns = list(PRINT_COLUMNS[kind])
        purpose = self.purpose.purpose() if kind == "people" else None

        def work(report, cancelled):
            return exports.export(
                kind,
                flt,
                sort,
                columns,
                target,
                fmt,
                mail_merge,
                progress=report,
                cancel=cancelled,
                title=self._title,
                purpose=purpose,
            )

        self.export_button.setEnabled(False)
        self.progress.show()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status.setText(self.tr("Export läuft …"))
        self._task = self._runner.run(work, self._done, self._failed, self._progress)

    def _progress(self, done: int, total: int, text: str) -> None:
        self.progress.setValue(done * 100 // max(total, 1))
        if text:
            self.status.setText(text)

    def _done(self, result) -> None:
        self._task = None
        self.result_path = Path(result.path)
        self.progress.setValue(100)
        text = (
            self.tr("Gespeichert: %1 (%n Zeilen).")
            .replace("%n", fmt.integer(result.rows))
            .replace("%1", str(self.result_path))
        )
        left_out = getattr(result, "left_out_text", "")
        self.status.setText(f"{text} {left_out}." if left_out else text)
        self.export_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Schließen"))
        for b in (self.open_button, self.folder_button):
            b.show()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.status.setText(str(exc) or type(exc).__name__)

    def _cancel_or_close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status.setText(self.tr("Wird abgebrochen …"))
        else:
            self.reject()

    @staticmethod
    def _open(path: Path | None) -> None:
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
