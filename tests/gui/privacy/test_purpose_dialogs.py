"""The export and e-mail dialogs with a purpose: choosing „Newsletter“ leaves out the
people without consent and says so; the written file holds only the others."""

from __future__ import annotations

from datetime import date

import openpyxl
from PySide6.QtCore import Qt

from wba_desktop.services.directory.people import PersonData, PersonFilter
from wba_desktop.services.privacy.consents import GRANTED, WITHDRAWN, ConsentInput
from wba_desktop.services.privacy.facts import PrivacyFacts
from wba_desktop.views.exchange.export_dialog import ExportDialog
from wba_desktop.views.exchange.mail_dialog import MailDialog


def _three(services) -> dict[str, int]:
    """Olga (consented), Paul (withdrew), Rita (restricted, legitimate interest)."""
    ids = {}
    for first in ("Olga", "Paul", "Rita"):
        ids[first] = services.people.create(
            PersonData(first_name=first, last_name="Ortlepp", email=f"{first}@example.org")
        ).id
        basis = "berechtigtes Interesse" if first == "Rita" else "Einwilligung"
        services.privacy_facts.save(
            ids[first], PrivacyFacts(legal_basis=basis, restricted=first == "Rita")
        )
    for first in ("Olga", "Paul"):
        services.consents.record(ids[first], ConsentInput("Newsletter", GRANTED, date(2025, 1, 2)))
    services.consents.record(ids["Paul"], ConsentInput("Newsletter", WITHDRAWN, date.today()))
    return ids


def test_export_dialog_with_a_purpose(qtbot, services, runner, tmp_path):
    _three(services)
    dialog = ExportDialog(services, runner, "people", "Personen", PersonFilter())
    qtbot.addWidget(dialog)
    assert dialog.summary.text().startswith("2 Personen werden exportiert")
    assert "1 eingeschränkt" in dialog.summary.text()
    dialog.purpose.setCurrentIndex(dialog.purpose.findText("Newsletter"))
    assert dialog.summary.text().startswith("1 Personen werden exportiert")
    assert "1 Einwilligung widerrufen für „Newsletter“, 1 eingeschränkt." in dialog.summary.text()
    target = tmp_path / "newsletter.xlsx"
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "(1 Zeilen)" in dialog.status.text()
    assert "2 Personen nicht aufgenommen" in dialog.status.text()
    ws = openpyxl.load_workbook(target).worksheets[0]
    assert [r[0] for r in ws.iter_rows(min_row=2, values_only=True)] == ["Ortlepp, Olga"]


def test_mail_dialog_with_a_purpose(qtbot, services):
    _three(services)
    dialog = MailDialog(services, "Alle", PersonFilter())
    qtbot.addWidget(dialog)
    assert sorted(dialog.addresses) == ["Olga@example.org", "Paul@example.org"]
    assert dialog.left_out.text() == "1 Person nicht aufgenommen: 1 eingeschränkt."
    dialog.purpose.setCurrentIndex(dialog.purpose.findText("Newsletter"))
    assert dialog.addresses == ["Olga@example.org"]
    assert "1 Einwilligung widerrufen für „Newsletter“" in dialog.left_out.text()
