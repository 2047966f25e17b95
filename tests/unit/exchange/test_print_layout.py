"""Printouts and the one spreadsheet guard, on the pure writers (no database).

The printed font size is computed from the written file (tests/printing.py), not
from the code that set it up. All names are invented.
"""

from __future__ import annotations

import ast
import csv
import io
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from tests.printing import formula_cells, printed_font_pt, repeated_columns
from wba_desktop.exchange import print_layout
from wba_desktop.exchange.access_report import AccessReport, ReportSection, write_access_xlsx
from wba_desktop.exchange.csv_export import write_csv
from wba_desktop.exchange.participant_list import (
    ParticipantRow,
    write_followup_report,
    write_participant_list,
)
from wba_desktop.exchange.table import ExportColumn, ExportTable, columns
from wba_desktop.exchange.verbund_report import (
    BoardRow,
    HealthRow,
    MemberRow,
    ReportField,
    TaskRow,
    VerbundReport,
    write_verbund_report,
)
from wba_desktop.exchange.xlsx_export import write_xlsx

#: Text a spreadsheet would run as a formula, from CSV-injection cheat sheets.
FORMULAS = [
    "=1+2",
    '=HYPERLINK("http://x.example","klick")',
    "+49 345 1234",
    "+43 1 234567",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "＝1+1",
    "=cmd|' /C calc'!A0",
    "=1+2\x07",  # with a control character XML cannot carry
]

WIDE = columns(
    "name:Name, first_name:Vorname, last_name:Nachname, organisation:Organisation, "
    "department:Abteilung, function:Funktion, email:E-Mail, phone:Telefon, mobile:Mobil, "
    "street:Straße, postcode:PLZ, city:Ort, region:Landkreis, wba:WBA-Region, "
    "active:Status, mm0:Anrede, mm1:Briefanrede, mm2:Adresszeile 1, mm3:Adresszeile 2, "
    "mm4:Adresszeile 3, mm5:Adresszeile 4, mm6:Adresszeile 5, mm7:Adresszeile 6"
)


def _wide_row(n: int) -> list[str]:
    org = "Gesellschaft für ausgedachte Weiterbildung und Fachkräftesicherung mbH"
    return [
        f"Fantasie-Nachname{n}, Erfundene",
        "Erfundene",
        f"Fantasie-Nachname{n}",
        org,
        "Personalentwicklung und Ausbildung",
        "Leiterin Weiterbildung",
        f"erfundene.fantasie-nachname{n}@gesellschaft-ausgedacht.example",
        "+49 345 000000",
        "+49 170 000000",
        "Erfundene Straße 123a",
        "06108",
        "Halle (Saale)",
        "Saalekreis",
        "Süd",
        "aktiv",
        "Frau",
        f"Sehr geehrte Frau Fantasie-Nachname{n},",
        org,
        f"Frau Erfundene Fantasie-Nachname{n}",
        "Personalentwicklung und Ausbildung",
        "Erfundene Straße 123a",
        "06108 Halle (Saale)",
        "",
    ]


def _table(cols: list[ExportColumn], rows: list[list], title: str = "Liste") -> ExportTable:
    return ExportTable(title, title, cols, rows, len(rows))


# -- the plan ------------------------------------------------------------------------------


def test_a_narrow_list_is_fitted_to_the_page_width():
    chosen = print_layout.plan([30.0] * 4)
    assert chosen.fit_to_width and chosen.scale == 1.0


def test_a_wide_list_prints_across_pages_at_a_readable_scale():
    chosen = print_layout.plan([25.0] * 25, title_columns=1)
    assert not chosen.fit_to_width
    assert chosen.printed_font_pt >= 8
    assert chosen.pages_across > 1 and chosen.title_columns == 1


def test_slightly_too_wide_still_fits_when_the_text_stays_readable():
    # 160 characters: about 88 % to fit one landscape page: 9.7 pt
    chosen = print_layout.plan([20.0] * 8)
    assert chosen.fit_to_width and 0.73 < chosen.scale < 1


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        ("kurz", 30, 1),
        ("ein Satz mit einigen Wörtern, der zweimal umbricht", 25, 3),
        ("erfundene.fantasie-nachname@gesellschaft-ausgedacht.example", 25, 3),
        ("Zeile eins\nZeile zwei", 30, 2),
    ],
)
def test_wrapped_lines(text, width, lines):
    assert print_layout.wrapped_lines(text, width) == lines


# -- list exports ----------------------------------------------------------------------------


def test_a_wide_list_prints_at_8_pt_or_more_with_the_names_on_every_page(tmp_path):
    path = tmp_path / "breit.xlsx"
    write_xlsx(
        [_table(WIDE, [_wide_row(n) for n in range(40)], "Personen")],
        path,
        title="Personen",
        info=[],
    )
    ws = openpyxl.load_workbook(path)["Personen"]
    assert printed_font_pt(ws) >= 8
    assert not ws.sheet_properties.pageSetUpPr.fitToPage
    assert repeated_columns(ws) == 1  # the name column (not Vorname, Nachname too)
    assert ws.print_title_rows in ("1:1", "$1:$1")
    assert ws.page_setup.pageOrder == "overThenDown"
    assert ws.oddFooter.right.text == "Seite &P von &N"
    assert ws.oddHeader.center.text == "Personen"


def test_a_narrow_list_still_fits_one_page_wide(tmp_path):
    path = tmp_path / "schmal.xlsx"
    cols = columns("name:Name, city:Ort, phone:Telefon")
    write_xlsx(
        [_table(cols, [["Fantasie GmbH", "Halle (Saale)", "0345 1"]], "Schmal & fein")],
        path,
        title="Schmal & fein",
        info=[],
    )
    ws = openpyxl.load_workbook(path)["Schmal & fein"]
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0
    assert printed_font_pt(ws) >= 8
    assert ws.oddHeader.center.text == "Schmal && fein"


def test_text_longer_than_its_column_wraps_instead_of_being_cut(tmp_path):
    path = tmp_path / "lang.xlsx"
    long_name = "Verbund " + "sehr langer erfundener Name " * 4
    rows = [["kurz", "x"]] * 5 + [[long_name, "x"]]
    write_xlsx([_table(columns("name:Name, note:Notiz"), rows)], path, title="T", info=[])
    ws = openpyxl.load_workbook(path)["Liste"]
    cell = ws["A7"]
    assert cell.value == long_name and cell.alignment.wrap_text


def test_info_sheet_fits_one_portrait_page_and_wraps_long_values(tmp_path):
    path = tmp_path / "info.xlsx"
    title = "Verteiler „" + "Erfundener Arbeitskreis Weiterbildung " * 3 + "“"
    write_xlsx(
        [_table(columns("name:Name"), [["a"]])],
        path,
        title=title,
        info=[("Inhalt", "Filter: " + "Landkreis Erfunden, " * 10)],
    )
    ws = openpyxl.load_workbook(path)["Info"]
    assert ws.page_setup.orientation == "portrait"
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert printed_font_pt(ws) >= 10  # both columns fit at (nearly) full size
    assert ws["B1"].value == title and ws["B1"].alignment.wrap_text
    assert ws["B2"].alignment.wrap_text


# -- reports ---------------------------------------------------------------------------------


def _verbund_report(text: str = "Notiz") -> VerbundReport:
    return VerbundReport(
        title="Erfundener Verbund Weiterbildung Altmark",
        record=[ReportField("Name", "Erfundener Verbund"), ReportField("Notiz", text)],
        members=[
            MemberRow(
                "Fantasiewerk GmbH mit einem ziemlich langen erfundenen Namen für den Umbruch",
                "Unternehmen",
                "Stendal",
                text,
                date(2024, 1, 1),
                None,
                "Absichtserklärung",
                date(2024, 2, 1),
                "Erfundene Person",
                "person@fantasie.example",
                "+49 3931 1",
            )
        ],
        board=[BoardRow("Erfundene Person", text, "Fantasiewerk GmbH", date(2024, 1, 1), None)],
        tasks=[TaskRow("Termin", text, date(2024, 3, 1), "Erfundene", False, None, True, text)],
        health=[HealthRow(1, "Bedarf", True, text, "")],
    )


def test_every_sheet_of_the_verbund_report_prints_readably_and_aligned_top(tmp_path):
    path = write_verbund_report(_verbund_report(), tmp_path / "verbund.xlsx")
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        assert printed_font_pt(ws) >= 8, ws.title
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    assert cell.alignment.vertical == "top", (ws.title, cell.coordinate)
    assert wb["Info"].page_setup.orientation == "portrait"


def test_participant_list_rows_grow_with_wrapped_lines_and_fonts_are_named(tmp_path):
    path = tmp_path / "teilnehmende.xlsx"
    mail = "erfundene.fantasie-nachname@gesellschaft-fuer-ausgedachte-weiterbildung.example"
    rows = [
        ParticipantRow("Erfundene Kurz", "Fantasie GmbH", email="k@f.example"),
        ParticipantRow("Erfundene Lang", "Fantasie GmbH", email=mail),
    ]
    write_participant_list(path, "Erfundene Tagung " * 8, "28.03.2026, Magdeburg", rows)
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert printed_font_pt(ws) >= 8
    assert ws.row_dimensions[5].height >= 30  # room to sign
    lines = print_layout.wrapped_lines(mail, ws.column_dimensions["E"].width)
    assert lines >= 3
    assert ws.row_dimensions[6].height >= 15 * lines
    assert ws.row_dimensions[1].height > 20  # the long title wraps in its merged row
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is not None:
                assert cell.font.name == "Calibri", cell.coordinate
                assert cell.alignment.vertical == "top", cell.coordinate


class _FollowUp:
    title = "=1+2"
    starts_at = datetime(2026, 3, 28, 10)
    location = "@Magdeburg"
    by_kind = ()
    by_district = ()
    totals = [("Eingeladen", 3)]


def test_every_font_in_exchange_has_a_name():
    """LibreOffice draws a cell without a font name in a serif font."""
    folder = Path(print_layout.__file__).parent
    unnamed = []
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            is_font = isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Font"
            if is_font and not any(k.arg == "name" for k in node.keywords):
                unnamed.append(f"{path.name}:{node.lineno}")
    assert unnamed == []


# -- one guard for every writer ------------------------------------------------------------


def test_no_writer_lets_a_formula_through(tmp_path):
    cols = columns("name:Name, note:Notiz")
    rows = [[f"Erfunden {i}", text] for i, text in enumerate(FORMULAS)]
    written = []
    write_xlsx(
        [_table(cols, [list(r) for r in rows], "=Liste")],
        tmp_path / "a.xlsx",
        title="=Titel",
        info=[("=Filter", "+Wert")],
    )
    written.append(tmp_path / "a.xlsx")
    text = "\n".join(FORMULAS)
    for i, formula in enumerate(FORMULAS):
        write_verbund_report(_verbund_report(formula), tmp_path / f"v{i}.xlsx")
        written.append(tmp_path / f"v{i}.xlsx")
    people = [ParticipantRow(f, f, f, f, f, f) for f in FORMULAS]
    write_participant_list(tmp_path / "p.xlsx", "=Titel", "+Untertitel", people)
    write_followup_report(tmp_path / "f.xlsx", _FollowUp())
    section = ReportSection("Kontakte", cols, [list(r) for r in rows], note="=Notiz")
    report = AccessReport("=Agentur", "@Erfunden", date(2026, 1, 1), [text], [section])
    write_access_xlsx(report, tmp_path / "s.xlsx")
    written += [tmp_path / "p.xlsx", tmp_path / "f.xlsx", tmp_path / "s.xlsx"]
    for path in written:
        wb = openpyxl.load_workbook(path)
        assert formula_cells(wb) == [], path.name
        for ws in wb.worksheets:  # and every sheet of every writer prints readably
            assert printed_font_pt(ws) >= 8, (path.name, ws.title)
    ws = openpyxl.load_workbook(tmp_path / "a.xlsx")["=Liste"]
    for r, formula in enumerate(FORMULAS, 2):
        cell = ws.cell(r, 2)
        # (XML reads a carriage return back as a line feed)
        expected = formula.replace("\x07", "").replace("\r", "\n")
        assert cell.value == expected and cell.data_type == "s" and cell.quotePrefix


def test_csv_guards_formulas_and_writes_german_phones_nationally(tmp_path):
    cols = columns("name:Name, note:Notiz, phone:Telefon")
    rows = [[f"Erfunden {i}", text, "+49 3445 78937"] for i, text in enumerate(FORMULAS)]
    write_csv(_table(cols, rows), tmp_path / "a.csv")
    text = (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
    read = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    for line in read[1:]:
        assert line[2] == "03445 78937"
    notes = [line[1] for line in read[1:]]
    assert notes[0] == "'=1+2"
    assert notes[2] == "0345 1234"  # a German number needs no guard
    assert notes[3] == "'+43 1 234567"  # a foreign one keeps it
    for note in notes:
        assert note[0] not in "=+-@\t\r＝＋－＠", note
