"""Contact cadence: which organisations are overdue for a contact.

An organisation should be contacted every ``contact_cadence_days`` days; without a
value of its own, its kind's ``default_cadence_days`` applies (seeded 90 for key
multipliers, 180 for the others; none for companies, schools and "Sonstige", which then
have no cadence). Only active organisations count.

**Last contact** is the newest activity up to today that names the organisation, or
that names one of its current people and no organisation – the same rule as the
organisation's "Kontakte" tab (``ActivityService.history``). A talk with a person noted
for another organisation counts for that other one. Planned contacts (dated after
today) do not count.

**Order**: influence × interest, highest first, where a missing rating counts as 1 (an
organisation nobody rated goes behind the rated ones, not among them); within the same
weight the longest overdue first, never contacted before all others.

One query: the newest contact per organisation comes from two grouped subqueries
(direct and through current affiliations) joined to the organisations; the cadence
test runs in SQL too, so only overdue organisations leave the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Integer, cast, func, literal, or_, select
from sqlalchemy.sql import ColumnElement

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.models import Activity, Affiliation, Organisation, OrganisationType
from wba_desktop.services.directory.affiliations import current_affiliation


@dataclass(frozen=True)
class OverdueContact:
    """An organisation whose last contact is older than its cadence.
    ``overdue_days`` is None when it was never contacted."""

    organisation_id: int
    name: str
    type_name: str
    city: str
    cadence_days: int
    own_cadence: bool
    last_contact: date | None
    overdue_days: int | None
    influence: int | None
    interest: int | None

    @property
    def weight(self) -> int:
        """Influence × interest; a missing rating counts as 1."""
        return (self.influence or 1) * (self.interest or 1)

    @property
    def cadence_text(self) -> str:
        """ "45 Tage", or "90 Tage (Art)" when the kind's default applies."""
        return f"{self.cadence_days} Tage" + ("" if self.own_cadence else " (Art)")

    @property
    def overdue_text(self) -> str:
        if self.overdue_days is None:
            return "nie kontaktiert"
        return f"{self.overdue_days} Tage"


def sort_key(row: OverdueContact) -> tuple:
    """Heaviest first; then never contacted, then the longest overdue; then the name."""
    never = row.overdue_days is None
    return (-row.weight, not never, -(row.overdue_days or 0), row.name.casefold())


def _days_since(day: ColumnElement, today: date, dialect: str) -> ColumnElement:
    """Whole days from ``day`` to ``today`` in SQL."""
    if dialect == "postgresql":
        return literal(today) - day  # date - date is an integer there
    return cast(func.julianday(literal(today.isoformat())) - func.julianday(day), Integer)


class ContactCadenceService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def overdue(self, today: date | None = None, limit: int | None = None) -> list[OverdueContact]:
        """Organisations overdue for a contact, in the order described above."""
        today = today or date.today()
        with self._uow() as uow:
            dialect = uow.dialect
            stmt = self._query(today, dialect)
            result = []
            for r in uow.session.execute(stmt):
                last = max((d for d in (r.direct, r.via) if d is not None), default=None)
                overdue = None if last is None else (today - last).days - r.cadence
                result.append(
                    OverdueContact(
                        r.id,
                        r.name,
                        r.type_name,
                        r.city,
                        r.cadence,
                        r.own is not None,
                        last,
                        overdue,
                        r.influence,
                        r.interest,
                    )
                )
        result.sort(key=sort_key)
        return result[:limit] if limit is not None else result

    def count(self, today: date | None = None) -> int:
        """How many organisations are overdue (the start page's number)."""
        today = today or date.today()
        with self._uow() as uow:
            sub = self._query(today, uow.dialect).subquery()
            return uow.session.scalar(select(func.count()).select_from(sub)) or 0

    @staticmethod
    def _query(today: date, dialect: str):
        direct = (
            select(Activity.organisation_id.label("org"), func.max(Activity.happened_on).label("d"))
            .where(Activity.organisation_id.is_not(None), Activity.happened_on <= today)
            .group_by(Activity.organisation_id)
            .subquery()
        )
        via = (
            select(
                Affiliation.organisation_id.label("org"), func.max(Activity.happened_on).label("d")
            )
            .join(Activity, Activity.person_id == Affiliation.person_id)
            .where(
                Activity.organisation_id.is_(None),
                Activity.happened_on <= today,
                current_affiliation(today),
            )
            .group_by(Affiliation.organisation_id)
            .subquery()
        )
        cadence = func.coalesce(
            Organisation.contact_cadence_days, OrganisationType.default_cadence_days
        )
        last = func.max(func.coalesce(direct.c.d, via.c.d), func.coalesce(via.c.d, direct.c.d))
        if dialect == "postgresql":
            last = func.greatest(direct.c.d, via.c.d)  # greatest() skips NULLs there
        return (
            select(
                Organisation.id,
                Organisation.name,
                OrganisationType.name.label("type_name"),
                Organisation.city,
                cadence.label("cadence"),
                Organisation.contact_cadence_days.label("own"),
                direct.c.d.label("direct"),
                via.c.d.label("via"),
                Organisation.influence,
                Organisation.interest,
            )
            .join(OrganisationType, OrganisationType.id == Organisation.type_id)
            .outerjoin(direct, direct.c.org == Organisation.id)
            .outerjoin(via, via.c.org == Organisation.id)
            .where(
                Organisation.active.is_(True),
                cadence.is_not(None),
                cadence > 0,
                or_(last.is_(None), _days_since(last, today, dialect) > cadence),
            )
        )
