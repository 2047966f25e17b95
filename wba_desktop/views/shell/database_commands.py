"""The database as a whole, for the menus: settings (name, agency, connection, backup
policy), backups (daily after the start, by hand), restore and the move to the team
database."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from wba_desktop.errors import ServiceError
from wba_desktop.services.backups import BackupPolicy
from wba_desktop.text import format as fmt
from wba_desktop.views.common import settings as keys
from wba_desktop.views.common.messages import ask
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.translation import tr

log = logging.getLogger(__name__)

READ_ONLY_NOTICE = QT_TR_NOOP(
    "Nur lesen: Diese Datenbank ist schreibgeschützt. Sie können alles ansehen, suchen "
    "und exportieren, aber nichts ändern. Wer ändern möchte, braucht Schreibrechte für "
    "die Datei und ihren Ordner."
)


class DatabaseCommands:
    def __init__(self, window) -> None:
        self.w = window
        #: set when the window closes: the background runs after the start stop then
        self.stopping = threading.Event()

    def stop_background(self) -> None:
        """The window is closing: ask the runs after the start to stop after their
        current short batch (the retention run goes on at the next start)."""
        self.stopping.set()

    def after_start(self) -> None:
        """Once the window is shown: say what the user must know about the database,
        then (after the first paint) write today's backup in the background."""
        maintenance = self.w.services.maintenance
        self.apply_policy()
        read_only = maintenance.is_read_only()
        if read_only:
            self.w.notices.add(tr(READ_ONLY_NOTICE), "readOnlyNotice")
        warning = maintenance.location_warning()
        if warning:
            self.w.notices.add(warning, "networkDriveNotice")
        if not read_only and self.w.settings.get(keys.BACKUP_DAILY):
            QTimer.singleShot(0, self.w, self.daily_backup)
        if not read_only:
            QTimer.singleShot(0, self.w, self.prune_audit_log)
        if not read_only and self.w.services.permissions.can_erase:
            QTimer.singleShot(0, self.w, self.anonymise_inquirers)

    def apply_policy(self) -> None:
        """How many backups to keep and for how long, from the user's settings."""
        st = self.w.settings
        self.w.services.backups.policy = BackupPolicy(
            keep=st.get(keys.BACKUP_KEEP), max_age_days=st.get(keys.BACKUP_MAX_AGE_DAYS) or None
        )

    def daily_backup(self):
        """Today's backup of the own file (none on the team database), in the background;
        a failure is said in the status bar, it must not stop the work."""
        backups = self.w.services.backups
        if not backups.is_sqlite:
            return None

        def done(path) -> None:
            if path is not None:
                self.w.statusBar().showMessage(
                    tr("Tägliche Sicherung angelegt: %1").replace("%1", Path(path).name),
                    8000,
                )

        def failed(exc) -> None:
            self.w.statusBar().showMessage(
                tr("Die tägliche Sicherung ist fehlgeschlagen: %1").replace("%1", str(exc))
            )

        return (
            op(self.w, backups.daily_backup, key="dailyBackup", runner=self.w.runner)
            .success(done)
            .handle(ServiceError, failed)
            .run_in_background()
        )

    def prune_audit_log(self):
        """Remove audit entries older than the retention period, in the background; a
        login that may not delete them (the team database's roles) is no error."""
        return (
            op(self.w, self.w.services.audit.prune, key="auditPrune", runner=self.w.runner)
            .handle(ServiceError, lambda exc: log.info("audit log not pruned: %s", exc))
            .run_in_background()
        )

    def anonymise_inquirers(self):
        """Anonymise the private inquirers due after their last inquiry, in the
        background; a login that may not (the team database's roles) is no error."""

        def done(n: int) -> None:
            if n:
                who = fmt.count(n, tr("Ratsuchende/r"), tr("Ratsuchende"))
                self.w.statusBar().showMessage(
                    tr("%1 nach Ablauf der Frist anonymisiert.").replace("%1", who), 8000
                )

        retention = self.w.services.inquirer_retention

        def run() -> int:
            return retention.anonymise_due(cancelled=self.stopping.is_set)

        return (
            op(self.w, run, key="inquirerRetention", runner=self.w.runner)
            .success(done)
            .handle(ServiceError, lambda exc: log.info("inquirers not anonymised: %s", exc))
            .run_in_background()
        )

    def show_audit(self):
        """Extras › Änderungsprotokoll …"""
        from wba_desktop.views.shell.audit_dialog import AuditDialog

        dialog = AuditDialog(self.w.services, self.w.runner, self.w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def backup_now(self) -> None:
        """Datei › Sicherung anlegen …: a copy where the user wants it (USB stick, share)."""
        w, backups = self.w, self.w.services.backups
        suffix = ".sqlite3" if backups.is_sqlite else ".zip"
        default = backups.folder / f"wba-sicherung-{_today()}{suffix}"
        filters = (
            tr("WBA-Sicherung (*.sqlite3)") if backups.is_sqlite else tr("Datensicherung (*.zip)")
        )
        path, _ = QFileDialog.getSaveFileName(w, tr("Sicherung anlegen"), str(default), filters)
        if not path:
            return
        target = Path(path)
        if target.suffix != suffix:
            target = target.with_name(target.name + suffix)
        w.statusBar().showMessage(tr("Sicherung wird angelegt …"))
        op(w, lambda: backups.backup_now(target), title=tr("Sicherung"), runner=w.runner).success(
            lambda p: w.statusBar().showMessage(
                tr("Sicherung angelegt: %1").replace("%1", str(p)), 10000
            )
        ).run_in_background()

    def show_restore(self):
        from wba_desktop.views.shell.backup_dialogs import RestoreDialog

        dialog = RestoreDialog(self.w.services, self.w.runner, self.w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_transfer(self):
        from wba_desktop.views.shell.backup_dialogs import TransferDialog

        dialog = TransferDialog(self.w.services, self.w.runner, self.w.settings, self.w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_settings(self):
        from wba_desktop.views.shell.settings_dialog import SettingsDialog

        w = self.w
        dialog = SettingsDialog(
            w.services,
            w.settings,
            w.runner,
            w,
            open_label=w.db_label.removeprefix(tr("Datenbank: ")),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog.restart_needed, dialog.language_changed))
        dialog.open()
        return dialog

    def _saved(self, restart_needed: bool, language_changed: bool = False) -> None:
        self.apply_policy()
        notes = []
        if restart_needed:
            notes.append(
                tr("Die neue Datenbankverbindung gilt ab dem nächsten Start von WBA Desktop.")
            )
        if language_changed:
            notes.append(tr("Die neue Sprache gilt ab dem nächsten Start von WBA Desktop."))
        if notes:
            self._offer_restart(notes)

    def _offer_restart(self, notes: list[str]) -> None:
        """A new database or language needs a new start: offer it now."""
        from wba_desktop.views.shell.restart import restart

        def answered(index: int) -> None:
            if index == 0:
                restart(self.w)

        ask(
            self.w,
            tr("Einstellungen"),
            "\n\n".join(notes),
            [
                (tr("Jetzt neu starten"), QMessageBox.ButtonRole.AcceptRole),
                (tr("Später"), QMessageBox.ButtonRole.RejectRole),
            ],
            answered,
            default=1,
        )


def _today() -> str:
    from datetime import date

    return f"{date.today():%Y-%m-%d}"
