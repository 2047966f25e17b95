"""The Verbünde area in the main window: create a Verbund, add members, watch the
health check, add from the directory, export the report and the timeline, change
the health thresholds and jump from an overdue task on the start page.

The tests click and type through qtbot and check the database through ``services``.
"""

from __future__ import annotations

from datetime import date, timedelta

import openpyxl
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.gui.conftest import answer, message_box, type_text
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.verbuende.health import HealthThresholds
from wba_desktop.services.verbuende.members import MemberData
from wba_desktop.services.verbuende.progress import TaskData
from wba_desktop.services.verbuende.records import VerbundData
from wba_desktop.views.verbuende.add_to_verbund_dialog import AddToVerbundDialog
from wba_desktop.views.verbuende.health_settings_dialog import HealthSettingsDialog
from wba_desktop.views.verbuende.member_dialog import MemberDialog
from wba_desktop.views.verbuende.phases_tab import PhaseDialog
from wba_desktop.views.verbuende.verbund_dialog import VerbundDialog

LEFT = Qt.MouseButton.LeftButton
SIGNED = "Kooperationsvereinbarung"
TRAINER = "Bildungswerk Börde gGmbH"
AGENCY = "Agentur für Arbeit Magdeburg"
IHK = "IHK Magdeburg"
UNION = "IG Metall Magdeburg-Schönebeck"
FIRM = "Müller Präzisionstechnik GmbH"
KINDS = {
    TRAINER: "Weiterbildungsträger",
    AGENCY: "Agentur für Arbeit",
    IHK: "Kammer (IHK)",
    UNION: "Gewerkschaft",
    FIRM: "Unternehmen",
}


# -- helpers ---------------------------------------------------------------------------
def _orgs(services) -> dict[str, int]:
    types = {t.name: t.id for t in services.reference.organisation_types()}
    return {
        name: services.organisations.create(OrganisationData(name=name, type_id=types[kind])).id
        for name, kind in KINDS.items()
    }


def _verbund(services, name: str, coordinator_id: int | None = None, members=()) -> int:
    """A Verbund with ``members`` given as (organisation id, role, signed)."""
    vid = services.verbuende.create(VerbundData(name=name, coordinator_id=coordinator_id)).id
    for org_id, role, signed in members:
        services.verbund_members.save_member(
            vid,
            MemberData(
                organisation_id=org_id,
                role=role,
                commitment=SIGNED if signed else "keine",
                agreement_signed_on=date(2024, 3, 1) if signed else None,
            ),
        )
    return vid


def _view(qtbot, window):
    window.show_area("verbuende")
    view = window.verbuende.ensure_loaded()
    qtbot.waitUntil(view.isVisible)  # the lazily built area is shown on the next loop turn
    return view


def _dialog(qtbot, cls):
    def find():
        return next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()),
            None,
        )

    qtbot.waitUntil(lambda: find() is not None, timeout=2000)
    return find()


def _save_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)


def _row(view, verbund_id: int):
    return next(r for r in view.model.rows() if r.id == verbund_id)


def _marks(view) -> str:
    return "".join("✔" if "✔" in c.mark.text() else "✘" for c in view.health.cards)


def _add_member(qtbot, view, name: str, role: str = "", signed: date | None = None):
    qtbot.mouseClick(view.members.add_button, LEFT)
    dialog = _dialog(qtbot, MemberDialog)
    type_text(qtbot, dialog.organisation, name[:6])
    dialog.organisation.refresh_choices()
    assert dialog.organisation.choose(name)
    if role:
        dialog.role.setCurrentText(role)
    if signed:
        qtbot.keyClicks(dialog.commitment, "Koop")
        assert dialog.commitment.currentText() == SIGNED and dialog.signed.isEnabled()
        dialog.signed.set_value(signed)
    return dialog


def _wait_saved(qtbot, path) -> str:
    """The window's runner writes on the thread pool; wait for the "Gespeichert" box."""
    qtbot.waitUntil(lambda: message_box() is not None, timeout=20000)
    assert path.exists()
    return answer(qtbot, "Schließen")


# -- 1. create ---------------------------------------------------------------------------
def test_create_verbund_through_the_dialog(qtbot, window, services):
    view = _view(qtbot, window)
    assert view.model.rowCount() == 0 and not view.edit_button.isEnabled()
    qtbot.mouseClick(view.new_button, LEFT)
    dialog = _dialog(qtbot, VerbundDialog)
    assert dialog.title.text() == "Neuer Weiterbildungsverbund"
    type_text(qtbot, dialog.name, "Weiterbildungsverbund Börde-Süd")
    type_text(qtbot, dialog.short_name, "WBV Börde")
    for district in ("Börde", "Magdeburg"):  # tick with the keyboard: row, then space
        items = dialog.regions.findItems(district, Qt.MatchFlag.MatchExactly)
        dialog.regions.setCurrentItem(items[0])
        qtbot.keyClick(dialog.regions, Qt.Key.Key_Space)
    regions = {r.name: r.id for r in services.reference.regions()}
    assert set(dialog.regions.checked()) == {regions["Börde"], regions["Magdeburg"]}
    dialog.funding_start.set_value(date(2025, 1, 1))
    dialog.funding_end.set_value(date(2024, 12, 31))
    qtbot.mouseClick(dialog.save_button, LEFT)
    message = "Förderende: Das Ende (31.12.2024) liegt vor dem Beginn (01.01.2025)."
    assert dialog.isVisible()
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Förderung"
    assert dialog.funding_end.toolTip() == message
    assert message in dialog.banner.text()
    assert services.verbuende.rows() == [] and view.model.rowCount() == 0

    dialog.funding_end.set_value(date(2027, 6, 30))
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    (row,) = services.verbuende.rows()
    assert (row.name, row.short_name, row.phase) == (
        "Weiterbildungsverbund Börde-Süd",
        "WBV Börde",
        "Idee",
    )
    assert set(row.region_names) == {"Börde", "Magdeburg"}
    assert row.funding_end == date(2027, 6, 30) and row.members == 0
    shown = view.model.record(0)
    assert (shown.id, shown.health, shown.short_name) == (row.id, "0/5", "WBV Börde")
    assert view.model.index(0, 4).data() == "0/5"
    assert view.current_id() == row.id
    assert view.title.text() == "Weiterbildungsverbund Börde-Süd (WBV Börde)"
    assert _marks(view) == "✘✘✘✘✘"


# -- 2. members, phase and the health check ------------------------------------------------
def test_members_and_phase_change_the_health_check(qtbot, window, services):
    orgs = _orgs(services)
    vid = _verbund(services, "Weiterbildungsverbund Börde", orgs[TRAINER])
    view = _view(qtbot, window)
    assert _row(view, vid).health == "0/5"
    network = view.health.cards[2]
    assert "✘" in network.mark.text() and "Es fehlt" in network.text.text()
    view.tabs.setCurrentWidget(view.members)

    dialog = _add_member(qtbot, view, TRAINER, "Koordination")
    qtbot.keyClicks(dialog.commitment, "Koop")  # agreement without a date: refused
    qtbot.mouseClick(_save_button(dialog), LEFT)
    assert "Unterzeichnet am: Bitte das Datum" in dialog.banner.text()
    assert services.verbund_members.members(vid) == []
    dialog.signed.set_value(date(2024, 3, 1))
    with qtbot.waitSignal(view.members.changed):
        qtbot.mouseClick(_save_button(dialog), LEFT)
    for name, signed in ((AGENCY, date(2024, 4, 2)), (IHK, date(2024, 5, 6)), (UNION, None)):
        dialog = _add_member(qtbot, view, name, signed=signed)
        with qtbot.waitSignal(view.members.changed):
            qtbot.mouseClick(_save_button(dialog), LEFT)

    members = {m.organisation_name: m.data for m in services.verbund_members.members(vid)}
    assert {n: (d.role, d.commitment, d.agreement_signed_on) for n, d in members.items()} == {
        TRAINER: ("Koordination", SIGNED, date(2024, 3, 1)),
        AGENCY: ("strategischer Partner", SIGNED, date(2024, 4, 2)),
        IHK: ("strategischer Partner", SIGNED, date(2024, 5, 6)),
        UNION: ("strategischer Partner", "keine", None),
    }
    assert view.members.summary.text() == (
        "4 aktive Mitglieder, davon 3 mit unterzeichneter Vereinbarung"
    )
    report = services.health.check(vid)
    assert [f.met for f in report.factors] == [True, False, True, False, False]
    row = _row(view, vid)
    assert (row.health, row.members) == ("2/5", 4)
    assert _marks(view) == "✔✘✔✘✘"
    assert "Alle vier Arten von Partnern sind dabei." in network.text.text()
    assert not network.fix_button.isVisibleTo(network)
    assert "2 von 3 Mitgliedern" in view.health.cards[0].text.text()
    assert "2/5" in view.health.score.text()

    view.tabs.setCurrentWidget(view.phases)
    qtbot.mouseClick(view.phases.change_button, LEFT)
    phase = _dialog(qtbot, PhaseDialog)
    qtbot.keyClicks(phase.phase, "Konst")
    type_text(qtbot, phase.note, "Gründungstreffen in Oschersleben")
    with qtbot.waitSignal(window.bus.changed):  # the write reaches the area via the bus
        qtbot.mouseClick(phase.save_button(), LEFT)
    assert services.verbuende.get(vid).phase == "Konstituierung"
    assert _row(view, vid).phase == "Konstituierung" and view.current_id() == vid
    assert view.subtitle.text().startswith("Konstituierung · Gesundheit 2/5 · 4 Mitglieder")


# -- 3. no member twice ----------------------------------------------------------------
def test_same_organisation_twice_is_refused(qtbot, window, services):
    orgs = _orgs(services)
    vid = _verbund(services, "Verbund Schönebeck", members=[(orgs[UNION], "Beirat", False)])
    view = _view(qtbot, window)
    view.tabs.setCurrentWidget(view.members)
    dialog = _add_member(qtbot, view, UNION)
    qtbot.mouseClick(_save_button(dialog), LEFT)
    assert dialog.isVisible()
    assert f"Organisation: „{UNION}“ ist schon Mitglied." in dialog.banner.text()
    assert "ist schon Mitglied" in dialog.organisation.toolTip()
    (member,) = services.verbund_members.members(vid)
    assert member.data.role == "Beirat"
    dialog.reject()


# -- 4. from the directory ---------------------------------------------------------------
def test_add_directory_selection_to_a_verbund(qtbot, window, services):
    orgs = _orgs(services)
    _verbund(services, "Altmark-Verbund")
    vid = _verbund(services, "Verbund Börde", members=[(orgs[UNION], "Beirat", False)])
    view = window.organisations
    view.reload()
    selection = view.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag
    for name in (AGENCY, UNION, FIRM):
        index = view.model.index(view.model.row_of(orgs[name]), 0)
        selection.select(index, flags.Select | flags.Rows)
    selection.setCurrentIndex(view.model.index(view.model.row_of(orgs[AGENCY]), 0), flags.NoUpdate)
    assert window.act_add_to_verbund.isEnabled()
    window.act_add_to_verbund.trigger()
    dialog = _dialog(qtbot, AddToVerbundDialog)
    assert dialog.verbund.count() == 2
    dialog.verbund.setCurrentIndex(dialog.verbund.findText("Verbund Börde"))
    qtbot.mouseClick(_save_button(dialog), LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    members = {m.organisation_name: m.data for m in services.verbund_members.members(vid)}
    assert members[AGENCY].role == "strategischer Partner"
    assert members[FIRM].role == "Mitgliedsunternehmen"
    assert members[FIRM].joined_on == date.today()
    assert members[UNION].role == "Beirat"  # untouched
    assert window.statusBar().currentMessage() == (
        f"2 Organisationen aufgenommen. Schon Mitglied: {UNION}."
    )


# -- 5. the fix button -----------------------------------------------------------------
def test_fix_button_of_an_unmet_factor_opens_the_members(qtbot, window, services):
    orgs = _orgs(services)
    _verbund(services, "Verbund Harz", members=[(orgs[TRAINER], "Koordination", True)])
    view = _view(qtbot, window)
    assert view.tabs.currentWidget() is view.health
    card = view.health.cards[2]
    assert "✘" in card.mark.text() and card.fix_button.isVisible()
    assert card.fix_button.text() == "Zu den Mitgliedern"
    qtbot.mouseClick(card.fix_button, LEFT)
    assert view.tabs.currentWidget() is view.members
    assert view.members.model.rowCount() == 1


# -- 6. report and timeline ------------------------------------------------------------
def test_report_and_timeline_export(qtbot, window, services, tmp_path):
    orgs = _orgs(services)
    vid = _verbund(
        services,
        "Weiterbildungsverbund Börde",
        orgs[TRAINER],
        members=[(orgs[TRAINER], "Koordination", True), (orgs[AGENCY], "Beirat", True)],
    )
    services.verbund_progress.save_task(
        vid, TaskData("Kick-off", kind="Meilenstein", due_on=date.today() + timedelta(days=9))
    )
    view = _view(qtbot, window)
    path = tmp_path / "bericht.xlsx"
    view.export_report(path=path)
    assert str(path) in _wait_saved(qtbot, path)
    wb = openpyxl.load_workbook(path)
    assert {"Verbund", "Mitglieder", "Gesundheitscheck"} <= set(wb.sheetnames)
    fields = {r[0]: r[1] for r in wb["Verbund"].iter_rows(min_row=2, values_only=True) if r[0]}
    assert fields["Name"] == "Weiterbildungsverbund Börde"
    assert fields["Koordination"] == TRAINER
    names = [r[0] for r in wb["Mitglieder"].iter_rows(min_row=2, values_only=True)]
    assert names == [TRAINER, AGENCY]  # by role: Koordination first
    sheet = wb["Gesundheitscheck"]
    health = [r[:3] for r in sheet.iter_rows(min_row=2, max_row=6, values_only=True)]
    assert [n for n, _t, _m in health] == [1, 2, 3, 4, 5]
    for (number, title, met), card in zip(health, view.health.cards, strict=True):
        assert f"<b>{number}. {title}</b>" in card.text.text()
        assert met == ("ja" if "✔" in card.mark.text() else "nein")
    assert [m for _n, _t, m in health] == [
        "ja" if f.met else "nein" for f in services.health.check(vid).factors
    ]

    view.tabs.setCurrentWidget(view.timeline)
    assert "Weiterbildungsverbund Börde" in view.timeline.hint.text()
    png = tmp_path / "zeitleiste.png"
    view.timeline.export(".png", png)
    _wait_saved(qtbot, png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# -- 7. Extras › Gesundheitscheck --------------------------------------------------------
def test_lower_agreement_share_meets_factor_one(qtbot, window, services):
    orgs = _orgs(services)
    services.health.set_thresholds(HealthThresholds(agreement_share=0.6))
    vid = _verbund(
        services,
        "Verbund Magdeburg",
        orgs[TRAINER],
        members=[
            (orgs[TRAINER], "Koordination", True),
            (orgs[AGENCY], "strategischer Partner", True),
            (orgs[IHK], "strategischer Partner", False),
        ],
    )
    view = _view(qtbot, window)
    agreement = view.health.cards[0]
    assert "✘" in agreement.mark.text()
    assert "nur 1 von 2 Mitgliedern haben unterzeichnet" in agreement.text.text()
    window.act_health_settings.trigger()
    dialog = _dialog(qtbot, HealthSettingsDialog)
    assert dialog.share.value() == 60
    dialog.share.setFocus()
    dialog.share.selectAll()
    qtbot.keyClicks(dialog.share, "50")
    assert dialog.share.value() == 50
    qtbot.mouseClick(_save_button(dialog), LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert services.health.thresholds().agreement_share == 0.5
    assert services.health.check(vid).factors[0].met
    assert "✔" in agreement.mark.text()
    assert "Koordination und 1 von 2 Mitgliedern" in agreement.text.text()
    assert _row(view, vid).score == 1


# -- 8. the start page -----------------------------------------------------------------
def _overdue(services) -> int:
    """Two Verbünde; the second ("Verbund Börde") has an overdue task."""
    _verbund(services, "Altmark-Verbund")
    vid = _verbund(services, "Verbund Börde")
    due = date.today() - timedelta(days=3)
    services.verbund_progress.save_task(vid, TaskData("Bedarfsanalyse abschließen", due_on=due))
    return vid


def _activate_task(qtbot, window) -> None:
    tasks = window.start.tasks
    qtbot.waitUntil(lambda: tasks.model.rowCount() == 1)  # read in the background
    tasks.table.setFocus()
    tasks.table.setCurrentIndex(tasks.model.index(0, 2))
    qtbot.keyClick(tasks.table, Qt.Key.Key_Return)


def test_overdue_task_on_the_start_page_opens_the_verbund(qtbot, window, services):
    window.show_area("start")
    tasks = window.start.tasks
    qtbot.waitUntil(lambda: window.start.loaded)
    assert tasks.model.rowCount() == 0
    vid = _overdue(services)
    _view(qtbot, window)  # the area is open, with the first Verbund selected
    window.show_area("start")
    qtbot.waitUntil(lambda: tasks.model.rowCount() == 1)
    assert tasks.table.isVisible()
    assert tasks.model.index(0, 3).data() == "Verbund Börde"
    assert tasks.model.index(0, 2).data() == "Bedarfsanalyse abschließen"
    assert tasks.heading.text().endswith("(1)")
    _activate_task(qtbot, window)
    view = window.verbuende.widget
    assert window.current_view() is window.verbuende
    assert view.current_id() == vid
    assert view.tabs.currentWidget() is view.tasks
    assert view.tasks.summary.text() == "1 offen, davon 1 überfällig"


def test_start_page_jump_to_a_verbund_hidden_by_the_overview_filter(qtbot, window, services):
    vid = _overdue(services)
    view = _view(qtbot, window)
    view.text.setText("Altmark")  # the user had searched in the overview
    window.show_area("start")
    _activate_task(qtbot, window)
    assert view.tabs.currentWidget() is view.tasks
    assert view.current_id() == vid  # actually: the Altmark-Verbund
