"""Global search over organisations, people, Verbünde and events (Ctrl+K).

Case, accents and German spellings are folded on both sides (see ``wba_desktop.text.fold``), so
"koethen" finds "Köthen", "strasse" finds "Straße" and "mueller" finds "Müller". Every word of
the query must occur somewhere in the record (words are AND-ed, each may match another field).

Where the folding happens:

* organisations and people: the stored ``search_key`` column (name, short name, city, postcode,
  e-mail, sectors; for people name, title, e-mail), matched with ``LIKE`` in SQL;
* an organisation's street is not in its ``search_key``; it is folded in SQL by a chain of
  ``replace`` (ß, ä, ö, ü and their capitals) and ``lower`` that SQLite and PostgreSQL share
  (other accents in a street stay unfolded);
* the topics of an organisation's offers (``offer_topic``, a dozen rows) are folded in Python;
  the matching topic ids select the organisations through ``organisation_offer``;
* Verbünde and events have no search key: their few rows are read narrowly (id and the
  searched fields) and folded in Python.

A query with a word of three characters or more goes through the full-text index
(``search_index``: one folded text per record, FTS5 trigram on SQLite, ``pg_trgm`` on
PostgreSQL, kept in step at every commit), which holds exactly the fields listed above,
each folded in Python; its hits are joined with the record tables, which sort them and
keep hidden people hidden. Shorter queries take the direct path described above.

The people, the largest table, are searched on a second connection (the service's own
thread) while the other kinds are read: the database answers both at once, and SQLite
lets go of Python's lock while it searches. Each group reports its true count and only
its first ``limit`` hits, both from one statement per kind (on the index path for
SQLite: one evaluation of the full-text match counted and picked from, see
``search_statements``; elsewhere ``COUNT(*) OVER ()`` in the query that fetches).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass

from sqlalchemy import func, or_, select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.db.querying import text_filter
from wba_desktop.models import (
    Event,
    OfferTopic,
    Organisation,
    OrganisationOffer,
    OrganisationType,
    Person,
    Verbund,
)
from wba_desktop.services.directory import search_statements as st
from wba_desktop.services.directory.people import display_name
from wba_desktop.services.directory.search_index import hit_params, shape, usable
from wba_desktop.services.directory.visibility import listed_people
from wba_desktop.text import format as fmt
from wba_desktop.text.fold import search_key, sort_key

#: the kinds of record, in the order the groups are shown
KINDS = ("organisation", "person", "verbund", "event")
#: at most this many hits when one group is shown in full („alle anzeigen“)
ALL_LIMIT = 2000
#: the group searched on a second connection meanwhile: people, the largest table (the
#: database answers both at once; SQLite lets go of Python's lock while it searches)
PARALLEL_KIND = "person"

_SQL_FOLDS = (("ß", "ss"), ("ẞ", "ss"), ("Ä", "ae"), ("ä", "ae"), ("Ö", "oe"), ("ö", "oe"))
_SQL_FOLDS += (("Ü", "ue"), ("ü", "ue"))


#: how many rows match in all, counted in the same scan that picks the first few
#: (``COUNT(*) OVER ()`` is evaluated before ``LIMIT``; a separate ``COUNT`` query
#: would scan the table a second time)
_TOTAL = st.TOTAL


_inactive_last = st.inactive_last


def _sql_fold(column):
    """``search_key`` for German text in SQL: umlauts and ß spelled out, then lower case."""
    expr = column
    for old, new in _SQL_FOLDS:
        expr = func.replace(expr, old, new)
    return func.lower(expr)


def _like(column, term: str):
    """``column LIKE '%term%'`` for one folded word, wildcards taken literally."""
    return text_filter(column, term)


def _terms(text: str) -> list[str]:
    return [t for t in search_key(text).split(" ") if t]


@dataclass(frozen=True)
class SearchHit:
    kind: str  # one of KINDS
    id: int
    title: str
    subtitle: str
    active: bool


@dataclass(frozen=True)
class SearchGroup:
    """The hits of one kind: the first few, and how many there are in all."""

    kind: str
    total: int
    hits: tuple[SearchHit, ...]

    @property
    def complete(self) -> bool:
        return len(self.hits) >= self.total


@dataclass(frozen=True)
class SearchResult:
    text: str
    groups: tuple[SearchGroup, ...]  # one per kind searched, in KINDS order

    @property
    def total(self) -> int:
        return sum(g.total for g in self.groups)

    @property
    def hits(self) -> list[SearchHit]:
        return [h for g in self.groups for h in g.hits]

    def group(self, kind: str) -> SearchGroup | None:
        return next((g for g in self.groups if g.kind == kind), None)


class SearchService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory
        self._executor: ThreadPoolExecutor | None = None
        self._searchers = {
            "organisation": self._organisations,
            "person": self._people,
            "verbund": self._verbuende,
            "event": self._events,
        }

    def search(self, text: str, limit: int = 25) -> list[SearchHit]:
        """All kinds, each up to ``limit`` hits: organisations, people, Verbünde, events."""
        return self.find(text, limit).hits

    def find(
        self,
        text: str,
        limit: int = 8,
        *,
        kinds: tuple[str, ...] = KINDS,
        expand: str | None = None,
    ) -> SearchResult:
        """Grouped hits with the true count per group. Each group holds its first ``limit``
        hits; the group ``expand`` holds up to ``ALL_LIMIT`` („alle anzeigen“)."""
        unknown = set(kinds) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown kinds: {sorted(unknown)}")
        terms = _terms(text)
        if not terms:
            return SearchResult(text, ())
        indexed = usable(terms)
        wanted = [k for k in KINDS if k in kinds]
        limits = {k: ALL_LIMIT if k == expand else limit for k in wanted}
        side = None
        if len(wanted) > 1 and PARALLEL_KIND in wanted:
            side = self._pool().submit(
                self._own_group, PARALLEL_KIND, terms, limits[PARALLEL_KIND], indexed
            )
        found: dict[str, SearchGroup] = {}
        try:
            with self._uow() as uow:
                for kind in wanted:
                    if side is None or kind != PARALLEL_KIND:
                        found[kind] = self._group(uow, kind, terms, limits[kind], indexed)
        except BaseException:
            if side is not None:
                side.cancel()
                wait([side])  # nothing of this search runs on after it failed
            raise
        if side is not None:
            found[PARALLEL_KIND] = side.result()
        return SearchResult(text, tuple(found[k] for k in wanted))

    def _pool(self) -> ThreadPoolExecutor:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="search")
        return self._executor

    def _own_group(self, kind: str, terms: list[str], limit: int, indexed: bool) -> SearchGroup:
        with self._uow() as uow:
            return self._group(uow, kind, terms, limit, indexed)

    def _group(self, uow, kind: str, terms: list[str], limit: int, indexed: bool) -> SearchGroup:
        # Core execution: the searches fetch plain rows, never ORM objects, and the
        # ORM's result machinery would cost more than the small queries themselves
        s = uow.session.connection()
        hit = None
        if indexed:  # the statement's shape, and the words as its parameters
            shp = shape(kind, terms, uow.dialect)
            hit = (shp, hit_params(kind, terms, uow.dialect))
        return self._searchers[kind](s, terms, limit, hit)

    # -- organisations and people: SQL on the stored search keys --------------------------

    def _organisations(self, s, terms: list[str], limit: int, hit) -> SearchGroup:
        if hit is not None:  # through the index
            rows = s.execute(st.organisations(hit[0], limit), hit[1]).all()
        else:
            rows = s.execute(self._organisation_statement(s, terms, limit)).all()
        hits = []
        for oid, name, street, city, kind, active, _total in rows:
            # the street too: a hit on „koethen“ may be in Havelberg, Köthener Straße
            sub = " · ".join(p for p in (kind, street, city) if p)
            hits.append(SearchHit("organisation", oid, name, sub, active))
        return SearchGroup("organisation", rows[0].total if rows else 0, tuple(hits))

    def _organisation_statement(self, s, terms: list[str], limit: int):
        clauses = self._organisation_clauses(s, terms)
        return (
            select(*st.ORGANISATION_COLUMNS, _TOTAL)
            .join(OrganisationType, OrganisationType.id == Organisation.type_id)
            .where(*clauses)
            .order_by(*st.organisation_order())
            .limit(limit)
        )

    def _organisation_clauses(self, s, terms: list[str]) -> list:
        """Without the index: each word in the search key, the folded street or the
        name of an offered topic."""
        topics = [
            (tid, search_key(name))
            for tid, name in s.execute(select(OfferTopic.id, OfferTopic.name))
        ]
        street = _sql_fold(Organisation.street)
        clauses = []
        for term in terms:
            options = [_like(Organisation.search_key, term), _like(street, term)]
            topic_ids = [tid for tid, key in topics if term in key]
            if topic_ids:
                options.append(
                    Organisation.id.in_(
                        select(OrganisationOffer.organisation_id).where(
                            OrganisationOffer.topic_id.in_(topic_ids)
                        )
                    )
                )
            clauses.append(or_(*options))
        return clauses

    def _people(self, s, terms: list[str], limit: int, hit) -> SearchGroup:
        # the first hits and the count from one scan of person (or of the index's
        # hits), then their primary organisations for those few rows only
        if hit is not None:  # through the index
            rows = s.execute(st.people(hit[0], limit), hit[1]).all()
        else:
            rows = s.execute(self._people_statement(terms, limit)).all()
        hits = []
        for pid, title, first_name, last, email, org, active, _total in rows:
            sub = " · ".join(p for p in (org, email) if p)
            hits.append(
                SearchHit("person", pid, display_name(title, first_name, last), sub, active)
            )
        return SearchGroup("person", rows[0].total if rows else 0, tuple(hits))

    def _people_statement(self, terms: list[str], limit: int):
        matches = [_like(Person.search_key, t) for t in terms]
        first = (
            select(Person.id, _TOTAL)
            .where(*matches)
            .where(listed_people())  # erased, inquirers: not found
            .order_by(_inactive_last(Person.active), Person.sort_key, Person.id)
            .limit(limit)
            .subquery()
        )
        return st.person_rows(first)

    # -- Verbünde and events: few rows, folded in Python ----------------------------------

    def _verbuende(self, s, terms: list[str], limit: int, hit) -> SearchGroup:
        if hit is not None:
            rows = s.execute(st.verbuende(hit[0]), hit[1])
        else:
            rows = s.execute(select(Verbund.id, Verbund.name, Verbund.short_name, Verbund.phase))
        found = [r for r in rows if all(t in search_key(r.name, r.short_name) for t in terms)]
        found.sort(key=lambda r: (r.phase == "Beendet", sort_key(r.name), r.id))
        hits = tuple(
            SearchHit(
                "verbund",
                r.id,
                r.name,
                " · ".join(p for p in (r.short_name, r.phase) if p),
                r.phase != "Beendet",
            )
            for r in found[:limit]
        )
        return SearchGroup("verbund", len(found), hits)

    def _events(self, s, terms: list[str], limit: int, hit) -> SearchGroup:
        if hit is not None:
            rows = s.execute(st.events(hit[0]), hit[1])
        else:
            cols = (Event.id, Event.title, Event.venue, Event.city, Event.starts_at, Event.status)
            rows = s.execute(select(*cols))
        found = [r for r in rows if all(t in search_key(r.title, r.venue, r.city) for t in terms)]
        # the newest first (the one being planned is what one looks for), cancelled ones last
        found.sort(key=lambda r: (r.starts_at, r.id), reverse=True)
        found.sort(key=lambda r: r.status == "abgesagt")
        hits = tuple(
            SearchHit(
                "event",
                r.id,
                r.title,
                " · ".join(p for p in (fmt.day(r.starts_at), r.venue, r.city) if p),
                r.status != "abgesagt",
            )
            for r in found[:limit]
        )
        return SearchGroup("event", len(found), hits)
