"""A start-page card: a heading, an optional line of links, and a small table whose
columns fit their content and whose height fits its rows.

The table never scrolls: the page around it scrolls vertically. Its columns take the
width their content needs; when the card is narrower than that, the columns marked
``wrap`` share what the others leave, in proportion to their content, and their text
wraps onto more lines (nothing is cut); where even that is too wide, the columns
marked ``optional`` are left out, in their order. The last column takes any width
left over.
Enter or a double-click on a row emits ``activated(record)``; Tab moves on to the next
card (no tab navigation between the cells).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.simple_table import RecordListModel

RED = QColor("#b03a2e")


class CardModel(RecordListModel):
    """Rows whose ``overdue`` attribute is true are shown in red; ``tooltip`` (when a
    row has one) is the rows' tooltip."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid():
            rec = self.record(index.row())
            if role == Qt.ItemDataRole.ForegroundRole and getattr(rec, "overdue", False):
                return RED
            if role == Qt.ItemDataRole.ToolTipRole and getattr(rec, "tooltip", ""):
                return rec.tooltip
        return super().data(index, role)


class CardTable(QTableView):
    """The fitted, non-scrolling table of a card."""

    def __init__(
        self,
        columns: Sequence[Column],
        wrap: Sequence[int] = (),
        optional: Sequence[int] = (),
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.wrap_columns = tuple(wrap)
        self.optional_columns = tuple(optional)
        self.model_ = CardModel(columns, parent=self)
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab goes on to the next card
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)  # fit() gives the last column the rest
        header.setMinimumSectionSize(20)
        header.setHighlightSections(False)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)

    def content_widths(self) -> tuple[list[int], list[int]]:
        """What each column needs for its header and its widest cell on one line, and
        at least (its header, or its longest word: a wrapped cell breaks between
        words only)."""
        fm = self.fontMetrics()
        header = self.horizontalHeader()
        model = self.model_
        widths, least = [], []
        for c in range(model.columnCount()):
            head = header.sectionSizeHint(c)  # the header's text, padding and style
            texts = [str(model.index(r, c).data() or "") for r in range(model.rowCount())]
            if not texts:
                widths.append(head)
                least.append(head)
                continue
            cells = self.sizeHintForColumn(c)  # the widest cell on one line, padded
            pad = max(cells - max(fm.horizontalAdvance(t) for t in texts), 0)
            word = max((fm.horizontalAdvance(w) for t in texts for w in t.split()), default=0)
            widths.append(max(head, cells))
            least.append(min(max(head, word + pad), widths[-1]))
        return widths, least

    def fit(self) -> None:
        """Column widths for the current width, then the rows' and the table's height."""
        available = self.viewport().width()
        if available <= 0 or self.model_.columnCount() == 0:
            return
        widths, least = self.content_widths()
        shown = list(range(len(widths)))
        for c in self.optional_columns:  # too narrow even with wrapping: leave these out
            if sum(least[i] for i in shown) <= available:
                break
            shown.remove(c)
        over = sum(widths[i] for i in shown) - available
        if over > 0:  # the wrap columns give first, then the others, down to a word each
            wrap = [i for i in shown if i in self.wrap_columns]
            over = _shrink(widths, least, wrap, over)
            _shrink(widths, least, [i for i in shown if i not in wrap], over)
        last = shown[-1]
        widths[last] = max(least[last], available - sum(widths[i] for i in shown[:-1]))
        header = self.horizontalHeader()
        for i, w in enumerate(widths):
            self.setColumnHidden(i, i not in shown)
            if i in shown and header.sectionSize(i) != w:
                header.resizeSection(i, w)
        self.horizontalScrollBar().setValue(0)  # nothing to scroll to: all is shown
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(r) for r in range(self.model_.rowCount()))
        height = header.height() + rows + 2 * self.frameWidth()
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()

    def scrollTo(self, index, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # noqa: N802
        """Never scroll: every row is shown (a click on a wide cell must not shift it)."""


def _shrink(widths: list[int], least: list[int], columns: Sequence[int], over: int) -> int:
    """Take ``over`` pixels from ``columns``, each in proportion to what it has above
    ``least``; returns what could not be taken."""
    slack = sum(widths[i] - least[i] for i in columns)
    if over <= 0 or slack <= 0:
        return max(over, 0)
    take = min(over, slack)
    for i in columns:
        cut = min(widths[i] - least[i], -(-(widths[i] - least[i]) * take // slack))
        widths[i] -= cut
        over -= cut
    return max(over, 0)


class StartCard(QFrame):
    """A titled card: ``heading``, ``summary`` (a line of text or links, hidden while
    empty), ``table`` (with ``model``) and the ``empty`` text shown instead of it."""

    activated = Signal(object)

    def __init__(
        self,
        title: str,
        columns: Sequence[Column],
        empty_text: str,
        parent=None,
        *,
        wrap: Sequence[int] = (),
        optional: Sequence[int] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("startCard")
        self.setAccessibleName(title)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = title
        self.heading = QLabel(title, self)
        self.heading.setObjectName("cardTitle")
        self.heading.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("cardSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        # Tab reaches its links, Enter opens one
        self.summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.summary.hide()
        self.empty_text = empty_text
        self.empty = QLabel(empty_text, self)
        self.empty.setObjectName("cardEmpty")
        self.empty.setWordWrap(True)
        self.table = CardTable(columns, wrap, optional, self)
        self.table.setAccessibleName(title)
        self.model = self.table.model_
        self.table.activated.connect(
            lambda index: self.activated.emit(self.model.record(index.row()))
        )
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(10, 8, 10, 10)
        self.box.setSpacing(6)
        self.box.addWidget(self.heading)
        self.box.addWidget(self.summary)
        self.box.addWidget(self.empty)
        self.box.addWidget(self.table)
        self.box.addStretch(1)

    def set_loading(self) -> None:
        """Say that the rows are still being read (instead of „none“)."""
        self.empty.setText(self.tr("Wird geladen …"))
        self.table.hide()
        self.empty.show()

    def set_rows(self, rows, total: int | None = None) -> None:
        """Show ``rows``; the heading counts ``total`` (default: the rows) and says
        when the table shows only the first of them."""
        rows = list(rows)
        self.empty.setText(self.empty_text)
        total = len(rows) if total is None else total
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if not total:
            self.heading.setText(self.title)
        elif total > len(rows):
            self.heading.setText(
                self.tr("%1 (%2, die ersten %3)")
                .replace("%1", self.title)
                .replace("%2", str(total))
                .replace("%3", str(len(rows)))
            )
        else:
            self.heading.setText(f"{self.title} ({total})")
        self.table.fit()

    def set_summary(self, html: str) -> None:
        self.summary.setText(html)
        self.summary.setVisible(bool(html))
