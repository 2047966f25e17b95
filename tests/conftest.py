"""Shared fixtures: a real SQLite file per test, services on it, settings in tmp_path."""

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


@pytest.fixture
def db_url(tmp_path) -> str:
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
