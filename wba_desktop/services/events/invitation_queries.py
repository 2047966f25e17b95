"""Reading the invitation list: rows for the table, history, e-mail recipients and
the follow-up report (how many came, from which kinds of organisation and districts).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import NotFoundError
from wba_desktop.i18n import _
from wba_desktop.models import (
    Affiliation,
    Event,
    EventSession,
    Invitation,
    InvitationChange,
    Organisation,
    OrganisationType,
    Person,
    Region,
    SessionAttendee,
)
from wba_desktop.services.directory.people import display_name
from wba_desktop.services.events.event_data import ACCEPTED, OCCUPYING
from wba_desktop.services.events.invitation_sources import consent_blocked
from wba_desktop.services.events.programme import location_of
from wba_desktop.text.fold import search_key, sort_key

__all__ = ["ACCEPTED", "OCCUPYING", "FollowUpReport", "InvitationQueries", "InvitationRow"]
NO_ORGANISATION = "ohne Organisation"
NO_DISTRICT = "ohne Landkreis"


@dataclass(frozen=True)
class InvitationRow:
    id: int
    event_id: int
    person_id: int
    name: str  # "Dr. Anna Albrecht"
    salutation: str
    title: str
    first_name: str
    last_name: str
    organisation_id: int | None
    organisation: str
    organisation_kind: str
    district: str
    wba_region: str
    function: str
    email: str
    status: str
    status_changed_at: datetime  # naive UTC
    source: str
    note: str
    sessions: tuple[str, ...]
    #: False when the consent for event invitations is withdrawn (or required and missing)
    may_invite: bool

    @property
    def sort_name(self) -> str:
        return f"{self.last_name}, {self.first_name}" if self.first_name else self.last_name


@dataclass(frozen=True)
class HistoryEntry:
    status: str
    changed_at: datetime  # naive UTC
    note: str


@dataclass(frozen=True)
class ReportRow:
    label: str
    invited: int
    accepted: int
    attended: int


@dataclass(frozen=True)
class FollowUpReport:
    """Totals of an event's list and breakdowns by kind of organisation and district.
    ``invited`` counts everyone invited (not those only "vorgemerkt"); ``accepted``
    everyone who said yes (also those who then did not come)."""

    event_id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    location: str
    listed: int
    invited: int
    accepted: int
    attended: int
    no_show: int
    cancelled: int
    waiting: int
    by_kind: tuple[ReportRow, ...]
    by_district: tuple[ReportRow, ...]

    @property
    def totals(self) -> list[tuple[str, int]]:
        return [
            (_("Eingeladen"), self.invited),
            (_("Zugesagt"), self.accepted),
            (_("Teilgenommen"), self.attended),
            (_("Nicht erschienen"), self.no_show),
            (_("Abgesagt"), self.cancelled),
            (_("Warteliste"), self.waiting),
        ]


def _breakdown(counts: dict[str, list[int]], blank: str) -> tuple[ReportRow, ...]:
    rows = [ReportRow(label, *n) for label, n in counts.items()]
    return tuple(sorted(rows, key=lambda r: (r.label == blank, sort_key(r.label))))


class InvitationQueries:
    """Reading an event's invitation list; changing it is ``InvitationService``."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def rows(
        self, event_id: int, status: str | Iterable[str] | None = None, text: str = ""
    ) -> list[InvitationRow]:
        """The list, sorted by organisation (German order; people without one last),
        then by name. ``status`` is one status or several."""
        stmt = (
            select(Invitation, Person, Organisation, OrganisationType.name, Region)
            .join(Person, Person.id == Invitation.person_id)
            .outerjoin(Organisation, Organisation.id == Invitation.organisation_id)
            .outerjoin(OrganisationType, OrganisationType.id == Organisation.type_id)
            .outerjoin(Region, Region.id == Organisation.region_id)
            .where(Invitation.event_id == event_id)
        )
        if status:
            wanted = [status] if isinstance(status, str) else list(status)
            stmt = stmt.where(Invitation.status.in_(wanted))
        with self._uow() as uow:
            s = uow.session
            found = s.execute(stmt).all()
            functions = self._functions(s, event_id)
            sessions = self._session_titles(s, event_id)
            blocked = consent_blocked(s, [p.id for _, p, *_ in found])
            rows = [
                InvitationRow(
                    id=inv.id,
                    event_id=inv.event_id,
                    person_id=p.id,
                    name=display_name(p.title, p.first_name, p.last_name),
                    salutation=p.salutation,
                    title=p.title,
                    first_name=p.first_name,
                    last_name=p.last_name,
                    organisation_id=inv.organisation_id,
                    organisation=org.name if org else "",
                    organisation_kind=kind or "",
                    district=region.name if region else "",
                    wba_region=region.wba_region if region else "",
                    function=functions.get((p.id, inv.organisation_id), ""),
                    email=p.email,
                    status=inv.status,
                    status_changed_at=inv.status_changed_at,
                    source=inv.source,
                    note=inv.note,
                    sessions=tuple(sessions.get(inv.id, ())),
                    may_invite=p.id not in blocked,
                )
                for inv, p, org, kind, region in found
            ]
        words = search_key(text).split()
        if words:
            rows = [r for r in rows if all(w in _haystack(r) for w in words)]
        return sorted(
            rows,
            key=lambda r: (
                not r.organisation,
                sort_key(r.organisation),
                sort_key(r.last_name, r.first_name),
                r.id,
            ),
        )

    @staticmethod
    def _functions(s, event_id: int) -> dict[tuple[int, int], str]:
        """(person, organisation) -> function there, the primary affiliation first."""
        out: dict[tuple[int, int], str] = {}
        for pid, oid, function, _primary in s.execute(
            select(
                Affiliation.person_id,
                Affiliation.organisation_id,
                Affiliation.function,
                Affiliation.is_primary,
            )
            .join(
                Invitation,
                (Invitation.person_id == Affiliation.person_id)
                & (Invitation.organisation_id == Affiliation.organisation_id),
            )
            .where(Invitation.event_id == event_id)
            .order_by(Affiliation.is_primary.desc(), Affiliation.id)
        ):
            out.setdefault((pid, oid), function)
        return out

    @staticmethod
    def _session_titles(s, event_id: int) -> dict[int, list[str]]:
        out: dict[int, list[str]] = defaultdict(list)
        for inv_id, title in s.execute(
            select(SessionAttendee.invitation_id, EventSession.title)
            .join(EventSession, EventSession.id == SessionAttendee.session_id)
            .where(EventSession.event_id == event_id)
            .order_by(EventSession.starts_at, EventSession.id)
        ):
            out[inv_id].append(title)
        return out

    def history(self, invitation_id: int) -> list[HistoryEntry]:
        """All status changes of one invitation, oldest first."""
        with self._uow() as uow:
            if uow.session.get(Invitation, invitation_id) is None:
                raise NotFoundError(_("Der Eintrag der Einladungsliste wurde nicht gefunden."))
            rows = uow.session.scalars(
                select(InvitationChange)
                .where(InvitationChange.invitation_id == invitation_id)
                .order_by(InvitationChange.changed_at, InvitationChange.id)
            )
            return [HistoryEntry(c.status, c.changed_at, c.note) for c in rows]

    def recipients(self, event_id: int, statuses: Iterable[str]) -> list[tuple[str, str]]:
        """(name, e-mail) of the people with one of ``statuses`` who have an address and
        may be written to (consent), sorted by name: for ``mailto`` batches."""
        rows = self.rows(event_id, status=tuple(statuses))
        people = [r for r in rows if r.email and r.may_invite]
        people.sort(key=lambda r: sort_key(r.last_name, r.first_name))
        return [(r.name, r.email) for r in people]

    def report(self, event_id: int) -> FollowUpReport:
        with self._uow() as uow:
            e = uow.session.get(Event, event_id)
            if e is None:
                raise NotFoundError(_("Die Veranstaltung wurde nicht gefunden (gelöscht?)."))
            head = (e.id, e.title, e.starts_at, e.ends_at, location_of(e))
        rows = self.rows(event_id)
        n: dict[str, int] = defaultdict(int)
        kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        districts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for r in rows:
            n[r.status] += 1
            if r.status == "vorgemerkt":
                continue
            flags = (1, int(r.status in ACCEPTED), int(r.status == "teilgenommen"))
            for table, key in (
                (kinds, r.organisation_kind or NO_ORGANISATION),
                (districts, r.district or NO_DISTRICT),
            ):
                table[key] = [a + b for a, b in zip(table[key], flags, strict=True)]
        return FollowUpReport(
            *head,
            listed=len(rows),
            invited=len(rows) - n["vorgemerkt"],
            accepted=sum(n[s] for s in ACCEPTED),
            attended=n["teilgenommen"],
            no_show=n["nicht erschienen"],
            cancelled=n["abgesagt"],
            waiting=n["Warteliste"],
            by_kind=_breakdown(kinds, NO_ORGANISATION),
            by_district=_breakdown(districts, NO_DISTRICT),
        )


def _haystack(r: InvitationRow) -> str:
    return search_key(r.name, r.organisation, r.email, r.source, r.function)
