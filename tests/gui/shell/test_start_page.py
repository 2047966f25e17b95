"""The start page through the window: it reads the day in the background, the tiles
open their filtered lists, a row opens its record with Enter or a double-click, and
Tab reaches every card (invented names only)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wba_desktop.services.directory.activities import ActivityData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.events.event_data import EventData
from wba_desktop.services.verbuende.progress import TaskData
from wba_desktop.services.verbuende.verbund_rules import VerbundData
from wba_desktop.views.directory.organisation_dialog import OrganisationDialog

LEFT = Qt.MouseButton.LeftButton
TODAY = date.today()


@pytest.fixture
def day(services) -> dict:
    types = {t.name: t.id for t in services.reference.organisation_types()}
    org = services.organisations.create(
        OrganisationData(name="Bildungshaus Wiesengrund", type_id=types["Unternehmen"])
    ).id
    services.activities.save(
        ActivityData(TODAY - timedelta(days=20), organisation_id=org, subject="Rückruf",
                     due_on=TODAY - timedelta(days=2))
    )  # fmt: skip
    vid = services.verbuende.create(
        VerbundData(name="Verbund Quellental", phase="Aktiv", phase_since=TODAY)
    ).id
    services.verbund_progress.save_task(
        vid, TaskData("Beirat einladen", due_on=TODAY - timedelta(days=3))
    )
    start = datetime.combine(TODAY + timedelta(days=3), time(10))
    eid = services.events.create(
        EventData("Fachtag Quellental", starts_at=start, ends_at=start + timedelta(hours=2))
    ).id
    for item in services.checklists.items(eid):
        services.checklists.delete_item(item.id)
    services.checklists.add_item(eid, "Raum buchen", due_on=TODAY - timedelta(days=1))
    return {"org": org, "verbund": vid, "event": eid}


@pytest.fixture
def start(qtbot, window, day):
    window.show_area("start")
    qtbot.waitUntil(lambda: window.start.loaded)
    return window.start


def _row_of(card, title: str) -> int:
    for row in range(card.model.rowCount()):
        if any(card.model.index(row, c).data() == title for c in range(card.model.columnCount())):
            return row
    raise AssertionError(f"{title!r} not on the card {card.title!r}")


def _enter(qtbot, card, row: int) -> None:
    card.table.setFocus()
    card.table.setCurrentIndex(card.model.index(row, 0))
    qtbot.keyClick(card.table, Qt.Key.Key_Return)


def _double_click(qtbot, card, row: int) -> None:
    pos = card.table.visualRect(card.model.index(row, 1)).center()
    qtbot.mouseClick(card.table.viewport(), LEFT, pos=pos)
    qtbot.mouseDClick(card.table.viewport(), LEFT, pos=pos)


def test_the_day_is_painted_after_the_background_read(qtbot, window, day):
    view = window.start
    assert not view.loaded and view.dashboard is None  # nothing read before it is shown
    with qtbot.waitSignal(view.loaded_signal, timeout=5000):
        window.show_area("start")
    assert view.loaded
    assert view.greeting.text().endswith(f"{TODAY:%d.%m.%Y}.")
    assert view.tiles["organisations"].number.text() == "1"
    assert view.tiles["verbuende"].number.text() == "1"
    assert view.tiles["events"].number.text() == "1"
    assert [r.title for r in view.tasks.model.rows()] == ["Beirat einladen", "Raum buchen"]
    assert view.tasks.heading.text() == "Aufgaben und Checklisten (2)"
    assert view.followups.model.rows()[0].subject == "Rückruf"
    # the follow-up, the task and the checklist item
    assert window.count_label.text() == "3 überfällig, 0 bald fällig"
    qtbot.waitUntil(lambda: view.chart.drawn)


def test_a_tile_opens_its_filtered_list(qtbot, window, start):
    qtbot.mouseClick(start.tiles["verbuende"], LEFT)
    view = window.verbuende.widget
    assert window.current_view() is window.verbuende
    assert view.phase.currentData() == "Aktiv"
    window.show_area("start")
    start.tiles["events"].setFocus()
    qtbot.keyClick(start.tiles["events"], Qt.Key.Key_Return)
    assert window.current_view() is window.events
    assert window.events.widget.period.currentData() == "future"
    window.show_area("start")
    qtbot.mouseClick(start.tiles["organisations"], LEFT)
    assert window.current_view() is window.organisations


def test_a_task_opens_its_verbund_and_a_checklist_item_its_event(qtbot, window, start, day):
    _enter(qtbot, start.tasks, _row_of(start.tasks, "Beirat einladen"))
    view = window.verbuende.widget
    assert window.current_view() is window.verbuende
    assert view.current_id() == day["verbund"]
    assert view.tabs.currentWidget() is view.tasks
    window.show_area("start")
    _double_click(qtbot, start.tasks, _row_of(start.tasks, "Raum buchen"))
    events = window.events.widget
    assert window.current_view() is window.events
    assert events.current_id() == day["event"]
    assert events.tabs.currentWidget() is events.checklist


def test_an_event_row_and_a_follow_up_open_their_records(qtbot, window, start, day):
    _enter(qtbot, start.events, _row_of(start.events, "Fachtag Quellental"))
    assert window.current_view() is window.events
    assert window.events.widget.current_id() == day["event"]
    window.show_area("start")
    _enter(qtbot, start.followups, 0)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, OrganisationDialog)]
    assert [d.org_id for d in dialogs if d.isVisible()] == [day["org"]]


def test_recent_changes_open_the_record_changed(qtbot, window, start, day):
    rows = start.changes.model.rows()
    assert rows, "the writes of the fixture are in the audit log"
    row = next(i for i, r in enumerate(rows) if r.target[0] == "verbund")
    _enter(qtbot, start.changes, row)
    assert window.current_view() is window.verbuende
    assert window.verbuende.widget.current_id() == day["verbund"]


def test_tab_reaches_every_card_and_enter_opens(qtbot, window, start):
    first = start.tiles["organisations"]
    first.setFocus()
    seen = []
    for _ in range(40):
        seen.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    for tile in start.tiles.values():
        assert tile in seen
    for card in (start.followups, start.tasks, start.events):
        assert card.table in seen, card.title
    assert start.chart in seen
    assert start.followups.summary in seen  # its links: all follow-ups, contacts overdue
    start.tiles["lotsen"].setFocus()  # the last tile: Tab goes on to the links' line
    qtbot.keyClick(start.tiles["lotsen"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is start.followups.summary
    qtbot.keyClick(start.followups.summary, Qt.Key.Key_Tab)  # its first link
    with qtbot.waitSignal(start.open_followups) as opened:
        qtbot.keyClick(start.followups.summary, Qt.Key.Key_Return)
    assert opened.args == [0]  # „alle Wiedervorlagen …“
    start.chart.setFocus()
    qtbot.keyClick(start.chart, Qt.Key.Key_Return)  # the partners behind the chart
    assert window.current_view() is window.organisations


def test_a_change_elsewhere_refreshes_the_page(qtbot, window, start, services, day):
    services.verbund_progress.save_task(
        day["verbund"], TaskData("Bericht schreiben", due_on=TODAY - timedelta(days=5))
    )
    qtbot.waitUntil(lambda: start.tasks.model.rowCount() == 3)
    assert start.tasks.model.rows()[0].title == "Bericht schreiben"  # the earliest first
