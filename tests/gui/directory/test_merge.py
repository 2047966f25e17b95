"""Merging through the window: „Mögliche Duplikate“ lists the pair, the merge dialog
takes a field from record B, „Zusammenführen“ leaves one record with everything, the
list refreshes; „Kein Duplikat“ takes a pair off; two marked list rows open the
dialog from the context menu's „Zusammenführen mit …“."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QRadioButton
from sqlalchemy import select

from tests.gui.conftest import type_text
from wba_desktop.models import Affiliation, Organisation
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.views.directory.duplicates_window import DuplicatesWindow
from wba_desktop.views.directory.merge_dialog import MergeDialog

LEFT = Qt.MouseButton.LeftButton
SHOTS = Path(os.environ.get("WBA_SHOTS13", "/tmp/shots13"))


@pytest.fixture
def pair(services) -> tuple[int, int, int]:
    kind = services.reference.organisation_types()[0].id
    region = services.reference.regions()[0].id
    a = services.organisations.create(
        OrganisationData(
            name="Bildungswerk Auenland GmbH", type_id=kind, city="Auenstadt", region_id=region
        )
    ).id
    b = services.organisations.create(
        OrganisationData(
            name="Bildungswerk Auenland",
            type_id=kind,
            city="auenstadt",
            street="Lindenweg 4",
            region_id=region,
            notes="Ansprechpartnerin wechselt im Sommer",
        ),
        allow_duplicate=True,
    ).id
    person = services.people.create(PersonData(last_name="Testfrau", first_name="Anna")).id
    with services.uow() as uow:
        uow.session.add(Affiliation(person_id=person, organisation_id=b))
        uow.commit()
    return a, b, person


def _click_row(qtbot, table, row: int) -> None:
    pos = table.visualRect(table.model().index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), LEFT, pos=pos)


def _pick(qtbot, dialog, name: str) -> None:
    """Click a field's radio button where a user does: on its circle."""
    button = dialog.findChild(QRadioButton, name)
    qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.resize(1280, 800)
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / name))


def test_merge_from_the_duplicates_window(qtbot, window, services, pair):
    a, b, person = pair
    window.act_duplicates.trigger()
    dup = window.merge_commands.window
    assert isinstance(dup, DuplicatesWindow) and dup.isVisible()
    qtbot.waitUntil(lambda: dup.loaded, timeout=10000)
    page = dup.pages["organisations"]
    assert page.model.rowCount() == 1
    assert page.model.record(0).reason == "gleicher Name und Ort"
    assert not page.merge_button.isEnabled()
    _click_row(qtbot, page.table, 0)
    _shot(dup, "duplicates_window.png")
    qtbot.mouseClick(page.merge_button, LEFT)
    dialog = dup.merge_dialog
    assert isinstance(dialog, MergeDialog) and dialog.isVisible()
    assert dialog.keep_a.isChecked()  # record A stays unless chosen otherwise
    assert "1 Zuordnung wird übernommen" in dialog.summary.text()
    # blanks are filled from B by default; the name is taken from B by hand
    assert dialog.findChild(QRadioButton, "pick_street_b").isChecked()
    _pick(qtbot, dialog, "pick_name_b")
    _shot(dialog, "merge_dialog.png")
    dialog.resize(980, 680)
    qtbot.mouseClick(dialog.merge_button, LEFT)
    assert dialog.merged is not None
    qtbot.waitUntil(lambda: dup.loaded and page.model.rowCount() == 0, timeout=10000)
    with services.uow() as uow:
        s = uow.session
        assert s.get(Organisation, b) is None
        org = s.get(Organisation, a)
        assert (org.name, org.street, org.notes) == (
            "Bildungswerk Auenland",
            "Lindenweg 4",
            "Ansprechpartnerin wechselt im Sommer",
        )
        assert (
            s.scalar(select(Affiliation.organisation_id).where(Affiliation.person_id == person))
            == a
        )
    # the list refreshed through the change bus: one organisation left
    window.organisations.ensure_loaded()
    qtbot.waitUntil(lambda: window.organisations.model.rowCount() == 1, timeout=3000)


def test_dismiss_a_pair(qtbot, window, services, pair):
    a, b, _person = pair
    dup = window.merge_commands.show_duplicates()
    qtbot.waitUntil(lambda: dup.loaded, timeout=10000)
    page = dup.pages["organisations"]
    _click_row(qtbot, page.table, 0)
    qtbot.mouseClick(page.dismiss_button, LEFT)
    assert page.model.rowCount() == 0
    assert services.duplicates.candidates("organisations") == []
    assert services.organisations.get(b)  # nothing deleted


def test_merge_two_marked_rows_from_the_list(qtbot, window, services, pair):
    a, b, _person = pair
    view = window.organisations
    view.ensure_loaded()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=3000)
    _click_row(qtbot, view.table, 0)
    pos = view.table.visualRect(view.model.index(1, 0)).center()
    qtbot.mouseClick(view.table.viewport(), LEFT, Qt.KeyboardModifier.ControlModifier, pos)
    assert len(view.selected_ids()) == 2 and window.act_merge.isEnabled()
    assert window.act_merge in view.table.actions()
    window.act_merge.trigger()
    dialog = window.merge_commands.dialog
    assert isinstance(dialog, MergeDialog)
    qtbot.mouseClick(dialog.keep_b, LEFT)  # B stays: A's values are the other's now
    assert dialog.survivor_id() == dialog.preview.b.id
    qtbot.mouseClick(dialog.merge_button, LEFT)
    assert dialog.merged.survivor_id == dialog.preview.b.id
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3000)


def test_merge_two_people_keeps_the_objection(qtbot, window, services):
    from datetime import date

    from wba_desktop.models import Person

    a = services.people.create(
        PersonData(last_name="Testfrau", first_name="Anna", email="anna@example.org")
    ).id
    b = services.people.create(
        PersonData(
            last_name="Testfrau",
            first_name="Anna-Lena",
            email="Anna@Example.org",
            mobile="0171 2345678",
        ),
        allow_duplicate=True,
    ).id
    with services.uow() as uow:
        uow.session.get(Person, b).objected_on = date(2026, 3, 2)
        uow.commit()
    window.show_area("people")
    dup = window.merge_commands.show_duplicates()
    page = dup.pages["people"]
    assert dup.tabs.currentWidget() is page  # the tab of the list in front
    qtbot.waitUntil(lambda: dup.loaded and page.model.rowCount() == 1, timeout=10000)
    assert page.model.record(0).reason == "gleiche E-Mail-Adresse"
    _click_row(qtbot, page.table, 0)
    qtbot.mouseClick(page.merge_button, LEFT)
    dialog = dup.merge_dialog
    _pick(qtbot, dialog, "pick_first_name_b")
    _shot(dialog, "merge_dialog_people.png")
    dialog.resize(980, 680)
    qtbot.mouseClick(dialog.merge_button, LEFT)
    with services.uow() as uow:
        p = uow.session.get(Person, a)
        assert (p.first_name, p.mobile, p.objected_on) == (
            "Anna-Lena",
            "+49 171 2345678",
            date(2026, 3, 2),
        )
        assert uow.session.get(Person, b) is None


def test_merge_with_a_record_picked_by_name(qtbot, window, services, pair):
    from wba_desktop.views.directory.merge_commands import PartnerDialog

    a, b, _person = pair
    view = window.organisations
    view.ensure_loaded()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=3000)
    _click_row(qtbot, view.table, 0)
    first = view.current_id()
    partner = window.merge_commands.merge_selected()
    assert isinstance(partner, PartnerDialog) and partner.isVisible()
    other_label = (
        "Bildungswerk Auenland (auenstadt)"
        if first == a
        else ("Bildungswerk Auenland GmbH (Auenstadt)")
    )
    type_text(qtbot, partner.picker, "Bildungswerk")
    partner.picker.refresh_choices()
    assert partner.picker.choose(other_label)
    qtbot.mouseClick(partner.next_button, LEFT)
    dialog = window.merge_commands.dialog
    assert isinstance(dialog, MergeDialog)
    assert {dialog.preview.a.id, dialog.preview.b.id} == {a, b}
    qtbot.mouseClick(dialog.findChild(QPushButton, "mergeButton"), LEFT)
    assert dialog.merged.survivor_id == first
