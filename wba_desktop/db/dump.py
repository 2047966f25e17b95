"""The portable dump: all data of a database in a zip, loadable into SQLite or PostgreSQL.

Layout of the zip::

    manifest.json            format, format version, schema revision, app version,
                             created_at, and per table: file, columns, rows, sha256
    tables/<table>.jsonl     one JSON array per row, values in the manifest's column order

Tables come in dependency order (parents first) with their ids. Dates and datetimes
are ISO 8601 strings, booleans JSON booleans, numbers JSON numbers, so the file does
not depend on the backend it came from. The runtime tables (``app_session``,
``change_notice``: who is running right now, what changed a moment ago) are not data
and are neither dumped nor touched by a load.

:func:`load` first checks the whole file (manifest, row counts, checksums, revision)
and only then writes, in ONE transaction (on SQLite one ``BEGIN IMMEDIATE``): a
damaged file, an error or a kill leaves the target as it was. A target that holds
data is refused unless ``replace=True``, which empties it inside the same
transaction. "Data" means anything beyond the reference tables a new database is
seeded with. After inserting ids explicitly, PostgreSQL's sequences are set past them.
:func:`copy_database` moves the data of one live database into another the same way,
without a file in between (the transfer into the team database).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Connection, Date, DateTime, Engine, Integer, Table, func, select
from sqlalchemy import text as sql

from wba_desktop import __version__
from wba_desktop.db.backup import BackupCancelled, BackupError, Cancel, Progress
from wba_desktop.db.migrate import HEAD_REVISION, KNOWN_REVISIONS, current_revision
from wba_desktop.models import Base

log = logging.getLogger(__name__)

FORMAT = "wba-desktop-dump"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
#: not data: the running programs and the recent change notices
RUNTIME_TABLES = frozenset({"app_session", "change_notice"})
#: the reference tables every new database is seeded with (they alone are "empty")
SEEDED_TABLES = frozenset({"region", "organisation_type", "relation_type"})
BATCH = 2000


class TargetNotEmpty(BackupError):
    """The target holds data and ``replace`` was not given."""


@dataclass
class DumpReport:
    """What :func:`dump` wrote."""

    path: Path
    revision: str
    counts: dict[str, int]
    seconds: float
    size: int  # bytes of the zip


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


def data_tables() -> list[Table]:
    """The tables a dump holds, parents first."""
    return [t for t in Base.metadata.sorted_tables if t.name not in RUNTIME_TABLES]


# -- values ---------------------------------------------------------------------------


def _encoder(column):
    kind = column.type
    if isinstance(kind, Date | DateTime):
        return lambda v: None if v is None else v.isoformat()
    return None


def _encode_other(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(f"cannot dump {type(value).__name__}")


def _decoder(column):
    kind = column.type
    if isinstance(kind, DateTime):
        return lambda v: None if v is None else datetime.fromisoformat(v)
    if isinstance(kind, Date):
        return lambda v: None if v is None else date.fromisoformat(v)
    if isinstance(kind, Boolean):
        return lambda v: None if v is None else bool(v)
    return None


# -- writing a dump -------------------------------------------------------------------


def dump(
    engine: Engine, path: Path, progress: Progress | None = None, cancel: Cancel | None = None
) -> DumpReport:
    """Write all data of ``engine`` (at HEAD) into the zip ``path`` (written under a
    temporary name, renamed when complete). One read snapshot: consistent while others
    keep writing."""
    started = time.perf_counter()
    revision = current_revision(engine)
    if revision != HEAD_REVISION:
        raise BackupError(
            f"Die Datenbank hat den Stand „{revision}“, nicht „{HEAD_REVISION}“; bitte zuerst "
            "aktualisieren (wba-desktop migrate)."
        )
    path = Path(path)
    part = path.with_name(f".{path.name}.part")
    tables = data_tables()
    entries: list[dict[str, Any]] = []
    try:
        with (
            _snapshot(engine) as conn,
            zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=5) as zf,
        ):
            counts = _counts(conn, tables)
            total, done = sum(counts.values()), 0
            for table in tables:
                entry, done = _dump_table(conn, zf, table, (done, total), progress, cancel)
                entries.append(entry)
            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "schema_revision": revision,
                "app_version": __version__,
                "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "source": engine.dialect.name,
                "tables": entries,
            }
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        os.replace(part, path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(total, total, "Export")
    counts = {e["name"]: e["rows"] for e in entries}
    log.info("dump of %d rows written to %s", sum(counts.values()), path)
    return DumpReport(path, revision, counts, time.perf_counter() - started, path.stat().st_size)


def _dump_table(conn, zf, table, position, progress, cancel) -> tuple[dict, int]:
    done, total = position
    columns = [c.name for c in table.columns]
    encoders = [_encoder(c) for c in table.columns]
    name = f"tables/{table.name}.jsonl"
    digest = hashlib.sha256()
    rows = 0
    stmt = select(table).order_by(*table.primary_key.columns)
    with zf.open(name, "w", force_zip64=True) as fh:
        result = conn.execution_options(yield_per=BATCH).execute(stmt)
        for chunk in result.partitions():
            if cancel is not None and cancel():
                raise BackupCancelled("Export abgebrochen; nichts wurde geschrieben.")
            lines = []
            for row in chunk:
                values = [v if f is None else f(v) for f, v in zip(encoders, row, strict=True)]
                lines.append(json.dumps(values, default=_encode_other, separators=(",", ":")))
            data = ("\n".join(lines) + "\n").encode("ascii")
            digest.update(data)
            fh.write(data)
            rows += len(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total, f"Export: {table.name}")
    entry = {
        "name": table.name,
        "file": name,
        "columns": columns,
        "rows": rows,
        "sha256": digest.hexdigest(),
    }
    return entry, done


def _snapshot(engine: Engine):
    """A connection whose reads all see one moment of the database."""
    if engine.dialect.name == "sqlite":
        from wba_desktop.db.migrate import _transactional_sqlite

        reader = _transactional_sqlite(engine, begin="BEGIN")
        return _disposing(reader, reader.begin())
    conn = engine.connect().execution_options(isolation_level="REPEATABLE READ")
    return _closing(conn)


class _closing:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def __enter__(self) -> Connection:
        self.conn.begin()
        return self.conn

    def __exit__(self, *exc) -> None:
        self.conn.rollback()
        self.conn.close()


class _disposing:
    def __init__(self, engine: Engine, ctx) -> None:
        self.engine, self.ctx = engine, ctx

    def __enter__(self) -> Connection:
        return self.ctx.__enter__()

    def __exit__(self, *exc) -> None:
        try:
            self.ctx.__exit__(*exc)
        finally:
            self.engine.dispose()


def _counts(conn: Connection, tables: list[Table]) -> dict[str, int]:
    return {t.name: conn.scalar(select(func.count()).select_from(t)) or 0 for t in tables}


# -- reading a dump -------------------------------------------------------------------


@dataclass
class Manifest:
    """The checked manifest of a dump file."""

    revision: str
    app_version: str
    created_at: str
    tables: list[dict[str, Any]]

    @property
    def counts(self) -> dict[str, int]:
        return {t["name"]: int(t["rows"]) for t in self.tables}


def read_manifest(path: Path) -> Manifest:
    """The manifest of the dump ``path``, its format checked (not yet the table files)."""
    path = Path(path)
    damaged = f"Die Datei „{path.name}“ ist keine lesbare Datensicherung von WBA Desktop"
    if not path.is_file():
        raise BackupError(f"Die Datei „{path}“ gibt es nicht.")
    try:
        with zipfile.ZipFile(path) as zf:
            raw = json.loads(zf.read(MANIFEST))
    except KeyError as exc:
        raise BackupError(f"{damaged}: das Inhaltsverzeichnis fehlt.") from exc
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise BackupError(f"{damaged} (beschädigt oder unvollständig).") from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise BackupError(f"{damaged}: unbekanntes Format.")
    if raw.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            f"Die Datensicherung hat das Format {raw.get('format_version')}; diese Version von "
            "WBA Desktop liest nur Format 1. Bitte WBA Desktop aktualisieren."
        )
    revision = raw.get("schema_revision")
    if revision not in KNOWN_REVISIONS:
        raise BackupError(
            f"Die Datensicherung stammt von einer neueren Version von WBA Desktop (Schema "
            f"„{revision}“). Bitte WBA Desktop aktualisieren."
        )
    if revision != HEAD_REVISION:
        raise BackupError(
            f"Die Datensicherung hat den älteren Stand „{revision}“; diese Version lädt nur "
            f"Datensicherungen vom Stand „{HEAD_REVISION}“. Bitte die Sicherung mit der "
            "Version von WBA Desktop laden, die sie geschrieben hat, und danach neu sichern."
        )
    tables = raw.get("tables")
    expected = {t.name: [c.name for c in t.columns] for t in data_tables()}
    if not isinstance(tables, list) or {t.get("name") for t in tables} != set(expected):
        raise BackupError(f"{damaged}: die Liste der Tabellen passt nicht.")
    for t in tables:
        if t.get("columns") != expected[t["name"]]:
            raise BackupError(f"{damaged}: die Spalten der Tabelle „{t['name']}“ passen nicht.")
    return Manifest(revision, str(raw.get("app_version")), str(raw.get("created_at")), tables)


def verify(path: Path, progress: Progress | None = None) -> Manifest:
    """Check the whole dump: manifest, and row count and checksum of every table file.
    Raises BackupError naming the first problem."""
    manifest = read_manifest(path)
    total, done = sum(manifest.counts.values()), 0
    try:
        with zipfile.ZipFile(path) as zf:
            for t in manifest.tables:
                digest, rows = hashlib.sha256(), 0
                with zf.open(t["file"]) as fh:
                    while block := fh.read(1 << 20):
                        digest.update(block)
                        rows += block.count(b"\n")
                if rows != t["rows"] or digest.hexdigest() != t["sha256"]:
                    raise BackupError(
                        f"Die Datensicherung „{Path(path).name}“ ist beschädigt: die Tabelle "
                        f"„{t['name']}“ stimmt nicht mit dem Inhaltsverzeichnis überein."
                    )
                done += rows
                if progress is not None:
                    progress(done, total, "Datensicherung wird geprüft")
    except (KeyError, zipfile.BadZipFile, OSError, EOFError) as exc:
        raise BackupError(
            f"Die Datensicherung „{Path(path).name}“ ist beschädigt oder unvollständig "
            f"({type(exc).__name__})."
        ) from exc
    return manifest


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


# -- loading --------------------------------------------------------------------------


def load(
    engine: Engine,
    path: Path,
    *,
    replace: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> LoadReport:
    """Load the dump ``path`` into ``engine`` (see the module docstring)."""
    started = time.perf_counter()
    path = Path(path)
    manifest = verify(path, progress)
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
        raise BackupError(f"Die Quelldatenbank ist nicht auf dem Stand „{HEAD_REVISION}“.")
    with _snapshot(source) as conn:
        rows = _EngineRows(conn, _counts(conn, data_tables()))
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
            f"Die Zieldatenbank hat den Stand „{revision}“, nicht „{HEAD_REVISION}“; bitte "
            "zuerst aktualisieren (wba-desktop migrate)."
        )
    tables = data_tables()
    writer = _transactional_sqlite(engine) if engine.dialect.name == "sqlite" else engine
    try:
        with writer.begin() as conn:
            held = _data_counts(conn, tables)
            if held and not replace:
                raise TargetNotEmpty(not_empty_message(held))
            for table in reversed(tables):
                conn.execute(table.delete())
            counts = _insert_all(conn, tables, source, progress, cancel)
            if conn.dialect.name == "postgresql":
                _reset_sequences(conn, tables)
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
                    raise BackupCancelled("Laden abgebrochen; nichts wurde verändert.")
                conn.execute(insert, batch)
                n += len(batch)
                batch = []
                if progress is not None:
                    progress(done + n, total, f"Laden: {table.name}")
        if batch:
            conn.execute(insert, batch)
            n += len(batch)
        done += n
        counts[table.name] = n
        if progress is not None:
            progress(done, total, f"Laden: {table.name}")
    return counts


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
        return _counts(conn, data_tables())


def not_empty_message(held: dict[str, int]) -> str:
    orgs, people = held.get("organisation", 0), held.get("person", 0)
    return (
        f"Die Zieldatenbank enthält schon Daten ({orgs} Organisationen, {people} Personen, "
        f"{sum(held.values())} Datensätze insgesamt). Sie werden nur ersetzt, wenn das "
        "ausdrücklich bestätigt wird; vorher wird eine Sicherung geschrieben."
    )
