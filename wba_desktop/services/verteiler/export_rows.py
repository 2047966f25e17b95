"""The columns of the list exports and how their rows are filled: people are read
with one Core query per ``CHUNK_SIZE`` ids, in the order of the ids, and shaped into
cells (and mail-merge fields) on the fly, so a large list streams into the file
without being held twice. Used by ``ExportService`` in ``exports``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import Row, and_, select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import ServiceError
from wba_desktop.exchange import mailmerge
from wba_desktop.exchange.table import ExportColumn, columns
from wba_desktop.exchange.table import local_time as _local
from wba_desktop.i18n import _
from wba_desktop.models import Affiliation, Organisation, Person, Region

if TYPE_CHECKING:
    from wba_desktop.services.directory.organisations import OrganisationRow

#: Ids fetched per query while streaming rows.
CHUNK_SIZE = 2000

#: Keys as in the list models (PersonTableModel etc.), headers as the lists show them.
PERSON_COLUMNS = columns(
    "name:Name, salutation:Anrede, title:Titel, first_name:Vorname, last_name:Nachname, "
    "organisation:Organisation, department:Abteilung, function:Funktion, email:E-Mail, "
    "phone:Telefon, mobile:Mobil, street:Straße, postcode:PLZ, city:Ort, "
    "region_name:Landkreis, wba_region:WBA-Region, active:Status, updated_at:Geändert:datetime"
)
ORGANISATION_COLUMNS = columns(
    "name:Name, short_name:Kurzname, type_name:Art, region_name:Landkreis, "
    "wba_region:WBA-Region, coverage:Zuständigkeit, postcode:PLZ, city:Ort, street:Straße, "
    "email:E-Mail, "
    "phone:Telefon, website:Website, sectors:Branchen, tags:Schlagwörter, size_class:Größe, "
    "influence:Einfluss:int, interest:Interesse:int, stance:Haltung, people:Personen:int, "
    "relations:Beziehungen:int, offers:Leistungen, offer_groups:Zielgruppen, active:Status, "
    "updated_at:Geändert:datetime"
)
RELATION_COLUMNS = columns(
    "source:Von, label:Beziehung, target:Zu, type:Art, strength:Stärke:int, "
    "valid_from:Gültig von:date, valid_until:Gültig bis:date, note:Notiz"
)
MAIL_MERGE_COLUMNS = [ExportColumn(f"mm{i}", h) for i, h in enumerate(mailmerge.HEADERS)]
#: The few columns of a list that fit a printed page readably (export dialog's choice
#: „Für den Druck“), per kind of list.
PRINT_COLUMNS = {
    "people": ["name", "organisation", "function", "email", "phone"],
    "organisations": ["name", "type_name", "city", "email", "phone"],
}

PERSON_KEYS = [c.key for c in PERSON_COLUMNS]
PERSON_FIELDS = (
    Person.id,
    Person.salutation,
    Person.title,
    Person.first_name,
    Person.last_name,
    Organisation.name.label("organisation"),
    Affiliation.department,
    Affiliation.function,
    Person.email,
    Person.phone,
    Person.mobile,
    Organisation.street,
    Organisation.postcode,
    Organisation.city,
    Region.name.label("region_name"),
    Region.wba_region,
    Person.active,
    Person.updated_at,
)
#: Fields of organisation, affiliation and region: None when a person has none.
OUTER_JOINED = (5, 6, 7, 11, 12, 13, 14, 15)


def chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    """``ids`` in slices of ``CHUNK_SIZE`` (read when called, so tests can lower it)."""
    size = CHUNK_SIZE
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def pick_columns(
    columns: list[ExportColumn], keys: list[str] | None, kind: str
) -> list[ExportColumn]:
    if keys is None:
        return list(columns)
    if not keys:
        raise ServiceError(_("Bitte mindestens eine Spalte für den Export wählen."))
    known = {c.key: c for c in columns}
    unknown = [k for k in keys if k not in known]
    if unknown:
        raise ServiceError(
            _("Unbekannte Spalte(n) für {kind}: {unknown}").format(
                kind=kind, unknown=", ".join(unknown)
            )
        )
    return [known[k] for k in keys]


def person_records(uow_factory: UnitOfWorkFactory, ids: Sequence[int]) -> Iterator[Row]:
    """Rows of ``PERSON_FIELDS`` in the order of ``ids``; one query per chunk."""
    stmt = (
        select(*PERSON_FIELDS)
        .select_from(Person)
        .outerjoin(
            Affiliation,
            and_(Affiliation.person_id == Person.id, Affiliation.is_primary.is_(True)),
        )
        .outerjoin(Organisation, Organisation.id == Affiliation.organisation_id)
        .outerjoin(Region, Region.id == Organisation.region_id)
    )
    for chunk in chunks(ids):
        with uow_factory() as uow:
            found = {}
            for rec in uow.session.connection().execute(stmt.where(Person.id.in_(chunk))):
                found.setdefault(rec[0], rec)
        for pid in chunk:
            rec = found.get(pid)
            if rec is not None:
                yield rec


def person_rows(
    records: Iterable[Row], columns: list[ExportColumn], mail_merge: bool
) -> Iterator[list]:
    """The cells of ``columns`` (and the mail-merge fields) of each person record."""
    index = [PERSON_KEYS.index(c.key) for c in columns]
    wants_time = "updated_at" in (c.key for c in columns)
    for rec in records:
        full = list(rec)  # laid out like PERSON_COLUMNS once the id becomes the name
        sal, title, first, last = rec[1:5]
        full[0] = f"{last}, {first}" if first else last
        for i in OUTER_JOINED:
            if full[i] is None:
                full[i] = ""
        full[16] = "aktiv" if rec[16] else "inaktiv"
        if wants_time:
            full[17] = _local(rec[17])
        row = [full[i] for i in index]
        if mail_merge:
            row += mailmerge.mail_merge_fields(
                full[5], full[6], sal, title, first, last, *full[11:14]
            )
        yield row


def organisation_rows(
    rows: Iterable[OrganisationRow], columns: list[ExportColumn], mail_merge: bool
) -> Iterator[list]:
    """The cells of ``columns`` (and the mail-merge fields) of each organisation row."""
    keys = [c.key for c in columns]
    for o in rows:
        row = [getattr(o, k) for k in keys]
        for i, k in enumerate(keys):
            if k == "active":
                row[i] = "aktiv" if o.active else "inaktiv"
            elif k == "updated_at":
                row[i] = _local(o.updated_at)
        if mail_merge:
            row += mailmerge.mail_merge_fields(
                o.name, street=o.street, postcode=o.postcode, city=o.city
            )
        yield row
