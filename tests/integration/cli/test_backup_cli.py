"""``backup``, ``restore``, ``dump`` and ``load`` on the command line: exit codes, the
counts printed, refusal without ``--yes``; ``import`` and ``demo --force`` leave a
backup of what they change."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests import databases
from wba_desktop import cli


def _orgs(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM organisation").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def demo_file(tmp_path, _sqlite_demo_template) -> Path:
    template, _ = _sqlite_demo_template
    path = tmp_path / "wba.sqlite3"
    databases.copy_sqlite(template, path)
    return path


def test_help_names_the_commands_and_exit_codes(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    for command in ("backup", "restore", "dump", "load"):
        assert command in out
    with pytest.raises(SystemExit):
        cli.main(["restore", "--help"])
    out = capsys.readouterr().out
    assert "Rückgabe: 0 wiederhergestellt, 1 abgelehnt" in out and "--yes" in out


def test_backup_dump_restore_load(demo_file, tmp_path, capsys, _data_dir):
    db = ["--db", str(demo_file)]
    assert cli.main([*db, "backup"]) == 0
    assert "Sicherung geschrieben:" in capsys.readouterr().out
    assert len(list((_data_dir / "backups").glob("wba-*-manuell.sqlite3"))) == 1
    copy, archive = tmp_path / "kopie.sqlite3", tmp_path / "alles.zip"
    assert cli.main([*db, "backup", "--out", str(copy)]) == 0
    assert cli.main([*db, "dump", "--out", str(archive)]) == 0
    assert "Datensicherung geschrieben:" in capsys.readouterr().out

    new = ["--db", str(tmp_path / "neu.sqlite3")]
    assert cli.main([*new, "restore", str(copy)]) == 0
    out = capsys.readouterr().out
    people = sqlite3.connect(demo_file).execute("SELECT COUNT(*) FROM person").fetchone()[0]
    people_text = f"{people:,}".replace(",", ".")  # with the demo's private inquirers
    said = f"Wiederhergestellt aus „kopie.sqlite3“: 300 Organisationen, {people_text} Personen"
    assert said in out
    assert _orgs(tmp_path / "neu.sqlite3") == 300

    other = ["--db", str(tmp_path / "leer.sqlite3")]
    assert cli.main([*other, "load", str(archive)]) == 0
    assert "300 Organisationen" in capsys.readouterr().out

    # a database with data: refused without --yes, nothing changed
    before = (tmp_path / "neu.sqlite3").read_bytes()
    assert cli.main([*new, "load", str(archive)]) == 1
    err = capsys.readouterr().err
    assert "enthält schon Daten" in err and "--yes" in err
    assert (tmp_path / "neu.sqlite3").read_bytes() == before
    assert cli.main([*new, "load", str(archive), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Der bisherige Stand ist gesichert:" in out and "vor-wiederherstellung" in out


def test_a_damaged_file_gives_exit_code_2_and_a_german_message(demo_file, tmp_path, capsys):
    bad = tmp_path / "kaputt.zip"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    assert cli.main(["--db", str(demo_file), "migrate"]) == 0  # the switch to WAL happens here
    before = demo_file.read_bytes()
    assert cli.main(["--db", str(demo_file), "restore", str(bad), "--yes"]) == 2
    assert "Fehler: Die Datei „kaputt.zip“ ist keine lesbare Datensicherung" in (
        capsys.readouterr().err
    )
    assert demo_file.read_bytes() == before


def test_demo_force_and_import_write_a_backup_first(demo_file, tmp_path, capsys, _data_dir):
    db = ["--db", str(demo_file)]
    assert cli.main([*db, "demo", "--force", "--seed", "2"]) == 0
    (before_demo,) = (_data_dir / "backups").glob("wba-*-vor-demo.sqlite3")
    assert _orgs(before_demo) == 300  # the state before the second demo
    table = tmp_path / "kontakte.csv"
    table.write_text("Firma;Ort\nBäckerei Sonnenblick;Halle\n", encoding="utf-8")
    assert cli.main([*db, "import", str(table)]) == 0
    (before_import,) = (_data_dir / "backups").glob("wba-*-vor-import.sqlite3")
    assert _orgs(before_import) == _orgs(demo_file) - 1
