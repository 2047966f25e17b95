"""``wba-desktop migrate``: bring the database to the current schema (with a backup)."""

from __future__ import annotations

import argparse

from wba_desktop.cli.common import exit_codes_help, open_database
from wba_desktop.i18n import _


def register(sub, parents: list[argparse.ArgumentParser]) -> None:
    sub.add_parser(
        "migrate",
        parents=parents,
        help=_("Datenbank auf den aktuellen Stand bringen (mit Sicherung)"),
        epilog=exit_codes_help(),
    ).set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from wba_desktop.db.migrate import current_revision

    engine, _uow = open_database(args)
    print(
        _("Datenbank ist auf Stand {revision}: {where}").format(
            revision=current_revision(engine), where=engine.url.database or engine.url
        )
    )
    return 0
