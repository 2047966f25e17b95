"""``wba-desktop demo [--size small|large] [--seed N] [--force]``: demo data into the database."""

from __future__ import annotations

import argparse
import sys

from wba_desktop.cli.common import NOTHING, exit_codes_help, open_database
from wba_desktop.cli.german import whole_number
from wba_desktop.i18n import N_, _
from wba_desktop.text import format as fmt


def register(sub, parents: list[argparse.ArgumentParser]) -> None:
    demo = sub.add_parser(
        "demo",
        parents=parents,
        help=_("Demodaten in die Datenbank schreiben"),
        epilog=exit_codes_help(N_("die Datenbank enthält schon Daten (ohne --force)")),
    )
    demo.add_argument(
        "--size",
        choices=("small", "large"),
        default="small",
        help=_("small: ca. 300 Organisationen; large: 20.000 Organisationen (für Messungen)"),
    )
    demo.add_argument(
        "--seed", type=whole_number, default=1, help=_("Startwert des Zufallsgenerators")
    )
    demo.add_argument(
        "--force",
        action="store_true",
        help=_("auch in eine Datenbank schreiben, die schon Daten hat"),
    )
    demo.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from wba_desktop.demo.generate import DemoError, generate_demo
    from wba_desktop.services.presence import registered

    _engine, uow = open_database(args)

    last: list[tuple[str, int]] = []

    def progress(done: int, total: int, what: str) -> None:
        state = (what, done * 10 // max(total, 1))
        if not last or last[-1] != state:
            last.append(state)
            pct = done * 100 // max(total, 1)
            print(f"\r{what:40.40} {pct:3d} %", end="", file=sys.stderr, flush=True)

    try:
        with registered(uow):  # a window finding the database busy can name us
            summary = generate_demo(
                uow, size=args.size, seed=args.seed, force=args.force, progress=progress
            )
    except DemoError as exc:
        print(f"\n{exc}", file=sys.stderr)
        return NOTHING
    except BaseException:
        if last:
            print(file=sys.stderr)  # end the progress line before the message
        raise
    print(file=sys.stderr)
    counts = fmt.listing(
        [
            fmt.count(summary.organisations, N_("Organisation"), N_("Organisationen")),
            fmt.count(summary.people, N_("Person"), N_("Personen")),
            fmt.count(summary.relations, N_("Beziehung"), N_("Beziehungen")),
            fmt.count(summary.verbuende, N_("Verbund"), N_("Verbünde")),
            fmt.count(summary.events, N_("Veranstaltung"), N_("Veranstaltungen")),
        ]
    )
    seconds = fmt.decimal(summary.seconds, 1)
    print(_("Demodaten angelegt: {counts} ({seconds} s).").format(counts=counts, seconds=seconds))
    return 0
