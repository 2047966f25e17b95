"""Two invented people with the same surname and every kind of record the access report
knows, each record carrying a marker of its owner (``-A-`` / ``-B-``), so a test can
tell that the report of one holds all of theirs and nothing of the other's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import insert, select

from wba_desktop.models import (
    Activity,
    Affiliation,
    AuditEntry,
    ConsentEvent,
    ConsentPurpose,
    DistributionList,
    Event,
    EventSession,
    Invitation,
    InvitationChange,
    Organisation,
    OrganisationType,
    Person,
    SessionPerson,
    Tag,
    Verbund,
    VerbundBoardSeat,
    VerbundMember,
    VerbundTask,
    distribution_member,
)
from wba_desktop.services.privacy_log import EXPORT, record_disclosure
from wba_desktop.text.fold import search_key, sort_key

SURNAME = "Quastenberg"


@dataclass(frozen=True)
class Namesake:
    id: int
    first_name: str
    email: str
    marker: str  # in every record of this person

    @property
    def name(self) -> str:
        return f"{self.first_name} {SURNAME}"


def _person(s, first: str, email: str, marker: str, tag: Tag, **extra) -> Person:
    p = Person(
        salutation="Frau" if first.endswith("e") else "Herr",
        first_name=first,
        last_name=SURNAME,
        email=email,
        phone="0391 555" + ("111" if marker.endswith("A-") else "222"),
        notes=f"Notiz {marker}",
        search_key=search_key(first, SURNAME, "", email),
        sort_key=sort_key(SURNAME, first),
        **extra,
    )
    p.tags = [tag]
    s.add(p)
    s.flush()
    return p


def _records(s, p: Person, marker: str, kind_id: int, tag: Tag) -> None:
    org = Organisation(
        name=f"Werkstatt {marker}", type_id=kind_id, street=f"Gasse {marker}", city="Halle"
    )
    s.add(org)
    s.flush()
    s.add(Affiliation(person_id=p.id, organisation_id=org.id, function=f"Leitung {marker}"))
    s.add(
        Affiliation(
            person_id=p.id, organisation_id=org.id, function=f"Beirat {marker}", is_primary=True
        )
    )
    purposes = {x.name: x.id for x in s.scalars(select(ConsentPurpose))}
    s.add(ConsentEvent(person_id=p.id, purpose_id=purposes["Newsletter"], status="erteilt",
                       effective_on=date(2025, 3, 12), source=f"Anmeldebogen {marker}",
                       wording_version="v2"))  # fmt: skip
    s.add(ConsentEvent(person_id=p.id, purpose_id=purposes["Veranstaltungseinladungen"],
                       status="erteilt", effective_on=date(2025, 3, 12),
                       source=f"Anmeldebogen {marker}"))  # fmt: skip
    s.add(ConsentEvent(person_id=p.id, purpose_id=purposes["Fotos"], status="erteilt",
                       effective_on=date(2025, 3, 12), source=f"Bogen {marker}"))  # fmt: skip
    s.add(ConsentEvent(person_id=p.id, purpose_id=purposes["Fotos"], status="widerrufen",
                       effective_on=date(2025, 6, 1), source=f"Bogen {marker}"))  # fmt: skip
    s.add(Activity(happened_on=date(2026, 2, 3), kind="Gespräch", subject=f"Beratung {marker}",
                   note=f"Gesprächsnotiz {marker}", person_id=p.id, organisation_id=org.id,
                   due_on=date(2026, 3, 1), responsible="Koordination"))  # fmt: skip
    start = datetime(2026, 5, 4, 10, 0)
    event = Event(title=f"Fachtag {marker}", starts_at=start, ends_at=start + timedelta(hours=6))
    s.add(event)
    s.flush()
    inv = Invitation(event_id=event.id, person_id=p.id, organisation_id=org.id,
                     status="teilgenommen", source=f"Verteiler {marker}")  # fmt: skip
    s.add(inv)
    s.flush()
    s.add(InvitationChange(invitation_id=inv.id, status="eingeladen", note=""))
    s.add(InvitationChange(invitation_id=inv.id, status="teilgenommen", note=""))
    session = EventSession(event_id=event.id, title=f"Impuls {marker}", starts_at=start,
                           ends_at=start + timedelta(hours=1))  # fmt: skip
    s.add(session)
    s.flush()
    s.add(SessionPerson(session_id=session.id, person_id=p.id, role="Referent/in"))
    static = DistributionList(name=f"Rundbrief {marker}", kind="static")
    dynamic = DistributionList(name=f"Schlagwortliste {marker}", kind="dynamic",
                               criteria=f'{{"tag_ids": [{tag.id}]}}')  # fmt: skip
    s.add_all([static, dynamic])
    s.flush()
    s.execute(insert(distribution_member).values(list_id=static.id, person_id=p.id))
    verbund = Verbund(name=f"Verbund {marker}")
    s.add(verbund)
    s.flush()
    s.add(VerbundBoardSeat(verbund_id=verbund.id, person_id=p.id, function=f"Vorsitz {marker}"))
    s.add(VerbundMember(verbund_id=verbund.id, organisation_id=org.id, role="Partner",
                        contact_person_id=p.id))  # fmt: skip
    s.add(VerbundTask(verbund_id=verbund.id, title=f"Aufgabe {marker}", responsible_id=p.id))
    s.add(AuditEntry(user_name="Koordination", table_name="person", row_id=p.id,
                     action="geändert", record_label=p.first_name, person_id=p.id,
                     changes=f'{{"notes": ["alt {marker}", "Notiz {marker}"]}}'))  # fmt: skip


def make_namesakes(uow_factory) -> tuple[Namesake, Namesake]:
    """Hannelore and Konrad Quastenberg, each with every kind of record."""
    out = []
    with uow_factory() as uow:
        s = uow.session
        kind_id = s.scalar(select(OrganisationType.id).limit(1))
        for first, marker in (("Hannelore", "-A-"), ("Konrad", "-B-")):
            tag = Tag(name=f"Quaste {marker}")
            s.add(tag)
            s.flush()
            email = f"{first.lower()}.{SURNAME.lower()}@beispiel.example"
            p = _person(s, first, email, marker, tag, legal_basis="Einwilligung",
                        data_source=f"Visitenkarte {marker}")  # fmt: skip
            _records(s, p, marker, kind_id, tag)
            out.append(Namesake(p.id, first, email, marker))
        uow.commit()
    for n in out:
        record_disclosure(uow_factory, EXPORT, f"Liste {n.marker}", f"Datei: {n.marker}.xlsx",
                          "", [n.id])  # fmt: skip
    return out[0], out[1]


def all_text(report) -> str:
    """Every value of the report (letter, sections, rows) as one string."""
    parts = [report.subject, *report.letter]
    for section in report.sections:
        parts += [section.title, section.note]
        parts += [str(v) for row in section.rows for v in row if v is not None]
    return "\n".join(parts)
