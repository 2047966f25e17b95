"""A filter bar that wraps onto a second row instead of cutting its boxes.

At 1280×800 the search field, the filter boxes and the buttons of an area sit in one
row; at the minimum window (1024×640) they did not fit and Qt squeezed them to „Verans…“
and „Alle WBA-Regione“. ``FlowLayout`` places its items left to right at their size
hints, starts a new row where the next one would not fit, and gives the room left in a
row to the items that expand (the search field), so one row looks as before.
``labelled(label, box)`` keeps a caption and its box together on a row.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QSpacerItem,
    QWidget,
    QWidgetItem,
)


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._height = 0  # of the rows as last placed
        self.setContentsMargins(0, 0, 0, 0)

    # -- like QBoxLayout ---------------------------------------------------------------
    def addStretch(self, _stretch: int = 1) -> None:  # noqa: N802 - as QBoxLayout
        """Room that pushes what follows to the right end of its row."""
        policy = QSizePolicy.Policy
        self.addItem(QSpacerItem(0, 0, policy.Expanding, policy.Minimum))

    def insertWidget(self, index: int, widget: QWidget) -> None:  # noqa: N802 - as QBoxLayout
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    # -- QLayout -----------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        height = self._arrange(rect, apply=True)
        if height != self._height:
            # one row more or less: the parent must learn the new minimum height (a
            # splitter pane would otherwise squeeze what lies below the bar)
            self._height = height
            self.invalidate()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """One row of everything."""
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self._spacing * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        """The widest item (everything else may wrap), as high as the rows are now."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        size += QSize(m.left() + m.right(), m.top() + m.bottom())
        return QSize(size.width(), max(size.height(), self._height))

    # -- placing -------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty() or i.spacerItem() is not None]

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            w = item.sizeHint().width()
            if rows[-1] and used + self._spacing + w > width:
                rows.append([])
                used = 0
            used += (self._spacing if rows[-1] else 0) + w
            rows[-1].append(item)
        return [r for r in rows if r]

    def _arrange(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        inner = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        y = inner.y()
        for row in self._rows(inner.width()):
            widths = [max(i.sizeHint().width(), i.minimumSize().width()) for i in row]
            widths = [min(w, inner.width()) for w in widths]
            spare = max(inner.width() - sum(widths) - self._spacing * (len(row) - 1), 0)
            growing = [
                k for k, i in enumerate(row) if i.expandingDirections() & Qt.Orientation.Horizontal
            ]
            for n, k in enumerate(growing):
                widths[k] += spare // len(growing) + (1 if n < spare % len(growing) else 0)
            height = max(i.sizeHint().height() for i in row)
            x = inner.x()
            for item, w in zip(row, widths, strict=True):
                if apply:
                    h = min(height, max(item.sizeHint().height(), item.minimumSize().height()))
                    top = y + (height - h) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(w, h)))
                x += w + self._spacing
            y += height + self._spacing
        return max(y - self._spacing - inner.y(), 0) + m.top() + m.bottom()


def labelled(label: str, box: QWidget, parent: QWidget) -> QWidget:
    """``label`` and ``box`` as one piece of a flow bar (they wrap together)."""
    pair = QWidget(parent)
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    caption = QLabel(label, pair)
    caption.setBuddy(box)
    row.addWidget(caption)
    box.setParent(pair)
    row.addWidget(box)
    return pair


def together(parent: QWidget, *widgets: QWidget) -> QWidget:
    """``widgets`` (a toggle pair, say) as one piece of a flow bar: never split."""
    piece = QWidget(parent)
    row = QHBoxLayout(piece)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    for w in widgets:
        w.setParent(piece)
        row.addWidget(w)
    return piece
