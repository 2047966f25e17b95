"""Sizes that keep a control readable on a small screen (1024×640): a search field as
wide as its hint, a table with room for a few rows however the splitter is dragged."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QWidget,
)


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


class FoldWhenNarrow(QObject):
    """Folds the last pane of ``splitter`` away while the splitter is narrower than its
    panes' minimum widths (a 1024 px window), and opens it again with ``sizes`` when the
    window is wide enough. Its handle stays at the right edge: dragging it opens the
    pane, taking the room from the others. Squeezing all panes instead cut every one."""

    def __init__(self, splitter: QSplitter, sizes: list[int]) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._sizes = sizes
        self._folded = False
        splitter.setCollapsible(splitter.count() - 1, True)
        splitter.installEventFilter(self)

    def needed(self) -> int:
        s = self._splitter
        panes = [s.widget(i) for i in range(s.count())]
        return sum(max(w.minimumSizeHint().width(), w.minimumWidth()) for w in panes) + (
            s.handleWidth() * (s.count() - 1)
        )

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.apply()
        return False

    def apply(self) -> None:
        s = self._splitter
        narrow = s.width() < self.needed()
        if narrow and not self._folded:
            self._folded = True
            sizes = s.sizes()
            sizes[1] += sizes[-1]
            s.setSizes([*sizes[:-1], 0])
        elif not narrow and self._folded:
            self._folded = False
            s.setSizes(self._sizes)

    def reveal(self) -> None:
        """Open the folded pane (a district or node was chosen), taking its minimum
        width from the middle pane."""
        if not self._folded:
            return
        s = self._splitter
        pane = s.widget(s.count() - 1)
        want = max(pane.minimumSizeHint().width(), pane.minimumWidth())
        sizes = s.sizes()
        sizes[1] = max(sizes[1] - want, 0)
        s.setSizes([*sizes[:-1], want])


def scrolling(body: QWidget, parent: QWidget) -> QScrollArea:
    """``body`` in a frameless resizable scroll area: it fills the area while there is
    room and scrolls (instead of squeezing its tables) when there is not."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(body)
    return area


def title_width(header: QHeaderView, section: int) -> int:
    """The width the title of ``section`` needs as the style draws it: the style
    sheet's semi-bold font and padding included (plain font metrics miss both)."""
    model = header.model()
    text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
    if not isinstance(text, str) or not text:
        return 0
    opt = QStyleOptionHeader()
    opt.initFrom(header)
    opt.section = section
    opt.text = text
    opt.orientation = header.orientation()
    opt.textAlignment = header.defaultAlignment()
    ct = QStyle.ContentsType.CT_HeaderSection
    return header.style().sizeFromContents(ct, opt, QSize(), header).width()


def fit_titles(table: QTableView) -> None:
    """Widen the columns narrower than their titles („Warteliste“ read „Wartelis“)."""
    header = table.horizontalHeader()
    if header.model() is None:
        return
    # a sortable column shows the sort arrow beside its title once it is clicked
    arrow = QStyle.PixelMetric.PM_HeaderMarkSize
    extra = header.style().pixelMetric(arrow, None, header) if table.isSortingEnabled() else 0
    for i in range(header.count()):
        need = title_width(header, i) + extra
        if header.sectionSize(i) < need:
            header.resizeSection(i, need)
