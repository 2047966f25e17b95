"""The checks and texts of a referral: who may receive it, the dates of the partner's
answer and of the outcome, the follow-up it settles, and how the partner's contact
history names it (no private names there)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from wba_desktop.i18n import _
from wba_desktop.models import Activity, Inquiry, Organisation, Person
from wba_desktop.models.lotsen import Referral
from wba_desktop.services.lotsen.status import FINAL
from wba_desktop.text import format as fmt


def check_partner(c, s, inquiry: Inquiry, org_id: int, contact_id: int | None):
    if inquiry.status in FINAL:
        c.add(
            "inquiry_id",
            _(
                "Anfrage: Die Anfrage ist „{status}“; an eine abgeschlossene oder "
                "abgebrochene Anfrage lässt sich nichts mehr vermitteln."
            ).format(status=inquiry.status),
        )
    org = s.get(Organisation, org_id) if org_id is not None else None
    if org is None:
        c.add("organisation_id", _("Partner: Bitte eine Organisation aus dem Adressbuch wählen."))
    elif not org.active:
        c.add(
            "organisation_id",
            _("Partner: „{name}“ ist inaktiv; bitte eine aktive Organisation wählen.").format(
                name=org.name
            ),
        )
    else:
        before = s.scalar(
            select(Referral.referred_on).where(
                Referral.inquiry_id == inquiry.id, Referral.organisation_id == org.id
            )
        )
        if before is not None:
            c.add(
                "organisation_id",
                _("Partner: An „{name}“ wurde diese Anfrage schon am {before} vermittelt.").format(
                    name=org.name, before=fmt.day(before)
                ),
            )
    if contact_id is not None:
        p = s.get(Person, contact_id)
        if p is None or p.inquirer:
            c.add("contact_person_id", _("Ansprechperson: Diese Person gibt es nicht (mehr)."))
    return org


def check_on(c, field: str, label: str, what: str, on, referred_on: date, today: date) -> None:
    if on is None:
        c.add(field, _("{label}: Bitte ein Datum eintragen.").format(label=label))
    elif on < referred_on:
        c.add(
            field,
            _("{label}: {what} kann nicht vor der Vermittlung ({referred_on}) liegen.").format(
                label=label, what=what, referred_on=fmt.day(referred_on)
            ),
        )
    elif on > today:
        c.add(
            field, _("{label}: Der {on} liegt in der Zukunft.").format(label=label, on=fmt.day(on))
        )


def settle(s, r: Referral, on: date) -> None:
    """Mark the referral's follow-up done (if it is still open)."""
    a = s.get(Activity, r.activity_id) if r.activity_id else None
    if a is not None and a.due_on is not None and a.done_on is None:
        a.done_on = max(on, a.happened_on)


def subject(topics: list[str], number: str) -> str:
    """„Vermittlung: <topics> (Anfrage A-2026-0042)“, the topics shortened to fit."""
    tail = f" (Anfrage {number})"
    text = "; ".join(topics)
    room = 200 - len("Vermittlung: ") - len(tail)
    if len(text) > room:
        text = text[: room - 1].rstrip() + "…"
    return f"Vermittlung: {text}{tail}"


def activity_note(inquiry: Inquiry, number: str, note: str) -> str:
    """What the contact history says about the referral (no private names)."""
    region = inquiry.region.name if inquiry.region is not None else ""
    text = (
        f"Anfrage {number} vom {fmt.day(inquiry.received_on)}: {inquiry.inquirer_kind}, "
        f"{region}, Dringlichkeit {inquiry.urgency}."
    )
    return f"{text}\n{note}" if note else text
