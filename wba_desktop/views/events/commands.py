"""The main window's event commands: the Veranstaltungen area, planning an event for
a Verbund, and the start-page cards (next events, overdue checklist items)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TR_NOOP, QObject
from PySide6.QtWidgets import QWidget

from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.section import Section
from wba_desktop.views.events.events_model import EventRow


class _ChecklistRow:
    def __init__(self, item) -> None:
        self.id = item.id
        self.event_id = item.event_id
        self.due_on = item.due_on
        self.event_title = item.event_title
        self.title = item.title
        self.overdue = item.overdue


class EventCommands(QObject):
    """``w`` is the main window; its Veranstaltungen area is a LazyArea built here."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window

    def build_view(self, parent: QWidget) -> QWidget:
        from wba_desktop.views.events.events_view import EventsView

        view = EventsView(self.w.services, self.w.runner, parent)
        view.open_person.connect(self.w.open_person)
        view.counts_changed.connect(self.w._show_counts)
        return view

    @property
    def view(self):
        return self.w.events.ensure_loaded()

    def open_event(self, event_id: int) -> None:
        self.w.show_area("events")
        view = self.view
        if event_id not in [r.id for r in view.model.rows()]:
            view.period.setCurrentIndex(view.period.findData("all"))
        view.select_id(event_id)

    def new_event_for_verbund(self, verbund_id: int):
        self.w.show_area("events")
        return self.view.new_event(verbund_ids=(verbund_id,))

    def require_consent(self) -> bool:
        from wba_desktop.services.events.invitation_sources import REQUIRE_CONSENT_KEY

        return bool(self.w.services.settings.get(REQUIRE_CONSENT_KEY, False))

    def set_require_consent(self, on: bool) -> None:
        """Extras › Einladungen nur mit Einwilligung (shared by the whole database)."""
        from wba_desktop.services.events.invitation_sources import REQUIRE_CONSENT_KEY

        self.w.services.settings.set(REQUIRE_CONSENT_KEY, bool(on))
        self.w.statusBar().showMessage(
            self.tr("Einladungslisten nehmen nur noch Personen mit Einwilligung auf.")
            if on
            else self.tr("Einladungslisten: Einwilligung nur nötig, wo sie widerrufen wurde."),
            8000,
        )

    # -- start page ----------------------------------------------------------------------
    def add_start_cards(self, start) -> None:
        self.upcoming = Section(
            self.tr("Nächste Veranstaltungen (30 Tage)"),
            (
                Column("date_text", QT_TR_NOOP("Datum"), 105),
                Column("title", QT_TR_NOOP("Veranstaltung"), 260),
                Column("status", QT_TR_NOOP("Status"), 130),
                Column("accepted_text", QT_TR_NOOP("Zusagen"), 70, align_right=True),
            ),
            self.tr("Keine Veranstaltung in den nächsten 30 Tagen."),
            start,
        )
        self.todos = Section(
            self.tr("Überfällige Punkte der Veranstaltungs-Checklisten"),
            (
                Column("due_on", QT_TR_NOOP("Fällig"), 90),
                Column("event_title", QT_TR_NOOP("Veranstaltung"), 240),
                Column("title", QT_TR_NOOP("Was"), 240),
            ),
            self.tr("Alle Checklisten sind im Plan."),
            start,
        )
        self.upcoming.activated.connect(lambda r: self.open_event(r.id))
        self.todos.activated.connect(self._open_checklist)
        start.add_section(self.upcoming, 1, 0)
        start.add_section(self.todos, 1, 1)
        start.on_reload(self._reload_cards)

    def _reload_cards(self, today: date) -> None:
        events = self.w.services.events.list_events(start=today, end=today + timedelta(days=30))
        self.upcoming.set_rows([EventRow.build(e) for e in events if e.status != "abgesagt"])
        self.todos.set_rows(
            [_ChecklistRow(i) for i in self.w.services.checklists.overdue_items(today)]
        )

    def _open_checklist(self, row: _ChecklistRow) -> None:
        self.open_event(row.event_id)
        self.view.tabs.setCurrentWidget(self.view.checklist)
