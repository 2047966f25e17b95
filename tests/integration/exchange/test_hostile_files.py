"""Hostile files: every XML part of a workbook is parsed by defusedxml before a
reader sees it (also parts in UTF-16, which a byte scan for ``<!DOCTYPE`` misses),
and the refusals that used to carry English system text are German from start to end.

All names are invented.
"""

from __future__ import annotations

import os
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from wba_desktop.exchange import spreadsheet, xmlcheck
from wba_desktop.exchange.filecheck import ImportFileError
from wba_desktop.exchange.mapping import suggest
from wba_desktop.exchange.spreadsheet import read_rows, read_workbook
from wba_desktop.models import Organisation
from wba_desktop.services.importing.service import ImportService

#: English fragments of Python's, the OS's or the csv module's own texts
ENGLISH = (
    "Errno",
    "errno",
    "field",
    "limit",
    "No such file",
    "Permission denied",
    "Is a directory",
    "larger",
    "not ",
    "error",
    "Error",
)
BOMB = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'


def _german(message: str) -> None:
    assert not [w for w in ENGLISH if w in message], message


def _workbook(path: Path, rows: int = 3) -> Path:
    wb = openpyxl.Workbook()
    wb.active.title = "Kontakte"
    wb.active.append(["Firma", "PLZ", "Ort"])
    for i in range(rows):
        wb.active.append([f"Testfirma {i} GmbH", "06366", "Köthen (Anhalt)"])
    wb.save(path)
    return path


def _replace_part(path: Path, member: str, make) -> None:
    """Rewrite ``member`` of the zip at ``path`` as ``make(old_bytes)``."""
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts[member] = make(parts[member])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)


def _with_dtd(encoding: str, declared: str):
    """The part re-encoded in ``encoding`` (Python's name) with a DTD, its XML
    declaration naming ``declared``."""

    def make(old: bytes) -> bytes:
        body = old.decode("utf-8").split("?>", 1)[-1]
        return f'<?xml version="1.0" encoding="{declared}"?>{BOMB}{body}'.encode(encoding)

    return make


def _import(services_uow, path: Path) -> None:
    rows = read_rows(path)
    service = ImportService(services_uow)
    plan = service.plan(rows, suggest(rows, "Kontakte"), "skip", source_name=path.name)
    service.apply(plan, "skip")


def _organisations(uow_factory) -> int:
    with uow_factory() as uow:
        return uow.session.scalar(select(func.count()).select_from(Organisation))


PARTS = [
    "xl/worksheets/sheet1.xml",
    "xl/workbook.xml",
    "[Content_Types].xml",
    "xl/_rels/workbook.xml.rels",
    "xl/styles.xml",
]


@pytest.mark.parametrize("member", PARTS)
@pytest.mark.parametrize(
    ("encoding", "declared"),
    [
        ("utf-16", "UTF-16"),  # with a byte order mark, as Windows writes it
        ("utf-16-le", "UTF-16LE"),  # without one
        ("utf-16-be", "UTF-16BE"),
        ("utf-8", "UTF-8"),
    ],
)
def test_a_part_with_a_dtd_is_refused_in_any_encoding(tmp_path, member, encoding, declared):
    path = _workbook(tmp_path / "Kontakte Süd.xlsx")
    _replace_part(path, member, _with_dtd(encoding, declared))
    for read in (read_workbook, read_rows):
        with pytest.raises(ImportFileError) as excinfo:
            read(path)
        message = str(excinfo.value)
        assert "„Kontakte Süd.xlsx“" in message and f"„{member}“" in message
        assert "XML-Bombe" in message
        _german(message)


def test_a_utf16_entity_is_refused_before_the_database_changes(tmp_path, uow_factory):
    path = _workbook(tmp_path / "partner.xlsx")
    _import(uow_factory, path)  # the same file, harmless: it is read and imported
    assert _organisations(uow_factory) == 3
    hostile = _workbook(tmp_path / "partner2.xlsx", rows=5)
    _replace_part(hostile, "xl/worksheets/sheet1.xml", _with_dtd("utf-16", "UTF-16"))
    with pytest.raises(ImportFileError, match="XML-Bombe"):
        _import(uow_factory, hostile)
    assert _organisations(uow_factory) == 3


def test_utf32_and_unknown_encodings_are_refused(tmp_path):
    path = _workbook(tmp_path / "kodiert.xlsx")
    _replace_part(
        path,
        "xl/styles.xml",
        lambda old: b"\xff\xfe\x00\x00" + old.decode("utf-8").encode("utf-32-le"),
    )
    with pytest.raises(ImportFileError, match="UTF-32") as excinfo:
        read_workbook(path)
    _german(str(excinfo.value))
    for n, make in enumerate(
        (
            lambda old: b"\x00\x01garbage" + old,
            _with_dtd("utf-16-le", "UTF-16-LE"),  # a name expat does not know
            _with_dtd("utf-8", "Shift_JIS"),  # a multi-byte encoding expat cannot read
        )
    ):
        other = _workbook(tmp_path / f"anders{n}.xlsx")
        _replace_part(other, "xl/styles.xml", make)
        with pytest.raises(ImportFileError, match="„xl/styles.xml“ ist kein lesbares XML"):
            read_workbook(other)


def test_a_dtd_behind_a_comment_in_the_prolog_is_found(tmp_path):
    path = _workbook(tmp_path / "kommentar.xlsx")
    comment = "<!-- " + "x" * 100_000 + " -->"
    _replace_part(
        path,
        "xl/worksheets/sheet1.xml",
        lambda old: (
            '<?xml version="1.0" encoding="UTF-16"?>'
            + comment
            + BOMB
            + old.decode("utf-8").split("?>", 1)[-1]
        ).encode("utf-16"),
    )
    with pytest.raises(ImportFileError, match="XML-Bombe"):
        read_rows(path)


def test_a_harmless_utf16_part_is_read(tmp_path):
    path = _workbook(tmp_path / "utf16.xlsx")
    _replace_part(
        path,
        "xl/styles.xml",
        lambda old: old.decode("utf-8").replace("UTF-8", "UTF-16", 1).encode("utf-16"),
    )
    xmlcheck.check_xml_parts(path)


def test_a_normal_workbook_passes_and_the_check_stays_fast(tmp_path):
    path = _workbook(tmp_path / "gross.xlsx", rows=20_000)
    assert read_workbook(path).sheets == ("Kontakte",)
    assert len(read_rows(path)) == 20_001
    with zipfile.ZipFile(path) as zf:
        sheet_size = zf.getinfo("xl/worksheets/sheet1.xml").file_size
    assert sheet_size > 1_000_000
    start = time.perf_counter()
    for _ in range(5):
        xmlcheck.check_xml_parts(path)
    per_check = (time.perf_counter() - start) / 5
    assert per_check < 0.05, per_check  # the prolog only, not the whole sheet


# -- German from start to end ---------------------------------------------------------


def test_a_ten_megabyte_csv_cell_is_refused_in_german(tmp_path):
    path = tmp_path / "Adressen, groß.csv"
    path.write_text("Firma;Bemerkung\nTestfirma;" + "x" * (10 * 1024 * 1024) + "\n")
    with pytest.raises(ImportFileError) as excinfo:
        read_rows(path)
    message = str(excinfo.value)
    assert "Zelle B2" in message and "„Adressen, groß.csv“" in message
    assert "10.485.760 Zeichen" in message
    _german(message)


def test_a_broken_csv_names_file_and_line_in_german(tmp_path, monkeypatch):
    path = tmp_path / "kaputt.csv"
    path.write_text("Firma;Ort\nTestfirma;Halle\n", encoding="utf-8")
    monkeypatch.setattr(spreadsheet.csv, "reader", lambda *a, **k: _Failing())
    with pytest.raises(ImportFileError) as excinfo:
        read_rows(path)
    message = str(excinfo.value)
    assert "„kaputt.csv“" in message and "Zeile 7" in message
    _german(message)


class _Failing:
    """A csv reader that fails in line 7."""

    line_num = 7

    def __iter__(self):
        return self

    def __next__(self):
        import csv

        raise csv.Error("field larger than field limit (131072)")


@pytest.mark.parametrize("read", [read_workbook, read_rows])
def test_a_missing_file_is_refused_in_german(tmp_path, read):
    with pytest.raises(ImportFileError) as excinfo:
        read(tmp_path / "fehlt" / "Kontakte.xlsx")
    message = str(excinfo.value)
    assert message.startswith("Die Datei „Kontakte.xlsx“ gibt es nicht.")
    _german(message)


@pytest.mark.parametrize("read", [read_workbook, read_rows])
def test_a_folder_is_refused_in_german(tmp_path, read):
    folder = tmp_path / "Importe"
    folder.mkdir()
    with pytest.raises(ImportFileError) as excinfo:
        read(folder)
    message = str(excinfo.value)
    assert message.startswith("Die Datei „Importe“ ist ein Ordner")
    _german(message)


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root reads every file anyway"
)
@pytest.mark.parametrize("name", ["gesperrt.xlsx", "gesperrt.csv"])
def test_a_file_without_read_permission_is_refused_in_german(tmp_path, name):
    path = tmp_path / name
    path.write_text("Firma;Ort\nTestfirma;Halle\n", encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(ImportFileError) as excinfo:
            read_rows(path)
    finally:
        path.chmod(0o644)
    message = str(excinfo.value)
    assert message.startswith(f"Die Datei „{name}“ darf nicht gelesen werden")
    _german(message)


def test_permission_denied_later_on_is_german_too(tmp_path, monkeypatch):
    """The file becomes unreadable between the first look and the reader (or the
    process runs as root, which the test above cannot show)."""
    path = tmp_path / "Liste.csv"
    path.write_text("Firma;Ort\nTestfirma;Halle\n", encoding="utf-8")

    def denied(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(ImportFileError) as excinfo:
        read_rows(path)
    message = str(excinfo.value)
    assert message.startswith("Die Datei „Liste.csv“ darf nicht gelesen werden")
    _german(message)


def test_a_part_named_by_the_workbook_but_missing_is_german(tmp_path):
    path = _workbook(tmp_path / "lücke.xlsx")
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist() if n != "xl/worksheets/sheet1.xml"}
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    with pytest.raises(ImportFileError) as excinfo:
        read_rows(path)
    _german(str(excinfo.value))
    assert "„lücke.xlsx“" in str(excinfo.value)


def test_the_cli_says_in_german_what_is_wrong_with_files(db_url, tmp_path, capsys):
    from wba_desktop.cli import main

    path = _workbook(tmp_path / "partner.xlsx")
    args = ["--db", db_url, "import", str(path), "--dry-run"]
    latin = tmp_path / "alt.json"
    latin.write_bytes('{"columns": [], "sheet": "Übersicht"}'.encode("cp1252"))
    for extra, expected in (
        (["--mapping", str(tmp_path / "fehlt.json")], "Zuordnungsdatei „fehlt.json“ gibt es"),
        (["--mapping", str(tmp_path)], f"Zuordnungsdatei „{tmp_path.name}“ ist ein Ordner"),
        (["--mapping", str(latin)], "Zuordnungsdatei „alt.json“ ist beschädigt"),
        (["--save-mapping", str(tmp_path / "nix" / "z.json")], "nicht als „"),
    ):
        assert main([*args, *extra]) == 2
        err = capsys.readouterr().err
        assert err.startswith("Fehler: ") and expected in err, err
        _german(err)
    assert main(["--db", db_url, "import", str(tmp_path / "weg.csv")]) == 2
    err = capsys.readouterr().err
    assert "„weg.csv“ gibt es nicht" in err and "Traceback" not in err
    _german(err)
