"""The checklist of an event: to-dos due relative to the start date.

Each event type has a template of (title, offset in days; negative = before the
start). A new event gets its items from the template; when its start date moves,
items with an offset move with it, items with a fixed date stay. Items not done
whose due date has passed are overdue; ``overdue_items`` collects them across all
events that are not cancelled (for the start page).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.i18n import N_, _
from wba_desktop.models import ChecklistItem, Event
from wba_desktop.services import validation as v
from wba_desktop.text import format as fmt

#: every event: (title, days relative to the start date)
COMMON_ITEMS: tuple[tuple[str, int], ...] = (
    ("Raum reservieren", -42),
    ("Einladung versenden", -42),
    ("Programm und Referierende bestätigen", -28),
    ("Catering bestellen", -14),
    ("Erinnerung versenden", -7),
    ("Teilnehmerliste drucken", -1),
    ("Nachbericht schreiben", 7),
)
#: extras per event type
TYPE_ITEMS: dict[str, tuple[tuple[str, int], ...]] = {
    "Informationsveranstaltung": (("Informationsmaterial zusammenstellen", -10),),
    "Dialogformat": (("Moderation und Leitfragen abstimmen", -14),),
    "Workshop": (
        ("Moderationsmaterial (Flipchart, Karten) bereitstellen", -3),
        ("Fotoprotokoll erstellen", 3),
    ),
    "Fachkonferenz/Kongress": (
        ("Save the Date versenden", -90),
        ("Workshop-Räume und Moderation klären", -35),
        ("Namensschilder und Tagungsmappen vorbereiten", -3),
        ("Dokumentation an Teilnehmende versenden", 14),
    ),
    "Netzwerktreffen": (("Vorstellungsrunde und Themen vorbereiten", -7),),
    "Beiratssitzung": (
        ("Tagesordnung versenden", -14),
        ("Protokoll versenden", 14),
    ),
    "Kick-off": (("Pressemitteilung abstimmen", -14),),
    "Format für junge Menschen": (
        ("Schulen bzw. Jugendeinrichtungen einbinden", -56),
        ("Einverständniserklärungen (Fotos, Minderjährige) einholen", -7),
    ),
}
#: events with an online link
ONLINE_ITEMS: tuple[tuple[str, int], ...] = (
    ("Streaming- bzw. Videokonferenz-Technik testen", -3),
    ("Zugangslink an Teilnehmende senden", -1),
)
CANCELLED = "abgesagt"


def template_for(event_type: str, online: bool = False) -> list[tuple[str, int]]:
    """The template items of a type, in due order (stable for equal offsets)."""
    items = list(COMMON_ITEMS) + list(TYPE_ITEMS.get(event_type, ()))
    if online:
        items += list(ONLINE_ITEMS)
    return sorted(items, key=lambda item: item[1])


def add_template_items(s, e: Event) -> int:
    """Add the template of ``e`` to its checklist (inside the caller's transaction)."""
    start = e.starts_at.date()
    items = template_for(e.type, bool(e.online_url))
    first = _next_position(s, e.id)
    for n, (title, offset) in enumerate(items):
        s.add(
            ChecklistItem(
                event_id=e.id,
                title=title,
                offset_days=offset,
                due_on=start + timedelta(days=offset),
                position=first + n,
            )
        )
    s.flush()
    return len(items)


def move_due_dates(s, event_id: int, start: date) -> None:
    """Items with an offset follow the event's new start date."""
    for item in s.scalars(
        select(ChecklistItem).where(
            ChecklistItem.event_id == event_id, ChecklistItem.offset_days.is_not(None)
        )
    ):
        item.due_on = start + timedelta(days=item.offset_days)


def _next_position(s, event_id: int) -> int:
    last = s.scalar(
        select(func.max(ChecklistItem.position)).where(ChecklistItem.event_id == event_id)
    )
    return 0 if last is None else last + 1


@dataclass(frozen=True)
class ChecklistItemInfo:
    id: int
    event_id: int
    event_title: str
    title: str
    due_on: date | None
    offset_days: int | None
    done: bool
    done_on: date | None
    position: int
    overdue: bool

    @property
    def due_text(self) -> str:
        """``TT.MM.JJJJ (6 Wochen vorher)`` and the like, for the list."""
        if self.due_on is None:
            return ""
        return f"{self.due_on:%d.%m.%Y}" + (
            f" ({relative(self.offset_days)})" if self.offset_days is not None else ""
        )


def relative(offset: int) -> str:
    """German words for an offset: "6 Wochen vorher", "1 Tag vorher", "am Tag", "7 Tage danach"."""
    if offset == 0:
        return _("am Tag")
    n = abs(offset)
    when = _("{span} vorher") if offset < 0 else _("{span} danach")
    if n % 7 == 0:
        return when.format(span=fmt.count(n // 7, N_("Woche"), N_("Wochen")))
    return when.format(span=fmt.count(n, N_("Tag"), N_("Tage")))


def _info(item: ChecklistItem, event_title: str, today: date) -> ChecklistItemInfo:
    overdue = not item.done and item.due_on is not None and item.due_on < today
    return ChecklistItemInfo(
        item.id,
        item.event_id,
        event_title,
        item.title,
        item.due_on,
        item.offset_days,
        item.done,
        item.done_on,
        item.position,
        overdue,
    )


class ChecklistService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def items(self, event_id: int, today: date | None = None) -> list[ChecklistItemInfo]:
        """The checklist by due date (items without a date last), then position."""
        today = today or date.today()
        with self._uow() as uow:
            s = uow.session
            e = s.get(Event, event_id)
            if e is None:
                raise NotFoundError(_("Die Veranstaltung wurde nicht gefunden (gelöscht?)."))
            rows = s.scalars(select(ChecklistItem).where(ChecklistItem.event_id == event_id))
            infos = [_info(i, e.title, today) for i in rows]
        return sorted(infos, key=lambda i: (i.due_on is None, i.due_on or today, i.position))

    def overdue_items(self, today: date | None = None) -> list[ChecklistItemInfo]:
        """Open items past their due date, of all events not cancelled, oldest first."""
        today = today or date.today()
        with self._uow() as uow:
            rows = uow.session.execute(
                select(ChecklistItem, Event.title)
                .join(Event, Event.id == ChecklistItem.event_id)
                .where(
                    ChecklistItem.done.is_(False),
                    ChecklistItem.due_on < today,
                    Event.status != CANCELLED,
                )
                .order_by(ChecklistItem.due_on, Event.starts_at, ChecklistItem.position)
            ).all()
            return [_info(item, title, today) for item, title in rows]

    def create_from_template(self, event_id: int) -> int:
        """Add the template items of the event's type again (e.g. after the type changed)."""
        with self._uow() as uow:
            e = uow.session.get(Event, event_id)
            if e is None:
                raise NotFoundError(_("Die Veranstaltung wurde nicht gefunden (gelöscht?)."))
            n = add_template_items(uow.session, e)
            uow.commit()
            return n

    def add_item(
        self,
        event_id: int,
        title: str,
        due_on: date | None = None,
        offset_days: int | None = None,
    ) -> ChecklistItemInfo:
        """Add a to-do: with ``offset_days`` it moves with the event, with ``due_on``
        it keeps its date, with neither it has no date."""
        title = _check_title(title)
        with self._uow() as uow:
            s = uow.session
            e = s.get(Event, event_id)
            if e is None:
                raise NotFoundError(_("Die Veranstaltung wurde nicht gefunden (gelöscht?)."))
            if offset_days is not None:
                due_on = e.starts_at.date() + timedelta(days=offset_days)
            item = ChecklistItem(
                event_id=event_id,
                title=title,
                due_on=due_on,
                offset_days=offset_days,
                position=_next_position(s, event_id),
            )
            s.add(item)
            uow.commit()
            return _info(item, e.title, date.today())

    def update_item(self, item_id: int, title: str, due_on: date | None) -> ChecklistItemInfo:
        """Rename an item or give it another date; a new date is fixed from then on."""
        title = _check_title(title)
        with self._uow() as uow:
            s = uow.session
            item = s.get(ChecklistItem, item_id)
            if item is None:
                raise NotFoundError(_("Der Eintrag wurde inzwischen gelöscht."))
            item.title = title
            if due_on != item.due_on:
                item.due_on, item.offset_days = due_on, None
            event_title = s.scalar(select(Event.title).where(Event.id == item.event_id))
            uow.commit()
            return _info(item, event_title or "", date.today())

    def set_done(
        self, item_id: int, done: bool = True, today: date | None = None
    ) -> ChecklistItemInfo:
        today = today or date.today()
        with self._uow() as uow:
            s = uow.session
            item = s.get(ChecklistItem, item_id)
            if item is None:
                raise NotFoundError(_("Der Eintrag wurde inzwischen gelöscht."))
            item.done = done
            item.done_on = today if done else None
            event_title = s.scalar(select(Event.title).where(Event.id == item.event_id))
            uow.commit()
            return _info(item, event_title or "", today)

    def delete_item(self, item_id: int) -> None:
        with self._uow() as uow:
            item = uow.session.get(ChecklistItem, item_id)
            if item is not None:
                uow.session.delete(item)
                uow.commit()


def _check_title(title: str) -> str:
    title = v.clean_text(title)
    if not title:
        raise ValidationError({"title": _("Aufgabe: Bitte ausfüllen.")})
    c = v.Collector()
    v.check_text(c, "title", _("Aufgabe"), title, 200)
    c.raise_if_any()
    return title
