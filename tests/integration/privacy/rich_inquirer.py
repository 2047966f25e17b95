"""A private inquirer („Ratsuchende/r“) with a trace in every corner the Lotsen desk
leaves: an inquiry with a description, its status steps, a referral with the partner's
answer and its entry in the partner's contact history, the referral e-mail's
disclosure, a consent, and the audit entries all of that wrote.

The names and the need are invented and unusual, so a search of the raw bytes for them
is unambiguous.
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from wba_desktop.models import (
    Activity,
    ConsentEvent,
    ConsentPurpose,
    Organisation,
    OrganisationType,
    Person,
    Region,
)
from wba_desktop.models.lotsen import Inquiry, InquiryChange, OfferTopic, Referral
from wba_desktop.services.privacy_log import REFERRAL, record_disclosure
from wba_desktop.text.fold import search_key, sort_key

FIRST = "Eulalia"
LAST = "Kranichsteinerin"
EMAIL = "e.kranichsteinerin@example.org"
PHONE = "+49 391 55501234"
#: the need she described: health data, it must go with the erasure too
NEED = "Pfeffertal-Syndrom"


def secrets() -> list[bytes]:
    words = [FIRST, LAST, EMAIL, PHONE, "5550123", NEED, search_key(LAST), search_key(NEED)]
    out = []
    for w in words:
        out += [w.encode("utf-8"), w.lower().encode("utf-8")]
        out.append(json.dumps(w)[1:-1].encode("ascii"))
    return sorted(set(out))


def build(services) -> tuple[int, int]:
    """(person id, inquiry id), everything written through the ORM (so it is audited)."""
    with services.uow() as uow:
        s = uow.session
        kind = s.scalars(select(OrganisationType).order_by(OrganisationType.id)).first()
        region = s.scalars(select(Region).order_by(Region.id)).first()
        partner = Organisation(
            name="Umschulungszentrum Probeland", type_id=kind.id, region_id=region.id,
            sort_key="umschulungszentrum probeland",
        )  # fmt: skip
        contact = Person(first_name="Paul", last_name="Partnerberater", sort_key="partnerberater")
        p = Person(
            first_name=FIRST, last_name=LAST, email=EMAIL, phone=PHONE, inquirer=True,
            legal_basis="Einwilligung", data_source=f"Anruf von {FIRST} {LAST}",
            search_key=search_key(f"{FIRST} {LAST} {EMAIL}"), sort_key=sort_key(LAST, FIRST),
        )  # fmt: skip
        s.add_all([partner, contact, p])
        s.flush()
        q = Inquiry(
            received_on=date(2025, 2, 3), channel="Telefon", inquirer_kind="Beschäftigte/r",
            person_id=p.id, region_id=region.id,
            description=f"{FIRST} {LAST} kann wegen {NEED} nicht mehr in der Pflege arbeiten; "
            f"Rückruf unter {PHONE}.",
        )  # fmt: skip
        q.topics = list(s.scalars(select(OfferTopic).where(OfferTopic.name == "Umschulung")))
        s.add(q)
        s.flush()
        s.add(InquiryChange(inquiry_id=q.id, changed_on=date(2025, 2, 3), field="Status",
                            value="neu", note=f"Anruf {LAST}: {NEED}"))  # fmt: skip
        entry = Activity(
            happened_on=date(2025, 2, 5), kind="Vermittlung", organisation_id=partner.id,
            person_id=contact.id, subject=f"Vermittlung: Anfrage Nr. {q.id}",
            note=f"Frau {LAST} ({NEED}) meldet sich", due_on=date(2025, 2, 19),
        )  # fmt: skip
        s.add(entry)
        s.flush()
        r = Referral(
            inquiry_id=q.id, organisation_id=partner.id, contact_person_id=contact.id,
            referred_on=date(2025, 2, 5), activity_id=entry.id,
        )  # fmt: skip
        s.add(r)
        purpose = s.scalar(
            select(ConsentPurpose.id).where(ConsentPurpose.name == "Rückfragen zur Anfrage")
        )
        s.add(
            ConsentEvent(
                person_id=p.id, purpose_id=purpose, status="erteilt",
                effective_on=date(2025, 2, 3), source=f"Telefonat mit {FIRST} {LAST}",
            )
        )  # fmt: skip
        uow.commit()
        person_id, inquiry_id, referral_id = p.id, q.id, r.id
    with services.uow() as uow:  # later steps: more audit entries
        s = uow.session
        r = s.get(Referral, referral_id)
        r.answer, r.answered_on = "abgelehnt", date(2025, 2, 10)
        r.answer_reason = f"{NEED}: dafür sind wir nicht zuständig"
        q = s.get(Inquiry, inquiry_id)
        q.status, q.outcome, q.closed_on = "abgeschlossen", "Beratung erfolgt", date(2025, 3, 1)
        uow.commit()
    record_disclosure(
        services.uow, REFERRAL, f"Vermittlungs-E-Mail: {FIRST} {LAST}, {EMAIL}, {NEED}",
        "info@umschulung.example", "Vermittlung", [person_id],
    )  # fmt: skip
    return person_id, inquiry_id
