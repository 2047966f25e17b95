"""The invitation list of an event in the GUI: extending it from a Verteiler (consent
respected), replies with capacity and waiting list, history, e-mail to the list,
attendance, the participant list file and the follow-up tab.

Each tab and dialog is built standalone on data created through the services; the
tests click and type like a user and check what reached the database.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import answer, type_text
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.events.invitation_sources import InvitationSources
from wba_desktop.services.events.invitations import MOVED_UP
from wba_desktop.services.events.records import EventData
from wba_desktop.services.privacy.consents import GRANTED, WITHDRAWN, ConsentInput
from wba_desktop.services.verbuende.members import MemberData
from wba_desktop.services.verbuende.records import VerbundData
from wba_desktop.views.common.tasks import SyncTaskRunner
from wba_desktop.views.events.attendance_dialog import AttendanceDialog
from wba_desktop.views.events.followup_tab import FollowUpTab
from wba_desktop.views.events.invitation_dialogs import HistoryDialog, InvitePersonDialog
from wba_desktop.views.events.invitation_mail import SELECTION, EventMailDialog
from wba_desktop.views.events.invitations_tab import InvitationsTab
from wba_desktop.views.events.sources_dialog import SourcesDialog
from wba_desktop.vocab import ATTENDANCE, EVENT_INVITATIONS

LEFT = Qt.MouseButton.LeftButton
DAY = date.today() + timedelta(days=30)


def _withdraw(services, person_id: int) -> None:
    granted = date.today() - timedelta(days=400)
    services.consents.record(
        person_id, ConsentInput(EVENT_INVITATIONS, GRANTED, granted, source="Anmeldeformular")
    )
    withdrawn = date.today() - timedelta(days=3)
    services.consents.record(person_id, ConsentInput(EVENT_INVITATIONS, WITHDRAWN, withdrawn))


@pytest.fixture
def world(services):
    """Three organisations, six people (Engel withdrew consent, Fiedler has no
    address), a static Verteiler with all of them and an event with 2 places."""
    types = {t.name: t.id for t in services.reference.organisation_types()}
    regions = {r.name: r.id for r in services.reference.regions()}

    def org(name, kind, region):
        data = OrganisationData(name=name, type_id=types[kind], region_id=regions[region])
        return services.organisations.create(data).id

    hwk = org("Handwerkskammer Magdeburg", "Kammer (HWK)", "Magdeburg")
    ihk = org("IHK Halle-Dessau", "Kammer (IHK)", "Halle (Saale)")
    firm = org("Tischlerei Wöhlert", "Unternehmen", "Börde")
    people = {}
    for last, organisation, email in (
        ("Adler", hwk, "adler@hwk.example"),
        ("Bühler", hwk, "buehler@hwk.example"),
        ("Claußen", firm, "claussen@woehlert.example"),
        ("Dietz", ihk, "dietz@ihk.example"),
        ("Engel", ihk, "engel@ihk.example"),
        ("Fiedler", firm, ""),
    ):
        p = services.people.create(PersonData(last_name=last, first_name="Kim", email=email))
        services.affiliations.save(AffiliationData(person_id=p.id, organisation_id=organisation))
        people[last] = p.id
    _withdraw(services, people["Engel"])
    verteiler = services.verteiler.create("Fachtag Kammern")
    services.verteiler.add_members(verteiler.id, list(people.values()))
    event = services.events.create(
        EventData(
            title="Fachtag Weiterbildung",
            type="Fachkonferenz/Kongress",
            starts_at=datetime.combine(DAY, time(10)),
            ends_at=datetime.combine(DAY, time(16, 30)),
            venue="Tagungszentrum",
            city="Magdeburg",
            postcode="39104",
            capacity=2,
        )
    )
    return {"event": event.id, "verteiler": verteiler.id, "ihk": ihk, **people}


def _tab(qtbot, services, world) -> InvitationsTab:
    tab = InvitationsTab(services, SyncTaskRunner())
    qtbot.addWidget(tab)
    tab.resize(1100, 600)
    tab.set_event(world["event"])
    tab.show()
    return tab


def _invitations(services, world) -> dict[str, tuple[int, str]]:
    """last name -> (invitation id, status)"""
    return {r.last_name: (r.id, r.status) for r in services.invitation_queries.rows(world["event"])}


def _select(tab, world, services, *names) -> None:
    ids = _invitations(services, world)
    tab.select_invitations([ids[n][0] for n in names])


def test_extend_replies_waiting_list_attendance_and_files(
    qtbot, qtmodeltester, services, world, tmp_path, runner
):
    tab = _tab(qtbot, services, world)
    assert "Noch niemand" in tab.summary.text()
    assert not tab.status_button.isEnabled()  # nothing selected

    # extend the list from the Verteiler: the preview counts who is new and who is not
    qtbot.mouseClick(tab.sources_button, LEFT)
    dialog = next(w for w in tab.findChildren(SourcesDialog) if w.isVisible())
    assert not dialog.add_button.isEnabled()  # no source chosen yet
    dialog.verteiler.check("Fachtag Kammern (6)")
    dialog.update_preview()
    text = dialog.preview_label.text()
    assert "5 neue Personen" in text and "0 schon auf der Liste" in text
    assert "1 nicht eingeladen (1 Einwilligung widerrufen): Kim Engel" in text
    assert dialog.new_list.topLevelItemCount() == 5
    assert dialog.new_list.topLevelItem(0).text(1) == "Verteiler Fachtag Kammern"
    dialog.status.setCurrentText("eingeladen")
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert dialog.result.added == 5 and dialog.result.without_consent == 1
    inv = _invitations(services, world)
    assert set(inv) == {"Adler", "Bühler", "Claußen", "Dietz", "Fiedler"}  # Engel left out
    assert {status for _id, status in inv.values()} == {"eingeladen"}
    assert tab.model.rowCount() == 5
    assert "5 Personen hinzugefügt" in tab.info.text()
    assert tab.summary.text().startswith("5 eingeladen · 0 zugesagt (von 2 Plätzen)")
    qtmodeltester.check(tab.model, force_py=True)

    # three say yes, but there are two places: the third goes to the waiting list
    _select(tab, world, services, "Adler", "Bühler", "Claußen")
    assert tab.status_button.isEnabled() and not tab.history_button.isEnabled()
    tab.status_actions["zugesagt"].trigger()
    inv = _invitations(services, world)
    assert [inv[n][1] for n in ("Adler", "Bühler", "Claußen")] == [
        "zugesagt",
        "zugesagt",
        "Warteliste",
    ]
    assert "Ausgebucht – auf die Warteliste: Kim Claußen" in tab.info.text()
    assert "„zugesagt“ bei 2 Person(en)" in tab.info.text()
    assert len(tab.selected_rows()) == 3  # the selection survives the reload
    status_col = next(i for i, c in enumerate(tab.model.columns) if c.key == "status")
    row = tab.model.row_of(inv["Claußen"][0])
    assert tab.model.index(row, status_col).data() == "Warteliste"
    assert tab.model.index(row, status_col).data(Qt.ItemDataRole.BackgroundRole) is not None

    # one cancels: the waiting person moves up, and the history says so
    _select(tab, world, services, "Adler")
    tab.status_actions["abgesagt"].trigger()
    inv = _invitations(services, world)
    assert inv["Adler"][1] == "abgesagt" and inv["Claußen"][1] == "zugesagt"
    assert "Von der Warteliste nachgerückt: Kim Claußen" in tab.info.text()
    history = services.invitation_queries.history(inv["Claußen"][0])
    assert [h.status for h in history] == ["eingeladen", "Warteliste", "zugesagt"]
    assert history[-1].note == MOVED_UP
    assert tab.summary.text() == (
        "5 eingeladen · 2 zugesagt (von 2 Plätzen) · 0 Warteliste · 1 abgesagt"
    )
    _select(tab, world, services, "Claußen")
    assert tab.history_button.isEnabled()
    qtbot.mouseClick(tab.history_button, LEFT)
    hist = next(w for w in tab.findChildren(HistoryDialog) if w.isVisible())
    assert hist.model.rowCount() == 3
    assert hist.model.index(2, 2).data() == MOVED_UP
    assert hist.model.index(2, 1).data().startswith(date.today().strftime("%d.%m.%Y"))
    qtmodeltester.check(hist.model, force_py=True)
    hist.reject()

    # filter by status and search
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("zugesagt"))
    assert tab.model.rowCount() == 2
    type_text(qtbot, tab.search, "claußen")
    tab.reload()
    assert [r.last_name for r in tab.model.rows()] == ["Claußen"]
    tab.search.clear()
    tab.status_filter.setCurrentIndex(0)
    assert tab.model.rowCount() == 5

    # attendance: Claußen came, Bühler did not
    qtbot.mouseClick(tab.attendance_button, LEFT)
    att = next(w for w in tab.findChildren(AttendanceDialog) if w.isVisible())
    assert [r.last_name for r in att.rows] == ["Bühler", "Claußen"]  # by organisation
    assert att.counter.text() == "0 von 2 anwesend"
    type_text(qtbot, att.search, "wöhlert")
    assert att.checks.item(0).isHidden() and not att.checks.item(1).isHidden()
    qtbot.mouseClick(att.all_button, LEFT)  # only the shown ones
    assert att.counter.text() == "1 von 2 anwesend"
    att.search.clear()
    qtbot.mouseClick(att.ok_button, LEFT)
    inv = _invitations(services, world)
    assert inv["Claußen"][1] == "teilgenommen" and inv["Bühler"][1] == "nicht erschienen"
    assert "1 teilgenommen, 1 nicht erschienen" in tab.info.text()
    (visit,) = services.activities.history(person_id=world["Claußen"])
    assert visit.data.kind == ATTENDANCE and visit.event_id == world["event"]
    assert visit.data.happened_on == DAY
    assert services.activities.history(person_id=world["Bühler"]) == []

    # the participant list (without those who cancelled) and the calendar file
    target = tmp_path / "teilnehmer.xlsx"
    tab.export_participants(target)
    assert "teilnehmer.xlsx" in answer(qtbot, "Schließen")
    sheet = load_workbook(target).worksheets[0]
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert any("Claußen" in c for c in cells) and any("Bühler" in c for c in cells)
    assert not any("Adler" in c for c in cells)  # cancelled
    assert any(c == "teilgenommen" for c in cells)
    ics = tmp_path / "fachtag.ics"
    tab.export_calendar(ics)
    answer(qtbot, "Schließen")
    assert "Fachtag Weiterbildung" in ics.read_text(encoding="utf-8")

    # the follow-up tab
    followup = FollowUpTab(services, runner)
    qtbot.addWidget(followup)
    followup.resize(1100, 600)
    followup.set_event(world["event"])
    assert followup.canvas is None  # matplotlib waits until the tab is shown
    followup.show()
    qtbot.waitExposed(followup)
    totals = {k: label.text() for k, label in followup.total_labels.items()}
    assert totals == {
        "Eingeladen": "5",
        "Zugesagt": "2",
        "Teilgenommen": "1",
        "Nicht erschienen": "1",
        "Abgesagt": "1",
        "Warteliste": "0",
        "Teilnahmequote": "50\u00a0%",  # German: a non-breaking space before %
    }
    kinds = {r.label: (r.invited, r.accepted, r.attended) for r in followup.by_kind.rows()}
    assert kinds == {"Kammer (HWK)": (2, 1, 0), "Kammer (IHK)": (1, 0, 0), "Unternehmen": (2, 1, 1)}
    assert {r.label for r in followup.by_district.rows()} == {"Börde", "Halle (Saale)", "Magdeburg"}
    assert followup.canvas is not None and followup.figure.axes
    qtmodeltester.check(followup.by_kind, force_py=True)
    followup.export_report(tmp_path / "nachbericht.xlsx")
    answer(qtbot, "Schließen")
    assert load_workbook(tmp_path / "nachbericht.xlsx").sheetnames
    followup.export_chart(tmp_path / "diagramm.png")
    answer(qtbot, "Schließen")
    assert (tmp_path / "diagramm.png").read_bytes()[:4] == b"\x89PNG"


def test_withdrawn_consent_mail_to_the_list_and_removing(qtbot, services, world):
    sources = InvitationSources(verteiler_ids=(world["verteiler"],))
    services.invitations.add(world["event"], sources, "vorgemerkt")
    _withdraw(services, world["Dietz"])  # withdraws after being put on the list
    tab = _tab(qtbot, services, world)
    tooltip = Qt.ItemDataRole.ToolTipRole
    row = tab.model.row_of(_invitations(services, world)["Dietz"][0])
    assert tab.model.index(row, 0).data(tooltip) == "Einwilligung fehlt/widerrufen"
    assert tab.model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert tab.model.index(0, 0).data(tooltip) != "Einwilligung fehlt/widerrufen"
    assert "0 eingeladen · 5 vorgemerkt" in tab.summary.text()

    # invitation to those "vorgemerkt": BCC batches with ";" and the event in the text
    tab.act_mail_invite.trigger()
    mail = next(w for w in tab.findChildren(EventMailDialog) if w.isVisible())
    assert mail.addresses == [
        "adler@hwk.example",
        "buehler@hwk.example",
        "claussen@woehlert.example",
    ]
    assert len(mail.batch_buttons) == 1 and "bcc=adler@hwk.example;buehler@" in mail.batches[0].url
    body = mail.body.toPlainText()
    assert "Fachtag Weiterbildung" in body and f"Datum: {DAY:%d.%m.%Y}" in body
    assert "Uhrzeit: 10:00–16:30 Uhr" in body and "Tagungszentrum, 39104 Magdeburg" in body
    assert mail.subject.text() == "Einladung: Fachtag Weiterbildung"
    assert mail.missing.count() == 2  # Dietz (consent) and Fiedler (no address)
    assert mail.copy_text() == body
    assert mail.copy_addresses() == (
        "adler@hwk.example; buehler@hwk.example; claussen@woehlert.example"
    )
    assert QGuiApplication.clipboard().text().startswith("adler@hwk.example; ")
    mail.accept()
    answer(qtbot, "Auf „eingeladen“ setzen")
    inv = _invitations(services, world)
    assert [inv[n][1] for n in ("Adler", "Bühler", "Claußen")] == ["eingeladen"] * 3
    assert inv["Dietz"][1] == inv["Fiedler"][1] == "vorgemerkt"
    assert services.invitation_queries.history(inv["Adler"][0])[-1].note == "Einladung per E-Mail"

    # mail to a selection: only who may be written to and has an address
    _select(tab, world, services, "Bühler", "Dietz")
    tab.write_mail(SELECTION)
    mail = next(w for w in tab.findChildren(EventMailDialog) if w.isVisible())
    assert mail.addresses == ["buehler@hwk.example"] and mail.missing.count() == 1
    mail.reject()

    # remove (asks first; Del on the table does the same)
    _select(tab, world, services, "Fiedler")
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert "1 Person(en) von der Einladungsliste entfernen" in answer(qtbot, "Entfernen")
    assert "Fiedler" not in _invitations(services, world)
    assert tab.model.rowCount() == 4


def test_invite_one_person(qtbot, services, world):
    tab = _tab(qtbot, services, world)
    qtbot.mouseClick(tab.person_button, LEFT)
    dialog = next(w for w in tab.findChildren(InvitePersonDialog) if w.isVisible())
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert "Bitte aus der Liste wählen" in dialog.banner.text()
    type_text(qtbot, dialog.person, "Engel")
    dialog.person.refresh_choices()
    assert dialog.person.choose("Kim Engel – IHK Halle-Dessau")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert "Einwilligung" in dialog.banner.text() and dialog.isVisible()
    dialog.person.clear()
    type_text(qtbot, dialog.person, "Dietz")
    dialog.person.refresh_choices()
    assert dialog.person.choose("Kim Dietz – IHK Halle-Dessau")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible()
    assert _invitations(services, world)["Dietz"][1] == "vorgemerkt"
    assert [r.last_name for r in tab.selected_rows()] == ["Dietz"]
    for w in QApplication.topLevelWidgets():
        if isinstance(w, InvitePersonDialog):
            w.close()


def test_sources_from_a_verbund_and_a_filter(qtbot, services, world):
    vb = services.verbuende.create(VerbundData(name="Weiterbildungsverbund Altmark"))
    services.verbund_members.save_member(
        vb.id, MemberData(organisation_id=world["ihk"], contact_person_id=world["Dietz"])
    )
    dialog = SourcesDialog(services, world["event"])
    qtbot.addWidget(dialog)
    dialog.verbuende.check("Weiterbildungsverbund Altmark")
    dialog.update_preview()
    assert dialog.preview_label.text() == "1 neue Personen · 0 schon auf der Liste"
    assert dialog.new_list.topLevelItem(0).text(1) == "Verbund Weiterbildungsverbund Altmark"
    dialog.all_staff.setChecked(True)  # Engel works there too, but withdrew consent
    dialog.update_preview()
    assert (
        "1 nicht eingeladen (1 Einwilligung widerrufen): Kim Engel" in dialog.preview_label.text()
    )
    dialog.kinds.check("Kammer (HWK)")
    dialog.update_preview()
    sources = {
        dialog.new_list.topLevelItem(i).text(0): dialog.new_list.topLevelItem(i).text(1)
        for i in range(dialog.new_list.topLevelItemCount())
    }
    assert sources == {
        "Kim Adler": "Merkmale: Kammer (HWK)",
        "Kim Bühler": "Merkmale: Kammer (HWK)",
        "Kim Dietz": "Verbund Weiterbildungsverbund Altmark",
    }
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert dialog.result.added == 3
    inv = _invitations(services, world)
    assert set(inv) == {"Adler", "Bühler", "Dietz"}
    assert {status for _id, status in inv.values()} == {"vorgemerkt"}
