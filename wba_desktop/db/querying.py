"""Small query building blocks shared by the list services."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sqlalchemy import and_, or_
from sqlalchemy.sql import ColumnElement

from wba_desktop.text.fold import search_key


def text_filter(column: ColumnElement, text: str) -> ColumnElement | None:
    """Every word of ``text`` must occur in the folded ``column`` (AND of LIKEs)."""
    terms = [t for t in search_key(text).split(" ") if t]
    if not terms:
        return None
    clauses = [column.like(f"%{_escape(t)}%", escape="\\") for t in terms]
    return and_(*clauses)


def current_on(valid_from, valid_until, day: date) -> ColumnElement:
    """A period (open ends allowed) that includes ``day``: the one rule for "current"
    affiliations, memberships and seats."""
    return and_(
        or_(valid_from.is_(None), valid_from <= day),
        or_(valid_until.is_(None), valid_until >= day),
    )


def _escape(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def escape_like(term: str) -> str:
    """``term`` for a ``LIKE`` pattern with ``escape="\\\\"``: wildcards taken literally."""
    return _escape(term)


def plain_rows(session, stmt) -> Iterator[tuple]:
    """The rows of ``stmt`` as the driver's plain tuples, streamed from its cursor: for
    100,000s of rows of plain columns (ids, texts), where SQLAlchemy's row objects cost
    more than the query itself. Only for statements whose values are constants of the
    code (they are written into the SQL), never a user's input; columns come as the
    driver gives them (no type processing)."""
    cursor = _plain_cursor(session, stmt)
    try:
        yield from cursor
    finally:
        cursor.close()


def plain_dict(session, stmt) -> dict:
    """``{first column: second column}`` of a two-column ``stmt``, built by ``dict``
    straight from the driver's cursor (no Python step per row); of rows with the same
    key the last one counts. The same restriction as :func:`plain_rows`: no user input."""
    cursor = _plain_cursor(session, stmt)
    try:
        return dict(cursor)
    finally:
        cursor.close()


def _plain_cursor(session, stmt):
    conn = session.connection()
    sql = str(stmt.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql)
    except BaseException:
        cursor.close()
        raise
    return cursor
