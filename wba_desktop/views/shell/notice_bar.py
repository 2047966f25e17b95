"""A bar above the areas for what the user must know about the whole database: opened
read-only, a SQLite file on a network drive. It stays until the user closes it."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget


class NoticeBar(QWidget):
    """Zero or more notices, one row each, with a close button."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 6, 8, 0)
        self._layout.setSpacing(4)
        self.hide()

    def add(self, text: str, name: str) -> QFrame:
        """Show ``text``; ``name`` identifies the notice (tests, and no double notices)."""
        for frame in self.findChildren(QFrame, name):
            frame.deleteLater()
        frame = QFrame(self)
        frame.setObjectName(name)
        frame.setStyleSheet(
            f"QFrame#{name} {{ background: #fff4d6; border: 1px solid #e3c26b; "
            "border-radius: 4px; }"
        )
        row = QHBoxLayout(frame)
        row.setContentsMargins(10, 6, 6, 6)
        label = QLabel(text, frame)
        label.setWordWrap(True)
        label.setObjectName("noticeText")
        close = QToolButton(frame)
        close.setText("✕")
        close.setToolTip(self.tr("Hinweis ausblenden"))
        close.setAutoRaise(True)
        close.clicked.connect(lambda: self._close(frame))
        row.addWidget(label, 1)
        row.addWidget(close)
        self._layout.addWidget(frame)
        frame.show()  # a child added to a visible widget stays hidden until shown
        self.show()
        return frame

    def texts(self) -> list[str]:
        return [f.findChild(QLabel, "noticeText").text() for f in self._frames()]

    def _frames(self) -> list[QFrame]:
        return [f for f in self.findChildren(QFrame) if f.parent() is self and not f.isHidden()]

    def _close(self, frame: QFrame) -> None:
        frame.hide()
        frame.deleteLater()
        if not self._frames():
            self.hide()
