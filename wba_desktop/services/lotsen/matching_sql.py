"""The statements of the matching (:mod:`.matching`), built once with named parameters:
``region_id`` (the inquirer's district), ``topic_ids`` (the inquiry's topics, an
expanding list), ``today``, ``since`` (a year ago), ``own_id`` (our agency) and
``inquiry_id`` (the inquiry whose own referrals do not count; 0 for none).

Built once, because the matching runs while the coordinator types: building and
keying a statement anew each time costs about as much as running a small one.
"""

from __future__ import annotations

from sqlalchemy import (
    Integer,
    and_,
    bindparam,
    case,
    exists,
    func,
    or_,
    select,
    type_coerce,
    union_all,
)

from wba_desktop.models import Organisation, OrganisationType, Region, organisation_coverage
from wba_desktop.models.activity import Activity
from wba_desktop.models.directory import Person, Relation
from wba_desktop.models.lotsen import (
    DECLINED,
    SUCCESSES,
    OrganisationOffer,
    Referral,
    inquiry_topic,
    offer_region,
)
from wba_desktop.models.reference import RelationType

_region = bindparam("region_id", type_=Integer)
_topics = bindparam("topic_ids", expanding=True)
_today = bindparam("today")


def _flag(condition):
    """An EXISTS as a plain 0/1 (no result processing per row; bool() reads both)."""
    return type_coerce(exists().where(*condition), Integer)


def _active(org=Organisation):
    # coalesce(): SQLite (without ANALYZE) would otherwise walk every active
    # organisation by its ``active`` index instead of the few it needs by key
    return func.coalesce(org.active, False).is_(True)


_offer = OrganisationOffer
#: the offers on the topics of active organisations, with organisation, kind, seat,
#: contact person and whether they serve the district (the offer's own districts; the
#: seat; the coverage): the candidate fetch (the benchmark's peer runs it raw)
CANDIDATES = (
    select(
        _offer.organisation_id,
        _offer.topic_id,
        _offer.target_groups,
        Organisation.name,
        OrganisationType.name.label("kind"),
        Organisation.region_id.label("seat_id"),
        Region.name.label("seat"),
        Person.id.label("contact_id"),
        _flag([offer_region.c.offer_id == _offer.id]).label("has_regions"),
        _flag([offer_region.c.offer_id == _offer.id, offer_region.c.region_id == _region]).label(
            "in_regions"
        ),
        _flag(
            [
                organisation_coverage.c.organisation_id == _offer.organisation_id,
                organisation_coverage.c.region_id == _region,
            ]
        ).label("covered"),
    )
    .join(Organisation, Organisation.id == _offer.organisation_id)
    .join(OrganisationType, OrganisationType.id == Organisation.type_id)
    .outerjoin(Region, Region.id == Organisation.region_id)
    .outerjoin(
        Person,
        and_(
            Person.id == _offer.contact_person_id,
            Person.active.is_(True),
            Person.inquirer.is_(False),
        ),
    )
    .where(_offer.topic_id.in_(_topics), _active())
)

#: the organisations with an offer on one of the topics (a subquery)
_offering = select(_offer.organisation_id).where(_offer.topic_id.in_(_topics))

#: per organisation: finished referrals on the topics (an outcome, or declined) and
#: the successful ones; one row per referral, as (inquiry, organisation) is unique
HISTORY = (
    select(
        Referral.organisation_id,
        func.count(),
        func.sum(case((Referral.outcome.in_(SUCCESSES), 1), else_=0)),
    )
    .where(
        Referral.inquiry_id.in_(
            select(inquiry_topic.c.inquiry_id).where(inquiry_topic.c.topic_id.in_(_topics))
        ),
        Referral.inquiry_id != bindparam("inquiry_id", type_=Integer),
        or_(Referral.outcome != "", Referral.answer == DECLINED),
    )
    .group_by(Referral.organisation_id)
)

#: contacts of the offering organisations in the last 12 months, by the index on
#: (organisation, day): a year of everyone's contacts is many more rows
CONTACTS = (
    select(Activity.organisation_id, func.count())
    .where(
        Activity.organisation_id.in_(
            select(OrganisationOffer.organisation_id).where(OrganisationOffer.topic_id.in_(_topics))
        ),
        Activity.happened_on >= bindparam("since"),
        Activity.happened_on <= _today,
    )
    .group_by(Activity.organisation_id)
)

_current = or_(Relation.valid_until.is_(None), Relation.valid_until >= _today)
_own = bindparam("own_id", type_=Integer)
#: the current relations of our agency, with their type, the strongest first
RELATIONS_WITH_US = (
    select(Relation.source_id, Relation.target_id, RelationType.name)
    .join(RelationType, RelationType.id == Relation.type_id)
    .where(or_(Relation.source_id == _own, Relation.target_id == _own), _current)
    .order_by(Relation.strength.desc(), Relation.id)
)


def _step(cand, via):
    """Current relations from an offering organisation (``cand``, by its index) to an
    active one seated in or covering the district (``via``, checked by its key)."""
    present = or_(
        Organisation.region_id == _region,
        exists().where(
            organisation_coverage.c.organisation_id == Organisation.id,
            organisation_coverage.c.region_id == _region,
        ),
    )
    return (
        select(cand, via, Relation.strength, Organisation.name, Organisation.region_id)
        .join(Organisation, Organisation.id == via)
        .where(cand.in_(_offering), _current, _active(), present)
    )


#: (candidate, introducer, strength, introducer's name and seat) for the network step
NETWORK_STEP = union_all(
    _step(Relation.source_id, Relation.target_id),
    _step(Relation.target_id, Relation.source_id),
)

#: the matches' contact persons
PEOPLE = select(Person.id, Person.title, Person.first_name, Person.last_name).where(
    Person.id.in_(bindparam("person_ids", expanding=True))
)
