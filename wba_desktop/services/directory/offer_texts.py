"""An organisation's offers („Leistungen“) as text, for the lists and the export (the
offers themselves are kept by ``services.offers``)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from wba_desktop.models.lotsen import TARGET_GROUPS, OfferTopic, OrganisationOffer


def offer_texts(session, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """{organisation id: (its offers' topics, their target groups)}, each "; "-joined in
    the order of the topic list and of ``TARGET_GROUPS``: the export's „Leistungen“ and
    „Zielgruppen“, which the import reads back."""
    topics: dict[int, list[str]] = {}
    groups: dict[int, set[str]] = {}
    stmt = (
        select(OrganisationOffer.organisation_id, OfferTopic.name, OrganisationOffer.target_groups)
        .join(OfferTopic, OfferTopic.id == OrganisationOffer.topic_id)
        .where(OrganisationOffer.organisation_id.in_(ids))
        .order_by(OfferTopic.sort_order, OfferTopic.id)
    )
    for oid, name, target_groups in session.execute(stmt):
        topics.setdefault(oid, []).append(name)
        groups.setdefault(oid, set()).update(g for g in target_groups.split(";") if g)
    return {
        oid: ("; ".join(names), "; ".join(g for g in TARGET_GROUPS if g in groups[oid]))
        for oid, names in topics.items()
    }
