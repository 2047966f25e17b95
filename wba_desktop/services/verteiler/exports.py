"""Export of the lists: what the user sees (filter, sort, columns) as xlsx, csv or vCard.

The service turns a list filter into :class:`ExportTable`\\ s whose rows are fetched
lazily (the columns and the streaming of rows are in ``export_rows``), so 100,000
people stream into the file without being held twice.
People lists pass data protection's filter (``privacy.consent_filter.allowed``):
restricted, anonymised and objecting people are never exported nor mailed, and with a
purpose (or a Verteiler's own) those without consent for it where consent is their
basis are left out; ``left_out`` on the table, the result and the recipients says how
many and why. ``export`` picks the writer by format; it runs in a worker thread (it opens its own
units of work) and reports ``progress(done, total, text)``, polling ``cancel()``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import ServiceError
from wba_desktop.exchange.bulk import paused_gc
from wba_desktop.exchange.table import Cancel, ExportTable, Progress
from wba_desktop.i18n import _
from wba_desktop.services.directory.organisations import OrganisationFilter
from wba_desktop.services.directory.people import PersonFilter, display_name
from wba_desktop.services.listing import Sort
from wba_desktop.services.privacy.consent_filter import allowed, describe_left_out
from wba_desktop.services.privacy_log import EXPORT, file_recipient, record_disclosure
from wba_desktop.services.verteiler.export_organisations import STATUS, OrganisationTables
from wba_desktop.services.verteiler.export_rows import (  # re-exported
    CHUNK_SIZE,
    MAIL_MERGE_COLUMNS,
    ORGANISATION_COLUMNS,
    PERSON_COLUMNS,
    RELATION_COLUMNS,
    person_records,
    person_rows,
    pick_columns,
)
from wba_desktop.services.verteiler.lists import Criteria

if TYPE_CHECKING:
    from wba_desktop.services.directory.organisations import OrganisationService
    from wba_desktop.services.directory.people import PersonService
    from wba_desktop.services.verteiler.lists import VerteilerService

log = logging.getLogger(__name__)

__all__ = [
    "CHUNK_SIZE",
    "MAIL_MERGE_COLUMNS",
    "ORGANISATION_COLUMNS",
    "PERSON_COLUMNS",
    "RELATION_COLUMNS",
    "ExportResult",
    "ExportService",
    "Recipients",
    "format_for",
]

FORMATS = {".xlsx": "xlsx", ".csv": "csv", ".vcf": "vcf", ".zip": "vcf-zip"}
KINDS = ("people", "organisations", "relations", "verteiler")


@dataclass(frozen=True)
class Recipients:
    """People of a list for an e-mail: ``(name, e-mail)`` and, for reaching the
    others another way, ``(name, organisation, phone)``; ``person_ids`` are the ids
    of ``with_email``, in the same order (for the disclosure log)."""

    with_email: list[tuple[str, str]]
    without_email: list[tuple[str, str, str]]
    person_ids: list[int] = field(default_factory=list)
    #: people left out for data protection, per reason
    left_out: dict[str, int] = field(default_factory=dict)
    purpose: str | None = None

    @property
    def left_out_text(self) -> str:
        return describe_left_out(self.left_out, self.purpose)


@dataclass(frozen=True)
class ExportResult:
    """The file written, its data rows (or cards) and its format."""

    path: Path
    rows: int
    format: str
    left_out: dict[str, int] = field(default_factory=dict)
    purpose: str | None = None

    @property
    def left_out_text(self) -> str:
        return describe_left_out(self.left_out, self.purpose)


def format_for(path: str | os.PathLike[str], fmt: str | None = None) -> str:
    """``fmt`` if given, else the format the file ending asks for (.zip: vcf-zip)."""
    fmt = fmt or FORMATS.get(Path(path).suffix.lower())
    if fmt not in FORMATS.values():
        raise ServiceError(
            _("Format für „{name}“: bitte .xlsx, .csv, .vcf oder .zip.").format(
                name=Path(path).name
            )
        )
    return fmt


class ExportService(OrganisationTables):
    """Tables, vCards and recipients of the lists, and ``export`` to a file."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        organisations: OrganisationService,
        people: PersonService,
        verteiler: VerteilerService,
    ) -> None:
        self._uow = uow_factory
        self._organisations = organisations
        self._people = people
        self._verteiler = verteiler

    # -- people ----------------------------------------------------------------------
    def people_table(
        self,
        flt: PersonFilter = PersonFilter(),
        sort: Sort = Sort(),
        columns: list[str] | None = None,
        mail_merge: bool = False,
        title: str = "Personen",
        sheet: str | None = None,
        purpose: str | int | None = None,
    ) -> ExportTable:
        """People as the list shows them; ``columns`` are list keys (default: all of
        ``PERSON_COLUMNS``). With ``mail_merge`` the Serienbrief fields follow, and
        their "Anrede" (Frau/Herrn) replaces the plain salutation column."""
        cols = pick_columns(PERSON_COLUMNS, columns, "Personen")
        if mail_merge:
            cols = [c for c in cols if c.key != "salutation"]
        ids, left_out, name = self._allowed(self._people.list_ids(flt, sort), purpose)
        return self._people_table(ids, left_out, name, cols, mail_merge, title, sheet, flt)

    def _people_table(self, ids, left_out, purpose, cols, mail_merge, title, sheet, flt):
        description = self.describe_people(flt) if flt is not None else ""
        if purpose:
            description += f"; Zweck: {purpose}"
        return ExportTable(
            title=title,
            sheet_name=sheet or title,
            columns=cols + (MAIL_MERGE_COLUMNS if mail_merge else []),
            rows=person_rows(person_records(self._uow, ids), cols, mail_merge),
            total=len(ids),
            description=description,
            left_out=left_out,
            purpose=purpose,
            person_ids=ids,
        )

    def _allowed(
        self, ids: list[int], purpose: str | int | None
    ) -> tuple[list[int], dict[str, int], str | None]:
        """The people data protection lets on a list for ``purpose``, those left out
        per reason, and the purpose's name."""
        from wba_desktop.models import ConsentPurpose

        with self._uow() as uow:
            kept, left_out = allowed(uow.session, ids, purpose)
            name = None
            if purpose not in (None, ""):
                if isinstance(purpose, int):
                    name = uow.session.get(ConsentPurpose, purpose).name
                else:
                    name = str(purpose)
        return kept, left_out, name

    def verteiler_table(
        self,
        list_id: int,
        mail_merge: bool = True,
        sort: Sort = Sort(),
        columns: list[str] | None = None,
        purpose: str | int | None = None,
    ) -> ExportTable:
        """The members of a Verteiler (dynamic ones evaluated now), for a Serienbrief;
        for ``purpose``, else the Verteiler's own purpose."""
        info = self._verteiler.get(list_id)
        cols = pick_columns(PERSON_COLUMNS, columns, "Personen")
        if mail_merge:
            cols = [c for c in cols if c.key != "salutation"]
        ids = self._people.list_ids(self._verteiler.person_filter(list_id), sort)
        members = self._verteiler.members(list_id, purpose, ids)
        table = self._people_table(
            *(members.ids, members.left_out, members.purpose, cols, mail_merge),
            *(f"Verteiler „{info.name}“", f"Verteiler {info.name}", None),
        )
        how = "" if info.kind != "dynamic" else f": {self._verteiler.describe(info.criteria)}"
        table.description = f"Verteiler „{info.name}“ ({info.kind_label}{how})"
        if members.purpose:
            table.description += f"; Zweck: {members.purpose}"
        return table

    def describe_people(self, flt: PersonFilter) -> str:
        crit = Criteria(**{f: getattr(flt, f) for f in Criteria.__dataclass_fields__})
        parts = [] if crit.is_empty() else [self._verteiler.describe(crit)]
        if flt.organisation_id is not None:
            parts.append(f"Organisation: {self._organisations.get(flt.organisation_id).label}")
        if flt.list_id is not None:
            parts.append(f"Verteiler: {self._verteiler.get(flt.list_id).name}")
        if flt.ids is not None:
            parts.append(f"{len(flt.ids)} ausgewählte Personen")
        return "; ".join([*parts, f"Status: {STATUS[flt.active]}"])

    def _vcards(self, ids: Sequence[int]):
        from wba_desktop.exchange.vcard import VCardPerson

        for r in person_records(self._uow, ids):
            yield VCardPerson(
                *(r.last_name, r.first_name, r.title, r.organisation or ""),
                *(r.department or "", r.function or "", r.email, r.phone, r.mobile),
                *(r.street or "", r.postcode or "", r.city or "", r.updated_at, r.id),
            )

    def people_vcards(
        self, flt: PersonFilter = PersonFilter(), sort: Sort = Sort(), purpose=None
    ) -> list:
        """One :class:`VCardPerson` per person of the list, in list order."""
        return list(self._vcards(self._allowed(self._people.list_ids(flt, sort), purpose)[0]))

    def recipients(
        self,
        flt: PersonFilter = PersonFilter(),
        sort: Sort = Sort(),
        purpose: str | int | None = None,
    ) -> Recipients:
        """Who gets an e-mail to the list (for ``purpose``), who has to be reached
        otherwise, and who was left out for data protection."""
        with_email: list[tuple[str, str]] = []
        without: list[tuple[str, str, str]] = []
        ids, left_out, purpose_name = self._allowed(self._people.list_ids(flt, sort), purpose)
        with_ids: list[int] = []
        for r in person_records(self._uow, ids):
            name = display_name(r.title, r.first_name, r.last_name)
            if r.email.strip():
                with_email.append((name, r.email.strip()))
                with_ids.append(r.id)
            else:
                without.append((name, r.organisation or "", r.phone or r.mobile))
        return Recipients(with_email, without, with_ids, left_out, purpose_name)

    # -- writing -------------------------------------------------------------------------
    # Bulk rows, no cycles; no full collector passes, no stall when done (see paused_gc)
    @paused_gc()
    def export(
        self,
        kind: str,
        flt: PersonFilter | OrganisationFilter | int | None = None,
        sort: Sort = Sort(),
        columns: list[str] | None = None,
        path: str | os.PathLike[str] | None = None,
        fmt: str | None = None,
        mail_merge: bool = False,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        title: str | None = None,
        purpose: str | int | None = None,
    ) -> ExportResult:
        """Export a list to ``path``. ``kind``: people, organisations, relations (``flt``
        an OrganisationFilter) or verteiler (``flt`` the list id). ``fmt``: xlsx, csv,
        vcf (people: one file) or vcf-zip (one file per person); default from the
        ending. ``title`` names the sheet and the export (default: the kind's name).
        ``purpose`` (name or id): only people who may be contacted for it (a
        Verteiler's own purpose applies without one); ``left_out`` of the result.
        Raises ExportCancelled when ``cancel()`` said so (no file is left)."""
        if path is None:
            raise ServiceError(_("Bitte eine Zieldatei angeben."))
        target = Path(path)
        fmt = format_for(target, fmt)
        if kind not in KINDS:
            raise ServiceError(
                _("Unbekannte Liste „{kind}“ ({kinds}).").format(kind=kind, kinds=", ".join(KINDS))
            )
        if fmt.startswith("vcf"):
            return self._export_vcards(kind, flt, sort, target, fmt, progress, cancel, purpose)
        table = self.table(kind, flt, sort, columns, mail_merge, purpose)
        if title:
            table.title = table.sheet_name = title
        if fmt == "csv":
            from wba_desktop.exchange.csv_export import write_csv

            rows = write_csv(table, target, progress, cancel)
        else:
            from wba_desktop.exchange.xlsx_export import write_xlsx

            info = [("Inhalt", table.description)]
            if kind != "relations":
                info.append(("Sortierung", self._describe_sort(table, sort)))
            info.append(("Serienbrieffelder", _("ja") if mail_merge else _("nein")))
            if table.left_out:
                info.append(("Datenschutz", describe_left_out(table.left_out, table.purpose)))
            rows = write_xlsx(
                [table], target, title=table.title, info=info, progress=progress, cancel=cancel
            )[0]
        log.info("exported %s rows of %s to %s", rows, kind, target)
        what = f"{table.title} ({fmt}{', Serienbrief' if mail_merge else ''}): {table.description}"
        record_disclosure(
            self._uow, EXPORT, what, file_recipient(target), table.purpose or "", table.person_ids
        )
        return ExportResult(target, rows, fmt, table.left_out, table.purpose)

    def table(
        self,
        kind: str,
        flt: PersonFilter | OrganisationFilter | int | None,
        sort: Sort = Sort(),
        columns: list[str] | None = None,
        mail_merge: bool = False,
        purpose: str | int | None = None,
    ) -> ExportTable:
        """The :class:`ExportTable` of one list kind (see ``export``)."""
        if kind == "people":
            flt = flt or PersonFilter()
            return self.people_table(flt, sort, columns, mail_merge, purpose=purpose)
        if kind == "verteiler":
            if not isinstance(flt, int):
                raise ServiceError(_("Verteiler-Export: bitte einen Verteiler wählen."))
            return self.verteiler_table(flt, mail_merge, sort, columns, purpose)
        if kind == "organisations":
            return self.organisations_table(flt or OrganisationFilter(), sort, columns, mail_merge)
        return self.relations_table(flt or OrganisationFilter())

    def _export_vcards(
        self, kind, flt, sort, target, fmt, progress, cancel, purpose=None
    ) -> ExportResult:
        from wba_desktop.exchange.vcard import write_vcf, write_vcf_zip

        if kind == "verteiler" and isinstance(flt, int):
            list_id = flt
            ids = self._people.list_ids(self._verteiler.person_filter(list_id), sort)
            members = self._verteiler.members(list_id, purpose, ids)
            ids, left_out, name = members.ids, members.left_out, members.purpose
        elif kind == "people":
            found = self._people.list_ids(flt or PersonFilter(), sort)
            ids, left_out, name = self._allowed(found, purpose)
        else:
            raise ServiceError(_("vCards gibt es nur für Personen und Verteiler."))
        writer = write_vcf if fmt == "vcf" else write_vcf_zip
        rows = writer(self._vcards(ids), target, progress, cancel, total=len(ids))
        what = "Outlook-Kontakte (vCard" + (", eine Datei je Person)" if fmt == "vcf-zip" else ")")
        record_disclosure(self._uow, EXPORT, what, file_recipient(target), name or "", ids)
        return ExportResult(target, rows, fmt, left_out, name)

    @staticmethod
    def _describe_sort(table: ExportTable, sort: Sort) -> str:
        headers = {c.key: c.header for c in PERSON_COLUMNS + ORGANISATION_COLUMNS}
        direction = "aufsteigend" if sort.ascending else "absteigend"
        column = next((c.header for c in table.columns if c.key == sort.key), None)
        return f"{column or headers.get(sort.key, sort.key)}, {direction}"
