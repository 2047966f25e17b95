"""Events: create, list, edit and delete, and the same-day rule of the calendar.

A new event must not start in the past (the rules of a form are in ``event_data``).
Creating an event also creates its checklist from the template of its type; moving
the start date moves the due dates of template items and the sessions (the
programme, see ``programme``) by the same number of days.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import date, datetime, time, timedelta

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm.exc import StaleDataError

from wba_desktop.db import UnitOfWorkFactory, audit
from wba_desktop.db.uow import CHANGED
from wba_desktop.errors import ConflictError, NotFoundError, ValidationError
from wba_desktop.i18n import _
from wba_desktop.models import (
    Event,
    Invitation,
    Organisation,
    Region,
    Verbund,
    event_organiser,
    event_verbund,
)
from wba_desktop.models.base import utcnow
from wba_desktop.services.conflicts import check_version, deleted, plain, stale_edit
from wba_desktop.services.events.calendar import same_day_notes
from wba_desktop.services.events.checklist import add_template_items, move_due_dates
from wba_desktop.services.events.event_data import (  # re-exported: views import them here
    ACCEPTED,
    FIELD_LABELS,
    OCCUPYING,
    EventData,
    EventDetail,
    EventInfo,
    validate,
)
from wba_desktop.services.events.programme import shift_sessions
from wba_desktop.services.events.sequence import SequenceWatch
from wba_desktop.text.fold import search_key, sort_key
from wba_desktop.vocab import EVENT_STATUSES

log = logging.getLogger(__name__)
CANCELLED = "abgesagt"
#: the link tables of an event, logged as changes of the event
EVENT_LINKS = {"organisers": event_organiser, "verbuende": event_verbund}

__all__ = [
    "ACCEPTED",
    "OCCUPYING",
    "EventData",
    "EventDetail",
    "EventInfo",
    "EventService",
]


class EventService:
    """Events: their records, links to organisers and Verbünde, and the calendar rule."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    # -- reading ---------------------------------------------------------------------
    def list_events(
        self,
        start: date | None = None,
        end: date | None = None,
        text: str = "",
        status: str | None = None,
        type: str | None = None,
        wba_region: str | None = None,
        verbund_id: int | None = None,
    ) -> list[EventInfo]:
        """Events overlapping the days ``start``..``end`` (each optional), by start."""
        stmt = select(Event).outerjoin(Region, Region.id == Event.region_id)
        if verbund_id is not None:
            linked = select(event_verbund.c.event_id).where(
                event_verbund.c.verbund_id == verbund_id
            )
            stmt = stmt.where(Event.id.in_(linked))
        if start is not None:
            stmt = stmt.where(Event.ends_at >= datetime.combine(start, time.min))
        if end is not None:
            stmt = stmt.where(Event.starts_at < datetime.combine(end + timedelta(days=1), time()))
        if status:
            stmt = stmt.where(Event.status == status)
        if type:
            stmt = stmt.where(Event.type == type)
        if wba_region:
            stmt = stmt.where(Region.wba_region == wba_region)
        stmt = stmt.order_by(Event.starts_at, Event.sort_key, Event.id)
        with self._uow() as uow:
            events = list(uow.session.scalars(stmt))
            infos = self._infos(uow.session, events)
        words = search_key(text).split()
        if words:
            infos = [i for i in infos if all(w in _haystack(i) for w in words)]
        return infos

    def get(self, event_id: int) -> EventDetail:
        with self._uow() as uow:
            e = uow.session.get(Event, event_id)
            if e is None:
                raise NotFoundError(_("Die Veranstaltung wurde nicht gefunden (gelöscht?)."))
            return self._infos(uow.session, [e], detail=True)[0]

    def by_title(self, name: str) -> EventDetail:
        """The event of that title (case-insensitive); the next one if several share it."""
        with self._uow() as uow:
            found = uow.session.scalars(
                select(Event.id)
                .where(func.lower(Event.title) == name.strip().lower())
                .order_by(Event.starts_at.desc())
            ).all()
        if not found:
            raise NotFoundError(_("Eine Veranstaltung „{name}“ gibt es nicht.").format(name=name))
        return self.get(found[0])

    @staticmethod
    def _infos(s, events: list[Event], detail: bool = False) -> list:
        ids = [e.id for e in events]
        counts: dict[int, dict[str, int]] = defaultdict(dict)
        orgs: dict[int, list[tuple[int, str]]] = defaultdict(list)
        verbuende: dict[int, list[tuple[int, str]]] = defaultdict(list)
        if ids:
            for eid, status, n in s.execute(
                select(Invitation.event_id, Invitation.status, func.count())
                .where(Invitation.event_id.in_(ids))
                .group_by(Invitation.event_id, Invitation.status)
            ):
                counts[eid][status] = n
            for eid, oid, name in s.execute(
                select(event_organiser.c.event_id, Organisation.id, Organisation.name)
                .join(Organisation, Organisation.id == event_organiser.c.organisation_id)
                .where(event_organiser.c.event_id.in_(ids))
            ):
                orgs[eid].append((oid, name))
            for eid, vid, name, short in s.execute(
                select(event_verbund.c.event_id, Verbund.id, Verbund.name, Verbund.short_name)
                .join(Verbund, Verbund.id == event_verbund.c.verbund_id)
                .where(event_verbund.c.event_id.in_(ids))
            ):
                verbuende[eid].append((vid, short or name))
        regions = {r.id: r for r in s.scalars(select(Region))} if ids else {}
        out = []
        for e in events:
            n = counts[e.id]
            region = regions.get(e.region_id) if e.region_id else None
            o = sorted(orgs[e.id], key=lambda x: sort_key(x[1]))
            vb = sorted(verbuende[e.id], key=lambda x: sort_key(x[1]))
            base = dict(
                id=e.id,
                version=e.version,
                title=e.title,
                type=e.type,
                status=e.status,
                starts_at=e.starts_at,
                ends_at=e.ends_at,
                venue=e.venue,
                city=e.city,
                online_url=e.online_url,
                region_id=e.region_id,
                region_name=region.name if region else "",
                wba_region=region.wba_region if region else "",
                capacity=e.capacity,
                organiser_names=tuple(x[1] for x in o),
                verbund_names=tuple(x[1] for x in vb),
                listed=sum(n.values()),
                invited=sum(n.values()) - n.get("vorgemerkt", 0),
                accepted=sum(n.get(st, 0) for st in ACCEPTED),
                waiting=n.get("Warteliste", 0),
                attended=n.get("teilgenommen", 0),
            )
            if not detail:
                out.append(EventInfo(**base))
                continue
            out.append(
                EventDetail(
                    **base,
                    street=e.street,
                    postcode=e.postcode,
                    description=e.description,
                    organiser_ids=tuple(x[0] for x in o),
                    verbund_ids=tuple(x[0] for x in vb),
                    created_at=e.created_at,
                    updated_at=e.updated_at,
                    uid=e.uid,
                    ical_sequence=e.ical_sequence,
                )
            )
        return out

    def same_day_conflicts(
        self,
        event_id: int | None = None,
        *,
        day: date | None = None,
        region_id: int | None = None,
        exclude_id: int | None = None,
    ) -> list[EventInfo]:
        """Other events (not cancelled) on the same day in the same WBA region: for the
        warning "am selben Tag ist schon ... in Region Süd". Give an event id, or the
        day and district of an event being entered. The rule is ``calendar``'s."""
        with self._uow() as uow:
            s = uow.session
            if event_id is not None:
                e = s.get(Event, event_id)
                if e is None:
                    raise NotFoundError(_("Die Veranstaltung wurde nicht gefunden."))
                day, region_id, exclude_id = e.starts_at.date(), e.region_id, event_id
            if day is None or region_id is None:
                return []
            wba = s.scalar(select(Region.wba_region).where(Region.id == region_id))
            if not wba:
                return []
            stmt = (
                select(Event)
                .join(Region, Region.id == Event.region_id)
                .where(Region.wba_region == wba, Event.status != CANCELLED)
                .where(Event.starts_at < datetime.combine(day + timedelta(days=1), time()))
                .where(Event.ends_at >= datetime.combine(day, time()))
                .where(Event.id != (exclude_id or 0))
                .order_by(Event.starts_at, Event.id)
            )
            return self._infos(s, list(s.scalars(stmt)))

    def same_day_notes(self, start: date | None = None, end: date | None = None) -> dict[int, str]:
        """The same-day warning of every event starting in the range (see ``calendar``)."""
        return same_day_notes(self._uow, start, end)

    # -- writing ---------------------------------------------------------------------
    def create(self, data: EventData, *, today: date | None = None) -> EventDetail:
        """Create an event (not in the past) with its checklist from the template."""
        data = validate(data, today or date.today())
        with self._uow() as uow:
            s = uow.session
            e = Event()
            self._apply(s, e, data)
            s.add(e)
            s.flush()
            with audit.track_links(s, "event", e.id, EVENT_LINKS):
                self._link(s, e.id, data)
            add_template_items(s, e)
            uow.commit()
            log.info("event %s created", e.id)
            new_id = e.id
        return self.get(new_id)

    def update(
        self,
        event_id: int,
        data: EventData,
        expected_version: int,
        original: EventData | None = None,
    ) -> EventDetail:
        """Save the form over the version the user loaded (``original`` is the form as
        loaded). A newer version raises :class:`StaleEdit` naming what the other save
        changed, a deleted event :class:`DeletedMeanwhile`; nothing is written then."""
        data = validate(data)
        with self._uow() as uow:
            s = uow.session
            e = self._current(s, event_id, expected_version, data, original)
            old_day = e.starts_at.date()
            before = self._infos(s, [e], detail=True)[0]
            watch = SequenceWatch(s, e)
            try:
                self._apply(s, e, data)
                watch.bump_event()
                if {*before.organiser_ids} != {*data.organiser_ids} or {*before.verbund_ids} != {
                    *data.verbund_ids
                }:
                    e.updated_at = utcnow()  # a save of the links alone counts
                shift = e.starts_at.date() - old_day
                if shift:
                    move_due_dates(s, event_id, e.starts_at.date())
                shift_sessions(s, e, shift)
                watch.bump_sessions()
                with audit.track_links(s, "event", event_id, EVENT_LINKS):
                    s.execute(delete(event_organiser).where(event_organiser.c.event_id == event_id))
                    s.execute(delete(event_verbund).where(event_verbund.c.event_id == event_id))
                    self._link(s, event_id, data)
                uow.commit()
                saved = True
            except StaleDataError:
                saved = False  # saved by someone else between the check and the write
        if saved:
            return self.get(event_id)
        with self._uow() as uow:
            self._current(uow.session, event_id, expected_version, data, original)
        raise ConflictError(_(CHANGED))

    def _current(self, s, event_id: int, expected: int | None, mine=None, original=None) -> Event:
        """The stored event, if still at version ``expected`` (None: any); else the
        StaleEdit naming what changed against ``mine`` and ``original``."""
        e = s.get(Event, event_id)
        if e is None:
            raise deleted(_("Die Veranstaltung"))

        def show(name: str, value) -> str:
            if name == "region_id" and value is not None:
                region = s.get(Region, value)
                return region.name if region is not None else str(value)
            if name in ("organiser_ids", "verbund_ids"):
                model = Organisation if name == "organiser_ids" else Verbund
                return plain([getattr(s.get(model, i), "name", str(i)) for i in value])
            return plain(value)

        check_version(
            e,
            expected,
            lambda: stale_edit(
                e,
                e.title,
                mine=mine,
                theirs=self._infos(s, [e], detail=True)[0].data if mine is not None else None,
                original=original,
                labels=FIELD_LABELS,
                show=show,
            ),
        )
        return e

    @staticmethod
    def _apply(s, e: Event, data: EventData) -> None:
        if data.region_id is not None and s.get(Region, data.region_id) is None:
            raise ValidationError({"region_id": _("Landkreis: Diesen Landkreis gibt es nicht.")})
        for name in ("title", "type", "status", "starts_at", "ends_at", "venue", "street"):
            setattr(e, name, getattr(data, name))
        for name in ("postcode", "city", "online_url", "region_id", "capacity", "description"):
            setattr(e, name, getattr(data, name))
        e.sort_key = sort_key(data.title)

    @staticmethod
    def _link(s, event_id: int, data: EventData) -> None:
        for ids, model, table, column, message in (
            (
                data.organiser_ids,
                Organisation,
                event_organiser,
                "organisation_id",
                {"organiser_ids": "Veranstalter: Eine gewählte Organisation gibt es nicht mehr."},
            ),
            (
                data.verbund_ids,
                Verbund,
                event_verbund,
                "verbund_id",
                {"verbund_ids": "Verbünde: Einen gewählten Verbund gibt es nicht mehr."},
            ),
        ):
            if not ids:
                continue
            found = s.scalar(select(func.count()).select_from(model).where(model.id.in_(ids)))
            if found != len(ids):
                raise ValidationError(message)
            s.execute(insert(table), [{"event_id": event_id, column: i} for i in ids])

    def delete(self, event_id: int, expected_version: int | None = None) -> None:
        """Delete an event with its programme, list, checklist and attendance records.
        With ``expected_version`` a newer version raises StaleEdit."""
        with self._uow() as uow:
            e = uow.session.get(Event, event_id)
            if e is not None:
                check_version(e, expected_version, lambda: stale_edit(e, e.title))
                uow.session.delete(e)
                uow.commit()

    def set_status(self, event_id: int, status: str) -> EventDetail:
        if status not in EVENT_STATUSES:
            raise ValidationError(
                {
                    "status": _("Status: „{status}“ ist keine zulässige Auswahl.").format(
                        status=status
                    )
                }
            )
        with self._uow() as uow:
            e = uow.session.get(Event, event_id)
            if e is None:
                raise NotFoundError(_("Die Veranstaltung wurde nicht gefunden."))
            watch = SequenceWatch(uow.session, e)
            e.status = status
            watch.bump_event()
            watch.bump_sessions()
            uow.commit()
        return self.get(event_id)


def _haystack(info: EventInfo) -> str:
    return search_key(
        info.title,
        info.venue,
        info.city,
        info.type,
        info.region_name,
        " ".join(info.organiser_names),
        " ".join(info.verbund_names),
    )
