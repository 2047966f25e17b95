"""Sizes that keep a control readable on a small screen (1024×640): a search field as
wide as its hint, a table with room for a few rows however the splitter is dragged."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QStyle, QTableView, QWidget


def fit_placeholder(edit: QLineEdit) -> None:
    """``edit`` is never narrower than its hint („Veranstaltung, Ort …“), the clear
    button and the frame included."""
    fm = edit.fontMetrics()
    edit.setMinimumWidth(fm.horizontalAdvance(edit.placeholderText()) + 2 * fm.height() + 16)


def show_rows(table: QTableView, rows: int = 4) -> None:
    """``table`` keeps room for its header, ``rows`` rows and a horizontal scroll bar."""
    header = table.horizontalHeader()
    bar = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, table)
    height = (
        (header.sizeHint().height() if not header.isHidden() else 0)
        + rows * table.verticalHeader().defaultSectionSize()
        + 2 * table.frameWidth()
        + (bar if table.horizontalScrollBarPolicy() != _always_off() else 0)
    )
    table.setMinimumHeight(height)


def _always_off():
    from PySide6.QtCore import Qt

    return Qt.ScrollBarPolicy.ScrollBarAlwaysOff


class ScrollBody(QWidget):
    """The widget of a resizable scroll area that scrolls only when its controls'
    minimum sizes do not fit: Qt asks a body holding a word-wrapped label for its
    height-for-width, which layouts answer with the *preferred* height, so a tab scrolled
    at 1280×800 although everything fitted. The wrapped labels' extra lines are added."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        extra = 0
        for label in self.findChildren(QLabel):
            if label.wordWrap() and label.isVisibleTo(self):
                lines = label.heightForWidth(label.width() if label.width() > 0 else width)
                extra += max(lines - label.minimumSizeHint().height(), 0)
        return self.minimumSizeHint().height() + extra
