"""Demo follow-ups and contacts: so the start page's card „Wiedervorlagen“ and the list
„Kontakt überfällig“ show something on the first start.

Among the key multipliers (influence 4 or 5, of a kind with a contact cadence) some get
recent contacts (they are in cadence), a few a cadence of their own, and a dozen
contacts carry a follow-up: overdue, due in the next days, later, and done – for
invented colleagues and for the user who writes the demo (so „nur meine“ shows
something too).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select, update

from wba_desktop.models import Activity, Affiliation, Organisation, OrganisationType

#: invented colleagues at the agency
COLLEAGUES = ("Jana Ostwald", "Timo Brenner", "Katrin Weidemann")
SUBJECTS = (
    "Fachkräftebedarf abstimmen",
    "Termin für Netzwerktreffen finden",
    "Angebot Qualifizierungsberatung nachreichen",
    "Rückmeldung zur Förderrichtlinie",
    "Kooperationsvereinbarung besprechen",
    "Unterlagen zur Weiterbildungsprämie schicken",
    "Ansprechperson für Ausbildungsverbund klären",
)
#: due in days from today (negative: overdue) and done (days ago) or None
FOLLOW_UPS = ((-21, None), (-9, None), (-4, None), (-1, None), (0, None), (2, None),
              (5, None), (12, None), (30, None), (-15, 10), (-6, 4), (-2, 1))  # fmt: skip


def add_demo_followups(session, rng: random.Random, today: date, own_name: str = "") -> int:
    """Contacts with the key multipliers, some with follow-ups; returns how many."""
    rows = session.execute(
        select(Organisation.id, Affiliation.person_id)
        .join(OrganisationType, OrganisationType.id == Organisation.type_id)
        .outerjoin(Affiliation, Affiliation.organisation_id == Organisation.id)
        .where(
            Organisation.influence >= 4,
            Organisation.active.is_(True),
            OrganisationType.default_cadence_days.is_not(None),
        )
        .order_by(Organisation.id, Affiliation.id)
    ).all()
    people: dict[int, int | None] = {}
    for org_id, person_id in rows:
        people.setdefault(org_id, person_id)
    orgs = list(people)
    if not orgs:
        return 0
    rng.shuffle(orgs)
    names = [*COLLEAGUES, own_name] if own_name else list(COLLEAGUES)
    n = 0
    # in cadence: a recent talk with a third of them
    for org_id in orgs[len(FOLLOW_UPS) : len(FOLLOW_UPS) + len(orgs) // 3]:
        day = today - timedelta(days=rng.randint(3, 60))
        session.add(_contact(org_id, people[org_id], day, "Gespräch", "Austausch zur Lage"))
        n += 1
    for (due, done), org_id in zip(FOLLOW_UPS, orgs, strict=False):
        happened = today + timedelta(days=min(due, 0) - rng.randint(7, 40))
        a = _contact(org_id, people[org_id], happened, rng.choice(("Gespräch", "Telefonat")),
                     rng.choice(SUBJECTS))  # fmt: skip
        a.due_on = today + timedelta(days=due)
        a.responsible = names[n % len(names)]
        a.done_on = None if done is None else today - timedelta(days=done)
        session.add(a)
        n += 1
    # a few key partners want more frequent contact than their kind
    # (a plain update: the demo writes first versions, as if entered that way)
    table = Organisation.__table__
    for org_id, days in zip(orgs[-3:], (30, 45, 60), strict=False):
        session.execute(update(table).where(table.c.id == org_id).values(contact_cadence_days=days))
    return n


def _contact(org_id: int, person_id: int | None, day: date, kind: str, subject: str) -> Activity:
    return Activity(
        happened_on=day, kind=kind, subject=subject, organisation_id=org_id, person_id=person_id
    )
