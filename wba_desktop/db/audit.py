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

import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Table, event, insert, select
from sqlalchemy.orm import Session, sessionmaker

from wba_desktop.db.audit_labels import Labeller
from wba_desktop.db.audit_values import (
    AUDITED,
    CHANGED,
    CREATED,
    DELETED,
    cascaded_rows,
    changed,
    chunks,
    dumps,
    entry,
    flushed_objects,
    kept,
    plain,
    state_values,
    table_of,
    values_of,
)
from wba_desktop.db.bulk_insert import insert_rows
from wba_desktop.db.stamps import login_name
from wba_desktop.models.base import Base, utcnow
from wba_desktop.models.privacy import AuditEntry

__all__ = [
    "AUDITED",
    "CHANGED",
    "CREATED",
    "DELETED",
    "Auditor",
    "bulk",
    "dumps",
    "install",
    "linked_names",
    "pause",
    "plain",
    "track_links",
]

log = logging.getLogger(__name__)

_AUDITOR = "wba_auditor"
_CASCADED = "wba_audit_cascaded"
_PAUSED = "wba_audit_paused"
_INSERT = insert(AuditEntry.__table__)
#: from this many rows on, the log rows go through ``bulk_insert.insert_rows``
BULK_ROWS = 200


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
        if not self.enabled or not session.deleted or session.info.get(_PAUSED):
            return
        by_table: dict[str, list[int]] = {}
        for obj in session.deleted:
            table = table_of(obj)
            if table is not None:
                by_table.setdefault(table, []).append(obj.id)
        found = cascaded_rows(session, by_table)
        if found:
            session.info.setdefault(_CASCADED, []).extend(found)

    def after_flush(self, session: Session, _ctx) -> None:
        if not self.enabled or session.info.get(_PAUSED):
            session.info.pop(_CASCADED, None)
            return
        entries: list[dict[str, Any]] = []
        seen: set[tuple[str, int]] = set()
        for obj in session.new:
            table = table_of(obj)
            if table is not None:
                changes = values_of(obj, new=True)
                entries.append(entry(table, obj.id, CREATED, changes, state_values(obj)))
        for obj in session.dirty:
            table = table_of(obj)
            if table is not None:
                changes = changed(obj)
                if changes:
                    entries.append(entry(table, obj.id, CHANGED, changes, state_values(obj)))
        for obj in session.deleted:
            table = table_of(obj)
            if table is not None:
                seen.add((table, obj.id))
                changes = values_of(obj, new=False)
                entries.append(entry(table, obj.id, DELETED, changes, state_values(obj)))
        for table, row in session.info.pop(_CASCADED, ()):
            if (table, row["id"]) not in seen:
                seen.add((table, row["id"]))
                changes = {k: [plain(v), None] for k, v in row.items() if kept(k, v)}
                entries.append(entry(table, row["id"], DELETED, changes, row))
        if entries:
            self.write(session, entries, flushed_objects(session))

    def write(self, session: Session, entries: list[dict[str, Any]], known=()) -> None:
        """Insert ``entries`` (from :func:`entry`) with who, when and their labels."""
        user, db_user = self.who(session)
        now = utcnow()
        labeller = Labeller(session.connection(), known)
        for e in entries:
            labeller.want(e["table_name"], e.pop("values_of"))
        rows = []
        for e in entries:
            e["record_label"] = labeller.label(e["table_name"], e["row_id"])[:200]
            e.update(changed_at=now, user_name=user, db_user=db_user)
            rows.append(e)
        if len(rows) >= BULK_ROWS:  # the import's thousands of new records
            insert_rows(session.connection(), AuditEntry.__table__, rows)
        else:
            session.connection().execute(_INSERT, rows)


# -- explicit rows for statements past the flush ---------------------------------------


def auditor_of(session: Session) -> Auditor | None:
    auditor = session.info.get(_AUDITOR)
    if session.info.get(_PAUSED) or not isinstance(auditor, Auditor) or not auditor.enabled:
        return None
    return auditor


def pause(session: Session) -> None:
    """This session (one unit of work) writes no audit rows: for the demo data,
    invented records that are nobody's change."""
    session.info[_PAUSED] = True


def bulk(
    session: Session,
    table: str | Table,
    action: str,
    ids: Iterable[int],
    changes: Mapping[str, Sequence[Any]] | None = None,
    *,
    each: Mapping[int, Mapping[str, Sequence[Any]]] | None = None,
) -> int:
    """Log a statement that bypassed the flush, one row per id of ``table``.

    ``action`` "angelegt": call after the insert; "gelöscht": call *before* the delete
    (the rows' values are read as the old values); "geändert": ``changes`` is
    ``{column: [old, new]}``, the same for every row, or ``each[id]`` per row (call
    before or after). Without either the rows' stored values are logged. Returns the
    rows written."""
    auditor = auditor_of(session)
    name = table if isinstance(table, str) else table.name
    ids = list(dict.fromkeys(ids))
    if auditor is None or not ids or name not in AUDITED:
        return 0
    session.flush()
    t = Base.metadata.tables[name]
    rows: dict[int, dict] = {}
    for part in chunks(ids):
        for row in session.connection().execute(select(t).where(t.c.id.in_(part))).mappings():
            rows[row["id"]] = dict(row)
    entries = []
    for row_id in ids:
        row = rows.get(row_id, {})
        given = each.get(row_id) if each is not None else changes
        if given is not None:
            logged = {k: [plain(v) for v in pair] for k, pair in given.items()}
        elif action == DELETED:
            logged = {k: [plain(v), None] for k, v in row.items() if kept(k, v) and k != "id"}
        else:
            logged = {k: [None, plain(v)] for k, v in row.items() if kept(k, v) and k != "id"}
        entries.append(entry(name, row_id, action, logged, row))
    auditor.write(session, entries)
    return len(entries)


def linked_names(session: Session, link: Table, owner_id: int) -> list[str]:
    """The names of what ``link`` ties to the record ``owner_id`` (sorted)."""
    owner_fk, other_fk = _link_columns(link)
    other = other_fk.column.table
    label = other.c.get("name")
    if label is None:
        label = other.c.id
    stmt = (
        select(label).join(link, other_fk.parent == other.c.id).where(owner_fk.parent == owner_id)
    )
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
