"""Engine creation with the SQLite settings the app relies on.

SQLite: WAL journal (switched on once the file is known to be ours), foreign keys on,
a busy timeout for a second window or the CLI. ``german_order`` gives a portable
DIN 5007-1 sort expression (Ä with A).
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, func
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.sql import ColumnElement

log = logging.getLogger(__name__)


class DatabaseError(Exception):
    """A database that cannot be used; the message is German and meant for the user."""


def _unicode_lower(value):
    return value.lower() if isinstance(value, str) else value


def sqlite_on_connect(dbapi_conn, _record) -> None:
    """The app's settings for every new SQLite connection."""
    # SQLite's built-in lower() folds ASCII only ('Ö' stays 'Ö'); PostgreSQL folds all
    # letters. Overriding it keeps case-insensitive comparisons the same on both.
    dbapi_conn.create_function("lower", 1, _unicode_lower, deterministic=True)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={LOCK_WAIT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()
    # the WAL journal is switched on by ``use_wal`` once the file is known to be ours:
    # the journal mode is stored in the file, and another program's file stays untouched


def use_wal(engine: Engine) -> None:
    """Switch a SQLite database of ours to the WAL journal (stored in the file, so once
    is enough; readers and a writer then do not block each other)."""
    if engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        return
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")
    except Exception:  # read-only media: stay in the default journal mode
        log.warning("WAL journal mode not available", exc_info=True)


#: how long a write waits for a lock held by someone else before the user hears of it
LOCK_WAIT_MS = 5000


URL_HELP = (
    "Möglich sind ein Dateipfad (z. B. C:\\Daten\\wba.sqlite3), sqlite:///PFAD oder "
    "postgresql+psycopg://BENUTZER@SERVER/DATENBANK."
)


def create_db_engine(
    url: str,
    *,
    echo: bool = False,
    lock_timeout_ms: int = LOCK_WAIT_MS,
    create_folder: bool = True,
) -> Engine:
    """Create the engine for ``url``. A write waits up to ``lock_timeout_ms`` for a lock
    (SQLite busy timeout, PostgreSQL ``lock_timeout``), then fails with a message
    instead of hanging. For SQLite the folder is created when ``create_folder`` (the
    app's own data directory); a path typed by the user must name an existing folder,
    so that a typo never quietly starts a new, empty database."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"„{url}“ ist keine Datenbankadresse. {URL_HELP}") from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            _sqlite_folder(Path(parsed.database).parent, create_folder)
        engine = _engine(url, echo=echo)
        event.listen(engine, "connect", sqlite_on_connect)
        return engine
    if backend != "postgresql":
        raise DatabaseError(f"Die Datenbankart „{backend}“ kennt WBA Desktop nicht. {URL_HELP}")
    return _engine(
        url,
        echo=echo,
        pool_pre_ping=True,
        connect_args={"options": f"-c lock_timeout={int(lock_timeout_ms)}"},
    )


def _sqlite_folder(folder: Path, create: bool) -> None:
    if folder.is_dir():
        return
    if not create:
        raise DatabaseError(
            f"Den Ordner „{folder}“ gibt es nicht. Bitte den Pfad der Datenbank prüfen "
            "(Tippfehler?) oder den Ordner zuerst anlegen; eine neue, leere Datenbank wird "
            "nur im Datenordner von WBA Desktop von selbst angelegt."
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(
            f"Der Ordner für die Datenbank „{folder}“ kann nicht angelegt werden "
            "(keine Schreibrechte, oder dort liegt eine Datei). Bitte einen anderen "
            "Speicherort wählen."
        ) from exc


def _engine(url: str, **kw) -> Engine:
    try:
        return create_engine(url, **kw)
    except NoSuchModuleError as exc:
        raise DatabaseError(
            f"Die Datenbankadresse „{url}“ wird nicht unterstützt. {URL_HELP}"
        ) from exc
    except ModuleNotFoundError as exc:
        raise DatabaseError(
            "Für die Teamdatenbank (PostgreSQL) fehlt der Treiber. Bitte mit "
            "„pip install -e .[postgres]“ nachinstallieren."
        ) from exc


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


_FOLD = (("Ä", "a"), ("ä", "a"), ("Ö", "o"), ("ö", "o"), ("Ü", "u"), ("ü", "u"), ("ß", "ss"))


def german_order(column: ColumnElement) -> ColumnElement:
    """Sort expression for German dictionary order (DIN 5007-1: Ä as A, ß as ss).

    Built from ``replace`` and ``lower``, which SQLite and PostgreSQL run natively,
    so sorting 100,000 rows needs no Python callback per comparison.
    """
    expr = column
    for src, dst in _FOLD:
        expr = func.replace(expr, src, dst)
    return func.lower(expr)
