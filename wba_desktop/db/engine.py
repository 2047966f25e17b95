"""Engine creation with the SQLite settings the app relies on.

SQLite: WAL journal (switched on once the file is known to be ours), foreign keys on,
a busy timeout for a second window or the CLI. A file (or folder) the user may not
write to is opened read-only (``is_read_only``): it can be read, every write ends as a
``ReadOnlyError``. ``german_order`` gives a portable DIN 5007-1 sort expression (Ä with A).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, func
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.sql import ColumnElement

from wba_desktop.errors import BusyError
from wba_desktop.i18n import N_, _

log = logging.getLogger(__name__)


class DatabaseError(Exception):
    """A database that cannot be used; the message is German and meant for the user."""


class DatabaseBusyError(DatabaseError, BusyError):
    """Opening or upgrading the database waited in vain for a lock held by another
    program or another WBA Desktop; trying again later may work."""


class ServerUnreachableError(DatabaseError):
    """The database server does not answer (or refuses the login); ``host`` and ``port``
    name it. The message says what to check."""

    def __init__(self, message: str, host: str | None = None, port: int | None = None) -> None:
        super().__init__(message)
        self.host = host
        self.port = port


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
    if is_read_only(engine):
        return
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")
    except Exception:  # read-only media: stay in the default journal mode
        log.warning("WAL journal mode not available", exc_info=True)


#: how long a write waits for a lock held by someone else before the user hears of it
LOCK_WAIT_MS = 5000


URL_HELP = N_(
    "Möglich sind ein Dateipfad (z. B. C:\\Daten\\wba.sqlite3), sqlite:///PFAD oder "
    "postgresql+psycopg://BENUTZER@SERVER/DATENBANK."
)


def create_db_engine(
    url: str,
    *,
    echo: bool = False,
    lock_timeout_ms: int = LOCK_WAIT_MS,
    create_folder: bool = True,
    read_only: bool | None = None,
) -> Engine:
    """Create the engine for ``url``. A write waits up to ``lock_timeout_ms`` for a lock
    (SQLite busy timeout, PostgreSQL ``lock_timeout``), then fails with a message
    instead of hanging. For SQLite the folder is created when ``create_folder`` (the
    app's own data directory); a path typed by the user must name an existing folder,
    so that a typo never quietly starts a new, empty database.

    A SQLite file is opened read-only when ``read_only`` is true, or (``None``) when the
    file or its folder is not writable for the user; see ``is_read_only``."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(
            _("„{url}“ ist keine Datenbankadresse. {URL_HELP}").format(
                url=url, URL_HELP=_(URL_HELP)
            )
        ) from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        path = Path(parsed.database) if parsed.database not in (None, "", ":memory:") else None
        if path is not None:
            _sqlite_folder(path.parent, create_folder)
            if path.is_dir():
                raise DatabaseError(
                    _(
                        "„{path}“ ist ein Ordner, keine Datenbankdatei. Bitte den vollständigen "
                        "Pfad der Datenbankdatei angeben (z. B. {sqlite3})."
                    ).format(path=path, sqlite3=path / "wba.sqlite3")
                )
            if not path.exists() and not os.access(path.parent, os.W_OK):
                raise DatabaseError(
                    _(
                        "Im Ordner „{parent}“ darf WBA Desktop keine neue Datenbank anlegen "
                        "(keine Schreibrechte). Bitte einen anderen Speicherort wählen."
                    ).format(parent=path.parent)
                )
            if read_only is None:
                read_only = path.is_file() and not _writable(path)
        engine = _engine(url, echo=echo)
        event.listen(engine, "connect", sqlite_on_connect)
        if path is not None and read_only:
            _open_read_only(engine, path)
        return engine
    if backend != "postgresql":
        raise DatabaseError(
            _("Die Datenbankart „{backend}“ kennt WBA Desktop nicht. {URL_HELP}").format(
                backend=backend, URL_HELP=_(URL_HELP)
            )
        )
    return _engine(
        url,
        echo=echo,
        pool_pre_ping=True,
        connect_args={
            "options": f"-c lock_timeout={int(lock_timeout_ms)}",
            # a server that does not answer at all is reported after 10 s, not after minutes
            "connect_timeout": CONNECT_TIMEOUT_S,
        },
    )


#: seconds to wait for the database server to answer a new connection
CONNECT_TIMEOUT_S = 10

_READ_ONLY = "_wba_read_only"


def is_read_only(engine: Engine) -> bool:
    """True when ``engine`` opened its SQLite file read-only (no write permission on the
    file or its folder): reading works, every write raises ``ReadOnlyError``."""
    return bool(getattr(engine, _READ_ONLY, False))


def _writable(path: Path) -> bool:
    # SQLite writes its journal (-wal, -shm) next to the file: the folder counts too
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _open_read_only(engine: Engine, path: Path) -> None:
    """Connect with SQLite's ``mode=ro``; the file is never written. When no other
    connection has the file open (no -wal, no -shm next to it), ``immutable=1`` as well:
    SQLite then needs no lock files, so none are left behind and a read-only folder
    works. (Should a writer open the file meanwhile, this view may read stale data;
    it still never writes.)"""
    uri = "file:" + quote(path.as_posix()) + "?mode=ro"
    if not any(path.with_name(path.name + ext).exists() for ext in ("-wal", "-shm")):
        uri += "&immutable=1"
    setattr(engine, _READ_ONLY, True)

    @event.listens_for(engine, "do_connect")
    def _connect(_dialect, _record, cargs, cparams):
        cargs[:] = [uri]
        cparams["uri"] = True


def _sqlite_folder(folder: Path, create: bool) -> None:
    if folder.is_dir():
        return
    if not create:
        raise DatabaseError(
            _(
                "Den Ordner „{folder}“ gibt es nicht. Bitte den Pfad der Datenbank prüfen "
                "(Tippfehler?) oder den Ordner zuerst anlegen; eine neue, leere Datenbank wird "
                "nur im Datenordner von WBA Desktop von selbst angelegt."
            ).format(folder=folder)
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(
            _(
                "Der Ordner für die Datenbank „{folder}“ kann nicht angelegt werden "
                "(keine Schreibrechte, oder dort liegt eine Datei). Bitte einen anderen "
                "Speicherort wählen."
            ).format(folder=folder)
        ) from exc


def _engine(url: str, **kw) -> Engine:
    try:
        return create_engine(url, **kw)
    except NoSuchModuleError as exc:
        raise DatabaseError(
            _("Die Datenbankadresse „{url}“ wird nicht unterstützt. {URL_HELP}").format(
                url=url, URL_HELP=_(URL_HELP)
            )
        ) from exc
    except ModuleNotFoundError as exc:
        raise DatabaseError(
            _(
                "Für die Teamdatenbank (PostgreSQL) fehlt der Treiber. Bitte mit "
                "„pip install -e .[postgres]“ nachinstallieren."
            )
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
