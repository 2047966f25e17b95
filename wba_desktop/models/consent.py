"""Consents per purpose, as an append-only history.

``consent_purpose`` lists what a person may consent to (Newsletter,
Veranstaltungseinladungen, …; editable in the Stammdaten). ``consent_event`` holds one
row per declaration: granted ("erteilt", optionally until ``expires_on``), withdrawn
("widerrufen") or expired ("abgelaufen"). Rows are never changed or deleted by the
app; the current state per person and purpose is the newest event (by ``effective_on``,
then ``id``), and a granted consent whose ``expires_on`` has passed counts as expired.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wba_desktop.errors import ServiceError
from wba_desktop.i18n import N_, _
from wba_desktop.models.base import Base, utcnow

GRANTED = "erteilt"
WITHDRAWN = "widerrufen"
EXPIRED = "abgelaufen"
#: the states an event records, in the order the forms offer them
STATUSES = (GRANTED, WITHDRAWN, EXPIRED)


class ConsentPurpose(Base):
    """What a consent is for; deactivated rather than deleted once used."""

    __tablename__ = "consent_purpose"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    description: Mapped[str] = mapped_column(String(300), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ConsentEvent(Base):
    """One declaration of one person for one purpose (append-only)."""

    __tablename__ = "consent_event"
    __table_args__ = (Index("ix_consent_event_person_purpose", "person_id", "purpose_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    purpose_id: Mapped[int] = mapped_column(ForeignKey("consent_purpose.id"), index=True)
    status: Mapped[str] = mapped_column(String(12))
    effective_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(200), default="")
    wording_version: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(String(300), default="")
    recorded_by: Mapped[str] = mapped_column(String(100), default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    purpose: Mapped[ConsentPurpose] = relationship(lazy="joined")


APPEND_ONLY = N_(
    "Einwilligungen werden nicht geändert oder gelöscht: "
    "bitte einen neuen Eintrag (z. B. einen Widerruf) erfassen."
)


@event.listens_for(ConsentEvent, "before_update")
@event.listens_for(ConsentEvent, "before_delete")
def _append_only(_mapper, _connection, _target) -> None:
    """The history is evidence: the ORM refuses to change or delete an event (a
    person's deletion removes theirs in the database, by the foreign key)."""
    raise ServiceError(_(APPEND_ONLY))
