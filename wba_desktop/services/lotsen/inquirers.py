"""Who asks, stored: the company (found or created) and its contact, or the private
inquirer as a person marked ``inquirer`` with the consent to be asked later.

:func:`attach` runs inside the inquiry's unit of work after the form was checked, so
the inquiry, a new company, a new contact, the inquirer and the consent event are
saved together or not at all. :func:`data_of` reads the form back.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from wba_desktop.errors import ValidationError
from wba_desktop.i18n import _
from wba_desktop.models import Inquiry, Person
from wba_desktop.models.consent import GRANTED, WITHDRAWN
from wba_desktop.services.lotsen import intake as ik
from wba_desktop.services.lotsen.inquiry_list import inquiry_number
from wba_desktop.services.lotsen.intake import IntakeData
from wba_desktop.services.privacy import consent_filter as cf
from wba_desktop.services.privacy.consents import ConsentInput, ConsentService


def attach(s, inquiry: Inquiry, data: IntakeData, consents: ConsentService, today: date) -> None:
    """Link (and if need be create) who asks; the inquiry has an id already."""
    fresh = inquiry.person_id is None and inquiry.organisation_id is None
    source = ik.source_text(inquiry, inquiry_number(inquiry.id, inquiry.received_on))
    old = s.get(Person, inquiry.person_id) if inquiry.person_id else None
    if data.is_company:
        org_id = data.organisation_id
        if org_id is None:
            org_id = ik.new_company(s, data).id
        inquiry.organisation_id = org_id
        person_id = data.contact_person_id
        if person_id is None and data.last_name:
            person_id = ik.new_contact(s, data, org_id, source).id
        inquiry.person_id = person_id
        s.flush()
        if old is not None and old.inquirer and old.id != person_id:
            drop_inquirer(s, old)
        return
    inquiry.organisation_id = None
    person = old if old is not None and old.inquirer else Person()
    if person.id is None:
        s.add(person)
    ik.fill_person(person, data, source, inquirer=True)
    s.flush()
    inquiry.person_id = person.id
    s.flush()
    on = inquiry.received_on if fresh else today
    _follow_up_consent(s, person.id, data.follow_up_consent, consents, source, on, today)


def drop_inquirer(s, person: Person) -> None:
    """The private inquirer is no longer the inquiry's: their data goes unless another
    inquiry still names them (data minimisation)."""
    others = s.scalar(select(func.count(Inquiry.id)).where(Inquiry.person_id == person.id))
    if not others:
        s.delete(person)


def consent_state(s, person_id: int, today: date) -> str:
    """The current state of the follow-up consent ("" when none was recorded)."""
    try:
        pid = cf.purpose_id(s, ik.FOLLOW_UP_PURPOSE)
    except ValidationError:
        return ""
    if pid is None:
        return ""
    state = cf.current_states(s, [person_id], pid, today).get(person_id, {}).get(pid)
    return state.status if state is not None else ""


def _follow_up_consent(
    s,
    person_id: int,
    wanted: bool,
    consents: ConsentService,
    source: str,
    on: date,
    today: date,
) -> None:
    granted = consent_state(s, person_id, today) == GRANTED
    if wanted == granted:
        return
    entry = ConsentInput(ik.FOLLOW_UP_PURPOSE, GRANTED if wanted else WITHDRAWN, on, None, source)
    try:
        consents.record_in(s, person_id, entry, today)
    except ValidationError as exc:
        text = " ".join(exc.errors.values())
        raise ValidationError(
            {"follow_up_consent": _("Einwilligung in Rückfragen: {text}").format(text=text)}
        ) from exc


def data_of(s, inquiry: Inquiry, today: date | None = None) -> IntakeData:
    """The form as stored (for a company its contact by id, no new-contact fields)."""
    data = IntakeData(
        received_on=inquiry.received_on,
        channel=inquiry.channel,
        inquirer_kind=inquiry.inquirer_kind,
        region_id=inquiry.region_id,
        topic_ids=tuple(t.id for t in inquiry.topics),
        description=inquiry.description,
        urgency=inquiry.urgency,
        coordinator_id=inquiry.coordinator_id,
        share_contact=inquiry.share_contact,
    )
    if data.is_company:
        data.organisation_id = inquiry.organisation_id
        data.contact_person_id = inquiry.person_id
        return data
    person = s.get(Person, inquiry.person_id) if inquiry.person_id else None
    if person is not None:
        data.first_name = person.first_name
        data.last_name = person.last_name
        data.phone = person.phone
        data.email = person.email
        data.legal_basis = person.legal_basis
        data.informed_on = person.informed_on
        state = consent_state(s, person.id, today or date.today())
        data.follow_up_consent = state == GRANTED
    return data
