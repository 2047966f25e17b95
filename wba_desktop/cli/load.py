"""``wba-desktop load DATEI [--yes]``: a portable dump (.zip) into the database (SQLite or
PostgreSQL), the same code path as ``restore``. Exit codes as there: 0 loaded, 1 refused
because the database holds data (``--yes`` replaces), 2 the file is unusable."""

from __future__ import annotations

import argparse

from wba_desktop.cli import restore
from wba_desktop.i18n import _


def register(sub, parents: list[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "load",
        parents=parents,
        help=_("portable Datensicherung (.zip) in die Datenbank laden"),
        description=_(
            "Lädt eine mit „wba-desktop dump“ geschriebene Datensicherung in die "
            "Datenbank (SQLite oder Teamdatenbank), in einem Schritt: alles oder nichts. Die "
            "Datei wird vorher vollständig geprüft; vorhandene Daten werden nur mit --yes "
            "ersetzt, nach einer Sicherung des bisherigen Stands. "
        )
        + restore.exit_codes(),
    )
    restore.add_arguments(cmd)
    cmd.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    return restore.run(args, only_dumps=True)
