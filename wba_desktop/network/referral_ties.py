"""Ties from referrals („Vermittlungen“): our agency's own organisation is connected
to every partner it referred inquiries to, weighted by the number of referrals (edge
kind "Vermittlung"), fed into the graph as ``GraphOptions.extra_edges`` when the
network's optional layer „Vermittlungen“ is on. An existing tie (a relation) is
strengthened; otherwise a new one appears."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.models.lotsen import Referral
from wba_desktop.network.options import ExtraEdge

REFERRAL_KIND = "Vermittlung"
#: the colour of these ties on the canvas and in its legend
REFERRAL_COLOUR = "#d35400"


def referral_ties(
    uow_factory: UnitOfWorkFactory,
    own_id: int,
    since: date | None = None,
    until: date | None = None,
) -> tuple[ExtraEdge, ...]:
    """One edge from ``own_id`` to each partner with referrals made from ``since`` to
    ``until`` (both included; None: open), its weight the number of referrals; most
    referrals first."""
    stmt = select(Referral.organisation_id, func.count(Referral.id)).group_by(
        Referral.organisation_id
    )
    if since is not None:
        stmt = stmt.where(Referral.referred_on >= since)
    if until is not None:
        stmt = stmt.where(Referral.referred_on <= until)
    with uow_factory() as uow:
        rows = uow.session.execute(stmt).all()
    rows.sort(key=lambda r: (-r[1], r[0]))
    return tuple(
        ExtraEdge(own_id, org_id, REFERRAL_KIND, float(n), f"Vermittlungen: {n}")
        for org_id, n in rows
        if org_id != own_id
    )
