"""What the audit log records of a row: which tables, which columns, values as JSON
holds them, whom a row is about, and the rows a database rule deletes along with
another. Used by :mod:`wba_desktop.db.audit`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.base import NO_VALUE

from wba_desktop.models.base import Base

#: the tables whose changes are logged -> the kind of record, as the filter names it
AUDITED: dict[str, str] = {
    "organisation": "Organisation",
    "person": "Person",
    "affiliation": "Zuordnung",
    "relation": "Beziehung",
    "consent": "Einwilligung",
    "consent_event": "Einwilligung",
    "activity": "Kontakt",
    "verbund": "Verbund",
    "verbund_member": "Verbund",
    "verbund_board_seat": "Verbund",
    "verbund_phase": "Verbund",
    "verbund_task": "Verbund",
    "event": "Veranstaltung",
    "invitation": "Einladung",
    "inquiry": "Anfrage",
    "referral": "Vermittlung",
    "organisation_offer": "Leistung",
}

#: columns the app derives or stamps itself: no one's change, not logged
SKIPPED = frozenset(
    {
        "search_key",
        "sort_key",
        "dup_key",
        "version",
        "created_at",
        "updated_at",
        "updated_by",
        "status_changed_at",
        "recorded_at",
        "type_directed",
        "ical_sequence",  # the calendar file's change counter, raised by the service
    }
)

#: the column naming whom a record is about (the person table: its own id)
PERSON_COLUMN = {
    "affiliation": "person_id",
    "consent": "person_id",
    "consent_event": "person_id",
    "activity": "person_id",
    "invitation": "person_id",
    "verbund_board_seat": "person_id",
    "verbund_member": "contact_person_id",
    "verbund_task": "responsible_id",
    "inquiry": "person_id",
    "organisation_offer": "contact_person_id",
}

CREATED, CHANGED, DELETED = "angelegt", "geändert", "gelöscht"


def plain(value: Any) -> Any:
    """A value as JSON holds it: dates as ISO text, numbers, booleans, text, None."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    return str(value)


def dumps(changes: Mapping[str, Any]) -> str:
    """``changes`` as stored: UTF-8 text as it is (an erasure must find it)."""
    return _ENCODE(changes)


#: ``json.dumps`` with these options builds a new encoder per call; one serves all
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def table_of(obj: object) -> str | None:
    table = getattr(obj, "__tablename__", None)
    return table if table in AUDITED else None


def kept(key: str, value: Any) -> bool:
    return key not in SKIPPED and value is not None and value != ""


def entry(
    table: str, row_id: int | None, action: str, changes: dict, values: Mapping | None = None
) -> dict[str, Any]:
    """One log row without who/when/label; ``values`` (the record's values) give its
    label and whom it is about."""
    values = values or {}
    person_key = "id" if table == "person" else PERSON_COLUMN.get(table)
    person = values.get(person_key) if person_key else None
    if table == "person":
        person = row_id
    elif person is None and person_key and person_key in changes:
        old, new = changes[person_key]
        person = new if new is not None else old
    return {
        "table_name": table,
        "row_id": row_id,
        "action": action,
        "person_id": person if isinstance(person, int) else None,
        "changes": dumps(changes),
        # read only (for the label): the values themselves when they carry the id
        "values_of": values if values.get("id") == row_id else {**values, "id": row_id},
    }


def columns(mapper) -> list[tuple[str, str]]:
    """(attribute key, column name) of the mapped columns worth logging."""
    cached = _COLUMNS.get(mapper)
    if cached is None:
        cached = []
        for prop in mapper.column_attrs:
            name = prop.columns[0].name
            if name not in SKIPPED and name != "id":
                cached.append((prop.key, name))
        _COLUMNS[mapper] = cached
    return cached


_COLUMNS: dict[Any, list[tuple[str, str]]] = {}
_LINKS: dict[Any, list[str]] = {}


def link_keys(mapper) -> list[str]:
    """The many-to-many collections of a record (tags, organisers): logged as a field."""
    cached = _LINKS.get(mapper)
    if cached is None:
        cached = _LINKS[mapper] = [r.key for r in mapper.relationships if r.secondary is not None]
    return cached


def names(objects: Iterable[Any]) -> list[str]:
    return sorted(str(getattr(o, "name", o)) for o in objects)


def values_of(obj: Any, *, new: bool) -> dict[str, list]:
    """The values of a new (or deleted) record; empty ones left out (a new record's
    unset flags too: "restricted: no" says nothing)."""
    state = inspect(obj)
    d = state.dict
    out: dict[str, list] = {}
    for key, name in columns(state.mapper):
        value = d.get(key)
        if value is not None and value != "" and not (new and value is False):
            out[name] = [None, plain(value)] if new else [plain(value), None]
    for key in link_keys(state.mapper):
        items = d.get(key)
        if items:
            out[key] = [None, names(items)] if new else [names(items), None]
    return out


def state_values(obj: Any) -> dict[str, Any]:
    state = inspect(obj)
    return {name: state.dict.get(key) for key, name in columns(state.mapper)}


def changed(obj: Any) -> dict[str, list]:
    """{column: [old, new]} of the attributes changed since the record was loaded.

    Scalar columns are read straight from the state's committed values (what
    ``inspect(obj).attrs[key].history`` is built from, without building it: this
    runs on every save); the many-to-many collections through their history."""
    state = inspect(obj)
    touched = state.committed_state
    if not touched:
        return {}
    current = state.dict
    wanted = column_names(state.mapper)
    out: dict[str, list] = {}
    for key, was in touched.items():
        name = wanted.get(key)
        if name is None:
            continue
        old = None if was is NO_VALUE else was
        new = current.get(key)
        if old != new:
            out[name] = [plain(old), plain(new)]
    for key in link_keys(state.mapper):
        if key in touched:
            hist = state.attrs[key].history
            old = names([*hist.unchanged, *hist.deleted])
            new = names([*hist.unchanged, *hist.added])
            if old != new:
                out[key] = [old, new]
    return out


def column_names(mapper) -> dict[str, str]:
    """{attribute key: column name} of the columns worth logging (cached)."""
    cached = _NAMES.get(mapper)
    if cached is None:
        cached = _NAMES[mapper] = dict(columns(mapper))
    return cached


_NAMES: dict[Any, dict[str, str]] = {}


def flushed_objects(session: Session) -> list[Any]:
    return [*session.new, *session.dirty, *session.deleted]


def cascaded_rows(session: Session, by_table: Mapping[str, Sequence[int]]) -> list[tuple]:
    """(table, row) of the audited rows ``ON DELETE CASCADE`` removes with the rows
    ``by_table`` names (one level: what the app's tables need)."""
    if not by_table:
        return []
    found: list[tuple[str, dict]] = []
    conn = session.connection()
    for name in AUDITED:
        table = Base.metadata.tables.get(name)
        if table is None:
            continue
        for fk in table.foreign_keys:
            ids = by_table.get(fk.column.table.name)
            if not ids or (fk.ondelete or "").upper() != "CASCADE":
                continue
            for part in chunks(list(ids)):
                for row in conn.execute(select(table).where(fk.parent.in_(part))).mappings():
                    found.append((name, dict(row)))
    return found


def chunks(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]
