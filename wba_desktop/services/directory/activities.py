"""Contact history: advice sessions, talks, visits and event attendance.

Besides the list per person, organisation or Verbund, the history feeds the key
figures of a Verbund (companies advised, of them KMU, advice sessions, event
participants) and the health check.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.i18n import _
from wba_desktop.models import (
    Activity,
    Affiliation,
    Event,
    Organisation,
    Person,
    Verbund,
)
from wba_desktop.services import validation as v
from wba_desktop.services.directory.affiliations import current_affiliation
from wba_desktop.services.directory.people import display_name, person_name
from wba_desktop.vocab import ACTIVITY_KINDS


@dataclass
class ActivityData:
    happened_on: date | None
    kind: str = "Gespräch"
    subject: str = ""
    note: str = ""
    organisation_id: int | None = None
    person_id: int | None = None
    verbund_id: int | None = None
    participants: int | None = None
    # the follow-up ("Wiedervorlage"): due on, who takes care of it, when it was done
    due_on: date | None = None
    responsible: str = ""
    done_on: date | None = None


@dataclass(frozen=True)
class ActivityInfo:
    id: int
    data: ActivityData
    organisation_name: str
    person_name: str
    verbund_name: str
    event_id: int | None
    event_title: str


def check_follow_up(c: v.Collector, data: ActivityData, today: date) -> None:
    """The rules of a follow-up: due no earlier than the contact, done neither in the
    future nor before the contact, and a contact still to come cannot be done yet."""
    day = data.happened_on
    if data.due_on is not None and day is not None and data.due_on < day:
        c.add(
            "due_on",
            _(
                "Wiedervorlage am: Liegt vor dem Datum des Kontakts "
                "({day:%d.%m.%Y}); bitte ein späteres Datum wählen."
            ).format(day=day),
        )
    if data.done_on is None:
        return
    if data.due_on is None:
        c.add("done_on", _("Erledigt am: Nur bei einer Wiedervorlage; bitte das Datum leeren."))
    elif day is not None and day > today:
        c.add(
            "done_on",
            _(
                "Erledigt am: Der Kontakt liegt in der Zukunft ({day:%d.%m.%Y}) und kann "
                "noch nicht erledigt sein."
            ).format(day=day),
        )
    elif data.done_on > today:
        c.add("done_on", _("Erledigt am: Das Datum liegt in der Zukunft."))
    elif day is not None and data.done_on < day:
        c.add(
            "done_on",
            _("Erledigt am: Liegt vor dem Datum des Kontakts ({day:%d.%m.%Y}).").format(day=day),
        )


class ActivityService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def history(
        self,
        *,
        person_id: int | None = None,
        organisation_id: int | None = None,
        verbund_id: int | None = None,
        limit: int = 500,
    ) -> list[ActivityInfo]:
        """Newest first. For an organisation, contacts with its current people that name
        no organisation count too."""
        with self._uow() as uow:
            # the names come in the same query (no lookups per row for a long history)
            stmt = (
                select(
                    Activity,
                    Organisation.name,
                    Person.title,
                    Person.first_name,
                    Person.last_name,
                    Verbund.name,
                    Event.title,
                )
                .outerjoin(Organisation, Organisation.id == Activity.organisation_id)
                .outerjoin(Person, Person.id == Activity.person_id)
                .outerjoin(Verbund, Verbund.id == Activity.verbund_id)
                .outerjoin(Event, Event.id == Activity.event_id)
            )
            if person_id is not None:
                stmt = stmt.where(Activity.person_id == person_id)
            if organisation_id is not None:
                today = date.today()
                staff = select(Affiliation.person_id).where(
                    Affiliation.organisation_id == organisation_id,
                    current_affiliation(today),
                )
                stmt = stmt.where(
                    (Activity.organisation_id == organisation_id)
                    | (Activity.organisation_id.is_(None) & Activity.person_id.in_(staff))
                )
            if verbund_id is not None:
                stmt = stmt.where(Activity.verbund_id == verbund_id)
            stmt = stmt.order_by(Activity.happened_on.desc(), Activity.id.desc()).limit(limit)
            return [
                self._make_info(a, org or "", display_name(t or "", f or "", ln or ""), vb, ev)
                for a, org, t, f, ln, vb, ev in uow.session.execute(stmt)
            ]

    def get(self, activity_id: int) -> ActivityInfo:
        """One contact (to open it from the follow-up list)."""
        with self._uow() as uow:
            a = uow.session.get(Activity, activity_id)
            if a is None:
                raise NotFoundError(_("Der Kontakt wurde inzwischen gelöscht."))
            return self._info(uow.session, a)

    @classmethod
    def _info(cls, s, a: Activity) -> ActivityInfo:
        org = s.get(Organisation, a.organisation_id) if a.organisation_id else None
        vb = s.get(Verbund, a.verbund_id) if a.verbund_id else None
        ev = s.get(Event, a.event_id) if a.event_id else None
        person = s.get(Person, a.person_id) if a.person_id else None
        return cls._make_info(
            a,
            org.name if org else "",
            person_name(person),
            vb.name if vb else "",
            ev.title if ev else "",
        )

    @staticmethod
    def _make_info(
        a: Activity, org_name: str, person: str, verbund: str | None, event: str | None
    ) -> ActivityInfo:
        data = ActivityData(
            a.happened_on,
            a.kind,
            a.subject,
            a.note,
            a.organisation_id,
            a.person_id,
            a.verbund_id,
            a.participants,
            a.due_on,
            a.responsible,
            a.done_on,
        )
        return ActivityInfo(a.id, data, org_name, person, verbund or "", a.event_id, event or "")

    def save(
        self, data: ActivityData, activity_id: int | None = None, *, today: date | None = None
    ) -> ActivityInfo:
        c = v.Collector()
        if data.happened_on is None:
            c.add("happened_on", _("Datum: Bitte ein Datum eintragen."))
        v.check_choice(c, "kind", _("Art"), data.kind, ACTIVITY_KINDS, required=True)
        data.subject = v.clean_text(data.subject)
        data.note = v.clean_text(data.note)
        data.responsible = v.clean_text(data.responsible)
        v.check_texts(c, data, Activity)
        if data.organisation_id is None and data.person_id is None:
            c.add("organisation_id", _("Organisation: Bitte eine Organisation oder Person wählen."))
        if data.participants is not None and data.participants < 0:
            c.add("participants", _("Teilnehmende: Bitte keine negative Zahl eintragen."))
        check_follow_up(c, data, today or date.today())
        c.raise_if_any()
        with self._uow() as uow:
            s = uow.session
            org_id = data.organisation_id
            if org_id is not None and s.get(Organisation, org_id) is None:
                raise ValidationError({"organisation_id": _("Organisation: Gibt es nicht (mehr).")})
            if data.person_id is not None and s.get(Person, data.person_id) is None:
                raise ValidationError({"person_id": _("Person: Gibt es nicht (mehr).")})
            if data.verbund_id is not None and s.get(Verbund, data.verbund_id) is None:
                raise ValidationError({"verbund_id": _("Verbund: Gibt es nicht (mehr).")})
            if activity_id is None:
                a = Activity()
                s.add(a)
            else:
                a = s.get(Activity, activity_id)
                if a is None:
                    raise NotFoundError(_("Der Eintrag wurde inzwischen gelöscht."))
            for attr in ActivityData.__dataclass_fields__:
                setattr(a, attr, getattr(data, attr))
            uow.commit()
            return self._info(s, a)

    def delete(self, activity_id: int) -> None:
        with self._uow() as uow:
            a = uow.session.get(Activity, activity_id)
            if a is not None:
                uow.session.delete(a)
                uow.commit()
