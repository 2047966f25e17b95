"""Loading a portable dump, or the data of another live database, in ONE transaction.

:func:`load` checks the whole dump first (:func:`wba_desktop.db.dump.verify`) and only
then writes, in one transaction (on SQLite one ``BEGIN IMMEDIATE``): a damaged file, an
error or a kill leaves the target as it was. A target that holds data is refused
(:class:`TargetNotEmpty`) unless ``replace=True``, which empties it inside the same
transaction. "Data" means anything beyond the reference tables a new database is seeded
with (``SEEDED_TABLES``). Rows go in with their ids, in batches, parents first; after
that PostgreSQL's sequences are set past the largest id. :func:`copy_database` moves
the data of one live database into another the same way, without a file in between
(the transfer into the team database). The runtime tables are left alone.
"""

from __future__ import annotations

import json
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Connection, Date, DateTime, Engine, Integer, Table, func, select
from sqlalchemy import text as sql

from wba_desktop.db import search_index
from wba_desktop.db.backup import BackupCancelled, BackupError, Cancel, Progress
from wba_desktop.db.dump import BATCH, Manifest, count_rows, data_tables, snapshot, verify
from wba_desktop.db.migrate import HEAD_REVISION, current_revision
from wba_desktop.i18n import N_, _

#: the reference tables every new database is seeded with (they alone are "empty")
SEEDED_TABLES = frozenset(
    {"region", "organisation_type", "relation_type", "consent_purpose", "offer_topic"}
)
#: tables a load keeps and adds to instead of replacing them: the erasure ledger, so
#: that erasures made after a backup survive its restore and are applied again
KEPT_TABLES = frozenset({"erasure_ledger"})


class TargetNotEmpty(BackupError):
    """The target holds data and ``replace`` was not given."""


@dataclass
class LoadReport:
    """What :func:`load`, :func:`copy_database` or a restore put into the target."""

    revision: str
    counts: dict[str, int]  # rows per table, dependency order
    replaced: bool  # the target held data that is now gone
    seconds: float = 0.0
    backup: Path | None = None  # the backup of what was replaced (restore only)
    source: str = ""  # what it came from, for messages
    notes: list[str] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def _decoder(column):
    kind = column.type
    if isinstance(kind, DateTime):
        return lambda v: None if v is None else datetime.fromisoformat(v)
    if isinstance(kind, Date):
        return lambda v: None if v is None else date.fromisoformat(v)
    if isinstance(kind, Boolean):
        return lambda v: None if v is None else bool(v)
    return None


class _ZipRows:
    """Rows of a verified dump, decoded to Python values."""

    def __init__(self, path: Path, manifest: Manifest) -> None:
        self.path, self.manifest = path, manifest
        self.by_name = {t["name"]: t for t in manifest.tables}

    def count(self, table: Table) -> int:
        return int(self.by_name[table.name]["rows"])

    def rows(self, table: Table) -> Iterator[tuple]:
        entry = self.by_name[table.name]
        decoders = [_decoder(table.c[name]) for name in entry["columns"]]
        with zipfile.ZipFile(self.path) as zf, zf.open(entry["file"]) as fh:
            for line in fh:
                values = json.loads(line)
                yield tuple(v if f is None else f(v) for f, v in zip(decoders, values, strict=True))


class _EngineRows:
    """Rows of a live database, read in one snapshot."""

    def __init__(self, conn: Connection, counts: dict[str, int]) -> None:
        self.conn, self.counts = conn, counts

    def count(self, table: Table) -> int:
        return self.counts[table.name]

    def rows(self, table: Table) -> Iterator[tuple]:
        stmt = select(table).order_by(*table.primary_key.columns)
        result = self.conn.execution_options(yield_per=BATCH).execute(stmt)
        for row in result:
            yield tuple(row)


def load(
    engine: Engine,
    path: Path,
    *,
    replace: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    verified: Manifest | None = None,
) -> LoadReport:
    """Load the dump ``path`` into ``engine`` (see the module docstring); ``verified``:
    the manifest :func:`verify` returned for it a moment ago (not checked again)."""
    started = time.perf_counter()
    path = Path(path)
    manifest = verified or verify(path, progress)
    report = _write(engine, _ZipRows(path, manifest), replace, progress, cancel)
    report.seconds = time.perf_counter() - started
    report.source = path.name
    return report


def copy_database(
    source: Engine,
    target: Engine,
    *,
    replace: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> LoadReport:
    """Copy all data of ``source`` (at HEAD) into ``target``, as :func:`load` would."""
    started = time.perf_counter()
    if current_revision(source) != HEAD_REVISION:
        raise BackupError(
            _("Die Quelldatenbank ist nicht auf dem Stand „{HEAD_REVISION}“.").format(
                HEAD_REVISION=HEAD_REVISION
            )
        )
    with snapshot(source) as conn:
        rows = _EngineRows(conn, count_rows(conn, data_tables()))
        report = _write(target, rows, replace, progress, cancel)
    report.seconds = time.perf_counter() - started
    return report


def _write(engine: Engine, source, replace: bool, progress, cancel) -> LoadReport:
    from wba_desktop.db.migrate import _transactional_sqlite, ensure_schema

    revision = current_revision(engine)
    if revision is None:  # a new, empty database: give it the schema first
        revision = ensure_schema(engine)
    if revision != HEAD_REVISION:
        raise BackupError(
            _(
                "Die Zieldatenbank hat den Stand „{revision}“, nicht „{HEAD_REVISION}“; bitte "
                "zuerst aktualisieren (wba-desktop migrate)."
            ).format(revision=revision, HEAD_REVISION=HEAD_REVISION)
        )
    tables = data_tables()
    writer = _transactional_sqlite(engine) if engine.dialect.name == "sqlite" else engine
    try:
        with writer.begin() as conn:
            held = _data_counts(conn, tables)
            if held and not replace:
                raise TargetNotEmpty(not_empty_message(held))
            for table in reversed(tables):
                if table.name not in KEPT_TABLES:
                    conn.execute(table.delete())
            replaced = [t for t in tables if t.name not in KEPT_TABLES]
            counts = _insert_all(conn, replaced, source, progress, cancel)
            for table in tables:
                if table.name in KEPT_TABLES:
                    counts[table.name] = merge_ledger(conn, table, source.rows(table))
            if conn.dialect.name == "postgresql":
                _reset_sequences(conn, tables)
            search_index.rebuild(conn)  # the global search's index, from the loaded rows
    finally:
        if writer is not engine:
            writer.dispose()
    return LoadReport(HEAD_REVISION, counts, replaced=bool(held))


def _insert_all(conn, tables, source, progress, cancel) -> dict[str, int]:
    total = sum(source.count(t) for t in tables)
    done = 0
    counts: dict[str, int] = {}
    for table in tables:
        names = [c.name for c in table.columns]
        insert = table.insert()
        batch: list[dict[str, Any]] = []
        n = 0
        for row in source.rows(table):
            batch.append(dict(zip(names, row, strict=True)))
            if len(batch) >= BATCH:
                if cancel is not None and cancel():
                    raise BackupCancelled(_("Laden abgebrochen; nichts wurde verändert."))
                conn.execute(insert, batch)
                n += len(batch)
                batch = []
                if progress is not None:
                    progress(done + n, total, _("Daten werden geladen"))
        if batch:
            conn.execute(insert, batch)
            n += len(batch)
        done += n
        counts[table.name] = n
        if progress is not None:
            progress(done, total, _("Daten werden geladen"))
    return counts


def merge_ledger(conn: Connection, table: Table, rows) -> int:
    """Add the erasure ledger's ``rows`` (tuples in column order) for people the
    target's ledger does not list yet, under new ids; returns the rows now held."""
    names = [c.name for c in table.columns]
    have = set(conn.scalars(select(table.c.person_id)))
    for row in rows:
        values = dict(zip(names, row, strict=True))
        if values["person_id"] not in have:
            values.pop("id")
            conn.execute(table.insert(), values)
            have.add(values["person_id"])
    return conn.scalar(select(func.count()).select_from(table)) or 0


def _reset_sequences(conn: Connection, tables: list[Table]) -> None:
    """Set each serial sequence past the largest id inserted."""
    for table in tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not isinstance(pk[0].type, Integer):
            continue
        conn.execute(
            sql(
                f"SELECT setval(pg_get_serial_sequence(:t, :c), "
                f'COALESCE((SELECT MAX("{pk[0].name}") FROM "{table.name}"), 0) + 1, false)'
            ),
            {"t": f'"{table.name}"', "c": pk[0].name},
        )


def _data_counts(conn: Connection, tables: list[Table]) -> dict[str, int]:
    """Rows per table beyond the seeded reference tables (empty: no data)."""
    held = {}
    for t in tables:
        if t.name in SEEDED_TABLES:
            continue
        n = conn.scalar(select(func.count()).select_from(t)) or 0
        if n:
            held[t.name] = n
    return held


def data_counts(engine: Engine) -> dict[str, int]:
    """Rows per table holding data (beyond the seeded reference tables); {} if empty."""
    with engine.connect() as conn:
        return _data_counts(conn, data_tables())


def table_counts(engine: Engine) -> dict[str, int]:
    """Rows of every data table, parents first."""
    with engine.connect() as conn:
        return count_rows(conn, data_tables())


def not_empty_message(held: dict[str, int]) -> str:
    from wba_desktop.text import format as fmt

    orgs = fmt.count(held.get("organisation", 0), N_("Organisation"), N_("Organisationen"))
    people = fmt.count(held.get("person", 0), N_("Person"), N_("Personen"))
    rows = fmt.count(sum(held.values()), _("Datensatz"), _("Datensätze"))
    return _(
        "Die Zieldatenbank enthält schon Daten ({orgs}, {people}, {rows} insgesamt). "
        "Sie werden nur ersetzt, wenn das ausdrücklich bestätigt wird; vorher wird eine "
        "Sicherung geschrieben."
    ).format(orgs=orgs, people=people, rows=rows)
