"""The access report from the person dialog and from Extras › Datenschutz (a stored
person and a name that is not stored), the not-informed dialog (Serienbrief and
marking as informed), and the e-mail dialog's disclosure log."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import openpyxl
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import select, update

from tests.gui.conftest import answer, message_box, type_text
from tests.integration.services.privacy_support import make_namesakes
from wba_desktop.models import Disclosure, Person, disclosure_person
from wba_desktop.services.directory.people import PersonFilter
from wba_desktop.views.privacy.access_dialog import AccessDialog
from wba_desktop.views.privacy.uninformed_dialog import UninformedDialog


def _pdf_text(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def _file_dialog(qtbot) -> QFileDialog:
    found: list[QFileDialog] = []

    def visible() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
        return any(w.isVisible() for w in found)

    qtbot.waitUntil(visible, timeout=3000)
    return next(w for w in found if w.isVisible())


def _choose_file(qtbot, path) -> None:
    """Type the file name into the open save dialog and accept it, as a user does."""
    dialog = _file_dialog(qtbot)
    dialog.selectFile(str(path))
    dialog.accept()


def test_access_button_in_the_person_dialog(qtbot, window, uow_factory, tmp_path):
    a, _b = make_namesakes(uow_factory)
    dialog = window.open_person(a.id)
    button = dialog.access_button
    assert button.isEnabled() and button.text() == "Auskunft (Art. 15) …"
    dialog.grab().save("/tmp/p3-person-dialog.png")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    target = tmp_path / "auskunft-hannelore.pdf"
    _choose_file(qtbot, target)
    qtbot.waitUntil(lambda: button.written is not None, timeout=20000)
    text = answer(qtbot, "Schließen")
    assert "Die Auskunft zu Hannelore Quastenberg wurde gespeichert" in text
    assert button.written.path == target
    pdf = _pdf_text(target)
    assert "Werkstatt -A-" in pdf and "-B-" not in pdf
    new = window.open_person(None)
    assert not new.access_button.isEnabled()


def test_extras_access_for_a_stored_and_an_unknown_person(qtbot, window, uow_factory, tmp_path):
    a, _b = make_namesakes(uow_factory)
    menu = window.privacy_menu
    assert [x.text() for x in menu.actions()][:2] == [
        "&Auskunft erteilen …",
        "&Noch nicht informiert …",
    ]
    window.act_access_report.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AccessDialog))
    qtbot.waitExposed(dialog)
    dialog.person.setFocus()
    type_text(qtbot, dialog.person, "Hannelore")
    dialog.person.refresh_choices()
    assert dialog.person.choose("Hannelore Quastenberg (Werkstatt -A-)")
    dialog.format.setCurrentIndex(1)  # Excel
    dialog.grab().save("/tmp/p3-access-dialog.png")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "auskunft.xlsx"
    _choose_file(qtbot, target)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    answer(qtbot, "Schließen")
    assert dialog.written.person_id == a.id
    assert "Kontakte" in openpyxl.load_workbook(target).sheetnames

    # a part of a stored name is not taken for "not stored": pick from the list first
    dialog.person.clear()
    type_text(qtbot, dialog.person, "Quasten")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: message_box() is not None, timeout=2000)
    box = message_box()
    assert "kein vollständiger Name" in box.text()
    assert "Hannelore Quastenberg (Werkstatt -A-)" in box.informativeText()
    box.grab().save("/tmp/p3-pick-from-list.png")
    box.buttons()[0].click()
    assert not any(
        isinstance(w, QFileDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    # a name nobody has: the "keine Daten gespeichert" letter
    dialog.person.clear()
    type_text(qtbot, dialog.person, "Jörg Unbekannt")
    dialog.format.setCurrentIndex(0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    letter = tmp_path / "keine-daten.pdf"
    _choose_file(qtbot, letter)
    qtbot.waitUntil(lambda: not dialog.written.found, timeout=20000)
    text = answer(qtbot, "Schließen")
    assert "Zu „Jörg Unbekannt“ sind keine Daten gespeichert" in text
    assert "keine Daten gespeichert" in _pdf_text(letter)
    assert not dialog.written.found


def test_not_informed_dialog(qtbot, window, uow_factory, tmp_path):
    a, b = make_namesakes(uow_factory)
    with uow_factory() as uow:
        uow.session.execute(update(Person).values(created_at=datetime.now() - timedelta(days=40)))
        uow.commit()
    window.act_uninformed.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, UninformedDialog))
    qtbot.waitExposed(dialog)
    model = dialog.model
    assert model.rowCount() == 2
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(5)] == [
        "Name", "Organisation", "E-Mail", "angelegt am", "Herkunft",
    ]  # fmt: skip
    assert not dialog.mark_button.isEnabled()
    dialog.grab().save("/tmp/p3-not-informed.png")
    # Serienbrief for everyone (nothing selected)
    qtbot.mouseClick(dialog.letters_button, Qt.MouseButton.LeftButton)
    _choose_file(qtbot, tmp_path / "briefe.xlsx")
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    answer(qtbot, "OK")
    assert dialog.written.rows == 2
    ws = openpyxl.load_workbook(tmp_path / "briefe.xlsx").worksheets[0]
    assert "Briefanrede" in [c.value for c in ws[1]]
    # mark Hannelore as informed
    row = next(r for r in range(model.rowCount()) if model.record(r).id == a.id)
    rect = dialog.table.visualRect(model.index(row, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.selected_ids() == [a.id] and dialog.mark_button.isEnabled()
    qtbot.mouseClick(dialog.mark_button, Qt.MouseButton.LeftButton)
    answer(qtbot, "Als informiert markieren")
    assert [model.record(r).id for r in range(model.rowCount())] == [b.id]
    with uow_factory() as uow:
        assert uow.session.get(Person, a.id).informed_on == date.today()


def test_mail_dialog_logs_the_addresses_it_hands_out(qtbot, window, uow_factory):
    from wba_desktop.views.exchange.mail_dialog import MailDialog

    a, b = make_namesakes(uow_factory)
    dialog = MailDialog(window.services, "Auswahl", PersonFilter(ids=(a.id, b.id)), window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    with uow_factory() as uow:
        d = uow.session.scalars(select(Disclosure).order_by(Disclosure.id.desc())).first()
        people = set(
            uow.session.scalars(
                select(disclosure_person.c.person_id).where(
                    disclosure_person.c.disclosure_id == d.id
                )
            )
        )
        logged = (d.kind, d.what, d.recipient)
    assert logged == ("E-Mail", "E-Mail an Auswahl", "Zwischenablage (Adressen kopiert)")
    assert people == {a.id, b.id}


def test_event_mail_dialog_logs_the_addresses_it_hands_out(qtbot, window, uow_factory):
    from wba_desktop.models import Event
    from wba_desktop.views.events.invitation_mail import SELECTION, EventMailDialog, plan_mail

    a, _b = make_namesakes(uow_factory)
    services = window.services
    with uow_factory() as uow:
        event_id = uow.session.scalar(select(Event.id).where(Event.title == "Fachtag -A-"))
    rows = services.invitation_queries.rows(event_id)
    plan = plan_mail(services, event_id, SELECTION, rows)
    event = services.events.get(event_id)
    dialog = EventMailDialog(event, SELECTION, plan, window, services=services)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    with uow_factory() as uow:
        d = uow.session.scalars(select(Disclosure).order_by(Disclosure.id.desc())).first()
        what = d.what
        people = set(
            uow.session.scalars(
                select(disclosure_person.c.person_id).where(
                    disclosure_person.c.disclosure_id == d.id
                )
            )
        )
    assert people == {a.id} and "Fachtag -A-" in what
