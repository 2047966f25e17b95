"""Verteiler in the window: create static and dynamic lists, add a selection, remove."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from tests.gui.conftest import answer, type_text
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.views.verteiler.add_dialog import AddToVerteilerDialog
from wba_desktop.views.verteiler.verteiler_dialog import VerteilerDialog


def _people(services):
    types = {t.name: t.id for t in services.reference.organisation_types()}
    regions = {r.name: r.id for r in services.reference.regions()}
    hwk = services.organisations.create(
        OrganisationData(
            name="Handwerkskammer Magdeburg",
            type_id=types["Kammer (HWK)"],
            region_id=regions["Magdeburg"],
        )
    )
    firm = services.organisations.create(
        OrganisationData(
            name="Tischlerei Wöhlert", type_id=types["Unternehmen"], region_id=regions["Börde"]
        )
    )
    ids = {}
    for last, org, function in (
        ("Adler", hwk, "Geschäftsführerin"),
        ("Bühler", hwk, "Referent"),
        ("Claußen", firm, "Inhaber"),
    ):
        p = services.people.create(
            PersonData(last_name=last, first_name="Kim", email=f"{last.lower()}@example.org")
        )
        services.affiliations.save(
            AffiliationData(person_id=p.id, organisation_id=org.id, function=function)
        )
        ids[last] = p.id
    return ids, types


def _dialog(qtbot, cls):
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(
        lambda: any(isinstance(w, cls) and w.isVisible() for w in QApplication.topLevelWidgets()),
        timeout=2000,
    )
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible())


def test_add_selected_people_to_a_new_verteiler(qtbot, window, services):
    ids, _ = _people(services)
    window.show_area("people")
    view = window.people
    view.reload()
    selection = view.table.selectionModel()
    for pid in (ids["Adler"], ids["Claußen"]):
        row = view.model.row_of(pid)
        selection.select(
            view.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    selection.setCurrentIndex(
        view.model.index(view.model.row_of(ids["Adler"]), 0),
        QItemSelectionModel.SelectionFlag.NoUpdate,
    )
    assert window.act_add_to_list.isEnabled()
    window.act_add_to_list.trigger()
    dialog = _dialog(qtbot, AddToVerteilerDialog)
    type_text(qtbot, dialog.new_name, "Einladung Handwerkstag")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    (v,) = services.verteiler.list_all()
    assert v.name == "Einladung Handwerkstag" and v.kind == "static"
    assert set(services.verteiler.member_ids(v.id)) == {ids["Adler"], ids["Claußen"]}

    # the Verteiler area shows it with its members; remove one member
    window.show_area("verteiler")
    area = window.verteiler
    assert area.lists.rowCount() == 1
    assert area.members.rowCount() == 2
    assert area.title.text() == "Einladung Handwerkstag"
    area.member_table.selectRow(area.members.row_of(ids["Claußen"]))
    qtbot.mouseClick(area.remove_button, Qt.MouseButton.LeftButton)
    assert services.verteiler.member_ids(v.id) == [ids["Adler"]]
    assert area.lists.record(0).members == 1


def test_dynamic_verteiler_through_the_filter_editor(qtbot, window, services):
    ids, types = _people(services)
    window.show_area("verteiler")
    area = window.verteiler
    assert "Noch kein Verteiler" in area.subtitle.text()
    qtbot.mouseClick(area.new_dynamic_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, VerteilerDialog)
    type_text(qtbot, dialog.name, "Kammern Nord")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "mindestens ein Merkmal" in dialog.banner.text()  # nothing saved yet
    assert services.verteiler.list_all() == []
    dialog.kinds.check("Kammer (HWK)")
    dialog.wba.check("Nord")
    dialog._update_count()
    assert "2 aktive Person" in dialog.count_label.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (v,) = services.verteiler.list_all()
    assert v.kind == "dynamic" and v.members == 2
    assert area.members.rowCount() == 2
    assert "Kammer (HWK)" in area.subtitle.text() and "Nord" in area.subtitle.text()
    assert not area.remove_button.isEnabled()  # members come from the filter

    # edit: narrow by function
    area.edit_list()
    edit = _dialog(qtbot, VerteilerDialog)
    type_text(qtbot, edit.functions, "geschäftsf")
    qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    assert services.verteiler.member_ids(v.id) == [ids["Adler"]]
    assert area.members.rowCount() == 1

    area.delete_list()
    answer(qtbot, "Löschen")
    assert services.verteiler.list_all() == []
    assert services.people.count() == 3  # people stay
