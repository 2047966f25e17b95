"""Extras › Einstellungen: name, our agency, the database connection and the backup
policy, saved where they belong (settings file, database, OS keyring)."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.gui.conftest import answer, type_text
from wba_desktop import paths
from wba_desktop.app import configured_database
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.views.common import settings as keys

LEFT = Qt.MouseButton.LeftButton


class MemoryKeyring(KeyringBackend):
    """A credential store in memory, standing in for the Windows Credential Manager."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(before)


def _save(qtbot, dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), LEFT)


def test_name_agency_and_backup_policy_are_saved(qtbot, window, services, settings):
    types = {t.name: t.id for t in services.reference.organisation_types()}
    own = services.organisations.create(
        OrganisationData(name="Weiterbildungsagentur Musterkreis", type_id=types["Sonstige"])
    )
    dialog = window.database_commands.show_settings()
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.name, "Jördis Beispiel")
    dialog.agency.setFocus()
    type_text(qtbot, dialog.agency, "Musterkreis")
    dialog.agency.refresh_choices()
    label = next(lbl for _id, lbl in services.organisations.choices("Musterkreis"))
    assert dialog.agency.choose(label)
    dialog.tabs.setCurrentWidget(dialog.backup)
    dialog.backup.keep.setValue(5)
    dialog.backup.max_age.setValue(90)
    dialog.backup.daily.setChecked(False)
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert settings.get(keys.USER_NAME) == "Jördis Beispiel"
    assert settings.get(keys.BACKUP_KEEP) == 5
    assert settings.get(keys.BACKUP_MAX_AGE_DAYS) == 90
    assert settings.get(keys.BACKUP_DAILY) is False
    assert services.agency.own_organisation() == (own.id, "Weiterbildungsagentur Musterkreis")
    assert services.uow.user_name == "Jördis Beispiel"
    # opened again, the dialog shows what was saved
    again = window.database_commands.show_settings()
    assert again.name.text() == "Jördis Beispiel"
    assert again.agency.current_id() == own.id
    assert again.backup.keep.value() == 5 and not again.backup.daily.isChecked()
    again.reject()


def test_an_agency_typed_but_not_chosen_is_refused(qtbot, window, services):
    dialog = window.database_commands.show_settings()
    type_text(qtbot, dialog.agency, "Gibt es nicht")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert "Organisation: Bitte eine Organisation aus der Liste wählen." in dialog.banner.text()
    assert services.agency.own_organisation() is None
    dialog.reject()


def test_team_database_password_goes_to_the_keyring_not_the_file(
    qtbot, window, settings, memory_keyring
):
    dialog = window.database_commands.show_settings()
    dialog.tabs.setCurrentWidget(dialog.use_team.parentWidget())
    qtbot.waitExposed(dialog.use_team)
    qtbot.mouseClick(dialog.use_team, LEFT, pos=QPoint(8, dialog.use_team.height() // 2))
    assert dialog.team_box.isEnabled() and not dialog.file_box.isEnabled()
    type_text(qtbot, dialog.host, "wba-server.example.local")
    type_text(qtbot, dialog.database, "wba_team")
    type_text(qtbot, dialog.user, "koordination")
    type_text(qtbot, dialog.password, "Geheim-4711")
    dialog.keep_password.setChecked(True)
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    stored = settings.get(keys.DATABASE_URL)
    assert stored == "postgresql+psycopg://koordination@wba-server.example.local:5432/wba_team"
    settings.sync()
    assert "Geheim-4711" not in (paths.data_dir() / "einstellungen.ini").read_text("utf-8")
    assert list(memory_keyring.store.values()) == ["Geheim-4711"]
    assert "nächsten Start" in answer(qtbot, "Später")
    # the next start takes the address from the settings and the password from the keyring
    url = configured_database(None, settings)
    assert url == (
        "postgresql+psycopg://koordination:Geheim-4711@wba-server.example.local:5432/wba_team"
    )
    # --db on the command line wins
    assert configured_database("/tmp/anders.sqlite3", settings) == "/tmp/anders.sqlite3"


def test_team_database_needs_server_database_and_user(qtbot, window, settings):
    dialog = window.database_commands.show_settings()
    dialog.tabs.setCurrentWidget(dialog.use_team.parentWidget())
    qtbot.waitExposed(dialog.use_team)
    qtbot.mouseClick(dialog.use_team, LEFT, pos=QPoint(8, dialog.use_team.height() // 2))
    _save(qtbot, dialog)
    assert dialog.isVisible()
    text = dialog.banner.text()
    assert "Server: Bitte ausfüllen." in text and "Benutzer: Bitte ausfüllen." in text
    assert settings.get(keys.DATABASE_URL) == ""
    dialog.reject()


def test_probe_says_whether_a_file_can_be_used(qtbot, window, tmp_path):
    dialog = window.database_commands.show_settings()
    dialog.tabs.setCurrentWidget(dialog.use_team.parentWidget())
    type_text(qtbot, dialog.file, str(tmp_path / "neu.sqlite3"))
    qtbot.mouseClick(dialog.probe_button, LEFT)
    qtbot.waitUntil(lambda: dialog.probe_result.text().startswith("✓"), timeout=5000)
    assert "noch leer" in dialog.probe_result.text()
    dialog.file.setText(str(tmp_path / "fehlt" / "neu.sqlite3"))
    qtbot.mouseClick(dialog.probe_button, LEFT)
    assert "Datei: Den Ordner" in dialog.banner.text()
    dialog.reject()
