"""Shared fixtures: a real database per test, services on it, settings in tmp_path.

By default the database is a SQLite file in tmp_path. Tests under tests/integration also
run on PostgreSQL when ``WBA_TEST_POSTGRES_URL`` names a database the tests may wipe
(``.ci/run`` starts one); without it those variants are skipped.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

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


POSTGRES_ENV = "WBA_TEST_POSTGRES_URL"


@pytest.fixture
def backend() -> str:
    """Which database the test runs on; tests/integration parametrise it."""
    return "sqlite"


def _fresh_postgres(url: str) -> str:
    from sqlalchemy import create_engine, text

    eng = create_engine(url)
    with eng.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    eng.dispose()
    return url


@pytest.fixture
def db_url(tmp_path, backend) -> str:
    if backend == "postgresql":
        url = os.environ.get(POSTGRES_ENV)
        if not url:
            pytest.skip(f"PostgreSQL: {POSTGRES_ENV} nicht gesetzt")
        return _fresh_postgres(url)
    return "sqlite:///" + (tmp_path / "test.sqlite3").as_posix()


@pytest.fixture
def engine(db_url):
    eng = create_db_engine(db_url)
    ensure_schema(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def uow_factory(engine) -> UnitOfWorkFactory:
    return UnitOfWorkFactory(engine)


@pytest.fixture
def services(uow_factory) -> Services:
    return Services.create(uow_factory)
