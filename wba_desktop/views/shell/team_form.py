"""The team database's address and password, as the settings dialog and the transfer
dialog ask for them: server, port, database, user, password, and (where the system has
a credential store) whether to keep the password there."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLineEdit, QSpinBox

from wba_desktop.services import connection
from wba_desktop.views.common.translation import tr


class TeamDatabaseForm(QGroupBox):
    def __init__(self, parent=None, *, offer_keep: bool = True) -> None:
        super().__init__(parent)
        self.host = QLineEdit(self)
        self.host.setPlaceholderText("z. B. wba-server.example.local")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(connection.DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.database = QLineEdit(self)
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.keep_password = QCheckBox(
            self.tr("Passwort in der Anmeldeverwaltung des Betriebssystems speichern"), self
        )
        if not connection.keyring_available():
            self.keep_password.setEnabled(False)
            self.keep_password.setToolTip(
                self.tr(
                    "Auf diesem PC gibt es keine Anmeldeverwaltung; das Passwort wird beim "
                    "Start abgefragt."
                )
            )
        form = QFormLayout(self)
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Datenbank:"), self.database)
        form.addRow(self.tr("Benutzer:"), self.user)
        form.addRow(self.tr("Passwort:"), self.password)
        if offer_keep:
            form.addRow("", self.keep_password)
        else:
            self.keep_password.hide()

    def fields(self) -> dict[str, QLineEdit]:
        """The required fields by name (for FieldErrors)."""
        return {"host": self.host, "database": self.database, "user": self.user}

    def team(self) -> connection.TeamDatabase:
        return connection.TeamDatabase(
            host=self.host.text().strip(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            port=self.port.value(),
        )

    def show_team(self, team: connection.TeamDatabase) -> None:
        """Fill in ``team`` and the password kept for it, if any."""
        self.host.setText(team.host)
        self.port.setValue(team.port)
        self.database.setText(team.database)
        self.user.setText(team.user)
        saved = connection.saved_password(team)
        self.password.setText(saved or "")
        self.keep_password.setChecked(saved is not None)

    def missing(self) -> dict[str, str]:
        """„Server: Bitte ausfüllen.“ for each required field left empty."""
        labels = {"host": tr("Server"), "database": tr("Datenbank"), "user": tr("Benutzer")}
        return {
            key: f"{labels[key]}: Bitte ausfüllen."
            for key, widget in self.fields().items()
            if not widget.text().strip()
        }

    def keep_or_forget_password(self) -> None:
        """As the check box says: the password into the keyring, or out of it."""
        team = self.team()
        if self.keep_password.isChecked() and self.password.text():
            connection.save_password(team, self.password.text())
        elif not self.keep_password.isChecked():
            connection.forget_password(team)
