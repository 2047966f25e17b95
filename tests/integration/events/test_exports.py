"""Files of an event: participant list (xlsx), calendars (ics), follow-up report."""

from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from tests.printing import printed_font_pt
from wba_desktop.errors import ValidationError
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.events.exports import EventExportService
from wba_desktop.services.events.invitation_queries import InvitationQueries
from wba_desktop.services.events.invitation_sources import InvitationSources
from wba_desktop.services.events.invitations import InvitationService
from wba_desktop.services.events.programme import ProgrammeService, SessionData
from wba_desktop.services.events.records import EventData, EventService

TODAY = date(2026, 1, 15)


@pytest.fixture
def env(services, uow_factory):
    events = EventService(uow_factory)
    invitations = InvitationService(uow_factory, services.people, services.verteiler)
    programme = ProgrammeService(uow_factory)
    queries = InvitationQueries(uow_factory)
    exports = EventExportService(events, programme, queries, services.people)
    types = {t.name: t.id for t in services.reference.organisation_types()}
    regions = {r.name: r.id for r in services.reference.regions()}
    orgs = {}
    for name, kind, region in (
        ("Zukunftswerk e. V.", "Verein / Zivilgesellschaft", "Stendal"),
        ("Ärztekammer Sachsen-Anhalt", "Sonstige", "Magdeburg"),
        ("IHK Magdeburg", "Kammer (IHK)", "Magdeburg"),
    ):
        data = OrganisationData(name=name, type_id=types[kind], region_id=regions[region])
        orgs[name] = services.organisations.create(data).id
    people = {}
    for last, first, org, function in (
        ("Zander", "Ute", "IHK Magdeburg", "Referentin"),
        ("Adler", "Jan", "IHK Magdeburg", ""),
        ("Öztürk", "Elif", "Ärztekammer Sachsen-Anhalt", "Geschäftsführerin"),
        ("Brandt", "Olaf", "Zukunftswerk e. V.", "Vorstand"),
        ("Heinze", "Anke", None, ""),
    ):
        p = services.people.create(
            PersonData(last_name=last, first_name=first, email=f"{last.lower()}@example.org")
        )
        if org:
            services.affiliations.save(AffiliationData(p.id, orgs[org], function))
        people[last] = p.id
    return {
        "events": events,
        "programme": programme,
        "invitations": invitations,
        "queries": queries,
        "exports": exports,
        "people": people,
    }


def congress(env, **changes) -> int:
    values = dict(
        title="Ostdeutscher Weiterbildungskongress 2026 – Fachkräfte sichern",
        type="Fachkonferenz/Kongress",
        starts_at=datetime(2026, 3, 28, 10),
        ends_at=datetime(2026, 3, 30, 16),
        venue="Tagungszentrum",
        postcode="39104",
        city="Magdeburg",
    )
    values.update(changes)
    return env["events"].create(EventData(**values), today=TODAY).id


def test_participant_list_for_printing(env, tmp_path):
    e = congress(env)
    p = env["people"]
    ids = InvitationSources(person_ids=tuple(p.values()))
    env["invitations"].add(e, ids, "eingeladen", today=TODAY)
    rows = {r.last_name: r.id for r in env["queries"].rows(e)}
    env["invitations"].set_status([rows["Zander"], rows["Öztürk"]], "zugesagt")
    env["invitations"].set_status([rows["Brandt"]], "abgesagt")
    path = tmp_path / "teilnehmer.xlsx"
    assert env["exports"].export(e, path, today=date(2026, 3, 20)) == 4  # without "abgesagt"
    ws = load_workbook(path).active
    assert len(ws.title) <= 31 and ws.title.startswith("Teilnehmerliste")
    assert ws["A1"].value.startswith("Teilnehmerliste Ostdeutscher")
    assert ws["A2"].value.startswith("28.03.2026 10:00 Uhr – 30.03.2026 16:00 Uhr")
    assert ws["G2"].value == datetime(2026, 3, 20) and ws["G2"].number_format == "DD.MM.YYYY"
    header = [c.value for c in ws[4]]
    assert header == [
        "Nr.",
        "Name",
        "Organisation",
        "Funktion/Art",
        "E-Mail",
        "Status",
        "Unterschrift",
    ]
    assert ws["A4"].font.b
    data = [[c.value for c in row] for row in ws.iter_rows(min_row=5)]
    assert [r[2] for r in data] == [
        "Ärztekammer Sachsen-Anhalt",
        "IHK Magdeburg",
        "IHK Magdeburg",
        None,
    ]
    assert [r[1] for r in data] == ["Elif Öztürk", "Jan Adler", "Ute Zander", "Anke Heinze"]
    assert [r[0] for r in data] == [1, 2, 3, 4]
    assert data[1][3] == "Kammer (IHK)"  # no function: the kind of organisation
    assert data[2][3] == "Referentin"
    assert [r[5] for r in data] == ["zugesagt", "eingeladen", "zugesagt", "eingeladen"]
    assert all(r[6] is None for r in data)  # room to sign
    assert ws.column_dimensions["G"].width >= 30
    # printing: landscape, one page wide, the header row on every page
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows in ("4:4", "$4:$4")
    assert printed_font_pt(ws) >= 8
    assert ws["A1"].font.name == ws["A4"].font.name == "Calibri"
    assert ws.freeze_panes == "A5"
    assert ws.auto_filter.ref == "A4:G8"
    # only those who accepted
    only = tmp_path / "zusagen.xlsx"
    assert env["exports"].export(e, only, statuses=["zugesagt"]) == 2


def test_calendar_of_the_event_with_programme(env, tmp_path):
    e = congress(env)
    env["programme"].save_session(
        e,
        SessionData(
            "Keynote Trends",
            "Keynote",
            datetime(2026, 3, 28, 10),
            datetime(2026, 3, 28, 11),
            room="Saal 1",
            speakers=((env["people"]["Heinze"], "Referent/in"),),
        ),
    )
    env["programme"].save_session(
        e,
        SessionData("Podium", "Podium", datetime(2026, 3, 30, 10), datetime(2026, 3, 30, 11)),
    )
    path = tmp_path / "kongress.ics"
    assert env["exports"].export(e, path) == 3
    cal = Calendar.from_ical(path.read_bytes())
    assert str(cal["METHOD"]) == "PUBLISH" and str(cal["PRODID"]) == "-//WBA Desktop//DE"
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Berlin"]
    entries = {str(ev["UID"]): ev for ev in cal.walk("VEVENT")}
    main = entries.pop(env["events"].get(e).uid)
    assert main["DTSTART"].params["TZID"] == "Europe/Berlin"
    # the start is still winter time, the end already summer time
    assert main.decoded("DTSTART").astimezone(UTC) == datetime(2026, 3, 28, 9, tzinfo=UTC)
    assert main.decoded("DTEND").astimezone(UTC) == datetime(2026, 3, 30, 14, tzinfo=UTC)
    assert str(main["LOCATION"]) == "Tagungszentrum, 39104 Magdeburg"
    assert {s.uid for s in env["programme"].sessions(e)} == set(entries)
    sessions = sorted(entries.values(), key=lambda ev: ev.decoded("DTSTART"))
    assert [str(s["SUMMARY"]) for s in sessions] == ["Keynote Trends", "Podium"]
    assert sessions[1].decoded("DTSTART").astimezone(UTC) == datetime(2026, 3, 30, 8, tzinfo=UTC)
    assert "Anke Heinze" in str(sessions[0]["DESCRIPTION"])


def test_speaker_calendar(env, tmp_path):
    heinze = env["people"]["Heinze"]
    first = congress(env)
    autumn = congress(
        env,
        title="Herbstforum",
        starts_at=datetime(2026, 10, 26, 9),
        ends_at=datetime(2026, 10, 26, 15),
    )
    for e, start in ((first, datetime(2026, 3, 28, 10)), (autumn, datetime(2026, 10, 26, 10))):
        env["programme"].save_session(
            e,
            SessionData(
                "Impuls",
                "Impulsvortrag",
                start,
                start.replace(hour=11),
                speakers=((heinze, "Moderation"),),
            ),
        )
    path = tmp_path / "heinze.ics"
    assert env["exports"].speaker_ics(heinze, path) == 2
    cal = Calendar.from_ical(path.read_bytes())
    starts = sorted(ev.decoded("DTSTART").astimezone(UTC) for ev in cal.walk("VEVENT"))
    assert starts == [datetime(2026, 3, 28, 9, tzinfo=UTC), datetime(2026, 10, 26, 9, tzinfo=UTC)]
    assert "Anke Heinze" in str(cal["X-WR-CALNAME"])
    with pytest.raises(ValidationError, match="keinem Programmpunkt"):
        env["exports"].speaker_ics(env["people"]["Adler"], tmp_path / "x.ics")


def test_unknown_format_is_refused(env, tmp_path):
    e = congress(env)
    with pytest.raises(ValidationError, match="xlsx oder .ics"):
        env["exports"].export(e, tmp_path / "liste.pdf")
    assert not (tmp_path / "liste.pdf").exists()


def test_follow_up_report_with_chart(env, tmp_path):
    e = congress(env)
    p = env["people"]
    env["invitations"].add(e, InvitationSources(person_ids=tuple(p.values())), "eingeladen")
    rows = {r.last_name: r.id for r in env["queries"].rows(e)}
    env["invitations"].set_status([rows["Zander"], rows["Öztürk"], rows["Adler"]], "zugesagt")
    env["invitations"].mark_attendance(e, [rows["Zander"], rows["Öztürk"]])
    report = env["queries"].report(e)
    png = env["exports"].followup_chart(report)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    path = tmp_path / "nachbereitung.xlsx"
    env["exports"].followup_xlsx(e, path)
    ws = load_workbook(path).active
    cells = {c.value: c for row in ws.iter_rows() for c in row if c.value is not None}
    assert "Nach Art der Organisation" in cells and "Nach Landkreis" in cells
    assert [ws["A4"].value, ws["B4"].value] == ["Kennzahl", "Anzahl"]
    assert [ws["A5"].value, ws["B5"].value] == ["Eingeladen", 5]
    assert [ws["A7"].value, ws["B7"].value] == ["Teilgenommen", 2]
    kammer = cells["Kammer (IHK)"]
    assert [ws.cell(kammer.row, c).value for c in (2, 3, 4)] == [2, 2, 1]
    with zipfile.ZipFile(path) as z:
        assert any(n.startswith("xl/media/") for n in z.namelist())
