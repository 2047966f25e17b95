"""Backups, restore, the portable dump and the transfer into another database: the one
API the GUI and the CLI share (``services.backups``).

Every method that writes or reads a file takes ``progress(done, total, what)`` and,
where it can be stopped safely, ``cancel() -> bool`` (then :class:`BackupCancelled`,
nothing changed). Errors reach the caller as German :class:`BackupError` (a
``ServiceError``): a damaged or foreign file, a newer revision, a target that holds
data without ``replace=True``. After a restore or load the factory's listeners hear
``Changes.all()``.

On SQLite a backup is a copy of the file (online backup API); on PostgreSQL there is no
per-client copy, so :meth:`BackupService.backup_now` writes the portable dump and
:meth:`BackupService.daily_backup` does nothing. The policy (how many to keep, how old
they may get) is an argument; the settings wire it in.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.db.backup import (
    DUMP_SUFFIX,
    KEEP,
    MANUAL,
    BackupCancelled,
    BackupError,
    BackupInfo,
    copy_sqlite_file,
    database_stem,
    list_backups,
    new_backup_path,
    prune,
    sqlite_file,
)
from wba_desktop.db.dump import DumpReport
from wba_desktop.db.engine import DatabaseError
from wba_desktop.db.load import LoadReport, TargetNotEmpty
from wba_desktop.db.uow import BUSY, translate
from wba_desktop.errors import BusyError
from wba_desktop.i18n import N_, _
from wba_desktop.text import format as fmt

__all__ = [
    "BackupCancelled",
    "BackupError",
    "BackupInfo",
    "BackupPolicy",
    "BackupService",
    "DumpReport",
    "FileCheck",
    "RestoreReport",
    "TargetNotEmpty",
]

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]

#: what restore, load and transfer report: the rows per table now in the target, the
#: backup of what was replaced, whether something was replaced
RestoreReport = LoadReport


@dataclass(frozen=True)
class BackupPolicy:
    """How many backups of a database are kept, and how old they may get (None: any)."""

    keep: int = KEEP
    max_age_days: int | None = None


@dataclass(frozen=True)
class FileCheck:
    """A checked backup or dump file: ``kind`` "sqlite" or "dump", its schema revision."""

    path: Path
    kind: str
    revision: str


@contextmanager
def _as_service_error() -> Iterator[None]:
    """A database that cannot be used reaches the GUI as a ServiceError it can show."""
    try:
        yield
    except DatabaseError as exc:
        raise BackupError(str(exc)) from exc
    except OSError as exc:
        raise BackupError(
            _("Die Datei kann nicht geschrieben oder gelesen werden ({exc}).").format(exc=exc)
        ) from exc
    except (sqlite3.Error, DBAPIError) as exc:
        busy = translate(exc) if isinstance(exc, DBAPIError) else None
        if busy is not None:
            raise busy from exc
        if "locked" in str(exc).lower():
            raise BusyError(_(BUSY)) from exc
        raise BackupError(
            _(
                "Die Datenbank konnte nicht gelesen oder geschrieben werden ({exc}). Es wurde "
                "nichts verändert."
            ).format(exc=exc)
        ) from exc


class BackupService:
    """Backups and restore of the database behind ``uow_factory``; see the module doc.

    ``folder`` is where backups go (default ``paths.backup_dir()``, looked up on use).
    """

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        folder: Path | None = None,
        policy: BackupPolicy | None = None,
        after_restore: list[Callable[[RestoreReport], None]] | None = None,
    ) -> None:
        self._uow = uow_factory
        self._folder = folder
        self.policy = policy or BackupPolicy()
        #: called with the report after every restore or load into this database (the
        #: erasure ledger re-applies erasures there); they may add notes to the report
        self.after_restore = list(after_restore or ())

    @property
    def engine(self):
        return self._uow.engine

    @property
    def folder(self) -> Path:
        if self._folder is None:
            from wba_desktop import paths

            return paths.backup_dir()
        self._folder.mkdir(parents=True, exist_ok=True)
        return self._folder

    @property
    def is_sqlite(self) -> bool:
        """True for a SQLite file (backup copies, daily backup); False for PostgreSQL."""
        return sqlite_file(self.engine) is not None

    # -- backups ----------------------------------------------------------------------
    def backup_now(
        self,
        target: Path | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> Path:
        """Write a backup now and return its path: to ``target`` if given, else into the
        backup folder as "manuell" (then the folder is pruned by the policy). On
        PostgreSQL, or when ``target`` ends in ``.zip``, it is the portable dump."""
        target = Path(target) if target is not None else None
        with _as_service_error():
            as_dump = not self.is_sqlite or (target is not None and target.suffix == DUMP_SUFFIX)
            if as_dump and target is not None and target.suffix != DUMP_SUFFIX:
                raise BackupError(
                    _(
                        "Die Teamdatenbank wird als portable Datensicherung gesichert; bitte einen "
                        "Dateinamen mit der Endung .zip wählen."
                    )
                )
            suffix = DUMP_SUFFIX if as_dump else ".sqlite3"
            stem = database_stem(self.engine)
            path = target or new_backup_path(self.folder, stem, MANUAL, suffix)
            if as_dump:
                from wba_desktop.db.dump import dump

                dump(self.engine, path, progress, cancel)
            else:
                copy_sqlite_file(sqlite_file(self.engine), path, progress, cancel)
            if target is None:
                prune(self.folder, stem, self.policy.keep, self.policy.max_age_days)
            return path

    def daily_backup(self) -> Path | None:
        """Today's backup if there is none yet (SQLite only); None when nothing was
        written. Meant to run in the background after the window has been painted."""
        from wba_desktop.db.backup import daily_backup

        with _as_service_error():
            return daily_backup(
                self.engine, self.folder, self.policy.keep, self.policy.max_age_days
            )

    def list_backups(self) -> list[BackupInfo]:
        """The backups of this database in the backup folder, newest first."""
        return list_backups(self.folder, database_stem(self.engine))

    def prune(self) -> list[Path]:
        """Apply the policy to the backup folder now; returns the deleted files."""
        return prune(
            self.folder, database_stem(self.engine), self.policy.keep, self.policy.max_age_days
        )

    # -- files ------------------------------------------------------------------------
    def check_file(self, path: Path, progress: Progress | None = None) -> FileCheck:
        """Check a backup or dump file completely without touching the database (for
        the dialog that asks before a restore); BackupError names the problem."""
        from wba_desktop.db.restore import check_file

        with _as_service_error():
            kind, revision = check_file(Path(path), progress)
        return FileCheck(Path(path), kind, revision)

    def data_counts(self) -> dict[str, int]:
        """Rows per table holding data; empty for a database a restore may fill
        without asking (only the seeded reference data)."""
        from wba_desktop.db.load import data_counts

        with _as_service_error():
            return data_counts(self.engine)

    def dump(
        self, path: Path, progress: Progress | None = None, cancel: Cancel | None = None
    ) -> DumpReport:
        """Write the portable dump (zip) of all data to ``path``."""
        from wba_desktop.db.dump import dump

        with _as_service_error():
            return dump(self.engine, Path(path), progress, cancel)

    # -- restoring --------------------------------------------------------------------
    def restore(
        self,
        path: Path,
        replace: bool = False,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> RestoreReport:
        """Restore a backup (.sqlite3) or dump (.zip) into this database. A database
        with data is refused (TargetNotEmpty) unless ``replace``; what is replaced is
        backed up first (``report.backup``). Listeners then hear "everything changed"."""
        from wba_desktop.db.restore import restore

        try:
            with _as_service_error():
                report = restore(
                    self.engine,
                    Path(path),
                    replace=replace,
                    backup_folder=self.folder,
                    progress=progress,
                    cancel=cancel,
                )
            for hook in self.after_restore:
                hook(report)
            return report
        finally:
            self._uow.notify_all()  # also after a failure: better one refresh too many

    def load(
        self,
        path: Path,
        replace: bool = False,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> RestoreReport:
        """Load a portable dump; the same path as :meth:`restore`, for dumps only."""
        from wba_desktop.db.restore import file_kind

        with _as_service_error():
            if file_kind(Path(path)) != "dump":
                raise BackupError(
                    _(
                        "„{name}“ ist keine Datensicherung (.zip); eine Sicherung "
                        "(.sqlite3) bitte mit „Wiederherstellen“ zurückspielen."
                    ).format(name=Path(path).name)
                )
        return self.restore(path, replace, progress, cancel)

    def transfer_to(
        self,
        url: str,
        replace: bool = False,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> RestoreReport:
        """Copy all data of this database into the database at ``url`` (e.g. the team
        PostgreSQL): its schema is created if needed, then the rows go across in one
        transaction of the target. A target with data is refused unless ``replace``;
        then it is backed up first (a dump in the backup folder)."""
        from wba_desktop.db.engine import create_db_engine
        from wba_desktop.db.load import copy_database, data_counts, not_empty_message
        from wba_desktop.db.migrate import ensure_schema
        from wba_desktop.db.restore import backup_target

        with _as_service_error():
            target = create_db_engine(url, create_folder=False)
            try:
                if target.url == self.engine.url:
                    raise BackupError(_("Quelle und Ziel sind dieselbe Datenbank."))
                ensure_schema(target)
                held = data_counts(target)
                if held and not replace:
                    raise TargetNotEmpty(not_empty_message(held))
                saved = backup_target(target, self.folder) if held else None
                report = copy_database(
                    self.engine, target, replace=replace, progress=progress, cancel=cancel
                )
            finally:
                target.dispose()
        report.backup = saved
        report.source = database_stem(self.engine)
        return report


#: the tables named in summaries, with their German singular and plural
LABELS = (
    ("organisation", "Organisation", "Organisationen"),
    ("person", "Person", "Personen"),
    ("affiliation", "Zuordnung", "Zuordnungen"),
    ("relation", "Beziehung", "Beziehungen"),
    ("distribution_list", "Verteiler", "Verteiler"),
    ("activity", "Aktivität", "Aktivitäten"),
    ("verbund", "Verbund", "Verbünde"),
    ("event", "Veranstaltung", "Veranstaltungen"),
)

#: the reason word in a backup's file name, as the user reads it
REASONS = {
    "taeglich": "Tägliche Sicherung",
    "manuell": "Von Hand angelegt",
    "vor-import": "Vor einem Import",
    "vor-demo": "Vor Demodaten",
    "vor-wiederherstellung": "Vor einer Wiederherstellung",
}


def reason_label(reason: str) -> str:
    """„Vor dem Update (Schema 0003_verbuende_events)“ for "vor-update-0003_…"."""
    if reason.startswith("vor-update-"):
        return f"Vor dem Update (Schema {reason.removeprefix('vor-update-')})"
    return REASONS.get(reason, reason)


def describe_counts(counts: dict[str, int]) -> str:
    """„300 Organisationen, 800 Personen, … und 10 Veranstaltungen“ (tables without
    rows left out; „keine Daten“ when all are empty)."""
    parts = [fmt.count(counts[t], one, many) for t, one, many in LABELS if counts.get(t)]
    return fmt.listing(parts) if parts else _("keine Daten")


def summary(report: RestoreReport) -> str:
    """ "Wiederhergestellt aus „x“: 300 Organisationen, … (6.364 Datensätze, 0,4 s)."""
    parts = [fmt.count(report.counts.get(t, 0), one, many) for t, one, many in LABELS]
    rows = fmt.count(report.rows, _("Datensatz"), _("Datensätze"))
    tables = fmt.count(len(report.counts), N_("Tabelle"), N_("Tabellen"))
    return _("Wiederhergestellt aus „{source}“: {parts} ({rows} in {tables}, {seconds} s).").format(
        source=report.source,
        parts=fmt.listing(parts),
        rows=rows,
        tables=tables,
        seconds=fmt.decimal(report.seconds, 1),
    )
