"""The columns „Leistungen“ and „Zielgruppen“ of an organisation import.

„Leistungen“ names topics of the topic list (Stammdaten › Themen der Leistungen),
separated by ; or , and compared without case and spaces; „Zielgruppen“ names target
groups and applies to every offer of the row. An unknown topic or target group rejects
the row with the row, the column and the value named. The writer adds the offers the
organisation does not have yet (an offer already there stays as it is); the import
history records them, so „Import rückgängig“ removes them again.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlalchemy import select

from wba_desktop.i18n import _
from wba_desktop.models.lotsen import TARGET_GROUPS, OfferTopic, OrganisationOffer

OFFER_INPUTS = frozenset({"offers", "offer_groups"})
_SPLIT = re.compile(r"\s*[,;]\s*")


def _key(text: str) -> str:
    return "".join(text.split()).casefold()


def load_topics(session) -> dict[str, tuple[int, bool]]:
    """Folded topic name -> (id, active)."""
    rows = session.execute(select(OfferTopic.id, OfferTopic.name, OfferTopic.active))
    return {_key(name): (tid, active) for tid, name, active in rows}


def _quoted(values: list[str]) -> str:
    return ", ".join(f"„{v}“" for v in values)


def read_offers(
    values: dict[str, str],
    topics: dict[str, tuple[int, bool]],
    label_of: Callable[[str], str],
) -> tuple[tuple[int, ...], tuple[str, ...], dict[str, str], list[str]]:
    """(topic ids, target groups, errors by field, warnings) of one row."""
    errors: dict[str, str] = {}
    warnings: list[str] = []
    ids: list[int] = []
    unknown, inactive = [], []
    for part in _SPLIT.split(values.get("offers", "").strip()):
        if not part:
            continue
        hit = topics.get(_key(part))
        if hit is None:
            unknown.append(part)
        elif not hit[1]:
            inactive.append(part)
        elif hit[0] not in ids:
            ids.append(hit[0])
    if unknown:
        errors["offers"] = (
            f"{label_of('offers')}: {_quoted(unknown)} "
            + (_("ist kein Thema") if len(unknown) == 1 else _("sind keine Themen"))
            + _(" der Leistungen (Stammdaten › Themen der Leistungen).")
        )
    elif inactive:
        errors["offers"] = _("{offers}: {inactive} wird nicht mehr angeboten (inaktiv).").format(
            offers=label_of("offers"), inactive=_quoted(inactive)
        )
    known = {_key(g): g for g in TARGET_GROUPS}
    found, bad = set(), []
    for part in _SPLIT.split(values.get("offer_groups", "").strip()):
        if part:
            if _key(part) in known:
                found.add(known[_key(part)])
            else:
                bad.append(part)
    if bad:
        errors["offer_groups"] = (
            f"{label_of('offer_groups')}: {_quoted(bad)} "
            + (_("ist keine Zielgruppe") if len(bad) == 1 else _("sind keine Zielgruppen"))
            + _(" (möglich: {target_groups}).").format(target_groups=", ".join(TARGET_GROUPS))
        )
    if found and not ids and not errors:
        warnings.append(
            _("{offer_groups}: ohne Leistungen nicht übernommen").format(
                offer_groups=label_of("offer_groups")
            )
        )
    return tuple(ids), tuple(g for g in TARGET_GROUPS if g in found), errors, warnings


def write_offers(session, pending: list[tuple[object, tuple[int, ...], tuple[str, ...]]]) -> int:
    """Add the offers of ``pending`` (organisation record, topic ids, target groups) that
    the organisations do not have yet (after a flush: the records have ids). Returns
    how many were added."""
    org_ids = sorted({org.id for org, _t, _g in pending})
    have: set[tuple[int, int]] = set()
    for start in range(0, len(org_ids), 500):
        part = org_ids[start : start + 500]
        rows = session.execute(
            select(OrganisationOffer.organisation_id, OrganisationOffer.topic_id).where(
                OrganisationOffer.organisation_id.in_(part)
            )
        )
        have.update((oid, tid) for oid, tid in rows)
    added = 0
    for org, topic_ids, groups in pending:
        for topic_id in topic_ids:
            if (org.id, topic_id) in have:
                continue
            have.add((org.id, topic_id))
            session.add(
                OrganisationOffer(
                    organisation_id=org.id,
                    topic_id=topic_id,
                    target_groups=";".join(groups),
                    note="",
                )
            )
            added += 1
    return added
