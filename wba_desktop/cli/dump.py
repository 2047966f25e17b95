"""``wba-desktop dump --out DATEI``: the portable dump (zip), loadable into SQLite or
PostgreSQL with ``wba-desktop load``. Exit codes: 0 written, 2 not possible."""

from __future__ import annotations

import argparse
from pathlib import Path

from wba_desktop.cli.common import open_database
from wba_desktop.i18n import N_, _
from wba_desktop.text import format as fmt


def register(sub, parents: list[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "dump",
        parents=parents,
        help=_(
            "portable Datensicherung (.zip) schreiben, z. B. für den Umzug in die Teamdatenbank"
        ),
        description=_(
            "Schreibt alle Daten unabhängig von der Datenbankart in eine Zip-Datei "
            "(eine JSON-Lines-Datei je Tabelle und ein Inhaltsverzeichnis mit Prüfsummen). "
            "„wba-desktop load“ liest sie in SQLite oder PostgreSQL. "
            "Rückgabe: 0 geschrieben, 2 nicht möglich."
        ),
    )
    cmd.add_argument("--out", metavar=_("DATEI"), required=True, help=_("Zieldatei (.zip)"))
    cmd.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from wba_desktop.cli.restore import Progress
    from wba_desktop.services.backups import BackupService

    _engine, uow = open_database(args)
    report = BackupService(uow).dump(Path(args.out), progress=Progress())
    Progress.end()
    rows = fmt.count(sum(report.counts.values()), N_("Datensatz"), N_("Datensätze"))
    print(
        _("Datensicherung geschrieben: {path} ({rows}, Stand {revision}, {size} MB)").format(
            path=report.path,
            rows=rows,
            revision=report.revision,
            size=fmt.decimal(report.size / 1e6, 1),
        )
    )
    return 0
