"""``wba-desktop export anfragen``: the ministry's workbook from the command line, and
German messages for a bad date, an unknown WBA region, a start after the end."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from wba_desktop import cli
from wba_desktop.cli.export_inquiries import default_start


def test_export_with_period_and_region(db_url, lotsen, tmp_path, capsys):
    out = tmp_path / "anfragen.xlsx"
    args = ["--db", db_url, "export", "anfragen", "--out", str(out),
            "--from", "01.01.2026", "--to", "31.03.2026", "--wba-region", "nord"]  # fmt: skip
    assert cli.main(args) == 0
    said = capsys.readouterr().out
    assert "Anfragenbericht 01.01.2026 – 31.03.2026, WBA-Region Nord exportiert nach" in said
    wb = openpyxl.load_workbook(out)
    overview = {r[0]: r[1] for r in wb["Übersicht"].iter_rows(min_row=2, values_only=True)}
    assert overview["Anfragen"] == 2 and overview["Filter"] == "WBA-Region: Nord"


def test_export_whole_state_default_period(db_url, lotsen, tmp_path, capsys):
    out = tmp_path / "a.xlsx"
    assert cli.main(["--db", db_url, "export", "anfragen", "--out", str(out)]) == 0
    assert out.exists()
    wb = openpyxl.load_workbook(out)
    assert len(list(wb["Nach Monat"].iter_rows(min_row=2))) == 12


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--from", "31.02.2026"], "--from: „31.02.2026“ ist kein gültiges Datum"),
        (["--to", "2026-03-01"], "--to: „2026-03-01“ ist kein gültiges Datum; bitte TT.MM.JJJJ"),
        (["--wba-region", "Mitte"], "WBA-Region „Mitte“ gibt es nicht"),
        (["--from", "01.04.2026", "--to", "01.03.2026"], "--from (01.04.2026) liegt nach --to"),
    ],
)
def test_bad_arguments_give_german_errors(db_url, tmp_path, capsys, extra, message):
    out = tmp_path / "a.xlsx"
    assert cli.main(["--db", db_url, "export", "anfragen", "--out", str(out), *extra]) == 2
    err = capsys.readouterr().err
    assert "Fehler:" in err and message in err
    assert not out.exists()


def test_wrong_ending(db_url, tmp_path, capsys):
    out = tmp_path / "a.csv"
    assert cli.main(["--db", db_url, "export", "anfragen", "--out", str(out)]) == 2
    assert "Excel-Datei geschrieben (.xlsx)" in capsys.readouterr().err


def test_default_start_is_twelve_months():
    assert default_start(date(2026, 12, 6)) == date(2026, 1, 1)
    assert default_start(date(2026, 3, 31)) == date(2025, 4, 1)
