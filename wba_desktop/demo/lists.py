"""Demo Verteiler: two hand-picked lists and two saved filters, so the area is not empty."""

from __future__ import annotations

import random

from sqlalchemy import insert, select

from wba_desktop.models import DistributionList, OrganisationType, distribution_member
from wba_desktop.models.base import utcnow
from wba_desktop.services.verteiler.lists import Criteria


def add_demo_verteiler(session, person_ids: list[int], rng: random.Random) -> int:
    """Insert the demo lists; returns how many were written."""
    kinds = dict(session.execute(select(OrganisationType.name, OrganisationType.id)).all())
    now = utcnow()
    lists = [
        ("Einladung Netzwerktreffen Süd", "static",
         "Gäste des Netzwerktreffens im Frühjahr", Criteria(), 40),
        ("Beirat Fachkräftesicherung", "static",
         "Mitglieder und Stellvertretungen des Beirats", Criteria(), 12),
        ("Kammern (IHK und HWK)", "dynamic", "alle Kontakte bei Industrie- und Handelskammern "
         "und Handwerkskammern",
         Criteria(type_ids=tuple(kinds[k] for k in ("Kammer (IHK)", "Kammer (HWK)") if k in kinds)),
         0),
        ("Geschäftsführungen Ost", "dynamic", "Geschäftsführerinnen und Geschäftsführer in der "
         "WBA-Region Ost", Criteria(wba_regions=("Ost",), functions=("Geschäftsf",)), 0),
    ]  # fmt: skip
    existing = set(session.scalars(select(DistributionList.name)))
    lists = [entry for entry in lists if entry[0] not in existing]  # demo run twice (--force)
    for name, kind, description, criteria, size in lists:
        list_id = session.execute(
            insert(DistributionList)
            .values(
                name=name,
                kind=kind,
                description=description,
                criteria=criteria.to_json(),
                created_at=now,
                updated_at=now,
            )
            .returning(DistributionList.id)
        ).scalar_one()
        members = rng.sample(person_ids, min(size, len(person_ids)))
        if members:
            session.execute(
                insert(distribution_member),
                [{"list_id": list_id, "person_id": p, "added_at": now} for p in members],
            )
    return len(lists)
