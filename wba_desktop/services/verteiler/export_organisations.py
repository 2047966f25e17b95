"""The organisation and relation tables of the export (the people's are in ``exports``):
what the Organisationen list shows, and the relations with at least one end in it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from wba_desktop.exchange.table import ExportTable
from wba_desktop.models import Organisation, Relation, RelationType
from wba_desktop.services.directory.organisations import OrganisationFilter
from wba_desktop.services.listing import Sort
from wba_desktop.services.verteiler.export_rows import (
    MAIL_MERGE_COLUMNS,
    ORGANISATION_COLUMNS,
    RELATION_COLUMNS,
    chunks,
    organisation_rows,
    pick_columns,
)
from wba_desktop.services.verteiler.lists import Criteria
from wba_desktop.text.fold import sort_key

if TYPE_CHECKING:
    from wba_desktop.db import UnitOfWorkFactory
    from wba_desktop.services.directory.organisations import OrganisationService
    from wba_desktop.services.verteiler.lists import VerteilerService

#: how a list's status filter reads in an export's description
STATUS = {True: "nur aktive", False: "nur inaktive", None: "aktive und inaktive"}


class OrganisationTables:
    """Part of :class:`~wba_desktop.services.verteiler.exports.ExportService`."""

    _uow: UnitOfWorkFactory
    _organisations: OrganisationService
    _verteiler: VerteilerService

    def organisations_table(
        self,
        flt: OrganisationFilter = OrganisationFilter(),
        sort: Sort = Sort(),
        columns: list[str] | None = None,
        mail_merge: bool = False,
        title: str = "Organisationen",
    ) -> ExportTable:
        cols = pick_columns(ORGANISATION_COLUMNS, columns, "Organisationen")
        ids = self._organisations.list_ids(flt, sort)
        return ExportTable(
            title=title,
            sheet_name=title,
            columns=cols + (MAIL_MERGE_COLUMNS if mail_merge else []),
            rows=organisation_rows(
                (o for chunk in chunks(ids) for o in self._organisations.rows(chunk)),
                cols,
                mail_merge,
            ),
            total=len(ids),
            description=self.describe_organisations(flt),
        )

    def describe_organisations(self, flt: OrganisationFilter) -> str:
        crit = Criteria(
            type_ids=flt.type_ids,
            region_ids=flt.region_ids,
            wba_regions=flt.wba_regions,
            org_tag_ids=flt.tag_ids,
            text=flt.text,
        )
        parts = [] if crit.is_empty() else [self._verteiler.describe(crit)]
        return "; ".join([*parts, f"Status: {STATUS[flt.active]}"])

    def relations_table(
        self, flt: OrganisationFilter = OrganisationFilter(), title: str = "Beziehungen"
    ) -> ExportTable:
        """Relations with at least one end among the organisations that pass ``flt``,
        sorted by Von, Beziehung, Zu."""
        src = Organisation.__table__.alias("src")
        dst = Organisation.__table__.alias("dst")
        stmt = (
            select(
                Relation.id,
                src.c.name,
                RelationType.forward_label,
                dst.c.name,
                RelationType.name,
                Relation.strength,
                Relation.valid_from,
                Relation.valid_until,
                Relation.note,
            )
            .join(src, src.c.id == Relation.source_id)
            .join(dst, dst.c.id == Relation.target_id)
            .join(RelationType, RelationType.id == Relation.type_id)
        )
        found: dict[int, list] = {}
        for chunk in chunks(self._organisations.list_ids(flt, Sort())):
            cond = Relation.source_id.in_(chunk) | Relation.target_id.in_(chunk)
            with self._uow() as uow:
                for rec in uow.session.connection().execute(stmt.where(cond)):
                    found.setdefault(rec[0], list(rec[1:]))
        rows = sorted(found.values(), key=lambda r: (sort_key(r[0]), r[1], sort_key(r[2])))
        return ExportTable(
            title=title,
            sheet_name=title,
            columns=list(RELATION_COLUMNS),
            rows=rows,
            total=len(rows),
            description="mindestens eine Seite: " + self.describe_organisations(flt),
        )
