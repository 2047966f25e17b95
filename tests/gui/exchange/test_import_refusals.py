"""The import wizard's first page refuses hostile and missing files with German
messages under the file field, typed in as a user would."""

from __future__ import annotations

import zipfile

import openpyxl
from PySide6.QtWidgets import QWizard

from tests.gui.conftest import type_text
from wba_desktop.views.exchange.import_wizard import ImportWizard

ENGLISH = ("Errno", "No such file", "Permission denied", "field", "Is a directory", "error")


def _wizard(qtbot, services, runner) -> ImportWizard:
    wizard = ImportWizard(services, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _refused(qtbot, wizard: ImportWizard, path: str) -> str:
    wizard.file_page.path.clear()
    type_text(qtbot, wizard.file_page.path, path)
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.file_page
    message = wizard.file_page.message.text()
    assert message and not [w for w in ENGLISH if w in message], message
    return message


def _workbook(path):
    wb = openpyxl.Workbook()
    wb.active.append(["Firma", "Ort"])
    wb.active.append(["Testwerk GmbH", "Zerbst/Anhalt"])
    wb.save(path)
    return path


def test_missing_files_folders_and_hostile_parts(qtbot, services, runner, tmp_path):
    wizard = _wizard(qtbot, services, runner)
    assert "„fehlt.xlsx“ gibt es nicht" in _refused(qtbot, wizard, str(tmp_path / "fehlt.xlsx"))
    assert "ist ein Ordner" in _refused(qtbot, wizard, str(tmp_path))
    hostile = _workbook(tmp_path / "bombe.xlsx")
    with zipfile.ZipFile(hostile) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    body = parts[sheet].decode("utf-8").split("?>", 1)[-1]
    parts[sheet] = (
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "aaaa">]>' + body
    ).encode("utf-16")
    with zipfile.ZipFile(hostile, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    message = _refused(qtbot, wizard, str(hostile))
    assert "„bombe.xlsx“" in message and f"„{sheet}“" in message and "XML-Bombe" in message


def test_a_missing_mapping_file_is_named_in_german(qtbot, services, runner, tmp_path):
    wizard = _wizard(qtbot, services, runner)
    type_text(qtbot, wizard.file_page.mapping_path, str(tmp_path / "zuordnung.json"))
    message = _refused(qtbot, wizard, str(_workbook(tmp_path / "kontakte.xlsx")))
    assert message.startswith("Die Zuordnungsdatei „zuordnung.json“ gibt es nicht.")
