"""More sections of an access report: event participations, Verteiler, Verbund roles,
recipients (the disclosure log) and the change log about the person.

Dynamic Verteiler are evaluated for this one person (the saved filter, restricted to
the person's id), so the report says which lists would reach them today.
"""

from __future__ import annotations

import json
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from wba_desktop.db.labels import label
from wba_desktop.exchange.access_report import ReportSection
from wba_desktop.exchange.table import columns, format_date, local_time
from wba_desktop.i18n import _
from wba_desktop.models import (
    AuditEntry,
    Disclosure,
    DistributionList,
    Event,
    EventSession,
    Invitation,
    InvitationChange,
    Organisation,
    SessionAttendee,
    SessionPerson,
    Verbund,
    VerbundBoardSeat,
    VerbundMember,
    VerbundTask,
    disclosure_person,
    distribution_member,
)
from wba_desktop.services.directory.people import PersonService
from wba_desktop.services.verteiler.lists import KIND_LABELS, Criteria, VerteilerService

EVENTS = "Veranstaltungen"
VERTEILER = "Verteiler"
VERBUENDE = "Verbünde"
RECIPIENTS = "Empfänger"
CHANGES = "Änderungsprotokoll"

#: the kinds of record the change log names
TABLES = {
    "person": "Person",
    "affiliation": "Zuordnung zu einer Organisation",
    "activity": "Kontakt",
    "consent": "Einwilligung",
    "consent_event": "Einwilligung",
    "invitation": "Einladung",
    "distribution_member": "Verteiler",
    "verbund_member": "Verbundmitglied",
    "verbund_board_seat": "Beirat",
    "inquiry": "Anfrage",
}


def event_section(session: Session, person_id: int) -> ReportSection:
    rows = []
    stmt = (
        select(Invitation, Event.title, Event.starts_at, Organisation.name)
        .join(Event, Event.id == Invitation.event_id)
        .outerjoin(Organisation, Organisation.id == Invitation.organisation_id)
        .where(Invitation.person_id == person_id)
        .order_by(Event.starts_at.desc())
    )
    for inv, title, starts_at, organisation in session.execute(stmt):
        history = session.execute(
            select(InvitationChange.status, InvitationChange.changed_at)
            .where(InvitationChange.invitation_id == inv.id)
            .order_by(InvitationChange.changed_at, InvitationChange.id)
        ).all()
        sessions = session.scalars(
            select(EventSession.title)
            .join(SessionAttendee, SessionAttendee.session_id == EventSession.id)
            .where(SessionAttendee.invitation_id == inv.id)
            .order_by(EventSession.starts_at)
        ).all()
        steps = "; ".join(f"{s} {format_date(local_time(at))[:10]}" for s, at in history)
        role = "Teilnahme" + (f" ({', '.join(sessions)})" if sessions else "")
        rows.append(
            [title, starts_at, role, inv.status, steps, inv.source, organisation or "", inv.note]
        )
    speaking = (
        select(SessionPerson.role, EventSession.title, Event.title, EventSession.starts_at)
        .join(EventSession, EventSession.id == SessionPerson.session_id)
        .join(Event, Event.id == EventSession.event_id)
        .where(SessionPerson.person_id == person_id)
        .order_by(EventSession.starts_at.desc())
    )
    for role, item, title, starts_at in session.execute(speaking):
        rows.append([title, starts_at, f"{role}: {item}", "", "", "", "", ""])
    rows.sort(key=lambda r: r[1], reverse=True)
    return ReportSection(
        EVENTS,
        columns(
            "event:Veranstaltung, starts_at:Beginn:datetime, role:Rolle, status:Status, "
            "history:Verlauf, source:Herkunft, organisation:Für Organisation, note:Notiz"
        ),
        rows,
        _(
            "Einladungen, Zu- und Absagen, Teilnahme und Mitwirkung im Programm; Zweck: "
            "Planung, Durchführung und Nachbereitung der Veranstaltungen."
        ),
    )


def verteiler_section(
    session: Session, person_id: int, people: PersonService, verteiler: VerteilerService
) -> ReportSection:
    rows = []
    static = session.execute(
        select(DistributionList.name, DistributionList.kind, distribution_member.c.added_at)
        .join(distribution_member, distribution_member.c.list_id == DistributionList.id)
        .where(distribution_member.c.person_id == person_id)
    ).all()
    for name, kind, added_at in static:
        rows.append([name, KIND_LABELS.get(kind, kind), local_time(added_at), "von Hand"])
    dynamic = session.execute(
        select(DistributionList.name, DistributionList.criteria).where(
            DistributionList.kind == "dynamic"
        )
    ).all()
    for name, raw in dynamic:
        criteria = Criteria.from_json(raw)
        if people.count(replace(criteria.person_filter(), ids=(person_id,))):
            how = "nach Kriterien: " + verteiler.describe(criteria)
            rows.append([name, KIND_LABELS.get("dynamic", "dynamisch"), None, how])
    rows.sort(key=lambda r: r[0].casefold())
    return ReportSection(
        VERTEILER,
        columns("name:Verteiler, kind:Art, added_at:Aufgenommen am:datetime, how:Wie"),
        rows,
        _(
            "Verteiler (Adresslisten für Rundschreiben, Einladungen und Serienbriefe), in "
            "denen Sie stehen; dynamische Verteiler wählen ihre Personen nach Kriterien aus."
        ),
    )


def verbund_section(session: Session, person_id: int) -> ReportSection:
    rows = []
    for v, seat in session.execute(
        select(Verbund.name, VerbundBoardSeat)
        .join(VerbundBoardSeat, VerbundBoardSeat.verbund_id == Verbund.id)
        .where(VerbundBoardSeat.person_id == person_id)
    ):
        rows.append([v, f"Beirat: {seat.function}", "", seat.since, seat.until])
    for v, organisation, m in session.execute(
        select(Verbund.name, Organisation.name, VerbundMember)
        .join(VerbundMember, VerbundMember.verbund_id == Verbund.id)
        .join(Organisation, Organisation.id == VerbundMember.organisation_id)
        .where(VerbundMember.contact_person_id == person_id)
    ):
        rows.append([v, f"Ansprechperson ({m.role})", organisation, m.joined_on, m.left_on])
    for v, task in session.execute(
        select(Verbund.name, VerbundTask)
        .join(VerbundTask, VerbundTask.verbund_id == Verbund.id)
        .where(VerbundTask.responsible_id == person_id)
    ):
        rows.append([v, f"Verantwortlich: {task.kind} „{task.title}“", "", None, task.due_on])
    rows.sort(key=lambda r: (r[0].casefold(), r[1]))
    return ReportSection(
        VERBUENDE,
        columns(
            "verbund:Verbund, role:Rolle, organisation:Für Mitglied, since:Seit:date, "
            "until:Bis / fällig:date"
        ),
        rows,
        _(
            "Ihre Rollen in Weiterbildungsverbünden (Beirat, Ansprechperson eines Mitglieds, "
            "Aufgaben); Zweck: Koordination der Verbünde."
        ),
    )


def recipient_section(session: Session, person_id: int) -> ReportSection:
    stmt = (
        select(Disclosure)
        .join(disclosure_person, disclosure_person.c.disclosure_id == Disclosure.id)
        .where(disclosure_person.c.person_id == person_id)
        .order_by(Disclosure.disclosed_at.desc(), Disclosure.id.desc())
    )
    rows = [
        [local_time(d.disclosed_at), d.kind, d.what, d.recipient, d.purpose, d.user_name]
        for d in session.scalars(stmt)
    ]
    return ReportSection(
        RECIPIENTS,
        columns(
            "at:Datum:datetime, kind:Art, what:Inhalt, recipient:Empfänger, purpose:Zweck, "
            "by:Weitergegeben von"
        ),
        rows,
        _(
            "Exporte, E-Mails und Weitervermittlungen, in denen Ihre Daten die Datenbank "
            "verlassen haben, mit Empfänger (soweit bekannt; bei Dateien ihr Name)."
        ),
    )


def _describe_changes(table: str, raw: str) -> str:
    try:
        changes = json.loads(raw or "{}")
    except json.JSONDecodeError:
        return raw
    if not isinstance(changes, dict):
        return str(changes)
    parts = []
    for column, values in changes.items():
        old, new = (values + [None, None])[:2] if isinstance(values, list) else (None, values)
        old_text = "–" if old in (None, "") else str(old)
        new_text = "–" if new in (None, "") else str(new)
        parts.append(f"{label(table, column)}: {old_text} → {new_text}")
    return "; ".join(parts)


def change_section(session: Session, person_id: int) -> ReportSection:
    stmt = (
        select(AuditEntry)
        .where(AuditEntry.person_id == person_id)
        .order_by(AuditEntry.changed_at.desc(), AuditEntry.id.desc())
    )
    rows = [
        [
            local_time(a.changed_at),
            a.user_name,
            TABLES.get(a.table_name, a.table_name),
            a.record_label,
            a.action,
            _describe_changes(a.table_name, a.changes),
        ]
        for a in session.scalars(stmt)
    ]
    return ReportSection(
        CHANGES,
        columns(
            "at:Zeitpunkt:datetime, by:Durch, kind:Art des Eintrags, record:Eintrag, "
            "action:Aktion, changes:Änderungen (alt → neu)"
        ),
        rows,
        _("Wer wann welche Ihrer Daten angelegt, geändert oder gelöscht hat (Änderungsprotokoll)."),
    )
