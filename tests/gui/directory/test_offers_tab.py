"""„Leistungen“ in the organisation dialog: add an offer by keyboard and mouse (topic,
target group, districts of its own, contact person, note), see it in the table and in
the database, edit it back to „wie Zuständigkeit“, remove it; and the topic page of the
Stammdaten dialog."""

from __future__ import annotations

import os

from PySide6.QtCore import QPoint, Qt

from tests.gui.conftest import answer, type_text
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.views.directory.organisation_dialog import OrganisationDialog
from wba_desktop.views.directory.reference_dialog import ReferenceDialog
from wba_desktop.views.directory.topic_form import TopicForm

SHOTS = os.environ.get("WBA_SHOTS_DIR", "")
LEFT = Qt.MouseButton.LeftButton


def _organisation(services) -> int:
    types = {t.name: t.id for t in services.reference.organisation_types()}
    regions = {r.name: r.id for r in services.reference.regions()}
    org = services.organisations.create(
        OrganisationData(
            name="Agentur für Arbeit Testbezirk",
            type_id=types["Agentur für Arbeit"],
            region_id=regions["Harz"],
            coverage_region_ids=[regions["Börde"]],
        )
    ).id
    person = services.people.create(PersonData(last_name="Beispiel", first_name="Berta")).id
    services.affiliations.save(AffiliationData(person_id=person, organisation_id=org))
    return org


def _click_district(qtbot, field, name: str) -> None:
    rect = field.list.visualItemRect(field.item(name))
    qtbot.mouseClick(field.list.viewport(), LEFT, pos=QPoint(rect.left() + 10, rect.center().y()))


def _shot(widget, name: str) -> None:
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        widget.grab().save(os.path.join(SHOTS, name))


def test_add_edit_and_remove_an_offer(qtbot, services):
    org_id = _organisation(services)
    dialog = OrganisationDialog(services, org_id)
    qtbot.addWidget(dialog)
    dialog.resize(1280, 800)
    dialog.show()
    qtbot.waitExposed(dialog)
    tab = dialog.offers
    dialog.tabs.setCurrentWidget(tab)
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Leistungen (0)"

    qtbot.mouseClick(tab.add_button, LEFT)
    offer = tab.dialog
    assert offer is not None
    qtbot.waitExposed(offer)
    qtbot.keyClicks(offer.topic, "Umsch")  # keyboard search in the combo
    assert offer.topic.currentText() == "Umschulung"
    offer.groups["KMU"].setFocus()
    qtbot.keyClick(offer.groups["KMU"], Qt.Key.Key_Space)
    assert offer.as_organisation.isChecked() and not offer.districts.isEnabled()
    qtbot.mouseClick(
        offer.as_organisation, LEFT, pos=QPoint(8, offer.as_organisation.height() // 2)
    )
    assert offer.districts.isEnabled()
    _click_district(qtbot, offer.districts, "Harz")
    _click_district(qtbot, offer.districts, "Mansfeld-Südharz")
    offer.contact.setFocus()
    qtbot.keyClicks(offer.contact, "Berta")
    assert offer.contact.currentText() == "Berta Beispiel"
    type_text(qtbot, offer.note, "Termine über die Hotline")
    _shot(offer, "offer_dialog.png")
    qtbot.mouseClick(offer.save_button(), LEFT)
    qtbot.waitUntil(lambda: tab.dialog is None)

    saved = services.offers.offers_of(org_id)
    regions = {r.id: r.name for r in services.reference.regions()}
    assert len(saved) == 1
    assert saved[0].topic_name == "Umschulung"
    assert saved[0].target_groups == ("KMU",)
    assert {regions[i] for i in saved[0].region_ids} == {"Harz", "Mansfeld-Südharz"}
    assert saved[0].contact_name == "Berta Beispiel"
    assert saved[0].note == "Termine über die Hotline"
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Leistungen (1)"
    model = tab.model
    assert [model.index(0, c).data() for c in range(5)] == [
        "Umschulung",
        "KMU",
        "Harz, Mansfeld-Südharz",
        "Berta Beispiel",
        "Termine über die Hotline",
    ]
    _shot(dialog, "organisation_dialog_offers.png")

    # edit: back to the organisation's seat and coverage
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.edit_button, LEFT)
    offer = tab.dialog
    assert offer.topic.currentText() == "Umschulung" and not offer.as_organisation.isChecked()
    offer.as_organisation.setFocus()
    qtbot.keyClick(offer.as_organisation, Qt.Key.Key_Space)
    qtbot.mouseClick(offer.save_button(), LEFT)
    qtbot.waitUntil(lambda: tab.dialog is None)
    assert services.offers.offers_of(org_id)[0].region_ids == ()
    assert model.index(0, 2).data() == "wie Zuständigkeit"

    # remove, after the question
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.remove_button, LEFT)
    assert "Umschulung" in answer(qtbot, "Entfernen")
    qtbot.waitUntil(lambda: model.rowCount() == 0)
    assert services.offers.offers_of(org_id) == []


def test_a_missing_topic_is_marked_and_nothing_saved(qtbot, services):
    org_id = _organisation(services)
    dialog = OrganisationDialog(services, org_id)
    qtbot.addWidget(dialog)
    dialog.offers.set_record(org_id, "Test")
    qtbot.mouseClick(dialog.offers.add_button, LEFT)
    offer = dialog.offers.dialog
    qtbot.mouseClick(offer.save_button(), LEFT)
    assert "Thema: Bitte wählen." in offer.banner.text()
    assert offer.isVisible()
    assert services.offers.offers_of(org_id) == []
    offer.reject()


def test_topics_page_in_the_stammdaten(qtbot, services):
    dialog = ReferenceDialog(services)
    qtbot.addWidget(dialog)
    dialog.resize(1280, 800)
    dialog.show()
    index = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())].index(
        "Themen der Leistungen"
    )
    dialog.tabs.setCurrentIndex(index)
    assert dialog.topic_table.model().rowCount() == 11
    qtbot.mouseClick(dialog.add_topic_button, LEFT)
    form = dialog.form
    assert isinstance(form, TopicForm)
    type_text(qtbot, form.name, "WEITERBILDUNGSBERATUNG")
    qtbot.mouseClick(form.save_button, LEFT)
    assert "gibt es schon" in form.banner.text()  # names are unique, any case
    form.name.clear()
    type_text(qtbot, form.name, "Gründungsberatung")
    qtbot.mouseClick(form.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.form is None)
    assert services.offers.topics()[-1].name == "Gründungsberatung"
    _shot(dialog, "reference_topics.png")
    # the new row is selected: switch it off
    qtbot.mouseClick(dialog.edit_topic_button, LEFT)
    form = dialog.form
    form.active.setFocus()
    qtbot.keyClick(form.active, Qt.Key.Key_Space)
    qtbot.mouseClick(form.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.form is None)
    assert "Gründungsberatung" not in [t.name for t in services.offers.topics()]
