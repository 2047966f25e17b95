"""The report of a Verbund on a real database: the timeline data and the Excel report
read back with openpyxl (sheets, office conventions, members sorted, overdue tasks,
counted key figures, the health check as ``HealthService`` sees it).

A Verbund with members, Beirat, tasks, key figures, phase changes, advice and linked
events is built through the services; events are inserted directly and linked via
``event_verbund``. All names are invented. ``today`` is fixed.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import openpyxl
import pytest
from sqlalchemy import insert

from wba_desktop.errors import NotFoundError
from wba_desktop.exchange.table import ExportError
from wba_desktop.models import Event
from wba_desktop.models.event import event_verbund
from wba_desktop.services.directory.activities import ActivityData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.verbuende.members import BoardSeatData, MemberData
from wba_desktop.services.verbuende.progress import FigureData, TaskData
from wba_desktop.services.verbuende.records import VerbundData
from wba_desktop.services.verbuende.report import timeline_data
from wba_desktop.text.fold import sort_key
from wba_desktop.vocab import MEMBER_ROLES

TODAY = date(2025, 6, 15)
SIGNED = "Kooperationsvereinbarung"
SHEETS = ["Verbund", "Mitglieder", "Beirat", "Aufgaben", "Kennzahlen", "Gesundheitscheck", "Info"]
FORMULA = "=SUMME(A1:A9)"


def add_event(uow_factory, vid, title, kind, starts_at, status="durchgeführt") -> int:
    with uow_factory() as uow:
        e = Event(
            title=title,
            type=kind,
            status=status,
            starts_at=starts_at,
            ends_at=starts_at + timedelta(hours=2),
        )
        uow.session.add(e)
        uow.session.flush()
        if vid is not None:
            uow.session.execute(insert(event_verbund).values(event_id=e.id, verbund_id=vid))
        uow.commit()
        return e.id


@pytest.fixture
def verbund(services, uow_factory) -> int:
    types = {t.name: t.id for t in services.reference.organisation_types()}
    regions = {r.name: r.id for r in services.reference.regions()}

    def org(name: str, kind: str) -> int:
        data = OrganisationData(name=name, type_id=types[kind], region_id=regions["Harz"])
        return services.organisations.create(data, allow_duplicate=True).id

    rkw = org("Fantasie-RKW Bildung", "Weiterbildungsträger")
    vid = services.verbuende.create(
        VerbundData(
            name="Weiterbildungsverbund Automotive Fantasia",
            short_name="WAF",
            type="Unternehmensnetzwerk / Cluster",
            sectors="Automobilzulieferer, Metall",
            topics="Digitalisierung",
            region_ids=(regions["Harz"], regions["Magdeburg"]),
            coordinator_id=rkw,
            funding_programme="Aufbau von Weiterbildungsverbünden",
            grant_reference="WBV-0815",
            funding_start=date(2024, 1, 1),
            funding_end=date(2026, 12, 31),
            budget=450000.5,
            goals="Weiterbildung in KMU stärken",
            notes=FORMULA,
            phase="Idee",
            phase_since=date(2023, 9, 1),
        )
    ).id
    v = services.verbuende
    v.change_phase(vid, "Anbahnung", date(2023, 11, 1))
    v.change_phase(vid, "Konstituierung", date(2024, 1, 15), "Kick-off")
    v.change_phase(vid, "Aktiv", date(2024, 4, 1))

    people = services.people
    heinze = people.create(
        PersonData(last_name="Heinze", first_name="Quirina", title="Dr.", email="qh@x.example")
    ).id
    xander = people.create(PersonData(last_name="Xander", first_name="Udo")).id
    parts = services.verbund_members
    signed = {"commitment": SIGNED, "agreement_signed_on": date(2024, 1, 20)}
    members = [
        (rkw, "Koordination", signed),
        (org("Zulieferer Harz GmbH", "Unternehmen"), "Mitgliedsunternehmen", signed),
        (org("Autoteile Altmark AG", "Unternehmen"), "Mitgliedsunternehmen", {}),
        (org("Arbeitsagentur Fantasia", "Agentur für Arbeit"), "strategischer Partner", {}),
        (org("Stadt Erfundenrode", "Kommune / Landkreis"), "Kommune", {}),
        (org("Ärztekammer Beispiel", "Sonstige"), "strategischer Partner", {}),
    ]
    for oid, role, extra in members:
        contact = heinze if role == "Koordination" else None
        data = MemberData(oid, role, joined_on=date(2024, 1, 15), contact_person_id=contact)
        for key, value in extra.items():
            setattr(data, key, value)
        parts.save_member(vid, data)
    parts.save_board_seat(vid, BoardSeatData(xander, "Mitglied", date(2024, 5, 1)))
    parts.save_board_seat(vid, BoardSeatData(heinze, "Vorsitz", date(2024, 5, 1)))
    services.verbund_progress.save_task(
        vid,
        TaskData(
            "Kooperationsvereinbarung",
            "Meilenstein",
            date(2024, 1, 20),
            done=True,
            done_on=date(2024, 1, 18),
        ),
    )
    services.verbund_progress.save_task(
        vid, TaskData("Bedarfsanalyse fertig", "Meilenstein", date(2025, 3, 1))
    )
    services.verbund_progress.save_task(
        vid, TaskData("Newsletter schreiben", "Aufgabe", date(2025, 9, 1))
    )
    services.verbund_progress.save_figure(
        vid, FigureData(date(2024, 1, 1), date(2024, 12, 31), 12, 9, 20, 35, 2, "Jahr 1")
    )
    zulieferer = members[1][0]
    services.activities.save(
        ActivityData(date(2025, 5, 10), "Beratung", "Bedarf", organisation_id=zulieferer)
    )
    add_event(uow_factory, vid, "Kick-off WAF", "Kick-off", datetime(2024, 1, 20, 10))
    add_event(
        uow_factory,
        vid,
        "Informationsabend für Kommunen",
        "Informationsveranstaltung",
        datetime(2025, 3, 10, 18),
    )
    add_event(uow_factory, vid, "Abgesagter Workshop", "Workshop", datetime(2025, 4, 1), "abgesagt")
    add_event(uow_factory, None, "Fremde Veranstaltung", "Workshop", datetime(2025, 2, 1))
    return vid


@pytest.fixture
def workbook(services, verbund, tmp_path):
    path = services.verbund_reports.write_report(verbund, tmp_path / "waf.xlsx", TODAY)
    assert path.exists()
    return openpyxl.load_workbook(path)


def table(ws) -> list[dict]:
    headers = [c.value for c in ws[1]]
    return [
        dict(zip(headers, row, strict=False)) for row in ws.iter_rows(min_row=2, values_only=True)
    ]


# -- timeline data ---------------------------------------------------------------------------
def test_timeline_data_from_history_milestones_and_linked_events(services, verbund):
    data = timeline_data(services, verbund, TODAY)
    assert data.title == "Weiterbildungsverbund Automotive Fantasia (WAF)"
    assert data.today == TODAY
    assert data.phases == [
        ("Idee", date(2023, 9, 1), date(2023, 11, 1)),
        ("Anbahnung", date(2023, 11, 1), date(2024, 1, 15)),
        ("Konstituierung", date(2024, 1, 15), date(2024, 4, 1)),
        ("Aktiv", date(2024, 4, 1), None),
    ]
    assert data.milestones == [
        (date(2024, 1, 20), "Kooperationsvereinbarung", True, False),
        (date(2025, 3, 1), "Bedarfsanalyse fertig", False, True),
    ]
    assert [(e[1], e[2]) for e in data.events] == [
        ("Kick-off WAF", "Kick-off"),
        ("Informationsabend für Kommunen", "Informationsveranstaltung"),
    ]
    assert data.funding == (date(2024, 1, 1), date(2026, 12, 31))
    assert services.verbund_reports.timeline_data(verbund, TODAY) == data


def test_timeline_without_funding_period_or_end(services):
    vid = services.verbuende.create(
        VerbundData(name="Nur Idee", funding_start=date(2025, 1, 1), phase_since=date(2025, 1, 1))
    ).id
    data = timeline_data(services, vid, TODAY)
    assert data.funding is None
    assert data.phases == [("Idee", date(2025, 1, 1), None)]
    assert data.milestones == [] and data.events == []


def test_write_timeline_png(services, verbund, tmp_path):
    path = services.verbund_reports.write_timeline(verbund, tmp_path / "z.png", TODAY)
    assert path.read_bytes().startswith(b"\x89PNG")


# -- the workbook ------------------------------------------------------------------------------
def test_sheets_and_office_conventions(workbook):
    assert workbook.sheetnames == SHEETS
    for name in SHEETS[:-1]:
        ws = workbook[name]
        assert len(name) <= 31
        assert ws.freeze_panes == "A2", name
        assert ws.auto_filter.ref.startswith("A1:"), name
        header = [c for c in ws[1] if c.value is not None]
        assert header and all(c.font.bold for c in header), name
        assert ws.column_dimensions["A"].width >= 6


def test_every_sheet_prints_readably_with_cells_aligned_top(workbook):
    from tests.printing import formula_cells, printed_font_pt

    assert formula_cells(workbook) == []
    for ws in workbook.worksheets:
        assert printed_font_pt(ws) >= 8, ws.title
        assert ws.oddFooter.right.text == "Seite &P von &N", ws.title
        for row in ws.iter_rows():
            for cell in row:  # dates stand beside their wrapped text, not below it
                if cell.value is not None:
                    assert cell.alignment.vertical == "top", (ws.title, cell.coordinate)


def test_record_sheet_fields_dates_money_and_history(workbook):
    ws = workbook["Verbund"]
    assert [c.value for c in ws[1]][:2] == ["Feld", "Wert"]
    cells = {}
    for label, value in ws.iter_rows(min_row=2, max_col=2):
        if label.value == "Phasenverlauf":
            break
        cells[label.value] = value
    assert cells["Name"].value == "Weiterbildungsverbund Automotive Fantasia"
    assert cells["Kurzname"].value == "WAF"
    assert cells["Phase"].value == "Aktiv"
    assert cells["Landkreise"].value == "Harz, Magdeburg"
    assert cells["Koordination"].value == "Fantasie-RKW Bildung"
    assert cells["Förderkennzeichen"].value == "WBV-0815"
    for label, day in (
        ("Förderbeginn", date(2024, 1, 1)),
        ("Förderende", date(2026, 12, 31)),
        ("Phase seit", date(2024, 4, 1)),
    ):
        assert isinstance(cells[label].value, datetime), label
        assert cells[label].value.date() == day
        assert cells[label].number_format == "DD.MM.YYYY"
    assert cells["Budget"].value == pytest.approx(450000.5)
    assert "€" in cells["Budget"].number_format
    assert cells["Notizen"].value == FORMULA and cells["Notizen"].data_type == "s"
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] == "Phasenverlauf")
    assert rows[start + 1][:4] == ("Phase", "seit", "bis", "Notiz")
    history = rows[start + 2 :]
    assert [r[0] for r in history] == ["Idee", "Anbahnung", "Konstituierung", "Aktiv"]
    assert history[2][1].date() == date(2024, 1, 15) and history[2][3] == "Kick-off"
    assert history[-1][2] is None


def test_members_sorted_by_role_then_name(workbook):
    ws = workbook["Mitglieder"]
    rows = table(ws)
    order = {r: i for i, r in enumerate(MEMBER_ROLES)}
    keys = [(order[r["Rolle"]], sort_key(r["Organisation"])) for r in rows]
    assert keys == sorted(keys) and len(rows) == 6
    assert [r["Organisation"] for r in rows[:3]] == [
        "Fantasie-RKW Bildung",
        "Autoteile Altmark AG",
        "Zulieferer Harz GmbH",
    ]
    assert rows[0]["Ansprechperson"] == "Dr. Quirina Heinze"
    assert rows[0]["E-Mail"] == "qh@x.example"
    assert rows[0]["Verbindlichkeit"] == SIGNED
    assert rows[0]["Unterzeichnet am"].date() == date(2024, 1, 20)
    assert ws["E2"].number_format == "DD.MM.YYYY"
    assert rows[0]["Art"] == "Weiterbildungsträger" and rows[0]["Landkreis"] == "Harz"


def test_board_and_tasks(workbook):
    board = table(workbook["Beirat"])
    assert [(b["Person"], b["Funktion"]) for b in board] == [
        ("Dr. Quirina Heinze", "Vorsitz"),
        ("Udo Xander", "Mitglied"),
    ]
    ws = workbook["Aufgaben"]
    tasks = {t["Titel"]: t for t in table(ws)}
    assert tasks["Bedarfsanalyse fertig"]["Überfällig"] == "überfällig"
    assert tasks["Newsletter schreiben"]["Überfällig"] is None
    assert tasks["Kooperationsvereinbarung"]["Erledigt"] == "ja"
    assert tasks["Newsletter schreiben"]["Erledigt"] == "nein"
    overdue_row = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "Bedarfsanalyse fertig")
    assert overdue_row[6].fill.fgColor.rgb.endswith("FFC7CE")


def test_key_figures_entered_and_counted(workbook):
    rows = table(workbook["Kennzahlen"])
    assert [r["Quelle"] for r in rows] == ["erfasst", "gezählt"]
    entered, counted = rows
    assert entered["Erreichte Unternehmen"] == 12 and entered["Notiz"] == "Jahr 1"
    assert counted["Von"].date() == date(2024, 1, 1)
    assert counted["Bis"].date() == TODAY  # the funding period, up to today
    assert counted["Beratungen"] == 1 and counted["Erreichte Unternehmen"] == 1
    assert "Kontakthistorie" in counted["Notiz"]


def test_health_sheet_matches_the_check(services, verbund, workbook):
    report = services.health.check(verbund, TODAY)
    ws = workbook["Gesundheitscheck"]
    assert [c.value for c in ws[1]] == ["Nr", "Erfolgsfaktor", "erfüllt", "Begründung", "Was fehlt"]
    rows = [r for r in ws.iter_rows(min_row=2) if isinstance(r[0].value, int)]
    assert len(rows) == 5
    for row, f in zip(rows, report.factors, strict=True):
        assert row[0].value == f.number
        assert row[1].value == f.title
        assert row[2].value == ("ja" if f.met else "nein")
        assert row[2].fill.fgColor.rgb.endswith("C6EFCE" if f.met else "FFC7CE")
        assert row[3].value == f.reason
        assert (row[4].value or "") == ("" if f.met else f.remedy)
    assert any(f.met for f in report.factors) and not all(f.met for f in report.factors)
    values = [c.value for r in ws.iter_rows(min_row=7) for c in r]
    assert report.score_text in values
    assert (report.funding_warning or "keine Warnung") in values


def test_unknown_verbund_and_wrong_ending(services, verbund, tmp_path):
    reports = services.verbund_reports
    with pytest.raises(NotFoundError):
        reports.write_report(verbund + 999, tmp_path / "x.xlsx", TODAY)
    with pytest.raises(ExportError, match=r"\.xlsx"):
        reports.write_report(verbund, tmp_path / "x.csv", TODAY)
    assert not (tmp_path / "x.xlsx").exists() and not (tmp_path / "x.csv").exists()
