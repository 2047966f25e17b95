"""The global search's full-text index: one folded text per record, kept in step with it.

One table per kind of record (``search_organisation``, ``search_person``,
``search_verbund``, ``search_event``) holds the record's id and its *index text*: the
folded keys (``wba_desktop.text.fold.search_key``) of everything the global search
matches, joined by spaces, so a query word (which holds no space) matches the text
exactly when it matches one of the fields:

* organisation: its stored ``search_key`` (name, short name, city, postcode, e-mail,
  sectors), its street, and the names of the topics it offers;
* person: its stored ``search_key`` (name, title, e-mail); only people the directory
  lists (no private inquirer, not anonymised: ``services/directory/visibility.py``),
  so the index alone counts the hits and an erased name leaves it at once;
* Verbund: name and short name; event: title, venue and city.

SQLite keeps the text in an FTS5 table with the ``trigram`` tokenizer (a quoted word
of three characters or more is a substring match through the index; the row id is the
record's id); PostgreSQL in a plain table with a ``pg_trgm`` GIN index that serves
``LIKE '%word%'``. Migration 0010 creates and fills them.

Kept in step: :func:`install` hooks a session factory (the unit of work's). After each
flush it notes which records changed a field the index holds (new, changed, deleted;
offers and topic renames count for their organisations); a bulk statement on such a
table notes its rows where the parameters name them, else the whole kind. Just before
the commit :func:`index_records` rewrites the noted entries in the same transaction.
Paths that write past the ORM (bulk inserts) call :func:`index_records` themselves;
a load or repair calls :func:`rebuild`. Hits are joined with their record table, so an
entry whose record is gone is never shown.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Iterable

from sqlalchemy import and_, column, delete, event, func, insert, inspect, select, table
from sqlalchemy.engine import Connection
from sqlalchemy.orm import ORMExecuteState, Session

from wba_desktop.db.bulk_insert import insert_rows
from wba_desktop.text.fold import search_key

log = logging.getLogger(__name__)

#: kind of record -> its index table
TABLES = {
    "organisation": "search_organisation",
    "person": "search_person",
    "verbund": "search_verbund",
    "event": "search_event",
}
#: the record columns whose change changes the index text, per record table
WATCHED = {
    "organisation": ("search_key", "street"),
    "person": ("search_key", "anonymised_on", "inquirer"),
    "verbund": ("name", "short_name"),
    "event": ("title", "venue", "city"),
}
_PENDING = "wba_search_pending"
#: execution option of an UPDATE or DELETE: the ids of the rows it changes, so that
#: only their entries are rewritten instead of the whole kind
ROWS_OPTION = "search_index_rows"
_EVERY = "*"  # the whole kind needs rebuilding
_CHUNK = 500
#: engines whose database has the index tables (asked once per engine)
_READY: weakref.WeakSet = weakref.WeakSet()

_org = table("organisation", column("id"), column("search_key"), column("street"), column("city"))
_person = table(
    "person", column("id"), column("search_key"), column("anonymised_on"), column("inquirer")
)
#: the people the directory lists (the rule of ``services/directory/visibility.py``)
_LISTED = and_(_person.c.anonymised_on.is_(None), _person.c.inquirer.is_(False))
_verbund = table("verbund", column("id"), column("name"), column("short_name"))
_event = table("event", column("id"), column("title"), column("venue"), column("city"))
_offer = table("organisation_offer", column("organisation_id"), column("topic_id"))
_topic = table("offer_topic", column("id"), column("name"))


#: the tables SQLite's FTS5 keeps for each index table
_SHADOW = ("_data", "_idx", "_content", "_docsize", "_config")


def owns_table(name: str | None, type_: str = "table", *_args) -> bool:
    """Whether ``name`` is an index table or one of its FTS5 shadow tables: they are
    made by migration 0010, not by the models (Alembic's ``include_name`` hook wants
    the negation; see :func:`include_name`)."""
    if type_ != "table" or not name:
        return False
    return any(name == t or name in {t + s for s in _SHADOW} for t in TABLES.values())


def include_name(name: str | None, type_: str, parent_names) -> bool:
    """Alembic's ``include_name``: compare everything but the search index with the
    models."""
    return not owns_table(name, type_)


def index_table(kind: str, dialect: str):
    """The index table of ``kind`` as a Core table with the columns ``id`` and ``key``
    (on SQLite ``id`` is the FTS5 table's ``rowid``)."""
    name = TABLES[kind]
    ident = "rowid" if dialect == "sqlite" else "id"
    t = table(name, column(ident), column("key"))
    return t, t.c[ident]


# -- the index text of records ------------------------------------------------------------


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _rows(conn: Connection, stmt, id_col, ids: list[int] | None):
    if ids is None:
        yield from conn.execute(stmt)
        return
    for part in _chunks(ids):
        yield from conn.execute(stmt.where(id_col.in_(part)))


def documents(conn: Connection, kind: str, ids: list[int] | None = None) -> list[tuple[int, str]]:
    """``(id, index text)`` of the records of ``kind`` (all when ``ids`` is None)."""
    if kind == "person":
        stmt = select(_person.c.id, _person.c.search_key).where(_LISTED)
        return [(i, k or "") for i, k in _rows(conn, stmt, _person.c.id, ids)]
    if kind == "verbund":
        stmt = select(_verbund.c.id, _verbund.c.name, _verbund.c.short_name)
        return [(i, search_key(n, s)) for i, n, s in _rows(conn, stmt, _verbund.c.id, ids)]
    if kind == "event":
        stmt = select(_event.c.id, _event.c.title, _event.c.venue, _event.c.city)
        rows = _rows(conn, stmt, _event.c.id, ids)
        return [(i, search_key(t, v, c)) for i, t, v, c in rows]
    if kind != "organisation":
        raise ValueError(f"unknown kind: {kind}")
    topic_keys = {tid: search_key(name) for tid, name in conn.execute(select(_topic))}
    offers: dict[int, set[str]] = {}
    stmt = select(_offer.c.organisation_id, _offer.c.topic_id)
    for oid, tid in _rows(conn, stmt, _offer.c.organisation_id, ids):
        if tid in topic_keys:
            offers.setdefault(oid, set()).add(topic_keys[tid])
    stmt = select(_org.c.id, _org.c.search_key, _org.c.street)
    out = []
    for oid, key, street in _rows(conn, stmt, _org.c.id, ids):
        parts = [key or "", search_key(street), *sorted(offers.get(oid, ()))]
        out.append((oid, " ".join(p for p in parts if p)))
    return out


def index_records(session: Session | Connection, kind: str, ids: Iterable[int]) -> int:
    """Bring the index entries of the records ``ids`` of ``kind`` in step with the
    tables (in the caller's transaction): entries of records that are gone are
    removed, the others written anew. For write paths past the ORM (bulk inserts);
    the unit of work does this by itself for what the session flushed. Returns the
    number of entries written."""
    conn = session.connection() if isinstance(session, Session) else session
    wanted = sorted({int(i) for i in ids})
    if not wanted:
        return 0
    if isinstance(session, Session):
        pending = session.info.get(_PENDING, {}).get(kind)
        if pending is not None and pending is not _EVERY:
            pending.difference_update(wanted)
    t, id_col = index_table(kind, conn.dialect.name)
    for part in _chunks(wanted):
        conn.execute(delete(t).where(id_col.in_(part)))
    docs = documents(conn, kind, wanted)
    if docs:  # an import indexes thousands: one executemany of plain tuples
        insert_rows(conn, t, [{id_col.name: i, "key": k} for i, k in docs])
    return len(docs)


def rebuild(conn: Session | Connection, kinds: Iterable[str] = tuple(TABLES)) -> dict[str, int]:
    """Write the index of ``kinds`` anew from the tables (a repair, a load, a bulk
    statement that named no rows). Returns the number of entries per kind."""
    if isinstance(conn, Session):
        conn = conn.connection()
    sqlite = conn.dialect.name == "sqlite"
    counts = {}
    for kind in kinds:
        t, id_col = index_table(kind, conn.dialect.name)
        conn.execute(delete(t))
        if kind == "person":  # the stored key is the whole text: one statement
            rows = select(_person.c.id, func.coalesce(_person.c.search_key, "")).where(_LISTED)
            conn.execute(insert(t).from_select([id_col.name, "key"], rows))
            counts[kind] = conn.execute(select(func.count()).select_from(t)).scalar()
        else:
            docs = documents(conn, kind)
            for start in range(0, len(docs), 5000):
                rows = [{id_col.name: i, "key": k} for i, k in docs[start : start + 5000]]
                conn.execute(insert(t), rows)
            counts[kind] = len(docs)
        if sqlite:  # one segment: faster queries, no deleted text left in old segments
            optimize(conn, kind)
    log.info("search index rebuilt: %s", counts)
    return counts


def optimize(conn: Connection, kind: str) -> None:
    """SQLite: merge the FTS5 segments of ``kind`` into one, which also drops the text
    of deleted and changed entries that older segments still hold (SQLite 3.40 has no
    ``secure-delete`` option for FTS5). Nothing to do on PostgreSQL (VACUUM is)."""
    if conn.dialect.name == "sqlite":
        name = TABLES[kind]
        conn.exec_driver_sql(f"INSERT INTO {name}({name}) VALUES ('optimize')")


def missing(conn: Connection) -> list[str]:
    """The index tables that do not exist (a database before migration 0010)."""
    if conn.engine in _READY:
        return []
    names = set(inspect(conn).get_table_names())
    absent = [t for t in TABLES.values() if t not in names]
    if not absent:
        _READY.add(conn.engine)
    return absent


# -- kept in step by the unit of work ------------------------------------------------------


def _pending(session: Session) -> dict[str, object]:
    return session.info.setdefault(_PENDING, {})


def _note(session: Session, kind: str, ids: Iterable[int] | None) -> None:
    pending = _pending(session)
    if ids is None:
        pending[kind] = _EVERY
        return
    have = pending.setdefault(kind, set())
    if have is not _EVERY:
        have.update(i for i in ids if isinstance(i, int))


def _changed(obj, names: tuple[str, ...]) -> bool:
    attrs = inspect(obj).attrs
    return any(attrs[n].history.has_changes() for n in names)


def _after_flush(session: Session, _context) -> None:
    topics: set[int] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        name = getattr(obj, "__tablename__", None)
        if name in WATCHED:
            if obj in session.dirty and not _changed(obj, WATCHED[name]):
                continue
            _note(session, name, [obj.id])
        elif name == "organisation_offer":
            _note(session, "organisation", [obj.organisation_id])
            old = inspect(obj).attrs["organisation_id"].history.deleted
            _note(session, "organisation", [i for i in old if i is not None])
        elif name == "offer_topic" and obj in session.deleted:
            _note(session, "organisation", None)  # its offers went with it (cascade)
        elif name == "offer_topic" and obj not in session.new and _changed(obj, ("name",)):
            topics.add(obj.id)
    if topics:  # a renamed topic: the organisations that offer it
        stmt = select(_offer.c.organisation_id).where(_offer.c.topic_id.in_(topics))
        _note(session, "organisation", session.connection().execute(stmt).scalars())


def _param_ids(state: ORMExecuteState, key: str) -> list[int] | None:
    params = state.parameters
    rows = params if isinstance(params, list) else [params] if params else []
    if not rows or not all(isinstance(r, dict) and r.get(key) is not None for r in rows):
        return None
    return [r[key] for r in rows]


def _on_execute(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    name = getattr(getattr(state.statement, "table", None), "name", None)
    if name in WATCHED:
        if state.is_update:
            values = getattr(state.statement, "_values", None) or {}
            set_names = {getattr(c, "key", getattr(c, "name", str(c))) for c in values}
            if values and not set_names & set(WATCHED[name]):
                return  # no field the index holds (e.g. a review date)
        ids = _param_ids(state, "id") if state.is_insert else None
        if ids is None:  # a statement on known rows may name them (the erasure's sweep)
            ids = state.execution_options.get(ROWS_OPTION)
        _note(session=state.session, kind=name, ids=ids)
    elif name == "organisation_offer":
        ids = _param_ids(state, "organisation_id") if state.is_insert else None
        _note(state.session, "organisation", ids)
    elif name == "offer_topic" and not state.is_insert:
        _note(state.session, "organisation", None)


def flush_pending(session: Session) -> None:
    """Write the noted entries (called just before the commit)."""
    session.flush()  # a commit without the unit of work's own flush first
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    conn = session.connection()
    if missing(conn):  # a database before migration 0010 (only in tests of migrations)
        return
    for kind, ids in pending.items():
        if ids is _EVERY:
            rebuild(conn, [kind])
        elif ids:
            index_records(conn, kind, ids)


def _forget(session: Session, *_args) -> None:
    session.info.pop(_PENDING, None)


def install(session_factory) -> None:
    """Keep the index in step for every session of ``session_factory``."""
    event.listen(session_factory, "after_flush", _after_flush)
    event.listen(session_factory, "do_orm_execute", _on_execute)
    event.listen(session_factory, "before_commit", flush_pending)
    event.listen(session_factory, "after_rollback", _forget)
