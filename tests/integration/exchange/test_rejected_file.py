"""The file of rejected import rows goes through the export's formula guard: no cell of
a formula-like text is ever a formula, in xlsx or CSV. All names are invented."""

from __future__ import annotations

import csv
from datetime import date

import openpyxl
import pytest

from wba_desktop.exchange.mapping import suggest
from wba_desktop.exchange.rejected import RejectedRow, column_letter, write_rejected
from wba_desktop.exchange.safety import FORMULA_STARTS
from wba_desktop.services.importing.service import ImportService, write_rejected_xlsx

#: OWASP's formula starts, their full-width forms, and what a hostile CSV carries
CORPUS = [
    '=HYPERLINK("http://x","y")',
    "=1+2",
    "+49 340 502200",
    "-1+1",
    "@SUM(A1:A2)",
    "\tTAB=1+1",
    "\r=1+1",
    "＝1+2",
    "＋1",
    "－1+1",
    "＠SUM(1)",
    "=cmd|' /C calc'!A0",
    "Harmlos GmbH",
]


def _rows() -> list[RejectedRow]:
    return [
        RejectedRow(
            row_no=i + 2,
            name=text,  # a hostile name too
            reasons=[f"Spalte B „E-Mail“: „{text}“ ist keine gültige E-Mail-Adresse."],
            cells=[text, text, date(2024, 3, 5), 6844, None],
        )
        for i, text in enumerate(CORPUS)
    ]


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]


def test_xlsx_has_no_formula_cell_and_keeps_the_texts(tmp_path):
    out = tmp_path / "abgelehnt.xlsx"
    headers = ["=Firma()", "E-Mail", "Datum", "PLZ"]
    assert write_rejected(headers, _rows(), out, source="kontakte.csv") == len(CORPUS)
    wb = openpyxl.load_workbook(out)
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]] == [
        "Zeile", "Betrifft", "Gründe", "=Firma()", "E-Mail", "Datum", "PLZ", "Spalte E",
    ]  # fmt: skip
    for i, text in enumerate(CORPUS):
        row = [c.value for c in ws[i + 2]]
        expected = text.replace("\r", "\n")  # XML reads a lone CR as a line end
        assert row[0] == i + 2
        assert row[1] in (text, expected) and row[3] in (text, expected)
        assert text.strip() in row[2]
        assert row[5:7] == ["05.03.2024", 6844]
        if text[0] in FORMULA_STARTS:
            assert ws.cell(i + 2, 4).quotePrefix and ws.cell(i + 2, 4).data_type == "s"
    info = {r[0]: r[1] for r in wb["Info"].iter_rows(values_only=True)}
    assert info["Quelldatei"] == "kontakte.csv"


def test_csv_neutralises_the_formula_starts(tmp_path):
    out = tmp_path / "abgelehnt.csv"
    assert write_rejected(["Firma", "E-Mail"], _rows(), out) == len(CORPUS)
    with open(out, encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f, delimiter=";"))
    assert lines[0][:4] == ["Zeile", "Betrifft", "Gründe", "Firma"]
    for i, text in enumerate(CORPUS):
        name, first = lines[i + 1][1], lines[i + 1][3]
        for value in (name, first):
            if text.startswith("+49 "):  # a German number: national form, no guard needed
                assert value == "0" + text.removeprefix("+49 ")
            elif text[0] in FORMULA_STARTS:
                assert value == "'" + text  # a spreadsheet shows it as the text
            else:
                assert value == text


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_rejected_rows_of_a_hostile_csv_import(services, tmp_path, suffix):
    """Plain CSV text like ``=1+2`` comes back as text in the file of rejected rows."""
    source = tmp_path / "kontakte.csv"
    lines = ["Firma;Vorname;Nachname;E-Mail;Telefon"]
    for text in CORPUS[:5]:
        lines.append(f"{text.replace(';', ',')};Anna;Beispiel;kaputt@;{text}")
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    from wba_desktop.exchange.spreadsheet import read_rows

    rows = read_rows(source)
    plan = ImportService(services.uow).plan(rows, suggest(rows), source_name=source.name)
    assert len(plan.rejected) == 5
    out = tmp_path / f"abgelehnt.{suffix}"
    assert write_rejected_xlsx(plan, out) == 5
    if suffix == "xlsx":
        ws = openpyxl.load_workbook(out).worksheets[0]
        assert not [c for row in ws.iter_rows() for c in row if c.data_type == "f"]
        assert ws["D2"].value == '=HYPERLINK("http://x","y")'.replace(";", ",")
        assert ws["B2"].value.endswith("/ Anna Beispiel")
    else:
        text = out.read_text(encoding="utf-8-sig")
        assert "'=1+2" in text and ";0340 502200" in text
        assert "\n=" not in text and ";=" not in text


def test_rejected_file_in_english(tmp_path):
    from wba_desktop import i18n

    i18n.set_language("en")
    try:
        out = tmp_path / "rejected.xlsx"
        write_rejected(["Firma", "E-Mail"], _rows()[:1], out, source="contacts.csv")
    finally:
        i18n.set_language("de")
    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[0]
    assert ws.title == "Rejected rows"
    header = [c.value for c in ws[1]]
    assert header[:5] == ["Row", "Concerns", "Reasons", "Firma", "E-Mail"]
    assert header[5:] == ["Column C", "Column D", "Column E"]  # the file's own letters
    info = {r[0]: r[1] for r in wb["Info"].iter_rows(values_only=True)}
    assert info["Source file"] == "contacts.csv"
