"""Backups and restore: files named, listed and pruned; one daily backup; restore of a
backup or dump through the service, a backup of what it replaces, refusal of a target
with data; damaged, foreign and newer files refused with the target untouched; an older
backup upgraded; the transfer into the other backend; listeners hear "all changed"."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests import databases
from tests.integration.db.backup_support import (
    add_organisations,
    all_rows,
    assert_same_rows,
    engine_for,
    other_backend_url,
    sqlite_bytes,
)
from tests.integration.db.test_atomic_upgrade import _release_one
from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.db.backup import (
    DAILY,
    BackupError,
    backup_sqlite,
    daily_backup,
    list_backups,
    prune,
)
from wba_desktop.db.load import table_counts
from wba_desktop.db.migrate import HEAD_REVISION, current_revision
from wba_desktop.services.backups import BackupService, TargetNotEmpty
from wba_desktop.services.bundle import Services


def _orgs(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return con.execute("SELECT count(*) FROM organisation").fetchone()[0]
    finally:
        con.close()


def test_backups_are_named_listed_newest_first_and_pruned(engine, demo, backend, tmp_path):
    folder = tmp_path / "sicherungen"
    if backend == "postgresql":
        assert backup_sqlite(engine, folder, "manuell") is None  # the dump takes its place
        return
    stem = Path(engine.url.database).stem
    first = backup_sqlite(engine, folder, "manuell")
    assert first.name.startswith(f"{stem}-") and first.name.endswith("-manuell.sqlite3")
    assert _orgs(first) == demo.organisations
    assert not list(folder.glob(".*part"))  # written under a temporary name, renamed
    old = [folder / f"{stem}-2020010{i}-120000-taeglich.sqlite3" for i in range(1, 6)]
    for path in old:
        path.write_bytes(first.read_bytes())
    (folder / "andere-20200101-120000-taeglich.sqlite3").write_bytes(b"x")  # another database
    listed = list_backups(folder, stem)
    assert [b.path for b in listed] == [first, *reversed(old)]
    assert listed[0].reason == "manuell" and listed[1].reason == DAILY
    assert listed[0].size == first.stat().st_size
    assert sorted(prune(folder, stem, keep=3)) == old[:3]
    assert sorted(prune(folder, stem, keep=10, max_age_days=30)) == old[3:]
    assert [b.path for b in list_backups(folder, stem)] == [first]
    assert (folder / "andere-20200101-120000-taeglich.sqlite3").exists()


def test_one_daily_backup_per_day(engine, backend, tmp_path):
    folder = tmp_path / "b"
    first = daily_backup(engine, folder)
    if backend == "postgresql":
        assert first is None  # no per-client backup on the team database
        return
    assert first is not None and first.name.endswith("-taeglich.sqlite3")
    assert daily_backup(engine, folder) is None
    assert len(list_backups(folder, Path(engine.url.database).stem)) == 1


def test_backup_now_and_restore_over_changed_data(services, demo, backend, tmp_path):
    backups = BackupService(services.uow, folder=tmp_path / "b")
    before = all_rows(services.uow.engine)
    saved = backups.backup_now()
    assert saved.suffix == (".sqlite3" if backend == "sqlite" else ".zip")
    assert [b.path for b in backups.list_backups()] == [saved]
    add_organisations(services, ["Zwischendurch-Firma Lindenhof OHG"])
    heard = []
    services.subscribe(heard.append)
    with pytest.raises(TargetNotEmpty):
        backups.restore(saved)
    assert len(all_rows(services.uow.engine)["organisation"]) == demo.organisations + 1

    report = backups.restore(saved, replace=True)
    assert_same_rows(all_rows(services.uow.engine), before)
    assert report.replaced and report.counts["organisation"] == demo.organisations
    assert heard and heard[-1].everything
    # the replaced state (with the extra organisation) was saved first
    assert report.backup is not None and "vor-wiederherstellung" in report.backup.name
    check = engine_for(databases.sqlite_url(tmp_path / "check.sqlite3"))
    try:
        BackupService(UnitOfWorkFactory(check), folder=tmp_path / "c").restore(report.backup)
        assert table_counts(check)["organisation"] == demo.organisations + 1
    finally:
        check.dispose()


def _truncated(good: Path, bad: Path) -> None:
    bad.write_bytes(good.read_bytes()[: good.stat().st_size // 3])


def _overwritten(good: Path, bad: Path) -> None:
    data = bytearray(good.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = b"\xa5" * 4096
    bad.write_bytes(bytes(data))


def _foreign(_good: Path, bad: Path) -> None:
    con = sqlite3.connect(bad)
    con.execute("CREATE TABLE rezepte (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()


def _newer(good: Path, bad: Path) -> None:
    bad.write_bytes(good.read_bytes())
    con = sqlite3.connect(bad)
    con.execute("UPDATE alembic_version SET version_num = '9999_zukunft'")
    con.commit()
    con.close()


def _text(_good: Path, bad: Path) -> None:
    bad.write_text("Das ist keine Sicherung.\n" * 100)


BROKEN = {
    "abgeschnitten": (_truncated, "beschädigt"),
    "Mitte überschrieben": (_overwritten, "beschädigt"),
    "fremde Datenbank": (_foreign, "keine Datenbank von WBA Desktop"),
    "neuere Version": (_newer, "neueren Version"),
    "Textdatei": (_text, "weder eine Sicherung"),
}


@pytest.mark.parametrize("kind", list(BROKEN))
def test_a_broken_backup_is_refused_and_the_target_stays_as_it_was(
    services, demo, backend, tmp_path, kind, _sqlite_demo_template
):
    good, _ = _sqlite_demo_template
    bad = tmp_path / "kaputt.sqlite3"
    make, message = BROKEN[kind]
    make(good, bad)
    engine = services.uow.engine
    before = all_rows(engine)
    file = Path(engine.url.database) if backend == "sqlite" else None
    if file is not None:
        engine.dispose()
        fingerprint = sqlite_bytes(file)
    bad_bytes = bad.read_bytes()
    with pytest.raises(BackupError, match=message):
        BackupService(services.uow, folder=tmp_path / "b").restore(bad, replace=True)
    if file is not None:
        engine.dispose()
        assert sqlite_bytes(file) == fingerprint
    assert bad.read_bytes() == bad_bytes  # the file itself is not touched either
    assert_same_rows(all_rows(engine), before)
    assert not (tmp_path / "b").exists() or not list((tmp_path / "b").iterdir())


def test_a_sqlite_backup_restores_into_either_backend(
    services, demo, tmp_path, _sqlite_demo_template
):
    template, _ = _sqlite_demo_template
    source = engine_for(databases.sqlite_url(template))
    try:
        expected = all_rows(source)
    finally:
        source.dispose()
    add_organisations(services, ["Vorher-Firma Am Anger GmbH"])
    report = services.backups.restore(template, replace=True)
    assert report.counts == {name: len(rows) for name, rows in expected.items()}
    assert_same_rows(all_rows(services.uow.engine), expected)


def test_an_older_backup_is_upgraded_after_the_restore(services, tmp_path):
    old = tmp_path / "release1.sqlite3"
    _release_one(old)  # schema 0001 with one organisation
    report = services.backups.restore(old, replace=True)
    engine = services.uow.engine
    assert current_revision(engine) == HEAD_REVISION
    assert report.counts["organisation"] == 1 and table_counts(engine)["organisation"] == 1
    assert report.notes and "0001_initial" in report.notes[0]


def test_load_takes_dumps_only_and_transfer_copies_into_the_other_backend(
    services, demo, request, backend, tmp_path
):
    backups = services.backups
    if backend == "sqlite":
        with pytest.raises(BackupError, match="keine Datensicherung"):
            backups.load(backups.backup_now(tmp_path / "copy.sqlite3"))
    else:
        with pytest.raises(BackupError, match="Endung .zip"):
            backups.backup_now(tmp_path / "copy.sqlite3")
    url = other_backend_url(request, backend, tmp_path)
    report = backups.transfer_to(url)
    assert report.counts["organisation"] == demo.organisations and report.backup is None
    other = engine_for(url)
    try:
        assert_same_rows(all_rows(other), all_rows(services.uow.engine))
        with pytest.raises(TargetNotEmpty):
            backups.transfer_to(url)
        again = backups.transfer_to(url, replace=True)
        assert again.replaced and again.backup is not None and again.backup.exists()
        assert_same_rows(all_rows(other), all_rows(services.uow.engine))
    finally:
        other.dispose()


def test_services_bundle_offers_the_backups(services):
    assert isinstance(services.backups, BackupService)
    assert services.backups is services.backups
    assert isinstance(Services.create(services.uow).backups, BackupService)


def test_a_restore_while_another_program_writes_says_busy(
    services, demo, backend, tmp_path, monkeypatch
):
    if backend == "postgresql":
        pytest.skip("the file lock is SQLite's")
    from wba_desktop.db import restore as restore_module
    from wba_desktop.errors import BusyError

    monkeypatch.setattr(restore_module, "LOCK_WAIT_MS", 200)
    saved = services.backups.backup_now(tmp_path / "vorher.sqlite3")
    add_organisations(services, ["Währenddessen-Firma Kiefernweg GmbH"])
    before = all_rows(services.uow.engine)
    holder = sqlite3.connect(services.uow.engine.url.database)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(BusyError, match="gesperrt"):
            services.backups.restore(saved, replace=True)
    finally:
        holder.rollback()
        holder.close()
    assert_same_rows(all_rows(services.uow.engine), before)
