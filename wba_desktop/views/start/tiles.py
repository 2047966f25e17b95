"""The count tiles at the top of the start page: a large number and what it counts;
a click, Enter or Space opens the matching list (``clicked``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout

from wba_desktop.text import format as fmt

_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class Tile(QFrame):
    """One focusable count tile; ``key`` names the list it opens."""

    clicked = Signal(str)

    def __init__(self, key: str, caption: str, tooltip: str, parent=None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("startTile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tooltip)
        self.setAccessibleName(caption)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.number = QLabel("–", self)
        self.number.setObjectName("tileNumber")
        self.caption = QLabel(caption, self)
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set_count(self, n: int) -> None:
        self.number.setText(fmt.integer(n))
        self.setAccessibleDescription(f"{self.caption.text()}: {self.number.text()}")

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit(self.key)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() in _OPEN_KEYS:
            self.clicked.emit(self.key)
            return
        super().keyPressEvent(event)
