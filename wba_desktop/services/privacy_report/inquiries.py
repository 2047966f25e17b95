"""The Lotsen desk's sections of an access report: the person's inquiries (with their
own description and every dated status step) and the referrals of those inquiries to
partner organisations. The disclosures of referral e-mails are in the recipients
section (``collect_more.recipient_section``), the changes in the change log.

Read by the person's id only (``inquiry.person_id``): a private inquirer
(„Ratsuchende/r“) or the contact person who asked for a company. A partner's
employee named as contact of its offers („Leistungen“) gets a section of those
offers: the matching proposes them by name to coordinators.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from wba_desktop.exchange.access_report import ReportSection
from wba_desktop.exchange.table import columns, format_date
from wba_desktop.i18n import _
from wba_desktop.models import Organisation
from wba_desktop.models.lotsen import (
    Inquiry,
    InquiryChange,
    OfferTopic,
    OrganisationOffer,
    Referral,
    number_of,
)

INQUIRIES = "Anfragen"
REFERRALS = "Vermittlungen"
OFFERS = "Ansprechperson für Leistungen"


def offer_contact_section(session: Session, person_id: int) -> ReportSection | None:
    """The offers naming the person as contact, or None when there are none."""
    stmt = (
        select(Organisation.name, OfferTopic.name, OrganisationOffer.target_groups)
        .join(Organisation, Organisation.id == OrganisationOffer.organisation_id)
        .join(OfferTopic, OfferTopic.id == OrganisationOffer.topic_id)
        .where(OrganisationOffer.contact_person_id == person_id)
        .order_by(Organisation.sort_key, OfferTopic.sort_order)
    )
    rows = [[org, topic, (groups or "alle").replace(";", ", ")] for org, topic, groups in
            session.execute(stmt)]  # fmt: skip
    if not rows:
        return None
    return ReportSection(
        OFFERS,
        columns("organisation:Organisation, topic:Leistung, groups:Zielgruppen"),
        rows,
        _(
            "Leistungen von Partnerorganisationen, für die Sie als Ansprechperson genannt "
            "sind; wir nennen Sie Ratsuchenden und Unternehmen, die wir an diese Partner "
            "vermitteln. Herkunft: die Partnerorganisation oder Ihre eigenen Angaben."
        ),
    )


def has_inquiries(session: Session, person_id: int) -> bool:
    """True when an inquiry names the person (so the report shows the two sections)."""
    stmt = select(func.count()).select_from(Inquiry).where(Inquiry.person_id == person_id)
    return bool(session.scalar(stmt))


def _yes_no(flag: bool) -> str:
    return _("ja") if flag else _("nein")


def inquiry_section(session: Session, person_id: int) -> ReportSection:
    stmt = (
        select(Inquiry, Organisation.name)
        .outerjoin(Organisation, Organisation.id == Inquiry.organisation_id)
        .where(Inquiry.person_id == person_id)
        .options(selectinload(Inquiry.topics))
        .order_by(Inquiry.received_on.desc(), Inquiry.id.desc())
    )
    found = session.execute(stmt).all()
    steps: dict[int, list[str]] = {}
    if found:
        history = session.execute(
            select(InquiryChange.inquiry_id, InquiryChange.value, InquiryChange.changed_on)
            .where(
                InquiryChange.inquiry_id.in_([q.id for q, _o in found]),
                InquiryChange.field == "Status",
                InquiryChange.referral_id.is_(None),
            )
            .order_by(InquiryChange.changed_on, InquiryChange.id)
        )
        for inquiry_id, value, on in history:
            steps.setdefault(inquiry_id, []).append(f"{value} {format_date(on)}")
    rows = [
        [
            q.number,
            q.received_on,
            q.channel,
            q.inquirer_kind,
            organisation or "",
            ", ".join(t.name for t in q.topics),
            q.region.name if q.region else "",
            q.description,
            q.urgency,
            q.status,
            q.outcome,
            q.closed_on,
            "; ".join(steps.get(q.id, [])),
            _yes_no(q.share_contact),
        ]
        for q, organisation in found
    ]
    return ReportSection(
        INQUIRIES,
        columns(
            "id:Nr., received_on:Eingegangen am:date, channel:Weg, kind:Wer fragt, "
            "organisation:Für Unternehmen, topics:Themen, district:Landkreis, "
            "description:Beschreibung, urgency:Dringlichkeit, status:Status, "
            "outcome:Ergebnis, closed_on:Abgeschlossen am:date, history:Verlauf, "
            "share:Kontaktdaten an Partner weitergeben"
        ),
        rows,
        _(
            "Ihre Anfragen an unser Lotsenangebot („ein Anruf oder eine E-Mail genügt“) mit "
            "Ihrer Beschreibung und jedem Bearbeitungsschritt; Zweck: Ihre Anfrage zu klären "
            "und Sie an Partner zu vermitteln, die Ihnen helfen können. Herkunft: Ihre eigenen "
            "Angaben."
        ),
    )


def referral_section(session: Session, person_id: int) -> ReportSection:
    stmt = (
        select(Referral, Organisation.name, Inquiry.received_on)
        .join(Inquiry, Inquiry.id == Referral.inquiry_id)
        .join(Organisation, Organisation.id == Referral.organisation_id)
        .where(Inquiry.person_id == person_id)
        .order_by(Referral.referred_on.desc(), Referral.id.desc())
    )
    rows = [
        [
            number,
            partner,
            r.referred_on,
            r.answer,
            r.answered_on,
            r.answer_reason,
            r.outcome,
            r.outcome_on,
        ]
        for r, partner, received_on in session.execute(stmt)
        for number in (number_of(r.inquiry_id, received_on),)
    ]
    return ReportSection(
        REFERRALS,
        columns(
            "inquiry:Anfrage Nr., partner:Vermittelt an, referred_on:Vermittelt am:date, "
            "answer:Antwort des Partners, answered_on:Antwort am:date, reason:Begründung, "
            "outcome:Ergebnis, outcome_on:Ergebnis am:date"
        ),
        rows,
        _(
            "Die Partner, an die wir Ihre Anfragen vermittelt haben, mit ihrer Antwort und dem "
            "Ergebnis. Welche Ihrer Angaben dabei weitergegeben wurden, steht unter „Empfänger“."
        ),
    )
