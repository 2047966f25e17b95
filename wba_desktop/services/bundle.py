"""All services on one unit-of-work factory, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.services.affiliations import AffiliationService
from wba_desktop.services.organisations import OrganisationService
from wba_desktop.services.people import PersonService
from wba_desktop.services.reference import ReferenceService
from wba_desktop.services.relations import RelationService
from wba_desktop.services.search import SearchService
from wba_desktop.services.verteiler import VerteilerService


@dataclass(frozen=True)
class Services:
    uow: UnitOfWorkFactory
    reference: ReferenceService
    organisations: OrganisationService
    people: PersonService
    affiliations: AffiliationService
    relations: RelationService
    search: SearchService
    verteiler: VerteilerService

    @classmethod
    def create(cls, uow: UnitOfWorkFactory) -> Services:
        people = PersonService(uow)
        return cls(
            uow=uow,
            reference=ReferenceService(uow),
            organisations=OrganisationService(uow),
            people=people,
            affiliations=AffiliationService(uow),
            relations=RelationService(uow),
            search=SearchService(uow),
            verteiler=VerteilerService(uow, people),
        )
