"""Extras › Einstellungen: the user's name and language, our agency (organisation and
letterhead, ``agency_settings``), the data folder and the database, the backups, the
team's thresholds (``threshold_settings``) and the retention periods
(``privacy_settings``).

Per-user values (name, language, database address, backup policy) are kept in the
user's settings file; the window arrangement in its own file (``oberflaeche.ini``),
which "Fensteranordnung zurücksetzen" empties; our agency and the thresholds are kept
in the database, for the whole team; the team database's password goes to the
operating system's credential store, never into a file. A changed database or
language takes effect at the next start.
"""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wba_desktop import paths
from wba_desktop.services import connection
from wba_desktop.services.bundle import Services
from wba_desktop.views.common import settings as s
from wba_desktop.views.common.form_support import ErrorBanner, FieldErrors, save_cancel_buttons
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.settings import Settings
from wba_desktop.views.common.tasks import TaskRunner
from wba_desktop.views.shell.agency_settings import AgencySettingsPage
from wba_desktop.views.shell.backup_settings import BackupSettingsPage
from wba_desktop.views.shell.privacy_settings import PrivacySettingsPage
from wba_desktop.views.shell.team_form import TeamDatabaseForm
from wba_desktop.views.shell.threshold_settings import ThresholdSettingsPage

NAME_LIMIT = 100


def login_name() -> str:
    """The operating system's name for the user, or "" where it has none."""
    try:
        return getpass.getuser()
    except Exception:  # no login name in the environment (some services, containers)
        return ""


def user_name(settings: Settings) -> str:
    """The name others see: the one set here, else the login name."""
    return settings.get(s.USER_NAME).strip() or login_name()


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setObjectName("fieldHint")
    return label


def _with_hint(field, hint: str, parent: QWidget) -> QWidget:
    """A field with its explanation right below it (one form row, no gap)."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    if isinstance(field, QWidget):
        layout.addWidget(field)
    else:
        layout.addLayout(field)
    layout.addWidget(_hint(hint, box))
    return box


class _TabbedFieldErrors(FieldErrors):
    """Field errors that bring the page of the first refused field to the front."""

    def __init__(self, banner: ErrorBanner, fields: dict[str, QWidget], tabs: QTabWidget):
        super().__init__(banner, fields)
        self._tabs = tabs

    def show(self, errors: dict[str, str]) -> None:
        super().show(errors)
        for field in errors:
            widget = self._fields.get(field)
            if widget is None:
                continue
            for index in range(self._tabs.count()):
                if self._tabs.widget(index).isAncestorOf(widget):
                    self._tabs.setCurrentIndex(index)
                    widget.setFocus()
                    return


class SettingsDialog(QDialog):
    """``restart_needed`` is True after saving a different database;
    ``language_changed`` after saving a different language."""

    def __init__(
        self,
        services: Services,
        settings: Settings,
        runner: TaskRunner,
        parent=None,
        *,
        open_label: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Einstellungen"))
        self._services, self._settings, self._runner = services, settings, runner
        self.restart_needed = False
        self.language_changed = False
        self.banner = ErrorBanner(self)
        self.tabs = QTabWidget(self)
        self.tabs.setUsesScrollButtons(False)
        self.tabs.addTab(self._general_page(), self.tr("Allgemein"))
        self.agency_page = AgencySettingsPage(services, self)
        self.tabs.addTab(self.agency_page, self.tr("Agentur"))
        self.tabs.addTab(self._database_page(open_label), self.tr("Daten"))
        self.backup = BackupSettingsPage(services, settings, self)
        self.tabs.addTab(self.backup, self.tr("Sicherung"))
        self.thresholds = ThresholdSettingsPage(services, self)
        self.tabs.addTab(self.thresholds, self.tr("Schwellenwerte"))
        self.privacy = PrivacySettingsPage(services, settings, self)
        self.tabs.addTab(self.privacy, self.tr("Datenschutz"))
        self.agency = self.agency_page.agency
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs)
        layout.addWidget(save_cancel_buttons(self))
        self.errors = _TabbedFieldErrors(
            self.banner,
            {
                "user_name": self.name,
                "own_organisation": self.agency,
                **self.agency_page.edits,
                "file": self.file,
                "host": self.host,
                "database": self.database,
                "user": self.user,
                **self.thresholds.fields(),
                "years": self.privacy.review_years,
            },
            self.tabs,
        )
        self._load()
        self.resize(720, 560)

    # -- pages --------------------------------------------------------------------------
    def _general_page(self) -> QWidget:
        page = QWidget(self)
        self.name = QLineEdit(page)
        self.name.setMaxLength(NAME_LIMIT)
        self.name.setPlaceholderText(login_name())
        self.language = QComboBox(page)
        self.language.setObjectName("language")
        for code, label in s.LANGUAGES:
            self.language.addItem(label, code)
        self.language.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.reset_layout = QPushButton(self.tr("Fensteranordnung zurücksetzen"), page)
        self.reset_layout.setObjectName("resetLayout")
        self.reset_layout.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.reset_layout.clicked.connect(self.reset_window_layout)
        self.reset_result = QLabel(page)
        self.reset_result.setWordWrap(True)
        form = QFormLayout(page)
        form.addRow(
            self.tr("Ihr Name:"),
            _with_hint(
                self.name,
                self.tr(
                    "Erscheint bei „geändert von“ und wenn andere gleichzeitig mit derselben "
                    "Datenbank arbeiten. Leer: Ihr Anmeldename."
                ),
                page,
            ),
        )
        form.addRow(
            self.tr("Sprache:"),
            _with_hint(
                self.language,
                self.tr("Gilt ab dem nächsten Start von WBA Desktop."),
                page,
            ),
        )
        form.addRow(
            self.tr("Fenster:"),
            _with_hint(
                self.reset_layout,
                self.tr(
                    "Vergisst Fenstergröße, Spaltenbreiten, ausgeblendete Spalten und den "
                    "zuletzt geöffneten Bereich. Ab dem nächsten Start gilt wieder die "
                    "Grundeinstellung; Ihre Einstellungen bleiben erhalten."
                ),
                page,
            ),
        )
        form.addRow("", self.reset_result)
        return page

    def _database_page(self, open_label: str) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        folder = QLabel(str(paths.data_dir()), page)
        folder.setObjectName("dataFolder")
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = QPushButton(self.tr("Ordner öffnen"), page)
        open_folder.setObjectName("openDataFolder")
        open_folder.clicked.connect(self.open_data_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Datenordner:"), page))
        folder_row.addWidget(folder, 1)
        folder_row.addWidget(open_folder)
        layout.addLayout(folder_row)
        if open_label:
            layout.addWidget(_hint(self.tr("Zurzeit geöffnet: %1").replace("%1", open_label), page))
        self.use_file = QRadioButton(self.tr("Eigene Datenbankdatei auf diesem PC"), page)
        self.use_team = QRadioButton(self.tr("Teamdatenbank (PostgreSQL-Server)"), page)
        group = QButtonGroup(page)
        group.addButton(self.use_file)
        group.addButton(self.use_team)
        self.file = QLineEdit(page)
        self.file.setPlaceholderText(str(paths.data_dir() / paths.DB_FILENAME))
        browse = QPushButton(self.tr("Durchsuchen …"), page)
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.file_box = QWidget(page)
        file_layout = QVBoxLayout(self.file_box)
        file_layout.setContentsMargins(24, 0, 0, 0)
        file_layout.addLayout(file_row)
        file_layout.addWidget(
            _hint(self.tr("Leer: die Datei im Datenordner von WBA Desktop."), self.file_box)
        )
        self.team_box = TeamDatabaseForm(page)
        for name in ("host", "port", "database", "user", "password", "keep_password"):
            setattr(self, name, getattr(self.team_box, name))
        self.probe_button = QPushButton(self.tr("Verbindung prüfen"), page)
        self.probe_button.clicked.connect(self.probe)
        self.probe_result = QLabel(page)
        self.probe_result.setWordWrap(True)
        probe_row = QHBoxLayout()
        probe_row.addWidget(self.probe_button)
        probe_row.addWidget(self.probe_result, 1)
        layout.addWidget(self.use_file)
        layout.addWidget(self.file_box)
        layout.addWidget(self.use_team)
        layout.addWidget(self.team_box)
        layout.addLayout(probe_row)
        layout.addWidget(
            _hint(
                self.tr(
                    "Eine geänderte Verbindung gilt ab dem nächsten Start von WBA Desktop. "
                    "Ein Start mit --db oder WBA_DATABASE_URL hat Vorrang."
                ),
                page,
            )
        )
        layout.addStretch(1)
        self.use_file.toggled.connect(self._show_choice)
        return page

    # -- values -------------------------------------------------------------------------
    def _load(self) -> None:
        st = self._settings
        self.name.setText(st.get(s.USER_NAME))
        index = self.language.findData(st.get(s.LANGUAGE))
        self.language.setCurrentIndex(max(index, 0))
        self.agency_page.load()
        self.thresholds.load()
        url = st.get(s.DATABASE_URL)
        team = connection.TeamDatabase.from_url(url) if url else None
        if team is not None:
            self.use_team.setChecked(True)
            self.team_box.show_team(team)
        else:
            self.use_file.setChecked(True)
            if url.startswith("sqlite:///"):
                self.file.setText(url.removeprefix("sqlite:///"))
        self._show_choice()
        self.backup.load()
        self.privacy.load()

    def _show_choice(self) -> None:
        self.file_box.setEnabled(self.use_file.isChecked())
        self.team_box.setEnabled(self.use_team.isChecked())
        self.probe_result.clear()

    def _browse(self) -> None:
        start = self.file.text() or str(paths.data_dir())
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Datenbankdatei wählen"),
            start,
            self.tr("WBA-Datenbank (*.sqlite3);;Alle Dateien (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.file.setText(path)

    def team(self) -> connection.TeamDatabase:
        return self.team_box.team()

    def database_url(self, with_password: bool = False) -> str:
        """The chosen address ("" for the own file in the data folder)."""
        if self.use_team.isChecked():
            return self.team().url(self.password.text() if with_password else None)
        path = self.file.text().strip()
        return "sqlite:///" + Path(path).expanduser().as_posix() if path else ""

    def _problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if self.use_team.isChecked():
            problems.update(self.team_box.missing())
        elif self.file.text().strip():
            folder = Path(self.file.text().strip()).expanduser().parent
            if not folder.is_dir():
                message = self.tr("Datei: Den Ordner „%1“ gibt es nicht.")
                problems["file"] = message.replace("%1", str(folder))
        problems.update(self.agency_page.problems())
        return problems

    # -- actions ------------------------------------------------------------------------
    def probe(self) -> None:
        problems = self._problems()
        problems.pop("own_organisation", None)
        if problems:
            self.errors.show(problems)
            return
        self.errors.clear()
        url = (
            self.database_url(with_password=True)
            or "sqlite:///" + (paths.data_dir() / paths.DB_FILENAME).as_posix()
        )
        self.probe_button.setEnabled(False)
        self.probe_result.setText(self.tr("Verbindung wird geprüft …"))

        def done(result: connection.ProbeResult) -> None:
            self.probe_button.setEnabled(True)
            self.probe_result.setText(("✓ " if result.ok else "✗ ") + result.message)

        op(self, lambda: connection.probe(url), key="probe", runner=self._runner).success(
            done
        ).run_in_background()

    def save(self) -> None:
        problems = self._problems()
        if problems:
            self.errors.show(problems)
            return
        saved: list[bool] = []

        def shared() -> None:
            self.thresholds.check()  # refused values: nothing stored
            self.agency_page.save()
            self.thresholds.save()
            self.privacy.save()

        op(self, shared, form=self.errors).success(lambda _r: saved.append(True)).run()
        if not saved:
            return
        st = self._settings
        st.set(s.USER_NAME, self.name.text().strip())
        language = self.language.currentData()
        self.language_changed = language != st.get(s.LANGUAGE)
        st.set(s.LANGUAGE, language)
        url = self.database_url()
        self.restart_needed = url != st.get(s.DATABASE_URL)
        st.set(s.DATABASE_URL, url)
        if self.use_team.isChecked():
            self.team_box.keep_or_forget_password()
        self.backup.save()
        st.sync()
        self._services.set_user_name(user_name(st))
        self.accept()

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))

    def reset_window_layout(self) -> None:
        """Empty the UI state file now; the window does not write it back on closing."""
        self._settings.reset_ui_state()
        self.reset_result.setText(
            self.tr("Die Fensteranordnung wird beim nächsten Start zurückgesetzt.")
        )
        self.reset_layout.setEnabled(False)
