"""The whole directory flow through the forms: create, link, relate, find."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from tests.gui.conftest import answer, type_text
from wba_desktop.services.directory.organisations import OrganisationFilter
from wba_desktop.services.directory.people import PersonFilter
from wba_desktop.views.directory.affiliation_dialog import AffiliationDialog
from wba_desktop.views.directory.organisation_dialog import OrganisationDialog
from wba_desktop.views.directory.person_dialog import PersonDialog
from wba_desktop.views.directory.relation_dialog import RelationDialog
from wba_desktop.views.shell.search_dialog import SearchDialog


def _active_dialog(cls):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    found += [
        w
        for top in QApplication.topLevelWidgets()
        for w in top.findChildren(cls)
        if w.isVisible() and w not in found
    ]
    assert found, f"no open {cls.__name__}"
    return found[-1]


def _new_org(qtbot, window, name, kind, region, city, postcode="", email="") -> OrganisationDialog:
    window.organisations.setFocus()
    window.show_area("organisations")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = _active_dialog(OrganisationDialog)
    type_text(qtbot, dialog.name, name)
    dialog.type.setCurrentIndex(dialog.type.findText(kind))
    dialog.region.setCurrentIndex(dialog.region.findText(region))
    type_text(qtbot, dialog.postcode, postcode)
    type_text(qtbot, dialog.city, city)
    type_text(qtbot, dialog.email, email)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return dialog


def _open_from_list(qtbot, window, view, record_id, cls):
    window.show_area(view.table_name)
    assert view.select_id(record_id)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    return _active_dialog(cls)


def test_create_link_relate_and_find(qtbot, window, services):
    ihk = _new_org(
        qtbot,
        window,
        "IHK Magdeburg",
        "Kammer (IHK)",
        "Magdeburg",
        "Magdeburg",
        "39104",
        "info@ihk.example",
    )
    ihk_id = ihk.org_id
    assert ihk_id is not None, ihk.banner.text()
    ihk.close()
    firm = _new_org(
        qtbot,
        window,
        "Schröder Anlagenbau GmbH",
        "Unternehmen",
        "Anhalt-Bitterfeld",
        "Köthen (Anhalt)",
        "06366",
    )
    firm_id = firm.org_id
    assert firm_id is not None
    firm.close()
    assert window.organisations.model.rowCount() == 2

    # a person through the form
    window.show_area("people")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    person = _active_dialog(PersonDialog)
    person.salutation.setCurrentIndex(person.salutation.findText("Frau"))
    person.academic_title.setCurrentText("Dr.")
    type_text(qtbot, person.first_name, "Änne")
    type_text(qtbot, person.last_name, "Müller")
    type_text(qtbot, person.email, "aenne.mueller@ihk.example")
    type_text(qtbot, person.phone, "0391 5693100")
    qtbot.waitUntil(person.isActiveWindow, timeout=2000)
    qtbot.keyClick(person.phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    person_id = person.person_id
    assert person_id is not None, person.banner.text()

    # link the person to the IHK from the person's side
    qtbot.mouseClick(person.affiliations.add_button, Qt.MouseButton.LeftButton)
    link = _active_dialog(AffiliationDialog)
    type_text(qtbot, link.organisation, "ihk")
    link.organisation.refresh_choices()
    assert link.organisation.choose("IHK Magdeburg (Magdeburg)")
    type_text(qtbot, link.function, "Referentin Weiterbildung")
    qtbot.mouseClick(link.save_button(), Qt.MouseButton.LeftButton)
    assert link.result() == QDialog.DialogCode.Accepted
    assert person.affiliations.model.rowCount() == 1
    person.close()

    # relate the company to the IHK from the company's side
    firm = _open_from_list(qtbot, window, window.organisations, firm_id, OrganisationDialog)
    firm.tabs.setCurrentIndex(2)
    qtbot.mouseClick(firm.relations.add_button, Qt.MouseButton.LeftButton)
    rel = _active_dialog(RelationDialog)
    rel.select_kind("ist Mitglied von")
    type_text(qtbot, rel.other, "magdeburg")
    rel.other.refresh_choices()
    assert rel.other.choose("IHK Magdeburg (Magdeburg)")
    qtbot.mouseClick(rel.save_button(), Qt.MouseButton.LeftButton)
    assert rel.result() == QDialog.DialogCode.Accepted
    assert [r.label for r in firm.relations.model.rows()] == ["ist Mitglied von"]
    firm.close()

    # the IHK sees the relation the other way round, and its person
    ihk = _open_from_list(qtbot, window, window.organisations, ihk_id, OrganisationDialog)
    assert [(r.label, r.other_name) for r in ihk.relations.model.rows()] == [
        ("hat als Mitglied", "Schröder Anlagenbau GmbH")
    ]
    assert [a.person_name for a in ihk.people.model.rows()] == ["Dr. Änne Müller"]
    ihk.close()

    # the database holds exactly that
    (row,) = services.people.rows(services.people.list_ids(PersonFilter()))
    assert (row.organisation, row.function, row.phone, row.email) == (
        "IHK Magdeburg",
        "Referentin Weiterbildung",
        "+49 391 5693100",
        "aenne.mueller@ihk.example",
    )
    rels = services.relations.for_organisation(firm_id)
    assert [(r.source_id, r.target_id) for r in rels] == [(firm_id, ihk_id)]
    assert window.people.model.rowCount() == 1

    # global search with German spellings
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    search = _active_dialog(SearchDialog)
    type_text(qtbot, search.query, "koethen")
    qtbot.waitUntil(lambda: search.hits() == [("organisation", firm_id)], timeout=2000)
    search.query.clear()
    type_text(qtbot, search.query, "mueller")
    qtbot.waitUntil(lambda: search.hits() == [("person", person_id)], timeout=2000)
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    opened = _active_dialog(PersonDialog)
    assert opened.person_id == person_id


def test_invalid_input_names_field_and_saves_nothing(qtbot, window, services):
    dialog = _new_org(
        qtbot,
        window,
        "Stadtverwaltung Zeitz",
        "Kommune / Landkreis",
        "Burgenlandkreis",
        "Zeitz",
        "0671",
        "rathaus@@zeitz",
    )
    assert dialog.org_id is None
    text = dialog.banner.text()
    assert "PLZ" in text and "E-Mail" in text
    assert dialog.postcode.toolTip().startswith("PLZ")
    assert services.organisations.count(OrganisationFilter(active=None)) == 0


def test_duplicate_warning_offers_to_create_anyway(qtbot, window, services):
    first = _new_org(qtbot, window, "Müller Straßenbau GmbH", "Unternehmen", "Harz", "Wernigerode")
    assert first.org_id is not None, first.banner.text()
    first.close()
    second = _new_org(qtbot, window, "Mueller Strassenbau", "Unternehmen", "Harz", "Wernigerode")
    text = answer(qtbot, "Abbrechen")
    assert "Müller Straßenbau GmbH" in text
    assert services.organisations.count(OrganisationFilter()) == 1
    qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)
    answer(qtbot, "Trotzdem anlegen")
    assert second.org_id is not None
    assert services.organisations.count(OrganisationFilter()) == 2


def test_closing_with_unsaved_changes_asks(qtbot, window, services):
    dialog = _new_org(
        qtbot,
        window,
        "Kreishandwerkerschaft Harz",
        "Fach-/Branchenverband oder Innung",
        "Harz",
        "Halberstadt",
    )
    assert dialog.org_id is not None
    type_text(qtbot, dialog.street, "Domplatz 1")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    answer(qtbot, "Abbrechen")
    assert dialog.isVisible()  # stays open, nothing lost
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    answer(qtbot, "Speichern")
    assert not dialog.isVisible()
    assert services.organisations.get(dialog.org_id).data.street == "Domplatz 1"

    again = _open_from_list(qtbot, window, window.organisations, dialog.org_id, OrganisationDialog)
    type_text(qtbot, again.street, " a")
    again.reject()
    answer(qtbot, "Verwerfen")
    assert services.organisations.get(again.org_id).data.street == "Domplatz 1"
