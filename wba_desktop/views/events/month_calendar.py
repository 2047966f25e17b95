"""The month view: a calendar whose day cells show the events of that day."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QCalendarWidget

from wba_desktop.views.events.events_model import STATUS_COLOURS, EventRow

CONFLICT = QColor("#fff1d6")


class MonthCalendar(QCalendarWidget):
    """``set_events(rows)`` with EventRow objects; days with a same-day conflict in a
    WBA region are tinted."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("monthCalendar")
        self.setGridVisible(True)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self._by_day: dict[date, list[EventRow]] = defaultdict(list)

    def set_events(self, rows: list[EventRow]) -> None:
        self._by_day = defaultdict(list)
        for r in rows:
            self._by_day[r.day].append(r)
        self.updateCells()

    def events_on(self, day: date) -> list[EventRow]:
        return list(self._by_day.get(day, []))

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:  # noqa: N802
        day = date(qdate.year(), qdate.month(), qdate.day())
        events = self._by_day.get(day, [])
        if not events:
            super().paintCell(painter, rect, qdate)
            return
        painter.save()
        if any(e.conflict for e in events):
            painter.fillRect(rect, CONFLICT)
        selected = qdate == self.selectedDate()
        if selected:
            painter.fillRect(rect, QColor("#dbe9f6"))
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        in_month = qdate.month() == self.monthShown()
        painter.setPen(QColor("#1f3a52") if in_month else QColor("#9aa5b1"))
        painter.drawText(
            rect.adjusted(4, 2, -4, 0),
            Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft,
            str(qdate.day()),
        )
        small = QFont(painter.font())
        small.setBold(False)
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.8))
        painter.setFont(small)
        line = painter.fontMetrics().height()
        y = rect.top() + line + 2
        shown = 0
        for e in events:
            if y + line > rect.bottom() - 1 and shown < len(events):
                break
            painter.setPen(QColor(STATUS_COLOURS.get(e.status, "#1f3a52")))
            text = painter.fontMetrics().elidedText(
                f"{e.time_text[:5]} {e.title}", Qt.TextElideMode.ElideRight, rect.width() - 8
            )
            painter.drawText(rect.left() + 4, y + painter.fontMetrics().ascent(), text)
            y += line
            shown += 1
        if shown < len(events):
            painter.setPen(QColor("#5a6570"))
            painter.drawText(
                rect.adjusted(0, 0, -4, -1),
                Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight,
                f"+{len(events) - shown}",
            )
        painter.restore()
