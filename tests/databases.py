"""Template databases for the tests: migrate once per session, copy per test.

Running every Alembic revision takes most of a second and the small demo about as
long, so both happen once per test session and backend, into template databases; each
test gets a private copy (a file copy for SQLite, ``CREATE DATABASE … TEMPLATE`` for
PostgreSQL). The fixtures in tests/conftest.py use this module.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, make_url, text
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


class PostgresDatabases:
    """Test databases on the PostgreSQL server behind ``url``.

    With the right to create databases (``tools/start-postgres.sh`` grants it), the
    template ``<name>_template`` is migrated once, ``<name>_demo`` gets the demo once,
    and every test runs on a fresh copy ``<name>_run`` of one of them. Without that
    right every test wipes the schema of ``url`` itself, and the fixtures migrate it
    again (slow, but it works with an old server set-up).
    """

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        name = self.url.database
        self.template, self.demo_template, self.run_db = (
            f"{name}_template",
            f"{name}_demo",
            f"{name}_run",
        )
        self.demo_summary: DemoSummary | None = None
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
        self._create(self.run_db, self.demo_template if with_demo else self.template)
        return self.url_of(self.run_db)

    def close(self) -> None:
        if self.templated:
            for database in (self.run_db, self.demo_template, self.template):
                self._drop(database)
        self.admin.dispose()

    def url_of(self, database: str) -> str:
        return self.url.set(database=database).render_as_string(hide_password=False)

    def _create(self, database: str, template: str | None = None) -> None:
        self._drop(database)
        copy = f' TEMPLATE "{template}"' if template else ""
        self._execute(f'CREATE DATABASE "{database}"{copy}')

    def _drop(self, database: str) -> None:
        # FORCE ends connections a test may have left open (PostgreSQL 13+)
        self._execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')

    def _execute(self, sql: str):
        with self.admin.connect() as conn:
            result = conn.execute(text(sql))
            return result.scalar() if result.returns_rows else None
