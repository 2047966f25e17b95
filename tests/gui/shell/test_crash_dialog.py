"""An uncaught exception: written to the log, shown once in a dialog, the app goes on.

pytest-qt normally catches exceptions in slots and fails the test; these tests switch
that off (``qt_no_exception_capture``) and install the app's own hooks instead, as
``run_gui`` does, and take them away again afterwards.
"""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import type_text
from tests.gui.directory.test_flow import _active_dialog
from wba_desktop import logs
from wba_desktop.services.directory.organisations import OrganisationFilter
from wba_desktop.views.directory.organisation_dialog import OrganisationDialog
from wba_desktop.views.shell.crash_dialog import (
    CrashDialog,
    ExceptionHooks,
    install_exception_hooks,
)

pytestmark = pytest.mark.qt_no_exception_capture
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def hooks(qapp, _data_dir):
    logfile = logs.setup_logging()
    installed = install_exception_hooks(logfile)
    yield installed
    installed.uninstall()
    for w in QApplication.topLevelWidgets():
        if isinstance(w, CrashDialog):
            w.close()
    installed.deleteLater()
    logs.shutdown_logging()


def crash_dialogs() -> list[CrashDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()
    ]


def _wait_for_crash_dialog(qtbot) -> CrashDialog:
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1, timeout=3000)
    return crash_dialogs()[0]


def test_a_window_built_in_a_test_keeps_pytest_qts_hook(window):
    """Building the main window installs nothing: only run_gui does."""
    assert not isinstance(getattr(sys.excepthook, "__self__", None), ExceptionHooks)


def test_a_bug_in_a_slot_is_logged_shown_and_the_typing_survives(qtbot, window, services, hooks):
    window.show_area("organisations")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = _active_dialog(OrganisationDialog)
    type_text(qtbot, form.name, "Köthener Bildungswerk")

    def broken_slot(_text):
        raise ZeroDivisionError("Testfehler im Namensfeld")

    form.name.textChanged.connect(broken_slot)
    type_text(qtbot, form.name, "e")  # the slot raises inside Qt's key handling
    crash = _wait_for_crash_dialog(qtbot)

    logged = hooks.logfile.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged and "in broken_slot" in logged
    assert "ZeroDivisionError: Testfehler im Namensfeld" in logged
    assert crash.summary() == "ZeroDivisionError: Testfehler im Namensfeld"
    assert str(hooks.logfile) in crash.where.text()
    assert "in broken_slot" in crash.details.toPlainText()
    assert crash.windowTitle() == "Unerwarteter Fehler"

    # the form and what was typed are still there
    assert form.isVisible() and form.name.text() == "Köthener Bildungswerke"

    shown = []
    qtbot_patch = pytest.MonkeyPatch()
    qtbot_patch.setattr(QDesktopServices, "openUrl", lambda url: shown.append(url) or True)
    try:
        qtbot.mouseClick(crash.open_folder, LEFT)
    finally:
        qtbot_patch.undo()
    assert shown[0].toLocalFile().rstrip("/") == str(hooks.logfile.parent)
    qtbot.mouseClick(crash.copy, LEFT)
    assert QGuiApplication.clipboard().text().startswith("ZeroDivisionError: Testfehler")
    crash.close()
    qtbot.waitUntil(lambda: not crash_dialogs())

    # the app goes on: the form saves, the list shows the record
    form.name.textChanged.disconnect(broken_slot)
    form.name.selectAll()
    type_text(qtbot, form.name, "Köthener Bildungswerk")
    form.type.setCurrentIndex(1)
    qtbot.mouseClick(form.save_button, LEFT)
    ids = services.organisations.list_ids(OrganisationFilter())
    assert [r.name for r in services.organisations.rows(ids)] == ["Köthener Bildungswerk"]
    form.close()
    window.show_area("start")
    window.show_area("organisations")
    assert window.organisations.model.rowCount() == 1


def test_a_second_bug_while_the_dialog_is_open_is_counted_not_shown(qtbot, hooks):
    calls = []

    def timer_bug():
        calls.append(1)
        raise RuntimeError(f"Fehler Nummer {len(calls)}")

    QTimer.singleShot(0, timer_bug)
    crash = _wait_for_crash_dialog(qtbot)
    QTimer.singleShot(0, timer_bug)
    QTimer.singleShot(0, timer_bug)
    qtbot.waitUntil(lambda: crash.repeats == 2)
    assert len(crash_dialogs()) == 1
    assert crash.more.isVisible() and "2 Fehler" in crash.more.text()
    logged = hooks.logfile.read_text(encoding="utf-8")
    assert all(f"Fehler Nummer {n}" in logged for n in (1, 2, 3))
    crash.close()


def test_the_same_bug_again_and_again_stops_showing(qtbot, hooks):
    def same_bug():
        raise ValueError("immer derselbe")

    for _round in range(3):
        QTimer.singleShot(0, same_bug)
        _wait_for_crash_dialog(qtbot).close()
        qtbot.waitUntil(lambda: not crash_dialogs())
    QTimer.singleShot(0, same_bug)
    qtbot.wait(50)
    QApplication.processEvents()
    assert not crash_dialogs()  # the fourth time in a row: only in the log
    assert hooks.logfile.read_text(encoding="utf-8").count("uncaught exception") == 4


def test_a_bug_in_a_worker_thread_shows_on_the_gui_thread(qtbot, hooks):
    def work():
        raise LookupError("im Hintergrund")

    worker = threading.Thread(target=work, name="Hintergrundarbeit")
    worker.start()
    worker.join()
    crash = _wait_for_crash_dialog(qtbot)
    assert crash.thread() is QApplication.instance().thread()
    assert crash.summary() == "LookupError: im Hintergrund"
    assert "in Hintergrundarbeit" in hooks.logfile.read_text(encoding="utf-8")
    crash.close()


def test_screenshot(qtbot, hooks, tmp_path):
    try:
        {}["Landkreis"]
    except KeyError:
        hooks.handle(*sys.exc_info())
    crash = _wait_for_crash_dialog(qtbot)
    crash.adjustSize()
    qtbot.wait(20)
    out = tmp_path / "crash_dialog.png"
    crash.grab().save(str(out))
    assert out.stat().st_size > 0
    hint = crash.sizeHint()
    assert crash.width() >= hint.width() and crash.height() >= hint.height()
    crash.close()


def test_enter_closes_the_dialog(qtbot, hooks):
    QTimer.singleShot(0, lambda: 1 / 0)
    crash = _wait_for_crash_dialog(qtbot)
    assert QApplication.focusWidget() is crash.close_button
    qtbot.keyClick(crash.close_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not crash_dialogs())


def test_run_gui_installs_the_hooks_and_takes_them_away(qtbot, monkeypatch, _data_dir):
    """The start path logs to the file and hooks in; on return all is as before."""
    from PySide6.QtWidgets import QMessageBox

    from wba_desktop import app as app_module
    from wba_desktop.db.engine import DatabaseError

    before = (sys.excepthook, threading.excepthook)
    seen = []

    def refuse(_db):
        seen.append(sys.excepthook)
        raise DatabaseError("Die Datenbank ist gesperrt.")

    monkeypatch.setattr(app_module, "open_database", refuse)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: None)
    try:
        assert app_module.run_gui() == 1
    finally:
        logs.shutdown_logging()
    assert isinstance(seen[0].__self__, ExceptionHooks)
    assert (sys.excepthook, threading.excepthook) == before
    logged = (_data_dir / "logs" / "wba-desktop.log").read_text(encoding="utf-8")
    assert "database not usable: Die Datenbank ist gesperrt." in logged
