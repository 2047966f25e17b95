"""Import error messages keep file and sheet names as the user wrote them.

The numbers in these messages used to be made German by replacing every "," of the
finished message by ".", which turned "Kontakte, alt.xlsx" into "Kontakte. alt.xlsx".
Each test goes through ``read_workbook``/``read_rows``, the functions the import wizard
and the CLI call, with a name that has a comma, and checks the name and the German
number in the message.
"""

from __future__ import annotations

import os
import zipfile

import openpyxl
import pytest

from wba_desktop.exchange import filecheck, spreadsheet
from wba_desktop.exchange.filecheck import ImportFileError
from wba_desktop.exchange.spreadsheet import read_rows, read_workbook

NAME = "Kontakte, alt"


def _workbook(path, sheet="Kontakte", rows=3):
    wb = openpyxl.Workbook()
    wb.active.title = sheet
    wb.active.append(["Firma", "E-Mail"])
    for i in range(rows):
        wb.active.append([f"Firma {i}", f"info{i}@firma{i}.example"])
    wb.save(path)
    return path


def _message(excinfo) -> str:
    return str(excinfo.value)


def test_csv_with_too_many_rows_keeps_its_name(tmp_path):
    path = tmp_path / f"{NAME}.csv"
    path.write_text("\n".join(f"Firma {i};x" for i in range(1_200)), encoding="utf-8")
    with pytest.raises(ImportFileError) as excinfo:
        read_rows(path, max_rows=1_000)
    message = _message(excinfo)
    assert "„Kontakte, alt.csv“" in message
    assert "mehr als 1.000 Zeilen" in message


def test_csv_too_large_keeps_its_name(tmp_path, monkeypatch):
    monkeypatch.setattr(spreadsheet, "MAX_TEXT_BYTES", 2**20)
    path = tmp_path / f"{NAME}.csv"
    path.write_text("Firma;Ort\n" + "Elbaue GmbH;Köthen\n" * 200_000, encoding="utf-8")
    with pytest.raises(ImportFileError) as excinfo:
        read_workbook(path)
    message = _message(excinfo)
    assert "„Kontakte, alt.csv“ ist mit 3 MB zu groß" in message
    assert "höchstens 1 MB" in message


def test_zip_bomb_message_keeps_the_name(tmp_path):
    path = _workbook(tmp_path / f"{NAME}.xlsx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/media/leer.xml", b" " * (4 * 2**20))
    with pytest.raises(ImportFileError, match="ZIP-Bombe") as excinfo:
        read_workbook(path)
    message = _message(excinfo)
    assert "„Kontakte, alt.xlsx“ wird nicht gelesen" in message
    # a ratio of several thousand, written with a German thousands dot
    assert "-Fache" in message
    ratio = message.split("auf das ")[1].split("-Fache")[0]
    assert "." in ratio and "," not in ratio and int(ratio.replace(".", "")) > 1_000


def test_unpacked_too_large_keeps_the_name(tmp_path, monkeypatch):
    monkeypatch.setattr(filecheck, "MAX_UNPACKED", 2**20)
    path = _workbook(tmp_path / f"{NAME}.xlsx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/media/bild.bin", os.urandom(2 * 2**20))  # incompressible
    with pytest.raises(ImportFileError) as excinfo:
        read_rows(path)
    expected = "Die Datei „Kontakte, alt.xlsx“ ist entpackt zu groß (2 MB; höchstens 1 MB)."
    assert _message(excinfo) == expected


def test_sheet_with_too_many_rows_keeps_file_and_sheet_name(tmp_path):
    path = _workbook(tmp_path / f"{NAME}.xlsx", sheet="Partner, 2024", rows=40)
    with pytest.raises(ImportFileError) as excinfo:
        read_rows(path, max_rows=20)
    assert _message(excinfo) == (
        "Das Blatt „Partner, 2024“ hat 41 Zeilen; höchstens 20 werden importiert. "
        "Bitte die Tabelle aufteilen."
    )
    far = tmp_path / f"{NAME} (weit).xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Partner, 2024"
    wb.active["A1"] = "Firma"
    wb.active["A150000"] = "x"
    wb.save(far)
    with pytest.raises(ImportFileError) as excinfo:
        read_rows(far)
    assert "„Partner, 2024“ hat 150.000 Zeilen; höchstens 100.000 werden" in _message(excinfo)


def test_not_a_spreadsheet_keeps_the_name(tmp_path):
    path = tmp_path / f"{NAME}.xlsx"
    path.write_text("Firma, Ort\nElbaue, Köthen\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as excinfo:
        read_workbook(path)
    assert "„Kontakte, alt.xlsx“" in _message(excinfo)


def test_cell_text_limit_message_keeps_its_commas(tmp_path):
    path = tmp_path / f"{NAME}.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Firma", "Bemerkung"])
    wb.active.append(["Elbaue", "x" * spreadsheet.MAX_CELL_CHARS])
    wb.save(path)
    with pytest.raises(ImportFileError) as excinfo:
        read_rows(path)
    assert _message(excinfo) == (
        "Zelle B2 enthält zu viel Text (mindestens 32.767 Zeichen, das Maximum von Excel; "
        "der Rest wäre abgeschnitten). Bitte kürzen und erneut importieren."
    )
