"""The start page's first look (``services.glance``) read with sqlite3 alone: the same
counts, follow-ups, due items and events as the full read, on the same file; None
whenever the file cannot be read safely (invented names only)."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from tests.integration.lotsen.desk_setup import TODAY
from tests.integration.services.test_dashboard import day  # noqa: F401 - the fixture
from wba_desktop import paths
from wba_desktop.db.health import sqlite_path
from wba_desktop.services.directory.activities import ActivityData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.glance import Counts, Glance, read_glance


@pytest.fixture
def backend() -> str:
    """A SQLite file is what the first look reads (a team database has none)."""
    return "sqlite"


@pytest.fixture
def path(engine) -> Path:
    found = sqlite_path(engine)
    assert found is not None
    return found


def same_as_full_read(glance: Glance | None, services, today, rows: int) -> None:
    assert glance is not None
    full = services.dashboard.summary(today, rows=rows)
    for f in dataclasses.fields(glance):
        assert getattr(glance, f.name) == getattr(full, f.name), f.name


@pytest.mark.parametrize("shift", [0, -3, 4, 25])
def test_the_first_look_is_the_full_reads_start(services, path, day, shift):  # noqa: F811
    """On every day around the fixture's: counts, follow-ups (a person with a title
    too), the due tasks and checklist items, the next events: equal field by field."""
    dr = services.people.create(PersonData(last_name="Quellweg", first_name="Ida", title="Dr."))
    services.activities.save(
        ActivityData(TODAY - timedelta(days=8), person_id=dr.id, subject="Termin nachhalten",
                     due_on=TODAY - timedelta(days=1)),
        today=TODAY,
    )  # fmt: skip
    today = TODAY + timedelta(days=shift)
    for rows in (6, 2):
        same_as_full_read(read_glance(path, today, rows), services, today, rows)


def test_what_the_first_look_shows_on_the_fixtures_day(path, day):  # noqa: F811
    g = read_glance(path, TODAY)
    assert g is not None
    assert g.counts == Counts(partners=4, people=g.counts.people, active_verbuende=1,
                              events_ahead=2, open_inquiries=1)  # fmt: skip
    assert [f.subject for f in g.followups.first] == ["Rückruf", "Angebot nachfassen"]
    assert [d.title for d in g.due] == ["Beirat einladen", "Raum buchen", "Kick-off"]
    assert [e.title for e in g.events] == ["Fachtag Tannenbühl", "Netzwerkabend Mühlental"]


def test_an_empty_database_has_an_empty_first_look(services, path):
    g = read_glance(path, TODAY)
    assert g is not None
    assert g.counts == Counts(0, 0, 0, 0, 0)
    assert (g.due, g.events, g.followups.first) == ((), (), [])
    same_as_full_read(g, services, TODAY, 6)


def test_no_first_look_at_another_schema_revision(path, engine):
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0010_search_index'")
    assert read_glance(path, TODAY) is None


def test_no_first_look_at_a_missing_damaged_or_foreign_file(tmp_path):
    assert read_glance(None, TODAY) is None
    assert read_glance(tmp_path / "fehlt.sqlite3", TODAY) is None
    assert not (tmp_path / "fehlt.sqlite3").exists()  # nothing is created
    garbage = tmp_path / "kaputt.sqlite3"
    garbage.write_bytes(b"Dies ist keine Datenbank." * 100)
    assert read_glance(garbage, TODAY) is None
    foreign = tmp_path / "fremd.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE kunden (name TEXT)")
    assert read_glance(foreign, TODAY) is None


def test_no_first_look_on_a_network_drive(path, monkeypatch):
    """There every page read is slow; the main window's full read follows anyway."""
    from wba_desktop.services import glance

    monkeypatch.setattr(glance, "on_network_drive", lambda p: p == path)
    assert read_glance(path, TODAY) is None


def test_no_first_look_while_another_program_locks_the_file(path, engine):
    engine.dispose()
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        assert read_glance(path, TODAY) is None  # within the short lock wait, no error
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert read_glance(path, TODAY) is not None


def test_the_first_look_writes_nothing(path, engine, day):  # noqa: F811
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = path.read_bytes()
    assert read_glance(path, TODAY) is not None
    assert path.read_bytes() == before


def test_the_first_look_reads_the_file_the_app_opens(tmp_path, monkeypatch):
    """The same file as ``paths.database_url`` names; none for a team database."""
    monkeypatch.delenv(paths.ENV_DB, raising=False)
    assert paths.sqlite_file(paths.database_url(None)) == paths.data_dir() / paths.DB_FILENAME
    mine = tmp_path / "Meine Daten" / "wba.sqlite3"
    assert paths.sqlite_file(paths.database_url(str(mine))) == mine.resolve()
    assert paths.sqlite_file("postgresql+psycopg://wba@server/wba") is None
    assert paths.sqlite_file("sqlite://") is None
    assert paths.sqlite_file("sqlite:///:memory:") is None
