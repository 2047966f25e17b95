"""The Lotsen desk from start to end as a coordinator works it: an inquiry taken by
keyboard only during a call, the top match referred, the partner's answer and the
outcome recorded, the inquiry closed — checked in the database, in the partner's
contact history and in the follow-up list."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from tests.gui.conftest import type_text
from wba_desktop.models import Activity, Inquiry, InquiryChange, Person, Referral
from wba_desktop.views.lotsen.intake_dialog import IntakeDialog
from wba_desktop.views.lotsen.referral_dialogs import OutcomeDialog, ReferDialog, StatusDialog


def _focus():
    return QApplication.focusWidget()


def _tab(qtbot, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab)


def _open_dialog(kind):
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()),
        None,
    )


def test_intake_by_keyboard_refer_the_top_match_and_record_the_outcome(
    desk_window, qtbot, services, desk
):
    window = desk_window
    view = window.lotsen.widget
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    qtbot.waitUntil(lambda: _open_dialog(IntakeDialog) is not None)
    dialog = _open_dialog(IntakeDialog)
    qtbot.waitUntil(lambda: _focus() is dialog.channel)
    # -- the call: keyboard only --------------------------------------------------------
    type_text(qtbot, _focus(), "E")  # Eingang über: E-Mail
    _tab(qtbot)
    assert _focus() is dialog.kind  # Beschäftigte/r is the default
    _tab(qtbot)
    assert _focus() is dialog.region
    type_text(qtbot, _focus(), "Harz")
    _tab(qtbot)
    assert _focus() is dialog.topics
    qtbot.keyClick(_focus(), Qt.Key.Key_Home)
    qtbot.keyClick(_focus(), Qt.Key.Key_Space)  # Weiterbildungsberatung
    _tab(qtbot)
    assert _focus() is dialog.description
    type_text(qtbot, _focus(), "Sucht eine Fortbildung zur Fachwirtin, berufsbegleitend.")
    _tab(qtbot, 2)  # Dringlichkeit stays normal
    assert _focus() is dialog.coordinator
    type_text(qtbot, _focus(), "Ina")
    _tab(qtbot)
    assert _focus() is dialog.first_name
    type_text(qtbot, _focus(), "Greta")
    _tab(qtbot)
    type_text(qtbot, _focus(), "Wolkenstein")
    _tab(qtbot)
    type_text(qtbot, _focus(), "03941 555123")
    _tab(qtbot, 2)  # E-Mail stays empty
    assert _focus() is dialog.legal_basis
    type_text(qtbot, _focus(), "E")  # Einwilligung
    _tab(qtbot)
    assert _focus() is dialog.follow_up
    qtbot.keyClick(_focus(), Qt.Key.Key_Space)
    qtbot.keyClick(_focus(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    with services.uow() as uow:
        inquiry = uow.session.scalars(select(Inquiry)).one()
        person = uow.session.get(Person, inquiry.person_id)
        assert (inquiry.channel, inquiry.inquirer_kind, inquiry.status) == (
            "E-Mail", "Beschäftigte/r", "neu",
        )  # fmt: skip
        assert inquiry.region_id == desk.regions["Harz"]
        assert [t.name for t in inquiry.topics] == ["Weiterbildungsberatung"]
        assert inquiry.coordinator_id == desk.coordinator
        assert (person.last_name, person.phone, person.inquirer) == (
            "Wolkenstein", "+49 3941 555123", True,
        )  # fmt: skip
        assert person.legal_basis == "Einwilligung"
        inquiry_id = inquiry.id

    # -- the matches: the partner responsible for Harz first, with its reasons ----------
    panel = view.panel
    assert panel.inquiry_id == inquiry_id
    names = [r.name for r in panel.matches.rows()]
    assert names[:2] == ["Bildungshaus Brockenblick", "Lernforum Elbufer"]
    assert "Harz" in panel.matches.rows()[0].reason_text
    panel.match_table.selectRow(0)
    qtbot.mouseClick(panel.refer_button, Qt.MouseButton.LeftButton)
    refer = _open_dialog(ReferDialog)
    assert refer.partner.text() == "Bildungshaus Brockenblick"
    refer.save()
    qtbot.waitUntil(lambda: not refer.isVisible())

    with services.uow() as uow:
        referral = uow.session.scalars(select(Referral)).one()
        assert referral.organisation_id == desk.harz_partner
        assert uow.session.get(Inquiry, inquiry_id).status == "vermittelt"
        activity = uow.session.get(Activity, referral.activity_id)
        assert (activity.organisation_id, activity.kind) == (desk.harz_partner, "Vermittlung")
        assert activity.due_on == date.today() + timedelta(days=14)
    # the partner's contact history and the follow-ups show it
    history = services.activities.history(organisation_id=desk.harz_partner)
    assert [a.data.kind for a in history] == ["Vermittlung"]
    due = services.followups.due(date.today(), until=date.today() + timedelta(days=14))
    assert any(f.organisation_id == desk.harz_partner for f in due)
    referral_view = panel.referral_table
    qtbot.waitUntil(lambda: panel.referrals.rowCount() == 1)
    referral_view.selectRow(0)
    opened = []
    panel.open_organisation.connect(opened.append)
    qtbot.mouseClick(panel.partner_button, Qt.MouseButton.LeftButton)
    assert opened == [desk.harz_partner]
    org_dialog = window.open_organisation(desk.harz_partner)
    shown = org_dialog.history.model.rows()
    assert [r.kind for r in shown] == ["Vermittlung"]
    assert "Anfrage" in shown[0].subject
    org_dialog.close()

    # -- the outcome -----------------------------------------------------------------------
    assert panel.tabs.currentIndex() == 1
    assert panel.referrals.rowCount() == 1
    qtbot.mouseClick(panel.outcome_button, Qt.MouseButton.LeftButton)
    outcome = _open_dialog(OutcomeDialog)
    outcome.outcome.setCurrentText("Weiterbildung begonnen")
    outcome.save()
    qtbot.waitUntil(lambda: not outcome.isVisible())
    qtbot.mouseClick(panel.status_button, Qt.MouseButton.LeftButton)
    status = _open_dialog(StatusDialog)
    status.status.setCurrentText("abgeschlossen")
    status.outcome.setCurrentText("Weiterbildung begonnen")
    status.save()
    qtbot.waitUntil(lambda: not status.isVisible())

    with services.uow() as uow:
        referral = uow.session.scalars(select(Referral)).one()
        inquiry = uow.session.get(Inquiry, inquiry_id)
        assert referral.outcome == "Weiterbildung begonnen"
        assert (inquiry.status, inquiry.outcome, inquiry.closed_on) == (
            "abgeschlossen", "Weiterbildung begonnen", date.today(),
        )  # fmt: skip
        assert uow.session.get(Activity, referral.activity_id).done_on == date.today()
        steps = uow.session.scalars(
            select(InquiryChange.field).where(InquiryChange.inquiry_id == inquiry_id)
        ).all()
        assert {"Vermittlung", "Ergebnis", "Status"} <= set(steps)
    assert panel.history.count() >= 3
    assert not panel.status_button.isEnabled()  # closed is final
    assert "abgeschlossen" in panel.state.text()

    # -- the report counts it: one inquiry, one successful referral to the partner -------
    view.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: view.report.report is not None)
    report = view.report.report
    assert (report.inquiries, report.referrals, report.referred_inquiries) == (1, 1, 1)
    partners = {r.name: r for r in view.report.models["partners"].rows()}
    row = partners["Bildungshaus Brockenblick"]
    assert (row.referrals, row.successes, row.rate) == (1, 1, "100\u00a0%")
    outcomes = {r.label: r.inquiries for r in view.report.models["by_outcome"].rows()}
    assert outcomes["Weiterbildung begonnen"] == 1
