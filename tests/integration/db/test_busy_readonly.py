"""A database held by another process, and one the user may only read.

Busy: a second process holds SQLite's write lock (``BEGIN IMMEDIATE``) for seconds;
``import``, ``demo --force`` and an upgrade say in German that another program or
another WBA Desktop holds the database, with exit code 3 (``common.BUSY``). The wait
for the lock is shortened for the tests (the app waits ``LOCK_WAIT_MS``).

Read-only: a file without write permission opens read-only (SQLite ``mode=ro``), is
read as usual, and every write ends as ``ReadOnlyError``; the file stays unchanged.
Running as root, ``chmod`` does not bind, so most tests ask for read-only directly or
make the permission check say no; the real ``chmod`` test runs its process without
root's capability to override file permissions (``setpriv``).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from wba_desktop import app, cli
from wba_desktop.cli import common
from wba_desktop.db import DatabaseError, UnitOfWorkFactory, create_db_engine
from wba_desktop.db import engine as engine_module
from wba_desktop.db.engine import DatabaseBusyError, is_read_only
from wba_desktop.db.migrate import HEAD_REVISION, ensure_schema, upgrade
from wba_desktop.errors import BusyError, ReadOnlyError
from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.organisations import OrganisationData

HOLD = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
print("gesperrt", flush=True)
time.sleep(float(sys.argv[2]))
"""


@pytest.fixture
def short_wait(monkeypatch):
    monkeypatch.setattr(engine_module, "LOCK_WAIT_MS", 300)


@pytest.fixture
def sqlite_file(db_url, backend) -> Path:
    if backend != "sqlite":
        pytest.skip("SQLite-Datei")
    eng = create_db_engine(db_url)
    ensure_schema(eng)  # the app's file: WAL journal
    eng.dispose()
    return Path(db_url.removeprefix("sqlite:///"))


class LockHolder:
    """Another process that holds the write lock of ``path`` for ``seconds``."""

    def __init__(self, path: Path, seconds: float = 20) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(path), str(seconds)], stdout=subprocess.PIPE, text=True
        )
        assert self.proc.stdout.readline().strip() == "gesperrt"

    def release(self) -> None:
        self.proc.kill()
        self.proc.wait(timeout=10)


@pytest.fixture
def table(tmp_path) -> Path:
    path = tmp_path / "partner.csv"
    path.write_text("Firma;Ort\nKammer Beispiel;Halle (Saale)\n", encoding="utf-8")
    return path


def _german_busy(err: str) -> None:
    assert err.startswith("Fehler: ") or "\nFehler: " in err
    assert "anderen Programm oder einem anderen WBA Desktop" in err
    assert "noch einmal versuchen" in err
    assert "locked" not in err and "Traceback" not in err


def test_import_into_a_held_database_says_busy(sqlite_file, table, short_wait, capsys):
    holder = LockHolder(sqlite_file)
    try:
        assert cli.main(["--db", str(sqlite_file), "import", str(table)]) == common.BUSY
    finally:
        holder.release()
    _german_busy(capsys.readouterr().err)
    # free again: the same import goes through
    assert cli.main(["--db", str(sqlite_file), "import", str(table)]) == common.OK


def test_demo_force_into_a_held_database_says_busy(sqlite_file, short_wait, capsys):
    holder = LockHolder(sqlite_file)
    try:
        argv = ["--db", str(sqlite_file), "demo", "--force"]
        assert cli.main(argv) == common.BUSY
    finally:
        holder.release()
    _german_busy(capsys.readouterr().err)


def test_an_upgrade_of_a_held_database_says_busy(tmp_path, short_wait):
    path = tmp_path / "alt.sqlite3"
    old = create_db_engine("sqlite:///" + path.as_posix())
    upgrade(old, "0003_verbuende_events")
    old.dispose()
    holder = LockHolder(path)
    eng = create_db_engine("sqlite:///" + path.as_posix())
    try:
        with pytest.raises(DatabaseBusyError) as info:
            ensure_schema(eng, tmp_path / "backups")
    finally:
        holder.release()
    assert isinstance(info.value, BusyError) and isinstance(info.value, DatabaseError)
    assert "anderen Programm oder einem anderen WBA Desktop" in str(info.value)
    assert "locked" not in str(info.value)
    assert ensure_schema(eng, tmp_path / "backups") == HEAD_REVISION  # free: it works
    eng.dispose()


def test_opening_a_locked_team_database_says_busy(backend, db_url, engine):
    if backend != "postgresql":
        pytest.skip("PostgreSQL: lock_timeout")
    eng = create_db_engine(db_url, lock_timeout_ms=200)
    try:
        with engine.connect() as other:  # e.g. an upgrade running on another machine
            other.execute(text("LOCK TABLE alembic_version IN ACCESS EXCLUSIVE MODE"))
            with pytest.raises(DatabaseBusyError, match="anderen WBA Desktop gesperrt"):
                ensure_schema(eng)
            other.rollback()
        assert ensure_schema(eng) == HEAD_REVISION
    finally:
        eng.dispose()


def test_exit_codes_are_documented_in_each_command(capsys):
    for command in ("check", "migrate", "import", "export", "demo", "graph"):
        with pytest.raises(SystemExit):
            cli.main([command, "--help"])
        out = " ".join(capsys.readouterr().out.split())
        assert "3 Datenbank gerade gesperrt" in out, command
        assert "4 Datenbank beschädigt" in out and "5 Datenbank schreibgeschützt" in out
    with pytest.raises(SystemExit):
        cli.main(["import", "--help"])
    assert "1 nichts zu importieren" in " ".join(capsys.readouterr().out.split())


# -- read-only --------------------------------------------------------------------------


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _org_data(services) -> OrganisationData:
    kind = services.reference.organisation_types()[0].id
    return OrganisationData(name="Lesestube Beispiel", type_id=kind)


def test_a_read_only_database_reads_and_refuses_every_write(sqlite_file):
    before = _files(sqlite_file.parent)
    eng = create_db_engine("sqlite:///" + sqlite_file.as_posix(), read_only=True)
    try:
        assert is_read_only(eng)
        assert ensure_schema(eng) == HEAD_REVISION
        uow = UnitOfWorkFactory(eng)
        services = Services.create(uow)
        assert uow.read_only and services.maintenance.is_read_only()
        kinds = services.reference.organisation_types()
        assert len(kinds) == 17  # reading works
        with pytest.raises(ReadOnlyError, match="schreibgeschützt.*Nichts wurde gespeichert"):
            services.organisations.create(_org_data(services))
        assert services.maintenance.check().ok
    finally:
        eng.dispose()
    assert _files(sqlite_file.parent) == before  # unchanged, no -wal or -shm left


def test_a_read_only_database_at_an_older_revision_is_refused(tmp_path):
    path = tmp_path / "alt.sqlite3"
    old = create_db_engine("sqlite:///" + path.as_posix())
    upgrade(old, "0003_verbuende_events")
    old.dispose()
    before = _files(tmp_path)
    eng = create_db_engine("sqlite:///" + path.as_posix(), read_only=True)
    try:
        with pytest.raises(DatabaseError, match="schreibgeschützt und auf einem älteren Stand"):
            ensure_schema(eng, tmp_path / "backups")
    finally:
        eng.dispose()
    assert _files(tmp_path) == before
    assert not (tmp_path / "backups").exists()


@pytest.fixture
def not_writable(monkeypatch):
    """The permission check says no, as it does for a chmod 444 file of another user."""
    monkeypatch.setattr(engine_module, "_writable", lambda _path: False)


def test_the_commands_on_a_read_only_file(sqlite_file, not_writable, table, tmp_path, capsys):
    before = _files(sqlite_file.parent)
    db = ["--db", str(sqlite_file)]
    assert cli.main([*db, "check"]) == common.OK
    captured = capsys.readouterr()
    assert "Integrität:           in Ordnung" in captured.out
    assert "Hinweis: Die Datenbank ist schreibgeschützt" in captured.err
    assert cli.main([*db, "migrate"]) == common.OK
    out = tmp_path / "ausgabe" / "liste.csv"
    out.parent.mkdir()
    assert cli.main([*db, "export", "organisations", "--out", str(out)]) == common.OK
    assert out.exists()
    capsys.readouterr()
    assert cli.main([*db, "import", str(table)]) == common.READ_ONLY
    err = capsys.readouterr().err
    assert "Fehler: Die Datenbank ist schreibgeschützt" in err and "Traceback" not in err
    assert _files(sqlite_file.parent) == before
    services, eng = app.open_database(str(sqlite_file))
    try:
        assert services.maintenance.is_read_only()
    finally:
        eng.dispose()


def _unprivileged() -> list[str]:
    """The command prefix under which file permissions bind: none for a normal user;
    for root, ``setpriv`` without the capability to override them."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return []
    prefix = ["setpriv", "--inh-caps=-dac_override", "--bounding-set=-dac_override"]
    if not shutil.which("setpriv") or subprocess.run([*prefix, "true"]).returncode:
        pytest.skip("als root bindet chmod nicht, und setpriv fehlt")
    return prefix


@pytest.mark.parametrize("locked", ["datei", "ordner"])
def test_a_chmod_protected_file_opens_read_only(locked, sqlite_file, table, tmp_path):
    """A real chmod: the file 444, or its folder 555; a real process reads it and
    refuses to write, and leaves the file as it was (no -wal, no -shm)."""
    prefix = _unprivileged()
    folder = tmp_path / "nur-lesen"
    folder.mkdir()
    path = folder / "wba.sqlite3"
    shutil.copyfile(sqlite_file, path)
    before = _files(folder)
    (path if locked == "datei" else folder).chmod(0o444 if locked == "datei" else 0o555)
    env = {**os.environ, "WBA_DATA_DIR": str(tmp_path / "appdaten")}
    try:
        for argv, code, words in (
            (["check"], common.OK, "Hinweis: Die Datenbank ist schreibgeschützt"),
            (
                ["import", str(table)],
                common.READ_ONLY,
                "Fehler: Die Datenbank ist schreibgeschützt",
            ),
        ):
            result = subprocess.run(
                [*prefix, sys.executable, "-m", "wba_desktop", "--db", str(path), *argv],
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
            )
            assert result.returncode == code, result.stderr
            assert words in result.stderr and "Traceback" not in result.stderr
    finally:
        path.chmod(0o644)
        folder.chmod(0o755)
    assert _files(folder) == before


def test_no_new_database_in_a_protected_folder(tmp_path):
    prefix = _unprivileged()
    folder = tmp_path / "geschützt"
    folder.mkdir()
    folder.chmod(0o555)
    env = {**os.environ, "WBA_DATA_DIR": str(tmp_path / "appdaten")}
    try:
        result = subprocess.run(
            [*prefix, sys.executable, "-m", "wba_desktop", "--db", str(folder / "wba.sqlite3")]
            + ["migrate"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
    finally:
        folder.chmod(0o755)
    assert result.returncode == common.ERROR
    assert "darf WBA Desktop keine neue Datenbank anlegen" in result.stderr
    assert list(folder.iterdir()) == []


def test_a_writer_meanwhile_is_not_disturbed(sqlite_file):
    """A read-only view next to a writer that has the file open: mode=ro (no
    ``immutable``), so SQLite's locking still applies and the writer's change is seen."""
    writer = sqlite3.connect(sqlite_file)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("INSERT INTO tag (name) VALUES ('Vorher')")
    writer.commit()
    eng = create_db_engine("sqlite:///" + sqlite_file.as_posix(), read_only=True)
    try:
        services = Services.create(UnitOfWorkFactory(eng))
        writer.execute("INSERT INTO tag (name) VALUES ('Nachher')")
        writer.commit()
        names = {t.name for t in services.reference.tags()}
        assert {"Vorher", "Nachher"} <= names
    finally:
        eng.dispose()
        writer.close()
