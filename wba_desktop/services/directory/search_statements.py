"""The global search's statements on the full-text index path, built once per shape.

Building a SQLAlchemy statement (coercing every column and operator) costs a few
milliseconds in Python, more than the index takes to answer. The statements of the
index path depend only on the *shape* of the query (kind, dialect, how many long and
short words, the limit: ``search_index.shape``), never on the words, which go in as
bound parameters; so each shape is built once and then only executed.

On SQLite the first hits are picked in two plans (see :func:`first_ids`); on
PostgreSQL the planner joins the ``pg_trgm`` hits with the record table itself.
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import and_, bindparam, case, func, select

from wba_desktop.models import Affiliation, Event, Organisation, OrganisationType, Person, Verbund
from wba_desktop.services.directory.search_index import hit_subquery

MODELS = {"organisation": Organisation, "person": Person, "verbund": Verbund, "event": Event}
#: how many rows match in all, counted in the same scan that picks the first few
TOTAL = func.count().over().label("total")
Shape = tuple[str, str, int, int]


def inactive_last(active):
    """Active records first. Written as an expression on purpose: "active DESC, sort_key"
    would walk the (active, sort_key) index row by row, which on 100,000 people is ten
    times slower than one scan and a sort of the hits."""
    return case((active.is_(True), 0), else_=1)


@lru_cache(maxsize=128)
def count(shape: Shape):
    """The number of hits, and the largest id of the kind (the table's size, near
    enough, for choosing the plan) in one statement."""
    largest = select(func.max(MODELS[shape[0]].id)).scalar_subquery()
    return select(func.count(), largest).select_from(hit_subquery(*shape))


@lru_cache(maxsize=128)
def few(shape: Shape, limit: int):
    model, hit = MODELS[shape[0]], hit_subquery(*shape)
    stmt = select(model.id).where(model.id == hit.c.id).limit(limit)
    return stmt.order_by(inactive_last(model.active), model.sort_key, model.id)


@lru_cache(maxsize=256)
def walk(shape: Shape, active: bool, limit: int):
    model, hit = MODELS[shape[0]], hit_subquery(*shape)
    return (
        select(model.id)
        .where(model.active == active, (model.id + 0).in_(select(hit.c.id)))  # "+ 0": no
        .order_by(model.sort_key, model.id)  # lookup per hit; walk the list-order index
        .limit(limit)
    )


def first_ids(s, shape: Shape, params: dict, limit: int) -> tuple[list[int], int]:
    """SQLite: how many records match, and the ids of the first ``limit`` in list order
    (active first, then by name).

    The count comes from the index alone (it holds only records the search may show).
    For the first few, two plans, chosen by the count: few hits are fetched and sorted
    (a lookup per hit); many hits are found by walking the list-order index
    ``(active, sort_key, id)`` and probing the hits (about ``limit * rows / count``
    steps), far cheaper than a lookup for each of thousands of hits."""
    total, rows = s.execute(count(shape), params).one()
    if not total:
        return [], 0
    rows = rows or 0
    if total * total * 5 <= limit * rows:  # few hits: fetch and sort them
        return list(s.scalars(few(shape, limit), params)), total
    ids: list[int] = []
    for active in (True, False):  # each part in index order: no sort of all hits
        if len(ids) < limit:
            ids += s.scalars(walk(shape, active, limit - len(ids)), params)
    return ids, total


def _where_hit(model, shape: Shape, sqlite: bool):
    """SQLite: the ids picked by :func:`first_ids` (``ids``); PostgreSQL: the hits."""
    if sqlite:
        return model.id.in_(bindparam("ids", expanding=True))
    return model.id == hit_subquery(*shape).c.id


@lru_cache(maxsize=128)
def organisations(shape: Shape, limit: int):
    where = _where_hit(Organisation, shape, shape[1] == "sqlite")
    return (
        select(
            Organisation.id,
            Organisation.name,
            Organisation.street,
            Organisation.city,
            OrganisationType.name,
            Organisation.active,
            TOTAL,
        )
        .join(OrganisationType, OrganisationType.id == Organisation.type_id)
        .where(where)
        .order_by(inactive_last(Organisation.active), Organisation.sort_key, Organisation.id)
        .limit(limit)
    )


@lru_cache(maxsize=128)
def people(shape: Shape, limit: int):
    first = (
        select(Person.id, TOTAL)
        .where(_where_hit(Person, shape, shape[1] == "sqlite"))
        # the index holds only listed people; said again for safety (erased, inquirers)
        .where(Person.anonymised_on.is_(None), Person.inquirer.is_(False))
        .order_by(inactive_last(Person.active), Person.sort_key, Person.id)
        .limit(limit)
        .subquery()
    )
    return person_rows(first)


@lru_cache(maxsize=128)
def verbuende(shape: Shape):
    hit = hit_subquery(*shape)
    stmt = select(Verbund.id, Verbund.name, Verbund.short_name, Verbund.phase)
    return stmt.where(Verbund.id == hit.c.id)


@lru_cache(maxsize=128)
def events(shape: Shape):
    hit = hit_subquery(*shape)
    stmt = select(Event.id, Event.title, Event.venue, Event.city, Event.starts_at, Event.status)
    return stmt.where(Event.id == hit.c.id)


def person_rows(first):
    """The people of subquery ``first`` (id, total) as the search shows them: name parts,
    e-mail, the primary organisation, active; in the order of the hits."""
    return (
        select(
            Person.id,
            Person.title,
            Person.first_name,
            Person.last_name,
            Person.email,
            Organisation.name,
            Person.active,
            first.c.total,
        )
        .join(first, first.c.id == Person.id)
        .outerjoin(
            Affiliation,
            and_(Affiliation.person_id == Person.id, Affiliation.is_primary.is_(True)),
        )
        .outerjoin(Organisation, Organisation.id == Affiliation.organisation_id)
        .order_by(inactive_last(Person.active), Person.sort_key, Person.id)
    )
