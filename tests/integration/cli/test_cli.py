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
    # the directory's 700–900 and the demo inquiries' private inquirers (about 260)
    assert 900 <= counts["Personen"] <= 1200
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
    assert result.returncode == 4  # check reports a damaged file (common.DAMAGED)
    assert "keine SQLite-Datenbank" in result.stdout and "Traceback" not in result.stderr


def _organisations(path) -> int:
    from sqlalchemy import create_engine, func, select

    from wba_desktop.models import Organisation

    engine = create_engine("sqlite:///" + path.as_posix())
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(Organisation)).scalar_one()
    finally:
        engine.dispose()


def test_db_after_the_subcommand_is_used_and_wins(tmp_path, capsys):
    """``demo --db X`` as users type it; a ``--db`` after the sub-command beats one before."""
    db = tmp_path / "danach.sqlite3"
    assert cli.main(["demo", "--db", str(db)]) == 0
    assert "Demodaten angelegt: 300 Organisationen" in capsys.readouterr().out
    assert _organisations(db) == 300
    before, after = tmp_path / "vorher.sqlite3", tmp_path / "nachher.sqlite3"
    assert cli.main(["--db", str(before), "migrate", "-v", "--db", str(after)]) == 0
    assert after.exists() and not before.exists()


def test_db_before_the_subcommand_is_not_overwritten(tmp_path, capsys):
    db = tmp_path / "davor.sqlite3"
    assert cli.main(["--db", str(db), "-v", "demo", "--seed", "2"]) == 0
    assert _organisations(db) == 300
    # the file name keeps its comma: numbers are formatted, not the whole message
    out = tmp_path / "Kontakte, alt.xlsx"
    assert cli.main(["export", "people", "--out", str(out), "--db", str(db)]) == 0
    assert f"Zeilen exportiert nach {out} (xlsx)." in capsys.readouterr().out
    assert out.exists()


def test_global_options_on_either_side():
    parser = cli.build_parser()
    for argv in (
        ["--db", "x.sqlite3", "-v", "check"],
        ["check", "--db", "x.sqlite3", "-v"],
        ["--db", "y.sqlite3", "check", "--db", "x.sqlite3", "--verbose"],
    ):
        args = parser.parse_args(argv)
        assert (args.command, args.db, args.verbose) == ("check", "x.sqlite3", True), argv
    args = parser.parse_args(["check"])
    assert (args.db, args.verbose) == (None, False)


def test_check_counts_are_german_numbers(tmp_path, monkeypatch, capsys):
    from wba_desktop.services import maintenance

    report = maintenance.CheckReport("x", "head", True, counts={"Organisationen": 20000})
    monkeypatch.setattr(maintenance, "check_database", lambda uow: report)
    assert cli.main(["check", "--db", str(tmp_path / "z.sqlite3")]) == 0
    assert "Organisationen:           20.000" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["--help"], ["demo", "--help"], ["export", "-h"]])
def test_help_is_german(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(argv)
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("Aufruf: wba-desktop")
    assert "diese Hilfe anzeigen und beenden" in out
    assert "Optionen:" in out and "--db PFAD|URL" in out
    for english in ("usage:", "show this help", "options:", "positional arguments"):
        assert english not in out


def test_version_help_is_german(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    # the column of the help texts follows the longest sub-command's name
    out = " ".join(capsys.readouterr().out.split())
    assert "--version Versionsnummer anzeigen und beenden" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["demo", "--size", "mittel"],
            "wba-desktop demo: Fehler: Argument --size: ungültige Auswahl: 'mittel' "
            "(möglich: 'small', 'large')",
        ),
        (["demo", "--seed", "x"], "Argument --seed: ungültiger Wert 'x' (erwartet: ganze Zahl)"),
        (["gibtsnicht"], "wba-desktop: Fehler: Argument BEFEHL: ungültige Auswahl: 'gibtsnicht'"),
        (["check", "--bogus"], "wba-desktop: Fehler: unbekannte Argumente: --bogus"),
        (["check", "--db"], "Fehler: Argument --db: erwartet einen Wert"),
        (["export", "people"], "wba-desktop export: Fehler: diese Argumente fehlen: --out"),
        (["export", "people", "--all", "--inactive", "--out", "x.xlsx"], "nicht zusammen mit"),
    ],
)
def test_argument_errors_are_german(argv, message, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(argv)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.startswith("Aufruf: ")
    for english in ("usage:", "error:", "invalid", "required", "unrecognized", "expected"):
        assert english not in err


def test_argparse_stays_english_for_others(capsys):
    """The German texts are swapped in only while the CLI's parser works."""
    import argparse

    with pytest.raises(SystemExit):
        cli.main(["demo", "--size", "mittel"])
    other = argparse.ArgumentParser(prog="andere")
    assert other.format_usage().startswith("usage: andere")
    assert "show this help message and exit" in other.format_help()


def test_a_database_folder_that_cannot_be_made_gets_a_german_message(tmp_path, capsys):
    blocker = tmp_path / "Daten"
    blocker.write_text("eine Datei, kein Ordner")
    assert cli.main(["check", "--db", str(blocker / "wba.sqlite3")]) == 2
    err = capsys.readouterr().err
    assert "gibt es nicht" in err and "Traceback" not in err


def test_a_mistyped_db_path_is_refused_and_creates_nothing(tmp_path, capsys):
    typo = tmp_path / "daten" / "tippfehler" / "wba.sqlite3"
    assert cli.main(["demo", "--db", str(typo)]) == 2
    err = capsys.readouterr().err
    assert "Den Ordner" in err and "gibt es nicht" in err and "Tippfehler" in err
    assert not (tmp_path / "daten").exists()  # no folders, no new empty database


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("mysql://wba@server/wba", "Datenbankart „mysql“ kennt WBA Desktop nicht"),
        ("://kaputt", "keine Datenbankadresse"),
    ],
)
def test_unknown_database_addresses_get_a_german_message(url, words, capsys):
    assert cli.main(["check", "--db", url]) == 2
    err = capsys.readouterr().err
    assert words in err and "postgresql+psycopg://" in err and "Traceback" not in err
