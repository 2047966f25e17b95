"""Command line: without a sub-command the window opens; sub-commands run headless.

wba-desktop                      open the app
wba-desktop demo [--size small|large]
wba-desktop migrate
wba-desktop check
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from wba_desktop import APP_NAME, __version__

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wba-desktop",
        description=f"{APP_NAME}: Partnernetzwerk der Weiterbildungsagenturen Sachsen-Anhalt. "
        "Ohne Unterbefehl öffnet sich das Programmfenster.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--db",
        metavar="PFAD|URL",
        help="Datenbankdatei oder -URL (sonst WBA_DATABASE_URL oder die Datei im Datenordner)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="ausführliche Meldungen")
    sub = parser.add_subparsers(dest="command", metavar="BEFEHL")

    demo = sub.add_parser("demo", help="Demodaten in die Datenbank schreiben")
    demo.add_argument(
        "--size",
        choices=("small", "large"),
        default="small",
        help="small: ca. 300 Organisationen; large: 20.000 Organisationen (für Messungen)",
    )
    demo.add_argument("--seed", type=int, default=1, help="Startwert des Zufallsgenerators")
    demo.add_argument(
        "--force", action="store_true", help="auch in eine Datenbank schreiben, die schon Daten hat"
    )

    sub.add_parser("migrate", help="Datenbank auf den aktuellen Stand bringen (mit Sicherung)")
    sub.add_parser("check", help="Schema-Version, Integritätsprüfung und Anzahl der Datensätze")
    return parser


def _open(args) -> tuple:
    from wba_desktop import paths
    from wba_desktop.db import UnitOfWorkFactory, create_db_engine
    from wba_desktop.db.migrate import ensure_schema

    url = paths.database_url(args.db)
    engine = create_db_engine(url)
    ensure_schema(engine, paths.backup_dir())
    return engine, UnitOfWorkFactory(engine)


def cmd_migrate(args) -> int:
    engine, _ = _open(args)
    from wba_desktop.db.migrate import current_revision

    print(
        f"Datenbank ist auf Stand {current_revision(engine)}: {engine.url.database or engine.url}"
    )
    return 0


def cmd_check(args) -> int:
    from wba_desktop.services.maintenance import check_database

    engine, uow = _open(args)
    report = check_database(uow)
    print(f"{'Datenbank:':22}{report.location}")
    print(f"{'Schema-Version:':22}{report.revision}")
    print(f"{'Integrität:':22}{'in Ordnung' if report.ok else 'FEHLER'}")
    for problem in report.problems:
        print(f"  - {problem}")
    for label, n in report.counts.items():
        print(f"{label + ':':22}{n:>10,}".replace(",", "."))
    return 0 if report.ok else 1


def cmd_demo(args) -> int:
    from wba_desktop.services.demo import DemoError, generate_demo

    _, uow = _open(args)

    last: list[tuple[str, int]] = []

    def progress(done: int, total: int, what: str) -> None:
        state = (what, done * 10 // max(total, 1))
        if not last or last[-1] != state:
            last.append(state)
            pct = done * 100 // max(total, 1)
            print(f"\r{what:40.40} {pct:3d} %", end="", file=sys.stderr, flush=True)

    try:
        summary = generate_demo(
            uow, size=args.size, seed=args.seed, force=args.force, progress=progress
        )
    except DemoError as exc:
        print(f"\n{exc}", file=sys.stderr)
        return 1
    print(file=sys.stderr)
    print(
        f"Demodaten angelegt: {summary.organisations} Organisationen, {summary.people} Personen, "
        f"{summary.relations} Beziehungen ({summary.seconds:.1f} s)."
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.command is None:
        from wba_desktop.app import run_gui

        return run_gui(args.db)
    from wba_desktop.db.engine import DatabaseError
    from wba_desktop.services.errors import ServiceError

    handlers = {"demo": cmd_demo, "migrate": cmd_migrate, "check": cmd_check}
    try:
        return handlers[args.command](args)
    except (DatabaseError, ServiceError) as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return 2
