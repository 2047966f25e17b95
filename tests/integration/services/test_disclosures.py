"""Every path by which personal data leaves the app leaves a disclosure with the right
people: list exports (xlsx, csv, Serienbrief, vCard, vCard zip, Verteiler), the
participant list and a speaker's calendar, the Verbund report, the e-mail log; an
organisation list names no one and logs nothing; 20,000 people are logged cheaply."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import event, func, insert, select

from tests.integration.services.privacy_support import make_namesakes
from wba_desktop.models import Disclosure, Event, Person, Verbund, disclosure_person
from wba_desktop.services.directory.organisations import OrganisationFilter
from wba_desktop.services.directory.people import PersonFilter
from wba_desktop.services.privacy_log import EXPORT, record_disclosure
from wba_desktop.text.fold import search_key, sort_key


@pytest.fixture
def pair(uow_factory):
    return make_namesakes(uow_factory)


def logged(uow_factory) -> list[tuple[str, str, str, set[int]]]:
    """(kind, what, recipient, people) of every disclosure, oldest first."""
    with uow_factory() as uow:
        s = uow.session
        out = []
        for d in s.scalars(select(Disclosure).order_by(Disclosure.id)):
            people = set(
                s.scalars(
                    select(disclosure_person.c.person_id).where(
                        disclosure_person.c.disclosure_id == d.id
                    )
                )
            )
            out.append((d.kind, d.what, d.recipient, people))
    return out


def last(uow_factory):
    return logged(uow_factory)[-1]


def one_id(uow_factory, model, marker: str) -> int:
    column = model.title if model is Event else model.name
    with uow_factory() as uow:
        return uow.session.scalar(select(model.id).where(column.like(f"%{marker}")))


@pytest.mark.parametrize(
    ("name", "mail_merge"),
    [("liste.xlsx", False), ("liste.csv", False), ("serienbrief.xlsx", True)],
)
def test_people_exports(services, uow_factory, pair, tmp_path, name, mail_merge):
    a, b = pair
    flt = PersonFilter(ids=(a.id, b.id))
    services.exports.export("people", flt, path=tmp_path / name, mail_merge=mail_merge)
    kind, what, recipient, people = last(uow_factory)
    assert (kind, recipient, people) == (EXPORT, f"Datei: {name}", {a.id, b.id})
    assert what.startswith("Personen") and ("Serienbrief" in what) == mail_merge


@pytest.mark.parametrize("name", ["kontakte.vcf", "kontakte.zip"])
def test_outlook_vcards(services, uow_factory, pair, tmp_path, name):
    a, _b = pair
    services.exports.export("people", PersonFilter(ids=(a.id,)), path=tmp_path / name)
    kind, what, recipient, people = last(uow_factory)
    assert (kind, recipient, people) == (EXPORT, f"Datei: {name}", {a.id})
    assert "vCard" in what


def test_verteiler_export(services, uow_factory, pair, tmp_path):
    a, _b = pair
    list_id = services.verteiler.by_name("Rundbrief -A-").id
    services.exports.export("verteiler", list_id, path=tmp_path / "rundbrief.xlsx")
    _kind, what, _recipient, people = last(uow_factory)
    assert people == {a.id} and "Rundbrief -A-" in what


def test_organisation_list_logs_nothing(services, uow_factory, pair, tmp_path):
    before = len(logged(uow_factory))
    services.exports.export("organisations", OrganisationFilter(), path=tmp_path / "orgs.xlsx")
    assert len(logged(uow_factory)) == before


def test_participant_list_and_speaker_calendar(services, uow_factory, pair, tmp_path):
    a, _b = pair
    event_id = one_id(uow_factory, Event, "-A-")
    services.event_exports.export(event_id, tmp_path / "teilnehmer.xlsx")
    _kind, what, recipient, people = last(uow_factory)
    assert people == {a.id} and what == "Teilnehmerliste „Fachtag -A-“"
    assert recipient == "Datei: teilnehmer.xlsx"
    services.event_exports.speaker_ics(a.id, tmp_path / "termine.ics")
    assert last(uow_factory)[3] == {a.id}


def test_verbund_report(services, uow_factory, pair, tmp_path):
    a, _b = pair
    services.verbund_reports.write_report(one_id(uow_factory, Verbund, "-A-"), tmp_path / "v.xlsx")
    _kind, what, _recipient, people = last(uow_factory)
    assert people == {a.id} and "Verbund -A-" in what


def test_mail_log_and_recipient_ids(services, uow_factory, pair):
    a, b = pair
    recipients = services.exports.recipients(PersonFilter(ids=(a.id, b.id)))
    assert sorted(recipients.person_ids) == sorted([a.id, b.id])
    assert [e for _n, e in recipients.with_email] == [
        {a.id: a.email, b.id: b.email}[i] for i in recipients.person_ids
    ]
    services.disclosures.record_mail("E-Mail an Rundbrief", recipients.person_ids, "Outlook")
    assert last(uow_factory)[0] == "E-Mail" and last(uow_factory)[3] == {a.id, b.id}
    assert services.disclosures.record_mail("leer", []) is None


def test_twenty_thousand_people_are_logged_in_chunks(uow_factory, engine, backend):
    rows = [
        {
            "last_name": f"Erfunden{i:05d}",
            "first_name": "Test",
            "search_key": search_key("Test", f"Erfunden{i:05d}"),
            "sort_key": sort_key(f"Erfunden{i:05d}", "Test"),
        }
        for i in range(20_000)
    ]
    with engine.begin() as conn:
        conn.execute(insert(Person), rows)
    with uow_factory() as uow:
        ids = list(uow.session.scalars(select(Person.id)))
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_rest) -> None:
        if "disclosure_person" in statement:
            statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    started = time.perf_counter()
    try:
        disclosure_id = record_disclosure(uow_factory, EXPORT, "Alle", "Datei: alle.xlsx", "", ids)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    elapsed = time.perf_counter() - started
    with uow_factory() as uow:
        linked = uow.session.scalar(
            select(func.count()).where(disclosure_person.c.disclosure_id == disclosure_id)
        )
    assert linked == len(ids) == 20_000
    assert len(statements) == 10  # one INSERT … SELECT per 2,000 ids
    assert elapsed < 5.0, f"{elapsed:.2f} s"
