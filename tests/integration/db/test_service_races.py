"""Each area's main writes against a second connection that holds a lock, deletes the
row or changes it while the service is saving: the user hears a German ServiceError
(busy, not found, changed meanwhile), never a raw SQLAlchemy error, and nothing is
half-written.

The second connection acts at the moment the service sends its first write to the
table (a ``before_cursor_execute`` hook), i.e. after the service has loaded the record
and checked its version: the hardest moment. Lock waits are cut to 0.2 s here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from wba_desktop.db import UnitOfWorkFactory, create_db_engine
from wba_desktop.db import engine as engine_module
from wba_desktop.errors import BusyError, ConflictError, NotFoundError
from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.directory.relations import RelationData
from wba_desktop.services.events.event_data import EventData
from wba_desktop.services.verbuende.members import MemberData
from wba_desktop.services.verbuende.verbund_rules import VerbundData

WAIT_MS = 200


@pytest.fixture
def impatient(db_url, engine, monkeypatch):
    """(services, engine) that wait only 0.2 s for a lock (the app waits 5 s)."""
    monkeypatch.setattr(engine_module, "LOCK_WAIT_MS", WAIT_MS)  # SQLite busy timeout
    eng = create_db_engine(db_url, lock_timeout_ms=WAIT_MS)  # PostgreSQL lock_timeout
    yield Services.create(UnitOfWorkFactory(eng)), eng
    eng.dispose()


@dataclass
class Case:
    table: str
    setup: Callable[[Services], dict[str, Any]]  # -> ids (``row`` is the row of ``table``)
    save: Callable[[Services, dict[str, Any]], Any]
    versioned: bool = False


def _org(s: Services, name: str = "Kammer Probe") -> int:
    kind = s.reference.organisation_types()[0].id
    return s.organisations.create(OrganisationData(name=name, type_id=kind)).id


def _person(s: Services) -> int:
    return s.people.create(PersonData(last_name="Probe", first_name="Paula")).id


def _event(s: Services) -> int:
    start = datetime.combine(date.today() + timedelta(days=20), datetime.min.time())
    data = EventData(title="Forum", starts_at=start.replace(hour=9), ends_at=start.replace(hour=12))
    return s.events.create(data).id


def _invitation(s: Services) -> dict[str, Any]:
    event_id, person = _event(s), _person(s)
    return {"row": s.invitations.add_person(event_id, person), "event": event_id}


def _relation(s: Services) -> dict[str, Any]:
    a, b = _org(s, "Kammer A"), _org(s, "Kammer B")
    rtype = s.reference.relation_types()[0].id
    data = RelationData(source_id=a, target_id=b, type_id=rtype)
    return {"row": s.relations.save(data).id, "data": data}


def _affiliation(s: Services) -> dict[str, Any]:
    data = AffiliationData(person_id=_person(s), organisation_id=_org(s))
    return {"row": s.affiliations.save(data).id, "data": data}


def _member(s: Services) -> dict[str, Any]:
    vb = s.verbuende.create(VerbundData(name="Verbund Probe")).id
    data = MemberData(organisation_id=_org(s))
    return {"row": s.verbund_members.save_member(vb, data).id, "verbund": vb, "data": data}


def _checklist_item(s: Services) -> dict[str, Any]:
    return {"row": s.checklists.add_item(_event(s), "Raum buchen").id}


CASES = {
    "organisation.update": Case(
        "organisation",
        lambda s: {"row": _org(s)},
        lambda s, c: s.organisations.update(
            c["row"], replace(s.organisations.get(c["row"]).data, city="Halle (Saale)"),
            s.organisations.get(c["row"]).version,
        ),
        versioned=True,
    ),
    "organisation.set_active": Case(
        "organisation", lambda s: {"row": _org(s)},
        lambda s, c: s.organisations.set_active(c["row"], False), versioned=True,
    ),
    "person.update": Case(
        "person",
        lambda s: {"row": _person(s)},
        lambda s, c: s.people.update(
            c["row"], replace(s.people.get(c["row"]).data, first_name="Petra"),
            s.people.get(c["row"]).version,
        ),
        versioned=True,
    ),
    "person.set_active": Case(
        "person", lambda s: {"row": _person(s)},
        lambda s, c: s.people.set_active(c["row"], False), versioned=True,
    ),
    "relation.save": Case(
        "relation", _relation,
        lambda s, c: s.relations.save(replace(c["data"], strength=3), c["row"]),
    ),
    "affiliation.save": Case(
        "affiliation", _affiliation,
        lambda s, c: s.affiliations.save(replace(c["data"], function="Leitung"), c["row"]),
    ),
    "verteiler.update": Case(
        "distribution_list", lambda s: {"row": s.verteiler.create("Beirat").id},
        lambda s, c: s.verteiler.update(c["row"], "Beirat Nord"),
    ),
    "verbund.update": Case(
        "verbund",
        lambda s: {"row": s.verbuende.create(VerbundData(name="Verbund Probe")).id},
        lambda s, c: s.verbuende.update(
            c["row"], replace(s.verbuende.get(c["row"]).data, topics="Digitalisierung"),
            s.verbuende.get(c["row"]).version,
        ),
        versioned=True,
    ),
    "verbund_member.save": Case(
        "verbund_member", _member,
        lambda s, c: s.verbund_members.save_member(
            c["verbund"], replace(c["data"], commitment="Absichtserklärung"), c["row"]
        ),
    ),
    "event.update": Case(
        "event",
        lambda s: {"row": _event(s)},
        lambda s, c: s.events.update(
            c["row"], replace(s.events.get(c["row"]).data, venue="Rathaus"),
            s.events.get(c["row"]).version,
        ),
        versioned=True,
    ),
    "invitation.set_status": Case(
        "invitation", _invitation,
        lambda s, c: s.invitations.set_status([c["row"]], "eingeladen"),
    ),
    "checklist.update_item": Case(
        "checklist_item", _checklist_item,
        lambda s, c: s.checklists.update_item(c["row"], "Raum und Technik buchen", None),
    ),
    "reference.save_organisation_type": Case(
        "organisation_type",
        lambda s: {"row": s.reference.save_organisation_type("Stiftung Probe", "", False).id},
        lambda s, c: s.reference.save_organisation_type("Stiftung Nord", "", False, c["row"]),
    ),
}  # fmt: skip


@contextmanager
def write_lock(engine, table: str):
    """Another program holds the write lock (SQLite) or locks the table (PostgreSQL)."""
    if engine.dialect.name == "sqlite":
        other = sqlite3.connect(Path(engine.url.database), isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            other.close()
    else:
        with engine.connect() as conn:
            conn.execute(text(f"LOCK TABLE {table} IN EXCLUSIVE MODE"))  # reads still work
            try:
                yield
            finally:
                conn.rollback()


@contextmanager
def meanwhile(service_engine, other_engine, table: str, sql: str, row: int):
    """Run ``sql`` on another connection when the service first writes to ``table``."""
    fired: list[str] = []

    def hook(_conn, _cursor, statement, *_args) -> None:
        words = statement.lstrip().split(None, 3)
        if fired or not words or words[0].upper() not in ("UPDATE", "DELETE", "INSERT"):
            return
        if table not in (w.strip('"').lower() for w in words[1:3]):
            return
        fired.append(statement)
        with other_engine.begin() as other:
            other.execute(text(sql), {"i": row})

    event.listen(service_engine, "before_cursor_execute", hook)
    try:
        yield fired
    finally:
        event.remove(service_engine, "before_cursor_execute", hook)


def _count(engine, table: str, row: int) -> int:
    with engine.connect() as conn:
        return conn.scalar(text(f"SELECT count(*) FROM {table} WHERE id = :i"), {"i": row})


@pytest.mark.parametrize("name", CASES)
def test_a_held_lock_says_busy(impatient, engine, name):
    services, _ = impatient
    case = CASES[name]
    ids = case.setup(services)
    with write_lock(engine, case.table), pytest.raises(BusyError, match="anderen Programm"):
        case.save(services, ids)
    case.save(services, ids)  # and it works once the lock is gone


@pytest.mark.parametrize("name", CASES)
def test_a_row_deleted_meanwhile_is_not_found_or_a_conflict(impatient, engine, name):
    services, service_engine = impatient
    case = CASES[name]
    ids = case.setup(services)
    sql = f"DELETE FROM {case.table} WHERE id = :i"
    expected = pytest.raises((NotFoundError, ConflictError))
    with (
        meanwhile(service_engine, engine, case.table, sql, ids["row"]) as fired,
        expected as excinfo,
    ):
        case.save(services, ids)
    assert fired, "the service never wrote to the table"
    assert "gelöscht" in str(excinfo.value) or "geändert" in str(excinfo.value)
    assert _count(engine, case.table, ids["row"]) == 0  # nothing half-written came back


@pytest.mark.parametrize("name", [n for n, c in CASES.items() if c.versioned])
def test_a_row_changed_meanwhile_is_a_conflict(impatient, engine, name):
    services, service_engine = impatient
    case = CASES[name]
    ids = case.setup(services)
    sql = f"UPDATE {case.table} SET version = version + 1 WHERE id = :i"
    expected = pytest.raises(ConflictError, match="geändert")
    with meanwhile(service_engine, engine, case.table, sql, ids["row"]) as fired, expected:
        case.save(services, ids)
    assert fired
    with engine.connect() as conn:
        version = conn.scalar(
            text(f"SELECT version FROM {case.table} WHERE id = :i"), {"i": ids["row"]}
        )
    assert version == 2  # only the other program's change
