"""Template databases for the tests: migrate once per session, copy per test.

Running every Alembic revision takes most of a second and the small demo about as
long, so both happen once per test session and backend, into template databases; each
test gets a private copy: a file copy for SQLite; for PostgreSQL one copy made with
``CREATE DATABASE … TEMPLATE`` and reset to the template's contents between tests
(see ``PostgresDatabases``). The fixtures in tests/conftest.py use this module.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, MetaData, create_engine, make_url, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from wba_desktop.db import UnitOfWorkFactory, create_db_engine
from wba_desktop.db.migrate import ensure_schema
from wba_desktop.demo.generate import DemoSummary, generate_demo

#: The demo every ``demo`` test reads: small, seed 1.
DEMO = {"size": "small", "seed": 1}


def migrate(url: str) -> None:
    """Bring the database at ``url`` to the newest schema."""
    engine = create_db_engine(url)
    try:
        ensure_schema(engine)
    finally:
        engine.dispose()


def add_demo(url: str) -> DemoSummary:
    """Write the test demo (``DEMO``) into the migrated database at ``url``."""
    engine = create_db_engine(url)
    try:
        return generate_demo(UnitOfWorkFactory(engine), **DEMO)
    finally:
        engine.dispose()


def sqlite_url(path: Path) -> str:
    return "sqlite:///" + path.as_posix()


def self_contained(path: Path) -> Path:
    """Fold the WAL back into the SQLite file ``path`` so that copying it copies all.

    The journal mode goes back to DELETE, which removes the -wal and -shm files; the
    app's engine switches every copy to WAL again when it connects.
    """
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()
    leftovers = [p.name for p in path.parent.glob(path.name + "-*")]
    assert not leftovers, f"SQLite template not self-contained: {leftovers}"
    return path


def copy_sqlite(template: Path, target: Path) -> str:
    """Copy the template file to ``target``; returns its URL."""
    shutil.copyfile(template, target)
    return sqlite_url(target)


#: A fingerprint of the schema (tables, columns, indexes, sequences) of a database
_SCHEMA_FINGERPRINT = """
SELECT md5(coalesce(string_agg(c.relname || ':' || c.relkind::text || ':' || coalesce(a.attname, '')
                               || ':' || coalesce(a.atttypid::text, ''), ','
                               ORDER BY c.relname, a.attnum), ''))
FROM pg_class c
LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE c.relnamespace = 'public'::regnamespace
"""


class PostgresDatabases:
    """Test databases on the PostgreSQL server behind ``url``.

    With the right to create databases (``tools/start-postgres.sh`` grants it), the
    template ``<name>_template`` is migrated once (and ``<name>_demo`` gets the demo
    once, when a test asks for it). Tests run in a copy of one of them
    (``<template>_run``). Copying a database costs the server a few hundred
    milliseconds (it writes every system catalogue), so between tests the copy is reset
    instead, in a few milliseconds: every table emptied, the template's rows copied
    back, the sequences set to the template's values. Should a test have changed the
    schema, the copy is made afresh.

    Without that right every test wipes the schema of ``url`` itself, and the fixtures
    migrate it again (slow, but it works with an old server set-up).
    """

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        self.template = f"{self.url.database}_template"
        self.demo_template = f"{self.url.database}_demo"
        self.demo_summary: DemoSummary | None = None
        self._copies: dict[str, tuple[str, _Snapshot, Engine]] = {}
        self.templated = bool(
            self._execute(
                "SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user"
            )
        )
        if self.templated:
            self._create(self.template)
            migrate(self.url_of(self.template))

    def fresh(self, with_demo: bool = False) -> str:
        """The URL of a database for one test: migrated, with the demo if asked.

        Without the right to create databases it is only wiped; see the class doc.
        """
        if not self.templated:
            self._execute("DROP SCHEMA IF EXISTS public CASCADE")
            self._execute("CREATE SCHEMA public")
            return self.url.render_as_string(hide_password=False)
        if with_demo and self.demo_summary is None:
            self._create(self.demo_template, self.template)
            self.demo_summary = add_demo(self.url_of(self.demo_template))
        return self._copy_of(self.demo_template if with_demo else self.template)

    def close(self) -> None:
        for run, _, engine in self._copies.values():
            engine.dispose()
            self._drop(run)
        if self.templated:
            self._drop(self.demo_template)
            self._drop(self.template)
        self.admin.dispose()

    def url_of(self, database: str) -> str:
        return self.url.set(database=database).render_as_string(hide_password=False)

    def _copy_of(self, template: str) -> str:
        if template not in self._copies:
            run = f"{template}_run"
            self._create(run, template)
            # one connection kept across tests; pre-ping notices when a new copy replaced it
            engine = create_engine(self.url_of(run), pool_size=1, pool_pre_ping=True)
            self._copies[template] = (run, _Snapshot(self.url_of(template)), engine)
            return self.url_of(run)
        run, snapshot, engine = self._copies[template]
        if not snapshot.restore(engine):
            self._create(run, template)  # the schema changed: a new copy
        return self.url_of(run)

    def _create(self, database: str, template: str | None = None) -> None:
        self._drop(database)
        copy = f' TEMPLATE "{template}"' if template else ""
        self._execute(f'CREATE DATABASE "{database}"{copy}')

    def _drop(self, database: str) -> None:
        # FORCE ends connections a finished test may have left open (PostgreSQL 13+)
        self._execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')

    def _execute(self, sql: str):
        with self.admin.connect() as conn:
            result = conn.execute(text(sql))
            return result.scalar() if result.returns_rows else None


class _Snapshot:
    """The rows, sequence values and schema fingerprint of a migrated template."""

    def __init__(self, url: str) -> None:
        engine = create_engine(url, poolclass=NullPool)
        try:
            meta = MetaData()
            meta.reflect(engine)
            self.tables = [t.name for t in meta.sorted_tables]  # parents first
            with engine.connect() as conn:
                self.fingerprint = conn.execute(text(_SCHEMA_FINGERPRINT)).scalar()
                self.sequences = conn.execute(
                    text(
                        "SELECT schemaname, sequencename, start_value, last_value FROM pg_sequences"
                    )
                ).all()
                cursor = conn.connection.dbapi_connection.cursor()
                self.rows: dict[str, bytes] = {}
                for table in self.tables:
                    with cursor.copy(f'COPY "{table}" TO STDOUT') as copy:
                        data = b"".join(bytes(chunk) for chunk in copy)
                    if data:
                        self.rows[table] = data
        finally:
            engine.dispose()

    def restore(self, engine) -> bool:
        """Bring the database behind ``engine`` back to the template's contents.

        False (and nothing changed) when its schema is no longer the template's or its
        rows cannot be deleted table by table; the caller then makes a new copy.
        """
        with engine.connect() as conn:
            # end the connections a finished test may have left open (they could hold
            # locks); only our own: the server's autovacuum workers are not ours to end
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                    "AND usename = current_user AND backend_type = 'client backend'"
                )
            )
            if conn.execute(text(_SCHEMA_FINGERPRINT)).scalar() != self.fingerprint:
                conn.rollback()
                return False
            try:
                # DELETE, children first: TRUNCATE would cost a new file per table and index
                for table in reversed(self.tables):
                    conn.execute(text(f'DELETE FROM "{table}"'))
            except DBAPIError:
                conn.rollback()
                return False
            cursor = conn.connection.dbapi_connection.cursor()
            for table, data in self.rows.items():
                with cursor.copy(f'COPY "{table}" FROM STDIN') as copy:
                    copy.write(data)
            for schema, name, start, last in self.sequences:
                conn.execute(
                    text("SELECT setval(:seq, :value, :called)"),
                    {
                        "seq": f'"{schema}"."{name}"',
                        "value": last or start,
                        "called": last is not None,
                    },
                )
            conn.commit()
        return True
