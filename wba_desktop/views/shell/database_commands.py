"""The database as a whole, for the menus: settings (name, agency, connection, backup
policy), and later backups, restore and the move to the team database."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wba_desktop.views.common.messages import inform

READ_ONLY_NOTICE = (
    "Nur lesen: Diese Datenbank ist schreibgeschützt. Sie können alles ansehen, suchen "
    "und exportieren, aber nichts ändern. Wer ändern möchte, braucht Schreibrechte für "
    "die Datei und ihren Ordner."
)


class DatabaseCommands:
    def __init__(self, window) -> None:
        self.w = window

    def after_start(self) -> None:
        """Once the window is shown: say what the user must know about the database."""
        maintenance = self.w.services.maintenance
        if maintenance.is_read_only():
            self.w.notices.add(READ_ONLY_NOTICE, "readOnlyNotice")
        warning = maintenance.location_warning()
        if warning:
            self.w.notices.add(warning, "networkDriveNotice")

    def show_settings(self):
        from wba_desktop.views.shell.settings_dialog import SettingsDialog

        w = self.w
        dialog = SettingsDialog(
            w.services, w.settings, w.runner, w, open_label=w.db_label.removeprefix("Datenbank: ")
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog.restart_needed))
        dialog.open()
        return dialog

    def _saved(self, restart_needed: bool) -> None:
        if restart_needed:
            inform(
                self.w,
                self.w.tr("Einstellungen"),
                self.w.tr(
                    "Die neue Datenbankverbindung gilt ab dem nächsten Start von WBA Desktop."
                ),
            )
