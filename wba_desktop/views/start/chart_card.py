"""The start page's card „Partner nach Art und Landkreis“: a matplotlib chart drawn
after the page's first paint (matplotlib is imported then, not with the page)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout

CHART_HEIGHT = 330


class ChartCard(QFrame):
    """``show_partners(partners)`` draws on the next turn of the event loop; ``drawn``
    is True once the chart is on the canvas. Enter or a double-click emits
    ``activated`` (the page opens the organisations behind the chart)."""

    activated = Signal()

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("startCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(title)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(self.tr("Doppelklick oder Eingabetaste: die Organisationen öffnen"))
        self.heading = QLabel(title, self)
        self.heading.setObjectName("cardTitle")
        self.heading.setWordWrap(True)
        # until the chart is drawn (the page's data comes first)
        self.loading = QLabel(self.tr("Wird geladen …"), self)
        self.loading.setObjectName("cardEmpty")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.loading.setFixedHeight(CHART_HEIGHT)
        self.canvas = None
        self.figure = None
        self.drawn = False
        self._pending = None
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(10, 8, 10, 10)
        self.box.addWidget(self.heading)
        self.box.addWidget(self.loading)

    def show_partners(self, partners) -> None:
        self._pending = partners
        QTimer.singleShot(0, self, self._draw)  # not once the card is gone

    def _draw(self) -> None:
        partners, self._pending = self._pending, None
        if partners is None:
            return
        if self.canvas is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            self.figure = Figure(figsize=(5.0, 3.3), layout="constrained")
            self.canvas = FigureCanvasQTAgg(self.figure)
            self.canvas.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            self.canvas.setFixedHeight(CHART_HEIGHT)
            self.canvas.setMinimumWidth(200)
            self.box.replaceWidget(self.loading, self.canvas)
            self.loading.deleteLater()
        from wba_desktop.charts.partners import draw_partners

        draw_partners(
            self.figure,
            partners.kinds,
            partners.colours,
            partners.districts,
            partners.counts,
            other_label=self.tr("weitere Arten"),
            no_district=self.tr("ohne Landkreis"),
            empty_text=self.tr("Noch keine Partner erfasst."),
        )
        self.canvas.draw_idle()
        self.drawn = True

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.activated.emit()
