"""Shared fixtures: a real database per test, services on it, settings in tmp_path.

By default the database is a SQLite file in tmp_path. Tests under tests/integration also
run on PostgreSQL when ``WBA_TEST_POSTGRES_URL`` names a database the tests may wipe
(``.ci/run`` starts one); without it those variants are skipped.

Each test's database is a copy of a template migrated once per session (and, for tests
that ask for ``demo``, of one holding the small demo): see tests/databases.py. The
migrations themselves run on fresh files in tests/integration/test_migrations.py, the
CLI tests and the start-up tests.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from tests import databases  # noqa: E402
from wba_desktop.db import UnitOfWorkFactory, create_db_engine  # noqa: E402
from wba_desktop.db.migrate import ensure_schema  # noqa: E402
from wba_desktop.services.bundle import Services  # noqa: E402


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    """Point the app's data directory (settings, logs, backups) into tmp_path."""
    data = tmp_path / "data"
    monkeypatch.setenv("WBA_DATA_DIR", str(data))
    monkeypatch.delenv("WBA_DATABASE_URL", raising=False)
    return data


@pytest.fixture(autouse=True)
def _german_messages(monkeypatch):
    """The core speaks German (the source language) in every test unless the test
    switches; a switch (the app start reading the settings, WBA_LANGUAGE in the CLI)
    does not leak into the next test."""
    from wba_desktop import i18n

    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    yield
    i18n.set_language("de")


POSTGRES_ENV = "WBA_TEST_POSTGRES_URL"


@pytest.fixture
def backend() -> str:
    """Which database the test runs on; tests/integration parametrise it."""
    return "sqlite"


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory):
    """A SQLite file at the newest schema, migrated once for the whole session."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    databases.migrate(databases.sqlite_url(path))
    return databases.self_contained(path)


@pytest.fixture(scope="session")
def _sqlite_demo_template(_sqlite_template, tmp_path_factory):
    """The template plus the test demo, written once: (path, summary)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    summary = databases.add_demo(databases.copy_sqlite(_sqlite_template, path))
    return databases.self_contained(path), summary


@pytest.fixture(scope="session")
def _postgres():
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"PostgreSQL: {POSTGRES_ENV} nicht gesetzt")
    server = databases.PostgresDatabases(url)
    yield server
    server.close()


@pytest.fixture
def db_url(request, tmp_path, backend) -> str:
    """A database private to the test, at the newest schema with its reference data
    (and the demo when the test uses ``demo``)."""
    with_demo = "demo" in request.fixturenames
    if backend == "postgresql":
        return request.getfixturevalue("_postgres").fresh(with_demo)
    if with_demo:
        template, _ = request.getfixturevalue("_sqlite_demo_template")
    else:
        template = request.getfixturevalue("_sqlite_template")
    return databases.copy_sqlite(template, tmp_path / "test.sqlite3")


@pytest.fixture
def engine(db_url):
    eng = create_db_engine(db_url)
    ensure_schema(eng)  # a no-op at head; migrates when the PostgreSQL fallback wiped it
    yield eng
    eng.dispose()


@pytest.fixture
def demo(request, backend, uow_factory) -> databases.DemoSummary:
    """The small demo (seed 1) in the test database; returns its summary.

    ``db_url`` copies it from a template written once per session.
    """
    if backend == "sqlite":
        return request.getfixturevalue("_sqlite_demo_template")[1]
    server = request.getfixturevalue("_postgres")
    if server.demo_summary is None:  # the fallback without template databases
        return databases.generate_demo(uow_factory, **databases.DEMO)
    return server.demo_summary


@pytest.fixture
def uow_factory(engine) -> UnitOfWorkFactory:
    return UnitOfWorkFactory(engine)


@pytest.fixture
def services(uow_factory) -> Services:
    return Services.create(uow_factory)


@pytest.fixture
def runner():
    """The synchronous task runner: background work runs at once on the calling thread."""
    from wba_desktop.views.common.tasks import SyncTaskRunner

    return SyncTaskRunner()
