"""The audit log, written from the unit of work: who changed what, when, old and new.

Every flush of a unit of work looks at the new, changed and deleted records of the
audited tables (:data:`AUDITED`) and writes one ``audit_log`` row per record, in the
same transaction, with each field's old and new value (``changes``: JSON
``{"field": [old, new]}``; dates as ISO text, None as null). Derived columns (search and
sort keys, version, who saved last and when) are left out. A record a database rule
deletes along with another (``ON DELETE CASCADE``: the affiliations of a deleted
person) is logged as deleted too.

Statements that bypass the ORM's flush (multi-row inserts and updates, link tables)
write their rows explicitly: :func:`bulk` for rows of an audited table,
:func:`track_links` for the link tables that belong to a record (an event's
organisers, a Verbund's districts). The log rows themselves are written with a Core
insert on the session's connection, so neither the ORM nor the change recorder sees
them: writing the log is no change anyone else needs to hear about.

Who: the user name the unit-of-work factory carries (the name from the settings, else
the login name); on PostgreSQL also the database login (``current_user``, asked once),
on SQLite the operating system's login.

The app itself only ever INSERTs into ``audit_log``; DELETE and UPDATE happen only in
the retention pruning (``services.audit.prune``) and the erasure's rewrite of one
person's old values (:func:`wba_desktop.db.audit_scrub.scrub_person`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, event, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from wba_desktop.db.audit_labels import Labeller
from wba_desktop.db.stamps import login_name
from wba_desktop.models.base import Base, utcnow
from wba_desktop.models.privacy import AuditEntry

log = logging.getLogger(__name__)

#: the tables whose changes are logged -> the kind of record, as the filter names it
AUDITED: dict[str, str] = {
    "organisation": "Organisation",
    "person": "Person",
    "affiliation": "Zuordnung",
    "relation": "Beziehung",
    "consent": "Einwilligung",
    "consent_event": "Einwilligung",
    "activity": "Kontakt",
    "verbund": "Verbund",
    "verbund_member": "Verbund",
    "verbund_board_seat": "Verbund",
    "verbund_phase": "Verbund",
    "verbund_task": "Verbund",
    "event": "Veranstaltung",
    "invitation": "Einladung",
}

#: columns the app derives or stamps itself: no one's change, not logged
SKIPPED = frozenset(
    {
        "search_key",
        "sort_key",
        "dup_key",
        "version",
        "created_at",
        "updated_at",
        "updated_by",
        "status_changed_at",
        "recorded_at",
        "type_directed",
    }
)

#: the column naming whom a record is about (the person table: its own id)
PERSON_COLUMN = {
    "affiliation": "person_id",
    "consent": "person_id",
    "consent_event": "person_id",
    "activity": "person_id",
    "invitation": "person_id",
    "verbund_board_seat": "person_id",
    "verbund_member": "contact_person_id",
    "verbund_task": "responsible_id",
}

CREATED, CHANGED, DELETED = "angelegt", "geändert", "gelöscht"

_AUDITOR = "wba_auditor"
_CASCADED = "wba_audit_cascaded"
_INSERT = insert(AuditEntry.__table__)


def plain(value: Any) -> Any:
    """A value as JSON holds it: dates as ISO text, numbers, booleans, text, None."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    return str(value)


def dumps(changes: Mapping[str, Any]) -> str:
    """``changes`` as stored: UTF-8 text as it is (an erasure must find it)."""
    return json.dumps(changes, ensure_ascii=False, separators=(",", ":"))


class Auditor:
    """The audit log of one unit-of-work factory. ``enabled = False`` stops it (the
    benchmark's peer); ``user_name()`` gives the name to record."""

    def __init__(self, user_name) -> None:
        self.enabled = True
        self.user_name = user_name
        self._db_user: str | None = None

    def db_user(self, session: Session) -> str:
        """The database login on PostgreSQL (asked once), the OS login on SQLite."""
        if self._db_user is None:
            conn = session.connection()
            if conn.dialect.name == "postgresql":
                self._db_user = str(conn.exec_driver_sql("SELECT current_user").scalar() or "")
            else:
                self._db_user = login_name()
        return self._db_user

    def who(self, session: Session) -> tuple[str, str]:
        return (self.user_name() or "")[:100], self.db_user(session)[:100]

    # -- the flush -------------------------------------------------------------------
    def before_flush(self, session: Session, _ctx, _instances) -> None:
        """Read the rows a database rule will delete with the deleted records."""
        if not self.enabled or not session.deleted:
            return
        by_table: dict[str, list[int]] = {}
        for obj in session.deleted:
            table = _table_of(obj)
            if table is not None:
                by_table.setdefault(table, []).append(obj.id)
        found = cascaded_rows(session, by_table)
        if found:
            session.info.setdefault(_CASCADED, []).extend(found)

    def after_flush(self, session: Session, _ctx) -> None:
        if not self.enabled:
            session.info.pop(_CASCADED, None)
            return
        entries: list[dict[str, Any]] = []
        seen: set[tuple[str, int]] = set()
        for obj in session.new:
            table = _table_of(obj)
            if table is not None:
                changes = _values(obj, new=True)
                entries.append(_entry(table, obj.id, CREATED, changes, _state_values(obj)))
        for obj in session.dirty:
            table = _table_of(obj)
            if table is not None:
                changes = _changed(obj)
                if changes:
                    entries.append(_entry(table, obj.id, CHANGED, changes, _state_values(obj)))
        for obj in session.deleted:
            table = _table_of(obj)
            if table is not None:
                seen.add((table, obj.id))
                changes = _values(obj, new=False)
                entries.append(_entry(table, obj.id, DELETED, changes, _state_values(obj)))
        for table, row in session.info.pop(_CASCADED, ()):
            if (table, row["id"]) not in seen:
                seen.add((table, row["id"]))
                changes = {k: [plain(v), None] for k, v in row.items() if _kept(k, v)}
                entries.append(_entry(table, row["id"], DELETED, changes, row))
        if entries:
            self.write(session, entries, _flushed_objects(session))

    def write(self, session: Session, entries: list[dict[str, Any]], known=()) -> None:
        """Insert ``entries`` (from :func:`_entry`) with who, when and their labels."""
        user, db_user = self.who(session)
        now = utcnow()
        labeller = Labeller(session.connection(), known)
        for e in entries:
            labeller.want(e["table_name"], e.pop("_values"))
        rows = []
        for e in entries:
            e["record_label"] = labeller.label(e["table_name"], e["row_id"])[:200]
            e.update(changed_at=now, user_name=user, db_user=db_user)
            rows.append(e)
        session.connection().execute(_INSERT, rows)


def _table_of(obj: object) -> str | None:
    table = getattr(obj, "__tablename__", None)
    return table if table in AUDITED else None


def _kept(key: str, value: Any) -> bool:
    return key not in SKIPPED and value is not None and value != ""


def _entry(
    table: str, row_id: int | None, action: str, changes: dict, values: Mapping | None = None
) -> dict[str, Any]:
    """One log row without who/when/label; ``values`` (the record's values) give its
    label and whom it is about."""
    values = values or {}
    person_key = "id" if table == "person" else PERSON_COLUMN.get(table)
    person = values.get(person_key) if person_key else None
    if table == "person":
        person = row_id
    elif person is None and person_key and person_key in changes:
        old, new = changes[person_key]
        person = new if new is not None else old
    return {
        "table_name": table,
        "row_id": row_id,
        "action": action,
        "person_id": person if isinstance(person, int) else None,
        "changes": dumps(changes),
        "_values": {**values, "id": row_id},
    }


def _columns(mapper) -> list[tuple[str, str]]:
    """(attribute key, column name) of the mapped columns worth logging."""
    cached = _COLUMNS.get(mapper)
    if cached is None:
        cached = []
        for prop in mapper.column_attrs:
            name = prop.columns[0].name
            if name not in SKIPPED and name != "id":
                cached.append((prop.key, name))
        _COLUMNS[mapper] = cached
    return cached


_COLUMNS: dict[Any, list[tuple[str, str]]] = {}
_LINKS: dict[Any, list[str]] = {}


def _link_keys(mapper) -> list[str]:
    """The many-to-many collections of a record (tags, organisers): logged as a field."""
    cached = _LINKS.get(mapper)
    if cached is None:
        cached = _LINKS[mapper] = [r.key for r in mapper.relationships if r.secondary is not None]
    return cached


def _names(objects: Iterable[Any]) -> list[str]:
    return sorted(str(getattr(o, "name", o)) for o in objects)


def _values(obj: Any, *, new: bool) -> dict[str, list]:
    state = inspect(obj)
    d = state.dict
    out: dict[str, list] = {}
    for key, name in _columns(state.mapper):
        value = d.get(key)
        if value is not None and value != "":
            out[name] = [None, plain(value)] if new else [plain(value), None]
    for key in _link_keys(state.mapper):
        items = d.get(key)
        if items:
            out[key] = [None, _names(items)] if new else [_names(items), None]
    return out


def _state_values(obj: Any) -> dict[str, Any]:
    state = inspect(obj)
    return {name: state.dict.get(key) for key, name in _columns(state.mapper)}


def _changed(obj: Any) -> dict[str, list]:
    """{column: [old, new]} of the attributes changed since the record was loaded."""
    state = inspect(obj)
    touched = state.committed_state
    if not touched:
        return {}
    out: dict[str, list] = {}
    for key, name in _columns(state.mapper):
        if key not in touched:
            continue
        hist = state.attrs[key].history
        if not hist.added and not hist.deleted:
            continue  # set to the value it had
        old = plain(hist.deleted[0]) if hist.deleted else None
        new = plain(hist.added[0]) if hist.added else None
        if old != new:
            out[name] = [old, new]
    for key in _link_keys(state.mapper):
        if key in touched:
            hist = state.attrs[key].history
            old = _names([*hist.unchanged, *hist.deleted])
            new = _names([*hist.unchanged, *hist.added])
            if old != new:
                out[key] = [old, new]
    return out


def _flushed_objects(session: Session) -> list[Any]:
    return [*session.new, *session.dirty, *session.deleted]


def cascaded_rows(session: Session, by_table: Mapping[str, Sequence[int]]) -> list[tuple]:
    """(table, row) of the audited rows ``ON DELETE CASCADE`` removes with the rows
    ``by_table`` names (one level: what the app's tables need)."""
    if not by_table:
        return []
    found: list[tuple[str, dict]] = []
    conn = session.connection()
    for name in AUDITED:
        table = Base.metadata.tables.get(name)
        if table is None:
            continue
        for fk in table.foreign_keys:
            ids = by_table.get(fk.column.table.name)
            if not ids or (fk.ondelete or "").upper() != "CASCADE":
                continue
            for part in _chunks(list(ids)):
                for row in conn.execute(select(table).where(fk.parent.in_(part))).mappings():
                    found.append((name, dict(row)))
    return found


def _chunks(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


# -- explicit rows for statements past the flush ---------------------------------------


def auditor_of(session: Session) -> Auditor | None:
    auditor = session.info.get(_AUDITOR)
    return auditor if isinstance(auditor, Auditor) and auditor.enabled else None


def bulk(
    session: Session,
    table: str | Table,
    action: str,
    ids: Iterable[int],
    changes: Mapping[str, Sequence[Any]] | None = None,
) -> int:
    """Log a statement that bypassed the flush, one row per id of ``table``.

    ``action`` "angelegt": call after the insert; "gelöscht": call *before* the delete
    (the rows' values are read as the old values); "geändert": ``changes`` is
    ``{column: [old, new]}``, the same for every row (call before or after). Without
    ``changes`` the rows' stored values are logged. Returns the rows written."""
    auditor = auditor_of(session)
    name = table if isinstance(table, str) else table.name
    ids = list(dict.fromkeys(ids))
    if auditor is None or not ids or name not in AUDITED:
        return 0
    session.flush()
    t = Base.metadata.tables[name]
    rows: dict[int, dict] = {}
    for part in _chunks(ids):
        for row in session.connection().execute(select(t).where(t.c.id.in_(part))).mappings():
            rows[row["id"]] = dict(row)
    entries = []
    for row_id in ids:
        row = rows.get(row_id, {})
        if changes is not None:
            logged = {k: [plain(v) for v in pair] for k, pair in changes.items()}
        elif action == DELETED:
            logged = {k: [plain(v), None] for k, v in row.items() if _kept(k, v) and k != "id"}
        else:
            logged = {k: [None, plain(v)] for k, v in row.items() if _kept(k, v) and k != "id"}
        entries.append(_entry(name, row_id, action, logged, row))
    auditor.write(session, entries)
    return len(entries)


def linked_names(session: Session, link: Table, owner_id: int) -> list[str]:
    """The names of what ``link`` ties to the record ``owner_id`` (sorted)."""
    owner_fk, other_fk = _link_columns(link)
    other = other_fk.column.table
    label = other.c.get("name")
    if label is None:
        label = other.c.id
    stmt = select(label).join(link, other_fk.parent == other.c.id).where(owner_fk.parent == owner_id)
    return sorted(str(v) for v in session.connection().execute(stmt).scalars())


def _link_columns(link: Table):
    fks = sorted(link.foreign_keys, key=lambda fk: fk.parent.name)
    by_pos = {fk.parent.name: fk for fk in fks}
    first = list(link.c)[0].name  # the owner comes first in every link table
    owner = by_pos[first]
    other = next(fk for fk in fks if fk is not owner)
    return owner, other


@contextmanager
def track_links(
    session: Session, owner: str, owner_id: int, links: Mapping[str, Table]
) -> Iterator[None]:
    """Log a change of the link tables ``links`` ({field: table}) of one record as a
    change of that record: ``with track_links(s, "event", id, {"organisers": t}): …``."""
    if auditor_of(session) is None:
        yield
        return
    before = {field: linked_names(session, t, owner_id) for field, t in links.items()}
    yield
    changes = {}
    for field, t in links.items():
        after = linked_names(session, t, owner_id)
        if after != before[field]:
            changes[field] = [before[field], after]
    if changes:
        bulk(session, owner, CHANGED, [owner_id], changes)


def install(sessions: sessionmaker, user_name) -> Auditor:
    """Log every flush of ``sessions``; ``user_name()`` names who saves."""
    auditor = Auditor(user_name)
    sessions.configure(info={_AUDITOR: auditor})
    event.listen(sessions, "before_flush", auditor.before_flush)
    event.listen(sessions, "after_flush", auditor.after_flush)
    return auditor
