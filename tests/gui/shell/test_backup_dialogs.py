"""Datei › Sicherung anlegen / wiederherstellen / Daten in die Teamdatenbank übertragen,
and the daily backup after the start: through the window, checked in the database and
the backup folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from shiboken6 import isValid

from tests.gui.conftest import answer, message_box
from wba_desktop.db import UnitOfWorkFactory, create_db_engine
from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.views.common import settings as keys
from wba_desktop.views.shell.backup_dialogs import TransferDialog

LEFT = Qt.MouseButton.LeftButton


def _org(services, name: str) -> int:
    kind = services.reference.organisation_types()[0].id
    return services.organisations.create(OrganisationData(name=name, type_id=kind)).id


def _names(services) -> list[str]:
    orgs = services.organisations
    return sorted(r.name for r in orgs.rows(orgs.list_ids()))


def _wait_for_box(qtbot) -> None:
    qtbot.waitUntil(lambda: message_box() is not None, timeout=20000)


@pytest.fixture
def backups_folder(services, tmp_path) -> Path:
    return services.backups.folder


def test_restore_a_backup_from_the_list(qtbot, window, services, backups_folder):
    _org(services, "Kammer vor der Sicherung")
    services.backups.backup_now()
    _org(services, "Verband nach der Sicherung")
    window.show_area("organisations")
    qtbot.waitUntil(lambda: window.organisations.model.rowCount() == 2, timeout=3000)

    dialog = window.database_commands.show_restore()
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Von Hand angelegt"
    qtbot.mouseClick(dialog.restore_button, LEFT)
    _wait_for_box(qtbot)
    text = answer(qtbot, "Ersetzen")
    assert "2 Organisationen" in text and "zuerst gesichert" in text
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=10000)
    assert _names(services) == ["Kammer vor der Sicherung"]
    _wait_for_box(qtbot)
    report = answer(qtbot, "OK")
    assert "Wiederhergestellt aus" in report and "1 Organisation" in report
    assert "vorherige Stand ist gesichert" in report
    # the open list follows the restore (everything changed), and the replaced state
    # is kept as a backup of its own
    qtbot.waitUntil(lambda: window.organisations.model.rowCount() == 1, timeout=3000)
    reasons = [b.reason for b in services.backups.list_backups()]
    assert "vor-wiederherstellung" in reasons


def test_a_damaged_file_is_refused_and_nothing_changes(qtbot, window, services, tmp_path):
    _org(services, "Bleibt erhalten")
    broken = tmp_path / "kaputt.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 500)
    dialog = window.database_commands.show_restore()
    dialog.restore_file(broken)
    qtbot.waitUntil(lambda: message_box() is not None, timeout=5000)
    box = message_box()
    assert "kaputt.sqlite3" in box.text() + box.informativeText()
    box.close()
    assert _names(services) == ["Bleibt erhalten"]
    assert dialog.restore_button.isEnabled() is False  # the list is empty: nothing to pick
    assert dialog.other.isEnabled()


def test_cancelled_question_keeps_the_database(qtbot, window, services):
    _org(services, "Erster Stand")
    services.backups.backup_now()
    _org(services, "Zweiter Stand")
    dialog = window.database_commands.show_restore()
    qtbot.mouseClick(dialog.restore_button, LEFT)
    answer(qtbot, "Abbrechen")
    assert _names(services) == ["Erster Stand", "Zweiter Stand"]
    assert dialog.isVisible()
    dialog.reject()


def test_backup_by_hand_goes_where_the_user_says(qtbot, window, services, tmp_path, monkeypatch):
    _org(services, "Gesichert")
    target = tmp_path / "usb-stick" / "meine-sicherung"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.database_commands.backup_now()
    written = target.with_name("meine-sicherung.sqlite3")
    qtbot.waitUntil(written.exists, timeout=5000)
    qtbot.waitUntil(lambda: "Sicherung angelegt" in window.statusBar().currentMessage())
    check = services.backups.check_file(written)
    assert check.kind == "sqlite"


def test_daily_backup_once_a_day_and_the_policy_from_the_settings(
    qtbot, window, services, settings
):
    settings.set(keys.BACKUP_KEEP, 2)
    window.database_commands.after_start()
    qtbot.waitUntil(lambda: len(services.backups.list_backups()) == 1, timeout=5000)
    assert services.backups.list_backups()[0].reason == "taeglich"
    assert services.backups.policy.keep == 2
    window.database_commands.after_start()  # a second start the same day
    qtbot.wait(300)
    assert len(services.backups.list_backups()) == 1
    for _ in range(3):
        services.backups.backup_now()
    assert len(services.backups.list_backups()) == 2  # kept: the newest two


def test_no_daily_backup_when_switched_off(qtbot, window, services, settings):
    settings.set(keys.BACKUP_DAILY, False)
    window.database_commands.after_start()
    qtbot.wait(300)
    assert services.backups.list_backups() == []


def test_transfer_into_another_database_and_switch_to_it(
    qtbot, window, services, settings, tmp_path, monkeypatch
):
    from wba_desktop.db.migrate import ensure_schema

    _org(services, "Zieht um")
    team_file = tmp_path / "team.sqlite3"
    team_url = "sqlite:///" + team_file.as_posix()

    class FakeTeam:  # the dialog builds a PostgreSQL address; a file stands in for it
        host, port, database, user = "wba-server", 5432, "wba_team", "koordination"

        def url(self, password=None):
            return team_url

    monkeypatch.setattr(TransferDialog, "team", lambda self: FakeTeam())
    dialog = window.database_commands.show_transfer()
    dialog.host.setText("wba-server")
    dialog.database.setText("wba_team")
    dialog.user.setText("koordination")
    qtbot.mouseClick(dialog.start, LEFT)
    _wait_for_box(qtbot)  # the copy runs in the background: slow on a busy machine
    text = answer(qtbot, "Künftig die Teamdatenbank verwenden")
    assert "Übertragen: 1 Organisation" in text
    assert settings.get(keys.DATABASE_URL) == team_url

    eng = create_db_engine(team_url)
    try:
        ensure_schema(eng)
        team = Services.create(UnitOfWorkFactory(eng))
        assert _names(team) == ["Zieht um"]
        # a second transfer meets data there and asks before replacing
        _org(services, "Kommt dazu")
        dialog = window.database_commands.show_transfer()
        dialog.host.setText("wba-server")
        dialog.database.setText("wba_team")
        dialog.user.setText("koordination")
        qtbot.mouseClick(dialog.start, LEFT)
        _wait_for_box(qtbot)
        assert "schon Daten" in answer(qtbot, "Ersetzen")
        _wait_for_box(qtbot)
        answer(qtbot, "Bei der eigenen Datei bleiben")
        assert _names(team) == ["Kommt dazu", "Zieht um"]
    finally:
        eng.dispose()


def test_transfer_needs_server_database_and_user(qtbot, window, services):
    dialog = window.database_commands.show_transfer()
    qtbot.mouseClick(dialog.start, LEFT)
    assert dialog.status.text() == "Bitte ausfüllen: Server, Datenbank und Benutzer."
    dialog.reject()
