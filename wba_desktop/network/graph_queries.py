"""The filters of the network graph as two Core queries: the organisations that pass
the filters (with kind, district and tags joined) and the relations that pass the
relation filters (type, minimum strength, date). ``graph`` runs them and assembles
the graph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import and_, or_, select

from wba_desktop.models import (
    Organisation,
    OrganisationType,
    Region,
    Relation,
    RelationType,
    Tag,
    organisation_tag,
)

if TYPE_CHECKING:
    from wba_desktop.network.options import GraphOptions


def node_filter(options: GraphOptions):
    """The WHERE clause for organisations (the focus passes any filter)."""
    conds = []
    if options.type_ids:
        conds.append(Organisation.type_id.in_(options.type_ids))
    if options.region_ids:
        conds.append(Organisation.region_id.in_(options.region_ids))
    if options.wba_regions:
        conds.append(Region.wba_region.in_(options.wba_regions))
    if options.tag_ids:
        tagged = select(organisation_tag.c.organisation_id).where(
            organisation_tag.c.tag_id.in_(options.tag_ids)
        )
        conds.append(Organisation.id.in_(tagged))
    if not options.include_inactive:
        conds.append(Organisation.active.is_(True))
    clause = and_(*conds) if conds else None
    if options.focus_id is not None and clause is not None:
        clause = or_(clause, Organisation.id == options.focus_id)
    return clause


def node_rows(options: GraphOptions):
    """Organisations passing the filters, one row per tag, ordered by id."""
    stmt = (
        select(
            Organisation.id,
            Organisation.name,
            Organisation.short_name,
            Organisation.type_id,
            OrganisationType.name,
            OrganisationType.colour,
            OrganisationType.is_multiplier,
            Organisation.region_id,
            Region.name,
            Region.wba_region,
            Organisation.active,
            Organisation.influence,
            Organisation.interest,
            Tag.name,
        )
        .join(OrganisationType, OrganisationType.id == Organisation.type_id)
        .outerjoin(Region, Region.id == Organisation.region_id)
        .outerjoin(organisation_tag, organisation_tag.c.organisation_id == Organisation.id)
        .outerjoin(Tag, Tag.id == organisation_tag.c.tag_id)
        .order_by(Organisation.id, Tag.name)
    )
    clause = node_filter(options)
    return stmt.where(clause) if clause is not None else stmt


def id_subquery(options: GraphOptions):
    """The ids of the organisations passing the filters (None: no filter)."""
    stmt = select(Organisation.id)
    if options.wba_regions:
        stmt = stmt.outerjoin(Region, Region.id == Organisation.region_id)
    clause = node_filter(options)
    return stmt.where(clause) if clause is not None else None


def relation_rows(options: GraphOptions):
    """Relations passing the relation filters, from an organisation of the selection."""
    stmt = select(
        Relation.id,
        Relation.source_id,
        Relation.target_id,
        Relation.strength,
        Relation.valid_from,
        Relation.valid_until,
        RelationType.id,
        RelationType.name,
        RelationType.forward_label,
        RelationType.directed,
        RelationType.reverse_label,
    ).join(RelationType, RelationType.id == Relation.type_id)
    ids = id_subquery(options)
    if ids is not None:
        # one side only: with both, SQLite (no ANALYZE) probes the (source, target) index
        # for every pair of ids; the target side is checked in Python instead
        stmt = stmt.where(Relation.source_id.in_(ids))
    if options.relation_type_ids:
        stmt = stmt.where(Relation.type_id.in_(options.relation_type_ids))
    if options.min_strength > 1:
        stmt = stmt.where(Relation.strength >= options.min_strength)
    if options.as_of is not None:
        d = options.as_of
        stmt = stmt.where(
            or_(Relation.valid_from.is_(None), Relation.valid_from <= d),
            or_(Relation.valid_until.is_(None), Relation.valid_until >= d),
        )
    return stmt.order_by(Relation.id)
