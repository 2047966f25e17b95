"""Stammdaten dialog: change a district's WBA region, add and edit kinds of
organisation and relation types by clicking and typing, then check the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QColorDialog, QTableView

from tests.gui.conftest import type_text
from wba_desktop.views.directory.reference_dialog import (
    ReferenceDialog,
    RegionForm,
    RelationTypeForm,
    TypeForm,
)

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def dialog(qtbot, services) -> ReferenceDialog:
    dlg = ReferenceDialog(services)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _row_of(table: QTableView, name: str) -> int:
    model = table.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == name:
            return row
    raise AssertionError(f"{name!r} not in the table")


def _row_pos(table: QTableView, name: str) -> QPoint:
    """Where a user clicks on the row ``name`` (scrolled into view first)."""
    index = table.model().index(_row_of(table, name), 0)
    table.scrollTo(index)
    return table.visualRect(index).center()


def _click_row(qtbot, table: QTableView, name: str) -> None:
    qtbot.mouseClick(table.viewport(), LEFT, pos=_row_pos(table, name))


def _tick(qtbot, box: QCheckBox) -> None:
    """Click the check box itself (the widget may be wider than box and text)."""
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))


def _open_form(qtbot, dialog: ReferenceDialog, button, cls):
    qtbot.mouseClick(button, LEFT)
    form = dialog.form
    assert isinstance(form, cls)
    qtbot.waitExposed(form)
    return form


def test_models_pass_the_model_tester(qtmodeltester, dialog):
    for model in (dialog.region_model, dialog.type_model, dialog.relation_model):
        qtmodeltester.check(model)


def test_tables_show_the_reference_data(dialog):
    assert [dialog.tabs.tabText(i) for i in range(3)] == [
        "Landkreise",
        "Organisationsarten",
        "Beziehungsarten",
    ]
    assert dialog.region_model.rowCount() == 14
    harz = dialog.region_model.index(_row_of(dialog.region_table, "Harz"), 0)
    assert [harz.siblingAtColumn(c).data() for c in range(6)] == [
        "Harz",
        "Landkreis",
        "Halberstadt",
        "HZ",
        "15085",
        "West",
    ]
    ihk = dialog.type_model.index(_row_of(dialog.type_table, "Kammer (IHK)"), 0)
    assert ihk.data(Qt.ItemDataRole.DecorationRole) == QColor("#1f77b4")
    assert ihk.siblingAtColumn(1).data() == "ja"
    assert not dialog.region_button.isEnabled()
    assert not dialog.edit_type_button.isEnabled()


def test_change_wba_region(qtbot, dialog, services):
    _click_row(qtbot, dialog.region_table, "Harz")
    assert dialog.region_button.isEnabled()
    form = _open_form(qtbot, dialog, dialog.region_button, RegionForm)
    assert form.wba_region.currentText() == "West"
    assert [form.wba_region.itemText(i) for i in range(form.wba_region.count())] == [
        "Nord",
        "Süd",
        "Ost",
        "West",
    ]
    form.wba_region.setFocus()
    qtbot.keyClicks(form.wba_region, "S")  # keyboard search in the combo
    assert form.wba_region.currentText() == "Süd"
    with qtbot.waitSignal(dialog.changed, timeout=1000):
        qtbot.mouseClick(form.save_button, LEFT)
    assert {r.name: r.wba_region for r in services.reference.regions()}["Harz"] == "Süd"
    row = _row_of(dialog.region_table, "Harz")
    assert dialog.region_model.index(row, 5).data() == "Süd"
    assert dialog.region_table.selectionModel().isRowSelected(row)
    assert dialog.form is None


def test_cancel_changes_nothing(qtbot, dialog, services):
    _click_row(qtbot, dialog.region_table, "Stendal")
    qtbot.keyClick(dialog.region_table, Qt.Key.Key_Return)  # Enter opens the form too
    form = dialog.form
    assert isinstance(form, RegionForm)
    form.wba_region.setCurrentText("Ost")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert dialog.form is None
    assert dialog.isVisible()
    assert {r.name: r.wba_region for r in services.reference.regions()}["Stendal"] == "Nord"


def test_add_organisation_type(qtbot, dialog, services):
    dialog.tabs.setCurrentIndex(1)
    before = len(services.reference.organisation_types())
    form = _open_form(qtbot, dialog, dialog.add_type_button, TypeForm)
    qtbot.keyClicks(form.name, "Stiftung")
    _tick(qtbot, form.multiplier)  # new kinds start as multipliers
    assert not form.multiplier.isChecked()
    qtbot.mouseClick(form.colour_button, LEFT)
    picker = form.findChild(QColorDialog)
    assert picker is not None and picker.isVisible()
    picker.setCurrentColor(QColor("#336699"))
    picker.accept()
    assert form.colour == "#336699"
    with qtbot.waitSignal(dialog.changed, timeout=1000):
        qtbot.mouseClick(form.save_button, LEFT)
    types = services.reference.organisation_types()
    assert len(types) == before + 1
    new = next(t for t in types if t.name == "Stiftung")
    assert (new.colour, new.is_multiplier) == ("#336699", False)
    row = _row_of(dialog.type_table, "Stiftung")
    assert dialog.type_table.selectionModel().isRowSelected(row)
    assert dialog.type_model.index(row, 1).data() == "nein"


def test_duplicate_type_name_shows_error_and_saves_nothing(qtbot, dialog, services):
    dialog.tabs.setCurrentIndex(1)
    before = services.reference.organisation_types()
    form = _open_form(qtbot, dialog, dialog.add_type_button, TypeForm)
    qtbot.keyClicks(form.name, "gewerkschaft")
    with qtbot.assertNotEmitted(dialog.changed):
        qtbot.mouseClick(form.save_button, LEFT)
    message = "Bezeichnung: „gewerkschaft“ gibt es schon."
    assert form.isVisible()
    assert form.banner.isVisible() and form.banner.text() == message
    assert form.name.toolTip() == message
    assert services.reference.organisation_types() == before
    qtbot.mouseClick(form.name, LEFT)
    form.name.clear()
    qtbot.mouseClick(form.save_button, LEFT)
    assert form.banner.text() == "Bezeichnung: Bitte ausfüllen."


def test_edit_organisation_type_by_double_click(qtbot, dialog, services):
    dialog.tabs.setCurrentIndex(1)
    table = dialog.type_table
    pos = _row_pos(table, "Sonstige")
    qtbot.mouseClick(table.viewport(), LEFT, pos=pos)  # a double-click starts as a click
    qtbot.mouseDClick(table.viewport(), LEFT, pos=pos)
    form = dialog.form
    assert isinstance(form, TypeForm)
    assert form.name.text() == "Sonstige" and form.multiplier.isChecked()
    form.name.selectAll()
    qtbot.keyClicks(form.name, "Andere")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)  # Enter saves the small form
    names = [t.name for t in services.reference.organisation_types()]
    assert "Andere" in names and "Sonstige" not in names


def test_directed_relation_type_needs_reverse_label(qtbot, dialog, services):
    dialog.tabs.setCurrentIndex(2)
    before = services.reference.relation_types()
    form = _open_form(qtbot, dialog, dialog.add_relation_button, RelationTypeForm)
    assert not form.reverse.isEnabled()
    qtbot.keyClicks(form.name, "Patenschaft")
    qtbot.keyClicks(form.forward, "ist Pate von")
    _tick(qtbot, form.directed)
    assert form.reverse.isEnabled()
    with qtbot.assertNotEmitted(dialog.changed):
        qtbot.mouseClick(form.save_button, LEFT)
    message = "Bezeichnung rückwärts: Für gerichtete Beziehungen ausfüllen."
    assert form.banner.text() == message
    assert form.reverse.toolTip() == message
    assert services.reference.relation_types() == before
    qtbot.keyClicks(form.reverse, "hat als Paten")
    with qtbot.waitSignal(dialog.changed, timeout=1000):
        qtbot.mouseClick(form.save_button, LEFT)
    saved = services.reference.relation_types()[-1]
    assert (saved.name, saved.forward_label, saved.reverse_label, saved.directed) == (
        "Patenschaft",
        "ist Pate von",
        "hat als Paten",
        True,
    )


def test_duplicate_relation_type_name_shows_error(qtbot, dialog, services):
    dialog.tabs.setCurrentIndex(2)
    before = services.reference.relation_types()
    form = _open_form(qtbot, dialog, dialog.add_relation_button, RelationTypeForm)
    qtbot.keyClicks(form.name, "beratung")
    type_text(qtbot, form.forward, "berät")
    qtbot.mouseClick(form.save_button, LEFT)
    assert form.banner.text() == "Bezeichnung: „beratung“ gibt es schon."
    assert services.reference.relation_types() == before


def test_edit_relation_type(qtbot, dialog, services):
    dialog.tabs.setCurrentIndex(2)
    _click_row(qtbot, dialog.relation_table, "Kooperation")
    form = _open_form(qtbot, dialog, dialog.edit_relation_button, RelationTypeForm)
    assert form.forward.text() == "kooperiert mit"
    assert not form.directed.isChecked() and not form.reverse.isEnabled()
    form.forward.clear()
    qtbot.keyClicks(form.forward, "arbeitet zusammen mit")
    with qtbot.waitSignal(dialog.changed, timeout=1000):
        qtbot.mouseClick(form.save_button, LEFT)
    kinds = {t.name: t for t in services.reference.relation_types()}
    assert kinds["Kooperation"].forward_label == "arbeitet zusammen mit"
    assert kinds["Kooperation"].directed is False
    row = _row_of(dialog.relation_table, "Kooperation")
    assert dialog.relation_model.index(row, 1).data() == "arbeitet zusammen mit"

    # making a directed type undirected drops its reverse label
    _click_row(qtbot, dialog.relation_table, "Beratung")
    form = _open_form(qtbot, dialog, dialog.edit_relation_button, RelationTypeForm)
    assert form.reverse.text() == "wird beraten von"
    _tick(qtbot, form.directed)
    assert not form.reverse.isEnabled()
    qtbot.mouseClick(form.save_button, LEFT)
    beratung = {t.name: t for t in services.reference.relation_types()}["Beratung"]
    assert (beratung.directed, beratung.reverse_label) == (False, None)


def test_default_contact_cadence_of_a_kind(qtbot, dialog, services):
    dialog.tabs.setCurrentIndex(1)
    table = dialog.type_table
    row = _row_of(table, "Jobcenter")
    assert dialog.type_model.index(row, 2).data() == "90 Tage"
    pos = _row_pos(table, "Jobcenter")
    qtbot.mouseClick(table.viewport(), LEFT, pos=pos)
    qtbot.mouseDClick(table.viewport(), LEFT, pos=pos)
    form = dialog.form
    assert form.cadence.value() == 90
    form.cadence.selectAll()
    qtbot.keyClicks(form.cadence, "60")
    qtbot.mouseClick(form.save_button, LEFT)
    kinds = {t.name: t.default_cadence_days for t in services.reference.organisation_types()}
    assert kinds["Jobcenter"] == 60 and kinds["Gewerkschaft"] == 90
    assert dialog.type_model.index(_row_of(table, "Jobcenter"), 2).data() == "60 Tage"
