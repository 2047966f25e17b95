"""The import's bulk write of the records it creates: Core ``executemany`` instead of
one ORM INSERT per row.

On SQLite the ORM sends one INSERT per new row (it must read each generated id
back). The :class:`~wba_desktop.services.importing.apply.Writer` therefore keeps the
organisations, people and affiliations it *creates* as :class:`NewRecord` /
:class:`NewLink` (plain objects with the same fields, tags as the ORM's ``Tag``
objects) and :func:`write` inserts them at the end, inside the import's single
transaction, doing by hand what the unit of work's flush hooks do for ORM objects:

* ids: allocated up front (SQLite: ``max(id) + 1``, read after taking the write lock;
  PostgreSQL: ``nextval`` of the table's sequence), in creation order as the ORM did;
* column defaults, stamps (``created_at``/``updated_at``/``updated_by``), version 1;
* the text guard (``db.guard.check_values``), same messages;
* one audit row per record with the values the flush logs (``db.audit``);
* the import history's "created" rows (``history.created_row``);
* change notices (``db.uow.note_rows``); the writer indexes the new records for the
  global search (``search_index.index_records``).

Updates of existing records stay on the ORM (their old values are tracked there).
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from wba_desktop.db import guard
from wba_desktop.db.audit import CREATED, auditor_of
from wba_desktop.db.audit_values import columns, entry, plain
from wba_desktop.db.bulk_insert import insert_rows
from wba_desktop.db.stamps import NAME_LIMIT
from wba_desktop.errors import ValidationError
from wba_desktop.models import Affiliation, Organisation, Person, Region
from wba_desktop.models.base import utcnow
from wba_desktop.models.directory import organisation_coverage, organisation_tag, person_tag
from wba_desktop.services.directory.organisation_rules import LINK_FIELDS
from wba_desktop.services.directory.reference import get_or_create_tags
from wba_desktop.text.fold import name_key, search_key, sort_key


class NewRecord:
    """An organisation or person the import creates: its form data (``data``), its
    tags as ``Tag`` objects, and its ``id`` once :func:`write` gave it one."""

    __slots__ = ("model", "data", "tags", "coverage", "data_source", "id")

    def __init__(self, model, data, session: Session, tags: dict) -> None:
        self.model = model
        self.data = None
        self.tags: list = []
        self.coverage: list[int] = []
        self.data_source = ""
        self.id: int | None = None
        self.apply(data, session, tags)

    def form(self):
        """The record as form data (what ``data_of`` gives of an ORM record)."""
        extra = {"coverage_region_ids": list(self.coverage)} if self.model is Organisation else {}
        return replace(self.data, tags=[t.name for t in self.tags], **extra)

    def apply(self, data, session: Session, tags: dict) -> None:
        """What ``apply_to`` does to an ORM record (the data is copied)."""
        self.data = _copy(data)
        if data.tags or self.tags:  # most imported rows have no keywords
            with session.no_autoflush:
                self.tags = get_or_create_tags(session, data.tags, tags)
        if self.model is Organisation:
            wanted = data.coverage_region_ids
            if wanted is not None and sorted(wanted) != sorted(self.coverage):
                self.coverage = sorted(wanted)


def _copy(data):
    """A copy of form data with its own tag list (``dataclasses.replace`` runs
    ``__init__`` and costs more than the rest of a new record)."""
    new = object.__new__(type(data))
    new.__dict__.update(data.__dict__)
    new.tags = list(data.tags)
    return new


def _columns_of(data_class, skip: tuple[str, ...]) -> tuple[str, ...]:
    found = _FIELDS.get((data_class, skip))
    if found is None:
        found = tuple(f.name for f in fields(data_class) if f.name not in skip)
        _FIELDS[(data_class, skip)] = found
    return found


_FIELDS: dict[tuple, tuple[str, ...]] = {}


class NewLink:
    """An affiliation the import creates (person and organisation: ORM or new)."""

    __slots__ = ("person", "organisation", "function", "department", "is_primary", "id")

    def __init__(self, person, organisation, function: str, department: str, primary: bool):
        self.person, self.organisation = person, organisation
        self.function, self.department = function, department
        self.is_primary = primary
        self.id: int | None = None


def allocate_ids(session: Session, table: str, n: int) -> list[int]:
    """``n`` fresh ids of ``table`` inside the current transaction."""
    if n <= 0:
        return []
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        stmt = text(
            f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, :n)"
        )
        return sorted(conn.execute(stmt, {"n": n}).scalars())
    # SQLite: take the write lock first (a write that matches no row), so no one else
    # can insert between reading the highest id and our insert
    conn.exec_driver_sql(f"DELETE FROM {table} WHERE id IS NULL")
    top = conn.execute(text(f"SELECT max(id) FROM {table}")).scalar() or 0
    return list(range(top + 1, top + 1 + n))


def _defaults(table) -> dict[str, Any]:
    """Column -> the value the ORM gives a new record that does not set it."""
    found: dict[str, Any] = {}
    for col in table.columns:
        if col.name == "id":
            continue
        default = col.default
        if default is None:
            found[col.name] = None
        elif default.is_scalar:
            found[col.name] = default.arg
    return found


def _org_row(rec: NewRecord, base: dict[str, Any]) -> dict[str, Any]:
    d = rec.data
    row = dict(base)
    values = d.__dict__
    for name in _columns_of(type(d), LINK_FIELDS):
        row[name] = values[name]
    row["search_key"] = search_key(d.name, d.short_name, d.city, d.postcode, d.email, d.sectors)
    row["sort_key"] = sort_key(d.name)
    row["dup_key"] = name_key(d.name)
    return row


def _person_row(rec: NewRecord, base: dict[str, Any]) -> dict[str, Any]:
    d = rec.data
    row = dict(base)
    values = d.__dict__
    for name in _columns_of(type(d), ("tags",)):
        row[name] = values[name]
    row["search_key"] = search_key(d.first_name, d.last_name, d.title, d.email)
    row["sort_key"] = sort_key(d.last_name, d.first_name)
    if rec.data_source:
        row["data_source"] = rec.data_source
    return row


def _audit_changes(names: list[str], row: dict[str, Any], links: dict) -> dict[str, list]:
    """What ``audit_values.values_of(obj, new=True)`` logs of a new record; ``names``:
    its logged columns (``audit_values.columns``)."""
    out: dict[str, list] = {}
    for name in names:
        value = row[name]
        if value is None or value == "" or value is False:
            continue
        out[name] = [None, value if type(value) in (str, int, bool) else plain(value)]
    for key, items in links.items():
        if items:
            out[key] = [None, sorted(items)]
    return out


def write(session: Session, orgs: list[NewRecord], people: list[NewRecord], links, user: str):
    """Insert the new records and links; returns the import-history objects in the
    order the ORM would have flushed them: (table, id, version, affiliation values)."""
    from sqlalchemy import inspect

    from wba_desktop.db.uow import note_rows

    session.flush()  # new tags (and updated records) first: the links need tag ids
    now, name = utcnow(), (user or "")[:NAME_LIMIT]
    stamps = {"created_at": now, "updated_at": now, "updated_by": name, "version": 1}
    audit_entries: list[dict[str, Any]] = []
    history: list[tuple[str, int, int | None, dict | None]] = []
    errors: dict[str, str] = {}
    plan = (
        (Organisation, orgs, _org_row, organisation_tag, "organisation_id"),
        (Person, people, _person_row, person_tag, "person_id"),
    )
    for model, records, make, tag_table, owner in plan:
        if not records:
            continue
        table = model.__table__
        base = {**_defaults(table), **stamps}
        mapper = inspect(model)
        logged = [name for _key, name in columns(mapper)]
        rows, tag_rows, cover_rows = [], [], []
        ids = allocate_ids(session, table.name, len(records))
        for rec, new_id in zip(records, ids, strict=True):
            rec.id = new_id
            row = make(rec, base)
            row["id"] = new_id
            guard.check_values(mapper, row, errors)
            rows.append(row)
            tag_rows += [{owner: new_id, "tag_id": t.id} for t in rec.tags]
            links_of = {"tags": [t.name for t in rec.tags]}
            if model is Organisation:
                cover_rows += [{"organisation_id": new_id, "region_id": r} for r in rec.coverage]
                links_of["coverage"] = [session.get(Region, r).name for r in rec.coverage]
            changes = _audit_changes(logged, row, links_of)
            audit_entries.append(entry(table.name, new_id, CREATED, changes, row))
            history.append((table.name, new_id, 1, None))
        if errors:
            raise ValidationError(errors)
        conn = session.connection()
        insert_rows(conn, table, rows)
        insert_rows(conn, tag_table, tag_rows)
        insert_rows(conn, organisation_coverage, cover_rows)
        note_rows(session, table.name, [r["id"] for r in rows])
    if links:
        table = Affiliation.__table__
        base = _defaults(table)
        mapper = inspect(Affiliation)
        logged = [name for _key, name in columns(mapper)]
        rows = []
        ids = allocate_ids(session, "affiliation", len(links))
        for link, new_id in zip(links, ids, strict=True):
            link.id = new_id
            row = {
                **base,
                "id": new_id,
                "person_id": link.person.id,
                "organisation_id": link.organisation.id,
                "function": link.function,
                "department": link.department,
                "is_primary": link.is_primary,
            }
            guard.check_values(mapper, row, errors)
            rows.append(row)
            audit_entries.append(
                entry("affiliation", new_id, CREATED, _audit_changes(logged, row, {}), row)
            )
            history.append(("affiliation", new_id, None, row))
        if errors:
            raise ValidationError(errors)
        insert_rows(session.connection(), table, rows)
        note_rows(session, "affiliation", [r["id"] for r in rows])
    auditor = auditor_of(session)
    if auditor is not None and audit_entries:
        auditor.write(session, audit_entries)
    return history
