"""Remove the physical traces of erased data from the database's storage.

An erasure (Art. 17) rewrites rows; the old values may still sit in the storage:

* SQLite: freed cells and pages, old page versions in the main file (WAL mode writes the
  new versions to the -wal file first), and old frames in the -wal file. :func:`scrub`
  runs ``VACUUM`` (every page of the file is written anew, freed pages go away) and then
  ``PRAGMA wal_checkpoint(TRUNCATE)`` (the WAL is copied into the file and emptied).
  The unit of work of the erasure itself runs with ``PRAGMA secure_delete=ON``, so
  content freed inside a page is zeroed as well. A checkpoint cannot finish while
  another connection reads an older snapshot (another program, another window): the
  erasure is committed anyway, a flag ``pending_scrub`` in ``app_setting`` stays set,
  and :func:`complete_pending` (run by ``ensure_schema`` at the next start) finishes the
  job when no other program is registered on the database.
* The global search's index (``db/search_index.py``) drops an erased person's entry in
  the erasure's transaction; SQLite's FTS5 keeps the text of deleted entries in older
  index segments until they are merged (SQLite 3.40 has no FTS5 ``secure-delete``), so
  :func:`scrub` merges them first (``optimize``); on PostgreSQL the index table is
  vacuumed with ``person``.
* PostgreSQL: the rows are rewritten in the erasure's transaction; :func:`scrub` then
  runs ``VACUUM FULL`` on the touched tables (a rewrite into new files; the old files
  are unlinked), falling back to a plain ``VACUUM`` when the exclusive lock cannot be
  had within the lock wait. Guaranteed: no live or dead row version with the old values
  is readable through SQL once VACUUM has run. Not in the app's hands: the server's
  write-ahead log and its backups keep old values until they are recycled.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from datetime import timedelta
from pathlib import Path

from sqlalchemy import Engine, text

from wba_desktop.db.engine import LOCK_WAIT_MS, is_read_only
from wba_desktop.db.search_index import TABLES as SEARCH_TABLES

log = logging.getLogger(__name__)

#: the ``app_setting`` key that says a scrub is still due
PENDING_KEY = "pending_scrub"
#: a program seen more recently than this counts as running (services/presence.py)
RUNNING_WITHIN = timedelta(minutes=5)


def sqlite_path(engine: Engine) -> Path | None:
    if engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        return None
    return Path(engine.url.database)


def scrub(engine: Engine, tables: list[str] | None = None) -> bool:
    """Remove old row versions from the storage now; True when it completed. On SQLite
    a False leaves the ``pending_scrub`` flag set (see the module doc); on PostgreSQL
    ``tables`` are vacuumed (False: only a plain VACUUM was possible)."""
    if is_read_only(engine):
        return False
    path = sqlite_path(engine)
    if path is not None:
        done = _scrub_sqlite(path)
        if done:
            _clear_flag(path)
        else:
            set_pending(engine)
        return done
    if engine.dialect.name == "postgresql":
        return _vacuum_postgres(engine, tables or [])
    return True  # an in-memory database keeps nothing


def set_pending(engine: Engine) -> None:
    """Note that a scrub is still due (best effort: a locked database only logs)."""
    try:
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM app_setting WHERE key = :k"), {"k": PENDING_KEY})
            conn.execute(
                text("INSERT INTO app_setting (key, value) VALUES (:k, :v)"),
                {"k": PENDING_KEY, "v": json.dumps(True)},
            )
    except Exception:
        log.warning("could not note the pending scrub", exc_info=True)


def is_pending(engine: Engine) -> bool:
    with engine.connect() as conn:
        value = conn.execute(
            text("SELECT value FROM app_setting WHERE key = :k"), {"k": PENDING_KEY}
        ).scalar()
    return value is not None and value != "false"


def complete_pending(engine: Engine) -> bool | None:
    """At the start: finish a scrub that an erasure could not complete. None when none
    was due (or the database is not ours to write), True when done now, False when it
    is still blocked (another program is registered, or a reader holds the WAL)."""
    if sqlite_path(engine) is None or is_read_only(engine):
        return None
    try:
        if not is_pending(engine):
            return None
        if _others_running(engine):
            log.info("scrub still pending: another program has the database open")
            return False
    except Exception:  # an old schema without the tables: nothing to do here
        log.debug("no pending scrub check", exc_info=True)
        return None
    done = scrub(engine)
    log.info("pending scrub %s", "completed" if done else "still blocked")
    return done


def _others_running(engine: Engine) -> bool:
    from wba_desktop.models.base import utcnow

    with engine.connect() as conn:
        n = conn.execute(
            text("SELECT COUNT(*) FROM app_session WHERE seen_at >= :t"),
            {"t": utcnow() - RUNNING_WITHIN},
        ).scalar()
    return bool(n)


def _connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(str(path), timeout=LOCK_WAIT_MS / 1000, isolation_level=None)
    con.execute("PRAGMA secure_delete=ON")
    return con


def _scrub_sqlite(path: Path) -> bool:
    try:
        con = _connect(path)
    except sqlite3.Error:
        log.warning("scrub: cannot open %s", path, exc_info=True)
        return False
    try:
        _merge_search_index(con)
        con.execute("VACUUM")
        return _checkpoint(con)
    except sqlite3.Error as exc:
        log.info("scrub blocked: %s", exc)
        return False
    finally:
        con.close()


def _merge_search_index(con: sqlite3.Connection) -> None:
    """Merge the FTS5 segments of the people's search index into one: the text of
    deleted entries goes with the old segments (which VACUUM then drops)."""
    name = SEARCH_TABLES["person"]
    if con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone():
        con.execute(f"INSERT INTO {name}({name}) VALUES ('optimize')")


def _checkpoint(con: sqlite3.Connection) -> bool:
    busy, frames, done = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    # in rollback-journal mode the pragma answers (0, -1, -1): nothing to checkpoint
    return busy == 0 and frames == done


def _clear_flag(path: Path) -> None:
    """Drop the flag, then checkpoint once more so the WAL is empty again."""
    try:
        con = _connect(path)
        try:
            con.execute("DELETE FROM app_setting WHERE key = ?", (PENDING_KEY,))
            _checkpoint(con)
        finally:
            con.close()
    except sqlite3.Error:
        log.warning("could not clear the pending scrub flag", exc_info=True)


def _vacuum_postgres(engine: Engine, tables: list[str]) -> bool:
    """VACUUM FULL each table (autocommit: VACUUM cannot run in a transaction); a table
    whose exclusive lock is not to be had gets a plain VACUUM. True if all were FULL."""
    full = True
    if "person" in tables:  # the search index holds the people's names too
        tables = [*tables, SEARCH_TABLES["person"]]
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        for name in sorted(set(tables)):
            quoted = '"' + name.replace('"', '""') + '"'
            try:
                conn.exec_driver_sql(f"VACUUM (FULL, ANALYZE) {quoted}")
            except Exception as exc:
                log.info("VACUUM FULL %s not possible (%s); plain VACUUM", name, exc)
                full = False
                try:
                    conn.exec_driver_sql(f"VACUUM {quoted}")
                except Exception:
                    log.warning("VACUUM %s failed", name, exc_info=True)
    return full
