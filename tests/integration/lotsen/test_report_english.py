"""The Lotsen report for an English user: sheets, headings, labels and validation in
English; the numbers are those of the German report (same fixture, conftest.py)."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from wba_desktop import i18n
from wba_desktop.errors import ValidationError

FROM, TO = date(2026, 1, 1), date(2026, 3, 31)


@pytest.fixture(autouse=True)
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("de")


def test_xlsx_in_english(services, lotsen, tmp_path):
    path = services.lotsen_report.write_xlsx(tmp_path / "inquiries.xlsx", FROM, TO)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [
        "Overview", "By month", "By topic", "By district", "By WBA region", "By channel",
        "By outcome", "Partner",
    ]  # fmt: skip
    overview = {
        row[0]: row[1] for row in wb["Overview"].iter_rows(min_row=1, values_only=True) if row[0]
    }
    assert overview["Field"] == "Value"
    assert overview["Report"] == "Guidance service: inquiries and referrals"
    assert overview["Inquiries"] == 5 and overview["Referrals"] == 4
    assert overview["Median days to the first referral"] == 2
    assert overview["Filter"] == "none (all of Saxony-Anhalt)"
    assert any(str(k).startswith("Status „") for k in overview)
    month = next(wb["By month"].iter_rows(min_row=1, max_row=1, values_only=True))
    assert month[:3] == ("Month", "Inquiries", "Referrals")
    assert all(h.startswith("of which ") for h in month[3:])
    channels = {r[0]: r[1:3] for r in wb["By channel"].iter_rows(min_row=2, values_only=True)}
    assert channels["Phone"] == (2, 2)  # stored as „Telefon“, shown in English
    partners = next(wb["Partner"].iter_rows(min_row=1, max_row=1, values_only=True))
    assert partners[0] == "Partner" and partners[-1] == "Success rate"


def test_bad_filters_are_refused_in_english(services, lotsen):
    with pytest.raises(ValidationError) as exc:
        services.lotsen_report.report(TO, FROM)
    assert "„from“ must be before „to“" in exc.value.errors["date_from"]
    with pytest.raises(ValidationError) as exc:
        services.lotsen_report.report(FROM, TO, wba_region="Mitte")
    assert exc.value.errors["wba_region"].startswith("Unknown WBA region „Mitte“; known are: ")
