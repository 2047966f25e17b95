"""The peer of a bulk write: the very rows it inserted, sent again with raw ``sqlite3``.

``marks(db)`` notes the highest row id of every table before the write;
``inserted(db, marks)`` reads back every row above the mark afterwards (records,
links, audit and history rows, search index entries: all the write inserted, none
of what it updated); ``replay(copy, rows)`` inserts them into an untouched copy of
the database with one ``executemany`` per table in one transaction, foreign keys
checked, and returns the seconds including the commit. So ``ours / replay`` is the
price of everything the write does besides SQLite's own inserts.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

#: the tables FTS5 keeps for each full-text table (written by FTS5 itself)
_SHADOW = ("_data", "_idx", "_content", "_docsize", "_config")

Rows = dict[str, tuple[list[str], list[tuple]]]


def _tables(conn: sqlite3.Connection) -> tuple[list[str], set[str]]:
    """Ordinary tables, the ones others refer to first (the models' dependency order),
    and the full-text tables."""
    from wba_desktop.models.base import Base

    found = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    fts = {name for name, sql in found if "VIRTUAL TABLE" in (sql or "").upper()}
    shadows = {f + s for f in fts for s in _SHADOW}
    order = {t.name: n for n, t in enumerate(Base.metadata.sorted_tables)}
    plain = [name for name, _sql in found if name not in fts and name not in shadows]
    plain.sort(key=lambda name: (order.get(name, len(order)), name))
    return plain, fts


def marks(db: Path) -> dict[str, int]:
    """The highest row id of every table (0 for an empty one)."""
    conn = sqlite3.connect(db)
    try:
        plain, fts = _tables(conn)
        return {
            t: conn.execute(f'SELECT coalesce(max(rowid), 0) FROM "{t}"').fetchone()[0]
            for t in (*plain, *fts)
        }
    finally:
        conn.close()


def inserted(db: Path, before: dict[str, int]) -> Rows:
    """Per table: column names and the rows above ``before``'s mark, in table order."""
    conn = sqlite3.connect(db)
    try:
        plain, fts = _tables(conn)
        out: Rows = {}
        for t in (*plain, *sorted(fts)):
            cols = ["rowid", "key"] if t in fts else None
            select = "rowid, key" if t in fts else "*"
            cur = conn.execute(
                f'SELECT {select} FROM "{t}" WHERE rowid > ? ORDER BY rowid', (before.get(t, 0),)
            )
            rows = cur.fetchall()
            if rows:
                out[t] = (cols or [d[0] for d in cur.description], rows)
        return out
    finally:
        conn.close()


def replay(db: Path, rows: Rows) -> float:
    """Seconds to insert ``rows`` into ``db`` (one transaction, foreign keys on)."""
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")  # as the app's connections
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        for table, (cols, values) in rows.items():
            names = ", ".join(f'"{c}"' if c != "rowid" else c for c in cols)
            marks_ = ", ".join("?" for _ in cols)
            conn.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks_})', values)
        conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()


def count(rows: Rows) -> int:
    return sum(len(values) for _cols, values in rows.values())
