"""The global search's statements on the full-text index path, built once per shape.

Building a SQLAlchemy statement (coercing every column and operator) costs a few
milliseconds in Python, more than the index takes to answer. The statements of the
index path depend only on the *shape* of the query (kind, dialect, how many long and
short words, the limit: ``search_index.shape``), never on the words, which go in as
bound parameters; so each shape is built once and then only executed.

On SQLite one statement per kind counts the hits, picks the first few in one of two
plans and fetches their rows (see :func:`_first`); on PostgreSQL the planner joins the
``pg_trgm`` hits with the record table itself.
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import and_, case, func, select, union_all

from wba_desktop.models import Affiliation, Event, Organisation, OrganisationType, Person, Verbund
from wba_desktop.services.directory.search_index import hit_select, hit_subquery

MODELS = {"organisation": Organisation, "person": Person, "verbund": Verbund, "event": Event}
#: how many rows match in all, counted in the same scan that picks the first few
TOTAL = func.count().over().label("total")
Shape = tuple[str, str, int, int]


def inactive_last(active):
    """Active records first. Written as an expression on purpose: "active DESC, sort_key"
    would walk the (active, sort_key) index row by row, which on 100,000 people is ten
    times slower than one scan and a sort of the hits."""
    return case((active.is_(True), 0), else_=1)


def _first(shape: Shape, limit: int):
    """SQLite: the CTE ``first`` (``id``, ``total``) of the first ``limit`` hits in list
    order (active first, then by name) and how many there are, from one evaluation of
    the full-text match (a materialised CTE the count and the pick share).

    The hits are picked in one of two plans, chosen inside the statement by the count
    (each plan's ``LIMIT`` is 0 when the other one runs, so SQLite skips its loop):
    few hits are fetched and sorted (a lookup per hit); many hits are found by walking
    the list-order index ``(active, sort_key, id)`` and probing the hits (about
    ``limit * rows / count`` steps), far cheaper than a lookup for each of thousands."""
    kind = shape[0]
    model = MODELS[kind]
    hit = hit_select(*shape).cte(f"hit_{kind}").prefix_with("MATERIALIZED")
    size = select(func.max(model.id)).scalar_subquery()  # the table's size, near enough
    n = func.count()
    counted = select(n.label("total"), (n * n * 5 <= limit * size).label("few"))
    counted = counted.select_from(hit).cte(f"n_{kind}").prefix_with("MATERIALIZED")
    few = select(counted.c.few).scalar_subquery()
    total = select(counted.c.total).scalar_subquery()
    fetched = (
        select(model.id)
        .join(hit, model.id == hit.c.id)
        .order_by(inactive_last(model.active), model.sort_key, model.id)
        .limit(case((few, limit), else_=0))
        .cte(f"fetched_{kind}")
    )

    def walk(active: bool, n_rows):
        return (  # "+ 0": no lookup per hit; walk the list-order index
            select(model.id)
            .where(model.active == active, (model.id + 0).in_(select(hit.c.id)))
            .order_by(model.sort_key, model.id)
            .limit(case((few, 0), else_=n_rows))
            .cte(f"walk_{kind}_{int(active)}")
        )

    walked_active = walk(True, limit)
    taken = select(func.count()).select_from(walked_active).scalar_subquery()
    walked_rest = walk(False, limit - taken)
    parts = (fetched, walked_active, walked_rest)
    return union_all(*(select(p.c.id, total.label("total")) for p in parts)).cte(f"first_{kind}")


def _where_hit(model, shape: Shape):
    """PostgreSQL: the record is one of the hits (the planner joins them itself)."""
    return model.id == hit_subquery(*shape).c.id


#: what the search shows of an organisation (with its kind), in this order
ORGANISATION_COLUMNS = (
    Organisation.id,
    Organisation.name,
    Organisation.street,
    Organisation.city,
    OrganisationType.name,
    Organisation.active,
)


def organisation_order():
    """The list order of organisations: active first, then by name."""
    return inactive_last(Organisation.active), Organisation.sort_key, Organisation.id


@lru_cache(maxsize=128)
def organisations(shape: Shape, limit: int):
    """The first ``limit`` organisations of the hits as the search shows them, each row
    with the number of hits (``total``)."""
    cols, order = ORGANISATION_COLUMNS, organisation_order()
    if shape[1] == "sqlite":
        first = _first(shape, limit)
        stmt = select(*cols, first.c.total).select_from(first)
        stmt = stmt.join(Organisation, Organisation.id == first.c.id)
    else:
        stmt = select(*cols, TOTAL).where(_where_hit(Organisation, shape)).limit(limit)
    stmt = stmt.join(OrganisationType, OrganisationType.id == Organisation.type_id)
    return stmt.order_by(*order)


@lru_cache(maxsize=128)
def people(shape: Shape, limit: int):
    """The first ``limit`` people of the hits (see :func:`person_rows`)."""
    if shape[1] == "sqlite":
        # the index holds only people the directory lists (no erased, no inquirers)
        return person_rows(_first(shape, limit))
    first = (
        select(Person.id, TOTAL)
        .where(_where_hit(Person, shape))
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
