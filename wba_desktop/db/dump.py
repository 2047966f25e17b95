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

:func:`verify` checks a dump completely (manifest, row counts, checksums, revision);
loading it is :mod:`wba_desktop.db.load`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Engine, Table, func, select

from wba_desktop import __version__
from wba_desktop.db.backup import BackupCancelled, BackupError, Cancel, Progress
from wba_desktop.db.migrate import HEAD_REVISION, KNOWN_REVISIONS, current_revision
from wba_desktop.i18n import _
from wba_desktop.models import Base

log = logging.getLogger(__name__)

FORMAT = "wba-desktop-dump"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
#: not data: the running programs and the recent change notices
RUNTIME_TABLES = frozenset({"app_session", "change_notice"})
BATCH = 2000


@dataclass
class DumpReport:
    """What :func:`dump` wrote."""

    path: Path
    revision: str
    counts: dict[str, int]
    seconds: float
    size: int  # bytes of the zip


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
            _(
                "Die Datenbank hat den Stand „{revision}“, nicht „{HEAD_REVISION}“; bitte zuerst "
                "aktualisieren (wba-desktop migrate)."
            ).format(revision=revision, HEAD_REVISION=HEAD_REVISION)
        )
    path = Path(path)
    part = path.with_name(f".{path.name}.part")
    tables = data_tables()
    entries: list[dict[str, Any]] = []
    try:
        with (
            snapshot(engine) as conn,
            zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=5) as zf,
        ):
            counts = count_rows(conn, tables)
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
        progress(total, total, "Datensicherung wird geschrieben")
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
                raise BackupCancelled(_("Export abgebrochen; nichts wurde geschrieben."))
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
                progress(done, total, "Datensicherung wird geschrieben")
    entry = {
        "name": table.name,
        "file": name,
        "columns": columns,
        "rows": rows,
        "sha256": digest.hexdigest(),
    }
    return entry, done


def snapshot(engine: Engine):
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


def count_rows(conn: Connection, tables: list[Table]) -> dict[str, int]:
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
        raise BackupError(_("Die Datei „{path}“ gibt es nicht.").format(path=path))
    try:
        with zipfile.ZipFile(path) as zf:
            raw = json.loads(zf.read(MANIFEST))
    except KeyError as exc:
        raise BackupError(
            _("{damaged}: das Inhaltsverzeichnis fehlt.").format(damaged=damaged)
        ) from exc
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise BackupError(
            _("{damaged} (beschädigt oder unvollständig).").format(damaged=damaged)
        ) from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise BackupError(_("{damaged}: unbekanntes Format.").format(damaged=damaged))
    if raw.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            _(
                "Die Datensicherung hat das Format {format_version}; diese Version von "
                "WBA Desktop liest nur Format 1. Bitte WBA Desktop aktualisieren."
            ).format(format_version=raw.get("format_version"))
        )
    revision = raw.get("schema_revision")
    if revision not in KNOWN_REVISIONS:
        raise BackupError(
            _(
                "Die Datensicherung stammt von einer neueren Version von WBA Desktop (Schema "
                "„{revision}“). Bitte WBA Desktop aktualisieren."
            ).format(revision=revision)
        )
    if revision != HEAD_REVISION:
        raise BackupError(
            _(
                "Die Datensicherung hat den älteren Stand „{revision}“; diese Version lädt nur "
                "Datensicherungen vom Stand „{HEAD_REVISION}“. Bitte die Sicherung mit der "
                "Version von WBA Desktop laden, die sie geschrieben hat, und danach neu sichern."
            ).format(revision=revision, HEAD_REVISION=HEAD_REVISION)
        )
    tables = raw.get("tables")
    expected = {t.name: [c.name for c in t.columns] for t in data_tables()}
    if not isinstance(tables, list) or {t.get("name") for t in tables} != set(expected):
        raise BackupError(
            _("{damaged}: die Liste der Tabellen passt nicht.").format(damaged=damaged)
        )
    for t in tables:
        if t.get("columns") != expected[t["name"]]:
            raise BackupError(
                _("{damaged}: die Spalten der Tabelle „{name}“ passen nicht.").format(
                    damaged=damaged, name=t["name"]
                )
            )
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
                        _(
                            "Die Datensicherung „{name}“ ist beschädigt: die Tabelle "
                            "„{name2}“ stimmt nicht mit dem Inhaltsverzeichnis überein."
                        ).format(name=Path(path).name, name2=t["name"])
                    )
                done += rows
                if progress is not None:
                    progress(done, total, "Datensicherung wird geprüft")
    except (KeyError, zipfile.BadZipFile, OSError, EOFError) as exc:
        raise BackupError(
            _("Die Datensicherung „{name}“ ist beschädigt oder unvollständig ({name2}).").format(
                name=Path(path).name, name2=type(exc).__name__
            )
        ) from exc
    return manifest
