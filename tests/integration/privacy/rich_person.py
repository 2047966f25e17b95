"""A person with a trace in every corner of the database, for the erasure tests.

The names are invented and unusual, so a search of the raw bytes for them is
unambiguous: nothing else in the database carries them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import insert, select

from wba_desktop.models import (
    Activity,
    AuditEntry,
    ConsentEvent,
    ConsentPurpose,
    Disclosure,
    DistributionList,
    Event,
    Invitation,
    InvitationChange,
    Organisation,
    OrganisationType,
    Person,
    Region,
    Verbund,
    VerbundBoardSeat,
    VerbundMember,
    VerbundTask,
    disclosure_person,
    distribution_member,
)
from wba_desktop.models.directory import Affiliation
from wba_desktop.services.directory.people import PersonData
from wba_desktop.text.fold import search_key

FIRST = "Quirinella"
LAST = "Zwetschkenbäumer"
EMAIL = "q.zwetschkenbaeumer@example.org"
PHONE = "+49 345 98765432"
MOBILE = "+49 171 2345678"


@dataclass(frozen=True)
class Rich:
    person_id: int
    organisation_id: int
    other_id: int  # another person at the same organisation, untouched


def secrets() -> list[bytes]:
    """Every byte string that must be gone from the file after the erasure."""
    words = [FIRST, LAST, EMAIL, PHONE, MOBILE, "9876543", search_key(LAST), search_key(FIRST)]
    out = []
    for w in words:
        out += [w.encode("utf-8"), w.lower().encode("utf-8")]
        out.append(json.dumps(w)[1:-1].encode("ascii"))  # as JSON text escapes it
    return sorted(set(out))


def build(services) -> Rich:
    """The rich person (and one neighbour) through the services and the ORM."""
    people = services.people
    p = people.create(
        PersonData(
            last_name=LAST,
            first_name=FIRST,
            salutation="Frau",
            title="Dr.",
            email=EMAIL,
            phone=PHONE,
            mobile=MOBILE,
            notes=f"Lernt {FIRST} beim Kongress kennen",
            tags=["Zwetschkenbäumer-Netz"],
        )
    )
    other = people.create(PersonData(last_name="Beispielmann", first_name="Otto"))
    with services.uow() as uow:
        s = uow.session
        kind = s.scalars(select(OrganisationType).order_by(OrganisationType.id)).first()
        region = s.scalars(select(Region).order_by(Region.id)).first()
        org = Organisation(
            name="Kammer Testland", type_id=kind.id, region_id=region.id, sort_key="kammer"
        )
        s.add(org)
        s.flush()
        person = s.get(Person, p.id)
        person.data_source = f"Visitenkarte von {FIRST} {LAST}"
        person.review_note = f"{LAST} möchte Newsletter"
        s.add(
            Affiliation(person_id=p.id, organisation_id=org.id, function="Leitung", is_primary=True)
        )
        s.add(Affiliation(person_id=other.id, organisation_id=org.id, is_primary=True))
        s.add(
            Activity(
                happened_on=date(2025, 3, 1),
                kind="Gespräch",
                subject=f"Gespräch mit {LAST}",
                note=f"{FIRST} ruft zurück: {PHONE}",
                person_id=p.id,
                organisation_id=org.id,
            )
        )
        s.add(
            Activity(
                happened_on=date(2025, 4, 1),
                kind="Telefonat",
                subject="Kammerrunde",
                note=f"Frau {LAST} war auch da ({EMAIL})",
                organisation_id=org.id,
            )
        )
        event = Event(
            title="Fachtag", starts_at=datetime(2025, 5, 5, 9), ends_at=datetime(2025, 5, 5, 16)
        )
        s.add(event)
        s.flush()
        inv = Invitation(
            event_id=event.id,
            person_id=p.id,
            organisation_id=None,
            status="teilgenommen",
            source=f"Verteiler {LAST}",
            note=f"{FIRST} bringt Gäste",
        )
        s.add(inv)
        s.add(
            Invitation(
                event_id=event.id, person_id=other.id, organisation_id=org.id, status="teilgenommen"
            )
        )
        s.flush()
        s.add(
            InvitationChange(invitation_id=inv.id, status="teilgenommen", note=f"{LAST} kam spät")
        )
        s.add(
            ConsentEvent(
                person_id=p.id,
                purpose_id=s.scalar(
                    select(ConsentPurpose.id).where(ConsentPurpose.name == "Newsletter")
                ),
                status="erteilt",
                effective_on=date(2025, 1, 2),
                source=f"Formular {FIRST} {LAST}",
                note=f"am Stand von {FIRST} {LAST}",
            )
        )
        lst = DistributionList(name="Zwetschkenbäumer-Freunde", kind="static")
        s.add(lst)
        verbund = Verbund(name="Verbund Testland", sort_key="verbund testland")
        s.add(verbund)
        s.flush()
        s.execute(insert(distribution_member), [{"list_id": lst.id, "person_id": p.id}])
        s.add(VerbundBoardSeat(verbund_id=verbund.id, person_id=p.id, function="Vorsitz"))
        s.add(
            VerbundMember(
                verbund_id=verbund.id,
                organisation_id=org.id,
                role="Partner",
                contact_person_id=p.id,
                note=f"Ansprechpartnerin {FIRST} {LAST}",
            )
        )
        s.add(VerbundTask(verbund_id=verbund.id, title="Antrag", responsible_id=p.id))
        d = Disclosure(kind="E-Mail", what=f"Weitervermittlung {FIRST} {LAST}", recipient=EMAIL)
        s.add(d)
        s.flush()
        s.execute(insert(disclosure_person), [{"disclosure_id": d.id, "person_id": p.id}])
        s.add(
            AuditEntry(
                table_name="person",
                row_id=p.id,
                action="geändert",
                person_id=p.id,
                record_label=f"{FIRST} {LAST}",
                changes=json.dumps({"last_name": ["Alt", LAST], "phone": ["", PHONE]}),
            )
        )
        s.add(
            AuditEntry(
                table_name="affiliation",
                row_id=1,
                action="angelegt",
                person_id=p.id,
                record_label=f"{LAST} – Kammer Testland",
                changes=json.dumps({"function": [None, "Leitung"]}, ensure_ascii=False),
            )
        )
        uow.commit()
        return Rich(p.id, org.id, other.id)
