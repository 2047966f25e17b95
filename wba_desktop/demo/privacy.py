"""Demo data protection: legal bases, sources and informed dates per person, a few
restrictions and objections, and consent histories in every state (granted, withdrawn,
expired, none), so that Extras › "Einladungen nur mit Einwilligung" gives sensible,
non-empty invitation lists. Everything is invented.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import bindparam, insert, select, update

from wba_desktop.models import ConsentEvent, ConsentPurpose, DistributionList, Person
from wba_desktop.models.base import utcnow

#: (legal basis, weight)
BASES = (
    ("berechtigtes Interesse", 45),
    ("Einwilligung", 35),
    ("öffentliche Aufgabe", 15),
    ("Vertrag", 5),
)
SOURCES = (
    "Anmeldebogen Netzwerktreffen 2025",
    "Visitenkarte Kongress 2026",
    "Website der Kammer",
    "Teilnehmerliste Fachtag Fachkräftesicherung 2025",
    "Empfehlung durch Verbundpartner",
    "Telefonat",
    "Anmeldebogen Netzwerktreffen 2024",
    "Online-Anmeldung Infoveranstaltung",
)
#: purpose -> (chance of a grant, chance that a grant was withdrawn, chance of an end date)
CONSENT_ODDS = {
    "Veranstaltungseinladungen": (0.75, 0.08, 0.10),
    "Newsletter": (0.6, 0.12, 0.0),
    "Fotos": (0.3, 0.05, 0.6),
    "Darstellung in Netzwerkkarten": (0.5, 0.06, 0.0),
}
WORDINGS = ("Fassung 2024-01", "Fassung 2025-01", "Fassung 2025-09")
RECORDED_BY = "Demodaten"


def add_demo_privacy(session, person_ids: list[int], rng: random.Random, today: date) -> int:
    """Facts for every person and consent events for many; returns how many events."""
    purposes = dict(session.execute(select(ConsentPurpose.name, ConsentPurpose.id)).all())
    facts, events = [], []
    now = utcnow()
    names, weights = zip(*BASES, strict=True)
    for pid in person_ids:
        basis = rng.choices(names, weights)[0]
        source = rng.choice(SOURCES)
        first_seen = today - timedelta(days=rng.randint(20, 1500))
        informed = first_seen + timedelta(days=rng.randint(0, 25)) if rng.random() < 0.8 else None
        if informed is not None and informed > today:
            informed = today
        objected = None
        if basis == "berechtigtes Interesse" and rng.random() < 0.015:
            objected = today - timedelta(days=rng.randint(1, 300))
        facts.append(
            {
                "pid": pid,
                "legal_basis": basis,
                "data_source": source,
                "informed_on": informed,
                "restricted": rng.random() < 0.01,
                "objected_on": objected,
            }
        )
        if rng.random() > (0.9 if basis == "Einwilligung" else 0.45):
            continue  # no consent recorded at all
        for purpose, (grant, withdraw, ends) in CONSENT_ODDS.items():
            if purpose not in purposes or rng.random() > grant:
                continue
            granted = first_seen + timedelta(days=rng.randint(0, 30))
            granted = min(granted, today - timedelta(days=1))
            until = None
            if rng.random() < ends:  # a consent for a limited time: some have run out
                until = granted + timedelta(days=rng.choice((180, 365, 730)))
            base = {
                "person_id": pid,
                "purpose_id": purposes[purpose],
                "source": source,
                "wording_version": rng.choice(WORDINGS),
                "note": "",
                "recorded_by": RECORDED_BY,
                "recorded_at": now,
            }
            events.append(
                {**base, "status": "erteilt", "effective_on": granted, "expires_on": until}
            )
            if rng.random() < withdraw and granted < today:
                gone = granted + timedelta(days=rng.randint(1, max(1, (today - granted).days)))
                events.append(
                    {
                        **base,
                        "status": "widerrufen",
                        "effective_on": min(gone, today),
                        "expires_on": None,
                        "source": rng.choice(("E-Mail", "Telefonat", "Abmeldelink Newsletter")),
                    }
                )
    table = Person.__table__
    if facts:
        session.execute(
            update(table)
            .where(table.c.id == bindparam("pid"))
            .values(
                legal_basis=bindparam("legal_basis"),
                data_source=bindparam("data_source"),
                informed_on=bindparam("informed_on"),
                restricted=bindparam("restricted"),
                objected_on=bindparam("objected_on"),
            ),
            facts,
        )
    for start in range(0, len(events), 5000):
        session.execute(insert(ConsentEvent.__table__), events[start : start + 5000])
    # the invitation list of the spring meeting is bound to its purpose
    session.execute(
        update(DistributionList.__table__)
        .where(DistributionList.__table__.c.name == "Einladung Netzwerktreffen Süd")
        .values(purpose_id=purposes.get("Veranstaltungseinladungen"))
    )
    return len(events)
