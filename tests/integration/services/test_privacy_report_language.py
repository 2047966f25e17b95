"""The access report (Art. 15) goes to the person, not to the user: it is German when
the user works in English, while the user's own messages stay English and the
program's language is unchanged afterwards."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from tests.integration.services.privacy_support import all_text, make_namesakes
from wba_desktop import i18n
from wba_desktop.errors import NotFoundError, ServiceError

GERMAN_NOTE = "Ihre Kontaktdaten. Zweck:"


@pytest.fixture
def english():
    i18n.set_language("en")
    assert i18n._("ja") == "yes"  # the catalog is there: English would show
    yield
    i18n.set_language("de")


def test_report_and_xlsx_are_german_under_english(services, uow_factory, english, tmp_path):
    a, _b = make_namesakes(uow_factory)
    report = services.access_reports.report(a.id, today=date(2026, 7, 1))
    text = all_text(report)
    assert GERMAN_NOTE in text
    assert "Your contact details" not in text
    assert report.section("Datenschutz").rows  # section titles German
    assert i18n.language() == "en"  # the switch was local to the report
    path = services.access_reports.write(a.id, tmp_path / "auskunft.xlsx")
    wb = openpyxl.load_workbook(path)
    cells = [str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row]
    assert any(GERMAN_NOTE in c for c in cells)
    assert "nein" in cells or "ja" in cells
    assert "yes" not in cells and "no" not in cells
    assert i18n.language() == "en"
    assert i18n._("ja") == "yes"


def test_no_data_letter_is_german_under_english(services, english):
    report = services.access_reports.no_data_report("Erika Beispiel")
    assert "keine Daten gespeichert" in "\n".join(report.letter)
    assert i18n.language() == "en"


def test_the_users_errors_stay_english(services, english, tmp_path):
    with pytest.raises(NotFoundError, match="There is no person with the number 999999"):
        services.access_reports.report(999999)
    with pytest.raises(ServiceError) as caught:
        services.access_reports.find_person("")
    assert "Please" in str(caught.value)
