"""First start on an empty database: demo data or an empty start.

The dialog does not know how demo data is made: the composition root (``app.py``)
hands it ``load_demo(progress, cancelled)``, which runs in the background and returns
a summary with the counts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from wba_desktop.views.common.tasks import Task, TaskRunner

#: ``load_demo(progress, cancelled)``: writes the demo data, returns its summary
DemoLoader = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]


class WelcomeDialog(QDialog):
    """Accepted when the user chose; ``demo_loaded`` tells whether demo data was written."""

    def __init__(self, load_demo: DemoLoader, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self._load_demo = load_demo
        self._runner = runner
        self._task: Task | None = None
        self.demo_loaded = False
        self.setWindowTitle(self.tr("Willkommen bei WBA Desktop"))
        self.setMinimumWidth(520)
        title = QLabel(self.tr("Willkommen bei WBA Desktop"), self)
        title.setObjectName("welcomeTitle")
        text = QLabel(
            self.tr(
                "Die Datenbank ist noch leer. Möchten Sie das Programm mit Demodaten kennenlernen "
                "(rund 300 Organisationen und 800 erfundene Personen aus allen Landkreisen "
                "Sachsen-Anhalts, sieben Weiterbildungsverbünde und zehn Veranstaltungen, "
                "darunter ein Kongress mit 150 Teilnehmenden), oder gleich mit Ihren eigenen "
                "Daten beginnen?"
            ),
            self,
        )
        text.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Mit Demodaten starten"), self)
        self.demo_button.setDefault(True)
        self.empty_button = QPushButton(self.tr("Leer beginnen"), self)
        self.cancel_button = QPushButton(self.tr("Abbrechen"), self)
        self.cancel_button.hide()
        self.demo_button.clicked.connect(self.load_demo)
        self.empty_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self._cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.empty_button, self.demo_button, self.cancel_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(8)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def load_demo(self) -> None:
        self.demo_button.setEnabled(False)
        self.empty_button.setEnabled(False)
        self.cancel_button.show()
        self.progress.show()
        self.progress.setRange(0, 100)
        self.status.setText(self.tr("Demodaten werden angelegt …"))

        self._task = self._runner.run(self._load_demo, self._done, self._failed, self._progress)

    def _progress(self, done: int, total: int, text: str) -> None:
        self.progress.setValue(done * 100 // max(total, 1))
        self.status.setText(text)

    def _done(self, summary) -> None:
        self.demo_loaded = True
        self.status.setText(
            self.tr("Fertig: %1 Organisationen, %2 Personen, %3 Verbünde, %4 Veranstaltungen.")
            .replace("%1", str(summary.organisations))
            .replace("%2", str(summary.people))
            .replace("%3", str(summary.verbuende))
            .replace("%4", str(summary.events))
        )
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.demo_button.setEnabled(True)
        self.empty_button.setEnabled(True)
        self.status.setText(str(exc))

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
