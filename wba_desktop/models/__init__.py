"""SQLAlchemy entities. No Qt here."""

from wba_desktop.models.base import Base
from wba_desktop.models.directory import (
    Affiliation,
    Organisation,
    Person,
    Relation,
    organisation_tag,
    person_tag,
)
from wba_desktop.models.distribution import DistributionList, distribution_member
from wba_desktop.models.reference import OrganisationType, Region, RelationType, Tag

__all__ = [
    "Affiliation",
    "Base",
    "DistributionList",
    "Organisation",
    "OrganisationType",
    "Person",
    "Region",
    "Relation",
    "RelationType",
    "Tag",
    "distribution_member",
    "organisation_tag",
    "person_tag",
]
