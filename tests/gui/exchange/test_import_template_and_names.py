"""Import wizard: „Vorlage herunterladen“ on the first page, and rejected rows shown with
the organisation and person they are about. All names are invented."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.gui.conftest import type_text
from wba_desktop.exchange.import_template import HELP_SHEET, SHEET
from wba_desktop.views.exchange.import_wizard import ImportWizard


def test_template_button_saves_the_template(qtbot, services, runner, tmp_path, monkeypatch):
    target = tmp_path / "meine vorlage"  # the suffix is added
    asked = []

    def fake_dialog(parent, title, name, filters):
        asked.append((title, name, filters))
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    wizard = ImportWizard(services, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    assert page.template_button.isVisible()
    qtbot.mouseClick(page.template_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "meine vorlage.xlsx"
    assert asked and asked[0][1] == "Importvorlage.xlsx" and "*.xlsx" in asked[0][2]
    assert saved.exists() and "Vorlage gespeichert" in page.message.text()
    wb = openpyxl.load_workbook(saved)
    assert wb.sheetnames == [SHEET, HELP_SHEET]
    assert "Einwilligung Newsletter" in [c.value for c in wb[SHEET][1]]
    # the saved template goes through the wizard without a rejected row
    type_text(qtbot, page.path, str(saved))
    assert page.load_sheets()
    wizard.next()
    wizard.next()
    assert wizard.preview.isComplete() and wizard.plan.rejected == []
    assert "Abgelehnte Zeilen: 0" in wizard.preview.summary.text()


def test_template_dialog_cancelled_writes_nothing(qtbot, services, runner, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    wizard = ImportWizard(services, runner)
    qtbot.addWidget(wizard)
    qtbot.mouseClick(wizard.file_page.template_button, Qt.MouseButton.LeftButton)
    assert wizard.file_page.message.text() == ""
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".xlsx"]


def test_rejected_rows_show_whom_they_are_about(qtbot, services, runner, tmp_path):
    source = tmp_path / "kontakte.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Firma", "Vorname", "Nachname", "E-Mail", "PLZ Ort"])
    ws.append(["Wirtschaftsförderung Musterkreis", "Anna", "Beispiel", "kaputt@", "6844"])
    ws.append(["Musterbetrieb GmbH", "Bert", "Erfunden", "bert@muster.example", "39104 Magdeburg"])
    ws.append([None, None, "Ohnefirma", "=1+2", None])
    ws["D4"].data_type = "s"  # text that looks like a formula, as a CSV would bring it
    wb.save(source)
    wizard = ImportWizard(services, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    type_text(qtbot, wizard.file_page.path, str(source))
    wizard.next()
    wizard.next()
    preview = wizard.preview
    preview.show_only.setCurrentIndex(preview.show_only.findData("rejected"))
    model = preview.model
    assert model.rowCount() == 2
    shown = [[model.index(r, c).data() for c in range(5)] for r in range(2)]
    assert shown[0][:4] == [2, "abgelehnt", "Wirtschaftsförderung Musterkreis", "Anna Beispiel"]
    assert "E-Mail" in shown[0][4]
    assert shown[1][2:4] == ["", "Ohnefirma"]
    out = tmp_path / "abgelehnt.xlsx"
    assert preview.save_rejected_to(str(out)) == 2
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows[1][:2] == (2, "Wirtschaftsförderung Musterkreis / Anna Beispiel")
    assert rows[2][:2] == (4, "Ohnefirma") and rows[2][6] == "=1+2"
    assert openpyxl.load_workbook(out).worksheets[0]["G3"].data_type == "s"
