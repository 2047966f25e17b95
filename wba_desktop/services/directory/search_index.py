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

from functools import lru_cache

from sqlalchemy import bindparam, literal_column, select

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
    "hit_params",
    "hit_select",
    "hit_subquery",
    "shape",
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


def shape(kind: str, terms: list[str], dialect: str) -> tuple[str, str, int, int]:
    """What the index query of ``terms`` looks like, for statement caches: kind,
    dialect, the number of long and of short words (the words go in as parameters)."""
    n_long = sum(1 for w in terms if len(w) >= MIN_INDEXED)
    return kind, dialect, n_long, len(terms) - n_long


@lru_cache(maxsize=128)
def hit_subquery(kind: str, dialect: str, n_long: int, n_short: int):
    """The subquery (column ``id``) of the records whose index text holds every word,
    built once per :func:`shape` with the words as bound parameters (see
    :func:`hit_params`): building SQLAlchemy expressions costs more than the query."""
    return hit_select(kind, dialect, n_long, n_short).subquery(f"hit_{kind}")


@lru_cache(maxsize=128)
def hit_select(kind: str, dialect: str, n_long: int, n_short: int):
    """The SELECT of :func:`hit_subquery`, for use as a common table expression."""
    t, id_col = index_table(kind, dialect)
    stmt = select(id_col.label("id"))
    if dialect == "sqlite":
        stmt = stmt.where(literal_column(TABLES[kind]).op("MATCH")(bindparam(f"{kind}_q")))
    else:  # pg_trgm serves LIKE '%word%' from its GIN index
        stmt = stmt.where(
            *(t.c.key.like(bindparam(f"{kind}_l{i}"), escape="\\") for i in range(n_long))
        )
    return stmt.where(
        *(t.c.key.like(bindparam(f"{kind}_s{i}"), escape="\\") for i in range(n_short))
    )


def hit_params(kind: str, terms: list[str], dialect: str) -> dict[str, str]:
    """The bound parameters of :func:`hit_subquery` for ``terms``."""
    long = [w for w in terms if len(w) >= MIN_INDEXED]
    short = [w for w in terms if len(w) < MIN_INDEXED]
    params = {f"{kind}_s{i}": f"%{escape_like(w)}%" for i, w in enumerate(short)}
    if dialect == "sqlite":
        params[f"{kind}_q"] = " ".join(_fts_phrase(w) for w in long)
    else:
        params.update({f"{kind}_l{i}": f"%{escape_like(w)}%" for i, w in enumerate(long)})
    return params


def matching(kind: str, terms: list[str], dialect: str):
    """A subquery with the column ``id``: the records of ``kind`` whose index text
    contains every word of ``terms`` (folded words, at least one of them ``usable``),
    and its parameters."""
    return hit_subquery(*shape(kind, terms, dialect)), hit_params(kind, terms, dialect)


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
