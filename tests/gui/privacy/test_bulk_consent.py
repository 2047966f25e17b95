"""„Einwilligung erfassen …“ for a selection in the Personen list and for the members of
a Verteiler (e.g. after an event's sign-up sheet); the Verteiler says who is left out."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from tests.gui.conftest import type_text
from wba_desktop.models import ConsentEvent
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.privacy.facts import PrivacyFacts
from wba_desktop.views.directory.consent_forms import ConsentForm

LEFT = Qt.MouseButton.LeftButton


def _people(services, names):
    ids = {}
    for last in names:
        pid = services.people.create(PersonData(first_name="Probe", last_name=last)).id
        services.privacy_facts.save(pid, PrivacyFacts(legal_basis="Einwilligung"))
        ids[last] = pid
    return ids


def _consent_form(window) -> ConsentForm:
    forms = [f for f in window.findChildren(ConsentForm) if f.isVisible()]
    assert len(forms) == 1
    return forms[0]


def _events(services):
    with services.uow() as uow:
        return uow.session.execute(
            select(ConsentEvent.person_id, ConsentEvent.status, ConsentEvent.source)
        ).all()


def test_bulk_consent_for_a_selection(qtbot, window, services):
    ids = _people(services, ["Amselgrund", "Buchfinkler", "Drosselbart"])
    window.show_area("people")
    view = window.people
    view.reload()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    view.table.setCurrentIndex(view.model.index(view.model.row_of(ids["Amselgrund"]), 0))
    selection = view.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.select(view.model.index(view.model.row_of(ids["Drosselbart"]), 0), flags)
    assert sorted(view.selected_ids()) == sorted([ids["Amselgrund"], ids["Drosselbart"]])
    window._update_actions()
    assert window.act_record_consent.isEnabled()
    window.act_record_consent.trigger()
    form = _consent_form(window)
    assert form.isVisible()
    assert "2 Personen" in " ".join(label.text() for label in form.findChildren(QLabel))
    form.purpose.setCurrentIndex(form.purpose.findText("Newsletter"))
    type_text(qtbot, form.source, "Anmeldebogen Netzwerktreffen 2025")
    assert form.save_button.text() == "Für alle erfassen"
    qtbot.mouseClick(form.save_button, LEFT)
    qtbot.waitUntil(lambda: not form.isVisible())
    got = sorted(_events(services))
    assert got == sorted(
        (ids[n], "erteilt", "Anmeldebogen Netzwerktreffen 2025")
        for n in ("Amselgrund", "Drosselbart")
    )
    assert "2 Einträge für „Newsletter“ erfasst" in window.exchange.last_consent_summary
    kept, left_out = services.consents.allowed(list(ids.values()), "Newsletter")
    assert set(kept) == {ids["Amselgrund"], ids["Drosselbart"]}
    assert left_out == {"ohne Einwilligung": 1}


def test_bulk_consent_for_a_verteilers_members(qtbot, window, services):
    ids = _people(services, ["Elsterhain", "Fasanenweg"])
    info = services.verteiler.create("Netzwerktreffen Teilnehmende", purpose="Fotos")
    services.verteiler.add_members(info.id, ids.values())
    window.show_area("verteiler")
    view = window.verteiler
    view.reload(info.id)
    assert "2 Personen nicht aufgenommen: 2 ohne Einwilligung für „Fotos“" in view.subtitle.text()
    qtbot.mouseClick(view.consent_button, LEFT)
    form = _consent_form(window)
    assert "2 Personen im Verteiler" in " ".join(lab.text() for lab in form.findChildren(QLabel))
    assert form.purpose.count() == 5
    form.purpose.setCurrentIndex(form.purpose.findText("Fotos"))
    qtbot.mouseClick(form.save_button, LEFT)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert sorted(p for p, *_ in _events(services)) == sorted(ids.values())
    view.reload(info.id)
    assert "nicht aufgenommen" not in view.subtitle.text()
    assert "Zweck: Fotos" in view.subtitle.text()
