"""The invitation list as a table: coloured status, local times, missing consent marked;
and the one-line summary of an event's list (counts per status and free places)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QT_TR_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from wba_desktop.exchange.table import local_time
from wba_desktop.services.events.invitation_queries import ACCEPTED, InvitationRow
from wba_desktop.services.events.invitations import StatusResult
from wba_desktop.text import format as fmt
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.common.vocab_combo import cell

#: status -> (text colour, background) in the table and the attendance list
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "vorgemerkt": ("#5b6b7a", ""),
    "eingeladen": ("#1f5f8b", ""),
    "zugesagt": ("#1e7b34", "#e3f4e6"),
    "abgesagt": ("#7a838c", "#eef0f2"),
    "Warteliste": ("#8a5a00", "#fff1c7"),
    "teilgenommen": ("#ffffff", "#2d7a46"),
    "nicht erschienen": ("#a61b1b", "#fbe3e3"),
}
NO_CONSENT = QT_TR_NOOP("Einwilligung fehlt/widerrufen")


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def fmt_local(value: datetime | None) -> str:
    """Stored naive UTC -> ``TT.MM.JJJJ HH:MM`` in local time."""
    value = local_time(value)
    return value.strftime("%d.%m.%Y %H:%M") if value else ""


COLUMNS = (
    Column("name", QT_TR_NOOP("Name"), 170),
    Column("organisation", QT_TR_NOOP("Organisation"), 200),
    Column("organisation_kind", QT_TR_NOOP("Art"), 125, format=cell),
    Column("district", QT_TR_NOOP("Landkreis"), 110),
    Column("email", QT_TR_NOOP("E-Mail"), 180),
    Column("status", QT_TR_NOOP("Status"), 130, format=cell),
    Column("status_changed_at", QT_TR_NOOP("seit"), 125, format=fmt_local),
    Column("sessions", QT_TR_NOOP("Workshop(s)"), 120, format=", ".join),
    Column("source", QT_TR_NOOP("Quelle"), 170),
)


class InvitationTableModel(RecordListModel):
    """Rows are :class:`InvitationRow`; the status cell is coloured, and people who
    may not be invited carry a warning sign and tooltip."""

    def __init__(self, parent=None) -> None:
        super().__init__(COLUMNS, parent=parent)
        self._warning = None

    def _warning_icon(self):
        if self._warning is None:
            self._warning = QApplication.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning
            )
        return self._warning

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        rec: InvitationRow | None = self.record(index.row())
        if rec is None:
            return None
        key = self.columns[index.column()].key
        if not rec.may_invite:
            if role == Qt.ItemDataRole.ToolTipRole:
                return _tr(NO_CONSENT)
            if role == Qt.ItemDataRole.DecorationRole and key == "name":
                return self._warning_icon()
            if role == Qt.ItemDataRole.ForegroundRole and key != "status":
                return QColor("#8a8a8a")
        if key == "status":
            fg, bg = STATUS_COLOURS.get(rec.status, ("", ""))
            if role == Qt.ItemDataRole.ForegroundRole and fg:
                return QColor(fg)
            if role == Qt.ItemDataRole.BackgroundRole and bg:
                return QColor(bg)
            if role == Qt.ItemDataRole.FontRole and rec.status != "vorgemerkt":
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)

    def row_of(self, invitation_id: int) -> int:
        for i, rec in enumerate(self._rows):
            if rec.id == invitation_id:
                return i
        return -1


def summary_text(rows: Iterable[InvitationRow], capacity: int | None) -> str:
    """``42 eingeladen · 30 zugesagt (von 40 Plätzen) · 3 Warteliste · 5 abgesagt``."""
    n = Counter(r.status for r in rows)
    total = sum(n.values())
    if not total:
        return _tr("Noch niemand auf der Einladungsliste.")
    accepted = sum(n[s] for s in ACCEPTED)
    parts = [_tr("%1 eingeladen").replace("%1", fmt.integer(total - n["vorgemerkt"]))]
    if n["vorgemerkt"]:
        parts.append(_tr("%1 vorgemerkt").replace("%1", fmt.integer(n["vorgemerkt"])))
    yes = _tr("%1 zugesagt").replace("%1", fmt.integer(accepted))
    if capacity:
        yes += _tr(" (von %1 Plätzen)").replace("%1", fmt.integer(capacity))
    parts.append(yes)
    if n["teilgenommen"] or n["nicht erschienen"]:
        parts.append(_tr("%1 teilgenommen").replace("%1", fmt.integer(n["teilgenommen"])))
        parts.append(_tr("%1 nicht erschienen").replace("%1", fmt.integer(n["nicht erschienen"])))
    parts.append(_tr("%1 Warteliste").replace("%1", fmt.integer(n["Warteliste"])))
    parts.append(_tr("%1 abgesagt").replace("%1", fmt.integer(n["abgesagt"])))
    return " · ".join(parts)


def status_text(result: StatusResult, status: str = "") -> str:
    """What a status change did, by name: who went to the waiting list, who moved up.
    Without ``status`` (removing people) only the waiting list part."""
    parts = []
    if status:
        done = result.changed - len(result.waitlisted)
        parts.append(
            _tr("„%1“ bei %2 Person(en) gesetzt.")
            .replace("%2", fmt.integer(done))
            .replace("%1", status)
        )
        if result.unchanged:
            parts.append(
                _tr("%1 hatte(n) diesen Status schon.").replace("%1", fmt.integer(result.unchanged))
            )
    if result.waitlisted:
        names = fmt.listing(result.waitlisted)
        parts.append(_tr("Ausgebucht – auf die Warteliste: %1.").replace("%1", names))
    if result.moved_up:
        names = fmt.listing(result.moved_up)
        parts.append(_tr("Von der Warteliste nachgerückt: %1.").replace("%1", names))
    return " ".join(parts)
