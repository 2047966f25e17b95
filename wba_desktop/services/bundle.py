"""All services on one unit-of-work factory, built once by the composition root."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.db.changes import Changes
from wba_desktop.services.directory.activities import ActivityService
from wba_desktop.services.directory.affiliations import AffiliationService
from wba_desktop.services.directory.organisations import OrganisationService
from wba_desktop.services.directory.people import PersonService
from wba_desktop.services.directory.reference import ReferenceService
from wba_desktop.services.directory.relations import RelationService
from wba_desktop.services.directory.search import SearchService
from wba_desktop.services.events.checklist import ChecklistService
from wba_desktop.services.events.invitation_queries import InvitationQueries
from wba_desktop.services.events.invitations import InvitationService
from wba_desktop.services.events.programme import ProgrammeService
from wba_desktop.services.events.records import EventService
from wba_desktop.services.privacy.consents import ConsentService
from wba_desktop.services.privacy.facts import PrivacyFactsService
from wba_desktop.services.shared_settings import AgencySettings, SharedSettings
from wba_desktop.services.verbuende.health import HealthService
from wba_desktop.services.verbuende.members import VerbundMemberService
from wba_desktop.services.verbuende.progress import VerbundProgressService
from wba_desktop.services.verbuende.records import VerbundService
from wba_desktop.services.verteiler.exports import ExportService
from wba_desktop.services.verteiler.lists import VerteilerService

__all__ = ["Changes", "Services"]

if TYPE_CHECKING:
    from wba_desktop.network.map_service import MapService
    from wba_desktop.network.saved_views import SavedViewService
    from wba_desktop.network.service import NetworkService
    from wba_desktop.services.audit import AuditService
    from wba_desktop.services.backups import BackupService
    from wba_desktop.services.dashboard import DashboardService
    from wba_desktop.services.directory.cadence import ContactCadenceService
    from wba_desktop.services.directory.coverage import CoverageService
    from wba_desktop.services.directory.duplicates import DuplicateService
    from wba_desktop.services.directory.followups import FollowUpService
    from wba_desktop.services.directory.merge import MergeService
    from wba_desktop.services.events.exports import EventExportService
    from wba_desktop.services.importing.relations import RelationImportService
    from wba_desktop.services.importing.runs import ImportHistory
    from wba_desktop.services.importing.service import ImportService
    from wba_desktop.services.lotsen.inquiries import InquiryService
    from wba_desktop.services.lotsen.matching import MatchingService
    from wba_desktop.services.lotsen.offers import OfferService
    from wba_desktop.services.lotsen.referrals import ReferralService
    from wba_desktop.services.lotsen.report import LotsenReportService
    from wba_desktop.services.lotsen.retention import InquirerRetention
    from wba_desktop.services.maintenance import MaintenanceService
    from wba_desktop.services.permissions import Permissions
    from wba_desktop.services.presence import PresenceService
    from wba_desktop.services.privacy.erasure import ErasureService
    from wba_desktop.services.privacy.review import ReviewService
    from wba_desktop.services.privacy_log import DisclosureService
    from wba_desktop.services.privacy_report.service import AccessReportService
    from wba_desktop.services.privacy_report.uninformed import UninformedService
    from wba_desktop.services.team_settings import FollowUpSettings, LetterheadService
    from wba_desktop.services.verbuende.report import VerbundReportService


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
    verbund_members: VerbundMemberService
    verbund_progress: VerbundProgressService
    health: HealthService
    events: EventService
    programme: ProgrammeService
    invitations: InvitationService
    invitation_queries: InvitationQueries
    checklists: ChecklistService
    consents: ConsentService
    privacy_facts: PrivacyFactsService

    @classmethod
    def create(cls, uow: UnitOfWorkFactory) -> Services:
        organisations = OrganisationService(uow)
        people = PersonService(uow)
        verteiler = VerteilerService(uow, people)
        settings = SharedSettings(uow)
        return cls(
            uow=uow,
            reference=ReferenceService(uow),
            organisations=organisations,
            people=people,
            affiliations=AffiliationService(uow),
            relations=RelationService(uow),
            search=SearchService(uow),
            verteiler=verteiler,
            exports=ExportService(uow, organisations, people, verteiler),
            settings=settings,
            activities=ActivityService(uow),
            verbuende=VerbundService(uow),
            verbund_members=VerbundMemberService(uow),
            verbund_progress=VerbundProgressService(uow),
            health=HealthService(uow, settings),
            events=EventService(uow),
            programme=ProgrammeService(uow),
            invitations=InvitationService(uow, people, verteiler),
            invitation_queries=InvitationQueries(uow),
            checklists=ChecklistService(uow),
            consents=ConsentService(uow),
            privacy_facts=PrivacyFactsService(uow),
        )

    def set_user_name(self, name: str) -> None:
        """The name written as "changed by" and shown to others on the same database."""
        self.uow.user_name = name

    def subscribe(self, listener: Callable[[Changes], None]) -> Callable[[], None]:
        """Call ``listener(changes)`` after every committed write (on the committing
        thread); returns the function that unsubscribes. The views' change bus uses it."""
        return self.uow.subscribe(listener)

    @property
    def event_exports(self) -> EventExportService:
        """Participant lists and calendar files, loaded on first use (openpyxl, icalendar)."""
        from wba_desktop.services.events.exports import EventExportService

        return EventExportService(
            self.events, self.programme, self.invitation_queries, self.people, self.uow
        )

    @property
    def verbund_reports(self) -> VerbundReportService:
        """Timeline and Excel report of a Verbund, loaded on first use (matplotlib)."""
        from wba_desktop.services.verbuende.report import ReportSources, VerbundReportService

        return VerbundReportService(
            ReportSources(
                self.uow, self.verbuende, self.verbund_members, self.verbund_progress, self.health
            )
        )

    @property
    def importer(self) -> ImportService:
        """The import use case, loaded on first use (the start does not need it)."""
        from wba_desktop.services.importing.service import ImportService

        return ImportService(self.uow)

    @property
    def relation_importer(self) -> RelationImportService:
        """Relations from an edge list or a graph file (GEXF, GraphML)."""
        from wba_desktop.services.importing.relations import RelationImportService

        return RelationImportService(self.uow)

    @property
    def import_history(self) -> ImportHistory:
        """The imports made so far, and „Import rückgängig“."""
        from wba_desktop.services.importing.runs import ImportHistory

        return ImportHistory(self.uow)

    @cached_property
    def network(self) -> NetworkService:
        """The network area (graph, layout, analysis, export), loaded on first use:
        networkx, numpy and scipy stay out of the app's start. One instance, so the
        stored positions are read once and kept in step."""
        from wba_desktop.network.service import NetworkService
        from wba_desktop.services.privacy.consent_filter import allowed
        from wba_desktop.vocab import NETWORK_MAPS

        return NetworkService(
            self.uow,
            reference=self.reference,
            relations=self.relations,
            coverage=self.coverage,
            people_filter=lambda session, ids: allowed(session, ids, NETWORK_MAPS),
        )

    @property
    def saved_views(self) -> SavedViewService:
        """Saved views („Ansichten“) of the network and the map, shared on the database."""
        from wba_desktop.network.saved_views import SavedViewService

        return SavedViewService(self.uow)

    @cached_property
    def coverage(self) -> CoverageService:
        """Who serves which district („Zuständigkeit“): by seat or by coverage."""
        from wba_desktop.services.directory.coverage import CoverageService

        return CoverageService(self.uow)

    @cached_property
    def map(self) -> MapService:
        """The map of Sachsen-Anhalt (numbers per district, ties, export); it uses the
        network's gap analysis, so it comes with the network area."""
        from wba_desktop.network.map_service import MapService

        return MapService(self.uow, self.network)

    @cached_property
    def agency(self) -> AgencySettings:
        """Our agency's own organisation (shared by everyone on the database)."""
        return AgencySettings(self.uow)

    @cached_property
    def letterhead(self) -> LetterheadService:
        """Our agency's name and address on letters and reports (shared)."""
        from wba_desktop.services.team_settings import LetterheadService

        return LetterheadService(self.uow)

    @cached_property
    def follow_up_defaults(self) -> FollowUpSettings:
        """The default follow-up days of contacts and referrals (shared)."""
        from wba_desktop.services.team_settings import FollowUpSettings

        return FollowUpSettings(self.uow)

    @cached_property
    def maintenance(self) -> MaintenanceService:
        """Database health and whether it is still empty (the first-start question)."""
        from wba_desktop.services.maintenance import MaintenanceService

        return MaintenanceService(self.uow)

    @cached_property
    def presence(self) -> PresenceService:
        """Who else has the database open, and what they changed (one instance: it
        remembers which change notices it has seen)."""
        from wba_desktop.services.presence import PresenceService

        return PresenceService(self.uow)

    @cached_property
    def backups(self) -> BackupService:
        """Backups, restore, the portable dump and the transfer into another database
        (policy: keep 10, no age limit; the settings may assign another ``policy``)."""
        from wba_desktop.services.backups import BackupService

        # a restore brings back people erased since the backup: the ledger erases them again
        return BackupService(self.uow, after_restore=[self.erasure.reapply_after_restore])

    @cached_property
    def erasure(self) -> ErasureService:
        """Erasure (Art. 17) as anonymisation, and the erasure ledger."""
        from wba_desktop.services.privacy.erasure import ErasureService

        return ErasureService(self.uow)

    @cached_property
    def inquirer_retention(self) -> InquirerRetention:
        """Private inquirers anonymised N months after their last inquiry was closed."""
        from wba_desktop.services.lotsen.retention import InquirerRetention

        return InquirerRetention(self.uow, self.settings, self.erasure)

    @cached_property
    def review(self) -> ReviewService:
        """The review list (storage limitation) and its "keep" action."""
        from wba_desktop.services.privacy.review import ReviewService

        return ReviewService(self.uow, self.settings)

    @cached_property
    def followups(self) -> FollowUpService:
        """Follow-ups ("Wiedervorlagen") on contacts: due and overdue, marked done."""
        from wba_desktop.services.directory.followups import FollowUpService

        return FollowUpService(self.uow)

    @cached_property
    def merge(self) -> MergeService:
        """Merging two duplicate organisations or people („Zusammenführen“)."""
        from wba_desktop.services.directory.merge import MergeService

        return MergeService(self.uow)

    @cached_property
    def duplicates(self) -> DuplicateService:
        """Likely duplicates already in the directory, and pairs marked „kein Duplikat“."""
        from wba_desktop.services.directory.duplicates import DuplicateService

        return DuplicateService(self.uow, self.settings)

    @cached_property
    def contact_cadence(self) -> ContactCadenceService:
        """Organisations overdue for a contact by their cadence."""
        from wba_desktop.services.directory.cadence import ContactCadenceService

        return ContactCadenceService(self.uow)

    @cached_property
    def permissions(self) -> Permissions:
        """What the login may do on the team database (erase, restore, read the audit
        log); everything on SQLite. Read once, on first use."""
        from wba_desktop.services.permissions import read_permissions

        return read_permissions(self.uow)

    @cached_property
    def disclosures(self) -> DisclosureService:
        """The log of personal data that left the app (e-mails opened from the dialogs;
        the exports log themselves)."""
        from wba_desktop.services.privacy_log import DisclosureService

        return DisclosureService(self.uow)

    @cached_property
    def access_reports(self) -> AccessReportService:
        """The access report (Art. 15 DSGVO) as xlsx or PDF, and finding the person."""
        from wba_desktop.services.privacy_report.service import AccessReportService

        return AccessReportService(self.uow, self.people, self.verteiler, self.agency)

    @cached_property
    def uninformed(self) -> UninformedService:
        """People not yet informed about their data (Art. 14), the letter's mail merge."""
        from wba_desktop.services.privacy_report.uninformed import UninformedService

        return UninformedService(self.uow, self.exports)

    @cached_property
    def audit(self) -> AuditService:
        """The audit log: per record, searched, exported, pruned after its retention."""
        from wba_desktop.services.audit import AuditService

        return AuditService(self.uow, self.settings)

    @cached_property
    def offers(self) -> OfferService:
        """What partners offer („Leistungen“) and the topic list."""
        from wba_desktop.services.lotsen.offers import OfferService

        return OfferService(self.uow)

    @cached_property
    def matching(self) -> MatchingService:
        """The partners who can help with an inquiry, ranked with their reasons."""
        from wba_desktop.services.lotsen.matching import MatchingService

        return MatchingService(self.uow)

    @cached_property
    def inquiries(self) -> InquiryService:
        """Inquiries of the Lotsen desk: intake, list, status flow and its history."""
        from wba_desktop.services.lotsen.inquiries import InquiryService

        return InquiryService(self.uow, self.consents, self.agency)

    @cached_property
    def referrals(self) -> ReferralService:
        """Referrals of inquiries to partners: answer, outcome, the e-mail to the partner."""
        from wba_desktop.services.lotsen.referrals import ReferralService

        return ReferralService(self.uow, self.agency)

    @cached_property
    def lotsen_report(self) -> LotsenReportService:
        """The Lotsen desk in numbers: per month, topic, district, channel, outcome,
        partners; for the report tab, the chart, the map and the ministry's workbook."""
        from wba_desktop.services.lotsen.report import LotsenReportService

        return LotsenReportService(self.uow)

    @cached_property
    def dashboard(self) -> DashboardService:
        """The start page's day in one read (counts, due items, events, health, chart
        data, recent changes)."""
        from wba_desktop.services.dashboard import DashboardService

        return DashboardService(
            self.uow,
            followups=self.followups,
            cadence=self.contact_cadence,
            health=self.health,
            inquiries=self.inquiries,
            audit=self.audit,
            can_read_audit=lambda: self.permissions.can_read_audit,
        )
