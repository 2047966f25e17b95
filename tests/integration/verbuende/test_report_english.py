"""The Verbund report in English: sheet names, headings and labels come from the
catalog, the Verbund's own data is written as stored (the fixture Verbund of
``test_report``)."""

from __future__ import annotations

import openpyxl
import pytest

from tests.integration.verbuende.test_report import TODAY, verbund  # noqa: F401 - fixture
from wba_desktop import i18n

SHEETS = [
    "Training network",
    "Members",
    "Advisory board",
    "Tasks",
    "Key figures",
    "Health check",
    "Info",
]


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("de")


def test_report_is_english_with_the_data_as_stored(services, verbund, english, tmp_path):  # noqa: F811
    path = services.verbund_reports.write_report(verbund, tmp_path / "waf.xlsx", TODAY)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == SHEETS
    assert wb.properties.title.startswith("Training network report ")
    members = [c.value for c in wb["Members"][1]]
    assert members[:4] == ["Organisation", "Kind", "District", "Role"]
    assert "Contact person" in members and "Signed on" in members
    tasks = [c.value for c in wb["Tasks"][1]]
    assert tasks == ["Kind", "Title", "Due on", "Responsible", "Done", "Done on", "Overdue", "Note"]
    record = {r[0]: r[1] for r in wb["Training network"].iter_rows(values_only=True) if r[0]}
    assert record["Field"] == "Value"
    assert "Phase history" in record
    assert record["Short name"] == "WAF"  # the Verbund's own data stays as stored
    assert record["Funding programme"] == "Aufbau von Weiterbildungsverbünden"
    health = [v for row in wb["Health check"].iter_rows(values_only=True) for v in row if v]
    assert any(str(v).endswith("success factors met") for v in health)
    assert "Checked on" in health
    figures = [r[0] for r in wb["Key figures"].iter_rows(min_row=2, values_only=True)]
    assert "counted" in figures
    texts = [
        str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v
    ]
    for german in ("Mitglieder", "Erfolgsfaktoren", "Fällig am", "Phasenverlauf", "nein"):
        assert not any(german in t for t in texts), german
