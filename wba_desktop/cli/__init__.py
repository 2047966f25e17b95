"""Command line: without a sub-command the window opens; sub-commands run headless.

wba-desktop                      open the app
wba-desktop --self-test          check this installation in a temporary folder
wba-desktop demo [--size small|large]
wba-desktop migrate
wba-desktop check
wba-desktop export WAS [NAME] --out DATEI [Filter …]
wba-desktop import DATEI [--sheet BLATT] [--dry-run] [--mapping DATEI] [--on-match AKTION]
wba-desktop import DATEI.xlsx|.gexf|.graphml [--beziehungen] [--create-missing] [--neue-arten]
wba-desktop import-verlauf [NUMMER] [--rueckgaengig [--rest] [--yes]]
wba-desktop graph --out DATEI [Filter …]
wba-desktop map --out DATEI [--by partners|gaps|verbuende|events] [--kind ART …]
wba-desktop backup [--out DATEI]
wba-desktop restore DATEI [--yes]
wba-desktop dump --out DATEI
wba-desktop load DATEI [--yes]
wba-desktop team-setup [--grant-user ANMELDUNG --role koordination|datenschutz]
wba-desktop privacy report PERSON --out DATEI
wba-desktop privacy erase PERSON [--yes]
wba-desktop privacy anonymise-inquirers [--dry-run]

One module per sub-command, each with ``register(sub, parents)`` (adds its parser
and sets ``run``) and ``run(args) -> int``. ``--db`` and ``-v`` are accepted before
and after the sub-command (``common.global_options``); argparse speaks German
(``german``). Errors a user can cause (``ServiceError``, ``DatabaseError``, and what
the database driver says about a lock, a read-only or damaged file or a lost server)
are printed as "Fehler: …" with the exit code for their kind, never as a traceback;
the codes are the same in every sub-command (``common.exit_code``, ``EXIT_CODES_HELP``):
0 done, 1 nothing to do, 2 wrong call, file or database address, 3 database busy or
server unreachable, 4 database damaged, 5 database read-only.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from wba_desktop import APP_NAME, __version__
from wba_desktop.cli import (
    backup,
    check,
    demo,
    dump,
    export,
    graph,
    import_history,
    importing,
    load,
    map,
    migrate,
    privacy,
    restore,
    team_setup,
)
from wba_desktop.cli.common import exit_code, global_options
from wba_desktop.cli.german import VERSION_HELP, GermanArgumentParser
from wba_desktop.i18n import _

log = logging.getLogger(__name__)

COMMANDS = (
    demo,
    migrate,
    check,
    export,
    importing,
    import_history,
    graph,
    map,
    backup,
    restore,
    dump,
    load,
    team_setup,
    privacy,
)


def build_parser() -> argparse.ArgumentParser:
    parser = GermanArgumentParser(
        prog="wba-desktop",
        description=_(
            "{app}: Partnernetzwerk der Weiterbildungsagenturen Sachsen-Anhalt. "
            "Ohne Unterbefehl öffnet sich das Programmfenster."
        ).format(app=APP_NAME),
        parents=[global_options(for_subcommand=False)],
    )
    parser.add_argument(
        "--version", action="version", version=f"{APP_NAME} {__version__}", help=_(VERSION_HELP)
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=_(
            "Installation prüfen (temporäre Datenbank, Demodaten, Graph, Excel, Karte) "
            "und beenden; ändert keine eigenen Daten"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar=_("BEFEHL"))
    parents = [global_options(for_subcommand=True)]
    for command in COMMANDS:
        command.register(sub, parents)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from wba_desktop import i18n

    # WBA_LANGUAGE=en: English help and messages (argparse's own texts then its English)
    i18n.set_language(i18n.language_from_environment())
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.self_test:
        from wba_desktop.selftest import run as self_test

        return self_test()
    if args.command is None:
        from wba_desktop.app import run_gui

        return run_gui(args.db)
    from sqlalchemy.exc import DBAPIError

    from wba_desktop.db.engine import DatabaseError
    from wba_desktop.db.uow import translate
    from wba_desktop.errors import ServiceError

    args.opened_engines = []
    try:
        return args.run(args)
    except (DatabaseError, ServiceError) as exc:
        return _fail(exc)
    except DBAPIError as exc:  # outside a unit of work; a bug stays a bug
        translated = translate(exc)
        if translated is None:
            raise
        return _fail(translated)
    finally:
        for engine in args.opened_engines:
            engine.dispose()


def _fail(exc: BaseException) -> int:
    from wba_desktop.i18n import _

    print(_("Fehler: {message}").format(message=exc), file=sys.stderr)
    return exit_code(exc)
