"""The iCalendar ``SEQUENCE`` of events and sessions (RFC 5545, 3.8.7.4).

A calendar client keeps the entry with the highest SEQUENCE of a UID, so a re-sent
file replaces the one imported before only if its SEQUENCE is higher. It rises by one
with each saved change that matters to someone holding the entry: the time, the
place or the status (cancelling above all). A new title or description alone does
not raise it (RFC 5545 asks for "significant" changes).

A session's entry shows the event's place and status too, so a change of those
raises the SEQUENCE of every session of the event as well; each entry rises at most
once per save.
"""

from __future__ import annotations

from sqlalchemy import select

from wba_desktop.models import Event, EventSession

#: fields of an event whose change raises its SEQUENCE
EVENT_FIELDS = ("starts_at", "ends_at", "venue", "street", "postcode", "city", "online_url")
#: fields of an event that its sessions' entries show as well
SHARED_FIELDS = ("venue", "street", "postcode", "city", "online_url", "status")
#: fields of a session whose change raises its SEQUENCE
SESSION_FIELDS = ("starts_at", "ends_at", "room")


def _state(record, names: tuple[str, ...]) -> tuple:
    return tuple(getattr(record, n) for n in names)


def session_changed(es: EventSession, before: tuple | None) -> bool:
    """Whether ``es`` differs in time or room from ``before`` (``session_state``)."""
    return before is not None and _state(es, SESSION_FIELDS) != before


def session_state(es: EventSession) -> tuple:
    return _state(es, SESSION_FIELDS)


class SequenceWatch:
    """Remembers an event and its sessions as loaded. After the changes, within the
    same unit of work, :meth:`bump_event` (before anything flushes the event, so its
    row is written once) and :meth:`bump_sessions` raise the SEQUENCE of each entry
    that changed."""

    def __init__(self, s, e: Event) -> None:
        self._s = s
        self._event = e
        self._before = _state(e, (*EVENT_FIELDS, "status"))
        self._shared = _state(e, SHARED_FIELDS)
        self._sessions = {es.id: session_state(es) for es in self._event_sessions()}

    def _event_sessions(self) -> list[EventSession]:
        with self._s.no_autoflush:  # the loaded objects with their unsaved changes
            stmt = select(EventSession).where(EventSession.event_id == self._event.id)
            return list(self._s.scalars(stmt))

    def bump_event(self) -> None:
        e = self._event
        if _state(e, (*EVENT_FIELDS, "status")) != self._before:
            e.ical_sequence = (e.ical_sequence or 0) + 1

    def bump_sessions(self) -> None:
        shared = _state(self._event, SHARED_FIELDS) != self._shared
        for es in self._event_sessions():
            if shared or session_changed(es, self._sessions.get(es.id)):
                es.ical_sequence = (es.ical_sequence or 0) + 1
