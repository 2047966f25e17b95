"""What the sub-commands share: the global options, opening the database, finding
reference entries by name for the filter options.

``--db`` and ``-v`` are accepted before and after the sub-command. The main parser
holds them with their defaults; each sub-parser gets a copy whose default is
``SUPPRESS``, so a value given after the sub-command wins and a sub-parser never
overwrites one given before it.
"""

from __future__ import annotations

import argparse
import sys

from wba_desktop.cli.german import GermanArgumentParser
from wba_desktop.errors import ServiceError


def global_options(*, for_subcommand: bool) -> GermanArgumentParser:
    """A parent parser with ``--db`` and ``-v``; for sub-commands without defaults."""
    parent = GermanArgumentParser(add_help=False)
    parent.add_argument(
        "--db",
        metavar="PFAD|URL",
        default=argparse.SUPPRESS if for_subcommand else None,
        help="Datenbankdatei oder -URL (sonst WBA_DATABASE_URL oder die Datei im Datenordner)",
    )
    parent.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS if for_subcommand else False,
        help="ausführliche Meldungen",
    )
    return parent


def open_database(args: argparse.Namespace) -> tuple:
    """Engine and unit-of-work factory for ``--db`` (migrated, with a backup first)."""
    from wba_desktop import paths
    from wba_desktop.db import UnitOfWorkFactory, create_db_engine
    from wba_desktop.db.migrate import ensure_schema

    url = paths.database_url(args.db)
    # the data directory exists (paths creates it); a folder the user named must exist
    engine = create_db_engine(url, create_folder=False)
    ensure_schema(engine, paths.backup_dir())
    return engine, UnitOfWorkFactory(engine)


def lookup_ids(
    wanted: list[str],
    choices: list[tuple[int, list[str]]],
    label: str,
    error: type[ServiceError] = ServiceError,
) -> tuple[int, ...]:
    """Ids whose name (or code) is one of ``wanted``, or else contains it (folded).

    ``choices`` pairs each id with its names, the first one shown to the user. An
    unknown name raises ``error`` with the known names.
    """
    from wba_desktop.text.fold import search_key

    found: list[int] = []
    for raw in wanted:
        key = search_key(raw)
        hits = [i for i, names in choices if key in map(search_key, names)]
        hits = hits or [i for i, names in choices if key and key in search_key(names[0])]
        if not hits:
            known = ", ".join(names[0] for _, names in choices)
            raise error(f"{label} „{raw}“ gibt es nicht. Bekannt: {known}")
        found += [i for i in hits if i not in found]
    return tuple(found)


def wba_regions(known: list[str], wanted: list[str], error: type[ServiceError]) -> tuple:
    """The WBA regions named in ``wanted`` (folded match), spelled as ``known`` has them."""
    from wba_desktop.text.fold import search_key

    wba = {search_key(w): w for w in known}
    unknown = [w for w in wanted if search_key(w) not in wba]
    if unknown:
        raise error(f"WBA-Region „{unknown[0]}“ gibt es nicht: {', '.join(wba.values())}")
    return tuple(wba[search_key(w)] for w in wanted)


def print_progress(done: int, total: int, what: str) -> None:
    """One progress line on stderr, rewritten in place."""
    pct = done * 100 // max(total, 1)
    print(f"\r{what:40.40} {pct:3d} %", end="", file=sys.stderr, flush=True)
