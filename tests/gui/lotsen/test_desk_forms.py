"""The Lotsen desk's forms refuse bad input with the field named and save nothing; the
status form offers only the steps the flow allows; the report tab counts what the
desk holds and saves the ministry's workbook; the start page lists open inquiries."""

from __future__ import annotations

from datetime import date, timedelta

import openpyxl
from PySide6.QtCore import QDate
from sqlalchemy import func, select

from wba_desktop.models import Inquiry, Person
from wba_desktop.services.lotsen.intake import IntakeData
from wba_desktop.services.lotsen.status import next_statuses
from wba_desktop.views.lotsen.referral_dialogs import ReferDialog, StatusDialog


def _count(services, model) -> int:
    with services.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def _inquiry(services, desk, **changes) -> int:
    values = dict(
        received_on=date.today() - timedelta(days=3),
        channel="Telefon",
        inquirer_kind="Beschäftigte/r",
        region_id=desk.regions["Harz"],
        topic_ids=(desk.topics["Weiterbildungsberatung"],),
        coordinator_id=desk.coordinator,
        last_name="Birnbaum",
        phone="03941 1234",
        legal_basis="Einwilligung",
    )
    values.update(changes)
    return services.inquiries.create(IntakeData(**values))


def test_intake_without_topic_district_or_legal_basis_names_the_fields(
    desk_window, qtbot, services, desk
):
    view = desk_window.lotsen.widget
    dialog = view.new_inquiry()
    dialog.last_name.setText("Holunder")
    people = _count(services, Person)
    dialog.save()
    assert dialog.isVisible()
    text = dialog.banner.text()
    assert "Landkreis" in text and "Them" in text and "Rechtsgrundlage" in text
    assert dialog.region.toolTip() and dialog.topics.toolTip() and dialog.legal_basis.toolTip()
    assert (_count(services, Inquiry), _count(services, Person)) == (0, people)
    # put right, it saves
    dialog.region.setCurrentIndex(dialog.region.findData(desk.regions["Harz"]))
    dialog.topics.check("Weiterbildungsberatung")
    dialog.legal_basis.setCurrentText("Einwilligung")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _count(services, Inquiry) == 1


def test_a_company_inquiry_from_the_directory(desk_window, qtbot, services, desk):
    view = desk_window.lotsen.widget
    dialog = view.new_inquiry()
    dialog.kind.setCurrentText("Unternehmen")
    assert dialog.who.currentIndex() == 1
    dialog.company.set_current(desk.far_partner, "Lernforum Elbufer")
    dialog.region.setCurrentIndex(dialog.region.findData(desk.regions["Magdeburg"]))
    dialog.topics.check("Weiterbildungsberatung")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with services.uow() as uow:
        inquiry = uow.session.scalars(select(Inquiry)).one()
        assert (inquiry.organisation_id, inquiry.person_id) == (desk.far_partner, None)
        iid = inquiry.id
    assert view.panel.inquiry_id == iid
    assert "Lernforum Elbufer" in view.panel.who.text()


def test_the_status_form_offers_only_allowed_steps(desk_window, qtbot, services, desk):
    iid = _inquiry(services, desk)
    view = desk_window.lotsen.widget
    view.reload()
    assert view.select_id(iid)
    dialog = view.panel.change_status()
    assert isinstance(dialog, StatusDialog)
    offered = [dialog.status.itemText(i) for i in range(dialog.status.count())]
    assert offered == list(next_statuses("neu"))
    assert "abgeschlossen" not in offered
    dialog.status.setCurrentText("in Klärung")
    assert not dialog.outcome.isEnabled()
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with services.uow() as uow:
        assert uow.session.get(Inquiry, iid).status == "in Klärung"


def test_a_referral_with_a_follow_up_in_the_past_is_refused(desk_window, qtbot, services, desk):
    iid = _inquiry(services, desk)
    view = desk_window.lotsen.widget
    view.reload()
    view.select_id(iid)
    dialog = view.panel.refer(desk.harz_partner, "Bildungshaus Brockenblick")
    assert isinstance(dialog, ReferDialog)
    past = date.today() - timedelta(days=2)
    dialog.follow_up.setDate(QDate(past.year, past.month, past.day))
    dialog.save()
    assert dialog.isVisible() and "Wiedervorlage" in dialog.banner.text()
    assert services.referrals.of_inquiry(iid) == []


def test_report_tab_counts_and_saves_the_workbook(desk_window, qtbot, services, desk, tmp_path):
    for _ in range(3):
        _inquiry(services, desk)
    _inquiry(services, desk, region_id=desk.regions["Magdeburg"])
    view = desk_window.lotsen.widget
    view.tabs.setCurrentIndex(1)
    report = view.report
    qtbot.waitUntil(lambda: report.report is not None)
    assert report.report.inquiries == 4
    assert "4 Anfragen" in report.figures.text()
    districts = {r.label: r.inquiries for r in report.models["by_district"].rows()}
    assert (districts["Harz"], districts["Magdeburg"]) == (3, 1)
    out = tmp_path / "anfragen.xlsx"
    report.save_workbook(out)
    qtbot.waitUntil(out.exists)
    book = openpyxl.load_workbook(out)
    assert "Übersicht" in book.sheetnames
    out_png = tmp_path / "anfragen.png"
    report.save_picture(out_png)
    assert out_png.stat().st_size > 10_000


def test_the_start_page_lists_open_inquiries(window, qtbot, services, desk):
    iid = _inquiry(services, desk)
    window.show_area("start")
    card = window.start.inquiries
    qtbot.waitUntil(lambda: window.start.loaded)
    assert [r.id for r in card.model.rows()] == [iid]
    assert window.start.tiles["lotsen"].number.text() == "1"
    assert card.heading.text() == "Offene Anfragen (1)"
    index = card.model.index(0, 0)
    card.table.activated.emit(index)
    assert window.current_view() is window.lotsen
    assert window.lotsen.widget.panel.inquiry_id == iid


def test_the_search_field_filters_after_a_pause(desk_window, qtbot, services, desk):
    from tests.gui.conftest import type_text

    _inquiry(services, desk, last_name="Birnbaum")
    wanted = _inquiry(services, desk, last_name="Quittenhof", region_id=desk.regions["Börde"])
    view = desk_window.lotsen.widget
    view.reload()
    assert view.model.rowCount() == 2
    type_text(qtbot, view.text, "Quittenhof")
    assert view.model.rowCount() == 2  # not at every keystroke
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3000)
    assert view.model.rows()[0].id == wanted
    assert view.model.rows()[0].inquirer == "Ratsuchende/r Q."  # the list shows initials
    view.region.setCurrentIndex(view.region.findData(desk.regions["Harz"]))
    assert view.model.rowCount() == 0
