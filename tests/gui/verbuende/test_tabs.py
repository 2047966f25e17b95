"""The Verbund tabs on their own: phases, Beirat, tasks, key figures, contact history.

Each tab is built standalone on a Verbund created through the services; the tests
click and type like a user and then check what reached the database.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDateTimeEdit

from tests.gui.conftest import answer, type_text
from wba_desktop.services.directory.activities import ActivityData
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.verbuende.members import BoardSeatData, MemberData
from wba_desktop.services.verbuende.progress import TaskData
from wba_desktop.services.verbuende.records import VerbundData
from wba_desktop.views.verbuende.activities_tab import ActivitiesTab, ActivityDialog
from wba_desktop.views.verbuende.board_tab import BoardSeatDialog, BoardTab
from wba_desktop.views.verbuende.figures_tab import FigureDialog, FiguresTab
from wba_desktop.views.verbuende.phases_tab import PhaseDialog, PhaseHistoryModel, PhasesTab
from wba_desktop.views.verbuende.tasks_tab import TaskDialog, TasksTab, TaskTableModel

LEFT = Qt.MouseButton.LeftButton
START = date(2024, 1, 15)


@pytest.fixture
def world(services):
    """A Verbund with two member organisations and two people."""
    types = {t.name: t.id for t in services.reference.organisation_types()}
    regions = {r.name: r.id for r in services.reference.regions()}
    firm = services.organisations.create(
        OrganisationData(
            name="Salzwedeler Metallbau GmbH",
            type_id=types["Unternehmen"],
            region_id=regions["Altmarkkreis Salzwedel"],
            size_class="Kleinunternehmen",
        )
    )
    hwk = services.organisations.create(
        OrganisationData(name="Handwerkskammer Magdeburg", type_id=types["Kammer (HWK)"])
    )
    people = {}
    for last, org in (("Jähnert", firm), ("Bölke", hwk)):
        p = services.people.create(PersonData(last_name=last, first_name="Kim"))
        services.affiliations.save(AffiliationData(person_id=p.id, organisation_id=org.id))
        people[last] = p.id
    vb = services.verbuende.create(
        VerbundData(name="Weiterbildungsverbund Altmark", short_name="WBV Altmark"),
        today=START,
    )
    services.verbund_members.save_member(vb.id, MemberData(organisation_id=firm.id))
    return {"verbund": vb.id, "firm": firm.id, "hwk": hwk.id, **people}


def _show(qtbot, tab):
    qtbot.addWidget(tab)
    tab.resize(1000, 500)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _dialog(qtbot, cls):
    def find():
        return next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()),
            None,
        )

    qtbot.waitUntil(lambda: find() is not None, timeout=2000)
    return find()


def type_date(qtbot, edit, digits: str) -> None:
    """Type a date as TTMMJJJJ, starting in the day section (as after tabbing in)."""
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(edit, digits)


def pick(picker, text: str) -> None:
    """Type into a record picker and take the first hit from the popup."""
    picker.setText(text)
    picker.refresh_choices()
    label = picker.completer().model().index(0, 0).data()
    assert picker.choose(label), label


# -- phases ----------------------------------------------------------------------------
def test_change_phase_through_the_dialog(qtbot, services, world):
    tab = _show(qtbot, PhasesTab(services))
    tab.set_verbund(world["verbund"])
    assert [e.phase for e in tab.history()] == ["Idee"]
    assert not tab.undo_button.isEnabled()
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.change_button, LEFT)
        dialog = _dialog(qtbot, PhaseDialog)
        assert dialog.phase.currentText() == "Anbahnung"  # the next phase is offered
        qtbot.keyClicks(dialog.phase, "Konst")
        type_date(qtbot, dialog.since, "01032024")
        type_text(qtbot, dialog.note, "Gründungstreffen")
        qtbot.mouseClick(dialog.save_button(), LEFT)
    history = services.verbuende.get(world["verbund"]).history
    assert [(h.phase, h.since, h.note) for h in history] == [
        ("Idee", START, "angelegt"),
        ("Konstituierung", date(2024, 3, 1), "Gründungstreffen"),
    ]
    assert services.verbuende.get(world["verbund"]).phase == "Konstituierung"
    # newest first, the current phase bold
    assert tab.model.index(0, 0).data() == "Konstituierung"
    assert tab.model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert tab.model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None
    assert "Konstituierung seit 01.03.2024" in tab.summary.text()

    # take it back: asked first, "Abbrechen" keeps it
    qtbot.mouseClick(tab.undo_button, LEFT)
    assert "Konstituierung" in answer(qtbot, "Abbrechen")
    assert len(services.verbuende.get(world["verbund"]).history) == 2
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    answer(qtbot, "Zurücknehmen")
    detail = services.verbuende.get(world["verbund"])
    assert detail.phase == "Idee" and len(detail.history) == 1
    assert tab.model.rowCount() == 1


def test_phase_change_before_the_last_one_is_refused(qtbot, services, world):
    tab = _show(qtbot, PhasesTab(services))
    tab.set_verbund(world["verbund"])
    qtbot.mouseClick(tab.change_button, LEFT)
    dialog = _dialog(qtbot, PhaseDialog)
    type_date(qtbot, dialog.since, "01122023")
    qtbot.mouseClick(dialog.save_button(), LEFT)
    assert dialog.isVisible()
    assert "liegt vor dem letzten Phasenwechsel" in dialog.banner.text()
    assert "01.12.2023" in dialog.since.toolTip()  # the error sits on the date field
    assert len(services.verbuende.get(world["verbund"]).history) == 1
    dialog.reject()


def test_phase_model(qtmodeltester, services, world):
    services.verbuende.change_phase(world["verbund"], "Aktiv", date(2024, 6, 1), "los")
    model = PhaseHistoryModel()
    model.set_rows(list(reversed(services.verbuende.get(world["verbund"]).history)))
    qtmodeltester.check(model, force_py=True)


def test_tabs_without_a_verbund_disable_their_buttons(qtbot, services, world):
    phases, board, tasks = PhasesTab(services), BoardTab(services), TasksTab(services)
    figures, activities = FiguresTab(services), ActivitiesTab(services)
    for tab in (phases, board, tasks, figures, activities):
        qtbot.addWidget(tab)
        tab.set_verbund(world["verbund"])
        tab.set_verbund(None)
    assert not phases.change_button.isEnabled()
    assert not board.add_button.isEnabled()
    assert not tasks.add_button.isEnabled() and not tasks.add_milestone_button.isEnabled()
    assert not figures.add_button.isEnabled() and not figures.take_over_button.isEnabled()
    assert not activities.add_button.isEnabled()


# -- Beirat ----------------------------------------------------------------------------
def test_add_board_seat(qtbot, services, world):
    tab = _show(qtbot, BoardTab(services))
    tab.set_verbund(world["verbund"])
    assert "Noch kein Beirat" in tab.summary.text()
    qtbot.mouseClick(tab.add_button, LEFT)
    dialog = _dialog(qtbot, BoardSeatDialog)
    qtbot.mouseClick(dialog.save_button(), LEFT)  # no person yet
    assert "Bitte eine Person wählen" in dialog.banner.text()
    assert services.verbund_members.board(world["verbund"]) == []
    pick(dialog.person, "Jähn")
    dialog.function.lineEdit().selectAll()
    type_text(qtbot, dialog.function.lineEdit(), "Vorsitz")
    dialog.since.set_value(date(2024, 5, 2))
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(dialog.save_button(), LEFT)
    (seat,) = services.verbund_members.board(world["verbund"])
    assert seat.data == BoardSeatData(world["Jähnert"], "Vorsitz", date(2024, 5, 2), None)
    assert seat.organisation_name == "Salzwedeler Metallbau GmbH"
    assert tab.model.index(0, 1).data() == "Salzwedeler Metallbau GmbH"
    assert "Vorsitz: Kim Jähnert" in tab.summary.text()

    tab.table.selectRow(0)
    with qtbot.waitSignal(tab.open_person) as opened:
        tab.open_action.trigger()
    assert opened.args == [world["Jähnert"]]


# -- tasks -----------------------------------------------------------------------------
def _check_box_pos(tab, proxy_row: int) -> QPoint:
    rect = tab.table.visualRect(tab.proxy.index(proxy_row, 0))
    return QPoint(rect.left() + 11, rect.center().y())


def test_add_task_and_tick_it_done(qtbot, services, world):
    tab = _show(qtbot, TasksTab(services))
    tab.set_verbund(world["verbund"])
    assert tab.summary.text() == "0 offen, davon 0 überfällig"
    qtbot.mouseClick(tab.add_button, LEFT)
    dialog = _dialog(qtbot, TaskDialog)
    qtbot.mouseClick(dialog.save_button(), LEFT)
    assert "Titel: Bitte ausfüllen." in dialog.banner.text()
    type_text(qtbot, dialog.title, "Bedarfsanalyse für Mitgliedsbetriebe")
    dialog.due_on.set_value(date.today() + timedelta(days=30))
    pick(dialog.responsible, "Bölke")
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(dialog.save_button(), LEFT)
    (task,) = services.verbund_progress.tasks(world["verbund"])
    assert task.data.title == "Bedarfsanalyse für Mitgliedsbetriebe"
    assert task.data.responsible_id == world["Bölke"] and not task.data.done
    assert tab.summary.text() == "1 offen, davon 0 überfällig"

    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.table.viewport(), LEFT, pos=_check_box_pos(tab, 0))
    (task,) = services.verbund_progress.tasks(world["verbund"])
    assert task.data.done and task.data.done_on == date.today()
    assert tab.summary.text() == "0 offen, davon 0 überfällig"
    assert tab.proxy.index(0, 5).data() == f"{date.today():%d.%m.%Y}"
    # "Nur offene" hides it; Del asks, "Abbrechen" keeps it
    tab.only_open.setChecked(True)
    assert tab.proxy.rowCount() == 0
    tab.only_open.setChecked(False)
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    answer(qtbot, "Abbrechen")
    assert len(services.verbund_progress.tasks(world["verbund"])) == 1


def test_ticking_a_task_deleted_meanwhile_shows_the_message(qtbot, services, world):
    vid = world["verbund"]
    task_id = services.verbund_progress.save_task(vid, TaskData("Bedarfsanalyse"))
    tab = _show(qtbot, TasksTab(services))
    tab.set_verbund(vid)
    services.verbund_progress.delete_task(task_id)  # elsewhere, after the tab loaded
    changed = []
    tab.changed.connect(lambda: changed.append(1))
    qtbot.mouseClick(tab.table.viewport(), LEFT, pos=_check_box_pos(tab, 0))
    box_text = answer(qtbot, "OK")
    assert "Die Aufgabe wurde inzwischen gelöscht." in box_text
    assert tab.proxy.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert changed == [] and tab.summary.text() == "1 offen, davon 0 überfällig"


def test_overdue_task_is_red_and_milestones_marked(qtbot, services, world):
    vid = world["verbund"]
    due = date.today() - timedelta(days=10)
    services.verbund_progress.save_task(vid, TaskData("Kooperationsvereinbarung", due_on=due))
    services.verbund_progress.save_task(
        vid, TaskData("Kick-off", kind="Meilenstein", due_on=date.today() + timedelta(days=5))
    )
    services.verbund_progress.save_task(vid, TaskData("Erledigtes", due_on=due, done=True))
    tab = _show(qtbot, TasksTab(services))
    tab.set_verbund(vid)
    assert tab.summary.text() == "2 offen, davon 1 überfällig"
    titles = [tab.proxy.index(r, 2).data() for r in range(tab.proxy.rowCount())]
    assert titles == ["Kooperationsvereinbarung", "◆ Kick-off", "Erledigtes"]
    red = tab.proxy.index(0, 2).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(red, QColor) and red.name() == "#b03a2e"
    assert tab.proxy.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == (
        f"überfällig seit {due:%d.%m.%Y}"
    )
    assert tab.proxy.index(1, 2).data(Qt.ItemDataRole.ForegroundRole) is None
    assert tab.proxy.index(2, 2).data(Qt.ItemDataRole.ForegroundRole) is None  # done
    tab.only_open.setChecked(True)
    assert tab.proxy.rowCount() == 2


def test_task_model(qtmodeltester, services, world):
    vid = world["verbund"]
    for i in range(4):
        services.verbund_progress.save_task(
            vid, TaskData(f"Aufgabe {i}", due_on=date(2024, 1, 1 + i), done=i % 2 == 0)
        )
    model = TaskTableModel(services.verbund_progress.set_task_done)
    model.set_tasks(services.verbund_progress.tasks(vid))
    qtmodeltester.check(model, force_py=True)
    tab = TasksTab(services)
    tab.set_verbund(vid)
    tab.only_open.setChecked(True)
    qtmodeltester.check(tab.proxy, force_py=True)


# -- key figures -----------------------------------------------------------------------
def test_figure_with_more_kmu_than_companies_is_refused(qtbot, services, world):
    tab = _show(qtbot, FiguresTab(services))
    tab.set_verbund(world["verbund"])
    qtbot.mouseClick(tab.add_button, LEFT)
    dialog = _dialog(qtbot, FigureDialog)
    dialog.period_start.set_value(date(2024, 1, 1))
    dialog.period_end.set_value(date(2024, 12, 31))
    type_text(qtbot, dialog.numbers["companies_reached"], "5")
    type_text(qtbot, dialog.numbers["kmu_reached"], "8")
    type_text(qtbot, dialog.numbers["advice_sessions"], "12")
    qtbot.mouseClick(dialog.save_button(), LEFT)
    assert dialog.isVisible()
    assert "Mehr KMU als erreichte Unternehmen" in dialog.banner.text()
    assert "Mehr KMU" in dialog.numbers["kmu_reached"].toolTip()
    assert services.verbund_progress.figures(world["verbund"]) == []

    dialog.numbers["kmu_reached"].clear()
    type_text(qtbot, dialog.numbers["kmu_reached"], "4")
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(dialog.save_button(), LEFT)
    (fig,) = services.verbund_progress.figures(world["verbund"])
    assert (fig.data.companies_reached, fig.data.kmu_reached) == (5, 4)
    assert fig.data.advice_sessions == 12
    assert fig.data.course_participants is None  # left empty
    assert [tab.model.index(0, c).data() for c in range(6)] == [
        "01.01.2024 – 31.12.2024",
        "5",
        "4",
        "12",
        "–",
        "–",
    ]


def test_counted_figures_taken_over(qtbot, services, world):
    vid = world["verbund"]
    day = date.today() - timedelta(days=20)
    for subject in ("Erstberatung", "Folgeberatung"):
        services.activities.save(
            ActivityData(day, "Beratung", subject, organisation_id=world["firm"], verbund_id=vid)
        )
    tab = _show(qtbot, FiguresTab(services))
    tab.set_verbund(vid)
    assert tab.count_end.date().toPython() == date.today()  # no funding period: 12 months
    assert tab.counted_labels["companies_reached"].text() == "1"
    assert tab.counted_labels["kmu_reached"].text() == "1"
    assert tab.counted_labels["advice_sessions"].text() == "2"
    qtbot.mouseClick(tab.take_over_button, LEFT)
    dialog = _dialog(qtbot, FigureDialog)
    assert dialog.numbers["advice_sessions"].text() == "2"
    assert dialog.numbers["courses_developed"].text() == ""
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(dialog.save_button(), LEFT)
    (fig,) = services.verbund_progress.figures(vid)
    assert (fig.data.companies_reached, fig.data.kmu_reached, fig.data.advice_sessions) == (
        1,
        1,
        2,
    )
    assert fig.data.period_end == date.today()


# -- contact history -------------------------------------------------------------------
def test_add_activity(qtbot, services, world):
    tab = _show(qtbot, ActivitiesTab(services))
    tab.set_verbund(world["verbund"])
    qtbot.mouseClick(tab.add_button, LEFT)
    dialog = _dialog(qtbot, ActivityDialog)
    assert dialog.kind.currentText() == "Beratung"
    assert dialog.happened_on.value() == date.today()
    assert not dialog.verbund.isVisible()  # preset and fixed
    qtbot.mouseClick(dialog.save_button(), LEFT)
    assert "Bitte eine Organisation oder Person wählen" in dialog.banner.text()
    pick(dialog.organisation, "Salzwedel")
    pick(dialog.person, "Jähnert")
    type_text(qtbot, dialog.subject, "Qualifizierungsbedarf Schweißtechnik")
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(dialog.save_button(), LEFT)
    (a,) = services.activities.history(verbund_id=world["verbund"])
    assert a.data.kind == "Beratung" and a.data.happened_on == date.today()
    assert a.data.organisation_id == world["firm"] and a.data.person_id == world["Jähnert"]
    assert a.data.subject == "Qualifizierungsbedarf Schweißtechnik"
    assert tab.model.index(0, 4).data() == "Qualifizierungsbedarf Schweißtechnik"
    assert tab.summary.text() == "1 Einträge, davon 1 Beratungen"


def test_activity_dialog_without_a_verbund(qtbot, services, world):
    dialog = ActivityDialog(services, organisation=(world["hwk"], "Handwerkskammer Magdeburg"))
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.verbund.isVisible() and dialog.verbund.currentData() is None
    dialog.kind.setCurrentText("Telefonat")
    qtbot.mouseClick(dialog.save_button(), LEFT)
    assert dialog.result() and dialog.saved is not None
    (a,) = services.activities.history(organisation_id=world["hwk"])
    assert a.data.kind == "Telefonat" and a.data.verbund_id is None


# -- editing and removing from the tables ----------------------------------------------
def _double_click_row(qtbot, table, row: int) -> None:
    pos = table.visualRect(table.model().index(row, 1)).center()
    qtbot.mouseClick(table.viewport(), LEFT, pos=pos)  # QTest's double click needs a press
    qtbot.mouseDClick(table.viewport(), LEFT, pos=pos)


def test_double_click_edits_and_del_removes(qtbot, services, world):
    vid = world["verbund"]
    services.verbund_members.save_board_seat(vid, BoardSeatData(world["Bölke"], "Mitglied"))
    board = _show(qtbot, BoardTab(services))
    board.set_verbund(vid)
    _double_click_row(qtbot, board.table, 0)
    dialog = _dialog(qtbot, BoardSeatDialog)
    assert dialog.person.current_id() == world["Bölke"]
    dialog.function.setCurrentText("stellv. Vorsitz")
    qtbot.mouseClick(dialog.save_button(), LEFT)
    assert services.verbund_members.board(vid)[0].data.function == "stellv. Vorsitz"
    board.table.selectRow(0)
    qtbot.keyClick(board.table, Qt.Key.Key_Delete)
    assert "Kim Bölke" in answer(qtbot, "Entfernen")
    assert services.verbund_members.board(vid) == []

    services.activities.save(
        ActivityData(date(2025, 3, 4), "Gespräch", "Beirat", organisation_id=world["hwk"])
    )  # without the Verbund: not in its history
    services.activities.save(
        ActivityData(
            date(2025, 3, 5), "Besuch", "Werkstatt", person_id=world["Jähnert"], verbund_id=vid
        )
    )
    activities = _show(qtbot, ActivitiesTab(services))
    activities.set_verbund(vid)
    assert activities.model.rowCount() == 1
    _double_click_row(qtbot, activities.table, 0)
    dialog = _dialog(qtbot, ActivityDialog)
    assert dialog.subject.text() == "Werkstatt" and dialog.kind.currentText() == "Besuch"
    dialog.subject.clear()
    type_text(qtbot, dialog.subject, "Werkstattbesuch")
    qtbot.mouseClick(dialog.save_button(), LEFT)
    (a,) = services.activities.history(verbund_id=vid)
    assert a.data.subject == "Werkstattbesuch" and a.data.person_id == world["Jähnert"]
    activities.table.selectRow(0)
    qtbot.keyClick(activities.table, Qt.Key.Key_Delete)
    answer(qtbot, "Löschen")
    assert services.activities.history(verbund_id=vid) == []
    assert len(services.activities.history(organisation_id=world["hwk"])) == 1
