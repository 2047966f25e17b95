"""The command line in English (``WBA_LANGUAGE=en``): the program's help and messages
from the catalog, argparse's own texts in its English; German stays the default."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wba_desktop import cli, i18n

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def english(monkeypatch):
    monkeypatch.setenv(i18n.ENV_VAR, "en")
    yield
    i18n.set_language("de")


def test_help_in_english_in_a_fresh_process():
    env = {**os.environ, i18n.ENV_VAR: "en", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "wba_desktop", "--help"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    out = " ".join(done.stdout.split())  # argparse wraps the lines
    assert out.startswith("usage: wba-desktop [-h] [--db PATH|URL]")
    assert "Without a sub-command the program window opens." in out
    assert "Bring the database up to date (with a backup)" in out
    assert "show this help message and exit" in out  # argparse's own English
    assert "Aufruf" not in out and "Datenbank" not in out


def test_argument_error_in_english(english, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["graph", "--out", "x.png", "--depth", "zwei"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "wba-desktop graph: error: argument --depth: invalid whole number value: 'zwei'" in err
    assert err.startswith("usage: wba-desktop graph")


def test_messages_and_errors_in_english(english, tmp_path, capsys):
    db = str(tmp_path / "en.sqlite3")
    assert cli.main(["--db", db, "migrate"]) == 0
    assert "The database is at revision" in capsys.readouterr().out
    assert cli.main(["--db", db, "import-verlauf"]) == 1
    assert capsys.readouterr().out.strip() == "No imports yet."
    assert cli.main(["--db", db, "import-verlauf", "--rueckgaengig"]) == 2
    assert capsys.readouterr().err.strip() == "Error: Please give the number of the import."
    assert cli.main(["--db", db, "export", "verbund", "Gibtsnicht", "--out", "x.xlsx"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and "Fehler" not in err


def test_german_stays_the_default(monkeypatch, capsys):
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    with pytest.raises(SystemExit):
        cli.main(["graph", "--out", "x.png", "--depth", "zwei"])
    err = capsys.readouterr().err
    assert "Fehler: Argument --depth: ungültiger Wert 'zwei' (erwartet: ganze Zahl)" in err
    assert i18n.language() == "de"


def test_unreachable_server_in_english(english, capsys):
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens there once the socket is closed
    url = f"postgresql+psycopg://wba@127.0.0.1:{port}/wba"
    assert cli.main(["--db", url, "check"]) == 3  # busy or unreachable: try again later
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and "connection refused: no server answers" in err
    assert "Verbindung" not in err and "Traceback" not in err
