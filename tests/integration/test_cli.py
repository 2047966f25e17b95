"""The command line: help, migrate, check, demo; no sub-command would open the GUI."""

from __future__ import annotations

import subprocess
import sys

import pytest

from wba_desktop import cli
from wba_desktop.db.migrate import HEAD_REVISION


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for command in ("demo", "migrate", "check"):
        assert command in out


def test_migrate_and_check_on_a_new_file(tmp_path, capsys):
    db = str(tmp_path / "cli.sqlite3")
    assert cli.main(["--db", db, "migrate"]) == 0
    assert HEAD_REVISION in capsys.readouterr().out
    assert cli.main(["--db", db, "check"]) == 0
    out = capsys.readouterr().out
    assert "in Ordnung" in out
    assert "Landkreise:" in out and "14" in out


def test_demo_then_check_counts(tmp_path, capsys):
    db = str(tmp_path / "demo.sqlite3")
    assert cli.main(["--db", db, "demo"]) == 0
    capsys.readouterr()
    assert cli.main(["--db", db, "demo"]) == 1  # refuses a database with data
    assert cli.main(["--db", db, "check"]) == 0
    out = capsys.readouterr().out
    counts = {
        line.split(":")[0]: int(line.split(":")[1].strip().replace(".", ""))
        for line in out.splitlines()
        if line.startswith(("Organisationen:", "Personen:", "Beziehungen:"))
    }
    assert 250 <= counts["Organisationen"] <= 350
    assert 700 <= counts["Personen"] <= 900
    assert 500 <= counts["Beziehungen"] <= 700


def test_database_from_environment(tmp_path, monkeypatch, capsys):
    db = tmp_path / "env.sqlite3"
    monkeypatch.setenv("WBA_DATABASE_URL", "sqlite:///" + db.as_posix())
    assert cli.main(["migrate"]) == 0
    assert db.exists()


def test_unusable_database_gives_message_not_traceback(tmp_path):
    bad = tmp_path / "kaputt.sqlite3"
    bad.write_bytes(b"\x00garbage" * 500)
    result = subprocess.run(
        [sys.executable, "-m", "wba_desktop", "--db", str(bad), "check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "Fehler:" in result.stderr and "Traceback" not in result.stderr
