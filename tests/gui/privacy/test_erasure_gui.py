"""Anonymising in the window: the single erasure from the people list (Bearbeiten and the
context menu) and the review list with „Behalten …“ and „Anonymisieren …“."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import answer, message_box, type_text
from tests.integration.privacy import rich_person
from wba_desktop.models import Person
from wba_desktop.services.directory.people import PersonData

SHOTS = "/tmp"


def _select_person(qtbot, window, person_id: int) -> None:
    window.show_area("people")
    view = window.people
    view.ensure_loaded()
    qtbot.waitUntil(lambda: view.select_id(person_id), timeout=3000)


def test_anonymise_from_the_people_list(qtbot, window, services):
    rich = rich_person.build(services)
    _select_person(qtbot, window, rich.person_id)
    assert window.act_anonymise.isEnabled()
    assert window.act_anonymise in window.people.table.actions()  # the context menu
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Bearbeiten")
    assert window.act_anonymise in edit.actions()

    window.act_anonymise.trigger()
    qtbot.waitUntil(lambda: message_box() is not None, timeout=2000)
    box = message_box()
    assert f"„Dr. {rich_person.FIRST} {rich_person.LAST}“ unwiderruflich anonymisieren?" in (
        box.text()
    )
    assert "nicht rückgängig" in box.informativeText() and "Statistik" in box.informativeText()
    box.grab().save(f"{SHOTS}/p4-confirm-erasure.png")
    answer(qtbot, "Unwiderruflich anonymisieren")

    qtbot.waitUntil(lambda: message_box() is not None, timeout=15000)  # a worker thread
    text = answer(qtbot, "OK")
    assert "wurde unwiderruflich anonymisiert" in text
    p = services.people.get(rich.person_id)
    assert p.data.last_name == f"Person {rich.person_id} (anonymisiert)" and p.data.email == ""
    # the list refreshed through the change bus: the person is gone from it
    qtbot.waitUntil(lambda: not window.people.select_id(rich.person_id), timeout=3000)


def test_cancel_changes_nothing(qtbot, window, services):
    rich = rich_person.build(services)
    _select_person(qtbot, window, rich.person_id)
    window.act_anonymise.trigger()
    answer(qtbot, "Abbrechen")
    assert services.people.get(rich.person_id).data.email == rich_person.EMAIL


def _old_person(services, last: str) -> int:
    pid = services.people.create(PersonData(last_name=last, first_name="Ria")).id
    with services.uow() as uow:
        uow.session.get(Person, pid).created_at = datetime(2015, 3, 1)
        uow.commit()
    return pid


@pytest.fixture
def review(qtbot, window, services):
    ids = [_old_person(services, n) for n in ("Stillmann", "Altfeld", "Ruhland", "Leisemann")]
    services.people.create(PersonData(last_name="Neumann"))  # new: not on the list
    window.act_review_list.trigger()
    qtbot.waitUntil(lambda: window.erasure_actions.review_dialog is not None, timeout=2000)
    dialog = window.erasure_actions.review_dialog
    qtbot.waitExposed(dialog)
    return dialog, ids


def _select_rows(dialog, names: list[str]) -> None:
    sel = dialog.table.selectionModel()
    sel.clearSelection()
    for r in range(dialog.model.rowCount()):
        if dialog.model.record(r).name.split()[-1] in names:
            index = dialog.model.index(r, 0)
            sel.select(
                index,
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def test_review_list_menu_and_content(qtbot, window, review, qtmodeltester):
    dialog, ids = review
    extras = next(a.menu() for a in window.menuBar().actions() if a.text() == "E&xtras")
    privacy = next(a.menu() for a in extras.actions() if a.menu() is not None)
    assert privacy.title().replace("&", "") == "Datenschutz"
    assert window.act_review_list in privacy.actions()
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 4
    assert dialog.count_label.text() == "4 Personen ohne Kontakt"
    headers = [dialog.model.headerData(i, Qt.Orientation.Horizontal) for i in range(5)]
    assert headers == ["Name", "Organisation", "letzter Kontakt", "angelegt am", "Rechtsgrundlage"]
    assert dialog.model.index(0, 2).data() == "nie"
    assert not dialog.keep_button.isEnabled()
    _select_rows(dialog, ["Stillmann", "Altfeld", "Ruhland"])
    dialog.grab().save(f"{SHOTS}/p4-review-list.png")
    # fewer years: the setting is shared and the list follows
    dialog.years.setValue(20)
    assert window.services.review.years() == 20
    assert dialog.model.rowCount() == 0


def test_keep_with_reason(qtbot, window, services, review):
    dialog, ids = review
    _select_rows(dialog, ["Stillmann", "Altfeld"])
    assert dialog.keep_button.isEnabled()
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    keep = dialog.keep_dialog
    qtbot.waitExposed(keep)
    type_text(qtbot, keep.reason_edit, "Beiratsmitglied, Verlängerung läuft")
    keep.grab().save(f"{SHOTS}/p4-keep-dialog.png")
    keep.buttons.button(keep.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=2000)
    with services.uow() as uow:
        p = uow.session.get(Person, ids[0])
        assert p.review_note == "Beiratsmitglied, Verlängerung läuft"
        assert p.review_after > date.today() + timedelta(days=300)


def test_anonymise_three_from_the_list(qtbot, window, services, review):
    dialog, ids = review
    _select_rows(dialog, ["Stillmann", "Altfeld", "Ruhland"])
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: message_box() is not None, timeout=2000)
    box = message_box()
    assert box.text() == "3 Personen unwiderruflich anonymisieren?"
    box.grab().save(f"{SHOTS}/p4-confirm-bulk.png")
    answer(qtbot, "Unwiderruflich anonymisieren")
    qtbot.waitUntil(lambda: message_box() is not None, timeout=15000)  # a worker thread
    assert "3 Personen wurden unwiderruflich anonymisiert" in answer(qtbot, "OK")
    assert dialog.model.rowCount() == 1
    with services.uow() as uow:
        gone = [uow.session.get(Person, i).anonymised_on for i in ids]
    assert sum(d is not None for d in gone) == 3
    QApplication.processEvents()
