"""The Veranstaltungen area in the main window: list and month, the same-day warning,
status menu, delete with the question, and a Verbund planning its own event."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import answer
from wba_desktop.services.events.records import EventData
from wba_desktop.services.verbuende.records import VerbundData
from wba_desktop.views.events.event_dialog import EventDialog

DAY = date.today() + timedelta(days=21)


def _event(services, title, region="Wittenberg", day=DAY, hour=10, **kw):
    regions = {r.name: r.id for r in services.reference.regions()}
    start = datetime.combine(day, datetime.min.time()).replace(hour=hour)
    return services.events.create(
        EventData(
            title=title,
            starts_at=start,
            ends_at=start + timedelta(hours=2),
            region_id=regions[region],
            city="Wittenberg",
            **kw,
        )
    )


def _area(window):
    window.show_area("events")
    return window.events.widget


def _row(view, title):
    return next(r for r in view.model.rows() if r.title == title)


def test_list_marks_two_events_on_one_day_in_one_region(qtbot, window, services):
    a = _event(services, "Infotag Fachkräfte")
    b = _event(services, "Netzwerktreffen Ost", region="Dessau-Roßlau", hour=15)
    _event(services, "Anderswo", region="Magdeburg")  # WBA region Nord: no clash
    view = _area(window)
    assert window.count_label.text() == "3 Veranstaltungen"
    assert "Netzwerktreffen Ost" in _row(view, "Infotag Fachkräfte").conflict
    assert _row(view, "Anderswo").conflict == ""
    index = view.model.index(view.model.rows().index(_row(view, "Infotag Fachkräfte")), 2)
    assert index.data().startswith("⚠ ")
    # the warning looks at every planned event, also those a filter hides
    view.text.setText("Infotag")
    assert [r.id for r in view.model.rows()] == [a.id]
    assert "Netzwerktreffen Ost" in view.model.rows()[0].conflict
    view.select_id(a.id)
    assert view.warning.isVisibleTo(view) and "Netzwerktreffen Ost" in view.warning.text()
    # cancelled: the clash is gone
    services.events.set_status(b.id, "abgesagt")
    view.reload()
    assert view.model.rows()[0].conflict == ""


def test_month_view_shows_the_day(qtbot, window, services):
    e = _event(services, "Workshop Digitalisierung")
    view = _area(window)
    view.month_button.click()
    assert view.pages.currentIndex() == 1 and not view.period.isEnabled()
    view.calendar.setSelectedDate(QDate(DAY.year, DAY.month, DAY.day))
    assert [r.id for r in view.calendar.events_on(DAY)] == [e.id]
    assert view.day_list.count() == 1 and "Workshop Digitalisierung" in view.day_list.item(0).text()
    assert view.current_id() == e.id and view.title.text() == "Workshop Digitalisierung"
    view.list_button.click()
    assert view.pages.currentIndex() == 0


def test_status_menu_and_delete_asks(qtbot, window, services):
    e = _event(services, "Beiratssitzung")
    view = _area(window)
    view.select_id(e.id)
    view.status_menu.actions()[2].trigger()  # "Einladung versendet"
    assert services.events.get(e.id).status == "Einladung versendet"
    assert "Einladung versendet" in view.subtitle.text()
    view.delete_button.click()
    text = answer(qtbot, "Abbrechen")
    assert "Kontakthistorie" in text and "abgesagt" in text
    assert [x.id for x in services.events.list_events()] == [e.id]
    view.delete_button.click()
    answer(qtbot, "Löschen")
    assert services.events.list_events() == []
    assert view.model.rowCount() == 0


def test_a_verbund_plans_its_event(qtbot, window, services):
    vid = services.verbuende.create(VerbundData(name="Verbund Pflege Harz", short_name="VPH")).id
    verbund_view = window.verbund_commands.view
    window.show_area("verbuende")
    verbund_view.select_id(vid)
    verbund_view.tabs.setCurrentWidget(verbund_view.events)
    verbund_view.events.new_button.click()
    assert window.current_view() is window.events
    # earlier tests may leave closed dialogs behind until Qt deletes them: the open one
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, EventDialog) and w.isVisible()
    ]
    assert len(dialogs) == 1
    assert dialogs[0].data().verbund_ids == (vid,)
    dialogs[0].mark_clean()
    dialogs[0].reject()


def test_a_cancelled_event_offers_its_calendar_file_as_the_cancellation(
    qtbot, window, services, tmp_path
):
    from icalendar import Calendar
    from PySide6.QtWidgets import QFileDialog

    e = _event(services, "Beiratssitzung")
    view = _area(window)
    view.select_id(e.id)
    assert view.ics_button.text() == "Kalenderdatei (.ics) …"
    before = tmp_path / "termin.ics"
    view.export_calendar(before)
    answer(qtbot, "Schließen")
    view.status_menu.actions()[4].trigger()  # "abgesagt"
    assert services.events.get(e.id).status == "abgesagt"
    assert view.ics_button.text() == "Absage als Kalenderdatei …"
    assert "gestrichen" in view.ics_button.toolTip()
    tab = view.invitations
    assert tab.ics_button.text() == "Absage als Kalenderdatei …"
    qtbot.mouseClick(view.ics_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog))
    assert dialog.windowTitle() == "Absage als Kalenderdatei speichern"
    assert dialog.selectedFiles()[0].endswith("absage-beiratssitzung.ics")
    dialog.reject()
    target = tmp_path / "absage.ics"
    view.export_calendar(target)
    answer(qtbot, "Schließen")
    old, new = (Calendar.from_ical(p.read_bytes()) for p in (before, target))
    assert (str(old["METHOD"]), str(new["METHOD"])) == ("PUBLISH", "CANCEL")
    (was,), (now,) = old.walk("VEVENT"), new.walk("VEVENT")
    assert str(now["UID"]) == str(was["UID"])
    assert (now["SEQUENCE"], str(now["STATUS"])) == (was["SEQUENCE"] + 1, "CANCELLED")
    # back on: the ordinary calendar file again
    view.status_menu.actions()[1].trigger()  # "geplant"
    assert view.ics_button.text() == "Kalenderdatei (.ics) …"
