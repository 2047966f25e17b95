"""Races end as German ServiceErrors, never as raw SQLAlchemy errors: a lock held by
another program, a row changed or deleted meanwhile, a unique rule broken by a
concurrent save. A second connection plays the other program."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, insert, text

from wba_desktop.db import UnitOfWorkFactory, create_db_engine
from wba_desktop.errors import BusyError, ConflictError
from wba_desktop.models import DistributionList, Organisation
from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.organisations import OrganisationData


@pytest.fixture
def org_id(services) -> int:
    kind = services.reference.organisation_types()[0].id
    return services.organisations.create(OrganisationData(name="Kammer Probe", type_id=kind)).id


@pytest.fixture
def impatient(db_url, engine):
    """Services on an engine that waits only a moment for a lock (the app waits longer)."""
    eng = create_db_engine(db_url)
    if eng.dialect.name == "sqlite":
        event.listen(eng, "connect", lambda dbapi, _r: dbapi.execute("PRAGMA busy_timeout=200"))
    else:
        eng.dispose()
        eng = create_db_engine(db_url, lock_timeout_ms=200)
    yield Services.create(UnitOfWorkFactory(eng))
    eng.dispose()


def test_a_locked_database_says_busy(impatient, engine, org_id):
    if engine.dialect.name == "sqlite":
        other = sqlite3.connect(Path(engine.url.database), isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        release = other.close
    else:
        conn = engine.connect()
        conn.execute(text("SELECT id FROM organisation WHERE id = :i FOR UPDATE"), {"i": org_id})
        release = conn.close
    try:
        with pytest.raises(BusyError, match="gerade von einem anderen Programm"):
            impatient.organisations.set_active(org_id, False)
    finally:
        release()
    assert impatient.organisations.get(org_id).data.active  # nothing was written
    impatient.organisations.set_active(org_id, False)  # and it works once free again
    assert not impatient.organisations.get(org_id).data.active


def test_a_row_changed_meanwhile_is_a_conflict(uow_factory, engine, org_id):
    changed = pytest.raises(ConflictError, match="inzwischen von jemand anderem geändert")
    with changed, uow_factory() as uow:
        org = uow.session.get(Organisation, org_id)
        with engine.begin() as other:  # someone else saves the same record
            other.execute(
                text("UPDATE organisation SET version = version + 1 WHERE id = :i"),
                {"i": org_id},
            )
        org.active = False
        uow.commit()


def test_the_same_unique_row_saved_twice_is_a_conflict(uow_factory):
    with uow_factory() as uow:
        uow.session.execute(insert(DistributionList).values(name="Beirat", kind="static"))
        uow.commit()
    twice = pytest.raises(ConflictError, match="gerade denselben Eintrag gespeichert")
    with twice, uow_factory() as uow:  # a second window that checked the name a moment earlier
        uow.session.execute(insert(DistributionList).values(name="Beirat", kind="static"))
        uow.commit()


def test_a_bug_stays_a_bug(uow_factory):
    with pytest.raises(ZeroDivisionError), uow_factory():
        1 / 0  # noqa: B018
