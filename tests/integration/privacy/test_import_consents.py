"""Import columns „Einwilligung <Zweck>“: consents recorded with the file as source, the
file as new people's data source, bad cells rejected with the row and column named."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from wba_desktop.exchange.mapping import suggest
from wba_desktop.models import ConsentEvent, Person
from wba_desktop.services.importing.consent_columns import parse_cell
from wba_desktop.services.importing.service import ImportService

TODAY = date(2026, 3, 1)
HEADER = [
    "Vorname",
    "Nachname",
    "E-Mail",
    "Organisation",
    "Einwilligung Newsletter",
    "einwilligung fotos",
]


def _plan(services, rows):
    return ImportService(services.uow).plan(
        rows, suggest(rows), source_name="Anmeldebogen Netzwerktreffen 2025.xlsx", today=TODAY
    )


def test_consent_columns_are_recorded(services):
    rows = [
        HEADER,
        ["Gundula", "Gänsewein", "gg@example.org", "Probewerk", "ja", "ja, 12.03.2025"],
        ["Hubert", "Hasenfeld", "hh@example.org", "Probewerk", "nein", ""],
        ["Ilse", "Igelmann", "ii@example.org", "Probewerk", "widerrufen 01.02.2026", None],
        ["Jost", "Jägerling", "jj@example.org", "Probewerk", date(2025, 6, 1), "x"],
    ]
    plan = _plan(services, rows)
    assert [c.purpose for c in plan.consent_columns] == ["Newsletter", "Fotos"]
    assert 4 not in plan.mapping.columns and 5 not in plan.mapping.columns
    assert not plan.rejected
    summary = ImportService(services.uow).apply(plan)
    assert summary.consents_recorded == 5
    assert "Einwilligungen und Widerrufe: 5 erfasst" in summary.text()
    with services.uow() as uow:
        people = {p.last_name: p for p in uow.session.scalars(select(Person))}
        events = uow.session.scalars(select(ConsentEvent).order_by(ConsentEvent.id)).all()
        got = {
            (people_name(people, e.person_id), e.purpose.name, e.status, e.effective_on)
            for e in events
        }
        assert {e.source for e in events} == {"Anmeldebogen Netzwerktreffen 2025.xlsx"}
        assert people["Hasenfeld"].data_source == "Anmeldebogen Netzwerktreffen 2025.xlsx"
    assert got == {
        ("Gänsewein", "Newsletter", "erteilt", TODAY),
        ("Gänsewein", "Fotos", "erteilt", date(2025, 3, 12)),
        ("Igelmann", "Newsletter", "widerrufen", date(2026, 2, 1)),
        ("Jägerling", "Newsletter", "erteilt", date(2025, 6, 1)),
        ("Jägerling", "Fotos", "erteilt", TODAY),
    }
    # the same file again records nothing twice
    again = ImportService(services.uow).apply(_plan(services, rows))
    assert again.consents_recorded == 0


def people_name(people: dict, pid: int) -> str:
    return next(name for name, p in people.items() if p.id == pid)


def test_bad_consent_cells_reject_the_row(services):
    rows = [
        HEADER,
        ["Kora", "Krähenbühl", "kk@example.org", "Probewerk", "ja, 31.02.2025", ""],
        ["Lutz", "Lerchental", "ll@example.org", "Probewerk", "vielleicht", ""],
        ["Mona", "Möwendorf", "mm@example.org", "Probewerk", "ja, 01.01.2027", ""],
        ["Nils", "Nachtigall", "nn@example.org", "Probewerk", "ja", ""],
    ]
    plan = _plan(services, rows)
    reasons = [r for row in plan.rejected for r in row.reasons]
    assert reasons == [
        "Zeile 2, Einwilligung Newsletter: „31.02.2025“ ist ein unbekanntes Datum.",
        "Zeile 3, Einwilligung Newsletter: „vielleicht“ ist keine Angabe zur Einwilligung "
        "(ja, ja mit Datum, nein oder widerrufen mit Datum).",
        "Zeile 4, Einwilligung Newsletter: Der 01.01.2027 liegt in der Zukunft.",
    ]
    summary = ImportService(services.uow).apply(plan)
    assert summary.people_new == 1 and summary.consents_recorded == 1


def test_cell_values():
    assert parse_cell("Ja", TODAY) == ("erteilt", TODAY)
    assert parse_cell("ja, 12.03.25", TODAY) == ("erteilt", date(2025, 3, 12))
    assert parse_cell("12.03.2025", TODAY) == ("erteilt", date(2025, 3, 12))
    assert parse_cell("Widerrufen am 01.02.2026", TODAY) == ("widerrufen", date(2026, 2, 1))
    assert parse_cell("nein", TODAY) is None
    assert parse_cell("  ", TODAY) is None
