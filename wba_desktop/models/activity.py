"""Contact history: advice sessions, talks, calls, event attendance."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from wba_desktop.models.base import Base, Timestamped


class Activity(Timestamped, Base):
    """Something that happened with an organisation and/or a person on a date,
    optionally for a Verbund or at an event."""

    __tablename__ = "activity"
    # the newest contact per organisation / person (contact cadence, review list)
    __table_args__ = (
        Index("ix_activity_organisation_day", "organisation_id", "happened_on"),
        Index("ix_activity_person_day", "person_id", "happened_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    happened_on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(30), default="Gespräch")
    subject: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    verbund_id: Mapped[int | None] = mapped_column(
        ForeignKey("verbund.id", ondelete="SET NULL"), index=True
    )
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), index=True
    )
    participants: Mapped[int | None] = mapped_column(Integer)
    # a follow-up ("Wiedervorlage"): due on, who takes care of it, when it was done
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    responsible: Mapped[str] = mapped_column(String(100), default="", server_default="")
    done_on: Mapped[date | None] = mapped_column(Date)
