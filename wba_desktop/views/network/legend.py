"""The legend of the network canvas: every colour shown, with its count, outside the
drawing (a wrapping, scrolling list below the canvas, which the user can hide)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem

ROLE_COLOUR = Qt.ItemDataRole.UserRole


def _dot(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(QColor("#ffffff"))
    p.setBrush(QColor(colour))
    p.drawEllipse(1, 1, 10, 10)
    p.end()
    return QIcon(pixmap)


class LegendList(QListWidget):
    """``set_entries([(text, colour), …])``; entries flow left to right and wrap."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("networkLegend")
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(2)
        self.setIconSize(QSize(12, 12))
        self.setUniformItemSizes(False)
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMaximumHeight(76)
        self.setToolTip(self.tr("Legende: Farbe und Anzahl der gezeigten Organisationen"))

    def set_entries(self, entries) -> None:
        self.clear()
        for text, colour in entries:
            item = QListWidgetItem(_dot(colour), text)
            item.setData(ROLE_COLOUR, colour)
            self.addItem(item)

    def entries(self) -> list[tuple[str, str]]:
        return [(self.item(i).text(), self.item(i).data(ROLE_COLOUR)) for i in range(self.count())]
