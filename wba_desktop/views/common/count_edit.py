"""A field for a count: a whole number of at least 0, or empty for "not known"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QLineEdit


class CountEdit(QLineEdit):
    """A whole number >= 0, or empty for "not known" (None)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setValidator(QIntValidator(0, 9_999_999, self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText("–")
        self.setMaximumWidth(120)

    def value(self) -> int | None:
        text = self.text().strip()
        return int(text) if text else None

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))
