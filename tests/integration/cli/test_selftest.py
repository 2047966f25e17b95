"""``wba-desktop --self-test``: every step passes from source, a failing step is named
and gives exit code 1, and the user's data directory stays untouched."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from wba_desktop import paths, selftest

ROOT = Path(__file__).resolve().parents[3]
TITLES = [step.title for step in selftest.STEPS]


def test_self_test_from_source_passes_every_step(tmp_path):
    """In a subprocess without a screen and without QT_QPA_PLATFORM: exit 0, one
    "… ok" line per step in order, and the (pretend) real data directory untouched."""
    real_data = tmp_path / "echte Daten"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.pop("WAYLAND_DISPLAY", None)
    env["WBA_DATA_DIR"] = str(real_data)
    env["WBA_DATABASE_URL"] = "sqlite:///" + (tmp_path / "echte.sqlite3").as_posix()
    env["TMPDIR"] = str(tmp_path / "tmp")
    (tmp_path / "tmp").mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "wba_desktop", "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    ok_lines = [line for line in lines if " … ok (" in line]
    assert [line.split(" … ")[0] for line in ok_lines] == TITLES
    assert "Datenbank angelegt und aktualisiert … ok (Stand " in done.stdout
    assert "14 Landkreise" in done.stdout
    assert "Anzeige „offscreen“" in done.stdout  # it chose the offscreen platform itself
    assert lines[-1].startswith(f"Selbsttest bestanden: {len(TITLES)} Schritte in ")
    assert "FEHLER" not in done.stdout
    # nothing in the real data directory or database, and the temporary folder is gone
    assert not real_data.exists() or not any(real_data.iterdir())
    assert not (tmp_path / "echte.sqlite3").exists()
    assert list((tmp_path / "tmp").iterdir()) == []


def test_missing_map_data_fails_the_map_step(tmp_path, monkeypatch, qapp):
    """A build without the map's GeoJSON: the earlier steps pass, the map step is
    named with the reason, nothing after it runs, exit code 1, environment restored."""
    resources = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", resources)
    (resources / "districts_sachsen_anhalt.geojson").unlink()
    monkeypatch.setattr(paths, "resource_root", lambda: resources)
    from wba_desktop.network import map_data

    map_data._load.cache_clear()
    monkeypatch.setenv("WBA_DATA_DIR", str(tmp_path / "echte Daten"))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # TMPDIR is read again
    out = io.StringIO()

    code = selftest.run(out=out)

    text = out.getvalue()
    assert code == 1
    map_title = "Karte der Landkreise als PNG gezeichnet"
    assert f"{map_title} … FEHLER" in text
    assert f"Selbsttest fehlgeschlagen im Schritt „{map_title}“: " in text
    assert "districts_sachsen_anhalt.geojson" in text
    for title in TITLES[: TITLES.index(map_title)]:
        assert f"{title} … ok (" in text
    assert "Programmoberfläche ohne Bildschirm geladen" not in text
    assert "Selbsttest bestanden" not in text
    assert os.environ["WBA_DATA_DIR"] == str(tmp_path / "echte Daten")
    assert list((tmp_path / "tmp").iterdir()) == []


def test_a_step_that_finds_a_wrong_result_stops_the_test(monkeypatch):
    """A step's own check (SelfTestError) is reported with its German reason; the
    steps after it do not run."""
    ran: list[str] = []

    def fine(ctx):
        ran.append("fine")
        assert ctx.folder.is_dir()
        return "gut"

    def wrong(ctx):
        raise selftest.SelfTestError("Die Excel-Datei enthält 0 Zeilen, exportiert wurden 3.")

    def never(ctx):  # pragma: no cover - must not run
        ran.append("never")
        return ""

    steps = (
        selftest.Step("a", "Erster Schritt", fine),
        selftest.Step("b", "Zweiter Schritt", wrong),
        selftest.Step("c", "Dritter Schritt", never),
    )
    out = io.StringIO()
    assert selftest.run(out=out, steps=steps) == 1
    text = out.getvalue()
    assert "Erster Schritt … ok (gut; " in text
    assert (
        "Selbsttest fehlgeschlagen im Schritt „Zweiter Schritt“: "
        "Die Excel-Datei enthält 0 Zeilen, exportiert wurden 3." in text
    )
    assert ran == ["fine"]


@pytest.mark.parametrize("argv", [["--self-test"], ["--self-test", "-v"]])
def test_cli_flag_runs_the_self_test(monkeypatch, argv):
    from wba_desktop import cli

    called = []
    monkeypatch.setattr(selftest, "run", lambda: called.append(True) or 0)
    assert cli.main(argv) == 0
    assert called == [True]
