"""No byte of an erased identity stays in the SQLite file or its WAL; a scrub blocked by
another reader completes at the next open; the ledger erases again after a restore.
PostgreSQL: the rows are rewritten and vacuumed, and a load keeps the ledger."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.integration.privacy import rich_inquirer, rich_person
from wba_desktop.db import UnitOfWorkFactory, create_db_engine
from wba_desktop.db.migrate import ensure_schema
from wba_desktop.db.scrub import is_pending
from wba_desktop.models import ErasureRecord, Person
from wba_desktop.services.bundle import Services
from wba_desktop.services.privacy import ledger
from wba_desktop.text.fold import search_key


def _files(engine) -> list[Path]:
    path = Path(engine.url.database)
    return [p for p in (path, path.with_name(path.name + "-wal")) if p.exists()]


def _found(engine) -> dict[str, list[bytes]]:
    """Which secrets occur in the database file and its WAL (raw bytes)."""
    out = {}
    for f in _files(engine):
        raw = f.read_bytes()
        out[f.name] = [s for s in rich_person.secrets() if s in raw]
    return out


@pytest.fixture
def sqlite_only(backend):
    if backend != "sqlite":
        pytest.skip("raw bytes: the guarantee is for SQLite")


def test_no_byte_left_in_file_or_wal(sqlite_only, services, engine):
    rich = rich_person.build(services)
    before = _found(engine)
    assert any(before.values()), "the test must see the secrets before the erasure"

    report = services.erasure.anonymise(rich.person_id)

    assert report.scrubbed, report.message
    assert _found(engine) == {n: [] for n in _found(engine)}
    wal = Path(engine.url.database + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert not is_pending(engine)
    # still a sound database with the statistics in it
    with sqlite3.connect(engine.url.database) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT COUNT(*) FROM invitation").fetchone() == (2,)


def test_search_index_keeps_no_trace(sqlite_only, services, engine):
    """The global search's FTS5 index held the folded name; after the erasure neither a
    query nor the index's segments (merged before VACUUM) nor its shadow tables do."""
    rich = rich_person.build(services)
    name = search_key(rich_person.LAST)
    query = "SELECT COUNT(*) FROM search_person WHERE search_person MATCH ?"
    with sqlite3.connect(engine.url.database) as con:
        assert con.execute(query, (f'"{name}"',)).fetchone() == (1,)
        shadow = con.execute("SELECT group_concat(c0, ' ') FROM search_person_content").fetchone()[
            0
        ]
        assert name in shadow  # the raw-bytes test above covers the index

    services.erasure.anonymise(rich.person_id)

    with sqlite3.connect(engine.url.database) as con:
        assert con.execute(query, (f'"{name}"',)).fetchone() == (0,)
        # the index is sound after the merge (raises "database disk image is malformed")
        con.execute("INSERT INTO search_person(search_person) VALUES ('integrity-check')")
    assert _found(engine) == {n: [] for n in _found(engine)}


def test_blocked_checkpoint_completes_at_next_open(sqlite_only, services, engine):
    rich = rich_person.build(services)
    reader = sqlite3.connect(engine.url.database, isolation_level=None)
    try:
        reader.execute("BEGIN")
        assert reader.execute("SELECT COUNT(*) FROM person").fetchone()[0] >= 2  # a snapshot

        report = services.erasure.anonymise(rich.person_id)

        assert report.done and not report.scrubbed
        assert "beim nächsten Start" in report.message
        assert is_pending(engine)
        with services.uow() as uow:  # the erasure itself is committed
            assert uow.session.get(Person, rich.person_id).anonymised_on is not None
        assert any(_found(engine).values())  # old pages still in the file
    finally:
        reader.close()
    engine.dispose()

    again = create_db_engine(f"sqlite:///{engine.url.database}")
    try:
        ensure_schema(again)  # the next start
        assert not is_pending(again)
        assert all(not hits for hits in _found(again).values())
    finally:
        again.dispose()


def test_pending_waits_while_another_program_is_registered(sqlite_only, services, engine):
    rich = rich_person.build(services)
    other = Services.create(UnitOfWorkFactory(engine)).presence
    reader = sqlite3.connect(engine.url.database, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM person").fetchone()
    services.erasure.anonymise(rich.person_id)
    reader.close()
    other.register("WBA Desktop", "Kollegin")
    ensure_schema(engine)
    assert is_pending(engine)  # someone else is working: not now
    other.unregister()
    ensure_schema(engine)
    assert not is_pending(engine)


def test_ledger_reapplied_after_restore(sqlite_only, services, engine, tmp_path):
    rich = rich_person.build(services)
    backup = services.backups.backup_now(tmp_path / "vorher.sqlite3")
    services.erasure.anonymise(rich.person_id)
    entries = ledger.read(services.erasure.ledger_path)
    assert [e.person_id for e in entries] == [rich.person_id]
    text = services.erasure.ledger_path.read_text(encoding="utf-8")
    assert rich_person.FIRST not in text and rich_person.LAST not in text

    report = services.backups.restore(backup, replace=True)

    assert "1 Löschung erneut angewendet" in " ".join(report.notes)
    with services.uow() as uow:
        assert uow.session.get(Person, rich.person_id).anonymised_on is not None
        assert uow.session.scalars(select(ErasureRecord.person_id)).all() == [rich.person_id]
    assert all(not hits for hits in _found(engine).values())


def test_file_ledger_alone_and_fingerprint(sqlite_only, services, engine, tmp_path):
    """The table ledger lost (a foreign tool), the file still erases; an entry whose
    creation time does not match (someone else with the same id) erases no one."""
    rich = rich_person.build(services)
    backup = services.backups.backup_now(tmp_path / "vorher.sqlite3")
    services.erasure.anonymise(rich.person_id)
    path = services.erasure.ledger_path
    ledger.append(
        path, [ledger.LedgerEntry(rich.other_id, entries_day(path), "2001-01-01T00:00:00")]
    )
    services.backups.restore(backup, replace=True)
    with services.uow() as uow:
        uow.session.execute(ErasureRecord.__table__.delete())
        uow.session.get(Person, rich.person_id).anonymised_on = None
        uow.commit()
    assert services.erasure.reapply_ledger() == 1
    assert services.people.get(rich.other_id).data.last_name == "Beispielmann"


def entries_day(path):
    return ledger.read(path)[0].erased_on


def test_load_keeps_the_ledger_and_reapplies(services, engine, tmp_path):
    """A dump loaded over the database (PostgreSQL's restore) keeps the target's
    erasure ledger: the erasure is applied again, even without the file."""
    rich = rich_person.build(services)
    dump = tmp_path / "vorher.zip"
    services.backups.dump(dump)
    services.erasure.anonymise(rich.person_id)
    services.erasure.ledger_path.unlink()  # only the table is left

    report = services.backups.load(dump, replace=True)

    assert report.counts["erasure_ledger"] == 1
    assert any("erneut angewendet" in n for n in report.notes)
    with services.uow() as uow:
        p = uow.session.get(Person, rich.person_id)
        assert p.anonymised_on is not None and p.email == ""


def test_no_byte_of_an_inquirer_left(sqlite_only, services, engine):
    """The Lotsen desk's private inquirer: inquiry description, status note, referral
    answer, the partner's contact-history entry, the referral e-mail's disclosure, the
    consent and the audit log – none of her name, contact or need survives, the
    inquiry's statistics do."""
    person_id, inquiry_id = rich_inquirer.build(services)
    before = [s for f in _files(engine) for s in rich_inquirer.secrets() if s in f.read_bytes()]
    assert rich_inquirer.NEED.encode() in before and rich_inquirer.LAST.encode() in before

    report = services.erasure.anonymise(person_id)

    assert report.scrubbed, report.message
    for f in _files(engine):
        raw = f.read_bytes()
        assert [s for s in rich_inquirer.secrets() if s in raw] == [], f.name
    with sqlite3.connect(engine.url.database) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        row = con.execute(
            "SELECT status, outcome, closed_on, description FROM inquiry WHERE id = ?",
            (inquiry_id,),
        ).fetchone()
        assert row == ("abgeschlossen", "Beratung erfolgt", "2025-03-01", "[gelöscht]")
        assert con.execute("SELECT COUNT(*) FROM inquiry_topic").fetchone() == (1,)
        assert con.execute("SELECT answer, referred_on FROM referral").fetchone() == (
            "abgelehnt",
            "2025-02-05",
        )
        assert con.execute("SELECT COUNT(*) FROM disclosure").fetchone() == (1,)
