"""The timeline of a Verbund (phases, milestones, events, funding) drawn with
matplotlib inside the window, exportable as PNG or PDF.

matplotlib is imported when the tab is first shown, so the app starts without it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wba_desktop.services.bundle import Services
from wba_desktop.views.common.file_export import export_file
from wba_desktop.views.common.tasks import TaskRunner


class TimelineTab(QWidget):
    def __init__(self, services: Services, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._verbund_id: int | None = None
        self._drawn_for: int | None = None
        self._stale = True
        self.canvas = None
        self.figure = None
        self.hint = QLabel(self.tr("Kein Verbund gewählt."), self)
        self.hint.setWordWrap(True)  # a long Verbund name must not cut the sentence
        self.png_button = QPushButton(self.tr("Als PNG speichern …"), self)
        self.pdf_button = QPushButton(self.tr("Als PDF speichern …"), self)
        self.png_button.clicked.connect(lambda: self.export(".png"))
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.png_button)
        buttons.addWidget(self.pdf_button)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(buttons)
        self._update_buttons()

    def set_verbund(self, verbund_id: int | None) -> None:
        self._verbund_id = verbund_id
        self._stale = True
        self._update_buttons()
        if self.isVisible():
            self.redraw()

    def reload(self) -> None:
        self.set_verbund(self._verbund_id)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self.redraw()

    def _update_buttons(self) -> None:
        for b in (self.png_button, self.pdf_button):
            b.setEnabled(self._verbund_id is not None)

    def _reports(self):

        return self._services.verbund_reports

    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(11, 4), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setParent(self)
        self.canvas.setMinimumHeight(200)  # fits under the Verbund list at 1024×640
        self._layout.addWidget(self.canvas, 1)

    def redraw(self) -> None:
        """Draw the timeline of the current Verbund (called when the tab is visible)."""
        from wba_desktop.charts.timeline import draw_timeline

        self._stale = False
        self._ensure_canvas()
        self.figure.clear()
        if self._verbund_id is None:
            self.hint.setText(self.tr("Kein Verbund gewählt."))
        else:
            data = self._reports().timeline_data(self._verbund_id)
            draw_timeline(self.figure, data)
            self.hint.setText(
                self.tr("Phasen, Meilensteine und Veranstaltungen von „%1“").replace(
                    "%1", data.title
                )
            )
        self._drawn_for = self._verbund_id
        self.canvas.draw_idle()

    def export(self, suffix: str, path=None) -> None:
        if self._verbund_id is None:
            return
        from wba_desktop.charts.timeline import save_timeline

        data = self._reports().timeline_data(self._verbund_id)
        label = "PDF-Dokument (*.pdf)" if suffix == ".pdf" else "PNG-Bild (*.png)"
        export_file(
            self,
            self._runner,
            self.tr("Zeitleiste speichern"),
            f"Zeitleiste {data.title}{suffix}",
            self.tr(label),
            lambda p: save_timeline(data, p),
            chosen_path=path,
        )
