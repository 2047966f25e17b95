"""What the sub-commands share: the global options, opening the database, the exit
codes, finding reference entries by name for the filter options.

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
from wba_desktop.i18n import N_, _


def global_options(*, for_subcommand: bool) -> GermanArgumentParser:
    """A parent parser with ``--db`` and ``-v``; for sub-commands without defaults."""
    parent = GermanArgumentParser(add_help=False)
    parent.add_argument(
        "--db",
        metavar=_("PFAD|URL"),
        default=argparse.SUPPRESS if for_subcommand else None,
        help=_("Datenbankdatei oder -URL (sonst WBA_DATABASE_URL oder die Datei im Datenordner)"),
    )
    parent.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS if for_subcommand else False,
        help=_("ausführliche Meldungen"),
    )
    return parent


# -- exit codes: the same in every sub-command (``EXIT_CODES_HELP``) -------------------

OK = 0
#: nothing to do: nothing to import; demo data refused because the database holds data
NOTHING = 1
#: an error the user can fix: a call, a file or a database address that is wrong
ERROR = 2
#: the database is held by another program (or its server does not answer): try again
BUSY = 3
#: the database is damaged (``check`` found problems): restore a backup
DAMAGED = 4
#: the database is read-only and the command wanted to write
READ_ONLY = 5


def exit_codes_help(one: str | None = None) -> str:
    """The exit codes for a sub-command's help; ``one`` says what 1 means for it."""
    nothing = f"1 {_(one)}, " if one else ""
    return _(
        "Rückgabewerte: 0 erledigt, {nothing}2 Fehler in Aufruf, Datei oder "
        "Datenbankangabe, 3 Datenbank gerade gesperrt oder Server nicht erreichbar (später "
        "noch einmal versuchen), 4 Datenbank beschädigt (Sicherung wiederherstellen), "
        "5 Datenbank schreibgeschützt."
    ).format(nothing=nothing)


def exit_code(exc: BaseException) -> int:
    """The exit code for an error the user gets to read (see the constants above)."""
    from wba_desktop.db.engine import ServerUnreachableError
    from wba_desktop.errors import BusyError, ConnectionLostError, DamagedError, ReadOnlyError

    if isinstance(exc, BusyError | ConnectionLostError | ServerUnreachableError):
        return BUSY
    if isinstance(exc, DamagedError):
        return DAMAGED
    if isinstance(exc, ReadOnlyError):
        return READ_ONLY
    return ERROR


def open_database(args: argparse.Namespace) -> tuple:
    """Engine and unit-of-work factory for ``--db``: checked (``quick_check``, so that a
    damaged file is refused before anything reads or writes it), migrated with a backup
    first. A SQLite file on a network drive gets a warning on stderr, a read-only one a
    note. ``main`` disposes of the engine when the command ends."""
    from wba_desktop import paths
    from wba_desktop.db import UnitOfWorkFactory, create_db_engine
    from wba_desktop.db.engine import is_read_only
    from wba_desktop.db.location import network_warning
    from wba_desktop.db.migrate import ensure_schema

    url = paths.database_url(args.db)
    # the data directory exists (paths creates it); a folder the user named must exist
    engine = create_db_engine(url, create_folder=False)
    opened = getattr(args, "opened_engines", None)
    if opened is not None:
        opened.append(engine)
    try:
        if engine.dialect.name == "sqlite" and (warning := network_warning(engine.url.database)):
            print(f"Warnung: {warning}", file=sys.stderr)
        ensure_schema(engine, paths.backup_dir(), verify=True)
    except BaseException:
        engine.dispose()  # no connection stays open on a refused file (no -wal, -shm)
        raise
    if is_read_only(engine):
        print(_("Hinweis: {note}").format(note=_(READ_ONLY_NOTE)), file=sys.stderr)
    return engine, UnitOfWorkFactory(engine)


READ_ONLY_NOTE = N_(
    "Die Datenbank ist schreibgeschützt; WBA Desktop kann sie nur lesen, nicht ändern."
)


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
            raise error(
                _("{label} „{raw}“ gibt es nicht. Bekannt: {known}").format(
                    label=label, raw=raw, known=known
                )
            )
        found += [i for i in hits if i not in found]
    return tuple(found)


def wba_regions(known: list[str], wanted: list[str], error: type[ServiceError]) -> tuple:
    """The WBA regions named in ``wanted`` (folded match), spelled as ``known`` has them."""
    from wba_desktop.text.fold import search_key

    wba = {search_key(w): w for w in known}
    unknown = [w for w in wanted if search_key(w) not in wba]
    if unknown:
        raise error(
            _("WBA-Region „{region}“ gibt es nicht: {known}").format(
                region=unknown[0], known=", ".join(wba.values())
            )
        )
    return tuple(wba[search_key(w)] for w in wanted)


def print_progress(done: int, total: int, what: str) -> None:
    """One progress line on stderr, rewritten in place."""
    pct = done * 100 // max(total, 1)
    print(f"\r{what:40.40} {pct:3d} %", end="", file=sys.stderr, flush=True)
