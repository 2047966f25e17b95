"""The global search dialog by keyboard: grouped hits with true counts, arrowing across
groups, „alle anzeigen“, and Enter opening a Verbund or an event in its area."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import type_text
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.events.records import EventData
from wba_desktop.services.verbuende.verbund_rules import VerbundData
from wba_desktop.views.shell.search_dialog import GROUP_LIMIT, SearchDialog

TODAY = date(2026, 3, 2)


@pytest.fixture
def records(services):
    kind = {t.name: t.id for t in services.reference.organisation_types()}["Unternehmen"]
    orgs = [
        services.organisations.create(OrganisationData(name=f"Saalefirma {i:02}", type_id=kind)).id
        for i in range(GROUP_LIMIT + 2)
    ]
    person = services.people.create(PersonData(last_name="Saalemann", first_name="Udo")).id
    verbund = services.verbuende.create(
        VerbundData(name="Bildungsnetz Börde", short_name="Saale-BB"), today=TODAY
    ).id
    event = services.events.create(
        EventData(
            title="Fachtag Ausbildung",
            starts_at=datetime(2026, 6, 3, 9),
            ends_at=datetime(2026, 6, 3, 17),
            venue="Saalehalle Köthen",
        ),
        today=TODAY,
    ).id
    return {"orgs": orgs, "person": person, "verbund": verbund, "event": event}


def _open_search(qtbot, window, text: str) -> SearchDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(SearchDialog)
    assert dialog is not None and dialog.isVisible()
    type_text(qtbot, dialog.query, text)
    qtbot.waitUntil(lambda: len(dialog.hits()) == GROUP_LIMIT + 3, timeout=3000)
    return dialog


def _current(dialog):
    return dialog.results.currentItem().data(Qt.ItemDataRole.UserRole)


def test_arrow_to_a_verbund_and_enter_opens_it_in_its_area(qtbot, window, records):
    dialog = _open_search(qtbot, window, "saale")
    assert dialog.group_totals() == {
        "organisation": GROUP_LIMIT + 2,
        "person": 1,
        "verbund": 1,
        "event": 1,
    }
    assert "13 Treffer" in dialog.hint.text()
    assert _current(dialog) == ("organisation", records["orgs"][0])
    # through the organisations, their „alle anzeigen“ row and the person
    for _ in range(GROUP_LIMIT - 1):
        qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    assert _current(dialog) == ("organisation", records["orgs"][GROUP_LIMIT - 1])
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    assert _current(dialog) == ("more", "organisation")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    assert _current(dialog) == ("person", records["person"])
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)  # the heading „Verbünde“ is skipped
    assert _current(dialog) == ("verbund", records["verbund"])
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert window.current_view() is window.verbuende
    qtbot.waitUntil(
        lambda: window.verbuende.widget.current_id() == records["verbund"], timeout=3000
    )


def test_enter_on_an_event_opens_the_events_area(qtbot, window, records):
    dialog = _open_search(qtbot, window, "saale")
    for _ in range(GROUP_LIMIT + 3):
        qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    assert _current(dialog) == ("event", records["event"])
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)  # the last hit stays selected
    assert _current(dialog) == ("event", records["event"])
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert window.current_view() is window.events
    qtbot.waitUntil(lambda: window.events.widget.current_id() == records["event"], timeout=3000)


def test_show_all_lists_the_whole_group(qtbot, window, records):
    dialog = _open_search(qtbot, window, "saale")
    for _ in range(GROUP_LIMIT):
        qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    assert _current(dialog) == ("more", "organisation")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(dialog.hits()) == GROUP_LIMIT + 5, timeout=3000)
    assert dialog.isVisible()
    assert [i for k, i in dialog.hits() if k == "organisation"] == records["orgs"]
    # the first organisation not shown before is selected; ↑ goes back
    assert _current(dialog) == ("organisation", records["orgs"][GROUP_LIMIT])
    qtbot.keyClick(dialog.query, Qt.Key.Key_Up)
    assert _current(dialog) == ("organisation", records["orgs"][GROUP_LIMIT - 1])
    # typing again starts over with short groups
    type_text(qtbot, dialog.query, "f")
    qtbot.waitUntil(
        lambda: dialog.hits() == [("organisation", i) for i in records["orgs"][:GROUP_LIMIT]],
        timeout=3000,
    )
