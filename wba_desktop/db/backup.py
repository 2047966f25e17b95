"""Backup copies of a SQLite database: writing, listing, pruning, the daily one.

A backup is written with SQLite's online backup API, so it is consistent while the
app (or another one) keeps working on the database. It lands in the backup folder
(``paths.backup_dir()`` unless the caller names one) as
``{stem}-{YYYYmmdd-HHMMSS}-{reason}.sqlite3``, where ``stem`` is the database file's
name without suffix and ``reason`` a German word a user can read in a file manager
(:data:`DAILY`, :data:`BEFORE_IMPORT`, …; before an upgrade ``vor-update-<revision>``).
The copy is written under a temporary name and renamed only when complete, so a
listed backup is never a half-written one, also after a crash.

PostgreSQL has no per-client backup copy: there the portable dump
(:mod:`wba_desktop.db.dump`) takes its place; :func:`list_backups` lists both kinds.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine

from wba_desktop.db.engine import LOCK_WAIT_MS, is_read_only
from wba_desktop.errors import BusyError, ServiceError
from wba_desktop.i18n import N_, _

log = logging.getLogger(__name__)

#: reasons, as they appear in the file names
DAILY = "taeglich"
BEFORE_IMPORT = "vor-import"
BEFORE_DEMO = "vor-demo"
BEFORE_RESTORE = "vor-wiederherstellung"
MANUAL = "manuell"

#: how many backups of one database are kept by default
KEEP = 10

SQLITE_SUFFIX = ".sqlite3"
DUMP_SUFFIX = ".zip"

#: progress(done, total, what), as everywhere in the services
Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]

BUSY_FILE = N_(
    "Die Datenbank ist gerade von einem anderen Programm oder einem anderen WBA Desktop "
    "gesperrt. Bitte in einigen Sekunden noch einmal versuchen; nichts wurde verändert."
)

_STAMP = "%Y%m%d-%H%M%S"
_PAGES_PER_STEP = 2048  # 8 MB with 4 KB pages: progress a few times a second


class BackupError(ServiceError):
    """A backup or dump file that cannot be used, or a restore that must not happen;
    the message is German and names the problem."""


class BackupCancelled(BackupError):
    """The user cancelled; nothing was changed."""


def before_update(revision: str) -> str:
    """The reason of the backup before an upgrade from ``revision``."""
    return f"vor-update-{revision}"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in the folder."""

    path: Path
    created: datetime
    reason: str
    size: int  # bytes

    @property
    def is_dump(self) -> bool:
        """A portable dump (zip) rather than a SQLite copy."""
        return self.path.suffix == DUMP_SUFFIX


def sqlite_file(engine: Engine) -> Path | None:
    """The file of a SQLite engine, None for other backends and in-memory databases."""
    if engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        return None
    return Path(engine.url.database)


def database_stem(engine: Engine) -> str:
    """The name backups of this database start with: the file name without suffix, or
    the PostgreSQL database name."""
    path = sqlite_file(engine)
    if path is not None:
        return path.stem
    return engine.url.database or engine.dialect.name


def new_backup_path(folder: Path, stem: str, reason: str, suffix: str = SQLITE_SUFFIX) -> Path:
    """A not yet existing ``{stem}-{stamp}-{reason}{suffix}`` in ``folder`` (created)."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime(_STAMP)
    target = folder / f"{stem}-{stamp}-{reason}{suffix}"
    n = 1
    while target.exists():  # two backups in one second must not overwrite each other
        n += 1
        target = folder / f"{stem}-{stamp}-{reason}-{n}{suffix}"
    return target


def copy_sqlite_file(
    source: Path,
    target: Path,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    what: str = "Sicherung",
) -> None:
    """Copy the SQLite database ``source`` to ``target`` with the online backup API,
    via a temporary file renamed at the end (``target`` appears only when complete).

    Without ``progress`` and ``cancel`` the copy is one step (the fastest); with them it
    goes in steps of 8 MB, and ``cancel()`` returning True raises BackupCancelled.
    """
    part = target.with_name(f".{target.name}.part")
    part.unlink(missing_ok=True)
    if not source.is_file():
        raise BackupError(_("Die Datenbankdatei „{source}“ gibt es nicht.").format(source=source))
    src = sqlite3.connect(source, timeout=0.1)  # run_backup waits for locks
    try:
        dst = sqlite3.connect(part)
        try:
            _backup(src, dst, progress, cancel, what)
            # the copy stands on its own: no -wal file beside it
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    os.replace(part, target)


def _backup(
    src: sqlite3.Connection,
    dst: sqlite3.Connection,
    progress: Progress | None,
    cancel: Cancel | None,
    what: str,
) -> None:
    pages = -1 if progress is None and cancel is None else _PAGES_PER_STEP
    run_backup(src, dst, pages, progress, cancel, what)


def run_backup(
    src: sqlite3.Connection,
    dst: sqlite3.Connection,
    pages: int,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    what: str = "Sicherung",
    wait_ms: int | None = None,
) -> None:
    """``src.backup(dst)`` in steps of ``pages`` (-1: all at once), with progress and
    cancel, and a limit: Python's loop retries a locked database for ever, so after
    ``wait_ms`` (default ``LOCK_WAIT_MS``) of locks it raises BusyError. An exception
    ends the backup (``sqlite3_backup_finish``), which rolls back what it had written."""
    limit = (LOCK_WAIT_MS if wait_ms is None else wait_ms) / 1000
    busy_since: list[float] = []

    def step(status: int, remaining: int, total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            busy_since.append(busy_since[0] if busy_since else time.monotonic())
            if time.monotonic() - busy_since[0] > limit:
                raise BusyError(_(BUSY_FILE))
        else:
            busy_since.clear()
        if cancel is not None and cancel():
            raise BackupCancelled(
                _("{what} abgebrochen; nichts wurde verändert.").format(what=what)
            )
        if progress is not None:
            progress(total - remaining, total, what)

    src.backup(dst, pages=pages, progress=step, sleep=0.05)


def backup_sqlite(
    engine: Engine,
    target_dir: Path,
    reason: str,
    *,
    keep: int | None = None,
    max_age_days: int | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Path | None:
    """Write a backup of a SQLite database into ``target_dir``; None for other backends
    or a file that does not exist yet. With ``keep`` the folder is pruned afterwards."""
    source = sqlite_file(engine)
    if source is None or not source.exists():
        return None
    target = new_backup_path(target_dir, source.stem, reason)
    copy_sqlite_file(source, target, progress, cancel)
    log.info("backup written to %s", target)
    if keep is not None or max_age_days is not None:
        prune(target_dir, source.stem, keep if keep is not None else KEEP, max_age_days)
    return target


def backup_once(engine: Engine, target_dir: Path, reason: str) -> Path | None:
    """The backup before a revision step, written once: a retry of the same step (after
    a failed or killed upgrade, which left the database as it was) keeps the first."""
    source = sqlite_file(engine)
    if source is not None:
        done = [b for b in list_backups(target_dir, source.stem) if b.reason == reason]
        if done:
            log.info("backup before this upgrade step exists already: %s", done[0].path)
            return done[0].path
    return backup_sqlite(engine, target_dir, reason)


def list_backups(folder: Path, stem: str) -> list[BackupInfo]:
    """The backups of the database ``stem`` in ``folder``, newest first."""
    pattern = re.compile(
        rf"^{re.escape(stem)}-(\d{{8}}-\d{{6}})-(.+?)(?:-(\d+))?"
        rf"({re.escape(SQLITE_SUFFIX)}|{re.escape(DUMP_SUFFIX)})$"
    )
    found: list[tuple[datetime, int, BackupInfo]] = []
    if not folder.is_dir():
        return []
    for path in folder.iterdir():
        m = pattern.match(path.name)
        if not m or not path.is_file():
            continue
        try:
            created = datetime.strptime(m.group(1), _STAMP)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        info = BackupInfo(path, created, m.group(2), size)
        found.append((created, int(m.group(3) or 1), info))
    found.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [info for _, _, info in found]


def prune(folder: Path, stem: str, keep: int = KEEP, max_age_days: int | None = None) -> list[Path]:
    """Delete the backups of ``stem`` beyond the newest ``keep`` and those older than
    ``max_age_days``; the newest one always stays. Returns the deleted files."""
    backups = list_backups(folder, stem)
    limit = datetime.now() - timedelta(days=max_age_days) if max_age_days is not None else None
    removed: list[Path] = []
    for i, info in enumerate(backups):
        if i == 0:
            continue
        if i >= max(keep, 1) or (limit is not None and info.created < limit):
            try:
                info.path.unlink()
            except OSError:
                log.warning("could not delete old backup %s", info.path, exc_info=True)
                continue
            removed.append(info.path)
    for part in folder.glob(f".{stem}-*.part") if folder.is_dir() else ():
        # left by a backup that was killed; a running one is younger than a minute
        with contextlib.suppress(OSError):
            if part.stat().st_mtime < time.time() - 60:
                part.unlink()
                removed.append(part)
    if removed:
        log.info("pruned %d old backups of %s", len(removed), stem)
    return removed


def daily_backup(
    engine: Engine, folder: Path, keep: int = KEEP, max_age_days: int | None = None
) -> Path | None:
    """The backup of the day: written unless one of today exists already (then None,
    as for PostgreSQL, which has no per-client backup); the folder is pruned."""
    source = sqlite_file(engine)
    if source is None or not source.exists():
        return None
    today = datetime.now().date()
    if any(
        b.reason == DAILY and b.created.date() == today for b in list_backups(folder, source.stem)
    ):
        return None
    return backup_sqlite(engine, folder, DAILY, keep=keep, max_age_days=max_age_days)


def safety_backup(
    engine: Engine, reason: str, folder: Path | None = None, keep: int = KEEP
) -> Path | None:
    """The backup before a bulk change that overwrites data (an import, demo data over
    existing data): one backup-API copy on SQLite, pruned; None on PostgreSQL, which has
    no per-client backup. A backup that cannot be written stops the change."""
    if sqlite_file(engine) is None or is_read_only(engine):
        return None  # a read-only database cannot be changed, so there is nothing to save
    if folder is None:
        from wba_desktop import paths

        folder = paths.backup_dir()
    try:
        return backup_sqlite(engine, folder, reason, keep=keep)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(
            _(
                "Die Sicherung vor dem Schreiben konnte nicht angelegt werden ({exc}); es wurde "
                "nichts geändert. Bitte Speicherplatz und Schreibrechte des "
                "Sicherungsordners prüfen."
            ).format(exc=exc)
        ) from exc
