"""A corpus of damaged and wrong databases: each gets a German message from the app's
start (``app.open_database``) and from ``check``, ``migrate``, ``import`` and
``export``, with the exit code of its kind, and the file stays byte-identical (no
-wal or -shm file left behind that was not there).

A 0-byte file is not in the corpus: it holds nothing to lose, and SQLite (like the
app) treats it as a new database, so it is set up like a missing file in an existing
folder (``test_an_empty_file_becomes_a_new_database``).
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from wba_desktop import app, cli, paths
from wba_desktop.cli import common
from wba_desktop.db import DatabaseError
from wba_desktop.db.health import DamagedDatabaseError, newest_backup, summarise

PAGE = 4096


def _wal_copy(template: Path, target: Path) -> Path:
    """A copy of ``template`` in the WAL journal mode, as the app's own files are."""
    shutil.copyfile(template, target)
    con = sqlite3.connect(target)
    con.execute("PRAGMA journal_mode=WAL")
    con.close()
    assert not list(target.parent.glob(target.name + "-*"))
    return target


def _truncated(base: Path, target: Path) -> Path:
    data = base.read_bytes()
    target.write_bytes(data[: len(data) // PAGE // 2 * PAGE])  # whole pages, half of them
    return target


def _overwritten(base: Path, target: Path) -> Path:
    """4 KB overwritten in the middle of the file: the root page of the person table
    (a page every read of that table passes, wherever the layout puts it)."""
    con = sqlite3.connect(base)
    try:
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'person'").fetchone()[0]
    finally:
        con.close()
    data = bytearray(base.read_bytes())
    start = (root - 1) * PAGE
    data[start : start + PAGE] = random.Random(7).randbytes(PAGE)
    target.write_bytes(bytes(data))
    return target


def _newer(base: Path, target: Path) -> Path:
    shutil.copyfile(base, target)
    con = sqlite3.connect(target)
    con.execute("UPDATE alembic_version SET version_num = '0099_future'")
    con.commit()
    con.close()
    return target


def _foreign(_base: Path, target: Path) -> Path:
    con = sqlite3.connect(target)
    con.execute("CREATE TABLE kunden (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO kunden (name) VALUES ('Fremdfirma Beispiel')")
    con.commit()
    con.close()
    return target


def _not_sqlite(_base: Path, target: Path) -> Path:
    target.write_text("Name;Ort\nDas ist eine Tabelle, keine Datenbank;Halle\n" * 200)
    return target


def _directory(_base: Path, target: Path) -> Path:
    target.mkdir()
    return target


def _missing_folder(_base: Path, target: Path) -> Path:
    return target.parent / "gibt-es-nicht" / target.name


#: case -> (how to make it, words of the message, exit code of the kind)
CORPUS = {
    "abgeschnitten": (_truncated, "abgeschnitten", common.DAMAGED),
    "mitte-überschrieben": (_overwritten, "ist beschädigt", common.DAMAGED),
    "neuere-version": (_newer, "neueren Version", common.ERROR),
    "fremde-sqlite-datei": (_foreign, "keine WBA-Desktop-Datenbank", common.ERROR),
    "keine-sqlite-datei": (_not_sqlite, "keine SQLite-Datenbank", common.DAMAGED),
    "ordner": (_directory, "ist ein Ordner", common.ERROR),
    "fehlender-ordner": (_missing_folder, "gibt es nicht", common.ERROR),
}


@pytest.fixture(scope="module")
def base(_sqlite_demo_template, tmp_path_factory) -> Path:
    """The small demo at the newest schema in WAL mode: pages in the middle hold data."""
    template, _ = _sqlite_demo_template
    return _wal_copy(template, tmp_path_factory.mktemp("base") / "wba.sqlite3")


@pytest.fixture(params=list(CORPUS))
def case(request, base, tmp_path):
    make, words, code = CORPUS[request.param]
    folder = tmp_path / "daten"
    folder.mkdir()
    path = make(base, folder / "wba.sqlite3")
    return path, words, code, folder


def _state(folder: Path) -> dict[str, bytes | None]:
    """Every file under ``folder`` with its bytes (None for a directory)."""
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None)
        for p in sorted(folder.rglob("*"))
    }


@pytest.fixture
def table(tmp_path) -> Path:
    path = tmp_path / "partner.csv"
    path.write_text("Firma;Ort\nKammer Beispiel;Halle (Saale)\n", encoding="utf-8")
    return path


def _commands(path: Path, table: Path, out: Path) -> dict[str, list[str]]:
    db = ["--db", str(path)]
    return {
        "check": [*db, "check"],
        "migrate": [*db, "migrate"],
        "import": [*db, "import", str(table)],
        "export": [*db, "export", "organisations", "--out", str(out)],
    }


def test_the_app_start_refuses_with_a_german_message(case):
    path, words, _code, folder = case
    before = _state(folder)
    with pytest.raises(DatabaseError) as info:
        app.open_database(str(path))
    assert words in str(info.value)
    assert "Traceback" not in str(info.value) and "Error" not in str(info.value)
    assert _state(folder) == before


def test_each_command_gives_its_message_and_leaves_the_file_alone(case, table, tmp_path, capsys):
    path, words, code, folder = case
    out = tmp_path / "liste.xlsx"
    before = _state(folder)
    for name, argv in _commands(path, table, out).items():
        assert cli.main(argv) == code, name
        captured = capsys.readouterr()
        said = captured.err + captured.out
        assert words in said, (name, said)
        assert "Traceback" not in said and "OperationalError" not in said, name
        if name != "check" or code != common.DAMAGED:
            assert captured.err.startswith("Fehler: "), (name, captured.err)
        assert _state(folder) == before, name
    assert not out.exists()


def test_a_real_process_says_so_without_a_traceback(base, table, tmp_path):
    (tmp_path / "daten").mkdir()
    path = _overwritten(base, tmp_path / "daten" / "wba.sqlite3")
    before = _state(path.parent)
    env = {**os.environ, paths.ENV_DATA_DIR: str(tmp_path / "appdaten")}
    for argv in (["migrate"], ["import", str(table)], ["check"]):
        result = subprocess.run(
            [sys.executable, "-m", "wba_desktop", "--db", str(path), *argv],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert result.returncode == common.DAMAGED, result.stderr
        assert "Traceback" not in result.stderr and "beschädigt" in result.stdout + result.stderr
        assert _state(path.parent) == before


def test_check_reports_what_is_broken_in_german(base, tmp_path, capsys):
    path = _overwritten(base, tmp_path / "wba.sqlite3")
    assert cli.main(["--db", str(path), "check"]) == common.DAMAGED
    out = capsys.readouterr().out
    assert "Integrität:           BESCHÄDIGT" in out
    problems = [line for line in out.splitlines() if line.startswith("  - ")]
    assert problems and all("Fehler" in p or "beschädigt" in p for p in problems), out
    assert "Tree " not in out and "page" not in out  # SQLite's English, summarised
    assert "keine Sicherung dieser Datenbank" in out


def test_the_refusal_names_the_newest_backup(base, tmp_path, capsys):
    path = _overwritten(base, tmp_path / "wba.sqlite3")
    backups = paths.backup_dir()
    for name in (
        "wba-20260101-120000-vor-update-0003_verbuende_events.sqlite3",
        "wba-20260301-081500-taeglich.sqlite3",
        "wba-alt-20261224-180000-taeglich.sqlite3",  # another database's backup
        "andere-20261224-180000-taeglich.sqlite3",
    ):
        shutil.copyfile(base, backups / name)
    assert newest_backup(backups, "wba") == backups / "wba-20260301-081500-taeglich.sqlite3"
    for argv in (["migrate"], ["export", "people", "--out", str(tmp_path / "p.xlsx")]):
        assert cli.main(["--db", str(path), *argv]) == common.DAMAGED
        err = capsys.readouterr().err
        assert "wba-20260301-081500-taeglich.sqlite3" in err
        assert "vom 01.03.2026, 08:15 Uhr" in err
    with pytest.raises(DamagedDatabaseError) as info:
        app.open_database(str(path))
    assert info.value.backup == backups / "wba-20260301-081500-taeglich.sqlite3"
    assert info.value.problems


def test_no_backup_folder_no_backup(tmp_path):
    assert newest_backup(tmp_path / "fehlt", "wba") is None
    assert newest_backup(tmp_path, "wba") is None


def test_an_empty_file_becomes_a_new_database(tmp_path, capsys):
    path = tmp_path / "wba.sqlite3"
    path.touch()
    assert cli.main(["--db", str(path), "migrate"]) == common.OK
    assert "Datenbank ist auf Stand" in capsys.readouterr().out
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT count(*) FROM region").fetchone() == (14,)
    finally:
        con.close()


def test_integrity_lines_summarised_per_table_and_index():
    lines = [
        "*** in database main ***",
        "Page 7997: btreeInitPage() returns error code 11",
        "Tree 12 page 40 cell 3: invalid page number 99999",
        "Tree 12 page 41: btree page header corrupt",
        "Tree 77 page 80: free space corruption",
        "row 5 missing from index ix_person_search_key",
        "wrong # of entries in index ix_person_search_key",
        "Page 33 is never used",
        "something else entirely",
    ]
    got = summarise(lines, {12: "Tabelle „organisation“"})
    assert summarise(["*** in database main ***\nPage 3: btreeInitPage() error"]) == [
        "Datenbankseite 3: 1 Fehler (Daten beschädigt)"
    ]
    assert summarise(["*** in database main ***", "etwas Neues"]) == ["1 Fehler anderer Art"]
    assert got == [
        "Datenbankseite 7997: 1 Fehler (Daten beschädigt)",
        "Tabelle „organisation“: 2 Fehler (Daten beschädigt)",
        "Datenbankseite 77: 1 Fehler (Daten beschädigt)",
        "Index „ix_person_search_key“: 2 Fehler (passt nicht zur Tabelle)",
        "1 Fehler in der Seitenverwaltung der Datei",
        "1 Fehler anderer Art",
    ]


def test_a_file_on_a_network_drive_gets_a_warning(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("wba_desktop.db.location.on_network_drive", lambda _path: True)
    assert cli.main(["--db", str(tmp_path / "wba.sqlite3"), "migrate"]) == common.OK
    err = capsys.readouterr().err
    assert err.startswith("Warnung: Die Datenbankdatei liegt auf einem Netzlaufwerk")
    assert "Teamdatenbank" in err


def test_damage_met_later_is_a_damaged_error_not_a_raw_one(base, tmp_path):
    """A large file is not checked at the GUI's start; reading its broken page later
    ends as ``DamagedError`` (a ServiceError), never as a raw driver error."""
    from sqlalchemy import text

    from wba_desktop.db import UnitOfWorkFactory, create_db_engine
    from wba_desktop.db.migrate import ensure_schema
    from wba_desktop.errors import DamagedError

    path = _overwritten(base, tmp_path / "wba.sqlite3")
    eng = create_db_engine("sqlite:///" + path.as_posix())
    try:
        ensure_schema(eng)  # at the newest revision, no quick check asked for: it opens
        uow_factory = UnitOfWorkFactory(eng)
        damaged = pytest.raises(DamagedError, match="beschädigt.*Sicherung")
        with damaged, uow_factory() as uow:
            tables = uow.session.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'table'")
            ).scalars()
            for table in list(tables):
                uow.session.execute(text(f'SELECT * FROM "{table}"')).all()
    finally:
        eng.dispose()
