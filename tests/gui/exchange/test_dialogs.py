"""Export, e-mail and import dialogs, clicked through and checked against files and DB."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWizard

from tests.gui.conftest import type_text
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData, OrganisationFilter
from wba_desktop.services.directory.people import PersonData, PersonFilter
from wba_desktop.services.listing import Sort
from wba_desktop.views.exchange.export_dialog import ExportDialog
from wba_desktop.views.exchange.import_wizard import ImportWizard
from wba_desktop.views.exchange.mail_dialog import MailDialog


@pytest.fixture
def people(services):
    types = {t.name: t.id for t in services.reference.organisation_types()}
    org = services.organisations.create(
        OrganisationData(
            name="Bildungswerk Börde gGmbH",
            type_id=types["Weiterbildungsträger"],
            street="Lindenallee 3",
            postcode="39340",
            city="Haldensleben",
        )
    )
    ids = []
    for i, (sal, last, email) in enumerate(
        [
            ("Frau", "Köhler", "koehler@example.org"),
            ("Herr", "Weiß", "weiss@example.org"),
            ("Frau", "Schäfer", ""),
        ]
    ):
        p = services.people.create(
            PersonData(
                salutation=sal,
                last_name=last,
                first_name="Jo",
                title="Dr." if i == 0 else "",
                email=email,
            )
        )
        services.affiliations.save(
            AffiliationData(person_id=p.id, organisation_id=org.id, function="Bildungsberatung")
        )
        ids.append(p.id)
    return ids


def test_export_people_with_mail_merge_to_xlsx(qtbot, services, people, tmp_path, runner):
    dialog = ExportDialog(
        services,
        runner,
        "people",
        "Personen",
        PersonFilter(),
        Sort(),
        ["name", "organisation", "email"],
    )
    qtbot.addWidget(dialog)
    assert "3 Personen" in dialog.summary.text()
    target = tmp_path / "personen.xlsx"
    dialog.path.setText(str(target))
    dialog.mail_merge.setChecked(True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert target.exists() and "3 Zeilen" in dialog.status.text()
    assert dialog.open_button.isVisible() or not dialog.isVisible()
    ws = openpyxl.load_workbook(target).worksheets[0]
    header = [c.value for c in ws[1]]
    assert header[:3] == ["Name", "Organisation", "E-Mail"]
    assert "Briefanrede" in header
    letters = [
        row[header.index("Briefanrede")] for row in ws.iter_rows(min_row=2, values_only=True)
    ]
    assert "Sehr geehrte Frau Dr. Köhler," in letters


def test_export_format_switch_and_bad_folder(qtbot, services, people, tmp_path, runner):
    dialog = ExportDialog(services, runner, "people", "Personen", PersonFilter())
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "kontakte.xlsx"))
    dialog.set_format("vcf")
    assert dialog.path.text().endswith("kontakte.vcf")
    assert not dialog.mail_merge.isEnabled()
    dialog.start()
    text = (tmp_path / "kontakte.vcf").read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 3 and "Köhler" in text
    dialog.path.setText(str(tmp_path / "fehlt" / "x.csv"))
    dialog.start()
    assert "gibt es nicht" in dialog.status.text()


def click_radio(qtbot, button) -> None:
    """Click on the label of a radio button (its centre may lie beyond the text)."""
    pos = QPoint(8, button.height() // 2)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=pos)


def test_csv_shows_the_postcode_hint(qtbot, services, people, runner):
    dialog = ExportDialog(services, runner, "people", "Personen", PersonFilter())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.csv_hint.isVisible()
    click_radio(qtbot, dialog.format_buttons["csv"])
    assert dialog.csv_hint.isVisible()
    assert "führende Null" in dialog.csv_hint.text() and ".xlsx" in dialog.csv_hint.text()
    assert dialog.path.text().endswith(".csv")
    assert not dialog.for_print.isEnabled()  # printing is what the workbook is for
    assert min(b.height() for b in dialog.format_buttons.values()) >= 15  # not squeezed
    click_radio(qtbot, dialog.format_buttons["xlsx"])
    assert dialog.format_buttons["xlsx"].isChecked()
    assert not dialog.csv_hint.isVisible()


def test_export_for_print_has_few_columns_and_reads_at_8_pt(
    qtbot, services, people, tmp_path, runner
):
    from tests.printing import printed_font_pt

    dialog = ExportDialog(services, runner, "people", "Personen", PersonFilter())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.for_print.isVisible() and dialog.for_print.isEnabled()
    dialog.mail_merge.setChecked(True)
    qtbot.mouseClick(dialog.for_print, Qt.MouseButton.LeftButton)
    assert dialog.for_print.isChecked() and not dialog.mail_merge.isEnabled()
    target = tmp_path / "druck.xlsx"
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists(), timeout=5000)
    ws = openpyxl.load_workbook(target).worksheets[0]
    header = [c.value for c in ws[1]]
    assert header == ["Name", "Organisation", "Funktion", "E-Mail", "Telefon"]
    assert ws.sheet_properties.pageSetUpPr.fitToPage and printed_font_pt(ws) >= 8


def test_organisation_export_offers_no_vcard(qtbot, services, people, runner):
    dialog = ExportDialog(services, runner, "organisations", "Organisationen", OrganisationFilter())
    qtbot.addWidget(dialog)
    assert set(dialog.format_buttons) == {"xlsx", "csv"}
    assert not dialog.mail_merge.isVisible()


def test_mail_dialog_batches_copy_and_missing(qtbot, services, people):
    dialog = MailDialog(services, "Beirat", PersonFilter())
    qtbot.addWidget(dialog)
    assert len(dialog.batch_buttons) == 1
    assert dialog.batches[0].url.startswith("mailto:?bcc=")
    assert "koehler@example.org" in dialog.batches[0].url
    assert dialog.missing.count() == 1 and "Schäfer" in dialog.missing.item(0).text()
    text = dialog.copy_addresses()
    assert QApplication.clipboard().text() == text
    assert text == "koehler@example.org; weiss@example.org"
    dialog.separator.setCurrentIndex(1)
    assert "," in dialog.batches[0].url or "%2C" in dialog.batches[0].url


def _write_sheet(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kontakte"
    ws.append(["Kontaktliste Netzwerk Süd"])
    ws.append([])
    ws.append(["Firma", "Anrede", "Vorname", "Nachname", "E-Mail", "PLZ Ort"])
    ws.append(
        ["Gießerei Zeitz GmbH", "Herrn", "Uwe", "Große", "uwe.grosse@example.org", "06712 Zeitz"]
    )
    ws.append(["Gießerei Zeitz GmbH", "Frau", "Ina", "Lößner", "kaputt@", "06712 Zeitz"])
    ws.append(
        [
            "Bildungswerk Börde gGmbH",
            "Frau",
            "Jo",
            "Köhler",
            "koehler@example.org",
            "39340 Haldensleben",
        ]
    )
    wb.save(path)


def test_import_wizard_end_to_end(qtbot, services, people, tmp_path, runner):
    source = tmp_path / "kontakte.xlsx"
    _write_sheet(source)
    before_orgs = services.organisations.count(OrganisationFilter(active=None))
    wizard = ImportWizard(services, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    type_text(qtbot, wizard.file_page.path, str(source))
    assert wizard.file_page.load_sheets()
    assert wizard.file_page.sheet.currentText() == "Kontakte"
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    ahead = wizard.lookups_ahead  # the matching data, read while the file was read
    assert ahead is not None
    assert wizard.mapping_page.header_row.value() == 3  # found below the title rows
    fields = wizard.mapping_page.mapping().fields()
    assert {"org_name", "salutation", "first_name", "last_name", "email", "postcode_city"} <= fields
    mapping_file = tmp_path / "zuordnung.json"
    wizard.mapping_page.save_to(str(mapping_file))
    assert "postcode_city" in mapping_file.read_text(encoding="utf-8")
    wizard.next()
    preview = wizard.preview
    assert preview.isComplete()
    assert ahead.take() is None  # the preview took it
    statuses = {r.row_no: r.status for r in wizard.plan.rows}
    assert statuses[5] == "rejected"  # the broken e-mail, named by its row
    assert any("E-Mail" in reason for reason in wizard.plan.rows[1].reasons)
    assert statuses[6] == "match"  # Köhler is already there
    assert "Abgelehnte Zeilen: 1" in preview.summary.text()
    rejected = tmp_path / "abgelehnt.xlsx"
    assert preview.save_rejected_to(str(rejected)) == 1
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Importieren"
    wizard.next()
    assert wizard.run_page.isComplete() and wizard.run_page.summary is not None
    assert "Import abgeschlossen" in wizard.run_page.status.text()
    # the database now holds the new organisation and person, the broken row not
    assert services.organisations.count(OrganisationFilter(active=None)) == before_orgs + 1
    found = services.people.list_ids(PersonFilter(text="grosse"))
    assert len(found) == 1
    (row,) = services.people.rows(found)
    assert (row.salutation, row.organisation) == ("Herr", "Gießerei Zeitz GmbH")
    assert services.people.list_ids(PersonFilter(text="loessner")) == []


def test_import_wizard_refuses_a_broken_file(qtbot, services, tmp_path, runner):
    bad = tmp_path / "kaputt.xlsx"
    bad.write_bytes(b"das ist keine Tabelle" * 50)
    wizard = ImportWizard(services, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(bad))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.message.text()  # a German message, no traceback


def test_relations_export_from_the_organisation_list(
    qtbot, window, services, people, tmp_path, runner
):
    from wba_desktop.services.directory.relations import RelationData

    types = {t.name: t.id for t in services.reference.organisation_types()}
    other = services.organisations.create(
        OrganisationData(name="IHK Magdeburg", type_id=types["Kammer (IHK)"])
    )
    (first,) = [o for o in services.organisations.list_ids() if o != other.id]
    services.relations.save(RelationData(source_id=first, target_id=other.id, type_id=3))
    window.show_area("organisations")
    window.act_export_relations.trigger()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog) and w.isVisible()
    )
    dialog._runner = runner
    dialog.path.setText(str(tmp_path / "beziehungen.xlsx"))
    dialog.start()
    ws = openpyxl.load_workbook(tmp_path / "beziehungen.xlsx").worksheets[0]
    values = [c for row in ws.iter_rows(values_only=True) for c in row]
    assert "ist Mitglied von" in values and "IHK Magdeburg" in values
