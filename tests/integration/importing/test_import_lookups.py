"""Which stored person an imported e-mail address matches (``Lookups.load``): the oldest
with that address, compared without case, never a private inquirer. Names invented."""

from __future__ import annotations

from unittest.mock import ANY

from sqlalchemy import update

from wba_desktop.models import Person
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.importing.lookup import Lookups


def test_an_address_matches_the_oldest_person_who_is_no_inquirer(services, uow_factory):
    def person(last: str, email: str) -> int:
        data = PersonData(last_name=last, email=email)
        return services.people.create(data, allow_duplicate=True).id

    mixed = person("Beispiel", "Anna.Beispiel@firma.example")  # capitals, the oldest
    person("Beispiel", "anna.beispiel@firma.example")
    asked = person("Ratsuchend", "b.sonne@mail.example")
    older = person("Sonne", "b.sonne@mail.example")
    person("Sonne", "B.Sonne@mail.example")
    alone = person("Fragend", "c.mond@mail.example")
    plain = person("Kräuter", "j.kraeuter@zoellner.example")
    with uow_factory() as uow:
        uow.session.execute(
            update(Person).where(Person.id.in_([asked, alone])).values(inquirer=True)
        )
        uow.commit()
    with uow_factory() as uow:
        emails = Lookups.load(uow.session).emails
    assert emails["anna.beispiel@firma.example"] == mixed
    assert emails["b.sonne@mail.example"] == older  # not the inquirer before it
    assert "c.mond@mail.example" not in emails  # only an inquirer has it
    assert emails["j.kraeuter@zoellner.example"] == plain
    assert not [e for e in emails if e != e.lower()]


# -- read ahead while the file is read (ImportService.prefetch) ------------------------------------

ROWS = [
    ["Firma", "PLZ Ort", "Vorname", "Nachname", "E-Mail"],
    ["Metallbau Zöllner GmbH", "06108 Halle (Saale)", "Jörg", "Kräuter", "j.k@zoellner.example"],
    ["Bildungswerk Elbaue", "06366 Köthen (Anhalt)", "Änne", "Mühlberg", "a.m@elbaue.example"],
]


def _counting_loads(monkeypatch) -> list[int]:
    calls: list[int] = []
    load = Lookups.load.__func__

    def counted(cls, session, *args, **kwargs):
        calls.append(1)
        return load(cls, session, *args, **kwargs)

    monkeypatch.setattr(Lookups, "load", classmethod(counted))
    return calls


def _picture(plan) -> list:
    return [(r.row_no, r.status, r.matches, r.reasons) for r in plan.rows]


def test_the_preview_takes_what_was_read_ahead_once(services, monkeypatch):
    from wba_desktop.exchange.mapping import suggest
    from wba_desktop.services.importing.service import ImportService

    person = services.people.create(
        PersonData(first_name="Jörg", last_name="Kräuter", email="J.K@zoellner.example")
    )
    service = ImportService(services.uow)
    expected = _picture(service.plan(ROWS, suggest(ROWS)))
    assert "Person mit der E-Mail-Adresse j.k@zoellner.example ist vorhanden" in expected[0][2]
    calls = _counting_loads(monkeypatch)
    ahead = service.prefetch()  # reads on its own thread
    plan = service.plan(ROWS, suggest(ROWS), prefetched=ahead)
    assert _picture(plan) == expected and len(calls) == 1  # the preview read nothing
    assert plan.people[0].match_id == person.id
    # the preview emptied the tables it took: a second preview reads them again
    assert _picture(service.plan(ROWS, suggest(ROWS), prefetched=ahead)) == expected
    assert len(calls) == 2


def test_an_old_or_failed_read_ahead_is_not_taken(services, monkeypatch):
    from wba_desktop.exchange.mapping import suggest
    from wba_desktop.services.importing import prefetch
    from wba_desktop.services.importing.service import ImportService

    service = ImportService(services.uow)
    expected = _picture(service.plan(ROWS, suggest(ROWS)))
    ahead = service.prefetch()
    monkeypatch.setattr(prefetch, "FRESH_S", -1.0)  # older than allowed
    calls = _counting_loads(monkeypatch)
    assert _picture(service.plan(ROWS, suggest(ROWS), prefetched=ahead)) == expected
    assert len(calls) == 1  # read afresh
    monkeypatch.setattr(prefetch, "FRESH_S", 60.0)

    def broken() -> Lookups:
        raise RuntimeError("database is locked")

    failed = prefetch.Prefetched(broken)
    assert failed.take() is None
    assert _picture(service.plan(ROWS, suggest(ROWS), prefetched=prefetch.Prefetched(broken))) == (
        expected
    )
    assert len(calls) == 2


def test_a_discarded_read_ahead_is_emptied_off_the_window_thread(services):
    import time

    from wba_desktop.services.importing.service import ImportService

    services.people.create(PersonData(last_name="Sonne", email="b.sonne@mail.example"))
    ahead = ImportService(services.uow).prefetch()
    ahead.discard()  # e.g. the user picked another file
    assert ahead.take() is None
    lookups = ahead._future.result(timeout=30)
    deadline = time.monotonic() + 10
    while lookups.emails and time.monotonic() < deadline:
        time.sleep(0.01)
    assert lookups.emails == {}


def test_a_relation_import_reads_no_e_mails(services, uow_factory):
    from wba_desktop.services.importing.relation_planner import RelationPlanner

    services.people.create(PersonData(last_name="Sonne", email="b.sonne@mail.example"))
    with uow_factory() as uow:
        planner = RelationPlanner(uow.session, create_missing=False, create_types=False)
        assert planner.lookups.emails == {}  # a file of relations names organisations only
        assert Lookups.load(uow.session).emails == {"b.sonne@mail.example": ANY}
