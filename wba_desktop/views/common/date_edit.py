"""A date field that may stay empty, shown as TT.MM.JJJJ with a calendar popup."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

_EMPTY = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """``value()`` is a ``date`` or None; the lowest date stands for "empty"."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd.MM.yyyy")
        self.setCalendarPopup(True)
        self.setMinimumDate(_EMPTY)
        self.setSpecialValueText(" ")
        self.setDate(_EMPTY)
        self.calendarWidget().setFirstDayOfWeek(self.calendarWidget().firstDayOfWeek())

    def value(self) -> date | None:
        d = self.date()
        if d == _EMPTY:
            return None
        return date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.setDate(_EMPTY)
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def clear_value(self) -> None:
        self.setDate(_EMPTY)
