"""The sections of an access report: everything the database holds about one person,
read by the person's id only (never by name, so a namesake's records stay out).

Directory data here (master data, data-protection facts, consents, affiliations,
contact history); events, Verteiler, Verbünde, recipients and the change log in
``collect_more``. Each section carries a note on its purpose and source.
Times are stored in UTC and shown in local time.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from wba_desktop.exchange.access_report import ReportSection
from wba_desktop.exchange.table import columns, format_date, local_time
from wba_desktop.i18n import _
from wba_desktop.models import Activity, Affiliation, Event, Organisation, Person, Verbund
from wba_desktop.services.privacy_report.consents import consent_history

FIELD_COLUMNS = columns("field:Angabe, value:Inhalt")

MASTER = "Stammdaten"
PRIVACY = "Datenschutz"
CONSENTS = "Einwilligungen"
AFFILIATIONS = "Organisationen"
ACTIVITIES = "Kontakte"


def yes_no(flag: bool) -> str:
    return _("ja") if flag else _("nein")


def master_section(p: Person) -> ReportSection:
    rows = [
        ["Anrede", p.salutation],
        ["Titel", p.title],
        ["Vorname", p.first_name],
        ["Nachname", p.last_name],
        ["E-Mail", p.email],
        ["Telefon", p.phone],
        ["Mobil", p.mobile],
        ["Bevorzugter Kanal", p.preferred_channel],
        ["Schlagwörter", ", ".join(t.name for t in p.tags)],
        ["Notizen", p.notes],
        ["Status", "aktiv" if p.active else "inaktiv"],
        ["Angelegt am", format_date(local_time(p.created_at))],
        ["Zuletzt geändert am", format_date(local_time(p.updated_at))],
        ["Zuletzt geändert von", p.updated_by],
    ]
    return ReportSection(
        MASTER,
        FIELD_COLUMNS,
        [r for r in rows if r[1]],
        _(
            "Ihre Kontaktdaten. Zweck: Sie als Ansprechperson im Partnernetzwerk der "
            "Weiterbildungsagentur zu erreichen (Beratung, Zusammenarbeit, Einladungen, "
            "Weiterbildungsverbünde). Herkunft: siehe „Datenschutz“."
        ),
    )


def privacy_section(p: Person) -> ReportSection:
    rows = [
        ["Rechtsgrundlage", p.legal_basis or "nicht erfasst"],
        ["Herkunft der Daten", p.data_source or "nicht erfasst"],
        ["Über die Datenverarbeitung informiert am (Art. 14)", format_date(p.informed_on)],
        ["Verarbeitung eingeschränkt (Art. 18)", yes_no(p.restricted)],
        ["Widerspruch eingelegt am (Art. 21)", format_date(p.objected_on)],
        ["Aufbewahrung nach Überprüfung bis", format_date(p.review_after)],
        ["Grund für die Aufbewahrung", p.review_note],
    ]
    return ReportSection(
        PRIVACY,
        FIELD_COLUMNS,
        [[k, v or "–"] for k, v in rows],
        _(
            "Warum wir Ihre Daten verarbeiten, woher sie stammen und wann Sie darüber "
            "informiert wurden."
        ),
    )


def consent_section(session: Session, person_id: int) -> ReportSection:
    lines = consent_history(session, person_id)
    return ReportSection(
        CONSENTS,
        columns(
            "purpose:Zweck, status:Erklärung, effective_on:Gültig ab:date, "
            "expires_on:Gültig bis:date, source:Quelle, wording:Fassung des Textes, "
            "note:Notiz, recorded_by:Erfasst von, recorded_at:Erfasst am:datetime"
        ),
        [
            [
                c.purpose,
                c.status,
                c.effective_on,
                c.expires_on,
                c.source,
                c.wording_version,
                c.note,
                c.recorded_by,
                local_time(c.recorded_at),
            ]
            for c in lines
        ],
        _(
            "Ihre Einwilligungen je Zweck mit ihrem ganzen Verlauf (erteilt, widerrufen, "
            "abgelaufen); es gilt jeweils die jüngste Erklärung. Ein Widerruf wirkt ab sofort."
        ),
    )


def affiliation_section(session: Session, person_id: int) -> ReportSection:
    stmt = (
        select(Affiliation, Organisation)
        .join(Organisation, Organisation.id == Affiliation.organisation_id)
        .where(Affiliation.person_id == person_id)
        .order_by(Affiliation.is_primary.desc(), Organisation.sort_key)
    )
    rows = []
    for a, o in session.execute(stmt):
        address = ", ".join(x for x in (o.street, f"{o.postcode} {o.city}".strip()) if x)
        rows.append(
            [
                o.name,
                o.type.name if o.type else "",
                a.function,
                a.department,
                yes_no(a.is_primary),
                a.valid_from,
                a.valid_until,
                address,
            ]
        )
    return ReportSection(
        AFFILIATIONS,
        columns(
            "organisation:Organisation, kind:Art, function:Funktion, department:Abteilung, "
            "primary:Hauptorganisation, valid_from:Von:date, valid_until:Bis:date, "
            "address:Anschrift der Organisation"
        ),
        rows,
        _(
            "Die Organisationen, für die Sie tätig sind oder waren; Zweck: Sie in Ihrer "
            "beruflichen Funktion anzusprechen."
        ),
    )


def activity_section(session: Session, person_id: int) -> ReportSection:
    stmt = (
        select(Activity, Organisation.name, Verbund.name, Event.title)
        .outerjoin(Organisation, Organisation.id == Activity.organisation_id)
        .outerjoin(Verbund, Verbund.id == Activity.verbund_id)
        .outerjoin(Event, Event.id == Activity.event_id)
        .where(Activity.person_id == person_id)
        .order_by(Activity.happened_on.desc(), Activity.id.desc())
    )
    rows = []
    for a, organisation, verbund, event in session.execute(stmt):
        context = "; ".join(
            x for x in (verbund and f"Verbund {verbund}", event and f"Veranstaltung „{event}“") if x
        )
        rows.append(
            [
                a.happened_on,
                a.kind,
                a.subject,
                a.note,
                organisation or "",
                context,
                a.due_on,
                a.responsible,
                a.done_on,
            ]
        )
    return ReportSection(
        ACTIVITIES,
        columns(
            "happened_on:Datum:date, kind:Art, subject:Betreff, note:Notiz, "
            "organisation:Organisation, context:Zusammenhang, due_on:Wiedervorlage am:date, "
            "responsible:Zuständig, done_on:Erledigt am:date"
        ),
        rows,
        _(
            "Gespräche, Beratungen, Anrufe und andere Kontakte mit Ihnen (Kontakthistorie); "
            "Zweck: die Zusammenarbeit nachvollziehbar fortzuführen."
        ),
    )
