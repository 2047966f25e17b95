"""``wba-desktop backup [--out DATEI]``: a backup of the database now.

SQLite: a copy of the file made with SQLite's online backup API (consistent while the
app runs); PostgreSQL, or ``--out`` ending in ``.zip``: the portable dump. Without
``--out`` it goes into the backup folder, which is then pruned (the newest 10 stay).
Exit codes: 0 written, 2 not possible (message on stderr).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from wba_desktop.cli.common import open_database
from wba_desktop.i18n import _
from wba_desktop.text import format as fmt


def register(sub, parents: list[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "backup",
        parents=parents,
        help=_("jetzt eine Sicherung der Datenbank schreiben"),
        description=_(
            "Schreibt eine Sicherung der Datenbank, auch während WBA Desktop läuft. "
            "SQLite: eine Kopie der Datei (.sqlite3); Teamdatenbank (PostgreSQL) oder DATEI mit "
            "Endung .zip: die portable Datensicherung. Ohne --out landet sie im Sicherungsordner "
            "(die neuesten 10 bleiben). Rückgabe: 0 geschrieben, 2 nicht möglich."
        ),
    )
    cmd.add_argument("--out", metavar=_("DATEI"), help=_("Zieldatei (sonst der Sicherungsordner)"))
    cmd.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from wba_desktop.services.backups import BackupService

    _engine, uow = open_database(args)
    path = BackupService(uow).backup_now(Path(args.out) if args.out else None)
    size = fmt.decimal(path.stat().st_size / 1e6, 1)
    print(_("Sicherung geschrieben: {path} ({size} MB)").format(path=path, size=size))
    return 0
