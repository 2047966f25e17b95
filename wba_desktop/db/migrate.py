"""Bring a database to the schema this app needs, safely.

On start the app reads the stored revision with plain SQL (Alembic is imported only
when an upgrade is really needed, which keeps the start fast). Before an upgrade of
a SQLite file that already holds data, a backup copy is written, one per revision step
(a retry after a failed upgrade does not pile up copies).

An upgrade is all or nothing on both backends. PostgreSQL has transactional DDL; on
SQLite, Python's ``sqlite3`` sends no ``BEGIN`` before DDL, so every ``CREATE TABLE``
would commit on its own and an upgrade killed part-way could leave tables of a later
revision behind ("table … already exists" on every later start). The upgrade
therefore runs on its own connection that emits ``BEGIN`` itself, as SQLAlchemy
documents for pysqlite, and SQLite's transactional DDL keeps the previous revision
intact until the one ``COMMIT``.

On that connection foreign keys are off, as SQLite's own recipe for changing a table
asks: Alembic's batch mode rebuilds a table (copy, ``DROP TABLE``, rename), and the
``DROP`` would otherwise delete every row referring to it with ``ON DELETE CASCADE``
(the programme and lists of all events, the members of all Verteiler). Before the
``COMMIT``, ``PRAGMA foreign_key_check`` must find nothing, else nothing is saved.
"""

from __future__ import annotations

import logging
import sqlite3
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError

from wba_desktop.db import health, scrub
from wba_desktop.db.backup import backup_once as _backup_once
from wba_desktop.db.backup import backup_sqlite, before_update
from wba_desktop.db.engine import DatabaseBusyError, DatabaseError, is_read_only, use_wal
from wba_desktop.db.revisions import HEAD_REVISION, KNOWN_REVISIONS
from wba_desktop.errors import BusyError, ServiceError
from wba_desktop.i18n import _

log = logging.getLogger(__name__)

__all__ = [
    "HEAD_REVISION",
    "KNOWN_REVISIONS",
    "backup_sqlite",
    "current_revision",
    "ensure_schema",
    "upgrade",
]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def current_revision(engine: Engine, backup_dir: Path | None = None) -> str | None:
    """The revision stored in the database, or None for an empty database. A database
    that cannot be read raises the German ``DatabaseError`` it deserves (damaged, busy,
    server unreachable; see ``health.open_failure``)."""
    try:
        with engine.connect() as conn:
            # the common case first, without the (slower) schema inspection
            try:
                with conn.begin_nested() if conn.dialect.name == "postgresql" else _nothing():
                    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            except (OperationalError, ProgrammingError) as exc:
                if not _no_such_table(exc):
                    raise
            if inspect(conn).get_table_names():
                raise DatabaseError(
                    _(
                        "Die Datei enthält Tabellen, aber keine WBA-Desktop-Datenbank. "
                        "Bitte eine andere Datenbank wählen."
                    )
                )
            return None
    except DatabaseError:
        raise
    except DBAPIError as exc:
        raise health.open_failure(engine, exc, backup_dir) from exc


def _no_such_table(exc: DBAPIError) -> bool:
    text_ = str(exc.orig).lower()
    return "no such table" in text_ or getattr(exc.orig, "sqlstate", None) == "42P01"


@contextmanager
def _nothing():
    yield


def _short(exc: Exception) -> str:
    orig = getattr(exc, "orig", None) or exc
    return str(orig).splitlines()[0][:200]


def alembic_config(engine: Engine):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the Alembic upgrade on ``engine`` in one transaction (see the module docstring)."""
    from alembic import command

    cfg = alembic_config(engine)
    if engine.dialect.name != "sqlite":
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
        return
    from sqlalchemy import event

    ddl_engine = _transactional_sqlite(engine)
    # after the app's settings, before any BEGIN (see the module docstring)
    event.listen(ddl_engine, "connect", lambda c, _r: c.execute("PRAGMA foreign_keys=OFF"))
    try:
        with ddl_engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:  # raising rolls the whole upgrade back
                log.error("foreign key violations after the upgrade: %s", broken[:20])
                raise DatabaseError(
                    _(
                        "Die Aktualisierung der Datenbank wurde abgebrochen, weil Verweise "
                        "zwischen Tabellen nicht mehr stimmten (Tabelle „{broken}“). Die "
                        "Daten sind unverändert."
                    ).format(broken=broken[0][0])
                )
    finally:
        ddl_engine.dispose()


def _transactional_sqlite(engine: Engine, begin: str = "BEGIN IMMEDIATE") -> Engine:
    """A one-connection engine on the same SQLite file whose transactions really begin
    with ``BEGIN``, so that DDL is part of them (pysqlite's own handling is switched off).
    ``begin="BEGIN"`` gives a read snapshot that lasts the whole transaction."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    from wba_desktop.db.engine import sqlite_on_connect

    ddl = create_engine(engine.url, poolclass=NullPool)

    @event.listens_for(ddl, "connect")
    def _connect(dbapi_conn, record) -> None:
        sqlite_on_connect(dbapi_conn, record)
        dbapi_conn.isolation_level = None  # pysqlite must not BEGIN/COMMIT on its own

    @event.listens_for(ddl, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql(begin)  # IMMEDIATE: take the write lock now, not mid-way

    return ddl


def ensure_schema(engine: Engine, backup_dir: Path | None = None, *, verify: bool = False) -> str:
    """Upgrade to HEAD if needed. Raises DatabaseError for a newer, foreign, damaged or
    busy database, and for a read-only one that is not at HEAD; such a file is left
    as it was (no WAL switch, no backup). ``verify`` runs SQLite's ``quick_check`` even
    when no upgrade is due (it always runs before an upgrade); see ``health``."""
    path = health.sqlite_path(engine)
    if path is not None and (problems := health.header_problems(path)):
        raise health.damaged(engine, problems, backup_dir)
    rev = current_revision(engine, backup_dir)
    if rev is not None and rev not in KNOWN_REVISIONS:
        raise DatabaseError(
            _(
                "Die Datenbank wurde mit einer neueren Version von WBA Desktop angelegt "
                "(Schema „{rev}“). Bitte WBA Desktop aktualisieren; die Daten bleiben unverändert."
            ).format(rev=rev)
        )
    if rev is not None and (verify or rev != HEAD_REVISION):
        health.verify(engine, backup_dir)
    if is_read_only(engine):
        if rev != HEAD_REVISION:
            raise DatabaseError(
                _("Die Datenbank „{path}“ ist schreibgeschützt und ").format(path=path)
                + (
                    _("noch leer")
                    if rev is None
                    else _("auf einem älteren Stand (Schema „{rev}“)").format(rev=rev)
                )
                + _(
                    ", muss also erst eingerichtet werden. Bitte Schreibrechte für die Datei und "
                    "ihren Ordner geben oder sie an einen beschreibbaren Ort kopieren."
                )
            )
        return rev
    use_wal(engine)  # after the checks: a foreign or damaged file is refused untouched
    if rev == HEAD_REVISION:
        scrub.complete_pending(engine)  # an erasure's traces, if it could not finish
        return rev
    if rev is not None and backup_dir is not None:
        try:
            _backup_once(engine, backup_dir, before_update(rev))
        except BusyError as exc:
            raise DatabaseBusyError(_(health.BUSY_AT_OPEN)) from exc
        except (sqlite3.Error, OSError, ServiceError) as exc:
            if "locked" in str(exc).lower():
                raise DatabaseBusyError(_(health.BUSY_AT_OPEN)) from exc
            raise DatabaseError(
                _(
                    "Vor dem Update konnte keine Sicherung geschrieben werden ({exc}); "
                    "die Datenbank bleibt unverändert. Bitte Platz und Schreibrechte im "
                    "Sicherungsordner „{backup_dir}“ prüfen."
                ).format(exc=_short(exc), backup_dir=backup_dir)
            ) from exc
    log.info("upgrading database from %s to %s", rev, HEAD_REVISION)
    try:
        upgrade(engine)
    except (OperationalError, DBAPIError) as exc:
        if _is_busy(exc):
            raise DatabaseBusyError(_(health.BUSY_AT_OPEN)) from exc
        raise DatabaseError(
            _("Die Datenbank konnte nicht aktualisiert werden ({exc}).").format(exc=_short(exc))
        ) from exc
    scrub.complete_pending(engine)
    return HEAD_REVISION


def _is_busy(exc: DBAPIError) -> bool:
    text_ = str(exc.orig).lower()
    return "database is locked" in text_ or getattr(exc.orig, "sqlstate", None) in (
        "55P03",
        "40P01",
    )
