"""„Zuständig für“ in the organisation dialog: ticking districts (and the „ganz
Sachsen-Anhalt“ shortcut) with the mouse reaches the database, and a saved coverage
comes back ticked."""

from __future__ import annotations

import os

from PySide6.QtCore import QPoint, Qt

from tests.gui.conftest import type_text
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.views.directory.organisation_dialog import OrganisationDialog

SHOTS = os.environ.get("WBA_SHOTS_DIR", "")


def _click_item(qtbot, field, name: str) -> None:
    """Click the check box of the district ``name`` (left edge of its cell)."""
    item = field.item(name)
    rect = field.list.visualItemRect(item)
    qtbot.mouseClick(
        field.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.left() + 10, rect.center().y()),
    )


def _kinds(services) -> dict[str, int]:
    return {t.name: t.id for t in services.reference.organisation_types()}


def test_choose_districts_and_save(qtbot, services):
    dialog = OrganisationDialog(services)
    qtbot.addWidget(dialog)
    dialog.resize(1280, 800)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.name, "Agentur für Arbeit Testbezirk")
    dialog.type.setCurrentIndex(dialog.type.findText("Agentur für Arbeit"))
    dialog.region.setCurrentIndex(dialog.region.findText("Harz"))
    field = dialog.coverage
    for name in ("Harz", "Salzlandkreis", "Börde"):
        _click_item(qtbot, field, name)
    assert field.summary.text() == "3 Landkreis(e) gewählt"
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        dialog.grab().save(os.path.join(SHOTS, "organisation_dialog_coverage.png"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    org_id = dialog.org_id
    assert org_id is not None
    regions = {r.id: r.name for r in services.reference.regions()}
    assert {regions[i] for i in services.coverage.of(org_id)} == {"Harz", "Salzlandkreis", "Börde"}

    # the shortcut: the whole state, then untick one district again
    qtbot.mouseClick(field.whole_state, Qt.MouseButton.LeftButton)
    assert len(field.ids()) == 14 and field.whole_state.isChecked()
    _click_item(qtbot, field, "Stendal")
    assert not field.whole_state.isChecked()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    covered = {regions[i] for i in services.coverage.of(org_id)}
    assert len(covered) == 13 and "Stendal" not in covered
    rows = services.audit.for_record("organisation", org_id)
    assert any(c.field == "Zuständig für" for r in rows for c in r.changes)


def test_saved_coverage_comes_back_ticked(qtbot, services):
    regions = {r.name: r.id for r in services.reference.regions()}
    org = services.organisations.create(
        OrganisationData(
            name="Landesamt Testfeld",
            type_id=_kinds(services)["Landesbehörde / Ministerium"],
            coverage_region_ids=list(regions.values()),
        )
    )
    dialog = OrganisationDialog(services, org.id)
    qtbot.addWidget(dialog)
    assert dialog.coverage.whole_state.isChecked()
    assert dialog.coverage.ids() == sorted(regions.values())
    assert not dialog.has_changes()
    if SHOTS:
        dialog.resize(1280, 800)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(os.path.join(SHOTS, "organisation_dialog_state_wide.png"))
