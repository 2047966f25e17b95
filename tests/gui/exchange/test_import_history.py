"""Datei › Importverlauf: the runs, the mapping used, „Import rückgängig …“ clicked
through with its question, refused with the changed records named; the wizard's
„Importverlauf anzeigen“. All names are invented."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import answer, message_box, type_text
from wba_desktop.exchange.mapping import suggest
from wba_desktop.services.directory.organisations import OrganisationFilter
from wba_desktop.services.directory.people import PersonData, PersonFilter
from wba_desktop.services.importing.service import ImportService
from wba_desktop.views.exchange.import_history import ImportHistoryDialog

ROWS = [
    ["Firma", "Vorname", "Nachname", "E-Mail", "Telefon", "Ort", "Einwilligung Newsletter"],
    ["Seilerei Uhlenhorst", "Ute", "Unkenruf", "u.unkenruf@uhlenhorst.example", "0345 4712",
     "Halle (Saale)", "ja"],
    ["Seilerei Uhlenhorst", "Veit", "Vogelsang", "v.vogelsang@uhlenhorst.example", None,
     "Halle (Saale)", None],
    ["Glaserei Wiesengrund", "Wanda", "Wachtel", "w.wachtel@example.org", None, "Zerbst", None],
]  # fmt: skip
SHOTS = Path(os.environ.get("WBA_SHOTS", "/tmp/shots13"))


@pytest.fixture
def imported(services):
    """One person known before; then an import by „Anna Beispiel“ that updates her and
    creates the rest. Returns the person's id and the counts before."""
    known = services.people.create(
        PersonData(first_name="Ute", last_name="Unkenruf", email="u.unkenruf@uhlenhorst.example")
    )
    before = _counts(services)
    services.uow.user_name = "Anna Beispiel"
    service = ImportService(services.uow)
    plan = service.plan(
        ROWS, suggest(ROWS), "fill", source_name="Partner Halle.xlsx", today=date(2026, 3, 1)
    )
    service.apply(plan)
    services.uow.user_name = "Bodo Beispiel"
    return known.id, before


def _counts(services):
    orgs = services.organisations.count(OrganisationFilter(active=None))
    people = services.people.list_ids(PersonFilter(active=None))
    return orgs, sorted(people), services.people.get(people[0]).data.phone


def _open(window) -> ImportHistoryDialog:
    window.act_import_history.trigger()
    return next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ImportHistoryDialog) and w.isVisible()
    )


def _click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _screenshot(window, dialog, name: str, box=None) -> Path:
    """The window at 1280×800 with the dialog (and a question) over it, as the user
    sees it."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.resize(1280, 800)
    dialog.resize(1000, 620)
    QApplication.processEvents()
    canvas = window.grab()
    painter = QPainter(canvas)
    painter.drawPixmap(QPoint(140, 90), dialog.grab())
    if box is not None:
        shot = box.grab()
        painter.drawPixmap(QPoint((1280 - shot.width()) // 2, (800 - shot.height()) // 2), shot)
    painter.end()
    path = SHOTS / name
    assert canvas.save(str(path)) and canvas.width() == 1280
    return path


def test_history_lists_the_run_and_undoes_it(qtbot, window, services, imported):
    person_id, before = imported
    assert _counts(services) != before
    dialog = _open(window)
    assert dialog.model.rowCount() == 1
    run = dialog.model.record(0)
    assert (run.file_name, run.user_name, run.new, run.updated) == (
        "Partner Halle.xlsx",
        "Anna Beispiel",
        4,
        1,
    )
    _click_row(qtbot, dialog.table, 0)
    assert "Organisationen: 2 neu" in dialog.counts.text()
    mapping = [(r.column, r.field) for r in dialog.mapping_model.rows()]
    assert ("A „Firma“", "Organisation") in mapping and ("C „Nachname“", "Nachname") in mapping
    assert dialog.undo_button.isEnabled()
    _screenshot(window, dialog, "import_history.png")
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    question = answer(qtbot, "Rückgängig machen")
    assert "Partner Halle.xlsx" in question and "Entfernt werden: 2 Organisationen" in question
    done = answer(qtbot, "OK")
    assert "Der Import wurde rückgängig gemacht." in done
    assert _counts(services) == before  # the phone number the import filled is gone again
    run = dialog.model.record(0)
    assert run.undone and "rückgängig gemacht am" in run.status and "Bodo Beispiel" in run.status
    assert not dialog.undo_button.isEnabled()
    assert services.people.get(person_id).data.phone == ""


def test_undo_refused_names_the_changed_record(qtbot, window, services, imported):
    person_id, _ = imported
    p = services.people.get(person_id)
    services.people.update(person_id, replace(p.data, notes="Rückruf erbeten"), p.version)
    changed = _counts(services)
    dialog = _open(window)
    _click_row(qtbot, dialog.table, 0)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: message_box() is not None, timeout=2000)
    _screenshot(window, dialog, "import_undo_blocked.png", message_box())
    text = answer(qtbot, "Abbrechen")
    assert "Seit dem Import geändert" in text
    assert "Person „Ute Unkenruf“ (geändert von Bodo Beispiel am" in text
    assert _counts(services) == changed and not dialog.model.record(0).undone
    # the rest, confirmed explicitly: the new records go, the edited person stays
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    answer(qtbot, "Rest rückgängig machen")
    assert "Unverändert gelassen" in answer(qtbot, "OK")
    assert services.organisations.count(OrganisationFilter(active=None)) == changed[0] - 2
    assert services.people.get(person_id).data.notes == "Rückruf erbeten"
    assert dialog.model.record(0).undone


def test_wizard_offers_the_history_after_the_import(qtbot, window, services, runner, tmp_path):
    source = tmp_path / "neue Partner.csv"
    source.write_text("Firma;Ort\nKlöppelei Xanten-Süd;Wernigerode\n", encoding="utf-8")
    wizard = window.exchange.show_import()
    wizard.runner = runner
    type_text(qtbot, wizard.file_page.path, str(source))
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.run_page.isComplete()
    button = wizard.run_page.history_button
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ImportHistoryDialog) and w.isVisible()
    )
    assert dialog.current().file_name == "neue Partner.csv"


def test_undo_is_off_without_the_privileges(qtbot, window, services, imported):
    from wba_desktop.services.permissions import Permissions

    services.__dict__["permissions"] = Permissions(can_undo_import=False)  # a team login
    dialog = _open(window)
    _click_row(qtbot, dialog.table, 0)
    assert dialog.model.rowCount() == 1 and not dialog.undo_button.isEnabled()
    assert "Berechtigung" in dialog.undo_button.toolTip()
