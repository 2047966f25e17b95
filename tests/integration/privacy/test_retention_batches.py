"""The retention run after the start must not lock a colleague out: it anonymises in
short transactions, looks for the names in every text column before taking the write
lock, stops when the app closes, and still sweeps a text written in between.

On a large database a scan of every text column takes seconds; here a LIKE over a
whole table is made slow on purpose (a LIKE limited to known ids stays fast, as it is
on a large database), and a save with a short lock wait must go through meanwhile."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import date, datetime

import pytest
from sqlalchemy import event, select

from tests.integration.privacy import inquirers as lq
from wba_desktop.db.scrub import is_pending
from wba_desktop.models import Organisation, Person
from wba_desktop.services.privacy import erasure_rules as rules

TODAY = date(2026, 7, 15)
#: how long a LIKE over a whole table takes here (a large database: far longer)
SLOW_SCAN_S = 0.03
#: the lock wait of the colleague's save: a fifth of the app's five seconds
SAVE_WAIT_S = 1.0


@pytest.fixture
def sqlite_file(backend, engine):
    if backend != "sqlite":
        pytest.skip("the write lock of a file: SQLite")
    return engine.url.database


@pytest.fixture
def due(services) -> list[int]:
    out = []
    for n, first in enumerate(("Ilse", "Jobst", "Kunigunde", "Leberecht")):
        pid = lq.inquirer(services, first, "Zwieselgrund", email=f"{first.lower()}@example.org")
        lq.inquiry(
            services, pid, status=lq.CLOSED, closed_on=date(2025, 1, 10 + n),
            description=f"{first} Zwieselgrund sucht Rat",
        )  # fmt: skip
        out.append(pid)
    return out


#: small tables (settings, a session's speakers) and LIKEs on rows found by an index
#: (a record's change log entries) are quick on a large database too
_QUICK = ("FROM app_setting", "FROM session_person", "audit_log.row_id IN")


def _limited(statement: str) -> bool:
    """A LIKE on rows an index or an id range selects, or on a small table."""
    return " > " in statement or any(q in statement for q in _QUICK)


@pytest.fixture
def slow_scans(engine):
    """Every LIKE that reads a whole table sleeps; one limited to ids does not."""

    def before(_conn, _cursor, statement, _params, _context, _many):
        if " LIKE " in statement and not _limited(statement):
            time.sleep(SLOW_SCAN_S)

    event.listen(engine, "before_cursor_execute", before)
    yield
    event.remove(engine, "before_cursor_execute", before)


def _save(path: str, n: int) -> None:
    """A colleague's save: a write with a short lock wait (raises when locked)."""
    con = sqlite3.connect(path, timeout=SAVE_WAIT_S, isolation_level=None)
    try:
        con.execute("BEGIN")
        con.execute(
            "INSERT INTO app_setting (key, value) VALUES (?, ?)", (f"colleague_{n}", str(n))
        )
        con.execute("COMMIT")
    finally:
        con.close()


def test_saves_go_through_while_the_retention_runs(services, due, sqlite_file, slow_scans):

    result: dict[str, object] = {}

    def run() -> None:
        try:
            result["done"] = services.inquirer_retention.anonymise_due(TODAY)
        except BaseException as exc:  # noqa: BLE001 - reported below
            result["error"] = exc

    worker = threading.Thread(target=run)
    worker.start()
    saved, failed = 0, []
    while worker.is_alive():
        try:
            _save(sqlite_file, saved + len(failed))
            saved += 1
        except sqlite3.OperationalError as exc:
            failed.append(str(exc))
        time.sleep(0.01)
    worker.join()
    assert "error" not in result, result.get("error")
    assert result["done"] == len(due)
    assert saved >= 10, "the run was too quick to show anything"

    assert failed == []
    with services.uow() as uow:
        people = uow.session.scalars(select(Person).where(Person.id.in_(due))).all()
        assert all(p.anonymised_on is not None for p in people)
        assert all("Zwieselgrund" not in p.last_name for p in people)


def test_a_text_written_after_the_reading_is_swept_too(services, due, monkeypatch):
    """Between the reading and the transaction an organisation's notes name the
    person: the transaction finds it (a row added since the reading)."""
    real_plan = rules.plan_sweep

    def plan_then_write(session, words, skip_row):
        plan = real_plan(session, words, skip_row)
        lq.partner(services, "Jobst Zwieselgrund Beratung")
        return plan

    monkeypatch.setattr(rules, "plan_sweep", plan_then_write)
    services.erasure.anonymise_many([due[1]], read_first=True)
    with services.uow() as uow:
        names = list(uow.session.scalars(select(Organisation.name)))
    assert any("(anonymisiert)" in n for n in names)
    assert not any("Jobst Zwieselgrund" in n for n in names)


def test_one_person_per_transaction_and_one_scrub(services, due, monkeypatch):
    batches: list[tuple[int, ...]] = []
    scrubs: list[bool] = []
    erasure = services.erasure
    real_many, real_scrub = erasure.anonymise_many, erasure.scrub_storage

    def many(ids, **kw):
        batches.append(tuple(ids))
        assert kw == {"read_first": True, "scrub": False}
        return real_many(ids, **kw)

    def scrub(tables, now=True):
        scrubs.append(now)
        assert {"person", "inquiry"} <= set(tables)
        return real_scrub(tables, now)

    monkeypatch.setattr(erasure, "anonymise_many", many)
    monkeypatch.setattr(erasure, "scrub_storage", scrub)
    assert services.inquirer_retention.anonymise_due(TODAY) == len(due)
    assert sorted(batches) == sorted((pid,) for pid in due)
    assert scrubs == [True]


def test_stops_when_the_app_closes(services, due, sqlite_file, engine):
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    assert services.inquirer_retention.anonymise_due(TODAY, cancelled=cancelled) == 2
    with services.uow() as uow:
        left = uow.session.scalars(
            select(Person.id).where(Person.id.in_(due), Person.anonymised_on.is_(None))
        ).all()
    assert len(left) == 2
    assert is_pending(engine)  # the storage scrub is left to the next start
    assert services.inquirer_retention.anonymise_due(TODAY) == 2


def test_the_audit_pruning_deletes_in_short_batches(services, due, engine, monkeypatch):
    """The pruning after the start deletes a few entries per transaction, oldest first."""
    from wba_desktop.services.audit import service as audit_service

    monkeypatch.setattr(audit_service, "PRUNE_BATCH", 3)
    total = services.audit.count()
    assert total > 7
    sizes: list[int] = []

    def before(_conn, _cursor, statement, params, _context, _many):
        if statement.lstrip().upper().startswith("DELETE FROM AUDIT_LOG"):
            sizes.append(len(params) if isinstance(params, list | tuple) else len(params or {}))

    event.listen(engine, "before_cursor_execute", before)
    try:
        assert services.audit.prune(older_than_days=1, now=datetime(2100, 1, 1)) == total
    finally:
        event.remove(engine, "before_cursor_execute", before)
    assert services.audit.count() == 0
    assert max(sizes) == 3 and sum(sizes) == total
