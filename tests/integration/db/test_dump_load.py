"""The portable dump: round trips between SQLite and PostgreSQL compare every row of
every table; a damaged, foreign or newer dump is refused and the target stays as it
was; a target with data is refused unless replace; sequences go on after the ids."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.integration.db.backup_support import (
    add_organisations,
    all_rows,
    assert_same_rows,
    engine_for,
    other_backend_url,
    sqlite_bytes,
)
from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.db.backup import BackupError
from wba_desktop.db.dump import MANIFEST, data_tables, dump, read_manifest
from wba_desktop.db.load import TargetNotEmpty, copy_database, load
from wba_desktop.db.migrate import HEAD_REVISION
from wba_desktop.services.bundle import Services


def test_dump_then_load_on_the_other_backend_and_back_keeps_every_row(
    engine, demo, request, backend, tmp_path
):
    before = all_rows(engine)
    report = dump(engine, tmp_path / "demo.zip")
    assert report.revision == HEAD_REVISION
    assert report.counts["organisation"] == demo.organisations > 0
    manifest = read_manifest(report.path)
    assert [t["name"] for t in manifest.tables] == [t.name for t in data_tables()]

    other = engine_for(other_backend_url(request, backend, tmp_path))
    try:
        loaded = load(other, report.path)
        assert loaded.counts == report.counts and not loaded.replaced
        assert_same_rows(all_rows(other), before)
        # and back again, over the original (replace)
        back = dump(other, tmp_path / "back.zip")
        assert load(engine, back.path, replace=True).replaced
        assert_same_rows(all_rows(engine), before)
    finally:
        other.dispose()


def test_copy_database_and_sequences_go_on_after_the_loaded_ids(
    engine, demo, request, backend, tmp_path
):
    other = engine_for(other_backend_url(request, backend, tmp_path))
    try:
        copy_database(engine, other)
        assert_same_rows(all_rows(other), all_rows(engine))
        services = Services.create(UnitOfWorkFactory(other))
        add_organisations(services, ["Neue Werkstatt Probstei GmbH"])  # the next id is free
        assert len(all_rows(other)["organisation"]) == demo.organisations + 1
    finally:
        other.dispose()


def test_a_target_with_data_is_refused_unless_replace(engine, demo, services, tmp_path):
    path = dump(engine, tmp_path / "d.zip").path
    add_organisations(services, ["Zusatzfirma Tannenweg KG"])
    before = all_rows(engine)
    with pytest.raises(TargetNotEmpty, match="enthält schon Daten"):
        load(engine, path)
    assert_same_rows(all_rows(engine), before)
    report = load(engine, path, replace=True)
    assert report.replaced
    assert report.counts["organisation"] == demo.organisations


def _rewrite(path: Path, target: Path, change) -> Path:
    """A copy of the zip ``path`` with ``change(name, data) -> data | None`` applied."""
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            data = change(info.filename, src.read(info.filename))
            if data is not None:
                dst.writestr(info.filename, data)
    return target


def _newer(name: str, data: bytes) -> bytes:
    if name != MANIFEST:
        return data
    manifest = json.loads(data)
    manifest["schema_revision"] = "9999_zukunft"
    return json.dumps(manifest).encode()


def _changed_row(name: str, data: bytes) -> bytes:
    return data.replace(b'"Halle', b'"Hallo', 1) if name == "tables/organisation.jsonl" else data


DAMAGED = {
    "abgeschnitten": (
        lambda p, t: t.write_bytes(p.read_bytes()[: p.stat().st_size // 2]),
        "beschädigt",
    ),
    "kein zip": (lambda p, t: t.write_bytes(b"PK\x03\x04" + b"\x00" * 4000), "beschädigt"),
    "ohne Inhaltsverzeichnis": (
        lambda p, t: _rewrite(p, t, lambda n, d: None if n == MANIFEST else d),
        "Inhaltsverzeichnis fehlt",
    ),
    "neuere Version": (lambda p, t: _rewrite(p, t, _newer), "neueren Version"),
    "Zeile verändert": (lambda p, t: _rewrite(p, t, _changed_row), "beschädigt"),
    "Tabelle fehlt": (
        lambda p, t: _rewrite(p, t, lambda n, d: None if n == "tables/person.jsonl" else d),
        "beschädigt",
    ),
}


@pytest.mark.parametrize("kind", list(DAMAGED))
def test_a_damaged_dump_is_refused_and_the_target_stays_as_it_was(
    engine, demo, backend, tmp_path, kind
):
    good = dump(engine, tmp_path / "good.zip").path
    assert b'"Halle' in zipfile.ZipFile(good).read("tables/organisation.jsonl")
    bad = tmp_path / "bad.zip"
    make, message = DAMAGED[kind]
    make(good, bad)
    before = all_rows(engine)
    file = Path(engine.url.database) if backend == "sqlite" else None
    if file is not None:
        engine.dispose()
        fingerprint = sqlite_bytes(file)
    with pytest.raises(BackupError, match=message):
        load(engine, bad, replace=True)
    if file is not None:
        engine.dispose()
        assert sqlite_bytes(file) == fingerprint
    assert_same_rows(all_rows(engine), before)
