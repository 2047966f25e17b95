"""Referrals on a real database: a referral is an entry in the partner's contact
history and a follow-up; bad input is refused naming the field with nothing saved;
answers and outcomes are dated steps; the e-mail to the partner carries personal
data (and logs a disclosure) only when the inquirer agreed; a stale answer is
refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from urllib.parse import unquote

import pytest
from sqlalchemy import select

from wba_desktop.errors import StaleEdit, ValidationError
from wba_desktop.models import Activity, Disclosure, disclosure_person
from wba_desktop.models.lotsen import InquiryChange, Referral
from wba_desktop.services.privacy_report.collect_more import recipient_section

from .desk_setup import TODAY, count, make_desk

TABLES = (Referral, Activity, InquiryChange, Disclosure)


@pytest.fixture
def desk(services):
    return make_desk(services)


def counts(services) -> dict:
    return {m.__name__: count(services, m) for m in TABLES}


def test_referral_is_in_the_partners_history_and_the_follow_ups(services, desk):
    services.set_user_name("Ina Quellmann")
    inquiry_id = services.inquiries.create(desk.private(), today=TODAY)
    number = services.inquiries.get(inquiry_id).number
    referral_id = services.referrals.refer(
        inquiry_id, desk.partner_id, desk.partner_contact_id, date(2026, 3, 12), today=TODAY
    )
    [row] = services.referrals.of_inquiry(inquiry_id)
    assert row.id == referral_id
    assert (row.partner, row.contact, row.answer) == (
        "Bildungswerk Eichenhain",
        "Tom Birkenfeld",
        "offen",
    )
    assert row.follow_up_on == date(2026, 3, 26)  # 14 days after the referral
    [entry] = services.activities.history(organisation_id=desk.partner_id)
    assert entry.data.kind == "Vermittlung"
    assert entry.data.subject == (
        f"Vermittlung: Weiterbildungsberatung; Digitalisierung (Anfrage {number})"
    )
    assert entry.data.person_id == desk.partner_contact_id
    assert entry.data.due_on == date(2026, 3, 26)
    assert entry.data.responsible == "Ina Quellmann"
    assert "Sonnenfeld" not in entry.data.note  # no private name in the partner's history
    due = services.followups.due(TODAY, until=date(2026, 3, 31))
    assert [f.id for f in due] == [entry.id]
    assert services.followups.summary(date(2026, 3, 20)).due_soon == 1
    detail = services.inquiries.get(inquiry_id)
    assert detail.status == "vermittelt"
    [listed] = services.inquiries.search()
    assert (listed.referrals, listed.next_follow_up) == (1, date(2026, 3, 26))
    steps = [
        (h.changed_on, h.field, h.value, h.partner) for h in services.inquiries.history(inquiry_id)
    ]
    assert steps == [
        (date(2026, 3, 10), "Status", "neu", ""),
        (date(2026, 3, 12), "Vermittlung", "Bildungswerk Eichenhain", "Bildungswerk Eichenhain"),
        (date(2026, 3, 12), "Status", "vermittelt", ""),
    ]


def test_a_late_referral_gets_its_follow_up_no_earlier_than_today(services, desk):
    inquiry_id = services.inquiries.create(desk.private(received_on=date(2026, 2, 1)), today=TODAY)
    services.referrals.refer(inquiry_id, desk.partner_id, referred_on=date(2026, 2, 2), today=TODAY)
    [row] = services.referrals.of_inquiry(inquiry_id)
    assert row.follow_up_on == TODAY


@pytest.mark.parametrize(
    ("kwargs", "field", "words"),
    [
        ({"organisation_id": "inactive"}, "organisation_id", "„Alte Lernwerkstatt“ ist inaktiv"),
        (
            {"follow_up_on": date(2026, 3, 15)},
            "follow_up_on",
            "Der 15.03.2026 liegt in der Vergangenheit",
        ),
        (
            {"referred_on": date(2026, 3, 17)},
            "referred_on",
            "Vermittelt am: Der 17.03.2026 liegt in der Zukunft",
        ),
        (
            {"referred_on": date(2026, 3, 9)},
            "referred_on",
            "vor dem Eingang der Anfrage (10.03.2026)",
        ),
        ({"contact_person_id": 999999}, "contact_person_id", "Ansprechperson:"),
    ],
)
def test_bad_referral_names_the_field_and_saves_nothing(services, desk, kwargs, field, words):
    inquiry_id = services.inquiries.create(desk.private(), today=TODAY)
    args = {"organisation_id": desk.partner_id, **kwargs}
    if args["organisation_id"] == "inactive":
        args["organisation_id"] = desk.inactive_id
    before = counts(services)
    with pytest.raises(ValidationError) as err:
        services.referrals.refer(inquiry_id, today=TODAY, **args)
    assert words in err.value.errors[field]
    assert counts(services) == before
    assert services.inquiries.get(inquiry_id).status == "neu"


def test_the_same_partner_twice_and_a_closed_inquiry_are_refused(services, desk):
    inquiry_id = services.inquiries.create(desk.private(), today=TODAY)
    services.referrals.refer(
        inquiry_id, desk.partner_id, referred_on=date(2026, 3, 11), today=TODAY
    )
    before = counts(services)
    with pytest.raises(ValidationError) as err:
        services.referrals.refer(inquiry_id, desk.partner_id, today=TODAY)
    assert "schon am 11.03.2026 vermittelt" in err.value.errors["organisation_id"]
    assert counts(services) == before
    services.inquiries.set_status(inquiry_id, "abgebrochen", TODAY, today=TODAY)
    before = counts(services)
    with pytest.raises(ValidationError) as err:
        services.referrals.refer(inquiry_id, desk.company_id, today=TODAY)
    assert "„abgebrochen“" in err.value.errors["inquiry_id"]
    assert counts(services) == before


def test_answer_and_outcome_are_checked_dated_and_settle_the_follow_up(services, desk):
    services.set_user_name("Ina Quellmann")
    inquiry_id = services.inquiries.create(desk.private(), today=TODAY)
    referral_id = services.referrals.refer(
        inquiry_id, desk.partner_id, referred_on=date(2026, 3, 12), today=TODAY
    )
    refs = services.referrals
    before = counts(services)
    with pytest.raises(ValidationError) as err:
        refs.answer(referral_id, "abgelehnt", date(2026, 3, 13), today=TODAY)
    assert err.value.errors["answer_reason"].startswith("Begründung:")
    with pytest.raises(ValidationError) as err:
        refs.answer(referral_id, "vielleicht", date(2026, 3, 13), today=TODAY)
    assert "answer" in err.value.errors
    with pytest.raises(ValidationError) as err:
        refs.answer(referral_id, "angenommen", date(2026, 3, 11), today=TODAY)
    assert "vor der Vermittlung (12.03.2026)" in err.value.errors["answered_on"]
    with pytest.raises(ValidationError) as err:
        refs.record_outcome(referral_id, "Beratung erfolgt", date(2026, 3, 11), today=TODAY)
    assert err.value.errors["outcome_on"] == (
        "Ergebnis am: Das Ergebnis kann nicht vor der Vermittlung (12.03.2026) liegen."
    )
    with pytest.raises(ValidationError) as err:
        refs.record_outcome(referral_id, "super", date(2026, 3, 13), today=TODAY)
    assert "„super“" in err.value.errors["outcome"]
    assert counts(services) == before
    answered = refs.answer(referral_id, "angenommen", date(2026, 3, 13), today=TODAY)
    assert (answered.answer, answered.answered_on) == ("angenommen", date(2026, 3, 13))
    assert answered.follow_up_done_on is None
    done = refs.record_outcome(
        referral_id, "Weiterbildung begonnen", date(2026, 3, 15), today=TODAY
    )
    assert (done.outcome, done.outcome_on) == ("Weiterbildung begonnen", date(2026, 3, 15))
    assert done.follow_up_done_on == date(2026, 3, 15)
    assert services.followups.due(TODAY) == []
    steps = [
        (h.changed_on, h.field, h.value, h.user_name)
        for h in services.inquiries.history(inquiry_id)
    ]
    assert steps[-2:] == [
        (date(2026, 3, 13), "Antwort", "angenommen", "Ina Quellmann"),
        (date(2026, 3, 15), "Ergebnis", "Weiterbildung begonnen", "Ina Quellmann"),
    ]


def test_a_declined_referral_keeps_its_reason_and_closes_the_follow_up(services, desk):
    inquiry_id = services.inquiries.create(desk.company(), today=TODAY)
    referral_id = services.referrals.refer(inquiry_id, desk.partner_id, today=TODAY)
    row = services.referrals.answer(
        referral_id, "abgelehnt", TODAY, "keine freien Plätze", today=TODAY
    )
    assert (row.answer, row.reason, row.follow_up_done_on) == (
        "abgelehnt",
        "keine freien Plätze",
        TODAY,
    )
    assert services.inquiries.history(inquiry_id)[-1].note == "keine freien Plätze"


def test_stale_answer_is_refused(services, desk):
    inquiry_id = services.inquiries.create(desk.private(), today=TODAY)
    referral_id = services.referrals.refer(inquiry_id, desk.partner_id, today=TODAY)
    loaded = services.referrals.get(referral_id)
    services.referrals.answer(referral_id, "angenommen", TODAY, today=TODAY)
    before = counts(services)
    with pytest.raises(StaleEdit):
        services.referrals.record_outcome(
            referral_id, "Beratung erfolgt", TODAY, expected_version=loaded.version, today=TODAY
        )
    assert counts(services) == before


def _disclosed(services, person_id: int) -> list:
    with services.uow() as uow:
        return recipient_section(uow.session, person_id).rows


def test_mail_without_consent_to_share_holds_no_personal_data(services, desk):
    inquiry_id = services.inquiries.create(desk.private(share_contact=False), today=TODAY)
    person_id = services.inquiries.get(inquiry_id).person_id
    referral_id = services.referrals.refer(
        inquiry_id, desk.partner_id, desk.partner_contact_id, today=TODAY
    )
    before = count(services, Disclosure)
    mail = services.referrals.mail(referral_id)
    assert mail.to == "t.birkenfeld@bildungswerk-eichenhain.example"
    assert mail.url.startswith("mailto:t.birkenfeld@bildungswerk-eichenhain.example?subject=")
    assert "Sehr geehrter Herr Birkenfeld," in mail.body
    assert "Themen: Weiterbildungsberatung; Digitalisierung" in mail.body
    assert "Dringlichkeit: normal" in mail.body
    assert "Buchhaltung" in mail.body  # the description
    for private in ("Sonnenfeld", "Mara", "1234567", "mara.sonnenfeld"):
        assert private not in mail.body
        assert private not in unquote(mail.url)
    assert (mail.personal, mail.disclosure_id) == (False, None)
    assert count(services, Disclosure) == before
    assert _disclosed(services, person_id) == []


def test_mail_with_consent_to_share_is_logged_as_a_disclosure(services, desk):
    services.set_user_name("Ina Quellmann")
    inquiry_id = services.inquiries.create(desk.private(share_contact=True), today=TODAY)
    person_id = services.inquiries.get(inquiry_id).person_id
    referral_id = services.referrals.refer(inquiry_id, desk.partner_id, today=TODAY)
    mail = services.referrals.mail(referral_id)
    assert mail.to == "info@bildungswerk-eichenhain.example"  # no contact: the partner's address
    assert "Kontakt: Mara Sonnenfeld" in mail.body
    assert "Telefon: +49 345 1234567" in mail.body
    assert "mara.sonnenfeld@example.org" in unquote(mail.url)
    assert mail.personal is True
    with services.uow() as uow:
        d = uow.session.get(Disclosure, mail.disclosure_id)
        assert d.kind == "Weitervermittlung"
        assert d.recipient.startswith("Bildungswerk Eichenhain")
        people = uow.session.scalars(
            select(disclosure_person.c.person_id).where(disclosure_person.c.disclosure_id == d.id)
        ).all()
    assert people == [person_id]
    [row] = _disclosed(services, person_id)
    assert "Weitervermittlung" in row and "Ina Quellmann" in row


def test_company_mail_names_the_company_only_with_consent(services, desk):
    closed = services.inquiries.create(desk.company(contact_person_id=None), today=TODAY)
    shared = services.inquiries.create(
        desk.company(share_contact=True, received_on=TODAY - timedelta(days=1)), today=TODAY
    )
    a = services.referrals.refer(closed, desk.partner_id, today=TODAY)
    b = services.referrals.refer(shared, desk.partner_id, today=TODAY)
    assert "Moorbach" not in services.referrals.mail(a).body
    mail = services.referrals.mail(b)
    assert "Unternehmen: Drehteile Moorbach GmbH" in mail.body
    assert mail.personal is False  # a company's name is no personal data: nothing logged


def test_a_referral_taken_back_leaves_a_dated_step_and_no_follow_up(services, desk):
    inquiry_id = services.inquiries.create(desk.private(), today=TODAY)
    referral_id = services.referrals.refer(inquiry_id, desk.partner_id, today=TODAY)
    services.referrals.delete(referral_id, TODAY, today=TODAY)
    assert services.referrals.of_inquiry(inquiry_id) == []
    assert services.activities.history(organisation_id=desk.partner_id) == []
    assert services.followups.due(TODAY) == []
    last = services.inquiries.history(inquiry_id)[-1]
    assert (last.field, last.value, last.changed_on) == ("Vermittlung", "zurückgenommen", TODAY)


def test_deleting_an_inquiry_takes_its_referrals_and_inquirer_along(services, desk):
    from wba_desktop.models import Inquiry, Person

    inquiry_id = services.inquiries.create(desk.private(), today=TODAY)
    person_id = services.inquiries.get(inquiry_id).person_id
    services.referrals.refer(inquiry_id, desk.partner_id, today=TODAY)
    stale = services.inquiries.get(inquiry_id).version - 1
    with pytest.raises(StaleEdit):
        services.inquiries.delete(inquiry_id, expected_version=stale)
    services.inquiries.delete(inquiry_id)
    assert count(services, Inquiry) == 0
    assert count(services, Referral) == 0
    assert count(services, InquiryChange) == 0
    assert services.activities.history(organisation_id=desk.partner_id) == []
    with services.uow() as uow:
        assert uow.session.get(Person, person_id) is None


def test_inquiry_topics_and_referrals_are_in_the_audit_log(services, desk):
    inquiry_id = services.inquiries.create(desk.private(), today=TODAY)
    loaded = services.inquiries.get(inquiry_id)
    mine = replace(loaded.data, topic_ids=(desk.topics["Umschulung"],))
    services.inquiries.update(inquiry_id, mine, loaded.version, loaded.data, today=TODAY)
    referral_id = services.referrals.refer(inquiry_id, desk.partner_id, today=TODAY)
    services.referrals.answer(referral_id, "angenommen", TODAY, today=TODAY)
    inquiry_log = services.audit.for_record("inquiry", inquiry_id)
    assert any("Umschulung" in row.summary for row in inquiry_log)
    referral_log = services.audit.for_record("referral", referral_id)
    assert {row.action for row in referral_log} == {"angelegt", "geändert"}


def test_the_inquiry_cannot_come_in_after_its_first_referral(services, desk):
    inquiry_id = services.inquiries.create(desk.private(), today=TODAY)
    services.referrals.refer(
        inquiry_id, desk.partner_id, referred_on=date(2026, 3, 12), today=TODAY
    )
    loaded = services.inquiries.get(inquiry_id)
    late = replace(loaded.data, received_on=date(2026, 3, 13))
    with pytest.raises(ValidationError) as err:
        services.inquiries.update(inquiry_id, late, loaded.version, today=TODAY)
    assert "nach der ersten Vermittlung (12.03.2026)" in err.value.errors["received_on"]
    assert services.inquiries.get(inquiry_id).data.received_on == date(2026, 3, 10)
