"""The demo's inquiries: about 400 over 18 months in all 14 districts, every channel,
kind, topic, urgency, status and outcome, dated consistently, with referrals to
plausible partners, their follow-ups, coordinators at our agency and private
inquirers marked as such. The report shows them."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from wba_desktop.demo.inquiries import count_for
from wba_desktop.models import Activity, Affiliation, Organisation, OrganisationType, Person
from wba_desktop.models.lotsen import (
    CHANNELS,
    INQUIRER_KINDS,
    OUTCOMES,
    STATUSES,
    URGENCIES,
    Inquiry,
    InquiryChange,
    OfferTopic,
    Referral,
    inquiry_topic,
)


def test_inquiries_cover_every_case(services, demo):
    with services.uow() as uow:
        s = uow.session
        rows = s.execute(select(Inquiry)).scalars().all()
        assert 380 <= len(rows) <= 420
        assert len({i.region_id for i in rows}) == 14
        assert {i.channel for i in rows} == set(CHANNELS)
        assert {i.inquirer_kind for i in rows} == set(INQUIRER_KINDS)
        assert {i.urgency for i in rows} == set(URGENCIES)
        assert {i.status for i in rows} == set(STATUSES)
        closed = {i.outcome for i in rows if i.status == "abgeschlossen"}
        assert closed == set(OUTCOMES)
        assert all(not i.outcome for i in rows if i.status != "abgeschlossen")
        topics = s.scalar(select(func.count(func.distinct(inquiry_topic.c.topic_id))))
        assert topics == s.scalar(select(func.count(OfferTopic.id)))
        today = date.today()
        assert min(i.received_on for i in rows) >= today - timedelta(days=18 * 31)
        assert max(i.received_on for i in rows) <= today
        assert all((i.closed_on is not None) == (i.status in ("abgeschlossen", "abgebrochen"))
                   for i in rows)  # fmt: skip


def test_dates_are_consistent(services, demo):
    with services.uow() as uow:
        s = uow.session
        pairs = s.execute(
            select(Inquiry, Referral).join(Referral, Referral.inquiry_id == Inquiry.id)
        ).all()
        assert len(pairs) > 300
        for inquiry, ref in pairs:
            assert inquiry.received_on <= ref.referred_on <= date.today()
            assert ref.answered_on is None or ref.answered_on >= ref.referred_on
            assert ref.outcome_on is None or ref.outcome_on >= ref.referred_on
            if inquiry.closed_on is not None:
                assert inquiry.closed_on >= max(
                    d for d in (ref.referred_on, ref.answered_on, ref.outcome_on) if d
                )
            assert (ref.answer == "offen") == (ref.answered_on is None)
        referred = {i.id for i, _r in pairs}
        vermittelt = s.scalars(select(Inquiry.id).where(Inquiry.status == "vermittelt")).all()
        assert set(vermittelt) <= referred
        bad_steps = s.scalar(
            select(func.count(InquiryChange.id))
            .join(Inquiry, Inquiry.id == InquiryChange.inquiry_id)
            .where(InquiryChange.changed_on < Inquiry.received_on)
        )
        assert bad_steps == 0
        firsts = s.execute(
            select(InquiryChange.value, func.count()).where(InquiryChange.field == "Status")
            .group_by(InquiryChange.value)
        ).all()  # fmt: skip
        assert dict(firsts)["neu"] == s.scalar(select(func.count(Inquiry.id)))


def test_partners_follow_ups_and_people(services, demo):
    own = services.agency.own_organisation()
    assert own is not None and own[1] == "Weiterbildungsagentur Nord"
    with services.uow() as uow:
        s = uow.session
        kinds = set(
            s.scalars(
                select(OrganisationType.name).distinct()
                .join(Organisation, Organisation.type_id == OrganisationType.id)
                .join(Referral, Referral.organisation_id == Organisation.id)
            )
        )  # fmt: skip
        assert "Unternehmen" not in kinds and "Kammer (IHK)" in kinds
        assert s.scalar(select(func.count()).where(Referral.organisation_id == own[0])) == 0
        staff = set(
            s.scalars(select(Affiliation.person_id).where(Affiliation.organisation_id == own[0]))
        )
        coordinators = set(s.scalars(select(Inquiry.coordinator_id).distinct()))
        assert coordinators and coordinators <= staff
        private = s.scalars(
            select(Person).join(Inquiry, Inquiry.person_id == Person.id)
            .where(Inquiry.inquirer_kind != "Unternehmen")
        ).all()  # fmt: skip
        assert private and all(p.inquirer and p.legal_basis for p in private)
        kept = [p for p in private if p.anonymised_on is None]
        assert kept and all(p.data_source.startswith("Anfrage vom ") for p in kept)
        companies = s.scalars(
            select(OrganisationType.name).distinct()
            .join(Organisation, Organisation.type_id == OrganisationType.id)
            .join(Inquiry, Inquiry.organisation_id == Organisation.id)
        ).all()  # fmt: skip
        assert companies == ["Unternehmen"]
        follow_ups = s.execute(
            select(Activity).join(Referral, Referral.activity_id == Activity.id)
        ).scalars().all()  # fmt: skip
        assert len(follow_ups) == s.scalar(select(func.count(Referral.id)))
        assert all(a.kind == "Vermittlung" and a.due_on for a in follow_ups)
        overdue = [a for a in follow_ups if a.done_on is None and a.due_on < date.today()]
        assert overdue  # the start page shows some
        assert any(a.done_on for a in follow_ups)


def test_report_on_the_demo(services, demo):
    today = date.today()
    r = services.lotsen_report.report(today - timedelta(days=600), today)
    assert 380 <= r.inquiries <= 420
    assert sum(row.inquiries for row in r.by_district) == r.inquiries
    assert all(row.inquiries for row in r.by_district)
    assert r.partners and r.partners[0].referrals >= r.partners[-1].referrals
    assert r.median_days_to_referral is not None and r.median_days_to_outcome is not None


def test_the_large_demo_is_scaled_but_capped():
    assert count_for(1.0) == 400
    assert count_for(2.0) == 800
    assert count_for(20_000 / 300) == 4000


def test_the_demo_has_no_backlog_of_anonymisations(services, demo):
    """Inquirers whose inquiry closed over six months ago are in the state the
    automatic anonymisation leaves: the first start has nothing (or next to nothing)
    to anonymise, and their names, contacts, consents and descriptions are gone."""
    from wba_desktop.models import ConsentEvent
    from wba_desktop.services.privacy.erasure import neutral_name
    from wba_desktop.services.privacy.erasure_rules import CLEARED_TEXT

    assert services.inquirer_retention.due() == []
    with services.uow() as uow:
        s = uow.session
        gone = s.scalars(
            select(Person).where(Person.inquirer.is_(True), Person.anonymised_on.is_not(None))
        ).all()
        assert len(gone) > 20
        for p in gone:
            assert (p.first_name, p.email, p.phone, p.data_source, p.active) == (
                "", "", "", "", False,
            )  # fmt: skip
            assert p.last_name == neutral_name(p.id)
        ids = [p.id for p in gone]
        consents = select(func.count()).where(ConsentEvent.person_id.in_(ids))
        assert s.scalar(consents) == 0
        texts = set(s.scalars(select(Inquiry.description).where(Inquiry.person_id.in_(ids))))
        assert texts == {CLEARED_TEXT}
        # the newer ones keep their data: the desk has someone to call back
        open_ones = select(func.count()).where(
            Person.inquirer.is_(True), Person.anonymised_on.is_(None), Person.email != ""
        )
        assert s.scalar(open_ones) > 0
