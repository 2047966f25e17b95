"""Extras › Einstellungen: the user's name, our agency, the database, the backups and
the retention periods (``privacy_settings``).

Per-user values (name, database address, backup policy) are kept in the user's
settings file; our agency's organisation is kept in the database, for the whole team;
the team database's password goes to the operating system's credential store, never
into a file. A changed database takes effect at the next start.
"""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
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
from wba_desktop.views.common.record_picker import RecordPicker
from wba_desktop.views.common.settings import Settings
from wba_desktop.views.common.tasks import TaskRunner
from wba_desktop.views.shell.privacy_settings import PrivacySettingsPage
from wba_desktop.views.shell.team_form import TeamDatabaseForm

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


class SettingsDialog(QDialog):
    """``restart_needed`` is True after saving a different database."""

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
        self.banner = ErrorBanner(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_page(), self.tr("Allgemein"))
        self.tabs.addTab(self._database_page(open_label), self.tr("Datenbank"))
        self.tabs.addTab(self._backup_page(), self.tr("Sicherung"))
        self.privacy = PrivacySettingsPage(services, settings, self)
        self.tabs.addTab(self.privacy, self.tr("Datenschutz"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs)
        layout.addWidget(save_cancel_buttons(self))
        self.errors = FieldErrors(
            self.banner,
            {
                "user_name": self.name,
                "own_organisation": self.agency,
                "file": self.file,
                "host": self.host,
                "database": self.database,
                "user": self.user,
            },
        )
        self._load()
        self.resize(660, 500)

    # -- pages --------------------------------------------------------------------------
    def _general_page(self) -> QWidget:
        page = QWidget(self)
        self.name = QLineEdit(page)
        self.name.setMaxLength(NAME_LIMIT)
        self.name.setPlaceholderText(login_name())
        self.agency = RecordPicker(self._services.organisations.choices, page)
        clear = QPushButton(self.tr("Entfernen"), page)
        clear.clicked.connect(self._clear_agency)
        row = QHBoxLayout()
        row.addWidget(self.agency, 1)
        row.addWidget(clear)
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
            self.tr("Unsere Agentur:"),
            _with_hint(
                row,
                self.tr(
                    "Die Organisation Ihrer Weiterbildungsagentur im Verzeichnis. Gilt für "
                    "alle, die mit dieser Datenbank arbeiten."
                ),
                page,
            ),
        )
        return page

    def _database_page(self, open_label: str) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
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

    def _backup_page(self) -> QWidget:
        page = QWidget(self)
        self.daily = QCheckBox(self.tr("Jeden Tag beim ersten Start eine Sicherung anlegen"), page)
        self.keep = QSpinBox(page)
        self.keep.setRange(1, 999)
        self.keep.setSuffix(self.tr(" Sicherungen"))
        self.max_age = QSpinBox(page)
        self.max_age.setRange(0, 3650)
        self.max_age.setSpecialValueText(self.tr("unbegrenzt"))
        self.max_age.setSuffix(self.tr(" Tage"))
        for box in (self.keep, self.max_age):
            box.setMinimumWidth(160)
            box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        folder = QLabel(str(paths.backup_dir()), page)
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout(page)
        form.addRow(self.daily)
        form.addRow(self.tr("Aufbewahren, höchstens:"), self.keep)
        form.addRow(self.tr("Älter als … löschen:"), self.max_age)
        form.addRow(self.tr("Ordner:"), folder)
        form.addRow(self.tr("Letzte Sicherung:"), QLabel(self._last_backup(), page))
        form.addRow(
            _hint(
                self.tr(
                    "Zusätzlich wird vor jedem Update, jedem Import und jeder Wiederherstellung "
                    "gesichert. Sicherungen gelten für die eigene Datenbankdatei; die "
                    "Teamdatenbank sichert der Server."
                ),
                page,
            ),
        )
        return page

    def _last_backup(self) -> str:
        from wba_desktop.services.backups import reason_label

        backups = self._services.backups
        if not backups.is_sqlite:
            return self.tr("– (die Teamdatenbank sichert der Server)")
        found = backups.list_backups()
        if not found:
            return self.tr("noch keine")
        last = found[0]
        return f"{last.created:%d.%m.%Y, %H:%M} Uhr ({reason_label(last.reason)})"

    # -- values -------------------------------------------------------------------------
    def _load(self) -> None:
        st = self._settings
        self.name.setText(st.get(s.USER_NAME))
        own = self._services.agency.own_organisation()
        if own is not None:
            self.agency.set_current(*own)
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
        self.daily.setChecked(st.get(s.BACKUP_DAILY))
        self.keep.setValue(st.get(s.BACKUP_KEEP))
        self.max_age.setValue(st.get(s.BACKUP_MAX_AGE_DAYS))
        self.privacy.load()

    def _show_choice(self) -> None:
        self.file_box.setEnabled(self.use_file.isChecked())
        self.team_box.setEnabled(self.use_team.isChecked())
        self.probe_result.clear()

    def _clear_agency(self) -> None:
        self.agency.set_current(None)

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
                problems["file"] = f"Datei: Den Ordner „{folder}“ gibt es nicht."
        if self.agency.text().strip() and self.agency.current_id() is None:
            problems["own_organisation"] = (
                "Unsere Agentur: Bitte eine Organisation aus der Liste wählen."
            )
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
        agency_id = self.agency.current_id() if self.agency.text().strip() else None
        saved: list[bool] = []

        def shared() -> None:
            self._services.agency.set_own_organisation(agency_id)
            self.privacy.save()

        op(self, shared, form=self.errors).success(lambda _r: saved.append(True)).run()
        if not saved:
            return
        st = self._settings
        st.set(s.USER_NAME, self.name.text().strip())
        url = self.database_url()
        self.restart_needed = url != st.get(s.DATABASE_URL)
        st.set(s.DATABASE_URL, url)
        if self.use_team.isChecked():
            self.team_box.keep_or_forget_password()
        st.set(s.BACKUP_DAILY, self.daily.isChecked())
        st.set(s.BACKUP_KEEP, self.keep.value())
        st.set(s.BACKUP_MAX_AGE_DAYS, self.max_age.value())
        st.sync()
        self._services.set_user_name(user_name(st))
        self.accept()
