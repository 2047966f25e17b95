"""The import template („Vorlage“): what it holds, and that it imports unchanged."""

from __future__ import annotations

import openpyxl
from sqlalchemy import select

from wba_desktop.cli import main
from wba_desktop.exchange.import_template import COLUMNS, HELP_SHEET, SHEET
from wba_desktop.exchange.mapping import field_for_header, suggest
from wba_desktop.exchange.spreadsheet import read_rows
from wba_desktop.models import Organisation, Person
from wba_desktop.services.importing.service import ImportService


def test_template_layout(services, tmp_path):
    purposes = ImportService(services.uow).template_purposes()
    assert purposes and "Newsletter" in purposes
    out = tmp_path / "vorlage.xlsx"
    ImportService(services.uow).write_template(out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [SHEET, HELP_SHEET]
    ws = wb[SHEET]
    headers = [c.value for c in ws[1]]
    assert headers == [c.header for c in COLUMNS] + [f"Einwilligung {p}" for p in purposes]
    # every header is one the mapping recognises by itself, as the field it is for
    assert [field_for_header(h) for h in headers[: len(COLUMNS)]] == [c.field for c in COLUMNS]
    fields = [c.field for c in COLUMNS]
    assert max(fields.index(f) for f in ("org_name", "postcode", "tags")) < fields.index(
        "first_name"
    )  # organisation first
    assert ws["A1"].font.bold and ws.freeze_panes == "A2"
    plz = headers.index("PLZ") + 1
    assert ws.cell(2, plz).value == "06217" and ws.cell(2, plz).number_format == "@"
    assert all(ws.column_dimensions[c.column_letter].width >= 10 for c in ws[1])
    assert not [c for s in wb.worksheets for r in s.iter_rows() for c in r if c.data_type == "f"]
    help_ws = wb[HELP_SHEET]
    explained = {r[0]: r for r in help_ws.iter_rows(min_row=2, values_only=True) if r[0]}
    assert set(headers) <= set(explained)
    assert explained["Organisation"][3].startswith("ja") and explained["Titel"][3] == "nein"
    assert "5 Ziffern" in explained["PLZ"][2]
    # label and explanation on one printed page width
    assert help_ws.page_setup.fitToWidth == 1 and help_ws.sheet_properties.pageSetUpPr.fitToPage
    assert help_ws.page_setup.orientation == "landscape"


def test_the_template_imports_unchanged(services, uow_factory, tmp_path):
    out = tmp_path / "vorlage.xlsx"
    ImportService(services.uow).write_template(out)
    rows = read_rows(out)
    mapping = suggest(rows)
    assert len(mapping.columns) == len(COLUMNS)
    plan = ImportService(uow_factory).plan(rows, mapping, source_name=out.name)
    assert plan.rejected == [] and all(not r.warnings for r in plan.rows)
    assert len(plan.consent_columns) == len(ImportService(uow_factory).template_purposes())
    summary = ImportService(uow_factory).apply(plan)
    assert (summary.organisations_new, summary.people_new, summary.rows_rejected) == (1, 1, 0)
    assert summary.consents_recorded == 1
    with uow_factory() as uow:
        org = uow.session.scalars(select(Organisation)).one()
        person = uow.session.scalars(select(Person)).one()
        assert (org.postcode, org.city, org.region_id is not None) == ("06217", "Merseburg", True)
        assert (person.salutation, person.title, person.last_name) == ("Frau", "Dr.", "Mustermann")
        assert sorted(t.name for t in org.tags) == ["Fachkräftesicherung", "Weiterbildungsverbund"]
        assert sorted(r.name for r in org.coverage) == ["Halle (Saale)", "Saalekreis"]


def test_cli_writes_the_template(db_url, tmp_path, capsys):
    out = tmp_path / "vorlage.xlsx"
    assert main(["--db", db_url, "import", "--vorlage", str(out)]) == 0
    assert "Vorlage gespeichert" in capsys.readouterr().out
    assert openpyxl.load_workbook(out).sheetnames == [SHEET, HELP_SHEET]
    assert main(["--db", db_url, "import", str(out), "--dry-run"]) == 0
    assert "Organisationen: 1 neu" in capsys.readouterr().out
