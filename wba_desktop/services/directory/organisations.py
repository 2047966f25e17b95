"""Organisations: create, read, update, deactivate/delete, list with filter and sort.

What a form must meet and the duplicate rule are in ``organisation_rules``."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import object_session

from wba_desktop.db import UnitOfWorkFactory, german_order
from wba_desktop.db.querying import text_filter
from wba_desktop.errors import (
    DuplicatesFound,
    InUseError,
    NotFoundError,
)
from wba_desktop.i18n import _
from wba_desktop.models import (
    Affiliation,
    Organisation,
    OrganisationType,
    Region,
    Relation,
    Tag,
    organisation_tag,
)
from wba_desktop.services.conflicts import check_version, save_tagged, stale_edit
from wba_desktop.services.directory.activation import set_active_many
from wba_desktop.services.directory.coverage import coverage_labels
from wba_desktop.services.directory.offer_texts import offer_texts
from wba_desktop.services.directory.organisation_rules import (  # re-exported
    DuplicateCandidate,
    OrganisationData,
    apply_to,
    check_refs,
    coverage_text,
    current_record,
    data_of,
    find_duplicates,
    validate,
)
from wba_desktop.services.listing import Sort

log = logging.getLogger(__name__)

__all__ = [
    "DuplicateCandidate",
    "OrganisationData",
    "OrganisationDetail",
    "OrganisationFilter",
    "OrganisationRow",
    "OrganisationService",
    "apply_to",
    "validate",
]


@dataclass(frozen=True)
class OrganisationDetail:
    id: int
    version: int
    data: OrganisationData
    type_name: str
    region_name: str
    wba_region: str
    created_at: datetime
    updated_at: datetime
    #: the districts served beyond the seat, as text („ganz Sachsen-Anhalt“ for all)
    coverage_label: str = ""

    @property
    def label(self) -> str:
        city = f" ({self.data.city})" if self.data.city else ""
        return f"{self.data.name}{city}"


@dataclass(frozen=True)
class OrganisationRow:
    """One line of the organisation list."""

    id: int
    name: str
    short_name: str
    type_name: str
    type_colour: str
    region_name: str
    wba_region: str
    postcode: str
    city: str
    street: str
    email: str
    phone: str
    website: str
    sectors: str
    size_class: str
    influence: int | None
    interest: int | None
    stance: str
    active: bool
    tags: str
    people: int
    relations: int
    updated_at: datetime
    version: int | None = None  # the version shown (a delete asks when it changed)
    #: the districts served („Zuständigkeit“) as text, „ganz Sachsen-Anhalt“ for all
    coverage: str = ""
    #: the topics of its offers („Leistungen“) and their target groups, "; "-joined
    offers: str = ""
    offer_groups: str = ""


@dataclass(frozen=True)
class OrganisationFilter:
    text: str = ""
    type_ids: tuple[int, ...] = ()
    region_ids: tuple[int, ...] = ()
    wba_regions: tuple[str, ...] = ()
    tag_ids: tuple[int, ...] = ()
    active: bool | None = True


SORT_COLUMNS = {
    "name": Organisation.sort_key,
    "short_name": german_order(Organisation.short_name),
    "type_name": OrganisationType.sort_order,
    "region_name": german_order(Region.name),
    "wba_region": Region.wba_region,
    "postcode": Organisation.postcode,
    "city": german_order(Organisation.city),
    "street": german_order(Organisation.street),
    "email": func.lower(Organisation.email),
    "phone": Organisation.phone,
    "website": func.lower(Organisation.website),
    "sectors": german_order(Organisation.sectors),
    "size_class": Organisation.size_class,
    "influence": Organisation.influence,
    "interest": Organisation.interest,
    "stance": Organisation.stance,
    "active": Organisation.active,
    "updated_at": Organisation.updated_at,
}


def _detail(org: Organisation) -> OrganisationDetail:
    return OrganisationDetail(
        id=org.id,
        version=org.version,
        data=data_of(org),
        type_name=org.type.name,
        region_name=org.region.name if org.region else "",
        wba_region=org.region.wba_region if org.region else "",
        created_at=org.created_at,
        updated_at=org.updated_at,
        coverage_label=coverage_text(object_session(org), [r.id for r in org.coverage]),
    )


class OrganisationService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    # -- reading ---------------------------------------------------------------
    def get(self, org_id: int) -> OrganisationDetail:
        with self._uow() as uow:
            org = uow.session.get(Organisation, org_id)
            if org is None:
                raise NotFoundError(_("Die Organisation wurde nicht gefunden (gelöscht?)."))
            return _detail(org)

    def _filtered(self, flt: OrganisationFilter, sort_key: str = "name"):
        """Ids matching ``flt``; kind and district are joined only where needed."""
        stmt = select(Organisation.id)
        if sort_key == "type_name":
            stmt = stmt.join(OrganisationType, Organisation.type_id == OrganisationType.id)
        if flt.wba_regions or sort_key in ("region_name", "wba_region"):
            stmt = stmt.outerjoin(Region, Organisation.region_id == Region.id)
        clause = text_filter(Organisation.search_key, flt.text)
        if clause is not None:
            stmt = stmt.where(clause)
        if flt.type_ids:
            stmt = stmt.where(Organisation.type_id.in_(flt.type_ids))
        if flt.region_ids:
            stmt = stmt.where(Organisation.region_id.in_(flt.region_ids))
        if flt.wba_regions:
            stmt = stmt.where(Region.wba_region.in_(flt.wba_regions))
        if flt.tag_ids:
            tagged = select(organisation_tag.c.organisation_id).where(
                organisation_tag.c.tag_id.in_(flt.tag_ids)
            )
            stmt = stmt.where(Organisation.id.in_(tagged))
        if flt.active is not None:
            stmt = stmt.where(Organisation.active.is_(flt.active))
        return stmt

    def list_ids(
        self, flt: OrganisationFilter = OrganisationFilter(), sort: Sort = Sort()
    ) -> list[int]:
        """All ids matching ``flt`` in display order (cheap: ids only, rows come in pages)."""
        column = SORT_COLUMNS.get(sort.key, Organisation.sort_key)
        # blanks last in either direction, the same on SQLite and PostgreSQL
        order = (column.asc() if sort.ascending else column.desc()).nulls_last()
        if sort.key == "name":  # never blank: a plain order lets the index do the work
            order = Organisation.sort_key.asc() if sort.ascending else Organisation.sort_key.desc()
        stmt = self._filtered(flt, sort.key).order_by(order, Organisation.sort_key, Organisation.id)
        with self._uow() as uow:
            return list(uow.session.scalars(stmt))

    def count(self, flt: OrganisationFilter = OrganisationFilter()) -> int:
        with self._uow() as uow:
            return uow.session.scalar(
                select(func.count()).select_from(self._filtered(flt).subquery())
            )

    def rows(self, ids: Sequence[int]) -> list[OrganisationRow]:
        """The list rows for ``ids``, in the order given (missing ids are left out)."""
        if not ids:
            return []
        ids = list(ids)
        with self._uow() as uow:
            s = uow.session
            orgs = {
                o.id: o for o in s.scalars(select(Organisation).where(Organisation.id.in_(ids)))
            }
            people = dict(
                s.execute(
                    select(Affiliation.organisation_id, func.count())
                    .where(Affiliation.organisation_id.in_(ids))
                    .group_by(Affiliation.organisation_id)
                ).all()
            )
            rel_counts: dict[int, int] = {}
            for col in (Relation.source_id, Relation.target_id):
                for oid, n in s.execute(
                    select(col, func.count()).where(col.in_(ids)).group_by(col)
                ):
                    rel_counts[oid] = rel_counts.get(oid, 0) + n
            tags: dict[int, list[str]] = {}
            for oid, name in s.execute(
                select(organisation_tag.c.organisation_id, Tag.name)
                .join(Tag, Tag.id == organisation_tag.c.tag_id)
                .where(organisation_tag.c.organisation_id.in_(ids))
                .order_by(Tag.name)
            ):
                tags.setdefault(oid, []).append(name)
            covered = coverage_labels(s, ids)
            offers = offer_texts(s, ids)
            result = []
            for oid in ids:
                o = orgs.get(oid)
                if o is None:
                    continue
                result.append(
                    OrganisationRow(
                        id=o.id,
                        name=o.name,
                        short_name=o.short_name,
                        type_name=o.type.name,
                        type_colour=o.type.colour,
                        region_name=o.region.name if o.region else "",
                        wba_region=o.region.wba_region if o.region else "",
                        postcode=o.postcode,
                        city=o.city,
                        street=o.street,
                        email=o.email,
                        phone=o.phone,
                        website=o.website,
                        sectors=o.sectors,
                        size_class=o.size_class,
                        influence=o.influence,
                        interest=o.interest,
                        stance=o.stance,
                        active=o.active,
                        tags=", ".join(tags.get(oid, [])),
                        people=people.get(oid, 0),
                        relations=rel_counts.get(oid, 0),
                        updated_at=o.updated_at,
                        version=o.version,
                        coverage=covered.get(oid, ""),
                        offers=offers.get(oid, ("", ""))[0],
                        offer_groups=offers.get(oid, ("", ""))[1],
                    )
                )
            return result

    def choices(self, text: str = "", limit: int = 50, exclude_id: int | None = None):
        """(id, label) pairs for pickers: active organisations matching ``text``."""
        stmt = select(Organisation.id, Organisation.name, Organisation.city).where(
            Organisation.active.is_(True)
        )
        clause = text_filter(Organisation.search_key, text)
        if clause is not None:
            stmt = stmt.where(clause)
        if exclude_id is not None:
            stmt = stmt.where(Organisation.id != exclude_id)
        stmt = stmt.order_by(Organisation.sort_key).limit(limit)
        with self._uow() as uow:
            return [(i, f"{n} ({c})" if c else n) for i, n, c in uow.session.execute(stmt)]

    # -- duplicates --------------------------------------------------------------
    def find_duplicates(
        self, data: OrganisationData, exclude_id: int | None = None
    ) -> list[DuplicateCandidate]:
        """Existing organisations with the same normalised name and city, or the same e-mail."""
        with self._uow() as uow:
            return find_duplicates(uow.session, data, exclude_id)

    # -- writing -----------------------------------------------------------------
    def create(
        self, data: OrganisationData, *, allow_duplicate: bool = False
    ) -> OrganisationDetail:
        data = validate(data)
        if not allow_duplicate:
            dups = self.find_duplicates(data)
            if dups:
                raise DuplicatesFound(dups)
        with self._uow() as uow:
            check_refs(uow.session, data)
            org = Organisation()
            apply_to(org, data, uow.session)
            uow.session.add(org)
            uow.commit()
            log.info("organisation %s created", org.id)
            return _detail(org)

    def update(
        self,
        org_id: int,
        data: OrganisationData,
        expected_version: int,
        original: OrganisationData | None = None,
    ) -> OrganisationDetail:
        """Save the form over the version the user loaded (``original`` is the form as
        loaded). A newer version raises :class:`StaleEdit` naming what the other save
        changed, a deleted record :class:`DeletedMeanwhile`; nothing is written then."""
        data = validate(data)

        def apply(org, session) -> None:
            check_refs(session, data)
            apply_to(org, data, session)

        return save_tagged(
            self._uow,
            lambda session: current_record(session, org_id, expected_version, data, original),
            apply,
            _detail,
        )

    def set_active_many(self, ids: Sequence[int], active: bool) -> int:
        """(De)activate several records in one unit of work; all or none. Returns how
        many changed."""
        return set_active_many(self._uow, Organisation, ids, active, "eine Organisation")

    def set_active(self, org_id: int, active: bool, expected_version: int | None = None) -> None:
        """(De)activate; with ``expected_version`` a newer version raises StaleEdit."""
        with self._uow() as uow:
            org = current_record(uow.session, org_id, expected_version)
            org.active = active
            uow.commit()

    def usage(self, org_id: int) -> tuple[int, int]:
        """(people, relations) that reference the organisation."""
        with self._uow() as uow:
            s = uow.session
            people = s.scalar(
                select(func.count())
                .select_from(Affiliation)
                .where(Affiliation.organisation_id == org_id)
            )
            rels = s.scalar(
                select(func.count())
                .select_from(Relation)
                .where(or_(Relation.source_id == org_id, Relation.target_id == org_id))
            )
            return people or 0, rels or 0

    def delete(self, org_id: int, expected_version: int | None = None) -> None:
        """Delete an unreferenced organisation; referenced ones must be deactivated.
        With ``expected_version`` a newer version raises StaleEdit."""
        people, rels = self.usage(org_id)
        if people or rels:
            raise InUseError(
                _(
                    "Die Organisation ist mit {people} Person(en) und {rels} Beziehung(en) "
                    "verknüpft und kann nicht gelöscht werden. Bitte stattdessen deaktivieren."
                ).format(people=people, rels=rels)
            )
        with self._uow() as uow:
            org = uow.session.get(Organisation, org_id)
            if org is None:
                return
            check_version(org, expected_version, lambda: stale_edit(org, org.name))
            uow.session.delete(org)
            uow.commit()
