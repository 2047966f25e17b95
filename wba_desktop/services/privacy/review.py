"""The review list (storage limitation, Art. 5 (1) e DSGVO): people with no contact for
N years, to keep with a reason until a next review, or to anonymise.

"Contact" is an activity with the person or an event they attended (invitation status
„teilgenommen“); a person without any counts from the day the record was created.
Anonymised people never appear, nor those kept until a day still to come
(``review_after``). N is a setting shared by the whole team (``review_years``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import and_, func, or_, select, update

from wba_desktop.db import UnitOfWorkFactory, audit
from wba_desktop.errors import ValidationError
from wba_desktop.i18n import _
from wba_desktop.models import Affiliation, Organisation, Person
from wba_desktop.models.activity import Activity
from wba_desktop.models.event import Event, Invitation
from wba_desktop.services.directory.people import display_name
from wba_desktop.services.shared_settings import SharedSettings
from wba_desktop.services.validation import clean_text

#: the shared setting: years without contact after which a person is up for review
YEARS_KEY = "review_years"
DEFAULT_YEARS = 3
ATTENDED = "teilgenommen"
REASON_LIMIT = 200  # person.review_note


@dataclass(frozen=True)
class ReviewRow:
    id: int
    name: str
    organisation: str
    last_contact: date | None  # None: never
    created_on: date
    legal_basis: str
    review_note: str


def years_ago(day: date, years: int) -> date:
    """``day`` minus ``years`` calendar years (29 February becomes the 28th)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


class ReviewService:
    """The review list and its two bulk actions (keep here; anonymise: ErasureService)."""

    def __init__(self, uow_factory: UnitOfWorkFactory, settings: SharedSettings) -> None:
        self._uow = uow_factory
        self._settings = settings

    def years(self) -> int:
        value = self._settings.get(YEARS_KEY, DEFAULT_YEARS)
        return value if isinstance(value, int) and value > 0 else DEFAULT_YEARS

    def set_years(self, years: int) -> None:
        if not isinstance(years, int) or not 1 <= years <= 30:
            raise ValidationError({"years": _("Überprüfen nach: Bitte 1 bis 30 Jahre wählen.")})
        self._settings.set(YEARS_KEY, years)

    def candidates(self, years: int | None = None, today: date | None = None) -> list[ReviewRow]:
        """People without contact for ``years`` (default: the setting), oldest contact
        first."""
        today = today or date.today()
        cutoff = years_ago(today, years or self.years())
        cutoff_at = datetime.combine(cutoff, time.min)
        acts = (
            select(Activity.person_id.label("pid"), func.max(Activity.happened_on).label("day"))
            .where(Activity.person_id.is_not(None))
            .group_by(Activity.person_id)
            .subquery()
        )
        went = (
            select(Invitation.person_id.label("pid"), func.max(Event.starts_at).label("at"))
            .join(Event, Event.id == Invitation.event_id)
            .where(Invitation.status == ATTENDED)
            .group_by(Invitation.person_id)
            .subquery()
        )
        primary = and_(Affiliation.person_id == Person.id, Affiliation.is_primary.is_(True))
        stmt = (
            select(
                Person.id,
                Person.title,
                Person.first_name,
                Person.last_name,
                Organisation.name,
                acts.c.day,
                went.c.at,
                Person.created_at,
                Person.legal_basis,
                Person.review_note,
            )
            .outerjoin(acts, acts.c.pid == Person.id)
            .outerjoin(went, went.c.pid == Person.id)
            .outerjoin(Affiliation, primary)
            .outerjoin(Organisation, Organisation.id == Affiliation.organisation_id)
            .where(
                Person.anonymised_on.is_(None),
                or_(Person.review_after.is_(None), Person.review_after <= today),
                Person.created_at < cutoff_at,
                or_(acts.c.day.is_(None), acts.c.day < cutoff),
                or_(went.c.at.is_(None), went.c.at < cutoff_at),
            )
        )
        with self._uow() as uow:
            rows = uow.session.execute(stmt).all()
        out: dict[int, ReviewRow] = {}
        for pid, title, first, last, org, act_day, went_at, created, basis, note in rows:
            contacts = [d for d in (act_day, went_at.date() if went_at else None) if d]
            out.setdefault(
                pid,
                ReviewRow(
                    pid,
                    display_name(title, first, last),
                    org or "",
                    max(contacts) if contacts else None,
                    created.date(),
                    basis or "",
                    note or "",
                ),
            )
        return sorted(out.values(), key=lambda r: (r.last_contact or r.created_on, r.name))

    def keep(self, person_ids: Sequence[int], reason: str, next_review: date) -> int:
        """Keep the people until ``next_review`` for ``reason`` (both required); returns
        how many were updated."""
        reason = clean_text(reason or "")
        errors = {}
        if not reason:
            errors["reason"] = _("Bitte einen Grund angeben, warum die Daten bleiben.")
        elif len(reason) > REASON_LIMIT:
            errors["reason"] = _(
                "Der Grund darf höchstens {REASON_LIMIT} Zeichen lang sein."
            ).format(REASON_LIMIT=REASON_LIMIT)
        if next_review is None or next_review <= date.today():
            errors["next_review"] = _("Die nächste Überprüfung muss in der Zukunft liegen.")
        if not person_ids:
            errors["people"] = _("Bitte mindestens eine Person auswählen.")
        if errors:
            raise ValidationError(errors)
        with self._uow() as uow:
            s = uow.session
            kept = list(
                s.execute(
                    select(Person.id, Person.review_note, Person.review_after).where(
                        Person.id.in_(list(person_ids)), Person.anonymised_on.is_(None)
                    )
                )
            )
            n = s.execute(
                update(Person)
                .where(Person.id.in_([pid for pid, _n, _a in kept]))
                .values(review_note=reason, review_after=next_review),
                execution_options={"synchronize_session": False},
            ).rowcount
            audit.bulk(
                s,
                "person",
                audit.CHANGED,
                [pid for pid, _n, _a in kept],
                each={
                    pid: {"review_note": [note, reason], "review_after": [after, next_review]}
                    for pid, note, after in kept
                },
            )
            uow.commit()
        return n
