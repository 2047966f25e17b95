"""Datei › Sicherung wiederherstellen … and Datei › Daten in die Teamdatenbank
übertragen …: the dialogs on top of ``services.backups``.

Both ask before anything is replaced, say what the database holds now, run in the
background with a progress bar, and report what arrived. The CLI's ``restore`` and
``load`` use the same service calls.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from wba_desktop.services import connection
from wba_desktop.services.backups import (
    TargetNotEmpty,
    describe_counts,
    reason_label,
    summary,
)
from wba_desktop.text import format as fmt
from wba_desktop.views.common.messages import ask, inform
from wba_desktop.views.common.ops import op
from wba_desktop.views.shell.team_form import TeamDatabaseForm

REPLACE, CANCEL = 0, 1


def _size(n: int) -> str:
    return f"{fmt.decimal(n / 1_000_000, 1)} MB" if n >= 100_000 else f"{fmt.integer(n // 1000)} kB"


class _WorkDialog(QDialog):
    """A dialog that runs one long service call with a progress bar and can cancel it."""

    def __init__(self, services, runner, parent=None) -> None:
        super().__init__(parent)
        self._services, self._runner = services, runner
        self._task = None
        self.closer: QPushButton | None = None  # stays usable: it cancels running work
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)

    def _report(self, done: int, total: int, what: str) -> None:
        self.progress.show()
        self.progress.setValue(done * 100 // max(total, 1))
        self.status.setText(what)

    def _busy(self, busy: bool) -> None:
        for button in self.findChildren(QPushButton):
            if button is not self.closer:
                button.setEnabled(not busy)
        if not busy:
            self.progress.hide()
            self._task = None

    def reject(self) -> None:
        if self._task is not None:  # asked to stop: the work ends where it can
            self._task.cancel()
            self.status.setText(self.tr("Wird abgebrochen …"))
            return
        super().reject()


class RestoreDialog(_WorkDialog):
    """The backups of this database, newest first; or another file chosen by hand."""

    def __init__(self, services, runner, parent=None) -> None:
        super().__init__(services, runner, parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Sicherung wiederherstellen"))
        self.restored = None
        intro = QLabel(
            self.tr(
                "Zu welchem Stand soll die Datenbank zurückkehren? Die Sicherung wird vorher "
                "vollständig geprüft, und der jetzige Stand wird gesichert, bevor er ersetzt "
                "wird."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Gesichert am"), self.tr("Anlass"), self.tr("Größe")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        self.other = QPushButton(self.tr("Andere Datei …"), self)
        self.other.clicked.connect(self.choose_file)
        self.restore_button = QPushButton(self.tr("Wiederherstellen …"), self)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_selected)
        close = self.closer = QPushButton(self.tr("Schließen"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self._backups = []
        self.fill()
        self.resize(620, 420)

    def _busy(self, busy: bool) -> None:
        super()._busy(busy)
        if not busy:
            self.restore_button.setEnabled(bool(self._backups))

    def fill(self) -> None:
        self._backups = self._services.backups.list_backups()
        self.table.setRowCount(len(self._backups))
        for row, info in enumerate(self._backups):
            when = f"{info.created:%d.%m.%Y %H:%M}"
            for col, text in enumerate((when, reason_label(info.reason), _size(info.size))):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        if self._backups:
            self.table.selectRow(0)
        else:
            self.status.setText(
                self.tr("Im Sicherungsordner liegt noch keine Sicherung dieser Datenbank.")
            )
        self.restore_button.setEnabled(bool(self._backups))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Sicherung wählen"),
            str(self._services.backups.folder),
            self.tr("Sicherungen (*.sqlite3 *.zip);;Alle Dateien (*)"),
        )
        if path:
            self.restore_file(Path(path))

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.restore_file(self._backups[rows[0].row()].path)

    def restore_file(self, path: Path) -> None:
        """Check the file, ask, restore (each step in the background)."""
        backups = self._services.backups
        self._busy(True)

        def checked(result) -> None:
            check, held = result
            self._busy(False)
            self.status.setText(self.tr("Die Sicherung ist in Ordnung."))
            if not held:
                self._restore(path, replace=False)
                return
            ask(
                self,
                self.windowTitle(),
                self.tr("Den jetzigen Stand durch die Sicherung ersetzen?"),
                [
                    (self.tr("Ersetzen"), QMessageBox.ButtonRole.AcceptRole),
                    (self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole),
                ],
                lambda i: self._restore(path, replace=True) if i == REPLACE else None,
                detail=self.tr(
                    "Die Datenbank enthält jetzt %1. Dieser Stand wird zuerst gesichert und "
                    "dann durch „%2“ ersetzt. Alle, die gerade mit der Datenbank arbeiten, "
                    "sehen danach den wiederhergestellten Stand."
                )
                .replace("%1", describe_counts(held))
                .replace("%2", path.name),
                default=CANCEL,
            )

        self._task = (
            op(
                self,
                lambda report, _cancelled: (
                    backups.check_file(path, report),
                    backups.data_counts(),
                ),
                runner=self._runner,
            )
            .progress(self._report)
            .success(checked)
            .failure(lambda _e: self._busy(False))
            .run_in_background()
        )

    def _restore(self, path: Path, replace: bool) -> None:
        backups = self._services.backups
        self._busy(True)

        def done(report) -> None:
            self._busy(False)
            self.restored = report
            text = summary(report)
            for note in report.notes:  # e.g. erasures applied again (the erasure ledger)
                text += "\n\n" + note
            if report.backup is not None:
                text += "\n\n" + self.tr("Der vorherige Stand ist gesichert in:\n%1").replace(
                    "%1", str(report.backup)
                )
            inform(self.parentWidget() or self, self.windowTitle(), text)
            self.accept()

        self._task = (
            op(
                self,
                lambda report, cancelled: backups.restore(path, replace, report, cancelled),
                runner=self._runner,
            )
            .progress(self._report)
            .success(done)
            .failure(lambda _e: self._busy(False))
            .run_in_background()
        )


class TransferDialog(_WorkDialog):
    """Copy all data of this database into the team database (PostgreSQL)."""

    def __init__(self, services, runner, settings, parent=None) -> None:
        super().__init__(services, runner, parent)
        self.setObjectName("transferDialog")
        self.setWindowTitle(self.tr("Daten in die Teamdatenbank übertragen"))
        self._settings = settings
        self.transferred = None
        intro = QLabel(
            self.tr(
                "Alle Daten dieser Datenbank werden in die Teamdatenbank kopiert, in einem "
                "Schritt: kommt die Übertragung nicht zu Ende, bleibt die Teamdatenbank, wie "
                "sie war. Diese Datenbank bleibt unverändert."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.form = TeamDatabaseForm(self, offer_keep=False)
        self.host, self.database, self.user = self.form.host, self.form.database, self.form.user
        self.password = self.form.password
        self.buttons = QDialogButtonBox(self)
        self.start = self.buttons.addButton(
            self.tr("Übertragen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = self.closer = self.buttons.addButton(
            self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.start.clicked.connect(self.transfer)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._prefill()
        self.resize(560, 380)

    def _prefill(self) -> None:
        from wba_desktop.views.common import settings as keys

        team = connection.TeamDatabase.from_url(self._settings.get(keys.DATABASE_URL) or "")
        if team is not None:
            self.form.show_team(team)

    def team(self) -> connection.TeamDatabase:
        return self.form.team()

    def transfer(self, replace: bool = False) -> None:
        missing = self.form.missing()
        if missing:
            names = [text.split(":")[0] for text in missing.values()]
            self.status.setText(self.tr("Bitte ausfüllen: %1.").replace("%1", fmt.listing(names)))
            return
        url = self.team().url(self.password.text())
        backups = self._services.backups
        self._busy(True)
        self._task = (
            op(
                self,
                lambda report, cancelled: backups.transfer_to(url, replace, report, cancelled),
                runner=self._runner,
            )
            .progress(self._report)
            .success(self._done)
            .handle(TargetNotEmpty, self._ask_replace)
            .failure(lambda _e: self._busy(False))
            .run_in_background()
        )

    def _ask_replace(self, exc: TargetNotEmpty) -> None:
        self._busy(False)
        ask(
            self,
            self.windowTitle(),
            self.tr("Die Teamdatenbank enthält schon Daten. Ersetzen?"),
            [
                (self.tr("Ersetzen"), QMessageBox.ButtonRole.AcceptRole),
                (self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole),
            ],
            lambda i: self.transfer(replace=True) if i == REPLACE else None,
            detail=str(exc),
            default=CANCEL,
        )

    def _done(self, report) -> None:
        from wba_desktop.views.common import settings as keys

        self._busy(False)
        self.transferred = report
        team = self.team()
        text = self.tr("Übertragen: %1.").replace("%1", describe_counts(report.counts))

        def switch(i: int) -> None:
            if i == REPLACE:
                self._settings.set(keys.DATABASE_URL, team.url())
                if self.password.text():
                    connection.save_password(team, self.password.text())
                self._settings.sync()
            self.accept()

        ask(
            self,
            self.windowTitle(),
            text,
            [
                (self.tr("Künftig die Teamdatenbank verwenden"), QMessageBox.ButtonRole.AcceptRole),
                (self.tr("Bei der eigenen Datei bleiben"), QMessageBox.ButtonRole.RejectRole),
            ],
            switch,
            detail=self.tr(
                "Soll WBA Desktop ab dem nächsten Start mit der Teamdatenbank arbeiten? Die "
                "eigene Datei bleibt erhalten."
            ),
            default=REPLACE,
        )
