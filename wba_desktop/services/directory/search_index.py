"""The global search's full-text index, as the services use it.

The index itself (its tables, the text of each record, keeping it in step at every
commit) is ``wba_desktop.db.search_index``; this module is the services' door to it:

* :func:`matching`: the ids of the records of a kind whose index text holds every
  query word, as a subquery the search joins with its record table;
* :func:`index_records`: for write paths past the ORM (bulk inserts of an import):
  bring the entries of the given records in step in the caller's transaction;
* :func:`rebuild`: write the whole index anew (the repair ``wba-desktop check
  --suchindex``).
"""

from __future__ import annotations

from sqlalchemy import literal_column, select

from wba_desktop.db.querying import escape_like
from wba_desktop.db.search_index import (
    TABLES,
    documents,
    index_records,
    index_table,
    optimize,
    rebuild,
)

__all__ = [
    "MIN_INDEXED",
    "TABLES",
    "index_problems",
    "index_records",
    "matching",
    "optimize",
    "rebuild",
    "rebuild_index",
    "usable",
]

#: the trigram index answers a word of at least this many characters
MIN_INDEXED = 3


def usable(terms: list[str]) -> bool:
    """Whether the index can answer the query (at least one word of three characters;
    shorter queries take the direct path over the record tables)."""
    return any(len(t) >= MIN_INDEXED for t in terms)


def _fts_phrase(term: str) -> str:
    """One FTS5 string literal: a trigram phrase, i.e. a substring match."""
    return '"' + term.replace('"', '""') + '"'


def matching(kind: str, terms: list[str], dialect: str):
    """A subquery with the column ``id``: the records of ``kind`` whose index text
    contains every word of ``terms`` (folded words, at least one of them ``usable``)."""
    t, id_col = index_table(kind, dialect)
    long = [w for w in terms if len(w) >= MIN_INDEXED]
    short = [w for w in terms if len(w) < MIN_INDEXED]
    stmt = select(id_col.label("id"))
    if dialect == "sqlite":
        query = " ".join(_fts_phrase(w) for w in long)
        stmt = stmt.where(literal_column(TABLES[kind]).op("MATCH")(query))
    else:  # pg_trgm serves LIKE '%word%' from its GIN index
        stmt = stmt.where(*(t.c.key.like(f"%{escape_like(w)}%", escape="\\") for w in long))
    stmt = stmt.where(*(t.c.key.like(f"%{escape_like(w)}%", escape="\\") for w in short))
    return stmt.subquery(f"hit_{kind}")


def rebuild_index(uow_factory) -> dict[str, int]:
    """The repair: write the whole index anew in one unit of work; entries per kind."""
    with uow_factory() as uow:
        counts = rebuild(uow.session)
        uow.commit()
    return counts


def index_problems(uow_factory) -> list[str]:
    """German lines for kinds whose index does not hold one entry per searchable
    record (empty when the index is in step)."""
    problems = []
    with uow_factory() as uow:
        conn = uow.session.connection()
        for kind, label in _LABELS.items():
            t, id_col = index_table(kind, conn.dialect.name)
            held = set(conn.execute(select(id_col)).scalars())
            wanted = {i for i, _key in documents(conn, kind)}
            if held != wanted:
                n = len(held ^ wanted)
                what = "Eintrag weicht" if n == 1 else "Einträge weichen"
                problems.append(
                    f"Suchindex „{label}“: {n} {what} ab; mit „wba-desktop check "
                    "--suchindex“ neu aufbauen"
                )
    return problems


_LABELS = {
    "organisation": "Organisationen",
    "person": "Personen",
    "verbund": "Verbünde",
    "event": "Veranstaltungen",
}
