"""The rewrite of one person for an erasure (``erasure.ErasureService``): the person's
own fields emptied and the name neutral, invitations keep the organisation the person
came from, and every other free text that names the person swept (``erasure_rules``).
Runs inside the erasure's transaction; the name-finding words are read before it."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from wba_desktop.models import Affiliation, Person
from wba_desktop.models.event import Invitation
from wba_desktop.services.privacy import erasure_rules as rules
from wba_desktop.text.fold import search_key, sort_key


def neutral_name(person_id: int) -> str:
    return f"Person {person_id} (anonymisiert)"


def identity(p: Person) -> dict[str, str]:
    """What the change log's scrub looks for."""
    return {k: getattr(p, k) for k in ("first_name", "last_name", "email", "phone", "mobile")}


def unique_last(s: Session, p: Person) -> bool:
    """True when nobody else bears ``p``'s last name."""
    others = select(func.count()).where(
        func.lower(Person.last_name) == p.last_name.lower(), Person.id != p.id
    )
    return s.scalar(others) == 0


def needles(p: Person, last_alone: bool) -> list[str]:
    return rules.needles(
        p.first_name,
        p.last_name,
        title=p.title,
        salutation=p.salutation,
        email=p.email,
        phones=tuple(x for x in (p.phone, p.mobile) if x),
        last_alone=last_alone,
    )


def erase_person(s: Session, p: Person, today: date, planned: tuple | None = None) -> set[str]:
    """The rewrite of one person inside the erasure's transaction; ``planned``: what
    :meth:`ErasureService._plan` read before (a stale plan is noticed by the sweep)."""
    last_alone = planned[0] if planned is not None else unique_last(s, p)
    words = needles(p, last_alone)
    _keep_origin(s, p.id)
    touched = rules.apply_rules(s, p.id, inquirer=p.inquirer)
    p.salutation = p.title = p.first_name = ""
    p.last_name = neutral_name(p.id)
    p.email = p.phone = p.mobile = p.preferred_channel = p.notes = ""
    p.data_source = p.review_note = ""
    p.review_after = None  # the tags went with the person_tag rows (rules.DELETES)
    p.active = False
    p.anonymised_on = today
    p.search_key = search_key(p.last_name)
    p.sort_key = sort_key(p.last_name)
    s.flush()
    plan = planned[1] if planned is not None else None
    return touched | rules.sweep(s, words, skip_row=("person", p.id), plan=plan)


def _keep_origin(s: Session, person_id: int) -> None:
    """Invitations without an organisation get the person's primary (else any)
    organisation before the affiliations go: its kind and district stay countable."""
    org = s.scalar(
        select(Affiliation.organisation_id)
        .where(Affiliation.person_id == person_id)
        .order_by(Affiliation.is_primary.desc(), Affiliation.id)
        .limit(1)
    )
    if org is not None:
        s.execute(
            update(Invitation)
            .where(Invitation.person_id == person_id, Invitation.organisation_id.is_(None))
            .values(organisation_id=org),
            execution_options={"synchronize_session": False},
        )
