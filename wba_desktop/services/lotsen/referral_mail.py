"""The referral e-mail to a partner: a ``mailto:`` link with the inquiry's summary.

The body names the topics, the district, the urgency and the description. Who asks
(the private inquirer's name, phone and e-mail; a company's name and its contact)
goes in only when the inquirer agreed (``Inquiry.share_contact``); then the mail is
logged as a disclosure of kind „Weitervermittlung“ to the partner, linked to the
person, so the access report (Art. 15) lists it. Without that consent the mail holds
no personal data and nothing is logged. The mail goes to the referral's contact
person, else to the partner's address (empty: the mail program asks).
"""

from __future__ import annotations

from dataclasses import dataclass

from wba_desktop.exchange.mailto import mailto_link
from wba_desktop.models import Inquiry, Organisation, Person
from wba_desktop.models.lotsen import Referral
from wba_desktop.services.directory.person_rules import person_name
from wba_desktop.services.lotsen.inquiry_list import inquiry_number
from wba_desktop.services.lotsen.status import COMPANY
from wba_desktop.services.privacy_log import REFERRAL, record_disclosure
from wba_desktop.text import format as fmt

#: what the log says the disclosure was for
PURPOSE = "Vermittlung der Anfrage"


@dataclass(frozen=True)
class MailDraft:
    """The e-mail to open: recipient, subject, body and the ``mailto:`` link. ``personal``:
    the inquirer's data is in it (logged as ``disclosure_id``)."""

    to: str
    subject: str
    body: str
    url: str
    personal: bool = False
    disclosure_id: int | None = None


def _greeting(contact: Person | None) -> str:
    if contact is not None and contact.last_name and contact.salutation in ("Frau", "Herr"):
        dear = "Sehr geehrte" if contact.salutation == "Frau" else "Sehr geehrter"
        name = " ".join(p for p in (contact.salutation, contact.title, contact.last_name) if p)
        return f"{dear} {name},"
    return "Guten Tag,"


def _who(s, inquiry: Inquiry) -> tuple[list[str], Person | None]:
    """The lines naming who asks (only with consent) and the person in them."""
    if not inquiry.share_contact:
        return [
            "",
            "Die Kontaktdaten geben wir nur mit dem Einverständnis der anfragenden Seite "
            "weiter. Wenn Sie helfen können, stellen wir den Kontakt gern her.",
        ], None
    person = s.get(Person, inquiry.person_id) if inquiry.person_id else None
    if person is not None and person.anonymised_on is not None:
        person = None
    lines = [""]
    if inquiry.inquirer_kind == COMPANY:
        org = s.get(Organisation, inquiry.organisation_id) if inquiry.organisation_id else None
        if org is not None:
            lines.append(f"Unternehmen: {org.name}")
    if person is not None:
        lines.append(f"Kontakt: {person_name(person)}")
        if person.phone:
            lines.append(f"Telefon: {person.phone}")
        if person.email:
            lines.append(f"E-Mail: {person.email}")
    lines.append("Die anfragende Seite ist mit der Weitergabe dieser Angaben einverstanden.")
    return lines, person


def draft(
    s, referral: Referral, own_name: str, user_name: str, sender_lines: list[str] | None = None
) -> MailDraft:
    """Build the e-mail in the caller's session and log the disclosure there (the
    caller commits). ``sender_lines``: our agency's address below the signature."""
    inquiry = s.get(Inquiry, referral.inquiry_id)
    partner = s.get(Organisation, referral.organisation_id)
    contact = s.get(Person, referral.contact_person_id) if referral.contact_person_id else None
    if contact is not None and contact.anonymised_on is not None:
        contact = None
    to = (contact.email if contact is not None and contact.email else "") or partner.email
    number = inquiry_number(inquiry.id, inquiry.received_on)
    topics = "; ".join(t.name for t in inquiry.topics)
    subject = f"Vermittlung einer Anfrage: {topics} (Anfrage {number})"
    who_lines, person = _who(s, inquiry)
    from_us = f"die Weiterbildungsagentur {own_name}" if own_name else "die Weiterbildungsagentur"
    lines = [
        _greeting(contact),
        "",
        f"{from_us} möchte Ihnen eine Anfrage vermitteln, bei der Sie nach unserer "
        "Einschätzung weiterhelfen können.",
        "",
        f"Anfrage: {number} vom {fmt.day(inquiry.received_on)}",
        f"Wer fragt: {inquiry.inquirer_kind}",
        f"Themen: {topics}",
        f"Landkreis: {inquiry.region.name}",
        f"Dringlichkeit: {inquiry.urgency}",
        f"Anliegen: {inquiry.description or '–'}",
        *who_lines,
        "",
        "Bitte geben Sie uns kurz Bescheid, ob Sie die Anfrage übernehmen können.",
        "",
        "Mit freundlichen Grüßen",
        *(line for line in (user_name, own_name) if line),
        *(sender_lines or ()),
    ]
    body = "\n".join(lines)
    url = mailto_link(to, subject, body)
    if person is None:
        return MailDraft(to, subject, body, url)
    recipient = f"{partner.name} ({to})" if to else partner.name
    disclosure_id = record_disclosure(
        s,
        REFERRAL,
        f"Anfrage {number}: Name und Kontaktdaten der anfragenden Person",
        recipient,
        PURPOSE,
        [person.id],
        user_name=user_name,
    )
    return MailDraft(to, subject, body, url, True, disclosure_id)
