"""The person dialog's "Datenschutz" tab: facts, recording a consent and its
withdrawal by clicking, the history showing both and the database holding both."""

from __future__ import annotations

import os
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from tests.gui.conftest import type_text
from wba_desktop.models import ConsentEvent, Person
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.privacy.consents import ConsentInput
from wba_desktop.views.directory.person_dialog import PersonDialog

LEFT = Qt.MouseButton.LeftButton
SHOTS = os.environ.get("WBA_SCREENSHOTS")  # a folder: save the screenshots there


def _person(services, last="Quandtmeier", first="Helga"):
    data = PersonData(salutation="Frau", first_name=first, last_name=last, email="hq@example.org")
    return services.people.create(data).id


def _open(qtbot, services, pid) -> PersonDialog:
    dialog = PersonDialog(services, pid)
    qtbot.addWidget(dialog)
    dialog.resize(980, 700)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.privacy)
    return dialog


def test_record_and_withdraw_a_consent_by_clicking(qtbot, services):
    pid = _person(services)
    dialog = _open(qtbot, services, pid)
    tab = dialog.privacy
    assert [r.status for r in tab.current_model.rows()] == ["keine Angabe"] * 5

    qtbot.mouseClick(tab.grant_button, LEFT)
    form = tab.form
    assert form is not None and form.isVisible()
    form.purpose.setCurrentIndex(form.purpose.findText("Newsletter"))
    form.effective_on.setDate(QDate.currentDate().addDays(-30))
    type_text(qtbot, form.source, "Anmeldebogen Netzwerktreffen 2025")
    type_text(qtbot, form.wording, "Fassung 2025-01")
    if SHOTS:
        form.grab().save(os.path.join(SHOTS, "p1-consent-dialog.png"))
    qtbot.mouseClick(form.save_button, LEFT)
    qtbot.waitUntil(lambda: tab.form is None)

    current = {r.purpose: r.status for r in tab.current_model.rows()}
    assert current["Newsletter"] == "erteilt"
    assert services.consents.allowed([pid], "Newsletter")[0] == [pid]

    qtbot.mouseClick(tab.withdraw_button, LEFT)
    form = tab.form
    assert form.status.currentData() == "widerrufen"
    assert not form.expires_on.isEnabled()
    form.purpose.setCurrentIndex(form.purpose.findText("Newsletter"))
    type_text(qtbot, form.note, "per Telefon")
    qtbot.mouseClick(form.save_button, LEFT)
    qtbot.waitUntil(lambda: tab.form is None)

    history = tab.history_model.rows()
    assert [(h.purpose, h.status) for h in history] == [
        ("Newsletter", "widerrufen"),
        ("Newsletter", "erteilt"),
    ]
    assert history[1].source == "Anmeldebogen Netzwerktreffen 2025"
    current = {r.purpose: r.status for r in tab.current_model.rows()}
    assert current["Newsletter"] == "widerrufen"
    with services.uow() as uow:
        rows = uow.session.execute(
            select(ConsentEvent.status, ConsentEvent.effective_on, ConsentEvent.note)
            .where(ConsentEvent.person_id == pid)
            .order_by(ConsentEvent.id)
        ).all()
    assert rows == [
        ("erteilt", date.today() - timedelta(days=30), ""),
        ("widerrufen", date.today(), "per Telefon"),
    ]
    # taking effect at once: the newsletter list leaves her out
    kept, left_out = services.consents.allowed([pid], "Newsletter")
    assert kept == [] and left_out == {"Einwilligung widerrufen": 1}
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "p1-datenschutz-tab.png"))


def test_a_withdrawal_before_the_consent_is_refused_in_the_form(qtbot, services):
    pid = _person(services)
    services.consents.record(pid, ConsentInput("Fotos", "erteilt", date.today() - timedelta(5)))
    dialog = _open(qtbot, services, pid)
    tab = dialog.privacy
    qtbot.mouseClick(tab.withdraw_button, LEFT)
    form = tab.form
    form.purpose.setCurrentIndex(form.purpose.findText("Fotos"))
    form.effective_on.setDate(QDate.currentDate().addDays(-10))
    qtbot.mouseClick(form.save_button, LEFT)
    assert form.isVisible()  # not saved
    assert "vor der Einwilligung" in form.banner.text()
    form.reject()
    assert len(services.consents.history(pid)) == 1


def test_facts_are_saved_and_the_contact_form_still_saves(qtbot, services):
    pid = _person(services)
    dialog = _open(qtbot, services, pid)
    tab = dialog.privacy
    tab.legal_basis.setCurrentIndex(tab.legal_basis.findText("Einwilligung"))
    type_text(qtbot, tab.data_source, "Visitenkarte Kongress 2026")
    tab.informed_on.set_value(date.today() - timedelta(days=2))
    qtbot.mouseClick(tab.restricted, LEFT)
    qtbot.mouseClick(tab.save_facts_button, LEFT)
    with services.uow() as uow:
        p = uow.session.get(Person, pid)
        assert (p.legal_basis, p.data_source, p.restricted) == (
            "Einwilligung",
            "Visitenkarte Kongress 2026",
            True,
        )
        assert p.informed_on == date.today() - timedelta(days=2)
    # a date in the future is refused with the field named, nothing written
    tab.objected_on.set_value(date.today() + timedelta(days=3))
    qtbot.mouseClick(tab.save_facts_button, LEFT)
    assert "Widerspruch am" in tab.banner.text()
    assert services.privacy_facts.get(pid).facts.objected_on is None
    # the contact form builds on the version the facts' save left
    dialog.tabs.setCurrentIndex(0)
    type_text(qtbot, dialog.phone, "0391 555123")
    assert dialog.save()
    assert services.people.get(pid).data.phone == "+49 391 555123"
