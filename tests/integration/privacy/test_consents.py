"""Recording consents: validation, append-only history, current state, expiry, bulk,
the facts per person and the filter's rules (restriction, objection, anonymised)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select, update

from tests.integration.privacy.conftest import LONG_AGO, TODAY, withdraw
from wba_desktop.errors import ServiceError, ValidationError
from wba_desktop.models import ConsentEvent, Person
from wba_desktop.services.privacy.consents import (
    EXPIRED,
    GRANTED,
    WITHDRAWN,
    ConsentInput,
)
from wba_desktop.services.privacy.facts import PrivacyFacts


def _events(services, pid):
    with services.uow() as uow:
        return uow.session.execute(
            select(
                ConsentEvent.id, ConsentEvent.status, ConsentEvent.effective_on, ConsentEvent.source
            )
            .where(ConsentEvent.person_id == pid)
            .order_by(ConsentEvent.id)
        ).all()


def test_a_withdrawal_is_appended_and_the_grant_stays(services, folk):
    before = _events(services, folk["Anton"])
    withdraw(services, folk["Anton"], "Newsletter")
    after = _events(services, folk["Anton"])
    assert after[: len(before)] == before  # nothing overwritten
    assert after[-1][1:3] == (WITHDRAWN, TODAY)
    current = {c.purpose: c.status for c in services.consents.current(folk["Anton"])}
    assert current["Newsletter"] == WITHDRAWN
    assert current["Veranstaltungseinladungen"] == GRANTED
    assert current["Fotos"] == "keine Angabe"
    history = services.consents.history(folk["Anton"])
    assert [h.status for h in history if h.purpose == "Newsletter"] == [WITHDRAWN, GRANTED]


def test_events_cannot_be_changed_or_deleted_through_the_orm(services, folk):
    with services.uow() as uow:
        e = uow.session.scalars(
            select(ConsentEvent).where(ConsentEvent.person_id == folk["Anton"])
        ).first()
        e.source = "gefälscht"
        with pytest.raises(ServiceError, match="nicht geändert oder gelöscht"):
            uow.session.flush()
    with services.uow() as uow:
        e = uow.session.scalars(
            select(ConsentEvent).where(ConsentEvent.person_id == folk["Anton"])
        ).first()
        uow.session.delete(e)
        with pytest.raises(ServiceError):
            uow.session.flush()
    assert {row[3] for row in _events(services, folk["Anton"])} == {"Anmeldebogen"}


@pytest.mark.parametrize(
    ("entry", "field", "text"),
    [
        (ConsentInput("Newsletter", WITHDRAWN, LONG_AGO - timedelta(1)), "effective_on", "vor der"),
        (ConsentInput("Newsletter", GRANTED, TODAY + timedelta(1)), "effective_on", "Zukunft"),
        (ConsentInput("Brieftauben", GRANTED, TODAY), "purpose", "„Brieftauben“ gibt es nicht"),
        (ConsentInput("Newsletter", GRANTED, LONG_AGO), "effective_on", "schon erfasst"),
        (ConsentInput("Newsletter", "vielleicht", TODAY), "status", "Status"),
        (ConsentInput("Newsletter", GRANTED, None), "effective_on", "Bitte angeben"),
        (
            ConsentInput("Newsletter", GRANTED, TODAY, expires_on=TODAY - timedelta(1)),
            "expires_on",
            "nach dem Beginn",
        ),
        (ConsentInput("Newsletter", GRANTED, TODAY, source="x" * 201), "source", "Quelle"),
    ],
)
def test_bad_input_is_refused_and_nothing_written(services, folk, entry, field, text):
    before = _events(services, folk["Anton"])
    with pytest.raises(ValidationError) as exc:
        services.consents.record(folk["Anton"], entry)
    assert field in exc.value.errors
    assert text in exc.value.errors[field]
    assert _events(services, folk["Anton"]) == before


def test_an_expired_consent_counts_as_expired(services, folk):
    pid = folk["Cäcilie"]
    services.consents.record(
        pid,
        ConsentInput("Fotos", GRANTED, date(2024, 5, 1), expires_on=date(2025, 5, 1)),
    )
    current = {c.purpose: c for c in services.consents.current(pid)}
    assert current["Fotos"].status == EXPIRED
    kept, left_out = services.consents.allowed([pid], "Fotos")
    assert kept == [] and left_out == {"Einwilligung abgelaufen": 1}
    # on a day before the end it was valid
    assert services.consents.allowed([pid], "Fotos", today=date(2025, 4, 1))[0] == [pid]


def test_bulk_recording_skips_what_is_already_so(services, folk):
    ids = [folk["Anton"], folk["Berta"], folk["Cäcilie"], 999999]
    entry = ConsentInput("Newsletter", GRANTED, LONG_AGO, source="Anmeldebogen Netzwerktreffen")
    result = services.consents.record_many(ids, entry)
    assert (result.recorded, result.already, result.not_found) == (2, 1, 1)
    assert "2 Einträge für „Newsletter“ erfasst" in result.summary("Newsletter")
    kept, _ = services.consents.allowed(ids, "Newsletter")
    assert set(kept) == {folk["Anton"], folk["Berta"], folk["Cäcilie"]}
    with pytest.raises(ValidationError):  # bad input: nobody gets anything
        services.consents.record_many(ids, ConsentInput("Newsletter", GRANTED, None))


def test_the_filter_follows_the_legal_basis(services, folk):
    ids = [folk[n] for n in ("Anton", "Berta", "Cäcilie", "Dario", "Elke")]
    kept, left_out = services.consents.allowed(ids, "Newsletter")
    assert kept == [folk["Anton"], folk["Berta"], folk["Dario"], folk["Elke"]]
    assert left_out == {"ohne Einwilligung": 1}
    # no purpose: everyone who is not restricted
    assert services.consents.allowed(ids)[0] == ids
    # everyone needs a consent when the switch asks for it
    kept, left_out = services.consents.allowed(ids, "Newsletter", require_consent=True)
    assert kept == [folk["Anton"], folk["Elke"]]
    assert left_out == {"ohne Einwilligung": 3}


def test_restriction_objection_and_anonymisation(services, folk):
    ids = [folk[n] for n in ("Anton", "Berta", "Dario")]
    services.privacy_facts.save(
        folk["Anton"], PrivacyFacts(legal_basis="Einwilligung", restricted=True)
    )
    services.privacy_facts.save(
        folk["Berta"], PrivacyFacts(legal_basis="berechtigtes Interesse", objected_on=TODAY)
    )
    services.privacy_facts.save(
        folk["Dario"], PrivacyFacts(legal_basis="öffentliche Aufgabe", objected_on=TODAY)
    )
    for purpose in (None, "Newsletter", "Fotos"):
        kept, left_out = services.consents.allowed(ids, purpose)
        # the objection ends what rests on legitimate interest, not the public task
        assert kept == [folk["Dario"]]
        assert left_out == {"eingeschränkt": 1, "Widerspruch": 1}
    with services.uow() as uow:
        uow.session.execute(
            update(Person).where(Person.id == folk["Dario"]).values(anonymised_on=TODAY)
        )
        uow.commit()
    assert services.consents.allowed(ids)[1]["anonymisiert"] == 1


def test_facts_are_checked(services, folk):
    pid = folk["Berta"]
    with pytest.raises(ValidationError) as exc:
        services.privacy_facts.save(
            pid,
            PrivacyFacts(
                legal_basis="Bauchgefühl",
                informed_on=TODAY + timedelta(days=1),
                objected_on=TODAY + timedelta(days=2),
            ),
        )
    assert set(exc.value.errors) == {"legal_basis", "informed_on", "objected_on"}
    assert "Zukunft" in exc.value.errors["informed_on"]
    assert services.privacy_facts.get(pid).facts.legal_basis == "berechtigtes Interesse"
    saved = services.privacy_facts.save(
        pid, PrivacyFacts("Vertrag", "  Website der Kammer ", TODAY, False, None)
    )
    assert saved.facts == PrivacyFacts("Vertrag", "Website der Kammer", TODAY, False, None)


def test_purposes_are_editable_and_unique(services):
    names = [p.name for p in services.consents.purposes()]
    assert names == [
        "Newsletter",
        "Veranstaltungseinladungen",
        "Fotos",
        "Darstellung in Netzwerkkarten",
        "Rückfragen zur Anfrage",
    ]
    new = services.consents.save_purpose("Mitgliederbefragung", "Umfragen per E-Mail")
    assert services.consents.purposes()[-1] == new
    with pytest.raises(ValidationError, match="gibt es schon"):
        services.consents.save_purpose("newsletter")
    services.consents.save_purpose(new.name, new.description, False, purpose_id=new.id)
    assert new.name not in [p.name for p in services.consents.purposes(active_only=True)]
