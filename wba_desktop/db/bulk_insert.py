"""Many rows into one table at once, for the few write paths that insert thousands of
rows in one go (the import's new records and their audit and history rows).

SQLAlchemy's Core ``executemany`` builds and processes every row's parameters
through the compiled statement, which on SQLite costs more than SQLite's own insert.
:func:`insert_rows` therefore hands SQLite the rows as tuples, each value passed
through its column type's bind processor first (what Core does: dates and times as
SQLAlchemy's SQLite text format), so the stored values are the same. Other databases
get the Core ``executemany`` (``insertmanyvalues`` batches it there).

It runs on the connection, past the session: the caller notes what it wrote (the
unit of work's change notices, the search index, the audit log) itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import TableClause, insert
from sqlalchemy.engine import Connection

_MISSING = object()


def insert_rows(conn: Connection, table: TableClause, rows: Sequence[Mapping[str, Any]]) -> int:
    """Insert ``rows`` (mappings with the same keys, column names) into ``table``;
    returns how many."""
    if not rows:
        return 0
    dialect = conn.dialect
    if dialect.name != "sqlite":
        conn.execute(insert(table), list(rows))
        return len(rows)
    keys = list(rows[0])
    procs = [table.c[k].type.dialect_impl(dialect).bind_processor(dialect) for k in keys]
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(k) for k in keys)}) "
        f"VALUES ({', '.join('?' for _ in keys)})"
    )
    if len(keys) > 1:
        params = [list(values) for values in map(itemgetter(*keys), rows)]
    else:
        params = [[r[keys[0]]] for r in rows]
    for i, proc in enumerate(procs):
        if proc is not None:  # dates and times: many rows share one value (the stamps)
            done: dict[Any, Any] = {}
            for values in params:  # in place: rebuilding each row costs more than SQLite
                value = values[i]
                try:
                    out = done.get(value, _MISSING)
                    if out is _MISSING:
                        out = done[value] = proc(value)
                except TypeError:  # an unhashable value (JSON): processed each time
                    out = proc(value)
                values[i] = out
    conn.exec_driver_sql(sql, list(map(tuple, params)))  # SQLAlchemy takes tuples
    return len(rows)
