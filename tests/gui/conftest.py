"""GUI fixtures: a main window on a fresh database, helpers to answer message boxes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from wba_desktop.views.common.record_dialog import RecordDialog
from wba_desktop.views.common.settings import Settings
from wba_desktop.views.shell.main_window import MainWindow


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def window(qtbot, services, settings) -> MainWindow:
    win = MainWindow(services, settings, db_label="Datenbank: test")
    qtbot.addWidget(win)
    win.show_area("organisations")  # the directory tests start there; Start has its own
    win.show()
    qtbot.waitExposed(win)
    yield win
    for w in QApplication.topLevelWidgets():
        if isinstance(w, RecordDialog):
            w.mark_clean()  # a test may leave edits behind: close without asking
    for w in QApplication.topLevelWidgets():
        if w.isVisible():
            w.close()
    win.deleteLater()
    QApplication.processEvents()


def message_box() -> QMessageBox | None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            return w
    return None


def answer(qtbot, button_text: str) -> str:
    """Click the button labelled ``button_text`` on the open message box; returns its text."""
    qtbot.waitUntil(lambda: message_box() is not None, timeout=2000)
    box = message_box()
    text = box.text() + "\n" + box.informativeText()
    for b in box.buttons():
        if b.text() == button_text:
            b.click()
            return text
    raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user, umlauts included (QTest's keyClicks only knows ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                )
