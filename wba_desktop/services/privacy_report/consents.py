"""The one place the access report reads a person's consents from: the append-only
history (``consent_event``), every declaration with its purpose, in the purposes'
order and by date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from wba_desktop.models.consent import ConsentEvent, ConsentPurpose

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
