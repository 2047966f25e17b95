"""Who an invitation list draws from, and who may be invited at all.

Sources are Verteiler, a people filter, Verbünde (contact persons of the active
members and the Beirat; optionally everyone working at an active member) and single
people. A person found in several sources is invited once; the invitation's
``source`` names all of them ("Verteiler Kammern; Verbund WASA").

Who may be invited is decided by the data-protection filter
(:func:`wba_desktop.services.privacy.consent_filter.allowed`) for the purpose
"Veranstaltungseinladungen": restricted, anonymised and objecting people and a
withdrawn consent always keep a person off the list; a missing or expired consent
does where consent is the person's legal basis, and for everyone when the shared
setting ``events.require_consent`` is true. ``screen`` sorts the people found into
those to add and those left out (already on the list, inactive, not allowed: with
the reasons).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.db.querying import current_on
from wba_desktop.errors import NotFoundError
from wba_desktop.i18n import _
from wba_desktop.models import (
    Affiliation,
    AppSetting,
    Event,
    Invitation,
    Person,
    Verbund,
    VerbundBoardSeat,
    VerbundMember,
)
from wba_desktop.services.directory.people import PersonFilter, PersonService, display_name
from wba_desktop.services.directory.visibility import not_inquirer
from wba_desktop.services.privacy.consent_filter import allowed
from wba_desktop.services.verteiler.lists import VerteilerService
from wba_desktop.text.fold import sort_key
from wba_desktop.vocab import EVENT_INVITATIONS

#: shared setting (JSON true/false): invite only people with a granted consent
REQUIRE_CONSENT_KEY = "events.require_consent"
SINGLE = "einzeln"
#: rows per IN (...) list, well below the parameter limits of SQLite and PostgreSQL
CHUNK = 500


@dataclass(frozen=True)
class Candidate:
    person_id: int
    name: str
    source: str


@dataclass(frozen=True)
class InvitationPreview:
    """What ``add`` would do: who is new, who is left out and why."""

    new: tuple[Candidate, ...]
    already_invited: int
    without_consent: int
    without_consent_names: tuple[str, ...]
    inactive: int
    #: the people not allowed, per reason (see consent_filter.REASONS)
    left_out: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class AddResult:
    added: int
    already_invited: int
    without_consent: int
    without_consent_names: tuple[str, ...]
    inactive: int
    invitation_ids: tuple[int, ...]
    left_out: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class InvitationSources:
    """Where to take people from; all parts are optional and are merged."""

    verteiler_ids: tuple[int, ...] = ()
    person_filter: PersonFilter | None = None
    verbund_ids: tuple[int, ...] = ()
    person_ids: tuple[int, ...] = ()
    #: with the Verbünde: everyone currently working at an active member organisation
    include_all_member_staff: bool = False
    #: how the people filter is named in ``source``
    filter_label: str = "Filter"

    def is_empty(self) -> bool:
        return not (self.verteiler_ids or self.person_filter or self.verbund_ids or self.person_ids)


def chunks(ids: Sequence[int], size: int = CHUNK) -> Iterator[list[int]]:
    ids = list(ids)
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def verbund_people(s, verbund_id: int, today: date, all_staff: bool = False) -> list[int]:
    """Contact persons of the active members and the current Beirat of a Verbund."""
    active = or_(VerbundMember.left_on.is_(None), VerbundMember.left_on >= today)
    ids = list(
        s.scalars(
            select(VerbundMember.contact_person_id).where(
                VerbundMember.verbund_id == verbund_id,
                VerbundMember.contact_person_id.is_not(None),
                active,
            )
        )
    )
    ids += s.scalars(
        select(VerbundBoardSeat.person_id).where(
            VerbundBoardSeat.verbund_id == verbund_id,
            current_on(VerbundBoardSeat.since, VerbundBoardSeat.until, today),
        )
    )
    if all_staff:
        members = select(VerbundMember.organisation_id).where(
            VerbundMember.verbund_id == verbund_id, active
        )
        ids += s.scalars(
            select(Affiliation.person_id).where(
                Affiliation.organisation_id.in_(members),
                current_on(Affiliation.valid_from, Affiliation.valid_until, today),
            )
        )
    return list(dict.fromkeys(ids))


def collect(
    sources: InvitationSources,
    uow_factory: UnitOfWorkFactory,
    people: PersonService,
    verteiler: VerteilerService,
    today: date,
) -> dict[int, list[str]]:
    """person id -> the names of the sources they come from, in the order given."""
    found: dict[int, list[str]] = {}

    def take(ids: Iterable[int], label: str) -> None:
        for pid in ids:
            labels = found.setdefault(pid, [])
            if label not in labels:
                labels.append(label)

    for list_id in dict.fromkeys(sources.verteiler_ids):
        name, flt = verteiler.name_and_filter(list_id)  # no member count: that is slow
        take(people.list_ids(flt), f"Verteiler {name}")
    if sources.person_filter is not None:
        take(people.list_ids(sources.person_filter), sources.filter_label)
    if sources.verbund_ids:
        with uow_factory() as uow:
            for vid in dict.fromkeys(sources.verbund_ids):
                vb = uow.session.get(Verbund, vid)
                if vb is None:
                    raise NotFoundError(
                        _("Ein gewählter Verbund wurde nicht gefunden (gelöscht?).")
                    )
                ids = verbund_people(uow.session, vid, today, sources.include_all_member_staff)
                take(ids, f"Verbund {vb.short_name or vb.name}")
    take(sources.person_ids, SINGLE)
    return found


def consent_required(s) -> bool:
    row = s.get(AppSetting, REQUIRE_CONSENT_KEY)
    if row is None:
        return False
    try:
        return json.loads(row.value) is True
    except json.JSONDecodeError:
        return False


def consent_blocked(s, person_ids: Iterable[int]) -> set[int]:
    """The people who may not be invited (see the module doc)."""
    return set(invitation_filter(s, person_ids)[1])


def invitation_filter(s, person_ids: Iterable[int]) -> tuple[list[int], list[int], dict]:
    """(allowed ids, blocked ids, left out per reason) for event invitations."""
    ids = list(dict.fromkeys(person_ids))
    kept, reasons = allowed(s, ids, EVENT_INVITATIONS, require_consent=consent_required(s))
    keep = set(kept)
    return kept, [i for i in ids if i not in keep], reasons


def primary_organisations(s, person_ids: Iterable[int], today: date) -> dict[int, int]:
    """person id -> organisation of the primary current affiliation (another current
    one when the primary has ended)."""
    best: dict[int, tuple[bool, int, int]] = {}
    for part in chunks(list(person_ids)):
        for pid, oid, primary, aid in s.execute(
            select(
                Affiliation.person_id,
                Affiliation.organisation_id,
                Affiliation.is_primary,
                Affiliation.id,
            ).where(
                Affiliation.person_id.in_(part),
                current_on(Affiliation.valid_from, Affiliation.valid_until, today),
            )
        ):
            rank = (not primary, aid, oid)
            if pid not in best or rank < best[pid]:
                best[pid] = rank
    return {pid: rank[2] for pid, rank in best.items()}


def person_names(s, person_ids: Sequence[int]) -> list[str]:
    """The names of the people, in the order given (without loading Person objects)."""
    names: dict[int, str] = {}
    cols = (Person.id, Person.title, Person.first_name, Person.last_name)
    for part in chunks(list(dict.fromkeys(person_ids))):
        for pid, title, first, last in s.execute(select(*cols).where(Person.id.in_(part))):
            names[pid] = display_name(title, first, last)
    return [names[pid] for pid in person_ids]


def screen(
    s, event_id: int, found: dict[int, list[str]]
) -> tuple[list[Candidate], int, tuple[str, ...], int, tuple[tuple[str, int], ...]]:
    """Split the people found into the new ones (sorted by name) and those left out:
    returns (new, already on the list, names of those not allowed, inactive, the
    reasons they are not allowed with their counts)."""
    if s.get(Event, event_id) is None:
        raise NotFoundError(_("Die Veranstaltung wurde nicht gefunden (gelöscht?)."))
    ids = list(found)
    listed: set[int] = set()
    # only the columns needed here: loading full Person objects is slow for large lists
    persons: dict[int, tuple[bool, str, str]] = {}  # id -> (active, name, sort key)
    cols = (
        Person.id,
        Person.active,
        Person.title,
        Person.first_name,
        Person.last_name,
        Person.sort_key,
    )
    for part in chunks(ids):
        listed.update(
            s.scalars(
                select(Invitation.person_id).where(
                    Invitation.event_id == event_id, Invitation.person_id.in_(part)
                )
            )
        )
        for pid, active, title, first, last, key in s.execute(
            select(*cols).where(Person.id.in_(part), not_inquirer())  # inquirers: never
        ):
            persons[pid] = (active, display_name(title, first, last), key)
    fresh = [i for i in ids if i in persons and i not in listed]
    inactive = [i for i in fresh if not persons[i][0]]
    active = [i for i in fresh if persons[i][0]]
    _allowed, blocked, reasons = invitation_filter(s, active)
    out = set(blocked)
    new = [Candidate(i, persons[i][1], "; ".join(found[i])) for i in active if i not in out]
    new.sort(key=lambda c: persons[c.person_id][2])
    names = sorted((persons[i][1] for i in blocked), key=sort_key)
    return new, len(listed), tuple(names), len(inactive), tuple(reasons.items())
