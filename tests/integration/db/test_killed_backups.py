"""Kill trials: a process killed (SIGKILL) at random moments of a restore, a load and a
backup, 20 times each. Afterwards every database passes ``PRAGMA integrity_check``,
holds either the old or the new content (never a mix: counted), and opens at the
newest revision; a listed backup is always complete.

The child copies in small steps with a short pause per step (the progress callback
sleeps), so that the random kills land inside the work and not only around it."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests import databases
from tests.integration.db.backup_support import add_organisations
from wba_desktop.db import UnitOfWorkFactory, create_db_engine
from wba_desktop.db.backup import list_backups
from wba_desktop.db.dump import dump
from wba_desktop.db.migrate import HEAD_REVISION, ensure_schema
from wba_desktop.services.bundle import Services

CHILD = """
import sys, time
from pathlib import Path
import wba_desktop.db.backup as backup
import wba_desktop.db.load as load
import wba_desktop.db.restore as restore
from wba_desktop.db import UnitOfWorkFactory, create_db_engine
from wba_desktop.services.backups import BackupService

op, target, source, folder = sys.argv[1:5]
backup._PAGES_PER_STEP = restore._PAGES_PER_STEP = 8
load.BATCH = 100
engine = create_db_engine("sqlite:///" + target)
service = BackupService(UnitOfWorkFactory(engine), folder=Path(folder))
pause = lambda done, total, what: time.sleep(0.004)
print("start", flush=True)
if op == "backup":
    service.backup_now(progress=pause)
else:
    service.restore(Path(source), replace=True, progress=pause)
print("done", flush=True)
"""

OLD_ORGS = 5


@pytest.fixture(scope="module")
def files(tmp_path_factory, _sqlite_demo_template):
    """(old target, new content as SQLite backup, new content as dump, its org count)."""
    root = tmp_path_factory.mktemp("kill")
    old = root / "old.sqlite3"
    databases.migrate(databases.sqlite_url(old))
    engine = create_db_engine(databases.sqlite_url(old))
    add_organisations(
        Services.create(UnitOfWorkFactory(engine)),
        [f"Altbestand {i} Werkstatt GmbH" for i in range(OLD_ORGS)],
    )
    engine.dispose()
    databases.self_contained(old)
    new, summary = _sqlite_demo_template
    engine = create_db_engine(databases.sqlite_url(new))
    archive = dump(engine, root / "new.zip").path
    engine.dispose()
    return old, new, archive, summary.organisations


def _state(path: Path) -> tuple[str, int, list]:
    con = sqlite3.connect(path)
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        orgs = con.execute("SELECT count(*) FROM organisation").fetchone()[0]
        broken_links = con.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        con.close()
    return integrity, orgs, broken_links


def _opens_at_head(path: Path) -> None:
    engine = create_db_engine(databases.sqlite_url(path))
    try:
        assert ensure_schema(engine) == HEAD_REVISION
    finally:
        engine.dispose()


def _kill_at_random(args: list[str], rng: random.Random | None, window: float = 0.0) -> float:
    """Run the child and kill it at a random moment within ``window`` seconds after it
    started working (never, without ``rng``); returns how long it worked if it finished,
    else 0."""
    root = Path(__file__).resolve().parents[3]
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, *args], cwd=root, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout.readline().strip() == "start"
        started = time.perf_counter()
        if rng is None:
            assert proc.stdout.readline().strip() == "done"
            return time.perf_counter() - started
        time.sleep(rng.uniform(0.0, window))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        return 1.0 if proc.stdout.read().strip() == "done" else 0.0
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()


@pytest.mark.slow
@pytest.mark.parametrize("op", ["restore", "load"])
def test_a_killed_restore_or_load_leaves_the_old_or_the_new_content(files, tmp_path, op):
    old, new_sqlite, new_dump, new_orgs = files
    source = new_sqlite if op == "restore" else new_dump
    rng = random.Random(f"{op}-20261206")
    outcomes = {OLD_ORGS: 0, new_orgs: 0}
    trial = tmp_path / "probe.sqlite3"
    trial.write_bytes(old.read_bytes())
    # one undisturbed run tells how long the work takes on this machine
    window = 1.2 * _kill_at_random([op, trial.as_posix(), source.as_posix(), str(tmp_path)], None)
    for i in range(20):
        target = tmp_path / f"ziel{i}.sqlite3"
        target.write_bytes(old.read_bytes())
        folder = tmp_path / f"b{i}"
        _kill_at_random([op, target.as_posix(), source.as_posix(), str(folder)], rng, window)
        integrity, orgs, broken = _state(target)
        assert integrity == "ok" and not broken, (i, integrity, broken)
        assert orgs in outcomes, (i, orgs)  # all or nothing
        outcomes[orgs] += 1
        _opens_at_head(target)
        for info in list_backups(folder, target.stem):  # a listed backup is complete
            assert _state(info.path)[:2] == ("ok", OLD_ORGS), (i, info)
    assert outcomes[OLD_ORGS] >= 1 and outcomes[new_orgs] >= 1, outcomes


@pytest.mark.slow
def test_a_killed_backup_leaves_the_database_and_only_complete_backups(files, tmp_path):
    _, new_sqlite, _, new_orgs = files
    rng = random.Random("backup-20261206")
    finished = 0
    probe = tmp_path / "probe.sqlite3"
    probe.write_bytes(new_sqlite.read_bytes())
    window = 1.2 * _kill_at_random(["backup", probe.as_posix(), "", str(tmp_path)], None)
    for i in range(20):
        source = tmp_path / f"quelle{i}.sqlite3"
        source.write_bytes(new_sqlite.read_bytes())
        folder = tmp_path / f"b{i}"
        finished += _kill_at_random(["backup", source.as_posix(), "", str(folder)], rng, window)
        assert _state(source)[:2] == ("ok", new_orgs), i
        _opens_at_head(source)
        for info in list_backups(folder, source.stem):
            assert _state(info.path)[:2] == ("ok", new_orgs), (i, info)
    assert finished < 20  # some kills landed inside the backup
