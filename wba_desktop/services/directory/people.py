"""People: create, read, update, deactivate/delete, list with filter and sort.

What a form must meet, names and the duplicate rule are in ``person_rules``."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, or_, select

from wba_desktop.db import UnitOfWorkFactory, german_order
from wba_desktop.db.querying import text_filter
from wba_desktop.errors import DuplicatesFound, NotFoundError
from wba_desktop.i18n import _
from wba_desktop.models import (
    Affiliation,
    Organisation,
    Person,
    Region,
    distribution_member,
    organisation_tag,
    person_tag,
)
from wba_desktop.services.conflicts import check_version, save_tagged, stale_edit
from wba_desktop.services.directory.activation import set_active_many
from wba_desktop.services.directory.person_rules import (  # re-exported
    PersonData,
    PersonDuplicate,
    apply_to,
    current_record,
    data_of,
    display_name,
    find_duplicates,
    person_name,
    validate,
)
from wba_desktop.services.directory.visibility import listed_people
from wba_desktop.services.listing import Sort

log = logging.getLogger(__name__)

__all__ = [
    "PersonData",
    "PersonDetail",
    "PersonDuplicate",
    "PersonFilter",
    "PersonRow",
    "PersonService",
    "apply_to",
    "display_name",
    "person_name",
    "validate",
]


@dataclass(frozen=True)
class PersonDetail:
    id: int
    version: int
    data: PersonData
    created_at: datetime
    updated_at: datetime

    @property
    def display_name(self) -> str:
        return display_name(self.data.title, self.data.first_name, self.data.last_name)

    @property
    def label(self) -> str:
        return self.display_name


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    salutation: str
    title: str
    first_name: str
    last_name: str
    organisation: str
    organisation_id: int | None
    function: str
    email: str
    phone: str
    mobile: str
    region_name: str
    wba_region: str
    active: bool
    updated_at: datetime
    version: int | None = None  # the version shown (a delete asks when it changed)


@dataclass(frozen=True)
class PersonFilter:
    """Which people a list shows. Kinds, districts, WBA regions, organisation tags and
    functions refer to the person's primary organisation; every tuple is "any of"."""

    text: str = ""
    type_ids: tuple[int, ...] = ()
    region_ids: tuple[int, ...] = ()
    wba_regions: tuple[str, ...] = ()
    tag_ids: tuple[int, ...] = ()
    org_tag_ids: tuple[int, ...] = ()
    functions: tuple[str, ...] = ()
    organisation_id: int | None = None
    list_id: int | None = None
    ids: tuple[int, ...] | None = None
    active: bool | None = True


SORT_COLUMNS = {
    "name": Person.sort_key,
    "salutation": Person.salutation,
    "title": Person.title,
    "first_name": german_order(Person.first_name),
    "last_name": german_order(Person.last_name),
    "organisation": Organisation.sort_key,
    "function": german_order(Affiliation.function),
    "email": func.lower(Person.email),
    "phone": Person.phone,
    "mobile": Person.mobile,
    "region_name": german_order(Region.name),
    "wba_region": Region.wba_region,
    "active": Person.active,
    "updated_at": Person.updated_at,
}


JOINED_SORTS = {"organisation", "function", "region_name", "wba_region"}


def _detail(p: Person) -> PersonDetail:
    return PersonDetail(p.id, p.version, data_of(p), p.created_at, p.updated_at)


def _primary_join():
    return and_(Affiliation.person_id == Person.id, Affiliation.is_primary.is_(True))


class PersonService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def get(self, person_id: int) -> PersonDetail:
        with self._uow() as uow:
            p = uow.session.get(Person, person_id)
            if p is None:
                raise NotFoundError(_("Die Person wurde nicht gefunden (gelöscht?)."))
            return _detail(p)

    def _filtered(self, flt: PersonFilter, joined: bool = False):
        """Ids matching ``flt``; the primary organisation is joined only when a filter or
        the sort order needs it (the plain list is answered from one index)."""
        joined = joined or bool(
            flt.type_ids or flt.region_ids or flt.wba_regions or flt.functions or flt.org_tag_ids
        )
        stmt = select(Person.id)
        if joined:
            stmt = (
                stmt.outerjoin(Affiliation, _primary_join())
                .outerjoin(Organisation, Organisation.id == Affiliation.organisation_id)
                .outerjoin(Region, Region.id == Organisation.region_id)
            )
        # an anonymised person (Art. 17) is kept for statistics only, a private inquirer
        # for the inquiry only: in no list or export (``visibility``)
        stmt = stmt.where(listed_people())
        clause = text_filter(Person.search_key, flt.text)
        if clause is not None:
            stmt = stmt.where(clause)
        if flt.type_ids:
            stmt = stmt.where(Organisation.type_id.in_(flt.type_ids))
        if flt.region_ids:
            stmt = stmt.where(Organisation.region_id.in_(flt.region_ids))
        if flt.wba_regions:
            stmt = stmt.where(Region.wba_region.in_(flt.wba_regions))
        if flt.tag_ids:
            tagged = select(person_tag.c.person_id).where(person_tag.c.tag_id.in_(flt.tag_ids))
            stmt = stmt.where(Person.id.in_(tagged))
        if flt.org_tag_ids:
            tagged = select(organisation_tag.c.organisation_id).where(
                organisation_tag.c.tag_id.in_(flt.org_tag_ids)
            )
            stmt = stmt.where(Organisation.id.in_(tagged))
        if flt.functions:
            stmt = stmt.where(
                or_(
                    *(
                        func.lower(Affiliation.function).like(f"%{f.strip().lower()}%")
                        for f in flt.functions
                        if f.strip()
                    )
                )
            )
        if flt.organisation_id is not None:
            members = select(Affiliation.person_id).where(
                Affiliation.organisation_id == flt.organisation_id
            )
            stmt = stmt.where(Person.id.in_(members))
        if flt.list_id is not None:
            listed = select(distribution_member.c.person_id).where(
                distribution_member.c.list_id == flt.list_id
            )
            stmt = stmt.where(Person.id.in_(listed))
        if flt.ids is not None:
            stmt = stmt.where(Person.id.in_(flt.ids))
        if flt.active is not None:
            stmt = stmt.where(Person.active.is_(flt.active))
        return stmt

    def list_ids(self, flt: PersonFilter = PersonFilter(), sort: Sort = Sort()) -> list[int]:
        column = SORT_COLUMNS.get(sort.key, Person.sort_key)
        # blanks last in either direction, the same on SQLite and PostgreSQL
        order = (column.asc() if sort.ascending else column.desc()).nulls_last()
        if sort.key == "name":
            order = Person.sort_key.asc() if sort.ascending else Person.sort_key.desc()
        # sorted by name: no second sort_key term, so SQLite walks the (active, sort_key,
        # id) index in order instead of sorting all ids in a temporary b-tree
        then = (Person.id,) if sort.key == "name" else (Person.sort_key, Person.id)
        stmt = self._filtered(flt, joined=sort.key in JOINED_SORTS).order_by(order, *then)
        with self._uow() as uow:
            # the ids straight from the driver's cursor: on 100,000 people the ORM's (and
            # even Core's) row handling costs twice to three times the query itself
            result = uow.session.connection().execute(stmt)
            try:
                rows = result.cursor.fetchall()
            finally:
                result.close()
            return [pid for (pid,) in rows]

    def count(self, flt: PersonFilter = PersonFilter()) -> int:
        with self._uow() as uow:
            return uow.session.scalar(
                select(func.count()).select_from(self._filtered(flt).subquery())
            )

    def rows(self, ids: Sequence[int]) -> list[PersonRow]:
        if not ids:
            return []
        ids = list(ids)
        cols = (
            Person,
            Organisation.id,
            Organisation.name,
            Affiliation.function,
            Region.name,
            Region.wba_region,
        )
        stmt = (
            select(*cols)
            .outerjoin(Affiliation, _primary_join())
            .outerjoin(Organisation, Organisation.id == Affiliation.organisation_id)
            .outerjoin(Region, Region.id == Organisation.region_id)
            .where(Person.id.in_(ids))
        )
        with self._uow() as uow:
            found = {}
            for p, oid, oname, function, rname, wba in uow.session.execute(stmt):
                found[p.id] = PersonRow(
                    id=p.id,
                    name=f"{p.last_name}, {p.first_name}" if p.first_name else p.last_name,
                    salutation=p.salutation,
                    title=p.title,
                    first_name=p.first_name,
                    last_name=p.last_name,
                    organisation=oname or "",
                    organisation_id=oid,
                    function=function or "",
                    email=p.email,
                    phone=p.phone,
                    mobile=p.mobile,
                    region_name=rname or "",
                    wba_region=wba or "",
                    active=p.active,
                    updated_at=p.updated_at,
                    version=p.version,
                )
        return [found[i] for i in ids if i in found]

    def choices(self, text: str = "", limit: int = 50):
        """(id, label) pairs for pickers: active people matching ``text``."""
        stmt = (
            select(Person.id, Person.title, Person.first_name, Person.last_name, Organisation.name)
            .outerjoin(Affiliation, _primary_join())
            .outerjoin(Organisation, Organisation.id == Affiliation.organisation_id)
            .where(Person.active.is_(True), listed_people())
        )
        clause = text_filter(Person.search_key, text)
        if clause is not None:
            stmt = stmt.where(clause)
        stmt = stmt.order_by(Person.sort_key).limit(limit)
        with self._uow() as uow:
            out = []
            for pid, title, first, last, org in uow.session.execute(stmt):
                name = display_name(title, first, last)
                out.append((pid, f"{name} – {org}" if org else name))
            return out

    def find_duplicates(
        self, data: PersonData, exclude_id: int | None = None
    ) -> list[PersonDuplicate]:
        """People with the same e-mail, or the same first and last name."""
        with self._uow() as uow:
            return find_duplicates(uow.session, data, exclude_id)

    def create(self, data: PersonData, *, allow_duplicate: bool = False) -> PersonDetail:
        data = validate(data)
        if not allow_duplicate:
            dups = self.find_duplicates(data)
            if dups:
                raise DuplicatesFound(dups)
        with self._uow() as uow:
            p = Person()
            apply_to(p, data, uow.session)
            uow.session.add(p)
            uow.commit()
            log.info("person %s created", p.id)
            return _detail(p)

    def update(
        self,
        person_id: int,
        data: PersonData,
        expected_version: int,
        original: PersonData | None = None,
    ) -> PersonDetail:
        """Save the form over the version the user loaded (``original`` is the form as
        loaded). A newer version raises :class:`StaleEdit` naming what the other save
        changed, a deleted record :class:`DeletedMeanwhile`; nothing is written then."""
        data = validate(data)

        return save_tagged(
            self._uow,
            lambda session: current_record(session, person_id, expected_version, data, original),
            lambda p, session: apply_to(p, data, session),
            _detail,
        )

    def set_active_many(self, ids: Sequence[int], active: bool) -> int:
        """(De)activate several records in one unit of work; all or none. Returns how
        many changed."""
        return set_active_many(self._uow, Person, ids, active, "eine Person")

    def set_active(self, person_id: int, active: bool, expected_version: int | None = None) -> None:
        """(De)activate; with ``expected_version`` a newer version raises StaleEdit."""
        with self._uow() as uow:
            p = current_record(uow.session, person_id, expected_version)
            p.active = active
            uow.commit()

    def delete(self, person_id: int, expected_version: int | None = None) -> None:
        """Delete a person with their affiliations (the UI asks first). With
        ``expected_version`` a newer version raises StaleEdit."""
        with self._uow() as uow:
            p = uow.session.get(Person, person_id)
            if p is None:
                return
            check_version(p, expected_version, lambda: stale_edit(p, person_name(p)))
            uow.session.delete(p)
            uow.commit()
