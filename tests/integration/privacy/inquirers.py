"""Private inquirers of the Lotsen desk („Ratsuchende“) for the data-protection tests,
built straight on the models (the inquiry services are another issue's). All names
are invented."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from wba_desktop.models import Organisation, OrganisationType, Person, Region
from wba_desktop.models.lotsen import (
    CANCELLED,
    CLOSED,
    NEW,
    REFERRED,
    Inquiry,
    InquiryChange,
    OfferTopic,
    Referral,
)
from wba_desktop.services.privacy_log import REFERRAL, record_disclosure
from wba_desktop.text.fold import search_key, sort_key

__all__ = ["CANCELLED", "CLOSED", "NEW", "REFERRED", "inquirer", "inquiry", "partner", "refer"]


def inquirer(services, first: str, last: str, email: str = "", phone: str = "") -> int:
    """A private inquirer (only what the referral needs, with a legal basis)."""
    with services.uow() as uow:
        p = Person(
            first_name=first,
            last_name=last,
            email=email,
            phone=phone,
            inquirer=True,
            legal_basis="Einwilligung",
            data_source="Anruf an der Lotsen-Hotline",
            search_key=search_key(f"{first} {last} {email}"),
            sort_key=sort_key(last, first),
        )
        uow.session.add(p)
        uow.commit()
        return p.id


def inquiry(
    services,
    person_id: int | None,
    *,
    status: str = NEW,
    closed_on: date | None = None,
    received_on: date = date(2025, 1, 6),
    description: str = "",
    outcome: str = "",
    topic: str = "Weiterbildungsberatung",
) -> int:
    """An inquiry of ``person_id`` in the first district, with one topic and its steps."""
    with services.uow() as uow:
        s = uow.session
        region = s.scalars(select(Region).order_by(Region.id)).first()
        q = Inquiry(
            received_on=received_on,
            channel="Telefon",
            inquirer_kind="Beschäftigte/r",
            person_id=person_id,
            region_id=region.id,
            description=description,
            status=status,
            outcome=outcome,
            closed_on=closed_on,
        )
        q.topics = list(s.scalars(select(OfferTopic).where(OfferTopic.name == topic)))
        s.add(q)
        s.flush()
        s.add(InquiryChange(inquiry_id=q.id, changed_on=received_on, field="Status", value=NEW))
        if status != NEW:
            s.add(
                InquiryChange(
                    inquiry_id=q.id,
                    changed_on=closed_on or received_on,
                    field="Status",
                    value=status,
                    note=f"Rückruf: {description[:40]}" if description else "",
                )
            )
        uow.commit()
        return q.id


def partner(services, name: str = "Bildungswerk Musterstadt") -> int:
    with services.uow() as uow:
        s = uow.session
        kind = s.scalars(select(OrganisationType).order_by(OrganisationType.id)).first()
        region = s.scalars(select(Region).order_by(Region.id)).first()
        org = Organisation(name=name, type_id=kind.id, region_id=region.id, sort_key=sort_key(name))
        s.add(org)
        uow.commit()
        return org.id


def refer(
    services,
    inquiry_id: int,
    organisation_id: int,
    on: date = date(2025, 1, 8),
    reason: str = "",
    mail: str = "",
) -> int:
    """A referral (declined with ``reason`` when given); ``mail``: the text of the
    referral e-mail, logged as a disclosure of the inquirer's data."""
    with services.uow() as uow:
        s = uow.session
        r = Referral(inquiry_id=inquiry_id, organisation_id=organisation_id, referred_on=on)
        if reason:
            r.answer, r.answer_reason, r.answered_on = "abgelehnt", reason, on
        s.add(r)
        q = s.get(Inquiry, inquiry_id)
        person_id = q.person_id
        uow.commit()
        referral_id = r.id
    if mail:
        record_disclosure(
            services.uow, REFERRAL, mail, "info@bildungswerk.example", "Vermittlung", [person_id]
        )
    return referral_id
