"""The conflict dialog through the organisation form: another user saves the same
organisation while it is open; saving shows the fields with the other user's name,
and what the user chooses is what reaches the database. Deleting a changed record
asks first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import answer, type_text
from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import StaleEdit
from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.views.common.conflict_dialog import MINE, THEIRS, ConflictDialog
from wba_desktop.views.directory.organisation_dialog import OrganisationDialog


@pytest.fixture
def bernd(engine) -> Services:
    factory = UnitOfWorkFactory(engine)
    factory.user_name = "Bernd Beispiel"
    return Services.create(factory)


@pytest.fixture
def org_id(services) -> int:
    services.uow.user_name = "Anna Testfrau"
    kinds = {t.name: t.id for t in services.reference.organisation_types()}
    data = OrganisationData(
        name="Bildungshaus Musterstadt", type_id=kinds["Unternehmen"], city="Musterstadt"
    )
    return services.organisations.create(data).id


def _bernd_saves(bernd, org_id, **changes) -> None:
    d = bernd.organisations.get(org_id)
    data = d.data
    for name, value in changes.items():
        setattr(data, name, value)
    bernd.organisations.update(org_id, data, d.version)


def _edit(qtbot, services, org_id) -> OrganisationDialog:
    dialog = OrganisationDialog(services, org_id)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.mark_clean())  # close unasked
    dialog.show()
    return dialog


def _conflict(qtbot, dialog) -> ConflictDialog:
    qtbot.waitUntil(lambda: dialog.conflict_dialog is not None, timeout=2000)
    conflict = dialog.conflict_dialog
    qtbot.waitExposed(conflict)
    return conflict


def _click_cell(qtbot, table, row, col) -> None:
    rect = table.visualItemRect(table.item(row, col))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_choose_per_field_and_save(qtbot, services, bernd, org_id):
    dialog = _edit(qtbot, services, org_id)
    _bernd_saves(bernd, org_id, city="Neustadt", sectors="Metall")
    dialog.city.clear()
    type_text(qtbot, dialog.city, "Altstadt")
    dialog.sectors.clear()
    type_text(qtbot, dialog.sectors, "Pflege")
    type_text(qtbot, dialog.email, "info@bildungshaus.example")  # only mine
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    conflict = _conflict(qtbot, dialog)
    table = conflict.table
    assert "Bernd Beispiel" in conflict.headline.text()
    assert "Bernd Beispiel" in table.horizontalHeaderItem(THEIRS).text()
    rows = [table.item(r, 0).text().split("\n")[0] for r in range(table.rowCount())]
    assert rows == ["Ort", "Branchen"]
    assert (table.item(0, MINE).text(), table.item(0, THEIRS).text()) == ("Altstadt", "Neustadt")
    assert table.item(0, 3).text() == "Musterstadt"
    assert services.organisations.get(org_id).data.city == "Neustadt"  # nothing written yet

    _click_cell(qtbot, table, 1, THEIRS)  # their sectors, my city (both changed: mine)
    assert conflict.chosen("city") == "mine" and conflict.chosen("sectors") == "theirs"
    qtbot.mouseClick(conflict.selection_button, Qt.MouseButton.LeftButton)

    stored = services.organisations.get(org_id)
    assert (stored.data.city, stored.data.sectors, stored.data.email) == (
        "Altstadt",
        "Metall",
        "info@bildungshaus.example",
    )
    assert stored.version == 3 and not dialog.has_changes()
    assert dialog.sectors.text() == "Metall"


def test_take_theirs_shows_theirs_and_writes_nothing(qtbot, services, bernd, org_id):
    dialog = _edit(qtbot, services, org_id)
    _bernd_saves(bernd, org_id, city="Neustadt")
    dialog.city.clear()
    type_text(qtbot, dialog.city, "Altstadt")
    type_text(qtbot, dialog.phone, "0391 555555")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    conflict = _conflict(qtbot, dialog)
    qtbot.mouseClick(conflict.theirs_button, Qt.MouseButton.LeftButton)

    assert dialog.city.text() == "Neustadt" and dialog.phone.text() == ""
    assert not dialog.has_changes()
    stored = services.organisations.get(org_id)
    assert (stored.version, stored.data.city, stored.data.phone) == (2, "Neustadt", "")


def test_keep_mine_and_a_second_conflict_asks_again(qtbot, services, bernd, org_id):
    dialog = _edit(qtbot, services, org_id)
    _bernd_saves(bernd, org_id, city="Neustadt")
    dialog.city.clear()
    type_text(qtbot, dialog.city, "Altstadt")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    first = _conflict(qtbot, dialog)
    _bernd_saves(bernd, org_id, city="Zweitstadt")  # saved again while the user decides
    qtbot.mouseClick(first.mine_button, Qt.MouseButton.LeftButton)
    second = _conflict(qtbot, dialog)
    assert second is not first
    assert second.table.item(0, THEIRS).text() == "Zweitstadt"
    assert second.table.item(0, 3).text() == "Neustadt"  # the original is what was met
    assert services.organisations.get(org_id).data.city == "Zweitstadt"
    qtbot.mouseClick(second.mine_button, Qt.MouseButton.LeftButton)
    assert services.organisations.get(org_id).data.city == "Altstadt"


def test_cancel_keeps_the_form_and_writes_nothing(qtbot, services, bernd, org_id):
    dialog = _edit(qtbot, services, org_id)
    _bernd_saves(bernd, org_id, city="Neustadt")
    dialog.city.clear()
    type_text(qtbot, dialog.city, "Altstadt")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    conflict = _conflict(qtbot, dialog)
    qtbot.mouseClick(conflict.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.city.text() == "Altstadt" and dialog.has_changes()
    assert services.organisations.get(org_id).data.city == "Neustadt"


def test_delete_of_a_changed_record_asks(qtbot, window, services, bernd, org_id):
    window.show_area("organisations")
    view = window.organisations
    assert view.select_id(org_id)
    _bernd_saves(bernd, org_id, city="Neustadt")  # the list still shows version 1
    window.delete_selected()
    answer(qtbot, "Löschen")
    text = answer(qtbot, "Abbrechen")
    assert "Bildungshaus Musterstadt" in text and "Bernd Beispiel" in text
    assert "Trotzdem löschen?" in text
    assert services.organisations.get(org_id).data.city == "Neustadt"  # still there
    window.delete_selected()
    answer(qtbot, "Löschen")
    answer(qtbot, "Trotzdem löschen")
    with pytest.raises(Exception, match="nicht gefunden"):
        services.organisations.get(org_id)


def test_conflict_dialog_screenshot(qtbot, services, bernd, org_id):
    """A realistic conflict at its opening size: nothing clipped (looked at by eye)."""
    d = services.organisations.get(org_id)
    _bernd_saves(
        bernd, org_id, city="Neustadt", phone="0391 7654321", notes="Ansprechpartnerin neu"
    )
    mine = d.data.__class__(**{**d.data.__dict__, "city": "Altstadt", "influence": 4})
    with pytest.raises(StaleEdit) as info:
        services.organisations.update(org_id, mine, d.version, original=d.data)
    dialog = ConflictDialog(info.value)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    table = dialog.table
    for col in range(table.columnCount() - 1):  # every value fits its cell
        for row in range(table.rowCount()):
            item = table.item(row, col)
            need = table.fontMetrics().horizontalAdvance(item.text().split("\n")[0])
            assert need <= table.columnWidth(col), (item.text(), table.columnWidth(col))
    header = table.horizontalHeader()
    for col in range(table.columnCount() - 1):
        lines = table.horizontalHeaderItem(col).text().split("\n")
        need = max(header.fontMetrics().horizontalAdvance(line) for line in lines)
        assert need < table.columnWidth(col), (lines, table.columnWidth(col))
    assert header.height() >= header.fontMetrics().height() * 3  # three header lines shown
    dialog.grab().save("/tmp/h4-conflict.png")


def _save_meets_conflict(qtbot, dialog, edit, check) -> None:
    """Type ``edit`` into the open dialog, save, keep mine in the conflict dialog, and
    ``check()`` what reached the database."""
    edit()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    conflict = _conflict(qtbot, dialog)
    assert "Bernd Beispiel" in conflict.headline.text()
    qtbot.mouseClick(conflict.mine_button, Qt.MouseButton.LeftButton)
    check()


def test_person_event_and_verbund_dialogs_open_the_conflict_dialog(qtbot, services, bernd):
    from datetime import datetime

    from wba_desktop.services.directory.people import PersonData
    from wba_desktop.services.events.records import EventData
    from wba_desktop.services.verbuende.records import VerbundData
    from wba_desktop.views.directory.person_dialog import PersonDialog
    from wba_desktop.views.events.event_dialog import EventDialog
    from wba_desktop.views.verbuende.verbund_dialog import VerbundDialog

    person = services.people.create(PersonData(last_name="Probe", first_name="Paula"))
    event = services.events.create(
        EventData(
            title="Fachtag", starts_at=datetime(2031, 5, 6, 9), ends_at=datetime(2031, 5, 6, 15)
        )
    )
    verbund = services.verbuende.create(VerbundData(name="Probeverbund"))
    cases = [  # dialog, its field, the service, the record, the stored field (both change it)
        (PersonDialog(services, person.id), "first_name", bernd.people, person.id, "first_name"),
        (EventDialog(services, event.id), "title_edit", bernd.events, event.id, "title"),
        (VerbundDialog(services, verbund.id), "name", bernd.verbuende, verbund.id, "name"),
    ]
    for dialog, widget_name, theirs_service, rid, name in cases:
        qtbot.addWidget(dialog, before_close_func=lambda d: d.mark_clean())
        dialog.show()
        stored = theirs_service.get(rid)
        data = stored.data
        setattr(data, name, "Von Bernd")
        theirs_service.update(rid, data, stored.version)
        widget = getattr(dialog, widget_name)

        def edit(widget=widget) -> None:
            widget.clear()
            type_text(qtbot, widget, "Meins")

        def check(theirs_service=theirs_service, rid=rid, name=name) -> None:
            assert getattr(theirs_service.get(rid).data, name) == "Meins"

        _save_meets_conflict(qtbot, dialog, edit, check)
