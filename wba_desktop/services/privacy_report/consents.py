"""The one place the access report reads a person's consents from.

Until revision 0006 (the consent history: ``consent_purpose`` and the append-only
``consent_event``) is in the tree, consents are one row per person and purpose in
``consent``: its grant and its withdrawal are shown as two entries of the history.
Once the history is there it is read instead, automatically; when the old table is
gone for good, the fallback below can be deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from wba_desktop import models

try:  # revision 0006: one row per declaration, never overwritten
    from wba_desktop.models.consent import ConsentEvent, ConsentPurpose  # type: ignore
except ImportError:  # before it: the overwritten row per purpose
    ConsentEvent = ConsentPurpose = None

GRANTED, WITHDRAWN = "erteilt", "widerrufen"


@dataclass(frozen=True)
class ConsentLine:
    """One entry of a person's consent history."""

    purpose: str
    status: str
    effective_on: date | None
    expires_on: date | None = None
    source: str = ""
    wording_version: str = ""
    note: str = ""
    recorded_by: str = ""
    recorded_at: datetime | None = None  # naive UTC


def consent_history(session: Session, person_id: int) -> list[ConsentLine]:
    """Every consent declaration of the person, by purpose and date."""
    if ConsentEvent is not None:
        return _from_events(session, person_id)
    return _from_rows(session, person_id)


def _from_events(session: Session, person_id: int) -> list[ConsentLine]:
    stmt = (
        select(ConsentEvent, ConsentPurpose.name)
        .join(ConsentPurpose, ConsentPurpose.id == ConsentEvent.purpose_id)
        .where(ConsentEvent.person_id == person_id)
        .order_by(ConsentPurpose.sort_order, ConsentPurpose.name, ConsentEvent.effective_on)
        .order_by(ConsentEvent.id)
    )
    return [
        ConsentLine(
            purpose=name,
            status=e.status,
            effective_on=e.effective_on,
            expires_on=e.expires_on,
            source=e.source,
            wording_version=e.wording_version,
            note=e.note,
            recorded_by=e.recorded_by,
            recorded_at=e.recorded_at,
        )
        for e, name in session.execute(stmt)
    ]


def _from_rows(session: Session, person_id: int) -> list[ConsentLine]:
    consent = getattr(models, "Consent", None)
    if consent is None:
        return []
    rows = session.scalars(
        select(consent).where(consent.person_id == person_id).order_by(consent.purpose)
    )
    out: list[ConsentLine] = []
    for c in rows:
        if c.granted_on is not None or not c.withdrawn_on:
            out.append(
                ConsentLine(c.purpose, GRANTED, c.granted_on, None, c.source, c.wording_version)
            )
        if c.withdrawn_on is not None:
            out.append(ConsentLine(c.purpose, WITHDRAWN, c.withdrawn_on))
    return out
