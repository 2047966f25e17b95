"""The programme of an event: sessions in time order with speakers, rooms and places.

Overlapping sessions run in parallel (marked ‖). The forms (``SessionDialog``,
``AssignDialog`` for putting participants into a workshop) live in session_dialog.py;
a speaker gets their sessions as a calendar file.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QPoint, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMenu, QPushButton

from wba_desktop.services.bundle import Services
from wba_desktop.services.events.programme import SessionInfo, overlaps
from wba_desktop.services.events.records import EventDetail
from wba_desktop.views.common.file_export import export_file
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.record_tab import DeleteQuestion, RecordTab
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.common.tasks import TaskRunner
from wba_desktop.views.common.vocab_combo import cell
from wba_desktop.views.events.session_dialog import AssignDialog, SessionDialog

__all__ = ["AssignDialog", "ProgrammeTab", "SessionDialog", "SessionTableModel"]
PARALLEL = "‖"
#: kinds whose participants are assigned (besides any session running in parallel)
ASSIGNABLE_KINDS = ("Workshop", "Dialogspaziergang")
COLUMNS = (
    Column("time", QT_TR_NOOP("Beginn–Ende"), 110),
    Column("parallel", PARALLEL, 28),
    Column("kind", QT_TR_NOOP("Art"), 120, format=cell),
    Column("title", QT_TR_NOOP("Titel"), 240),
    Column("room", QT_TR_NOOP("Raum"), 110),
    Column("speakers", QT_TR_NOOP("Mitwirkende"), 240),  # speakers and hosts; fits at 1024 px
    Column("places", QT_TR_NOOP("Plätze"), 70),
)


class SessionRow:
    """Flat view of a SessionInfo for the table."""

    def __init__(self, s: SessionInfo, others: list[SessionInfo], several_days: bool) -> None:
        self.info, self.id = s, s.id
        when = f"{s.starts_at:%H:%M}–{s.ends_at:%H:%M}"
        self.time = f"{s.starts_at:%d.%m.} {when}" if several_days else when
        self.partners = [
            o.title
            for o in others
            if o.id != s.id and overlaps(s.starts_at, s.ends_at, o.starts_at, o.ends_at)
        ]
        self.parallel = PARALLEL if s.parallel else ""
        self.kind, self.title, self.room = s.kind, s.title, s.room
        parts = [p.name for p in s.speakers if p.role != "Moderation"]
        moderators = [p.name for p in s.speakers if p.role == "Moderation"]
        if moderators:
            parts.append("Moderation: " + ", ".join(moderators))
        self.speakers = "; ".join(parts)
        if s.capacity is not None:
            self.places = f"{s.assigned}/{s.capacity}"
        else:
            self.places = str(s.assigned) if s.assigned else ""
        self.full = s.capacity is not None and s.assigned >= s.capacity


class SessionTableModel(RecordListModel):
    """Sessions; the ‖ column names the parallel sessions in its tooltip, full
    sessions show their places in bold, breaks are grey."""

    def __init__(self, parent=None) -> None:
        super().__init__(COLUMNS, is_muted=lambda r: r.kind == "Pause", parent=parent)

    def set_sessions(self, sessions: list[SessionInfo], several_days: bool = False) -> None:
        self.set_rows([SessionRow(s, sessions, several_days) for s in sessions])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r = self.record(index.row()) if index.isValid() else None
        if r is None:
            return None
        key = self.columns[index.column()].key
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("parallel", "places"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key == "parallel" and r.partners:
            return self.tr("läuft parallel zu: %1").replace("%1", ", ".join(r.partners))
        if role == Qt.ItemDataRole.ToolTipRole and key == "places" and r.full:
            return self.tr("ausgebucht")
        if role == Qt.ItemDataRole.FontRole and (key == "parallel" or key == "places" and r.full):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class ProgrammeTab(RecordTab):
    """Emits ``changed`` after every write and ``open_person(id)`` to show a speaker."""

    open_person = Signal(int)

    def __init__(self, services: Services, runner: TaskRunner, parent=None) -> None:
        super().__init__(
            services,
            SessionTableModel(),
            title=self.tr("Programm"),
            table_name="programmeTable",
            add=self.tr("Programmpunkt …"),
            remove=self.tr("Löschen"),
            compact=False,
            stretch=[c.key for c in COLUMNS].index("speakers"),
            edit_on_activated=True,
            parent=parent,
        )
        self._runner = runner
        self._event: EventDetail | None = None
        self._sessions: list[SessionInfo] = []
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.assign_button = QPushButton(self.tr("Teilnehmende zuordnen …"), self)
        self.assign_button.setToolTip(
            self.tr("Wer zugesagt hat, in einen Workshop oder parallelen Programmpunkt einteilen")
        )
        self.ics_button = QPushButton(self.tr("Kalenderdatei für Referent/in …"), self)
        self.assign_button.clicked.connect(lambda: self.assign_participants())
        self.ics_button.clicked.connect(lambda: self.export_speaker_calendar())
        self.add_extra(self.assign_button, right=True)
        self.add_extra(self.ics_button, right=True)
        self.update_buttons()

    # -- loading -----------------------------------------------------------------------
    def set_event(self, event_id: int | None) -> None:
        self._event = None
        if event_id is not None:
            events = self._services.events
            self._event = op(self, lambda: events.get(event_id), title=self.tr("Programm")).run()
        self.set_owner(self._event.id if self._event is not None else None)

    def load(self, event_id: int) -> list[SessionRow]:
        self._sessions = []  # stays empty when the load fails
        self._sessions = self._services.programme.sessions(event_id)
        e = self._event
        several = e is not None and e.starts_at.date() != e.ends_at.date()
        return [SessionRow(s, self._sessions, several) for s in self._sessions]

    def reload(self) -> None:
        if self.owner_id is None:
            self._sessions = []
        super().reload()

    def summary_text(self, _rows: list[SessionRow]) -> str:
        parallel = sum(1 for s in self._sessions if s.parallel)
        text = self.tr("%1 Programmpunkte · Veranstaltung %2").replace(
            "%1", str(len(self._sessions))
        )
        text = text.replace("%2", self._event.period if self._event is not None else "")
        if parallel:
            text += self.tr(" · %1 laufen parallel (‖)").replace("%1", str(parallel))
        return text

    def sessions(self) -> list[SessionInfo]:
        return list(self._sessions)

    def current_session(self) -> SessionInfo | None:
        row = self.current()
        return row.info if row is not None else None

    def select_session(self, title: str) -> bool:
        return self.select_where(lambda r: r.title == title)

    @staticmethod
    def can_assign(s: SessionInfo | None) -> bool:
        return s is not None and s.kind != "Pause" and (s.kind in ASSIGNABLE_KINDS or s.parallel)

    def update_extra_buttons(self, row: SessionRow | None) -> None:
        s = row.info if row is not None else None
        self.assign_button.setEnabled(self.can_assign(s))
        self.ics_button.setEnabled(s is not None and bool(s.speakers))

    # -- dialogs -----------------------------------------------------------------------
    def make_dialog(self, row: SessionRow | None) -> SessionDialog:
        if row is not None:
            return SessionDialog(self._services, self._event, row.info, parent=self)
        last = max((s.ends_at for s in self._sessions), default=self._event.starts_at)
        start = min(last, self._event.ends_at)
        return SessionDialog(self._services, self._event, parent=self, start=start)

    add_session, edit_session = RecordTab.add, RecordTab.edit

    def assign_participants(self) -> AssignDialog | None:
        s = self.current_session()
        if not self.can_assign(s):
            return None
        dialog = AssignDialog(self._services, s, self._sessions, parent=self)
        return self.open_record_dialog(dialog, saved=None)

    def delete(self, row: SessionRow) -> None:
        self._services.programme.delete_session(row.id)

    def delete_question(self, row: SessionRow) -> DeleteQuestion:
        s = row.info
        detail = ""
        if s.assigned:
            detail = self.tr("%1 eingeteilte Teilnehmende verlieren ihre Zuordnung.").replace(
                "%1", str(s.assigned)
            )
        return DeleteQuestion(
            self.tr("Programmpunkt löschen"),
            self.tr("„%1“ aus dem Programm löschen?").replace("%1", s.title),
            self.tr("Löschen"),
            detail,
        )

    remove_session = RecordTab.remove

    # -- speakers ----------------------------------------------------------------------
    def export_speaker_calendar(self, person_id: int | None = None, path=None) -> QMenu | None:
        """Write the sessions of one speaker as .ics; with several speakers in the
        selected session and no ``person_id``, a menu asks whose."""
        s = self.current_session()
        if person_id is None:
            speakers = list(s.speakers) if s is not None else []
            if len(speakers) != 1:
                if not speakers:
                    return None
                menu = QMenu(self)
                for p in speakers:
                    action = menu.addAction(f"{p.name} ({p.role})")
                    action.triggered.connect(
                        lambda _c=False, pid=p.person_id: self.export_speaker_calendar(pid)
                    )
                menu.popup(self.ics_button.mapToGlobal(QPoint(0, self.ics_button.height())))
                return menu
            person_id = speakers[0].person_id
        name = self._services.people.get(person_id).display_name
        export_file(
            self,
            self._runner,
            self.tr("Kalenderdatei speichern"),
            f"Termine {name}.ics",
            self.tr("Kalenderdatei (*.ics)"),
            lambda p: self._services.event_exports.speaker_ics(person_id, p),
            chosen_path=path,
        )
        return None

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        s = self.current_session()
        menu = QMenu(self)
        menu.addAction(self.tr("Bearbeiten …"), lambda: self.edit_session())
        if self.can_assign(s):
            menu.addAction(self.tr("Teilnehmende zuordnen …"), lambda: self.assign_participants())
        for p in s.speakers:
            menu.addSeparator()
            menu.addAction(
                self.tr("%1 öffnen").replace("%1", p.name),
                lambda pid=p.person_id: self.open_person.emit(pid),
            )
            menu.addAction(
                self.tr("Kalenderdatei für %1 …").replace("%1", p.name),
                lambda pid=p.person_id: self.export_speaker_calendar(pid),
            )
        menu.popup(self.table.viewport().mapToGlobal(pos))
