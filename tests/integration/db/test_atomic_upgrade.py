"""Upgrades are all or nothing on SQLite: a failed or killed upgrade leaves the previous
revision intact, the next start upgrades cleanly, and a retry writes no second backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, text

from tests.kill_trials import KillMoments, run_child
from wba_desktop.db import create_db_engine
from wba_desktop.db import migrate as migrate_module
from wba_desktop.db.engine import DatabaseError
from wba_desktop.db.migrate import HEAD_REVISION, ensure_schema, upgrade

OLD = "0001_initial"
TRIALS = 20


def _release_one(path: Path) -> None:
    """A database of release 1 (schema 0001) holding one organisation."""
    engine = create_db_engine("sqlite:///" + path.as_posix())
    upgrade(engine, OLD)
    with engine.begin() as conn:
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
    engine.dispose()


def _state(path: Path) -> tuple[str, str | None, set[str], int]:
    """(integrity check, revision, tables, organisations) read with plain sqlite3."""
    con = sqlite3.connect(path)
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        orgs = con.execute("SELECT count(*) FROM organisation").fetchone()[0]
    finally:
        con.close()
    return integrity, revision, tables, orgs


def test_a_failed_upgrade_leaves_the_old_revision_and_the_next_start_upgrades(
    tmp_path, monkeypatch
):
    path = tmp_path / "alt.sqlite3"
    _release_one(path)
    _, _, before, _ = _state(path)
    real = migrate_module._transactional_sqlite

    def failing(engine):
        ddl = real(engine)

        @event.listens_for(ddl, "before_cursor_execute")
        def _boom(conn, cursor, statement, *args):
            if "CREATE TABLE verbund_task" in statement:  # deep inside the last revision
                raise sqlite3.OperationalError("disk I/O error (simulated)")

        return ddl

    monkeypatch.setattr(migrate_module, "_transactional_sqlite", failing)
    backups = tmp_path / "backups"
    engine = create_db_engine("sqlite:///" + path.as_posix())
    with pytest.raises(DatabaseError, match="konnte nicht aktualisiert werden"):
        ensure_schema(engine, backups)
    engine.dispose()
    integrity, revision, tables, orgs = _state(path)
    assert (integrity, revision, orgs) == ("ok", OLD, 1)
    assert tables == before  # no table of 0002 or 0003 was left behind
    assert len(list(backups.glob("*.sqlite3"))) == 1

    monkeypatch.setattr(migrate_module, "_transactional_sqlite", real)
    engine = create_db_engine("sqlite:///" + path.as_posix())
    assert ensure_schema(engine, backups) == HEAD_REVISION  # the retry goes through
    engine.dispose()
    assert _state(path)[1] == HEAD_REVISION and _state(path)[3] == 1
    assert len(list(backups.glob("*.sqlite3"))) == 1  # one backup per step, not per try


KILLED_MIGRATE = """
import sys
from wba_desktop.db import create_db_engine
from wba_desktop.db.migrate import ensure_schema
from tests.kill_trials import done, started
engine = create_db_engine("sqlite:///" + sys.argv[1])
started()
ensure_schema(engine)
done()
"""


@pytest.mark.slow
def test_killed_upgrades_never_leave_a_broken_database(tmp_path):
    """kill -9 at random moments of an upgrade, twenty times: every database is intact,
    at the old or the new revision with its data, and upgrades cleanly afterwards."""
    template = tmp_path / "template.sqlite3"
    _release_one(template)
    probe = tmp_path / "probe.sqlite3"
    probe.write_bytes(template.read_bytes())
    moments = KillMoments(run_child(KILLED_MIGRATE, [probe.as_posix()]), TRIALS, "upgrade")
    assert _state(probe)[1] == HEAD_REVISION
    outcomes = {OLD: 0, HEAD_REVISION: 0}
    for i, moment in enumerate(moments):
        path = tmp_path / f"kill{i}.sqlite3"
        path.write_bytes(template.read_bytes())
        moments.update(moment, run_child(KILLED_MIGRATE, [path.as_posix()], moment))
        integrity, revision, _tables, orgs = _state(path)
        assert integrity == "ok" and orgs == 1, (i, moment, integrity, orgs)
        assert revision in outcomes, (i, moment, revision)  # all or nothing
        outcomes[revision] += 1
        engine = create_db_engine("sqlite:///" + path.as_posix())
        assert ensure_schema(engine) == HEAD_REVISION, i
        engine.dispose()
        assert _state(path)[1] == HEAD_REVISION and _state(path)[3] == 1
    assert sum(outcomes.values()) == TRIALS
    # some kills really landed inside an upgrade, some after it
    assert outcomes[OLD] >= 1 and outcomes[HEAD_REVISION] >= 1, (moments.duration, outcomes)
