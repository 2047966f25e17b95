"""Other programs on the same database: their changes reach the open window within
seconds (the user's selection kept), and a busy database asks to try again, naming who
else is working on it. A second unit-of-work factory on the same file plays the other
WBA Desktop; one test starts a real second process."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import message_box, type_text
from wba_desktop.db import UnitOfWorkFactory, create_db_engine
from wba_desktop.db import engine as db_engine
from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.views.common.ops import op
from wba_desktop.views.shell import presence_watch


@pytest.fixture
def other(db_url):
    """Another WBA Desktop on the same database, used by Anna Beispiel."""
    eng = create_db_engine(db_url)
    services = Services.create(UnitOfWorkFactory(eng))
    services.presence.register(user_name="Anna Beispiel")
    yield services
    eng.dispose()


@pytest.fixture
def watching(window, monkeypatch, qtbot):
    """The window follows others' changes as the app does (polling faster than 2 s)."""
    window.presence.timer.setInterval(300)
    window.presence.start()
    qtbot.waitUntil(lambda: window.presence.timer.isActive(), timeout=3000)
    return window


def _org(services, name: str) -> int:
    kind = services.reference.organisation_types()[0].id
    return services.organisations.create(OrganisationData(name=name, type_id=kind)).id


def _names(view) -> list[str]:
    return [view.model.record(r).name for r in range(view.model.rowCount())]


def test_a_change_by_another_program_appears_with_the_selection_kept(
    qtbot, watching, services, other
):
    window = watching
    for name in ("Arbeit und Leben", "Bildungswerk Nord", "Caritas Süd"):
        _org(services, name)
    view = window.organisations
    qtbot.waitUntil(lambda: "Caritas Süd" in _names(view), timeout=3000)  # our own writes
    assert view.select_id(services.organisations.list_ids()[1])
    chosen = view.current_id()
    reloads = []
    window.bus.changed.connect(reloads.append)
    dialog = window.open_organisation(chosen)  # an edit in progress
    type_text(qtbot, dialog.city, "Halle")

    _org(other, "Aaron-Stiftung")  # sorts first: the selected row moves down
    qtbot.waitUntil(lambda: "Aaron-Stiftung" in _names(view), timeout=6000)
    assert view.current_id() == chosen
    assert view.selected_ids() == [chosen]
    assert [c.topics for c in reloads] == [frozenset({"organisations"})]
    assert dialog.isVisible() and dialog.city.text() == "Halle" and dialog.has_changes()

    # our own write is reported once (by our commit), not a second time by the poller
    reloads.clear()
    _org(services, "Dorfgemeinschaft")
    qtbot.wait(1200)  # a few polls
    assert len(reloads) == 1


def test_a_change_by_another_process_appears(qtbot, watching, db_url):
    window = watching
    script = textwrap.dedent(
        f"""
        from wba_desktop.db import UnitOfWorkFactory, create_db_engine
        from wba_desktop.services.bundle import Services
        from wba_desktop.services.directory.organisations import OrganisationData
        services = Services.create(UnitOfWorkFactory(create_db_engine({db_url!r})))
        kind = services.reference.organisation_types()[0].id
        services.organisations.create(OrganisationData(name="Aus Prozess Zwei", type_id=kind))
        """
    )
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    subprocess.run([sys.executable, "-c", script], check=True, env=env, timeout=60)
    qtbot.waitUntil(lambda: "Aus Prozess Zwei" in _names(window.organisations), timeout=6000)


def test_hidden_areas_follow_when_shown(qtbot, watching, other):
    window = watching
    window.show_area("network")
    window.show_area("organisations")
    _org(other, "Netzwerk Neu")
    qtbot.waitUntil(lambda: "network" in window._stale, timeout=6000)


def test_the_poll_runs_in_the_background_and_skips_a_busy_tick(qtbot, window, monkeypatch):
    """The poll never runs on the GUI thread, and a tick while one runs is skipped."""
    calls = []

    class Runner:
        def run(self, fn, on_done, on_error, progress=None):
            calls.append((fn, on_done))

    watcher = presence_watch.PresenceWatcher(window.services.presence, window.bus, Runner(), window)
    watcher.start()
    assert len(calls) == 1  # registering, handed to the runner
    fn, done = calls.pop()
    done(fn(None, None))
    assert watcher.timer.isActive() and watcher.last_id is not None
    watcher.tick()
    watcher.tick()  # the first is still running: skipped
    assert len(calls) == 1
    fn, done = calls.pop()
    done(fn(None, None))
    watcher.tick()  # the previous poll is done: this one runs
    assert len(calls) == 1
    watcher.stop()
    assert not watcher.timer.isActive()


@pytest.fixture
def impatient(monkeypatch, engine):
    """The window's writes wait only a moment for a lock (the app waits 5 s)."""
    monkeypatch.setattr(db_engine, "LOCK_WAIT_MS", 300)
    engine.dispose()  # new connections take the short wait


def test_busy_database_names_the_other_and_retry_saves(qtbot, window, services, other, impatient):
    org_id = _org(services, "Kammer Probe")
    dialog = window.open_organisation(org_id)
    dialog.name.clear()
    type_text(qtbot, dialog.name, "Kammer Probe Süd")

    holder = sqlite3.connect(Path(services.uow.engine.url.database), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: message_box() is not None, timeout=3000)
        box = message_box()
        assert box.objectName() == "busyDialog"
        assert "Die Datenbank ist gerade belegt" in box.text()
        detail = box.informativeText()
        assert "Gerade ebenfalls geöffnet: WBA Desktop von Anna Beispiel auf " in detail
        assert socket.gethostname() in detail and "(seit " in detail
        assert "database is locked" not in detail + box.text()
        box.grab().save("/tmp/h5-busy.png")
        assert services.organisations.get(org_id).data.name == "Kammer Probe"
    finally:
        holder.close()  # the other program is done (its transaction rolls back)

    buttons = {b.text(): b for b in box.buttons()}
    assert set(buttons) == {"Erneut versuchen", "Abbrechen"}
    buttons["Erneut versuchen"].click()
    qtbot.waitUntil(
        lambda: services.organisations.get(org_id).data.name == "Kammer Probe Süd", timeout=3000
    )
    assert dialog.isVisible() and dialog.name.text() == "Kammer Probe Süd"
    assert not dialog.has_changes()  # saved: closing asks nothing


def test_cancel_keeps_the_edit_and_nobody_registered_is_another_program(qtbot, window, services):
    from wba_desktop.errors import BusyError

    failed, calls = [], []

    def call():
        calls.append(1)
        raise BusyError("gesperrt")

    op(window, call, title="Organisation").failure(failed.append).run()
    qtbot.waitUntil(lambda: message_box() is not None, timeout=2000)
    box = message_box()
    assert "Gerade arbeitet ein anderes Programm mit der Datenbank." in box.informativeText()
    next(b for b in box.buttons() if b.text() == "Abbrechen").click()
    assert len(calls) == 1 and len(failed) == 1


def test_the_start_page_follows_another_program(qtbot, watching, other, monkeypatch):
    from datetime import date, timedelta

    from wba_desktop.services.verbuende.progress import TaskData
    from wba_desktop.services.verbuende.records import VerbundData

    window = watching
    window.show_area("start")
    qtbot.waitUntil(lambda: window.start.loaded)
    assert window.start.tasks.table.model().rowCount() == 0
    vid = other.verbuende.create(VerbundData(name="Verbund Erfundenes Tal")).id
    other.verbund_progress.save_task(
        vid, TaskData(title="Beirat einladen", due_on=date.today() - timedelta(days=3))
    )
    qtbot.waitUntil(lambda: window.start.tasks.table.model().rowCount() == 1, timeout=6000)


def test_a_lost_server_connection_offers_to_retry_the_same_call(qtbot, window):
    from wba_desktop.errors import ConnectionLostError

    results, calls = [], []

    def call():
        calls.append(1)
        if len(calls) == 1:  # the server is gone the first time, back the second
            raise ConnectionLostError("Die Verbindung zum Server ist abgebrochen.")
        return "gespeichert"

    op(window, call, title="Organisation").success(results.append).run()
    qtbot.waitUntil(lambda: message_box() is not None, timeout=2000)
    box = message_box()
    assert box.objectName() == "reconnectDialog"
    assert "Verbindung zur Datenbank ist unterbrochen" in box.text()
    assert "Ihre Eingaben bleiben erhalten" in box.informativeText()
    next(b for b in box.buttons() if b.text() == "Erneut versuchen").click()
    assert calls == [1, 1] and results == ["gespeichert"]


def test_read_only_database_and_network_drive_are_announced(qtbot, window, monkeypatch):
    maintenance = type(window.services.maintenance)
    monkeypatch.setattr(maintenance, "is_read_only", lambda self: True)
    monkeypatch.setattr(
        maintenance,
        "location_warning",
        lambda self: "Die Datenbankdatei liegt auf einem Netzlaufwerk.",
    )
    window.database_commands.after_start()
    assert window.notices.isVisible()
    texts = window.notices.texts()
    assert len(texts) == 2 and texts[0].startswith("Nur lesen:")
    assert "Netzlaufwerk" in texts[1]
    from PySide6.QtWidgets import QFrame, QToolButton

    frame = window.notices.findChild(QFrame, "readOnlyNotice")
    qtbot.mouseClick(frame.findChild(QToolButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.notices.texts()) == 1)
    assert "Netzlaufwerk" in window.notices.texts()[0]
