"""Upgrades are all or nothing on SQLite: a failed or killed upgrade leaves the previous
revision intact, the next start upgrades cleanly, and a retry writes no second backup."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import event, text

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
engine = create_db_engine("sqlite:///" + sys.argv[1])
print("start", flush=True)
ensure_schema(engine)
print("done", flush=True)
"""


def _upgrade_in_child(path: Path, kill_after: float | None) -> float:
    """Upgrade ``path`` in a child process; kill it ``kill_after`` seconds after the
    upgrade started (never, with None). Returns how long the upgrade took if it
    finished, else 0."""
    root = Path(__file__).resolve().parents[3]
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_MIGRATE, path.as_posix()],
        cwd=root,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout.readline().strip() == "start"
        started = time.perf_counter()
        if kill_after is None:
            assert proc.stdout.readline().strip() == "done"
            return time.perf_counter() - started
        try:
            proc.wait(timeout=kill_after)  # it finished before the moment
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        return time.perf_counter() - started if proc.stdout.read().strip() == "done" else 0.0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
        proc.stdout.close()


@pytest.mark.slow
def test_killed_upgrades_never_leave_a_broken_database(tmp_path):
    """kill -9 at random moments of an upgrade, twenty times: every database is intact,
    at the old or the new revision with its data, and upgrades cleanly afterwards. The
    moments are spread over a window tuned from one undisturbed upgrade: one random
    moment in each twentieth of it."""
    template = tmp_path / "template.sqlite3"
    _release_one(template)
    probe = tmp_path / "probe.sqlite3"
    probe.write_bytes(template.read_bytes())
    window = 1.5 * _upgrade_in_child(probe, None)
    assert _state(probe)[1] == HEAD_REVISION
    rng = random.Random(20261206)
    moments = [window * (k + rng.random()) / TRIALS for k in range(TRIALS)]
    rng.shuffle(moments)
    outcomes = {OLD: 0, HEAD_REVISION: 0}
    for i, moment in enumerate(moments):
        path = tmp_path / f"kill{i}.sqlite3"
        path.write_bytes(template.read_bytes())
        _upgrade_in_child(path, moment)
        integrity, revision, _tables, orgs = _state(path)
        assert integrity == "ok" and orgs == 1, (i, moment, integrity, orgs)
        assert revision in outcomes, (i, moment, revision)  # all or nothing
        outcomes[revision] += 1
        engine = create_db_engine("sqlite:///" + path.as_posix())
        assert ensure_schema(engine) == HEAD_REVISION, i
        engine.dispose()
        assert _state(path)[1] == HEAD_REVISION and _state(path)[3] == 1
    # some kills really landed inside an upgrade, some after it
    assert outcomes[OLD] >= 1 and outcomes[HEAD_REVISION] >= 1, (window, outcomes)
