"""Inquiries on a real database: intake of private and company inquirers, every bad
input refused with a German message naming the field and nothing saved, the list
with its filters (initials only, one query), the status flow with its dated
history, and a stale save answered with StaleEdit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import event, select

from wba_desktop.errors import NotFoundError, StaleEdit, ValidationError
from wba_desktop.models import (
    Affiliation,
    ConsentEvent,
    Inquiry,
    Organisation,
    OrganisationType,
    Person,
)
from wba_desktop.models.lotsen import InquiryChange
from wba_desktop.services.lotsen.inquiries import InquiryFilter

from .desk_setup import TODAY, count, make_desk

TABLES = (Inquiry, Person, Organisation, ConsentEvent, InquiryChange, Affiliation)


@pytest.fixture
def desk(services):
    return make_desk(services)


def counts(services) -> dict:
    return {m.__name__: count(services, m) for m in TABLES}


def test_private_inquirer_is_stored_minimally_with_consent_and_source(services, desk):
    services.set_user_name("Ina Quellmann")
    inquiry_id = services.inquiries.create(desk.private(informed_on=date(2026, 3, 10)), today=TODAY)
    detail = services.inquiries.get(inquiry_id)
    assert detail.number == f"A-2026-{inquiry_id:04d}"
    assert detail.status == "neu"
    assert detail.next_statuses == ("in Klärung", "vermittelt", "abgebrochen")
    assert detail.person_name == "Mara Sonnenfeld"
    assert detail.inquirer == "Ratsuchende/r M. S."
    assert detail.topic_names == ("Weiterbildungsberatung", "Digitalisierung")
    assert detail.coordinator_name == "Ina Quellmann"
    assert detail.data.phone == "+49 345 1234567"
    assert detail.data.follow_up_consent is True
    assert detail.data.legal_basis == "Einwilligung"
    with services.uow() as uow:
        person = uow.session.get(Person, detail.person_id)
        assert person.inquirer is True
        assert person.data_source == f"Anfrage Nr. {detail.number} vom 10.03.2026"
        assert person.informed_on == date(2026, 3, 10)
        consent = uow.session.scalars(
            select(ConsentEvent).where(ConsentEvent.person_id == person.id)
        ).one()
        assert consent.purpose.name == "Rückfragen zur Anfrage"
        assert consent.status == "erteilt"
        assert consent.effective_on == date(2026, 3, 10)
    [step] = services.inquiries.history(inquiry_id)
    assert (step.changed_on, step.field, step.value, step.user_name) == (
        date(2026, 3, 10),
        "Status",
        "neu",
        "Ina Quellmann",
    )


def test_company_inquiry_with_a_new_company_and_contact(services, desk):
    data = desk.company(
        organisation_id=None,
        new_company_name="Kunststofftechnik Weidengrund KG",
        first_name="Lea",
        last_name="Hollerbusch",
        email="l.hollerbusch@weidengrund.example",
        region_id=desk.other_region_id,
    )
    detail = services.inquiries.get(services.inquiries.create(data, today=TODAY))
    assert detail.organisation_name == "Kunststofftechnik Weidengrund KG"
    assert detail.inquirer == "Kunststofftechnik Weidengrund KG"
    assert detail.person_name == "Lea Hollerbusch"
    with services.uow() as uow:
        s = uow.session
        org = s.get(Organisation, detail.data.organisation_id)
        assert org.region_id == desk.other_region_id
        assert s.get(OrganisationType, org.type_id).name == "Unternehmen"
        contact = s.get(Person, detail.person_id)
        assert contact.inquirer is False  # a company's contact belongs in the directory
        link = s.scalars(select(Affiliation).where(Affiliation.person_id == contact.id)).one()
        assert link.organisation_id == org.id
    again = desk.company(
        organisation_id=None,
        new_company_name="Kunststofftechnik Weidengrund KG",
        region_id=desk.other_region_id,
    )
    with pytest.raises(ValidationError) as err:
        services.inquiries.create(again, today=TODAY)
    assert "gibt es in diesem Landkreis schon" in err.value.errors["new_company_name"]


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"topic_ids": ()}, "topic_ids", "Themen: Bitte mindestens ein Thema"),
        ({"region_id": None}, "region_id", "Landkreis: Bitte"),
        ({"region_id": 999999}, "region_id", "Landkreis: Diesen Landkreis gibt es nicht"),
        ({"channel": "Brieftaube"}, "channel", "Eingang über: „Brieftaube“"),
        ({"inquirer_kind": "Verein"}, "inquirer_kind", "Wer fragt: „Verein“"),
        ({"urgency": "sofort"}, "urgency", "Dringlichkeit: „sofort“"),
        ({"received_on": date(2026, 3, 17)}, "received_on", "Eingang am: Der 17.03.2026"),
        ({"received_on": None}, "received_on", "Eingang am: Bitte"),
        ({"legal_basis": ""}, "legal_basis", "Rechtsgrundlage: Bitte angeben"),
        ({"legal_basis": "Bauchgefühl"}, "legal_basis", "Rechtsgrundlage: „Bauchgefühl“"),
        ({"last_name": ""}, "last_name", "Nachname: Bitte ausfüllen"),
        ({"email": "keine-adresse"}, "email", "E-Mail: „keine-adresse“"),
        ({"phone": "", "email": ""}, "phone", "Telefon: Für Rückfragen"),
        ({"informed_on": date(2026, 4, 1)}, "informed_on", "Informiert am: Der 01.04.2026"),
        ({"coordinator_id": 999999}, "coordinator_id", "Zuständig: Diese Person"),
    ],
)
def test_bad_private_intake_names_the_field_and_saves_nothing(
    services, desk, changes, field, words
):
    before = counts(services)
    with pytest.raises(ValidationError) as err:
        services.inquiries.create(desk.private(**changes), today=TODAY)
    assert words in err.value.errors[field]
    assert counts(services) == before


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"organisation_id": None}, "organisation_id", "Unternehmen: Bitte ein Unternehmen"),
        ({"new_company_name": "Neu GmbH"}, "new_company_name", "nicht beides"),
        ({"organisation_id": 999999}, "organisation_id", "gibt es nicht (mehr)"),
        ({"first_name": "Lea"}, "last_name", "Nachname: Bitte den Nachnamen"),
        ({"topic_ids": ()}, "topic_ids", "Themen:"),
    ],
)
def test_bad_company_intake_names_the_field_and_saves_nothing(
    services, desk, changes, field, words
):
    before = counts(services)
    with pytest.raises(ValidationError) as err:
        services.inquiries.create(desk.company(**changes), today=TODAY)
    assert words in err.value.errors[field]
    assert counts(services) == before


def test_list_shows_initials_not_names_and_filters(services, desk):
    inq = services.inquiries
    private = inq.create(desk.private(), today=TODAY)
    company = inq.create(desk.company(), today=TODAY)
    other = inq.create(
        desk.private(
            received_on=date(2026, 2, 1),
            region_id=desk.other_region_id,
            topic_ids=(desk.topics["Sprachförderung"],),
            first_name="",
            last_name="Ulmenreich",
            email="",
            follow_up_consent=False,
            coordinator_id=None,
            description="Deutschkurs gesucht",
        ),
        today=TODAY,
    )
    inq.set_status(other, "abgebrochen", date(2026, 2, 3), today=TODAY)
    rows = {r.id: r for r in inq.search()}
    assert list(rows) == [company, private, other]  # newest first
    row = rows[private]
    assert row.inquirer == "Ratsuchende/r M. S."
    assert row.number == f"A-2026-{private:04d}"
    assert row.topics == "Weiterbildungsberatung; Digitalisierung"
    assert row.coordinator == "Ina Quellmann"
    assert (row.referrals, row.next_follow_up, row.status) == (0, None, "neu")
    assert all("Sonnenfeld" not in str(v) and "Mara" not in str(v) for v in vars(row).values())
    assert rows[company].inquirer == "Drehteile Moorbach GmbH"
    assert rows[other].inquirer == "Ratsuchende/r U."
    assert rows[other].closed_on == date(2026, 2, 3)
    wba = services.reference.regions()[1].wba_region

    def ids(**kw) -> list[int]:
        return [r.id for r in inq.search(InquiryFilter(**kw))]

    assert ids(status="abgebrochen") == [other]
    assert ids(open_only=True) == [company, private]
    assert ids(topic_id=desk.topics["Digitalisierung"]) == [private]
    assert ids(region_id=desk.other_region_id) == [other]
    assert other in ids(wba_region=wba)
    assert ids(coordinator_id=desk.coordinator_id) == [company, private]
    assert ids(date_from=date(2026, 3, 11)) == [company]
    assert ids(date_to=date(2026, 3, 10)) == [private, other]
    assert ids(text="moorbach") == [company]
    assert ids(text="deutschkurs") == [other]
    assert ids(text="sonnenfeld") == [private]  # found by name, listed with initials
    assert ids(text=f"A-2026-{company:04d}") == [company]
    assert ids(organisation_id=desk.company_id) == [company]


def test_list_is_one_query_for_many_inquiries(services, desk, engine):
    for day in range(1, 25):
        services.inquiries.create(desk.private(received_on=date(2026, 1, day)), today=TODAY)
    statements = []

    def seen(_conn, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(engine, "before_cursor_execute", seen)
    try:
        rows = services.inquiries.search()
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert len(rows) == 24
    assert len(statements) <= 2  # the small topic table and the list itself


def test_status_flow_is_dated_kept_and_refuses_impossible_steps(services, desk):
    services.set_user_name("Ina Quellmann")
    inq = services.inquiries
    inquiry_id = inq.create(desk.private(), today=TODAY)
    inq.set_status(inquiry_id, "in Klärung", date(2026, 3, 11), note="Rückruf", today=TODAY)
    before = counts(services)
    for status, outcome, field in [
        ("abgeschlossen", "", "outcome"),
        ("neu", "", "status"),
        ("vermittelt", "Beratung erfolgt", "outcome"),
    ]:
        with pytest.raises(ValidationError) as err:
            inq.set_status(inquiry_id, status, date(2026, 3, 12), outcome, today=TODAY)
        assert field in err.value.errors
    with pytest.raises(ValidationError) as err:
        inq.set_status(inquiry_id, "abgebrochen", date(2026, 3, 20), today=TODAY)
    assert "liegt in der Zukunft" in err.value.errors["on"]
    with pytest.raises(ValidationError) as err:
        inq.set_status(inquiry_id, "abgebrochen", date(2026, 3, 1), today=TODAY)
    assert "vor dem Eingang der Anfrage (10.03.2026)" in err.value.errors["on"]
    assert counts(services) == before
    done = inq.set_status(
        inquiry_id, "abgeschlossen", date(2026, 3, 14), "Beratung erfolgt", today=TODAY
    )
    assert (done.status, done.outcome, done.closed_on) == (
        "abgeschlossen",
        "Beratung erfolgt",
        date(2026, 3, 14),
    )
    assert done.next_statuses == ()
    with pytest.raises(ValidationError) as err:
        inq.set_status(inquiry_id, "in Klärung", date(2026, 3, 15), today=TODAY)
    assert "„abgeschlossen“" in err.value.errors["status"]
    steps = [(h.changed_on, h.field, h.value, h.note, h.user_name) for h in inq.history(inquiry_id)]
    assert steps == [
        (date(2026, 3, 10), "Status", "neu", "aufgenommen", "Ina Quellmann"),
        (date(2026, 3, 11), "Status", "in Klärung", "Rückruf", "Ina Quellmann"),
        (date(2026, 3, 14), "Status", "abgeschlossen", "", "Ina Quellmann"),
        (date(2026, 3, 14), "Ergebnis", "Beratung erfolgt", "", "Ina Quellmann"),
    ]


def test_update_saves_the_form_and_a_stale_version_is_refused(services, desk):
    inq = services.inquiries
    inquiry_id = inq.create(desk.private(), today=TODAY)
    loaded = inq.get(inquiry_id)
    mine = replace(
        loaded.data,
        topic_ids=(desk.topics["Umschulung"],),
        urgency="sehr eilig",
        follow_up_consent=False,
    )
    saved = inq.update(inquiry_id, mine, loaded.version, loaded.data, today=TODAY)
    assert saved.topic_names == ("Umschulung",)
    assert saved.data.urgency == "sehr eilig"
    assert saved.data.follow_up_consent is False  # withdrawn, as a new consent event
    assert saved.version > loaded.version
    with services.uow() as uow:
        states = uow.session.scalars(
            select(ConsentEvent.status)
            .where(ConsentEvent.person_id == saved.person_id)
            .order_by(ConsentEvent.id)
        ).all()
    assert states == ["erteilt", "widerrufen"]
    before = counts(services)
    late = replace(loaded.data, description="Doch lieber Abendkurs.")
    with pytest.raises(StaleEdit) as err:
        inq.update(inquiry_id, late, loaded.version, loaded.data, today=TODAY)
    assert {f.name for f in err.value.fields} >= {"topic_ids", "urgency"}
    assert err.value.current_version == saved.version
    assert counts(services) == before
    assert inq.get(inquiry_id).data.description == loaded.data.description
    with pytest.raises(StaleEdit):
        inq.set_status(
            inquiry_id, "in Klärung", TODAY, expected_version=loaded.version, today=TODAY
        )


def test_switching_a_private_inquiry_to_a_company_drops_the_inquirer(services, desk):
    inq = services.inquiries
    inquiry_id = inq.create(desk.private(), today=TODAY)
    loaded = inq.get(inquiry_id)
    company = replace(desk.company(), received_on=loaded.data.received_on)
    saved = inq.update(inquiry_id, company, loaded.version, today=TODAY)
    assert saved.organisation_name == "Drehteile Moorbach GmbH"
    with services.uow() as uow:
        assert uow.session.get(Person, loaded.person_id) is None


def test_coordinators_are_the_people_of_our_agency(services, desk):
    assert services.inquiries.coordinators() == [(desk.coordinator_id, "Ina Quellmann")]
    services.agency.set_own_organisation(None)
    assert services.inquiries.coordinators() == []


def test_unknown_inquiry(services, desk):
    with pytest.raises(NotFoundError):
        services.inquiries.get(424242)
