"""The import and relation templates in English: the explanations are English, while
the headers and the sample row stay German (what the import recognises and stores),
so the English template still imports unchanged."""

from __future__ import annotations

import openpyxl
import pytest

from wba_desktop import i18n
from wba_desktop.exchange.import_template import COLUMNS, SHEET
from wba_desktop.exchange.mapping import suggest
from wba_desktop.exchange.spreadsheet import read_rows
from wba_desktop.services.importing.service import ImportService


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("de")


def test_import_template_explains_in_english_and_imports_unchanged(
    services, uow_factory, english, tmp_path
):
    out = tmp_path / "template.xlsx"
    ImportService(services.uow).write_template(out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [SHEET, "Explanations"]
    assert wb.properties.title == "Import template"
    assert [c.value for c in wb[SHEET][1]][: len(COLUMNS)] == [c.header for c in COLUMNS]
    help_ws = wb["Explanations"]
    assert [c.value for c in help_ws[1]] == ["Column", "What goes in", "Form", "Required"]
    explained = {r[0]: r for r in help_ws.iter_rows(min_row=2, values_only=True) if r[0]}
    assert explained["PLZ"][1:] == ("Postcode", "5 digits, as text (06108 keeps its 0)", "no")
    assert explained["Organisation"][3] == "yes (organisation or last name)"
    assert explained["Größenklasse"][2].startswith("one of „")  # the stored words listed
    assert explained["Notes"][1].startswith("Each row is a person")
    rows = read_rows(out)
    plan = ImportService(uow_factory).plan(rows, suggest(rows), source_name=out.name)
    assert plan.rejected == [] and all(not r.warnings for r in plan.rows)


def test_relation_template_explains_in_english(services, english, tmp_path):
    out = tmp_path / "relations.xlsx"
    services.relation_importer.write_template(out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Beziehungen", "Explanations"]
    help_ws = wb["Explanations"]
    assert [c.value for c in help_ws[1]] == ["Column", "What goes in", "Required"]
    rows = list(help_ws.iter_rows(values_only=True))
    assert ("Stärke", "1 weak, 2 medium, 3 strong; empty: 2", "no") in rows
    assert ("Kind of relation", "from A (forward)", "from B (backward)") in rows
