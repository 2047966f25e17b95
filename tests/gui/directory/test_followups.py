"""Follow-ups and contact cadence through the window: a follow-up set in the contact
dialog appears in the list „Wiedervorlagen“ and on the start page, „Erledigt“ takes it
off; bad dates read German in the dialog; the organisation's cadence is saved; the list
„Kontakt überfällig“ opens the organisation and records a contact; actions the login
may not use are disabled."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import type_text
from wba_desktop.services.directory.activities import ActivityData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.permissions import Permissions
from wba_desktop.views.directory.activity_dialog import ActivityDialog
from wba_desktop.views.directory.followup_window import FollowUpWindow
from wba_desktop.views.directory.organisation_dialog import OrganisationDialog
from wba_desktop.views.shell import menus

LEFT = Qt.MouseButton.LeftButton
TODAY = date.today()


def _open(cls):
    found = [
        w
        for top in QApplication.topLevelWidgets()
        for w in [top, *top.findChildren(cls)]
        if isinstance(w, cls) and w.isVisible()
    ]
    assert found, f"no open {cls.__name__}"
    return found[-1]


def _double_click_row(qtbot, table, row: int) -> None:
    pos = table.visualRect(table.model().index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), LEFT, pos=pos)
    qtbot.mouseDClick(table.viewport(), LEFT, pos=pos)


@pytest.fixture
def org(services) -> tuple[int, str]:
    kinds = {t.name: t.id for t in services.reference.organisation_types()}
    name = "Jobcenter Wiesengrund"
    return services.organisations.create(
        OrganisationData(name=name, type_id=kinds["Jobcenter"])
    ).id, name


def test_follow_up_from_the_dialog_to_the_list_and_done(qtbot, window, services, org):
    services.set_user_name("Jana Ostwald")
    dialog = ActivityDialog(services, organisation=org, parent=window)
    dialog.open()
    assert dialog.due_on.text() == "keine" and dialog.done_on.text() == "offen"
    assert dialog.responsible.itemText(0) == "Jana Ostwald"  # one's own name first
    type_text(qtbot, dialog.subject, "Förderbescheid nachfragen")
    qtbot.mouseClick(dialog.due_in_two_weeks, LEFT)
    assert dialog.due_on.value() == TODAY + timedelta(days=14)
    assert dialog.responsible.currentText() == "Jana Ostwald"
    qtbot.mouseClick(dialog.save_button(), LEFT)
    assert dialog.saved is not None, dialog.banner.text()
    services.activities.save(
        ActivityData(TODAY - timedelta(days=9), organisation_id=org[0], subject="Rückruf",
                     due_on=TODAY - timedelta(days=3), responsible="Timo Brenner")
    )  # fmt: skip

    window.act_followups.trigger()
    win = _open(FollowUpWindow)
    assert win.tabs.currentIndex() == FollowUpWindow.FOLLOW_UPS
    win.when.setCurrentIndex(2)  # alle offenen
    subjects = [r.subject for r in win.model.rows()]
    assert subjects == ["Rückruf", "Förderbescheid nachfragen"]
    assert win.model.index(0, 1).data() == "3 Tage überfällig"
    win.who.setCurrentIndex(0)  # nur meine
    assert [r.subject for r in win.model.rows()] == ["Förderbescheid nachfragen"]
    win.who.setCurrentIndex(1)
    win.when.setCurrentIndex(0)  # überfällig
    assert [r.subject for r in win.model.rows()] == ["Rückruf"]

    win.table.selectRow(0)
    qtbot.mouseClick(win.done_button, LEFT)
    assert win.model.rows() == []
    assert win.empty.isVisible()
    (done,) = [a for a in services.activities.history(organisation_id=org[0]) if a.data.done_on]
    assert done.data.subject == "Rückruf" and done.data.done_on == TODAY


def test_double_click_opens_the_contact_with_its_follow_up(qtbot, window, services, org):
    services.activities.save(
        ActivityData(TODAY - timedelta(days=2), organisation_id=org[0], subject="Messe",
                     due_on=TODAY + timedelta(days=1), responsible="Timo Brenner")
    )  # fmt: skip
    win = window.followup_commands.show_window()
    _double_click_row(qtbot, win.table, 0)
    dialog = _open(ActivityDialog)
    assert dialog.subject.text() == "Messe"
    assert dialog.due_on.value() == TODAY + timedelta(days=1)
    assert dialog.responsible.currentText() == "Timo Brenner"
    qtbot.mouseClick(dialog.done_today, LEFT)
    qtbot.mouseClick(dialog.save_button(), LEFT)
    assert dialog.saved is not None
    assert win.model.rows() == []  # the window reloaded after the save


def test_a_future_contact_marked_done_reads_german_and_saves_nothing(qtbot, window, services, org):
    dialog = ActivityDialog(services, organisation=org, parent=window)
    dialog.open()
    dialog.happened_on.set_value(TODAY + timedelta(days=3))
    dialog.due_on.set_value(TODAY + timedelta(days=10))
    qtbot.mouseClick(dialog.done_today, LEFT)
    qtbot.mouseClick(dialog.save_button(), LEFT)
    assert dialog.saved is None
    assert "in der Zukunft" in dialog.banner.text()
    assert services.activities.history(organisation_id=org[0]) == []


def test_start_page_card_counts_and_opens_the_list(qtbot, window, services, org):
    for days, subject in ((-5, "Alt"), (-1, "Gestern"), (2, "Bald"), (30, "Später")):
        services.activities.save(
            ActivityData(TODAY - timedelta(days=100), organisation_id=org[0], subject=subject,
                         due_on=TODAY + timedelta(days=days))
        )  # fmt: skip
    window.show_area("start")
    card = window.start.followups
    qtbot.waitUntil(lambda: window.start.loaded)
    assert card.isVisible()
    assert card.heading.text() == "Wiedervorlagen (3)"
    assert [r.subject for r in card.model.rows()] == ["Alt", "Gestern", "Bald"]
    assert card.model.index(0, 1).data() == "5 Tage überfällig"
    text = card.summary.text()
    assert "2 überfällig, 1 in den nächsten 7 Tagen" in text
    assert "Kontakt überfällig: 1 Organisationen" in text  # the Jobcenter, never contacted
    card.table.setFocus()
    card.table.setCurrentIndex(card.model.index(0, 2))
    qtbot.keyClick(card.table, Qt.Key.Key_Return)  # the follow-up's organisation
    assert _open(OrganisationDialog).org_id == org[0]
    _open(OrganisationDialog).close()
    card.summary.linkActivated.emit("cadence")
    win = _open(FollowUpWindow)
    assert win.tabs.currentIndex() == FollowUpWindow.CADENCE
    assert [r.name for r in win.cadence_model.rows()] == [org[1]]


def test_cadence_list_opens_the_organisation_and_records_a_contact(qtbot, window, services, org):
    win = window.followup_commands.show_window(FollowUpWindow.CADENCE)
    assert win.cadence_model.index(0, 3).data() == "nie kontaktiert"
    _double_click_row(qtbot, win.cadence_table, 0)
    org_dialog = _open(OrganisationDialog)
    assert org_dialog.org_id == org[0]
    org_dialog.close()
    win.cadence_table.selectRow(0)
    qtbot.mouseClick(win.contact_button, LEFT)
    dialog = _open(ActivityDialog)
    assert dialog.organisation.current_id() == org[0]
    qtbot.mouseClick(dialog.save_button(), LEFT)
    assert dialog.saved is not None
    assert win.cadence_model.rows() == []  # in touch again


def test_cadence_field_in_the_organisation_dialog_is_saved(qtbot, window, services, org):
    dialog = window.open_organisation(org[0])
    assert dialog.cadence.text() == "wie Art (90 Tage)"
    dialog.cadence.setFocus()
    dialog.cadence.selectAll()
    type_text(qtbot, dialog.cadence, "45")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert services.organisations.get(org[0]).data.contact_cadence_days == 45
    dialog.type.setCurrentIndex(dialog.type.findText("Unternehmen"))
    dialog.cadence.setValue(0)
    assert dialog.cadence.text() == "wie Art (keine Vorgabe)"


def test_apply_permissions_disables_what_the_login_may_not_do(window):
    window.act_audit_log = window.act_reference.__class__("Änderungsprotokoll", window)
    denied = Permissions(can_erase=False, can_restore=False, can_read_audit=False)
    disabled = menus.apply_permissions(window, denied)
    assert {"act_restore", "act_transfer", "act_audit_log"} <= set(disabled)
    assert not window.act_restore.isEnabled() and not window.act_audit_log.isEnabled()
    assert "Berechtigung" in window.act_restore.toolTip()
    assert window.act_backup.isEnabled() is False  # a dump reads the audit log
    assert window.act_settings.isEnabled()
    assert menus.apply_permissions(window, Permissions()) == []
