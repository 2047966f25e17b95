"""Stammdaten › Einwilligungszwecke: add a purpose and deactivate it by clicking."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import type_text
from wba_desktop.views.directory.consent_forms import PurposeForm
from wba_desktop.views.directory.reference_dialog import ReferenceDialog

LEFT = Qt.MouseButton.LeftButton


def test_add_and_deactivate_a_purpose(qtbot, services):
    dialog = ReferenceDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(3)
    assert dialog.tabs.tabText(3) == "Einwilligungszwecke"
    assert dialog.purpose_table.model().rowCount() == 5
    qtbot.mouseClick(dialog.add_purpose_button, LEFT)
    form = dialog.form
    assert isinstance(form, PurposeForm)
    type_text(qtbot, form.name, "Mitgliederbefragung")
    type_text(qtbot, form.description, "Kurze Umfragen per E-Mail")
    qtbot.mouseClick(form.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.form is None)
    names = [p.name for p in services.consents.purposes(active_only=True)]
    assert names[-1] == "Mitgliederbefragung"
    # the new row is selected: edit it and switch it off
    qtbot.mouseClick(dialog.edit_purpose_button, LEFT)
    form = dialog.form
    assert form.name.text() == "Mitgliederbefragung"
    qtbot.waitExposed(form)
    form.active.setFocus()
    qtbot.keyClick(form.active, Qt.Key.Key_Space)
    assert not form.active.isChecked()
    qtbot.mouseClick(form.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.form is None)
    assert "Mitgliederbefragung" not in [
        p.name for p in services.consents.purposes(active_only=True)
    ]
    # a name that exists is refused in the form
    qtbot.mouseClick(dialog.add_purpose_button, LEFT)
    form = dialog.form
    type_text(qtbot, form.name, "fotos")
    qtbot.mouseClick(form.save_button, LEFT)
    assert form.isVisible() and "gibt es schon" in form.banner.text()
    form.reject()
