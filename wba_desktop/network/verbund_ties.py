"""Ties from shared Verbund membership: two organisations that are both current
members of a Verbund are connected (edge kind "Verbund"), fed into the graph as
``GraphOptions.extra_edges``."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from itertools import combinations

from sqlalchemy import select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.models import Verbund, VerbundMember
from wba_desktop.network.graph import ExtraEdge

VERBUND_KIND = "Verbund"


def verbund_ties(
    uow_factory: UnitOfWorkFactory, today: date | None = None
) -> tuple[ExtraEdge, ...]:
    """One edge per pair of current members of the same (not ended) Verbund; a pair in
    several Verbünde gets one edge per Verbund, so the weight counts them."""
    today = today or date.today()
    with uow_factory() as uow:
        rows = uow.session.execute(
            select(
                VerbundMember.verbund_id,
                VerbundMember.organisation_id,
                Verbund.short_name,
                Verbund.name,
            )
            .join(Verbund, Verbund.id == VerbundMember.verbund_id)
            .where(
                Verbund.phase != "Beendet",
                VerbundMember.joined_on.is_(None) | (VerbundMember.joined_on <= today),
                VerbundMember.left_on.is_(None) | (VerbundMember.left_on > today),
            )
        ).all()
    members: dict[int, list[int]] = defaultdict(list)
    labels: dict[int, str] = {}
    for vid, org_id, short, name in rows:
        members[vid].append(org_id)
        labels[vid] = short or name
    edges = []
    for vid, orgs in members.items():
        for a, b in combinations(sorted(set(orgs)), 2):
            edges.append(ExtraEdge(a, b, VERBUND_KIND, 1.0, f"Verbund {labels[vid]}"))
    return tuple(edges)
