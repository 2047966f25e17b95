"""The event dialog, the programme tab and the checklist tab on their own.

Events are created through the services (or the dialog); the tests click and type
like a user and then check what reached the database.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QMenu

from tests.gui.conftest import answer, message_box, type_text
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.events.programme import SessionData
from wba_desktop.services.events.records import EventData
from wba_desktop.services.verbuende.records import VerbundData
from wba_desktop.views.common.tasks import SyncTaskRunner
from wba_desktop.views.events.checklist_tab import ChecklistItemDialog, ChecklistModel, ChecklistTab
from wba_desktop.views.events.event_dialog import EventDialog
from wba_desktop.views.events.programme_tab import ProgrammeTab, SessionTableModel
from wba_desktop.views.events.session_dialog import AssignDialog, SessionDialog

LEFT = Qt.MouseButton.LeftButton
TODAY = date.today()
DAY = TODAY + timedelta(days=60)


@pytest.fixture
def world(services):
    """An organisation, four people (Albrecht speaks), a Verbund and district ids."""
    types = {t.name: t.id for t in services.reference.organisation_types()}
    regions = {r.name: r.id for r in services.reference.regions()}
    ihk = services.organisations.create(
        OrganisationData(name="IHK Halle-Dessau", type_id=types["Kammer (IHK)"])
    )
    people = {}
    for first, last in (("Anna", "Albrecht"), ("Bert", "Brückner"), ("Carla", "Cöster")):
        p = services.people.create(PersonData(last_name=last, first_name=first))
        services.affiliations.save(AffiliationData(person_id=p.id, organisation_id=ihk.id))
        people[last] = p.id
    people["Dörr"] = services.people.create(PersonData(last_name="Dörr", first_name="Dora")).id
    vb = services.verbuende.create(VerbundData(name="Weiterbildungsverbund Anhalt"), today=TODAY)
    return {"ihk": ihk.id, "verbund": vb.id, "regions": regions, **people}


def make_event(services, world, title="Fachtag Weiterbildung", day=DAY, region="Wittenberg"):
    data = EventData(
        title=title,
        starts_at=datetime.combine(day, time(10)),
        ends_at=datetime.combine(day, time(15)),
        region_id=world["regions"][region] if region else None,
        venue="Tagungszentrum",
        city="Dessau-Roßlau",
    )
    return services.events.create(data, today=TODAY).id


def _show(qtbot, widget, size=(1000, 520)):
    # a dialog a test leaves with edits closes without asking about unsaved changes
    clean = getattr(widget, "mark_clean", None)
    qtbot.addWidget(widget, before_close_func=clean and (lambda _w: clean()))
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _dialog(qtbot, cls):
    def find():
        return next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()),
            None,
        )

    qtbot.waitUntil(lambda: find() is not None, timeout=2000)
    return find()


def pick(picker, text: str) -> None:
    """Type into a record picker and take the first hit from the popup."""
    picker.setText(text)
    picker.refresh_choices()
    label = picker.completer().model().index(0, 0).data()
    assert picker.choose(label), label


def type_datetime(qtbot, edit: QDateTimeEdit, value: datetime) -> None:
    """Type TT.MM.JJJJ HH:mm digit by digit, starting in the day section."""
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(edit, f"{value:%d%m%Y%H%M}")
    assert edit.dateTime().toPython() == value


# -- the event dialog ------------------------------------------------------------------
def test_create_event_by_typing_and_clicking(qtbot, services, world):
    dialog = _show(qtbot, EventDialog(services))
    default = datetime.combine(TODAY + timedelta(weeks=4), time(10))
    assert dialog.starts_at.dateTime().toPython() == default
    assert dialog.ends_at.dateTime().toPython() == default.replace(hour=15)
    assert dialog.capacity.text() == "unbegrenzt"
    type_text(qtbot, dialog.title_edit, "Weiterbildungskongress Ost")
    qtbot.keyClicks(dialog.type, "Fach")
    assert dialog.type.currentText() == "Fachkonferenz/Kongress"
    type_datetime(qtbot, dialog.starts_at, datetime.combine(DAY, time(9, 30)))
    # the end moved along with the start and keeps the length; then a later end
    assert dialog.ends_at.dateTime().toPython() == datetime.combine(DAY, time(14, 30))
    type_datetime(qtbot, dialog.ends_at, datetime.combine(DAY, time(17)))
    assert dialog.duration.text() == "Dauer 7:30 h"
    dialog.capacity.selectAll()
    qtbot.keyClicks(dialog.capacity, "150")

    dialog.tabs.setCurrentIndex(1)
    assert "noch offen" in dialog.mode_hint.text()
    type_text(qtbot, dialog.venue, "Bauhaus Dessau")
    qtbot.keyClicks(dialog.postcode, "06846")
    type_text(qtbot, dialog.city, "Dessau-Roßlau")
    assert dialog.mode_hint.text() == "vor Ort"
    qtbot.keyClicks(dialog.online_url, "https://stream.example.org/kongress")
    assert dialog.mode_hint.text() == "hybrid (vor Ort und online)"
    qtbot.keyClicks(dialog.region, "Wit")
    assert dialog.region.currentText() == "Wittenberg"
    assert dialog.wba_region.text() == "WBA-Region Ost"

    dialog.tabs.setCurrentIndex(2)
    pick(dialog.organiser_picker, "IHK")
    assert dialog.organisers.count() == 1 and dialog.organiser_picker.text() == ""
    pick(dialog.organiser_picker, "IHK")  # a second time changes nothing
    assert dialog.organisers.count() == 1
    dialog.verbuende.check("Weiterbildungsverbund Anhalt")
    dialog.tabs.setCurrentIndex(3)
    type_text(qtbot, dialog.description, "Acht parallele Workshops am Nachmittag.")

    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible() and message_box() is None
    (e,) = services.events.list_events()
    assert dialog.saved_id == e.id
    assert (e.title, e.type, e.capacity, e.mode) == (
        "Weiterbildungskongress Ost",
        "Fachkonferenz/Kongress",
        150,
        "hybrid",
    )
    assert (e.starts_at, e.ends_at) == (
        datetime.combine(DAY, time(9, 30)),
        datetime.combine(DAY, time(17)),
    )
    assert (e.region_name, e.wba_region) == ("Wittenberg", "Ost")
    assert e.organiser_names == ("IHK Halle-Dessau",)
    assert e.verbund_names == ("Weiterbildungsverbund Anhalt",)
    detail = services.events.get(e.id)
    assert (detail.postcode, detail.description) == (
        "06846",
        "Acht parallele Workshops am Nachmittag.",
    )


def test_start_in_the_past_is_refused(qtbot, services, world):
    dialog = _show(qtbot, EventDialog(services))
    type_text(qtbot, dialog.title_edit, "Rückblick")
    yesterday = datetime.combine(TODAY - timedelta(days=1), time(10))
    dialog.tabs.setCurrentIndex(3)
    dialog.starts_at.setDateTime(yesterday)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible()
    assert f"Beginn: Der {yesterday:%d.%m.%Y} liegt in der Vergangenheit." in dialog.banner.text()
    assert "Vergangenheit" in dialog.starts_at.toolTip()
    assert dialog.tabs.currentIndex() == 0  # the tab with the wrong field comes to the front
    assert services.events.list_events() == []


def test_end_before_start_is_refused(qtbot, services, world):
    dialog = _show(qtbot, EventDialog(services))
    type_text(qtbot, dialog.title_edit, "Infoabend")
    type_datetime(qtbot, dialog.ends_at, datetime.combine(TODAY + timedelta(weeks=4), time(9)))
    assert dialog.duration.text() == "Ende liegt vor dem Beginn"
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible()
    assert "Ende: Das Ende (" in dialog.banner.text()
    assert "liegt vor dem Beginn" in dialog.ends_at.toolTip()
    assert services.events.list_events() == []


def test_same_day_in_the_same_wba_region_warns_but_saves(qtbot, services, world):
    make_event(services, world, "Netzwerktreffen Wittenberg", region="Wittenberg")
    dialog = _show(qtbot, EventDialog(services))
    type_text(qtbot, dialog.title_edit, "Infoabend Dessau")
    dialog.starts_at.setDateTime(datetime.combine(DAY, time(18)))
    dialog.ends_at.setDateTime(datetime.combine(DAY, time(20)))
    dialog.region.setCurrentText("Dessau-Roßlau")  # also WBA-Region Ost
    qtbot.mouseClick(dialog.save_button, LEFT)
    text = answer(qtbot, "OK")
    assert f"Am {DAY:%d.%m.%Y} ist in der WBA-Region Ost schon „Netzwerktreffen Wittenberg“" in text
    assert "„Infoabend Dessau“ ist trotzdem gespeichert" in text
    qtbot.waitUntil(lambda: not dialog.isVisible())
    titles = [e.title for e in services.events.list_events()]
    assert sorted(titles) == ["Infoabend Dessau", "Netzwerktreffen Wittenberg"]


def test_same_day_in_another_wba_region_does_not_warn(qtbot, services, world):
    make_event(services, world, "Netzwerktreffen Wittenberg", region="Wittenberg")
    dialog = _show(qtbot, EventDialog(services))
    type_text(qtbot, dialog.title_edit, "Infoabend Magdeburg")
    dialog.starts_at.setDateTime(datetime.combine(DAY, time(18)))
    dialog.ends_at.setDateTime(datetime.combine(DAY, time(20)))
    dialog.region.setCurrentText("Magdeburg")  # WBA-Region Nord
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible() and message_box() is None
    assert len(services.events.list_events()) == 2


def test_presets_and_editing(qtbot, services, world):
    dialog = _show(
        qtbot, EventDialog(services, verbund_ids=(world["verbund"],), event_type="Kick-off")
    )
    assert dialog.type.currentText() == "Kick-off"
    assert dialog.verbuende.checked() == (world["verbund"],)
    assert not dialog.has_changes()
    dialog.reject()

    event_id = make_event(services, world)
    e = services.events.get(event_id)
    services.events.update(event_id, replace(e.data, organiser_ids=(world["ihk"],)), e.version)
    dialog = _show(qtbot, EventDialog(services, event_id))
    assert dialog.title.text() == "Fachtag Weiterbildung"
    assert dialog.organisers.item(0).text() == "IHK Halle-Dessau"
    assert not dialog.has_changes()
    dialog.title_edit.selectAll()
    type_text(qtbot, dialog.title_edit, "Fachtag Weiterbildung 2")
    dialog.tabs.setCurrentIndex(2)
    dialog.organisers.setCurrentRow(0)
    qtbot.keyClick(dialog.organisers, Qt.Key.Key_Delete)
    assert dialog.organisers.count() == 0
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    e = services.events.get(event_id)
    assert (e.title, e.organiser_ids) == ("Fachtag Weiterbildung 2", ())


# -- the programme ---------------------------------------------------------------------
def _programme(qtbot, services, event_id):
    tab = _show(qtbot, ProgrammeTab(services, SyncTaskRunner()), (1100, 480))
    tab.set_event(event_id)
    return tab


def _set_time(edit, hour: int, minute: int = 0) -> None:
    edit.setTime(QTime(hour, minute))


def test_add_a_session_through_the_dialog(qtbot, services, world):
    event_id = make_event(services, world)
    tab = _programme(qtbot, services, event_id)
    assert tab.summary.text().startswith("0 Programmpunkte")
    qtbot.mouseClick(tab.add_button, LEFT)
    dialog = _dialog(qtbot, SessionDialog)
    assert not dialog.day.isVisible()  # a one-day event needs no day
    assert (dialog.start.time(), dialog.end.time()) == (QTime(10, 0), QTime(11, 0))
    type_text(qtbot, dialog.title, "Trends in der Weiterbildung")
    qtbot.keyClicks(dialog.kind, "Key")
    _set_time(dialog.start, 10, 15)
    assert dialog.end.time() == QTime(11, 15)  # the length stays
    _set_time(dialog.end, 11, 30)
    type_text(qtbot, dialog.room, "Großer Saal")
    pick(dialog.speaker_picker, "Albrecht")
    dialog.role.setCurrentText("Moderation")
    pick(dialog.speaker_picker, "Brückner")
    assert dialog.speaker_list() == [
        (world["Albrecht"], "Referent/in"),
        (world["Brückner"], "Moderation"),
    ]
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(dialog.save_button(), LEFT)
    (s,) = services.programme.sessions(event_id)
    assert (s.title, s.kind, s.room) == ("Trends in der Weiterbildung", "Keynote", "Großer Saal")
    assert (s.starts_at.time(), s.ends_at.time()) == (time(10, 15), time(11, 30))
    assert [(p.name, p.role) for p in s.speakers] == [
        ("Anna Albrecht", "Referent/in"),
        ("Bert Brückner", "Moderation"),
    ]
    row = [tab.model.index(0, c).data() for c in range(tab.model.columnCount())]
    assert row == [
        "10:15–11:30",
        "",
        "Keynote",
        "Trends in der Weiterbildung",
        "Großer Saal",
        "Anna Albrecht; Moderation: Bert Brückner",
        "",
    ]
    # the next one starts where the last ended
    dialog = tab.add_session()
    assert dialog.start.time() == QTime(11, 30)
    dialog.reject()


def test_session_outside_the_event_time_is_refused(qtbot, services, world):
    event_id = make_event(services, world)
    tab = _programme(qtbot, services, event_id)
    dialog = tab.add_session()
    type_text(qtbot, dialog.title, "Frühstück")
    _set_time(dialog.start, 8, 30)
    _set_time(dialog.end, 9, 30)
    qtbot.mouseClick(dialog.save_button(), LEFT)
    assert dialog.isVisible()
    assert "liegt außerhalb der Zeit der Veranstaltung" in dialog.banner.text()
    assert "außerhalb" in dialog.start.toolTip()
    _set_time(dialog.start, 14, 30)
    _set_time(dialog.end, 16, 0)
    qtbot.mouseClick(dialog.save_button(), LEFT)
    assert "liegt nach dem Ende der Veranstaltung" in dialog.end.toolTip()
    assert services.programme.sessions(event_id) == []
    dialog.reject()


def test_session_on_the_second_day_of_a_two_day_event(qtbot, services, world):
    data = EventData(
        title="Sommerakademie",
        starts_at=datetime.combine(DAY, time(13)),
        ends_at=datetime.combine(DAY + timedelta(days=1), time(16)),
    )
    event_id = services.events.create(data, today=TODAY).id
    tab = _programme(qtbot, services, event_id)
    dialog = tab.add_session()
    assert dialog.day.isVisible() and dialog.day.count() == 2
    assert dialog.day.itemText(1).endswith(f"{DAY + timedelta(days=1):%d.%m.%Y}")
    type_text(qtbot, dialog.title, "Exkursion")
    dialog.day.setCurrentIndex(1)
    _set_time(dialog.start, 9)
    _set_time(dialog.end, 12)
    qtbot.mouseClick(dialog.save_button(), LEFT)
    (s,) = services.programme.sessions(event_id)
    assert s.starts_at == datetime.combine(DAY + timedelta(days=1), time(9))
    assert tab.model.index(0, 0).data() == f"{DAY + timedelta(days=1):%d.%m.} 09:00–12:00"


@pytest.fixture
def workshops(services, world):
    """An event with two parallel workshops of 2 places and three people who said yes."""
    event_id = make_event(services, world)
    at = lambda h, m=0: datetime.combine(DAY, time(h, m))  # noqa: E731
    for title in ("Workshop A: Digitalisierung", "Workshop B: Fachkräfte"):
        services.programme.save_session(
            event_id, SessionData(title, "Workshop", at(13), at(14, 30), capacity=2)
        )
    ids = [
        services.invitations.add_person(event_id, world[n], "eingeladen")
        for n in ("Albrecht", "Brückner", "Cöster")
    ]
    services.invitations.set_status(ids, "zugesagt")
    return event_id


def test_parallel_sessions_are_marked(qtbot, services, world, workshops):
    tab = _programme(qtbot, services, workshops)
    m = tab.model
    assert [m.index(r, 1).data() for r in range(2)] == ["‖", "‖"]
    assert m.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == (
        "läuft parallel zu: Workshop B: Fachkräfte"
    )
    assert m.index(0, 6).data() == "0/2"
    assert "2 laufen parallel" in tab.summary.text()


def test_assigning_over_the_places_is_refused(qtbot, services, world, workshops):
    tab = _programme(qtbot, services, workshops)
    assert tab.select_session("Workshop A: Digitalisierung")
    qtbot.mouseClick(tab.assign_button, LEFT)
    dialog = _dialog(qtbot, AssignDialog)
    assert dialog.people.topLevelItemCount() == 3
    for name in ("Anna Albrecht", "Bert Brückner", "Carla Cöster"):
        dialog.check(name)
    assert dialog.count_label.text() == "3 von 2 Plätzen belegt"
    qtbot.mouseClick(dialog.save_button(), LEFT)
    assert dialog.isVisible()
    assert "„Workshop A: Digitalisierung“ hat nur 2 Plätze" in dialog.banner.text()
    assert [s.assigned for s in services.programme.sessions(workshops)] == [0, 0]

    dialog.check("Carla Cöster", False)
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(dialog.save_button(), LEFT)
    assert [s.assigned for s in services.programme.sessions(workshops)] == [2, 0]
    assert tab.model.index(0, 6).data() == "2/2"
    assert tab.model.index(0, 6).data(Qt.ItemDataRole.FontRole).bold()  # full

    # in the parallel workshop, those in A are shown; ticking one moves her over
    assert tab.select_session("Workshop B: Fachkräfte")
    dialog = tab.assign_participants()
    elsewhere = {
        dialog.people.topLevelItem(i).text(0): dialog.people.topLevelItem(i).text(2)
        for i in range(3)
    }
    assert elsewhere["Anna Albrecht"] == "Workshop A: Digitalisierung"
    assert elsewhere["Carla Cöster"] == ""
    dialog.check("Anna Albrecht")
    dialog.check("Carla Cöster")
    qtbot.mouseClick(dialog.save_button(), LEFT)
    assert [s.assigned for s in services.programme.sessions(workshops)] == [1, 2]

    # a full session can swap people: one out, one in
    assert tab.select_session("Workshop B: Fachkräfte")
    dialog = tab.assign_participants()
    dialog.check("Carla Cöster", False)
    dialog.check("Bert Brückner")
    qtbot.mouseClick(dialog.save_button(), LEFT)
    assert not dialog.isVisible()
    rows = {r.name: r.sessions for r in services.invitation_queries.rows(workshops)}
    assert rows == {
        "Anna Albrecht": ("Workshop B: Fachkräfte",),
        "Bert Brückner": ("Workshop B: Fachkräfte",),
        "Carla Cöster": (),
    }


def test_speaker_calendar_file(qtbot, services, world, tmp_path):
    event_id = make_event(services, world)
    start = datetime.combine(DAY, time(10))
    services.programme.save_session(
        event_id,
        SessionData(
            "Podium",
            "Podium",
            start,
            start + timedelta(hours=1),
            speakers=((world["Albrecht"], "Referent/in"), (world["Brückner"], "Moderation")),
        ),
    )
    tab = _programme(qtbot, services, event_id)
    tab.table.selectRow(0)
    assert tab.ics_button.isEnabled()
    menu = tab.export_speaker_calendar()  # two speakers: a menu asks whose
    assert isinstance(menu, QMenu)
    assert [a.text() for a in menu.actions()] == [
        "Anna Albrecht (Referent/in)",
        "Bert Brückner (Moderation)",
    ]
    menu.close()
    path = tmp_path / "albrecht.ics"
    tab.export_speaker_calendar(world["Albrecht"], path)
    assert "Die Datei wurde gespeichert" in answer(qtbot, "Schließen")
    text = path.read_text(encoding="utf-8")
    assert "BEGIN:VCALENDAR" in text and "SUMMARY:Podium" in text


# -- the checklist ---------------------------------------------------------------------
def test_tick_a_checklist_item(qtbot, services, world):
    event_id = make_event(services, world, day=TODAY + timedelta(days=10))
    tab = _show(qtbot, ChecklistTab(services))
    tab.set_event(event_id)
    items = tab.items()
    overdue = [i for i in items if i.overdue]
    assert overdue and overdue[0].title == "Raum reservieren"
    assert tab.summary.text() == f"{len(items)} offen, davon {len(overdue)} überfällig"
    first = tab.model.index(0, 1)
    assert first.data(Qt.ItemDataRole.ForegroundRole) == QColor("#b03a2e")
    assert first.data(Qt.ItemDataRole.FontRole).bold()
    due = tab.model.index(0, 2).data()
    assert due == f"{overdue[0].due_on:%d.%m.%Y} (6 Wochen vorher)"

    rect = tab.table.visualRect(tab.model.index(0, 0))
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(
            tab.table.viewport(), LEFT, pos=QPoint(rect.left() + 11, rect.center().y())
        )
    done = {i.title: i for i in services.checklists.items(event_id)}
    assert done["Raum reservieren"].done and done["Raum reservieren"].done_on == TODAY
    assert tab.model.index(0, 3).data() == f"{TODAY:%d.%m.%Y}"
    # done items are grey and no longer bold
    assert tab.model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) == QColor("#8a8a8a")
    assert tab.model.index(0, 1).data(Qt.ItemDataRole.FontRole) is None
    assert tab.summary.text() == f"{len(items) - 1} offen, davon {len(overdue) - 1} überfällig"


def test_add_edit_and_delete_checklist_items(qtbot, services, world):
    event_id = make_event(services, world)
    tab = _show(qtbot, ChecklistTab(services))
    tab.set_event(event_id)
    n = len(tab.items())
    qtbot.mouseClick(tab.add_button, LEFT)
    dialog = _dialog(qtbot, ChecklistItemDialog)
    qtbot.mouseClick(dialog.save_button(), LEFT)
    assert "Aufgabe: Bitte ausfüllen." in dialog.banner.text()
    type_text(qtbot, dialog.title, "Namensschilder drucken")
    dialog.due_on.set_value(DAY - timedelta(days=2))
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(dialog.save_button(), LEFT)
    assert len(services.checklists.items(event_id)) == n + 1
    row = next(
        r
        for r in range(tab.model.rowCount())
        if tab.model.index(r, 1).data() == "Namensschilder drucken"
    )
    assert tab.model.index(row, 2).data() == f"{DAY - timedelta(days=2):%d.%m.%Y}"

    tab.table.selectRow(row)
    dialog = tab.edit_item()
    dialog.title.selectAll()
    type_text(qtbot, dialog.title, "Namensschilder und Mappen")
    qtbot.mouseClick(dialog.save_button(), LEFT)
    titles = [i.title for i in services.checklists.items(event_id)]
    assert "Namensschilder und Mappen" in titles

    row = next(
        r
        for r in range(tab.model.rowCount())
        if tab.model.index(r, 1).data() == "Namensschilder und Mappen"
    )
    tab.table.selectRow(row)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert "„Namensschilder und Mappen“ von der Checkliste löschen?" in answer(qtbot, "Löschen")
    assert len(services.checklists.items(event_id)) == n


# -- models ----------------------------------------------------------------------------
def test_models(qtmodeltester, services, world, workshops):
    model = SessionTableModel()
    model.set_sessions(services.programme.sessions(workshops))
    qtmodeltester.check(model, force_py=True)
    checklist = ChecklistModel(services.checklists.set_done)
    checklist.set_rows(services.checklists.items(workshops))
    qtmodeltester.check(checklist, force_py=True)
