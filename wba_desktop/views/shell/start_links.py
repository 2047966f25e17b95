"""Where the start page's tiles and rows lead: its signals wired to the main window's
areas and records (``connect(window)``, called once by the main window)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def connect(w) -> None:
    """``w``: the main window, with ``start`` and the areas' commands."""
    start = w.start
    start.open_area.connect(lambda key: open_list(w, key))
    start.open_verbund.connect(w.verbund_commands.open_verbund)
    start.open_event.connect(lambda eid, tab: open_event(w, eid, tab))
    start.open_inquiry.connect(w.lotsen_commands.open_inquiry)
    start.open_organisation.connect(w.open_organisation)
    start.open_person.connect(w.open_person)
    start.open_followups.connect(w.followup_commands.show_window)
    start.counts_changed.connect(w._show_counts)


def _pick(box: QComboBox, data) -> None:
    index = box.findData(data)
    if index >= 0:
        box.setCurrentIndex(index)


def open_list(w, key: str) -> None:
    """A tile: the area, with the filter that gives the tile's count."""
    w.show_area(key)
    if key == "verbuende":
        from wba_desktop.services.dashboard import ACTIVE_PHASE

        view = w.verbuende.ensure_loaded()
        _pick(view.phase, ACTIVE_PHASE)
    elif key == "events":
        _pick(w.events.ensure_loaded().period, "future")
    elif key == "lotsen":
        from wba_desktop.views.lotsen.lotsen_view import OPEN_ONLY

        _pick(w.lotsen.ensure_loaded().status, OPEN_ONLY)


def open_event(w, event_id: int, tab: str) -> None:
    w.event_commands.open_event(event_id)
    if tab == "checklist":
        view = w.event_commands.view
        view.tabs.setCurrentWidget(view.checklist)
