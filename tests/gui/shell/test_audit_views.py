"""The audit log on screen: the "Änderungen" tab of a record dialog after a save made
through the form, the global Extras › Änderungsprotokoll with its filters and the
export, and the retention periods in the settings. Invented names only."""

from __future__ import annotations

import os
import time
from dataclasses import replace

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.gui.conftest import answer, type_text
from wba_desktop.app import prune_log_files
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.views.common import settings as keys
from wba_desktop.views.common.lazy_table import ROW_ROLE

LEFT = Qt.MouseButton.LeftButton
SHOTS = os.environ.get("WBA_P2_SHOTS")  # a folder: save screenshots there


def _org(services, name="Kammer Sonnenfeld", city="Halle"):
    types = {t.name: t.id for t in services.reference.organisation_types()}
    return services.organisations.create(
        OrganisationData(name=name, type_id=types["Kammer (IHK)"], city=city)
    )


def test_changes_tab_lists_a_save_made_in_the_form(qtbot, window, services):
    services.set_user_name("Frau Tabtest")
    org = _org(services)
    dialog = window.open_organisation(org.id)
    qtbot.waitExposed(dialog)
    dialog.city.clear()
    type_text(qtbot, dialog.city, "Köthen")
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    qtbot.keyClick(dialog.city, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.has_changes(), dialog.banner.text()
    dialog.tabs.setCurrentWidget(dialog.audit)
    qtbot.waitUntil(lambda: dialog.audit.model.rowCount() == 2, timeout=2000)
    newest, created = dialog.audit.rows()
    assert newest.action == "geändert" and created.action == "angelegt"
    assert newest.who.startswith("Frau Tabtest")  # (and the login in parentheses)
    assert newest.summary == "Ort: Halle → Köthen"
    assert "Art: – → Kammer (IHK)" in created.summary  # the kind's name, not its id
    view = dialog.audit.view
    assert view.model().index(0, 4).data() == "Ort: Halle → Köthen"
    if SHOTS:
        dialog.resize(1280, 800)
        qtbot.wait(50)
        dialog.grab().save(os.path.join(SHOTS, "p2-changes-tab.png"))
    # another save while the tab is shown reloads it
    detail = services.organisations.get(org.id)
    dialog.close()
    services.organisations.update(org.id, replace(detail.data, city="Zerbst"), detail.version)


def test_person_tab_shows_the_rows_about_the_person(qtbot, window, services):
    from wba_desktop.services.directory.affiliations import AffiliationData

    org = _org(services)
    p = services.people.create(PersonData(first_name="Ida", last_name="Tabellhaus"))
    services.affiliations.save(AffiliationData(person_id=p.id, organisation_id=org.id))
    dialog = window.open_person(p.id)
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentWidget(dialog.audit)
    qtbot.waitUntil(lambda: dialog.audit.model.rowCount() == 2, timeout=2000)
    labels = [r.what for r in dialog.audit.rows()]
    assert labels == ["Zuordnung „Ida Tabellhaus – Kammer Sonnenfeld“", ""]
    dialog.close()


def test_global_view_filters_by_user_and_exports(qtbot, window, services, tmp_path):
    services.set_user_name("Herr Eins")
    first = _org(services, "Verband Eins")
    services.set_user_name("Frau Zwei")
    _org(services, "Verband Zwei")
    services.people.create(PersonData(first_name="Uwe", last_name="Zweifel"))
    services.organisations.update(
        first.id, replace(first.data, city="Dessau-Roßlau"), first.version
    )
    dialog = window.database_commands.show_audit()
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == 4
    assert dialog.count.text() == "4 Einträge"
    assert [dialog.who.itemText(i) for i in range(dialog.who.count())][1:3] == [
        "Frau Zwei",
        "Herr Eins",
    ]
    dialog.who.setCurrentIndex(dialog.who.findText("Herr Eins"))
    assert dialog.model.rowCount() == 1
    row = dialog.model.index(0, 0).data(ROW_ROLE)
    assert row.record_label == "Organisation „Verband Eins“" and row.action == "angelegt"

    dialog.who.setCurrentIndex(dialog.who.findText("Frau Zwei"))
    dialog.kind.setCurrentIndex(dialog.kind.findText("Organisation"))
    assert dialog.model.rowCount() == 2
    type_text(qtbot, dialog.text, "roßlau")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=2000)
    assert dialog.model.index(0, 5).data() == "Ort: Halle → Dessau-Roßlau"
    if SHOTS:
        dialog.text.clear()
        dialog.who.setCurrentIndex(0)
        dialog.kind.setCurrentIndex(0)
        dialog.apply_filter()
        dialog.resize(1280, 800)
        qtbot.wait(50)
        dialog.grab().save(os.path.join(SHOTS, "p2-audit-global.png"))
        type_text(qtbot, dialog.text, "roßlau")
        dialog.who.setCurrentIndex(dialog.who.findText("Frau Zwei"))
        dialog.apply_filter()

    path = tmp_path / "protokoll.xlsx"
    dialog.export(chosen_path=path)
    answer(qtbot, "Schließen")
    ws = openpyxl.load_workbook(path)["Änderungen"]
    values = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert [(v[1], v[6], v[7], v[8]) for v in values] == [
        ("Frau Zwei", "Ort", "Halle", "Dessau-Roßlau")
    ]
    # nothing in the dialog edits or deletes an entry
    assert not dialog.view.editTriggers() & ~dialog.view.EditTrigger.NoEditTriggers
    texts = {b.text() for b in dialog.findChildren(type(dialog.export_button))}
    assert not {t for t in texts if "lösch" in t.lower() or "bearbeit" in t.lower()}, texts
    dialog.reject()


def test_retention_settings_and_old_log_files(qtbot, window, services, settings, tmp_path):
    dialog = window.database_commands.show_settings()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentWidget(dialog.privacy)
    assert dialog.privacy.audit_days.value() == 1095
    assert dialog.privacy.log_days.value() == 90
    assert dialog.privacy.review_years.value() == 3
    dialog.privacy.review_years.setValue(5)
    dialog.privacy.audit_days.setValue(730)
    dialog.privacy.log_days.setValue(14)
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), LEFT)
    assert not dialog.isVisible()
    assert services.audit.retention_days() == 730
    assert services.review.years() == 5
    assert settings.get(keys.LOG_RETENTION_DAYS) == 14

    folder = tmp_path / "logs"
    folder.mkdir()
    old, recent, current = (
        folder / n for n in ("wba-desktop.log.2", "wba-desktop.log.1", "wba-desktop.log")
    )
    for f in (old, recent, current):
        f.write_text("x")
    month_ago = time.time() - 30 * 86400
    os.utime(old, (month_ago, month_ago))
    os.utime(current, (month_ago, month_ago))
    assert prune_log_files(14, folder) == 1
    assert not old.exists() and recent.exists() and current.exists()


def test_pruning_at_start_removes_entries_past_the_retention(qtbot, window, services):
    from datetime import datetime

    from wba_desktop.models import AuditEntry

    _org(services)
    with services.uow() as uow:
        uow.session.add(
            AuditEntry(
                changed_at=datetime(2020, 1, 1), table_name="organisation", action="geändert"
            )
        )
        uow.commit()
    assert services.audit.count() == 2
    window.database_commands.prune_audit_log()
    qtbot.waitUntil(lambda: services.audit.count() == 1, timeout=5000)
