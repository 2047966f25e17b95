"""Extras › Datenschutz › „Überprüfungsliste …“: people without contact for N years
(storage limitation), to keep with a reason and a next review date, or to anonymise."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)

from wba_desktop.text import format as fmt
from wba_desktop.views.common.lazy_table import Column, format_value
from wba_desktop.views.common.messages import ask, inform
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.common.translation import tr
from wba_desktop.views.common.vocab_combo import cell
from wba_desktop.views.privacy.keep_dialog import KeepDialog

COLUMNS = (
    Column("name", QT_TR_NOOP("Name"), 200),
    Column("organisation", QT_TR_NOOP("Organisation"), 220),
    Column(
        "last_contact",
        QT_TR_NOOP("letzter Kontakt"),
        110,
        format=lambda d: format_value(d) or "nie",
    ),
    Column("created_on", QT_TR_NOOP("angelegt am"), 100),
    Column("legal_basis", QT_TR_NOOP("Rechtsgrundlage"), 150, format=cell),
)


class ReviewDialog(QDialog):
    """The review list with its bulk actions; a write reloads the list."""

    def __init__(self, services, parent=None, runner=None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self._runner = runner
        self.setWindowTitle(self.tr("Überprüfungsliste (Speicherbegrenzung)"))
        self._services = services
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Personen ohne Aktivität und ohne Teilnahme an einer Veranstaltung seit "
                "mindestens so vielen Jahren. Nicht mehr benötigte Daten anonymisieren, "
                "die übrigen mit Grund und nächstem Prüftermin behalten."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Ohne Kontakt seit mindestens"), self))
        self.years = QSpinBox(self)
        self.years.setObjectName("reviewYears")
        self.years.setRange(1, 30)
        self.years.setSuffix(self.tr(" Jahren"))
        self.years.setValue(services.review.years())
        self.years.valueChanged.connect(self._years_changed)
        row.addWidget(self.years)
        row.addStretch(1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("reviewCount")
        row.addWidget(self.count_label)
        layout.addLayout(row)

        self.model = RecordListModel(COLUMNS, parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("reviewTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for i, col in enumerate(COLUMNS):
            self.table.setColumnWidth(i, col.width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("&Behalten …"), self)
        self.keep_button.setObjectName("reviewKeep")
        self.keep_button.clicked.connect(self.keep_selected)
        self.erase_button = QPushButton(self.tr("&Anonymisieren …"), self)
        self.erase_button.setObjectName("reviewErase")
        self.erase_button.clicked.connect(self.anonymise_selected)
        close = QPushButton(self.tr("Schließen"), self)
        close.clicked.connect(self.accept)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.keep_dialog: KeepDialog | None = None
        self.resize(900, 560)
        self.reload()

    # -- the list ---------------------------------------------------------------------
    def reload(self) -> None:
        rows = op(self, self._services.review.candidates, title=self.windowTitle()).run()
        self.model.set_rows(rows or [])
        n = len(rows or [])
        self.count_label.setText(
            self.tr("%1 ohne Kontakt").replace("%1", fmt.count(n, "Person", "Personen"))
        )
        self._update_buttons()

    def _years_changed(self, years: int) -> None:
        op(self, lambda: self._services.review.set_years(years), title=self.windowTitle()).run()
        self.reload()

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.record(r).id for r in rows]

    def _update_buttons(self, *_args) -> None:
        has = bool(self.table.selectionModel().selectedRows())
        self.keep_button.setEnabled(has)
        self.erase_button.setEnabled(has)

    # -- the actions ------------------------------------------------------------------
    def keep_selected(self) -> KeepDialog | None:
        ids = self.selected_ids()
        if not ids:
            return None
        dialog = KeepDialog(len(ids), self)
        self.keep_dialog = dialog

        def done(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            call = lambda: self._services.review.keep(  # noqa: E731
                ids, dialog.reason(), dialog.next_review()
            )
            kept = op(self, call, title=self.tr("Daten behalten")).run()
            if kept is not None:
                self.reload()

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def anonymise_selected(self) -> QMessageBox | None:
        ids = self.selected_ids()
        if not ids:
            return None
        title = self.tr("Anonymisieren (Art. 17 DSGVO)")

        def answer(i: int) -> None:
            if i != 0:
                return

            def finished(report) -> None:
                inform(self, title, report.message)
                self.reload()

            call = lambda: self._services.erasure.anonymise_many(ids)  # noqa: E731
            task = op(self, call, title=title, runner=self._runner).success(finished)
            # many people on a large database take a while: off the GUI thread if we can
            task.run_in_background() if self._runner is not None else task.run()

        people = fmt.count(len(ids), tr("Person"), tr("Personen"))
        return ask(
            self,
            title,
            self.tr("%1 unwiderruflich anonymisieren?").replace("%1", people),
            [
                (self.tr("Unwiderruflich anonymisieren"), QMessageBox.ButtonRole.DestructiveRole),
                (self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole),
            ],
            answer,
            detail=self.tr(
                "Namen, Kontaktdaten, Zuordnungen und Texte über sie werden entfernt; "
                "Einladungen und Teilnahmen bleiben anonym für die Statistik. Das lässt "
                "sich nicht rückgängig machen."
            ),
            default=1,
        )

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Delete and self.erase_button.isEnabled():
            self.anonymise_selected()
            return
        super().keyPressEvent(event)
