"""The demo's offers („Leistungen“): what the public institutions and the invented
partners help with, so the Lotsen desk's matching has something real to rank.

By kind: an Agentur für Arbeit advises on funding under the
Qualifizierungschancengesetz, on continuing education, retraining and partial
qualifications; a Jobcenter on retraining and language courses for job seekers; the
chambers (IHK, HWK) on adaptation training, apprenticeships and the recognition of
foreign qualifications; unions, employers' associations, business development
agencies, municipalities and the others what fits them. Training providers get two to
four topics from their name, sectors and tags. Most offers serve where the
organisation is there (seat and coverage: no districts of their own); some providers
name their district and a neighbour. The contact person is one of the organisation's
own people where it has some.

Written with Core ``executemany`` like the directory (:func:`add_demo_offers`).
"""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy import func, insert, select, text

from wba_desktop.models.lotsen import OfferTopic, OrganisationOffer, offer_region

CHUNK = 5000

QCG = "Förderberatung Qualifizierungschancengesetz"
ADVICE = "Weiterbildungsberatung"
PREMIUM = "Bildungsprämie/Bildungsscheck"
ADAPT = "Anpassungsqualifizierung"
RETRAIN = "Umschulung"
PARTIAL = "Teilqualifizierung"
DIGITAL = "Digitalisierung"
APPRENTICE = "Ausbildung/Nachwuchs"
SME = "Fachkräftesicherung KMU"
RECOGNITION = "Anerkennung ausländischer Abschlüsse"
LANGUAGE = "Sprachförderung"

EMP, SEEK, FIRM, KMU, YOUNG = "Beschäftigte", "Arbeitsuchende", "Unternehmen", "KMU", "Jugendliche"

#: kind -> (chance that an organisation of that kind offers anything,
#:          [(topic, target groups, chance of this topic)])
BY_KIND: dict[str, tuple[float, list[tuple[str, tuple[str, ...], float]]]] = {
    "AA": (
        1.0,
        [
            (QCG, (FIRM, KMU, EMP), 1.0),
            (ADVICE, (EMP, SEEK), 1.0),
            (RETRAIN, (SEEK, EMP), 1.0),
            (PARTIAL, (SEEK, EMP), 1.0),
            (RECOGNITION, (SEEK,), 0.5),
        ],
    ),
    "JC": (
        1.0,
        [
            (RETRAIN, (SEEK,), 1.0),
            (PARTIAL, (SEEK,), 0.9),
            (LANGUAGE, (SEEK,), 0.8),
            (ADVICE, (SEEK,), 0.7),
        ],
    ),
    "IHK": (
        1.0,
        [
            (ADAPT, (EMP, FIRM), 1.0),
            (APPRENTICE, (FIRM, YOUNG), 1.0),
            (RECOGNITION, (EMP, SEEK), 1.0),
            (ADVICE, (FIRM, EMP), 1.0),
            (SME, (KMU,), 0.8),
        ],
    ),
    "HWK": (
        1.0,
        [
            (ADAPT, (EMP, FIRM), 1.0),
            (APPRENTICE, (FIRM, YOUNG), 1.0),
            (RECOGNITION, (EMP, SEEK), 1.0),
            (ADVICE, (KMU, EMP), 1.0),
            (DIGITAL, (KMU,), 0.7),
        ],
    ),
    "GEW": (0.9, [(ADVICE, (EMP,), 1.0), (PREMIUM, (EMP,), 0.6), (DIGITAL, (EMP,), 0.3)]),
    "AGV": (0.9, [(SME, (FIRM, KMU), 1.0), (APPRENTICE, (FIRM,), 0.7), (QCG, (FIRM,), 0.4)]),
    "WIFOE": (0.9, [(SME, (KMU,), 1.0), (QCG, (KMU,), 0.6), (DIGITAL, (KMU,), 0.6)]),
    "KOM": (0.45, [(APPRENTICE, (YOUNG,), 0.7), (LANGUAGE, (SEEK,), 0.5)]),
    "LAND": (0.3, [(PREMIUM, (EMP, KMU), 1.0)]),
    "VERB": (0.6, [(APPRENTICE, (FIRM, YOUNG), 0.9), (ADAPT, (EMP,), 0.5)]),
    "HS": (0.6, [(ADAPT, (EMP, FIRM), 0.9), (DIGITAL, (EMP, FIRM), 0.7)]),
    "INIT": (0.5, [(SME, (KMU,), 0.7), (RECOGNITION, (SEEK, EMP), 0.5)]),
    "VEREIN": (0.3, [(LANGUAGE, (SEEK, YOUNG), 0.8), (RECOGNITION, (SEEK,), 0.5)]),
    "SCHULE": (0.4, [(APPRENTICE, (YOUNG,), 1.0)]),
}
#: what a training provider's name, sectors or tags say it teaches
PROVIDER_HINTS = (
    (("sprach",), LANGUAGE),
    (("it-", "it/", "digital"), DIGITAL),
    (("pflege", "gesundheit"), RETRAIN),
    (("technik", "metall", "schweiß", "logistik"), PARTIAL),
    (("ausbildung", "berufsorientierung"), APPRENTICE),
    (("integration",), RECOGNITION),
    (("förderprogramme",), PREMIUM),
    (("weiterbildungsberatung",), ADVICE),
)
PROVIDER_TOPICS = (ADAPT, RETRAIN, PARTIAL, DIGITAL, LANGUAGE, ADVICE, APPRENTICE)
PROVIDER_GROUPS = {
    LANGUAGE: (SEEK, EMP),
    DIGITAL: (EMP, KMU),
    RETRAIN: (SEEK,),
    PARTIAL: (SEEK, EMP),
    APPRENTICE: (YOUNG, FIRM),
    RECOGNITION: (SEEK, EMP),
    PREMIUM: (EMP,),
    ADVICE: (EMP, SEEK),
    ADAPT: (EMP, FIRM),
}
NOTES = (
    "Termine nach Vereinbarung",
    "Beratung auch online",
    "Sprechtage in den Außenstellen",
    "kostenfrei",
    "Kurse starten monatlich",
    "auch in Teilzeit",
)


def _provider_topics(rng: random.Random, org: dict, tags: list[str]) -> list[str]:
    words = " ".join([org["name"], org["sectors"], *tags]).lower()
    found = [topic for keys, topic in PROVIDER_HINTS if any(k in words for k in keys)]
    topics = list(dict.fromkeys(found))
    want = rng.randint(2, 4)
    others = [t for t in PROVIDER_TOPICS if t not in topics]
    rng.shuffle(others)
    return (topics + others)[: max(want, min(len(topics), 4))]


def build_offers(
    rng: random.Random, b, topic_ids: dict[str, int], today: date
) -> tuple[list[dict], list[dict]]:
    """Rows of ``organisation_offer`` and ``offer_region`` for the directory of ``b``
    (a ``DirectoryBuilder``), ids from 1 (the caller adds its base)."""
    people: dict[int, list[int]] = {}
    for a in b.affiliations:
        if a["valid_until"] is None or a["valid_until"] >= today:
            people.setdefault(a["organisation_id"], []).append(a["person_id"])
    tags: dict[int, list[str]] = {}
    for idx, tag in b.org_tags:
        tags.setdefault(idx, []).append(tag)
    wba_keys = {k for k in b.keys if k.startswith("wba_")}  # our own agencies: no partners
    own = {b.keys[k] for k in wba_keys}
    by_wba: dict[str, list[int]] = {}
    wba_of: dict[int, str] = {}
    for rid, wba in b.ref["regions"].values():
        by_wba.setdefault(wba, []).append(rid)
        wba_of[rid] = wba
    offers: list[dict] = []
    regions: list[dict] = []
    for idx, org in enumerate(b.orgs):
        kind = b.meta[idx][0]
        if idx in own:
            continue
        if kind == "BT":
            chosen = [
                (t, PROVIDER_GROUPS[t]) for t in _provider_topics(rng, org, tags.get(idx, []))
            ]
        elif kind in BY_KIND:
            chance, menu = BY_KIND[kind]
            if rng.random() >= chance:
                continue
            chosen = [(t, g) for t, g, p in menu if p >= 1.0 or rng.random() < p]
        else:
            continue
        staff = people.get(org["id"], [])
        own_regions = kind == "BT" and rng.random() < 0.25
        for topic, groups in chosen:
            offer_id = len(offers) + 1
            offers.append(
                {
                    "id": offer_id,
                    "organisation_id": org["id"],
                    "topic_id": topic_ids[topic],
                    "target_groups": ";".join(groups),
                    "contact_person_id": rng.choice(staff)
                    if staff and rng.random() < 0.8
                    else None,
                    "note": rng.choice(NOTES) if rng.random() < 0.15 else "",
                    "created_at": b.now,
                    "updated_at": b.now,
                    "updated_by": "",
                }
            )
            if own_regions:  # the seat's district and a neighbour in its WBA region
                seat = org["region_id"]
                near = [r for r in by_wba[wba_of[seat]] if r != seat]
                chosen_regions = [seat, *rng.sample(near, min(1, len(near)))]
                regions.extend({"offer_id": offer_id, "region_id": r} for r in chosen_regions)
    return offers, regions


def add_demo_offers(uow, b, rng: random.Random, today: date) -> int:
    """Write the demo's offers (after the directory); returns how many."""
    s = uow.session
    topic_ids = dict(s.execute(select(OfferTopic.name, OfferTopic.id)).all())
    missing = {t for _c, menu in BY_KIND.values() for t, _g, _p in menu} - set(topic_ids)
    if missing:  # the topic list was edited: leave the offers out rather than fail
        return 0
    offers, regions = build_offers(rng, b, topic_ids, today)
    base = s.scalar(select(func.max(OrganisationOffer.id))) or 0
    for row in offers:
        row["id"] += base
    for row in regions:
        row["offer_id"] += base
    for table, rows in ((OrganisationOffer.__table__, offers), (offer_region, regions)):
        for start in range(0, len(rows), CHUNK):
            s.execute(insert(table), rows[start : start + CHUNK])
    if uow.dialect == "postgresql" and offers:  # explicit ids do not advance the sequence
        s.execute(
            text(
                "SELECT setval(pg_get_serial_sequence('organisation_offer', 'id'), "
                "(SELECT MAX(id) FROM organisation_offer))"
            )
        )
    return len(offers)
