"""All services on one unit-of-work factory, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.services.activities import ActivityService
from wba_desktop.services.affiliations import AffiliationService
from wba_desktop.services.event_checklist import ChecklistService
from wba_desktop.services.events import EventService
from wba_desktop.services.exports import ExportService
from wba_desktop.services.invitations import InvitationService
from wba_desktop.services.organisations import OrganisationService
from wba_desktop.services.people import PersonService
from wba_desktop.services.reference import ReferenceService
from wba_desktop.services.relations import RelationService
from wba_desktop.services.search import SearchService
from wba_desktop.services.shared_settings import SharedSettings
from wba_desktop.services.verbuende import VerbundService
from wba_desktop.services.verbund_health import HealthService
from wba_desktop.services.verbund_parts import VerbundPartsService
from wba_desktop.services.verteiler import VerteilerService

if TYPE_CHECKING:
    from wba_desktop.services.event_exports import EventExportService
    from wba_desktop.services.importer import ImportService


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
    exports: ExportService
    settings: SharedSettings
    activities: ActivityService
    verbuende: VerbundService
    verbund_parts: VerbundPartsService
    health: HealthService
    events: EventService
    invitations: InvitationService
    checklists: ChecklistService

    @classmethod
    def create(cls, uow: UnitOfWorkFactory) -> Services:
        people = PersonService(uow)
        verteiler = VerteilerService(uow, people)
        events = EventService(uow)
        invitations = InvitationService(uow, people, verteiler)
        base = cls(
            uow=uow,
            reference=ReferenceService(uow),
            organisations=OrganisationService(uow),
            people=people,
            affiliations=AffiliationService(uow),
            relations=RelationService(uow),
            search=SearchService(uow),
            verteiler=verteiler,
            exports=None,  # type: ignore[arg-type]  # set below: it uses the others
            settings=SharedSettings(uow),
            activities=ActivityService(uow),
            verbuende=VerbundService(uow),
            verbund_parts=VerbundPartsService(uow),
            health=HealthService(uow),
            events=events,
            invitations=invitations,
            checklists=ChecklistService(uow),
        )
        return replace(base, exports=ExportService(uow, base))

    @property
    def event_exports(self) -> EventExportService:
        """Participant lists and calendar files, loaded on first use (openpyxl, icalendar)."""
        from wba_desktop.services.event_exports import EventExportService

        return EventExportService(self.uow, self.events, self.invitations, self.people)

    @property
    def importer(self) -> ImportService:
        """The import use case, loaded on first use (the start does not need it)."""
        from wba_desktop.services.importer import ImportService

        return ImportService(self.uow)
