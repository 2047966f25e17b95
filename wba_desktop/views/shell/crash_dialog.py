"""The dialog for a bug, and the hooks that catch uncaught exceptions.

``install_exception_hooks(logfile)`` (called by ``app.run_gui``, never at import, so
tests that build a ``MainWindow`` keep pytest-qt's own hook) replaces
``sys.excepthook`` (the GUI thread, and Qt slots and virtual methods: PySide6 hands
their exceptions to it) and ``threading.excepthook`` (worker threads). Each exception
is written to the log with its traceback at once, on the thread that raised it; the
dialog is then shown on the GUI thread (a queued signal). It is not modal in the sense
of a nested event loop: the hook returns, the app keeps running, open record dialogs
and what was typed into them stay. While the dialog is open, further exceptions are
only logged and counted in it; the same exception many times in a row is shown at
most ``REPEATS_SHOWN`` times (``logs.RepeatFilter``).
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from wba_desktop import __version__, logs
from wba_desktop.views.common.translation import tr

log = logging.getLogger(__name__)

REPEATS_SHOWN = 3
TITLE = QT_TR_NOOP("Unerwarteter Fehler")
HEADLINE = QT_TR_NOOP("Im Programm ist ein unerwarteter Fehler aufgetreten.")
REASSURANCE = QT_TR_NOOP(
    "Das Programm läuft weiter: Offene Fenster und Ihre Eingaben darin bleiben erhalten. "
    "Speichern Sie Ihre Eingaben am besten gleich. Bereits gespeicherte Daten sind nicht "
    "betroffen."
)


class CrashDialog(QDialog):
    """What happened (a sentence, then type and message and traceback in a details
    box), where the log is, and buttons to open its folder and copy the details."""

    def __init__(
        self, summary: str, details: str, logfile: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(TITLE))
        self.setObjectName("crashDialog")
        self.logfile = Path(logfile)
        self.repeats = 0

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        critical = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        icon.setPixmap(critical.pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        headline = QLabel(tr(HEADLINE))
        font = headline.font()
        font.setBold(True)
        headline.setFont(font)
        self.message = QLabel(tr(REASSURANCE))
        self.message.setWordWrap(True)
        self.where = QLabel(
            tr(
                "Die Einzelheiten stehen im Protokoll:\n%1\n"
                "Wenn Sie den Fehler melden, fügen Sie bitte die Angaben unten bei."
            ).replace("%1", str(self.logfile))
        )
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more = QLabel()
        self.more.setWordWrap(True)
        self.more.hide()

        texts = QVBoxLayout()
        for widget in (headline, self.message, self.where, self.more):
            texts.addWidget(widget)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(texts, 1)

        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(tr("Einzelheiten zum Fehler"))
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setPlainText(f"{summary}\n\nWBA Desktop {__version__}\n\n{details}")
        self.details.setMinimumHeight(150)

        buttons = QDialogButtonBox()
        self.open_folder = QPushButton(tr("Protokollordner öffnen"))
        self.copy = QPushButton(tr("Kopieren"))
        self.copy.setToolTip(tr("Die Einzelheiten in die Zwischenablage kopieren"))
        buttons.addButton(self.open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(tr("Schließen"))
        for button in (self.open_folder, self.copy):
            button.setAutoDefault(False)  # Enter closes, it does not open a folder
        close.setDefault(True)
        close.setFocus()
        self.close_button = close
        self.open_folder.clicked.connect(self.open_log_folder)
        self.copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def summary(self) -> str:
        return self.details.toPlainText().splitlines()[0]

    def add_repeat(self) -> None:
        """Another exception came while the dialog was open: count it, no new dialog."""
        self.repeats += 1
        self.more.setText(
            tr("Seitdem ist noch ein Fehler aufgetreten; er steht nur im Protokoll.")
            if self.repeats == 1
            else f"Seitdem sind noch {self.repeats} Fehler aufgetreten; "
            "sie stehen nur im Protokoll."
        )
        self.more.show()

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.logfile.parent)))

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy.setText(tr("Kopiert"))


class ExceptionHooks(QObject):
    """Owns the installed hooks and the one dialog; lives on the GUI thread."""

    _arrived = Signal(object, str, str)  # signature, summary, details

    def __init__(self, logfile: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.logfile = Path(logfile)
        self.dialog: CrashDialog | None = None
        self.repeats = logs.RepeatFilter(REPEATS_SHOWN)
        self._previous: tuple | None = None
        self._arrived.connect(self._show)

    def install(self) -> ExceptionHooks:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
            sys.excepthook = self.handle
            threading.excepthook = self._thread_hook
        return self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def handle(self, exc_type, exc, tb, where: str = "") -> None:
        """The ``sys.excepthook``: log at once (any thread), show on the GUI thread."""
        if issubclass(exc_type, KeyboardInterrupt) and self._previous is not None:
            self._previous[0](exc_type, exc, tb)
            return
        try:
            details = logs.log_exception(exc_type, exc, tb, where)
            key = logs.signature(exc_type, exc, tb)
            # queued when raised on a worker thread: widgets only on the GUI thread
            self._arrived.emit(key, logs.exception_summary(exc_type, exc), details)
        except Exception:  # noqa: BLE001 - the hook itself must never raise
            log.critical("exception hook failed", exc_info=True)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "thread"
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, where=name)

    def _show(self, key: tuple, summary: str, details: str) -> None:
        try:
            if self.dialog is not None:
                self.repeats.note(key)
                self.dialog.add_repeat()
                return
            if not self.repeats.should_show(key):
                log.info("same exception again, logged only: %s", summary)
                return
            if QApplication.instance() is None:
                return
            dialog = CrashDialog(summary, details, self.logfile)
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(self._closed)
            self.dialog = dialog
            dialog.show()  # no nested event loop: the hook returns at once
            dialog.raise_()
            dialog.activateWindow()
            dialog.close_button.setFocus()  # Enter or Esc closes it
        except Exception:  # noqa: BLE001 - an error in the error dialog: log only
            log.critical("error dialog failed", exc_info=True)

    def _closed(self) -> None:
        self.dialog = None


def install_exception_hooks(logfile: Path) -> ExceptionHooks:
    """Install the hooks for the running QApplication; call once from the start path."""
    app = QApplication.instance()
    return ExceptionHooks(logfile, app).install()
