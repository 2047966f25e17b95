"""Schema upgrades, reference data, unusable databases, backups and the database URL."""

from __future__ import annotations

import csv
import random
import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from wba_desktop import paths
from wba_desktop.db import DatabaseError, create_db_engine
from wba_desktop.db.migrate import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    alembic_config,
    backup_sqlite,
    current_revision,
    ensure_schema,
)

REGIONS_CSV = Path(__file__).resolve().parents[3] / "resources" / "regions_sachsen_anhalt.csv"


def _rows(engine, sql: str) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


def _url(path: Path) -> str:
    return "sqlite:///" + path.as_posix()


@pytest.fixture
def fresh_engine(tmp_path):
    eng = create_db_engine(_url(tmp_path / "fresh.sqlite3"))
    yield eng
    eng.dispose()


# -- reference data at head ---------------------------------------------------------


def test_regions_match_the_shipped_csv(engine):
    with open(REGIONS_CSV, encoding="utf-8") as fh:
        expected = {(r["ags"], r["name"], r["kind"], r["wba_region"]) for r in csv.DictReader(fh)}
    stored = set(_rows(engine, "SELECT ags, name, kind, wba_region FROM region"))
    assert len(stored) == 14
    assert stored == expected
    kinds = dict(_rows(engine, "SELECT kind, count(*) FROM region GROUP BY kind"))
    assert kinds == {"Landkreis": 11, "kreisfreie Stadt": 3}


def test_some_regions_spot_checked(engine):
    rows = dict(_rows(engine, "SELECT name, wba_region FROM region"))
    assert rows["Dessau-Roßlau"] == "Ost"
    assert rows["Halle (Saale)"] == "Süd"
    assert rows["Magdeburg"] == "Nord"
    assert rows["Harz"] == "West"
    assert set(rows.values()) == {"Nord", "Süd", "Ost", "West"}


def test_seventeen_organisation_types(engine):
    rows = _rows(engine, "SELECT name, is_multiplier FROM organisation_type ORDER BY sort_order")
    assert len(rows) == 17
    names = [n for n, _ in rows]
    assert names[0] == "Kammer (IHK)" and names[-1] == "Sonstige"
    assert "Weiterbildungsträger" in names and "Agentur für Arbeit" in names
    not_multipliers = {n for n, m in rows if not m}
    assert not_multipliers == {"Unternehmen", "Schule / Berufsschule"}


def test_relation_types_directed_ones_have_reverse_labels(engine):
    rows = _rows(engine, "SELECT name, forward_label, reverse_label, directed FROM relation_type")
    by_name = {r[0]: r for r in rows}
    assert len(rows) >= 2
    assert by_name["Mitgliedschaft"][1:] == ("ist Mitglied von", "hat als Mitglied", 1)
    assert by_name["Kooperation"][1:] == ("kooperiert mit", None, 0)
    for name, forward, reverse, directed in rows:
        assert forward, name
        if directed:
            assert reverse and reverse != forward, name
        else:
            assert reverse is None, name


# -- revisions ------------------------------------------------------------------------


def test_head_revision_matches_alembic_scripts(engine):
    script = ScriptDirectory.from_config(alembic_config(engine))
    assert script.get_heads() == [HEAD_REVISION]
    assert {s.revision for s in script.walk_revisions()} == set(KNOWN_REVISIONS)


def test_fresh_database_is_at_head(engine):
    assert current_revision(engine) == HEAD_REVISION
    assert _rows(engine, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]


def test_empty_database_has_no_revision(fresh_engine):
    assert current_revision(fresh_engine) is None


def test_ensure_schema_is_idempotent(fresh_engine, tmp_path):
    backups = tmp_path / "backups"
    assert ensure_schema(fresh_engine, backups) == HEAD_REVISION
    with fresh_engine.begin() as conn:
        conn.execute(text("INSERT INTO tag (name) VALUES ('Bau')"))
    assert ensure_schema(fresh_engine, backups) == HEAD_REVISION
    assert ensure_schema(fresh_engine, backups) == HEAD_REVISION
    assert _rows(fresh_engine, "SELECT count(*) FROM region") == [(14,)]
    assert _rows(fresh_engine, "SELECT count(*) FROM organisation_type") == [(17,)]
    assert _rows(fresh_engine, "SELECT name FROM tag") == [("Bau",)]
    # already at head: nothing to back up
    assert not backups.exists() or list(backups.iterdir()) == []


def test_ensure_schema_creates_missing_folder(tmp_path):
    eng = create_db_engine(_url(tmp_path / "neu" / "tief" / "wba.sqlite3"))
    try:
        assert ensure_schema(eng) == HEAD_REVISION
        assert (tmp_path / "neu" / "tief" / "wba.sqlite3").is_file()
    finally:
        eng.dispose()


# -- databases the app must refuse -------------------------------------------------------


def test_newer_database_is_refused_and_left_untouched(fresh_engine, tmp_path):
    ensure_schema(fresh_engine)
    with fresh_engine.begin() as conn:
        conn.execute(text("INSERT INTO tag (name) VALUES ('Handwerk')"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    with pytest.raises(DatabaseError) as info:
        ensure_schema(fresh_engine, tmp_path / "backups")
    assert "neueren Version" in str(info.value)
    assert "0099_future" in str(info.value)
    assert _rows(fresh_engine, "SELECT version_num FROM alembic_version") == [("0099_future",)]
    assert _rows(fresh_engine, "SELECT name FROM tag") == [("Handwerk",)]
    assert _rows(fresh_engine, "SELECT count(*) FROM region") == [(14,)]


def test_file_that_is_not_a_database_gives_database_error(tmp_path):
    path = tmp_path / "kaputt.sqlite3"
    payload = random.Random(42).randbytes(8192)
    path.write_bytes(payload)
    eng = create_db_engine(_url(path))
    try:
        with pytest.raises(DatabaseError) as info:
            ensure_schema(eng)
    finally:
        eng.dispose()
    assert "kann nicht geöffnet werden" in str(info.value)
    assert path.read_bytes() == payload  # not overwritten


def test_foreign_sqlite_file_gives_database_error(tmp_path):
    path = tmp_path / "fremd.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE kunden (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO kunden (name) VALUES ('Fremd')")
    con.commit()
    con.close()
    before = path.read_bytes()
    eng = create_db_engine(_url(path))
    try:
        with pytest.raises(DatabaseError) as info:
            ensure_schema(eng)
        assert "keine WBA-Desktop-Datenbank" in str(info.value)
        tables = {r[0] for r in _rows(eng, "SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        eng.dispose()
    assert tables == {"kunden"}
    assert path.read_bytes() == before  # refused untouched: no switch to WAL
    assert not path.with_name(path.name + "-wal").exists()


# -- backup ------------------------------------------------------------------------------


def test_backup_sqlite_writes_readable_copy(engine, tmp_path):
    if engine.dialect.name != "sqlite":
        assert backup_sqlite(engine, tmp_path / "backups", "test") is None
        return
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO tag (name) VALUES ('Digitalisierung')"))
    target = backup_sqlite(engine, tmp_path / "backups", "test")
    assert target is not None and target.is_file()
    assert target.parent == tmp_path / "backups"
    assert "test" in target.name and target.suffix == ".sqlite3"
    con = sqlite3.connect(target)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT name FROM tag").fetchall() == [("Digitalisierung",)]
        assert con.execute("SELECT count(*) FROM region").fetchone() == (14,)
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
    finally:
        con.close()


def test_backup_of_missing_file_returns_none(tmp_path):
    eng = create_db_engine(_url(tmp_path / "gibtsnicht.sqlite3"))
    try:
        assert backup_sqlite(eng, tmp_path / "backups", "test") is None
    finally:
        eng.dispose()


# -- database URL ------------------------------------------------------------------------


def test_database_url_default_is_in_data_dir(_data_dir):
    assert paths.database_url() == "sqlite:///" + (_data_dir / "wba.sqlite3").as_posix()


def test_database_url_plain_path_becomes_sqlite_url(tmp_path, monkeypatch):
    target = tmp_path / "Daten" / "wba.sqlite3"
    assert paths.database_url(str(target)) == "sqlite:///" + target.as_posix()
    monkeypatch.chdir(tmp_path)
    expected = "sqlite:///" + (tmp_path / "rel.sqlite3").resolve().as_posix()
    assert paths.database_url("rel.sqlite3") == expected


def test_database_url_keeps_urls():
    url = "postgresql+psycopg://wba:geheim@server/wba"
    assert paths.database_url(url) == url
    assert paths.database_url("sqlite:///:memory:") == "sqlite:///:memory:"


def test_database_url_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("WBA_DATABASE_URL", "postgresql://team/wba")
    assert paths.database_url() == "postgresql://team/wba"
    monkeypatch.setenv("WBA_DATABASE_URL", str(tmp_path / "env.sqlite3"))
    assert paths.database_url() == "sqlite:///" + (tmp_path / "env.sqlite3").as_posix()
    # --db wins over the environment
    assert paths.database_url("sqlite:///x.db") == "sqlite:///x.db"


# -- connection settings ------------------------------------------------------------------


def test_sqlite_pragmas_are_active(engine):
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite pragmas")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_foreign_keys_are_enforced(engine):
    with pytest.raises(IntegrityError, match="(?i)foreign key"), engine.begin() as conn:
        conn.execute(text("INSERT INTO person_tag (person_id, tag_id) VALUES (999, 999)"))


def test_two_backups_in_one_second_are_kept_apart(engine, tmp_path):
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite-Sicherung")
    first = backup_sqlite(engine, tmp_path / "b", "test")
    second = backup_sqlite(engine, tmp_path / "b", "test")
    assert first != second and first.exists() and second.exists()


def test_upgrade_of_a_first_release_database_keeps_its_data(tmp_path):
    """A database of release 1 (schema 0001) with data is brought to head intact."""
    from wba_desktop.db import UnitOfWorkFactory, create_db_engine
    from wba_desktop.db.migrate import ensure_schema, upgrade
    from wba_desktop.services.bundle import Services
    from wba_desktop.services.directory.organisations import OrganisationData
    from wba_desktop.services.directory.people import PersonData

    path = tmp_path / "release1.sqlite3"
    old = create_db_engine("sqlite:///" + path.as_posix())
    upgrade(old, "0001_initial")
    with old.begin() as conn:
        kind = conn.execute(text("SELECT id FROM organisation_type LIMIT 1")).scalar()
        conn.execute(
            text(
                "INSERT INTO organisation (name, short_name, type_id, street, postcode, city, "
                "website, email, phone, sectors, size_class, active, stance, notes, search_key, "
                "sort_key, dup_key, version, created_at, updated_at) VALUES ('Bäckerei Krüger', "
                "'', :k, '', '06366', 'Köthen (Anhalt)', '', '', '', '', '', 1, '', '', "
                "'baeckerei krueger koethen', 'backerei kruger', 'baeckerei krueger', 1, "
                "'2025-01-02 03:04:05', '2025-01-02 03:04:05')"
            ),
            {"k": kind},
        )
    old.dispose()

    backups = tmp_path / "backups"
    engine = create_db_engine("sqlite:///" + path.as_posix())
    assert ensure_schema(engine, backups) == HEAD_REVISION
    assert len(list(backups.glob("*.sqlite3"))) == 1  # the backup before the upgrade
    services = Services.create(UnitOfWorkFactory(engine))
    (hit,) = services.search.search("baeckerei")
    assert hit.title == "Bäckerei Krüger"
    # the new schema works on the old data
    services.organisations.create(OrganisationData(name="Neu", type_id=kind))
    services.people.create(PersonData(last_name="Neumann"))
    engine.dispose()
