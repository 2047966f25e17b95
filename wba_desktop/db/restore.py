"""Restore a database from a backup copy (SQLite file) or a portable dump (zip).

:func:`restore` checks the file before it touches anything: a SQLite backup must pass
``PRAGMA integrity_check``, be a WBA Desktop database and have a revision this app
knows (older ones are upgraded after the restore); a dump must match its manifest
(:func:`wba_desktop.db.dump.verify`). A target holding data is refused unless
``replace=True``; then a backup of what is replaced is written first (reason
``vor-wiederherstellung``; on PostgreSQL a dump).

SQLite into SQLite uses the online backup API from the file into the target: SQLite
writes the whole copy in one transaction of the target, so a kill part-way leaves the
old content. Everything else goes through the dump's loader in one transaction: a
SQLite backup into PostgreSQL is read from a temporary copy (upgraded there first if
it is older). The runtime tables (running programs, change notices) keep the
target's rows; the erasure ledger keeps the target's rows and gains the file's. The
caller tells its listeners that everything changed (``UnitOfWorkFactory.notify_all()``);
the services' facade does.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from sqlalchemy import Engine, select

from wba_desktop.db.backup import (
    BEFORE_RESTORE,
    DUMP_SUFFIX,
    BackupError,
    Cancel,
    Progress,
    backup_sqlite,
    database_stem,
    new_backup_path,
    run_backup,
    sqlite_file,
)
from wba_desktop.db.dump import RUNTIME_TABLES, Manifest, dump, verify
from wba_desktop.db.engine import LOCK_WAIT_MS, create_db_engine
from wba_desktop.db.load import (
    LoadReport,
    TargetNotEmpty,
    copy_database,
    data_counts,
    load,
    merge_ledger,
    not_empty_message,
    table_counts,
)
from wba_desktop.db.migrate import HEAD_REVISION, KNOWN_REVISIONS, current_revision, ensure_schema
from wba_desktop.i18n import _
from wba_desktop.models import Base

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
ZIP_MAGIC = b"PK\x03\x04"
_PAGES_PER_STEP = 2048


def file_kind(path: Path) -> str:
    """ "sqlite" for a SQLite file, "dump" for a zip; BackupError for anything else."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(_("Die Datei „{path}“ gibt es nicht.").format(path=path))
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise BackupError(
            _("Die Datei „{name}“ kann nicht gelesen werden ({exc}).").format(
                name=path.name, exc=exc
            )
        ) from exc
    if head == SQLITE_MAGIC:
        return "sqlite"
    if head.startswith(ZIP_MAGIC):
        return "dump"
    raise BackupError(
        _(
            "Die Datei „{name}“ ist weder eine Sicherung (.sqlite3) noch eine "
            "Datensicherung (.zip) von WBA Desktop."
        ).format(name=path.name)
    )


def check_sqlite_backup(path: Path) -> str:
    """The revision of the SQLite backup ``path`` after checking that it is intact and a
    WBA Desktop database this version can open. The file is opened read-only."""
    path = Path(path)
    name = path.name
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        raise BackupError(
            _("Die Sicherung „{name}“ kann nicht geöffnet werden ({exc}).").format(
                name=name, exc=exc
            )
        ) from exc
    try:
        problems = [r[0] for r in con.execute("PRAGMA integrity_check(5)")]
        if problems != ["ok"]:
            raise BackupError(
                _(
                    "Die Sicherung „{name}“ ist beschädigt ({problems}). Bitte eine andere "
                    "Sicherung wählen."
                ).format(name=name, problems=problems[0])
            )
        try:
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError as exc:
            raise BackupError(
                _("Die Datei „{name}“ ist keine Datenbank von WBA Desktop.").format(name=name)
            ) from exc
    except sqlite3.DatabaseError as exc:
        raise BackupError(
            _(
                "Die Sicherung „{name}“ ist beschädigt oder keine Datenbank ({exc}). Bitte eine "
                "andere Sicherung wählen."
            ).format(name=name, exc=exc)
        ) from exc
    finally:
        con.close()
    if revision is None or revision[0] not in KNOWN_REVISIONS:
        raise BackupError(
            _(
                "Die Sicherung „{name}“ stammt von einer neueren Version von WBA Desktop (Schema "
                "„{revision}“). Bitte WBA Desktop aktualisieren."
            ).format(name=name, revision=revision[0] if revision else "?")
        )
    return revision[0]


def check_file(path: Path, progress: Progress | None = None) -> tuple[str, str]:
    """(kind, revision) of a backup or dump file after all checks; BackupError if unusable."""
    kind, revision, _ = _check(path, progress)
    return kind, revision


def _check(path: Path, progress: Progress | None) -> tuple[str, str, Manifest | None]:
    kind = file_kind(path)
    if kind == "sqlite":
        return kind, check_sqlite_backup(path), None
    manifest = verify(path, progress)
    return kind, manifest.revision, manifest


def restore(
    engine: Engine,
    path: Path,
    *,
    replace: bool = False,
    backup_folder: Path | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> LoadReport:
    """Restore ``path`` into ``engine``; see the module docstring. ``backup_folder``
    defaults to ``paths.backup_dir()``. Returns the rows now in each table."""
    started = time.perf_counter()
    path = Path(path)
    kind, revision, manifest = _check(path, progress)
    if backup_folder is None:
        from wba_desktop import paths

        backup_folder = paths.backup_dir()
    target_revision = current_revision(engine)
    if target_revision not in (None, HEAD_REVISION):
        target_revision = ensure_schema(engine, backup_folder)  # the app's own, older file
    held = data_counts(engine) if target_revision is not None else {}
    if held and not replace:
        raise TargetNotEmpty(not_empty_message(held))
    saved = backup_target(engine, backup_folder) if held else None
    if kind == "dump":
        report = load(
            engine, path, replace=True, progress=progress, cancel=cancel, verified=manifest
        )
    elif sqlite_file(engine) is not None:
        _restore_sqlite(engine, path, revision, backup_folder, progress, cancel)
        report = LoadReport(HEAD_REVISION, table_counts(engine), replaced=False)
    else:
        report = _restore_sqlite_elsewhere(engine, path, progress, cancel)
    report.replaced = bool(held)
    report.backup = saved
    report.source = path.name
    report.seconds = time.perf_counter() - started
    if revision != HEAD_REVISION:
        report.notes.append(f"Die Sicherung hatte den Stand „{revision}“ und wurde aktualisiert.")
    log.info("restored %s (%d rows) over %s", path, report.rows, engine.url)
    return report


def backup_target(engine: Engine, folder: Path) -> Path | None:
    """The backup of what a restore replaces: a SQLite copy, or a dump on PostgreSQL."""
    if sqlite_file(engine) is not None:
        return backup_sqlite(engine, folder, BEFORE_RESTORE)
    target = new_backup_path(folder, database_stem(engine), BEFORE_RESTORE, DUMP_SUFFIX)
    return dump(engine, target).path


def _restore_sqlite(
    engine: Engine,
    path: Path,
    revision: str,
    backup_folder: Path,
    progress: Progress | None,
    cancel: Cancel | None,
) -> None:
    """The backup file into the target file with the backup API (one transaction of the
    target), then the schema to HEAD and the target's runtime rows back."""
    runtime = _runtime_rows(engine)
    ledger = _ledger_rows(engine)
    engine.dispose()  # no pooled connection of ours holds the file meanwhile
    src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        dst = sqlite3.connect(sqlite_file(engine), timeout=0.1)  # run_backup waits
        try:
            run_backup(
                src,
                dst,
                _PAGES_PER_STEP,
                progress,
                cancel,
                "Sicherung wird zurückgespielt",
                wait_ms=LOCK_WAIT_MS,
            )
        finally:
            dst.close()
    finally:
        src.close()
    ensure_schema(engine, backup_folder if revision != HEAD_REVISION else None)
    _put_runtime_rows(engine, runtime)
    if ledger:
        with engine.begin() as conn:
            merge_ledger(conn, Base.metadata.tables["erasure_ledger"], ledger)


def _restore_sqlite_elsewhere(
    engine: Engine, path: Path, progress: Progress | None, cancel: Cancel | None
) -> LoadReport:
    """A SQLite backup into PostgreSQL: from a temporary copy brought to HEAD."""
    with tempfile.TemporaryDirectory(prefix="wba-restore-") as tmp:
        copy = Path(tmp) / "restore.sqlite3"
        shutil.copyfile(path, copy)
        source = create_db_engine("sqlite:///" + copy.as_posix())
        try:
            ensure_schema(source)
            return copy_database(source, engine, replace=True, progress=progress, cancel=cancel)
        finally:
            source.dispose()


def _runtime_tables():
    return [Base.metadata.tables[name] for name in sorted(RUNTIME_TABLES)]


def _runtime_rows(engine: Engine) -> dict[str, list[dict]]:
    if current_revision(engine) != HEAD_REVISION:
        return {}
    with engine.connect() as conn:
        return {
            t.name: [dict(r._mapping) for r in conn.execute(select(t))] for t in _runtime_tables()
        }


def _ledger_rows(engine: Engine) -> list[tuple]:
    """The target's erasure ledger, which the restored file must not lose."""
    if current_revision(engine) != HEAD_REVISION:
        return []
    table = Base.metadata.tables["erasure_ledger"]
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(table))]


def _put_runtime_rows(engine: Engine, rows: dict[str, list[dict]]) -> None:
    with engine.begin() as conn:
        for table in _runtime_tables():
            conn.execute(table.delete())
            if rows.get(table.name):
                conn.execute(table.insert(), rows[table.name])
