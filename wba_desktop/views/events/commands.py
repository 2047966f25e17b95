"""The main window's event commands: the Veranstaltungen area and planning an event
for a Verbund."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget


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
