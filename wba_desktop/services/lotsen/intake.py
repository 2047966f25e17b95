"""The intake form of an inquiry (``IntakeData``), its checks, and who asks.

Who asks is either a company or a private person:

* a company (``inquirer_kind`` „Unternehmen“): ``organisation_id`` of an organisation
  in the directory, or ``new_company_name`` (a new organisation of the kind
  „Unternehmen“ is created in the inquiry's district). Its contact is
  ``contact_person_id`` (a person from the directory), or, when that is empty and
  ``last_name`` is given, a new person made of ``first_name``/``last_name``/``phone``/
  ``email`` and affiliated with the company.
* a private person („Beschäftigte/r“, „Arbeitsuchende/r“): ``first_name``,
  ``last_name``, ``phone``, ``email`` (only what is needed), the ``legal_basis``
  (required) and ``informed_on``, stored as a person marked ``inquirer``
  („Ratsuchende/r“, hidden from the directory) whose data source names the inquiry.
  ``follow_up_consent`` records a consent event for the purpose „Rückfragen zur
  Anfrage“ (or its withdrawal, when taken back on a later save).

Every check names the field in German; nothing is saved when one fails.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from wba_desktop.i18n import _
from wba_desktop.models import Affiliation, Organisation, OrganisationType, Person, Region
from wba_desktop.models.lotsen import Inquiry, OfferTopic
from wba_desktop.services import validation as v
from wba_desktop.services.directory import organisation_rules as org_rules
from wba_desktop.services.lotsen.status import (
    CHANNELS,
    COMPANY,
    INQUIRER_KINDS,
    LEGAL_BASES,
    PRIVATE_KINDS,
    URGENCIES,
)
from wba_desktop.text import format as fmt
from wba_desktop.text.fold import name_key, search_key, sort_key

#: the consent purpose for asking the inquirer later how it went (seeded by 0009)
FOLLOW_UP_PURPOSE = "Rückfragen zur Anfrage"
#: the kind of organisation a new company gets (falls back to the first non-multiplier)
COMPANY_TYPE = "Unternehmen"


@dataclass
class IntakeData:
    """What the intake form holds (see the module docstring for who asks)."""

    received_on: date | None = None
    channel: str = "Telefon"
    inquirer_kind: str = "Beschäftigte/r"
    region_id: int | None = None
    topic_ids: tuple[int, ...] = ()
    description: str = ""
    urgency: str = "normal"
    coordinator_id: int | None = None
    #: the inquirer agreed that name and contact details go to the partners
    share_contact: bool = False
    # -- a company
    organisation_id: int | None = None
    new_company_name: str = ""
    contact_person_id: int | None = None
    # -- a private inquirer's data, or a company's new contact person
    first_name: str = ""
    last_name: str = ""
    phone: str = ""
    email: str = ""
    legal_basis: str = ""
    follow_up_consent: bool = False
    informed_on: date | None = None

    @property
    def is_company(self) -> bool:
        return self.inquirer_kind == COMPANY


#: the form's fields in the order of the form, as a conflict names them
FIELD_LABELS = {
    "received_on": "Eingang am",
    "channel": "Eingang über",
    "inquirer_kind": "Wer fragt",
    "organisation_id": "Unternehmen",
    "contact_person_id": "Ansprechperson",
    "first_name": "Vorname",
    "last_name": "Nachname",
    "phone": "Telefon",
    "email": "E-Mail",
    "legal_basis": "Rechtsgrundlage",
    "follow_up_consent": "Einwilligung in Rückfragen",
    "informed_on": "Informiert am",
    "region_id": "Landkreis",
    "topic_ids": "Themen",
    "description": "Anliegen",
    "urgency": "Dringlichkeit",
    "coordinator_id": "Zuständig",
    "share_contact": "Kontaktdaten an Partner weitergeben",
}


def validate(data: IntakeData, today: date) -> IntakeData:
    """The form cleaned, or a ValidationError with every field at fault."""
    c = v.Collector()
    if data.received_on is None:
        c.add("received_on", _("Eingang am: Bitte ein Datum eintragen."))
    elif data.received_on > today:
        c.add(
            "received_on",
            _("Eingang am: Der {received_on} liegt in der Zukunft.").format(
                received_on=fmt.day(data.received_on)
            ),
        )
    v.check_choice(c, "channel", _("Eingang über"), data.channel, CHANNELS, required=True)
    v.check_choice(c, "inquirer_kind", _("Wer fragt"), data.inquirer_kind, INQUIRER_KINDS, True)
    v.check_choice(c, "urgency", _("Dringlichkeit"), data.urgency, URGENCIES, required=True)
    if data.region_id is None:
        c.add("region_id", _("Landkreis: Bitte den Landkreis der Anfrage wählen."))
    data.topic_ids = tuple(dict.fromkeys(int(t) for t in data.topic_ids or ()))
    if not data.topic_ids:
        c.add("topic_ids", _("Themen: Bitte mindestens ein Thema wählen."))
    data.description = v.clean_text(data.description)
    v.check_length(c, "description", _("Anliegen"), data.description, 20000)
    for name in ("first_name", "last_name", "new_company_name", "legal_basis"):
        setattr(data, name, v.clean_text(getattr(data, name)))
    data.email = v.clean_email(c, "email", data.email)
    data.phone = v.clean_phone(c, "phone", _("Telefon"), data.phone)
    v.check_texts(c, data, Person)
    v.check_texts(c, data, Inquiry)
    if data.inquirer_kind == COMPANY:
        _check_company(c, data)
    elif data.inquirer_kind in PRIVATE_KINDS:
        _check_private(c, data, today)
    c.raise_if_any()
    return data


def _check_company(c: v.Collector, data: IntakeData) -> None:
    v.check_choice(c, "legal_basis", _("Rechtsgrundlage"), data.legal_basis, LEGAL_BASES)
    data.follow_up_consent = False
    if data.organisation_id is None and not data.new_company_name:
        c.add(
            "organisation_id",
            _(
                "Unternehmen: Bitte ein Unternehmen aus dem Adressbuch wählen oder den Namen "
                "eines neuen eintragen."
            ),
        )
    elif data.organisation_id is not None and data.new_company_name:
        c.add(
            "new_company_name",
            _(
                "Neues Unternehmen: Bitte entweder ein vorhandenes Unternehmen wählen oder "
                "einen neuen Namen eintragen, nicht beides."
            ),
        )
    v.check_length(c, "new_company_name", _("Neues Unternehmen"), data.new_company_name, 200)
    new_contact = data.first_name or data.phone or data.email
    if data.contact_person_id is None and new_contact and not data.last_name:
        c.add("last_name", _("Nachname: Bitte den Nachnamen der Ansprechperson eintragen."))


def _check_private(c: v.Collector, data: IntakeData, today: date) -> None:
    data.organisation_id = None
    data.new_company_name = ""
    data.contact_person_id = None
    v.check_required(c, "last_name", _("Nachname"), data.last_name)
    if not data.legal_basis:
        c.add(
            "legal_basis",
            _(
                "Rechtsgrundlage: Bitte angeben, auf welcher Grundlage die Daten der "
                "ratsuchenden Person gespeichert werden (z. B. Einwilligung)."
            ),
        )
    else:
        v.check_choice(c, "legal_basis", _("Rechtsgrundlage"), data.legal_basis, LEGAL_BASES)
    if data.informed_on is not None and data.informed_on > today:
        c.add(
            "informed_on",
            _("Informiert am: Der {informed_on} liegt in der Zukunft.").format(
                informed_on=fmt.day(data.informed_on)
            ),
        )
    if data.follow_up_consent and not (data.phone or data.email):
        c.add(
            "phone",
            _(
                "Telefon: Für Rückfragen zur Anfrage bitte eine Telefonnummer oder E-Mail-Adresse "
                "angeben."
            ),
        )


def check_refs(s, data: IntakeData) -> list[OfferTopic]:
    """The district, topics, company, contact and coordinator chosen must exist;
    returns the topics."""
    c = v.Collector()
    if s.get(Region, data.region_id) is None:
        c.add("region_id", _("Landkreis: Diesen Landkreis gibt es nicht in Sachsen-Anhalt."))
    topics = list(s.scalars(select(OfferTopic).where(OfferTopic.id.in_(data.topic_ids))))
    if len(topics) != len(data.topic_ids):
        c.add("topic_ids", _("Themen: Ein gewähltes Thema gibt es nicht (mehr)."))
    if data.organisation_id is not None and s.get(Organisation, data.organisation_id) is None:
        c.add("organisation_id", _("Unternehmen: Diese Organisation gibt es nicht (mehr)."))
    for key, label in (("contact_person_id", "Ansprechperson"), ("coordinator_id", "Zuständig")):
        person_id = getattr(data, key)
        if person_id is None:
            continue
        p = s.get(Person, person_id)
        if p is None or p.inquirer:
            c.add(
                key,
                _("{label}: Diese Person gibt es nicht (mehr) im Adressbuch.").format(label=label),
            )
    if data.is_company and data.new_company_name:
        taken = s.scalar(
            select(Organisation.name)
            .where(
                Organisation.dup_key == name_key(data.new_company_name),
                Organisation.region_id == data.region_id,
            )
            .limit(1)
        )
        if taken:
            c.add(
                "new_company_name",
                _(
                    "Neues Unternehmen: „{taken}“ gibt es in diesem Landkreis schon im "
                    "Adressbuch; bitte dort auswählen."
                ).format(taken=taken),
            )
    c.raise_if_any()
    topics.sort(key=lambda t: (t.sort_order, t.name))
    return topics


def company_type_id(s) -> int:
    """The kind a new company gets: „Unternehmen“, else the first non-multiplier kind."""
    found = s.scalar(select(OrganisationType.id).where(OrganisationType.name == COMPANY_TYPE))
    if found is not None:
        return found
    order = (OrganisationType.is_multiplier, OrganisationType.sort_order, OrganisationType.id)
    return s.scalar(select(OrganisationType.id).order_by(*order).limit(1))


def new_company(s, data: IntakeData) -> Organisation:
    """A new organisation of the kind „Unternehmen“ in the inquiry's district."""
    form = org_rules.OrganisationData(
        name=data.new_company_name, type_id=company_type_id(s), region_id=data.region_id
    )
    org = Organisation()
    org_rules.apply_to(org, org_rules.validate(form), s)
    s.add(org)
    s.flush()
    return org


def source_text(inquiry: Inquiry, number: str) -> str:
    """The data source of a person the inquiry brought: „Anfrage Nr. … vom …“."""
    return f"Anfrage Nr. {number} vom {fmt.day(inquiry.received_on)}"


def fill_person(p: Person, data: IntakeData, source: str, inquirer: bool) -> None:
    """Name and contact of the form onto a person record, with its search keys."""
    p.first_name = data.first_name
    p.last_name = data.last_name
    p.phone = data.phone
    p.email = data.email
    p.inquirer = inquirer
    if inquirer or data.legal_basis:
        p.legal_basis = data.legal_basis
    if inquirer:
        p.informed_on = data.informed_on
    if not p.data_source:
        p.data_source = source[:200]
    p.search_key = search_key(p.first_name, p.last_name, p.title, p.email)
    p.sort_key = sort_key(p.last_name, p.first_name)


def new_contact(s, data: IntakeData, org_id: int, source: str) -> Person:
    """A new contact person of the company, affiliated with it."""
    p = Person()
    fill_person(p, data, source, inquirer=False)
    s.add(p)
    s.flush()
    s.add(Affiliation(person_id=p.id, organisation_id=org_id))
    return p
