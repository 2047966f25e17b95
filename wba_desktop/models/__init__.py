"""SQLAlchemy entities. No Qt here."""

from wba_desktop.models.activity import Activity
from wba_desktop.models.base import Base
from wba_desktop.models.consent import ConsentEvent, ConsentPurpose
from wba_desktop.models.directory import (
    Affiliation,
    Organisation,
    Person,
    Relation,
    organisation_coverage,
    organisation_tag,
    person_tag,
)
from wba_desktop.models.distribution import DistributionList, distribution_member
from wba_desktop.models.event import (
    ChecklistItem,
    Event,
    EventSession,
    Invitation,
    InvitationChange,
    SessionAttendee,
    SessionPerson,
    event_organiser,
    event_verbund,
)
from wba_desktop.models.imports import ImportChange, ImportRun
from wba_desktop.models.lotsen import (
    Inquiry,
    InquiryChange,
    OfferTopic,
    OrganisationOffer,
    Referral,
    inquiry_topic,
    offer_region,
)
from wba_desktop.models.network import LayoutPosition, SavedView
from wba_desktop.models.presence import AppSession, ChangeNotice
from wba_desktop.models.privacy import AuditEntry, Disclosure, ErasureRecord, disclosure_person
from wba_desktop.models.reference import OrganisationType, Region, RelationType, Tag
from wba_desktop.models.setting import AppSetting
from wba_desktop.models.verbund import (
    Verbund,
    VerbundBoardSeat,
    VerbundFigure,
    VerbundMember,
    VerbundPhase,
    VerbundTask,
    verbund_region,
)

__all__ = [
    "Activity",
    "Affiliation",
    "AppSession",
    "AppSetting",
    "AuditEntry",
    "ChangeNotice",
    "Base",
    "ChecklistItem",
    "ConsentEvent",
    "ConsentPurpose",
    "Disclosure",
    "DistributionList",
    "ErasureRecord",
    "Event",
    "ImportChange",
    "ImportRun",
    "Inquiry",
    "InquiryChange",
    "OfferTopic",
    "OrganisationOffer",
    "Referral",
    "inquiry_topic",
    "offer_region",
    "EventSession",
    "Invitation",
    "InvitationChange",
    "LayoutPosition",
    "Organisation",
    "OrganisationType",
    "Person",
    "Region",
    "Relation",
    "SavedView",
    "RelationType",
    "SessionAttendee",
    "SessionPerson",
    "Tag",
    "Verbund",
    "VerbundBoardSeat",
    "VerbundFigure",
    "VerbundMember",
    "VerbundPhase",
    "VerbundTask",
    "disclosure_person",
    "distribution_member",
    "event_organiser",
    "event_verbund",
    "organisation_coverage",
    "organisation_tag",
    "person_tag",
    "verbund_region",
]
