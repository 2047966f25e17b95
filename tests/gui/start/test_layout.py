"""The start page on the small demo at 1280×800 and at the minimum window size
1024×640: no horizontal scrollbar on the page or a card, every header as wide as its
text, every cell's text shown whole (wrapped between words, never cut), no label
elided, the cards in two columns where there is room and in one where there is not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from wba_desktop.views.common.tasks import SyncTaskRunner
from wba_desktop.views.shell.start_view import StartView
from wba_desktop.views.start.card import CardTable, StartCard

#: the sidebar's width: the start page gets the window's width less this
SIDEBAR = 190
#: room a cell's text needs besides its words (the delegate's padding)
PAD = 4


def _problems(view: StartView) -> list[str]:
    found = []
    if view.scroll.horizontalScrollBar().isVisible():
        found.append("the page scrolls sideways")
    if view.page.width() > view.scroll.viewport().width():
        found.append(f"page {view.page.width()} wider than {view.scroll.viewport().width()}")
    for card in view.cards:
        if card.geometry().right() > view.page.width():
            found.append(f"{card.accessibleName()} runs off the page")
        if isinstance(card, StartCard) and card.table.isVisible():
            found += [f"{card.title}: {p}" for p in _table_problems(card.table)]
    for label in view.page.findChildren(QLabel):
        if (
            label.isVisible()
            and not label.wordWrap()
            and label.textFormat() != Qt.TextFormat.RichText
        ):
            need = label.fontMetrics().horizontalAdvance(label.text())
            if need > label.contentsRect().width():
                found.append(f"label „{label.text()}“ needs {need} px, has {label.width()}")
    return found


def _table_problems(table: CardTable) -> list[str]:
    found = []
    header, model, fm = table.horizontalHeader(), table.model(), table.fontMetrics()
    if table.horizontalScrollBar().isVisible() or table.verticalScrollBar().isVisible():
        found.append("a scrollbar")
    sections = [header.sectionSize(c) for c in range(model.columnCount())]
    if sum(sections) > table.viewport().width() + 1:
        found.append(f"columns {sum(sections)} px in {table.viewport().width()} px")
    if table.horizontalScrollBar().value() != 0:
        found.append("scrolled sideways")
    shown = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
    for c in shown:
        if sections[c] < header.sectionSizeHint(c):
            found.append(f"header „{model.headerData(c, Qt.Orientation.Horizontal)}“ cut")
    rows = sum(table.rowHeight(r) for r in range(model.rowCount()))
    if table.viewport().height() < rows:
        found.append(f"{rows} px of rows in {table.viewport().height()} px")
    for r in range(model.rowCount()):
        for c in shown:
            width = sections[c]
            text = str(model.index(r, c).data() or "")
            words = [fm.horizontalAdvance(w) for w in text.split()]
            if words and max(words) > width - PAD:
                found.append(f"„{text}“ cut in a column of {width} px")
                continue
            box = fm.boundingRect(QRect(0, 0, width - PAD, 10_000), Qt.TextFlag.TextWordWrap, text)
            if box.height() > table.rowHeight(r):
                found.append(f"„{text}“ needs {box.height()} px, its row has {table.rowHeight(r)}")
    return found


def _settle(qtbot, view: StartView) -> None:
    qtbot.waitUntil(lambda: view.loaded and view.chart.drawn, timeout=10_000)
    for _ in range(5):
        QApplication.processEvents()


def test_the_window_at_1280_by_800(qtbot, window, demo):
    window.resize(1280, 800)
    window.show_area("start")
    view = window.start
    _settle(qtbot, view)
    assert view.tasks.model.rowCount() > 0 and view.inquiries.model.rowCount() > 0
    assert view._columns == 2  # a 1280 px window: two columns
    assert view.tasks.geometry().top() == view.followups.geometry().top()
    assert _problems(view) == []


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1024, 640)])
def test_the_page_at_the_room_a_window_gives_it(qtbot, services, demo, width, height):
    """The page alone, as wide as a window of ``width`` leaves it beside the sidebar
    (the main window's own minimum is the shell's business)."""
    holder = QWidget()
    qtbot.addWidget(holder)
    view = StartView(services, holder, runner=SyncTaskRunner())
    view.resize(width - SIDEBAR, height - 110)
    holder.resize(width - SIDEBAR, height - 110)
    holder.show()
    qtbot.waitExposed(holder)
    view.reload()
    _settle(qtbot, view)
    assert view._columns == (2 if width >= 1200 else 1)
    assert _problems(view) == []
    if width < 1200:
        assert view.tasks.geometry().top() > view.followups.geometry().bottom()


def test_a_narrow_card_wraps_long_text_instead_of_cutting_it(qtbot, services, demo):
    view = StartView(services, runner=SyncTaskRunner())
    qtbot.addWidget(view)
    view.resize(1000, 700)  # two columns of about 470 px: the long names must wrap
    view.show()
    qtbot.waitExposed(view)
    view.reload()
    _settle(qtbot, view)
    table = view.tasks.table
    assert max(table.rowHeight(r) for r in range(table.model().rowCount())) > (
        table.fontMetrics().height() * 2
    )  # at least one cell wrapped onto a second line
    assert _problems(view) == []
