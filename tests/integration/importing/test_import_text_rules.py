"""The text rules reach the importer: a messy row is rejected per row and field
(„Zeile 5, Spalte A „Firma“: höchstens 200 Zeichen …“), the clean rows are stored
normalised, and nothing of a rejected row is written. All names are invented."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import openpyxl
from sqlalchemy import func, select

from wba_desktop.exchange.mapping import suggest
from wba_desktop.exchange.spreadsheet import read_rows
from wba_desktop.models import Affiliation, Organisation, Person
from wba_desktop.services.importing.service import ImportService

HEADER = ["Firma", "Art", "Nachname", "Vorname", "Funktion"]
ROWS = [
    ["K" * 10_000, "Verein", "Kurz", "Karla", None],  # row 2: name too long
    [None, None, "\u200b\u200b", "Zora", None],  # row 3: last name invisible only
    ["Werkstatt\u202e Süd", "Verein", unicodedata.normalize("NFD", "Bärwald"), "Olga", None],
    ["Forum Nord", "Verein", "Lang", "V" * 101, None],  # row 5: first name too long
    ["Forum Ost", "Verein", "Quer", "Ida", "F" * 121],  # row 6: function too long
]


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    wb.save(path)
    return path


def test_a_messy_row_is_reported_per_row_and_field(services, uow_factory, tmp_path):
    rows = read_rows(_workbook(tmp_path / "partner.xlsx"), None)
    importer = ImportService(services.uow)
    plan = importer.plan(rows, suggest(rows))
    reasons = {r.row_no: r.reasons for r in plan.rows if r.status == "rejected"}
    assert sorted(reasons) == [2, 3, 5, 6]
    assert reasons[2] == ["Zeile 2, Spalte A „Firma“: höchstens 200 Zeichen (eingegeben: 10.000)."]
    assert reasons[3] == ["Zeile 3, Spalte C „Nachname“: Bitte ausfüllen."]
    assert reasons[5] == ["Zeile 5, Spalte D „Vorname“: höchstens 100 Zeichen (eingegeben: 101)."]
    assert reasons[6] == ["Zeile 6, Spalte E „Funktion“: höchstens 120 Zeichen (eingegeben: 121)."]

    summary = importer.apply(plan)
    assert summary.rows_rejected == 4
    with uow_factory() as uow:
        s = uow.session
        assert s.scalars(select(Organisation.name)).all() == ["Werkstatt Süd"]
        assert s.scalars(select(Person.last_name)).all() == ["Bärwald"]
        assert s.scalar(select(func.count()).select_from(Affiliation)) == 1
