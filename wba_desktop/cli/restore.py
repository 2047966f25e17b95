"""``wba-desktop restore DATEI [--yes]``: a backup (.sqlite3) or a portable dump (.zip)
back into the database, through the same service the GUI uses.

The file is checked completely first (integrity, a WBA Desktop database, schema
revision known and not newer; for a dump the checksums). A database that already holds
data is only replaced with ``--yes``; a backup of it is written first. Exit codes: 0
restored, 1 refused because the database holds data (nothing changed; ``--yes``
replaces), 2 the file is unusable or another error (nothing changed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wba_desktop.cli.common import open_database
from wba_desktop.i18n import N_, _

EXIT_CODES = N_(
    "Rückgabe: 0 wiederhergestellt, 1 abgelehnt, weil die Datenbank schon Daten enthält "
    "(nichts geändert; mit --yes ersetzen), 2 Datei unbrauchbar oder anderer Fehler "
    "(nichts geändert)."
)


def exit_codes() -> str:
    """:data:`EXIT_CODES` in the language in use (for ``restore`` and ``load``)."""
    return _(EXIT_CODES)


def register(sub, parents: list[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "restore",
        parents=parents,
        help=_("Sicherung (.sqlite3) oder Datensicherung (.zip) zurückspielen"),
        description=_(
            "Spielt eine Sicherung oder portable Datensicherung in die Datenbank "
            "zurück. Die Datei wird vorher vollständig geprüft. Enthält die Datenbank schon "
            "Daten, werden sie nur mit --yes ersetzt; vorher wird eine Sicherung des bisherigen "
            "Stands geschrieben. "
        )
        + exit_codes(),
    )
    add_arguments(cmd)
    cmd.set_defaults(run=run)


def add_arguments(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("file", metavar=_("DATEI"), help=_("die Sicherung"))
    cmd.add_argument(
        "--yes",
        "-y",
        action="store_true",
        help=_("vorhandene Daten ersetzen (nach einer Sicherung des bisherigen Stands)"),
    )


def run(args: argparse.Namespace, *, only_dumps: bool = False) -> int:
    from wba_desktop.services.backups import TargetNotEmpty
    from wba_desktop.services.bundle import Services

    _engine, uow = open_database(args)
    service = Services.create(uow).backups  # with the erasure ledger's restore hook
    call = service.load if only_dumps else service.restore
    try:
        report = call(Path(args.file), replace=args.yes, progress=Progress())
    except TargetNotEmpty as exc:
        Progress.end()
        print(f"{exc}\n" + _("Mit --yes werden sie ersetzt."), file=sys.stderr)
        return 1
    Progress.end()
    from wba_desktop.services.backups import summary

    print(summary(report))
    if report.backup is not None:
        print(_("Der bisherige Stand ist gesichert: {path}").format(path=report.backup))
    for note in report.notes:
        print(note)
    return 0


class Progress:
    """Percent on stderr, rewritten in place, only when it changes."""

    def __init__(self) -> None:
        self._last: tuple[str, int] | None = None
        self._show = sys.stderr.isatty()

    def __call__(self, done: int, total: int, what: str) -> None:
        if not self._show:
            return
        pct = done * 100 // max(total, 1)
        if (what, pct) != self._last:
            self._last = (what, pct)
            print(f"\r{what:40.40} {pct:3d} %", end="", file=sys.stderr, flush=True)

    @staticmethod
    def end() -> None:
        if sys.stderr.isatty():
            print("\r" + " " * 46 + "\r", end="", file=sys.stderr, flush=True)
