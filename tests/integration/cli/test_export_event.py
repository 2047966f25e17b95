"""``wba-desktop export event TITEL --out DATEI [--format xlsx|ics]``: the participant
list or the calendar file of an event from the command line."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import icalendar
import openpyxl
import pytest

from wba_desktop import cli
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.events.records import EventData


@pytest.fixture
def event(services) -> int:
    start = datetime.combine(date.today() + timedelta(days=30), datetime.min.time()).replace(
        hour=10
    )
    eid = services.events.create(
        EventData(
            title="Dialogforum Fachkräfte Börde",
            type="Dialogformat",
            starts_at=start,
            ends_at=start + timedelta(hours=3),
            venue="Rathaussaal",
            city="Haldensleben",
        )
    ).id
    for first, last in (("Ilse", "Quandtmeyer"), ("Jörg", "Zabelitz")):
        pid = services.people.create(
            PersonData(first_name=first, last_name=last, email=f"{first.lower()}@example.org")
        ).id
        inv = services.invitations.add_person(eid, pid, "eingeladen")
        services.invitations.set_status([inv], "zugesagt")
    return eid


def test_participant_list_by_title(db_url, event, tmp_path, capsys):
    out = tmp_path / "teilnehmer.xlsx"
    code = cli.main(
        ["--db", db_url, "export", "event", "dialogforum fachkräfte börde", "--out", str(out)]
    )
    assert code == 0
    assert "Teilnehmerliste" in capsys.readouterr().out
    ws = openpyxl.load_workbook(out).active
    names = {c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    assert any("Quandtmeyer" in n for n in names) and any("Zabelitz" in n for n in names)


def test_calendar_file_with_format_option(db_url, event, tmp_path):
    out = tmp_path / "termin"
    assert (
        cli.main(
            [
                "--db",
                db_url,
                "export",
                "event",
                "Dialogforum Fachkräfte Börde",
                "--out",
                str(out),
                "--format",
                "ics",
            ]
        )
        == 0
    )
    cal = icalendar.Calendar.from_ical((tmp_path / "termin.ics").read_bytes())
    vevents = [c for c in cal.walk("VEVENT")]
    assert [str(v["SUMMARY"]) for v in vevents][0] == "Dialogforum Fachkräfte Börde"
    assert any(c.name == "VTIMEZONE" and str(c["TZID"]) == "Europe/Berlin" for c in cal.walk())


def test_unknown_event_and_bad_ending(db_url, event, tmp_path, capsys):
    code = cli.main(
        ["--db", db_url, "export", "event", "Gibt es nicht", "--out", str(tmp_path / "x.xlsx")]
    )
    assert code != 0
    assert "Gibt es nicht" in capsys.readouterr().err
    code = cli.main(
        [
            "--db",
            db_url,
            "export",
            "event",
            "Dialogforum Fachkräfte Börde",
            "--out",
            str(tmp_path / "x.pdf"),
        ]
    )
    assert code != 0
    err = capsys.readouterr().err
    assert ".ics" in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()
