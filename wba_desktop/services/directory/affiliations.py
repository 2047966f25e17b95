"""Affiliations: which person works where, in which function, since when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, update

from wba_desktop.db import UnitOfWorkFactory, audit
from wba_desktop.db.querying import current_on
from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.i18n import _
from wba_desktop.models import Affiliation, Organisation, Person
from wba_desktop.services import validation as v
from wba_desktop.services.directory.people import display_name
from wba_desktop.text.fold import sort_key


@dataclass
class AffiliationData:
    person_id: int | None = None
    organisation_id: int | None = None
    function: str = ""
    department: str = ""
    is_primary: bool = False
    valid_from: date | None = None
    valid_until: date | None = None


@dataclass(frozen=True)
class AffiliationInfo:
    id: int
    person_id: int
    person_name: str
    person_email: str
    organisation_id: int
    organisation_name: str
    function: str
    department: str
    is_primary: bool
    valid_from: date | None
    valid_until: date | None

    @property
    def current(self) -> bool:
        today = date.today()
        return (self.valid_from is None or self.valid_from <= today) and (
            self.valid_until is None or self.valid_until >= today
        )


def current_affiliation(day: date):
    """SQL condition: the affiliation holds on ``day`` (same rule as ``current``)."""
    return current_on(Affiliation.valid_from, Affiliation.valid_until, day)


def _info(a: Affiliation) -> AffiliationInfo:
    p, o = a.person, a.organisation
    return AffiliationInfo(
        a.id,
        p.id,
        display_name(p.title, p.first_name, p.last_name),
        p.email,
        o.id,
        o.name,
        a.function,
        a.department,
        a.is_primary,
        a.valid_from,
        a.valid_until,
    )


class AffiliationService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def for_person(self, person_id: int) -> list[AffiliationInfo]:
        with self._uow() as uow:
            rows = uow.session.scalars(
                select(Affiliation).where(Affiliation.person_id == person_id)
            )
            infos = [_info(a) for a in rows]
        return sorted(
            infos, key=lambda a: (not a.is_primary, not a.current, sort_key(a.organisation_name))
        )

    def for_organisation(self, org_id: int) -> list[AffiliationInfo]:
        with self._uow() as uow:
            rows = uow.session.scalars(
                select(Affiliation).where(Affiliation.organisation_id == org_id)
            )
            infos = [_info(a) for a in rows]
        return sorted(infos, key=lambda a: (not a.current, sort_key(a.person_name)))

    def save(self, data: AffiliationData, affiliation_id: int | None = None) -> AffiliationInfo:
        """Create or update. The first affiliation of a person becomes the primary one."""
        c = v.Collector()
        data.function = v.clean_text(data.function)
        data.department = v.clean_text(data.department)
        v.check_texts(c, data, Affiliation)
        if data.person_id is None:
            c.add("person_id", _("Person: Bitte eine Person wählen."))
        if data.organisation_id is None:
            c.add("organisation_id", _("Organisation: Bitte eine Organisation wählen."))
        v.check_period(c, data.valid_from, data.valid_until)
        c.raise_if_any()
        with self._uow() as uow:
            s = uow.session
            if s.get(Person, data.person_id) is None:
                raise ValidationError(
                    {"person_id": _("Person: Diese Person gibt es nicht (mehr).")}
                )
            if s.get(Organisation, data.organisation_id) is None:
                raise ValidationError(
                    {"organisation_id": _("Organisation: Diese Organisation gibt es nicht (mehr).")}
                )
            same = s.scalars(
                select(Affiliation.id).where(
                    Affiliation.person_id == data.person_id,
                    Affiliation.organisation_id == data.organisation_id,
                    Affiliation.function == data.function,
                    Affiliation.id != (affiliation_id or 0),
                )
            ).first()
            if same is not None:
                raise ValidationError(
                    {"organisation_id": _("Organisation: Diese Zuordnung gibt es schon.")}
                )
            if affiliation_id is None:
                first = s.scalars(
                    select(Affiliation.id).where(Affiliation.person_id == data.person_id)
                ).first()
                if first is None:
                    data.is_primary = True
                a = Affiliation()
            else:
                a = s.get(Affiliation, affiliation_id)
                if a is None:
                    raise NotFoundError(_("Die Zuordnung wurde inzwischen gelöscht."))
            previous_person = a.person_id
            if data.is_primary:
                was = s.scalars(
                    select(Affiliation.id).where(
                        Affiliation.person_id == data.person_id, Affiliation.is_primary
                    )
                ).all()
                demoted = [i for i in was if i != a.id]
                audit.bulk(s, "affiliation", audit.CHANGED, demoted, {"is_primary": [True, False]})
                s.execute(
                    update(Affiliation)
                    .where(Affiliation.person_id == data.person_id)
                    .values(is_primary=False)
                )
            s.add(a)
            a.person_id, a.organisation_id = data.person_id, data.organisation_id
            a.function, a.department = data.function, data.department
            a.is_primary = data.is_primary
            a.valid_from, a.valid_until = data.valid_from, data.valid_until
            s.flush()
            self._ensure_primary(s, data.person_id)
            if previous_person is not None and previous_person != data.person_id:
                self._ensure_primary(s, previous_person)
            s.refresh(a)
            info = _info(a)
            uow.commit()
            return info

    @staticmethod
    def _ensure_primary(s, person_id: int) -> None:
        """A person with affiliations always has exactly one primary one (lists show it)."""
        links = s.scalars(
            select(Affiliation)
            .where(Affiliation.person_id == person_id)
            .order_by(Affiliation.valid_until.is_not(None), Affiliation.id)
        ).all()
        if links and not any(a.is_primary for a in links):
            links[0].is_primary = True
            s.flush()

    def get(self, affiliation_id: int) -> AffiliationInfo:
        with self._uow() as uow:
            a = uow.session.get(Affiliation, affiliation_id)
            if a is None:
                raise NotFoundError(_("Die Zuordnung wurde nicht gefunden."))
            return _info(a)

    def delete(self, affiliation_id: int) -> None:
        """Remove an affiliation; if it was primary, the next one becomes primary."""
        with self._uow() as uow:
            s = uow.session
            a = s.get(Affiliation, affiliation_id)
            if a is None:
                return
            person_id, was_primary = a.person_id, a.is_primary
            s.delete(a)
            s.flush()
            if was_primary:
                self._ensure_primary(s, person_id)
            uow.commit()
