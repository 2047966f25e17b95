"""Rows of the event list and the same-day check (two events on one day in the
same WBA region)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtGui import QColor

from wba_desktop.services.events.records import EventInfo
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.common.translation import tr
from wba_desktop.views.common.vocab_combo import cell

WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
STATUS_COLOURS = {
    "Entwurf": "#5a6570",
    "geplant": "#1f5f99",
    "Einladung versendet": "#b7791f",
    "durchgeführt": "#1e7b34",
    "abgesagt": "#8a8a8a",
}


@dataclass(frozen=True)
class EventRow:
    id: int
    day: date
    date_text: str
    time_text: str
    title: str
    type: str
    status: str
    place: str
    wba_region: str
    invited: int
    accepted_text: str
    waiting: int
    verbuende: str
    conflict: str
    version: int | None = None  # the version shown (a delete asks when it changed)

    @classmethod
    def build(cls, e: EventInfo, conflict: str = "") -> EventRow:
        start, end = e.starts_at, e.ends_at
        if start.date() == end.date():
            time_text = f"{start:%H:%M}–{end:%H:%M}"
        else:
            time_text = f"{start:%H:%M} – {end:%d.%m. %H:%M}"
        place = ", ".join(x for x in (e.venue, e.city) if x)
        if e.mode != tr("vor Ort"):
            place = f"{e.mode}: {place}" if place else e.mode
        cap = f" / {e.capacity}" if e.capacity else ""
        return cls(
            id=e.id,
            day=start.date(),
            date_text=f"{WEEKDAYS[start.weekday()]} {start:%d.%m.%Y}",
            time_text=time_text,
            title=e.title,
            type=e.type,
            status=e.status,
            place=place,
            wba_region=e.wba_region,
            invited=e.invited,
            accepted_text=f"{e.accepted}{cap}",
            waiting=e.waiting,
            verbuende=", ".join(e.verbund_names),
            conflict=conflict,
            version=e.version,
        )


COLUMNS = (
    Column("date_text", QT_TR_NOOP("Datum"), 105),
    Column("time_text", QT_TR_NOOP("Zeit"), 95),
    Column("title", QT_TR_NOOP("Veranstaltung"), 280),
    Column("type", QT_TR_NOOP("Art"), 170, format=cell),
    Column("status", QT_TR_NOOP("Status"), 135, format=cell),
    Column("place", QT_TR_NOOP("Ort"), 180),  # WBA-Region still in view at 1280 px
    Column("wba_region", QT_TR_NOOP("WBA-Region"), 85, format=cell),
    Column("invited", QT_TR_NOOP("Eingeladen"), 80, align_right=True),
    Column("accepted_text", QT_TR_NOOP("Zusagen"), 75, align_right=True),
    Column("waiting", QT_TR_NOOP("Warteliste"), 75, align_right=True),
    Column("verbuende", QT_TR_NOOP("Verbünde"), 200),
)


class EventsModel(RecordListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(COLUMNS, is_muted=lambda r: r.status == "abgesagt", parent=parent)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        rec = self.record(index.row()) if index.isValid() else None
        if rec is None:
            return None
        key = self.columns[index.column()].key
        if key == "title" and rec.conflict:
            if role == Qt.ItemDataRole.DisplayRole:
                return "⚠ " + rec.title
            if role == Qt.ItemDataRole.ToolTipRole:
                return rec.conflict
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#b7791f")
        if key == "status" and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(STATUS_COLOURS.get(rec.status, "#000000"))
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if key == "date_text" and role == Qt.ItemDataRole.UserRole + 30:
            return rec.day
        return super().data(index, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # the date column sorts by the date, not by the weekday text
        if 0 <= column < len(self.columns) and self.columns[column].key in ("date_text",):
            self.beginResetModel()
            self._rows.sort(key=lambda r: r.day, reverse=order == Qt.SortOrder.DescendingOrder)
            self.endResetModel()
            return
        super().sort(column, order)
