"""Helpers of the backup, dump and restore tests: every row of every table, a database
on the other backend, a few invented organisations, the bytes of a SQLite file."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import Engine, select

from tests import databases
from wba_desktop.db import create_db_engine
from wba_desktop.db.dump import data_tables
from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.organisation_rules import OrganisationData


def all_rows(engine: Engine) -> dict[str, list[tuple]]:
    """Every row of every data table, ordered by primary key, as Python values."""
    with engine.connect() as conn:
        return {
            t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns))]
            for t in data_tables()
        }


def assert_same_rows(a: dict[str, list[tuple]], b: dict[str, list[tuple]]) -> None:
    assert list(a) == list(b)
    for table in a:
        assert len(a[table]) == len(b[table]), table
        for left, right in zip(a[table], b[table], strict=True):
            assert left == right, (table, left, right)


def other_backend_url(request, backend: str, tmp_path: Path) -> str:
    """An empty, migrated database on the other backend than the test's."""
    if backend == "sqlite":
        return request.getfixturevalue("_postgres").fresh(False)  # skips without PostgreSQL
    path = tmp_path / "other.sqlite3"
    databases.migrate(databases.sqlite_url(path))
    return databases.sqlite_url(path)


def add_organisations(services: Services, names: list[str]) -> None:
    kind = services.reference.organisation_types()[0].id
    for name in names:
        services.organisations.create(OrganisationData(name=name, type_id=kind, city="Halle"))


def sqlite_bytes(path: Path) -> str:
    """A fingerprint of the SQLite file and its WAL, to show a file was left untouched."""
    digest = hashlib.sha256()
    for p in (path, path.with_name(path.name + "-wal")):
        digest.update(p.read_bytes() if p.exists() else b"-")
    return digest.hexdigest()


def engine_for(url: str) -> Engine:
    return create_db_engine(url)
