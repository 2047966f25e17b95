"""Events: the event, its programme, invitations with status history, checklist
(consents per purpose are in :mod:`wba_desktop.models.consent`)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wba_desktop.models.base import Base, Timestamped, utcnow
from wba_desktop.models.directory import Organisation, Person


def new_uid() -> str:
    """A calendar UID no other installation produces: a random UUID at our domain."""
    import uuid

    return f"{uuid.uuid4()}@wba-desktop"


event_organiser = Table(
    "event_organiser",
    Base.metadata,
    Column("event_id", ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "organisation_id",
        ForeignKey("organisation.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)

event_verbund = Table(
    "event_verbund",
    Base.metadata,
    Column("event_id", ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "verbund_id", ForeignKey("verbund.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
)


class Event(Timestamped, Base):
    """An event. Times are wall-clock times in Europe/Berlin (naive in the database)."""

    __tablename__ = "event"
    __table_args__ = (
        CheckConstraint("ends_at >= starts_at", name="period"),
        CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    type: Mapped[str] = mapped_column(String(40), default="Informationsveranstaltung")
    status: Mapped[str] = mapped_column(String(30), default="Entwurf", index=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    venue: Mapped[str] = mapped_column(String(200), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(5), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    online_url: Mapped[str] = mapped_column(String(300), default="")
    region_id: Mapped[int | None] = mapped_column(ForeignKey("region.id"), index=True)
    capacity: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(200), default="", index=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    #: the calendar entry's UID, globally unique and stable (``new_uid``)
    uid: Mapped[str] = mapped_column(String(80), unique=True, default=new_uid)
    #: iCalendar SEQUENCE: +1 with each change of time, place or status
    ical_sequence: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    organisers: Mapped[list[Organisation]] = relationship(secondary=event_organiser)
    __mapper_args__ = {"version_id_col": version}


class EventSession(Base):
    """A programme item; sessions overlapping in time run in parallel."""

    __tablename__ = "event_session"
    __table_args__ = (
        CheckConstraint("ends_at >= starts_at", name="period"),
        CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(30), default="Impulsvortrag")
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    room: Mapped[str] = mapped_column(String(100), default="")
    capacity: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")
    uid: Mapped[str] = mapped_column(String(80), unique=True, default=new_uid)
    ical_sequence: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class SessionPerson(Base):
    """A speaker or moderator of a session."""

    __tablename__ = "session_person"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("event_session.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(20), default="Referent/in")

    person: Mapped[Person] = relationship()


class Invitation(Base):
    """A person on the event's list, with the current status (history below)."""

    __tablename__ = "invitation"
    __table_args__ = (UniqueConstraint("event_id", "person_id", name="uq_invitation_person"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    #: the organisation the person represents at this event (primary affiliation)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(20), default="vorgemerkt", index=True)
    status_changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    #: where the person came from, e.g. "Verteiler Kammern; Verbund WASA"
    source: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship()
    organisation: Mapped[Organisation | None] = relationship()


class InvitationChange(Base):
    """One status change of an invitation (the history)."""

    __tablename__ = "invitation_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    invitation_id: Mapped[int] = mapped_column(
        ForeignKey("invitation.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(20))
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    note: Mapped[str] = mapped_column(String(300), default="")


class SessionAttendee(Base):
    """Which participant goes to which (parallel) session."""

    __tablename__ = "session_attendee"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("event_session.id", ondelete="CASCADE"), primary_key=True
    )
    invitation_id: Mapped[int] = mapped_column(
        ForeignKey("invitation.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ChecklistItem(Base):
    """A to-do of an event, due relative to the start (``offset_days`` before/after)."""

    __tablename__ = "checklist_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date | None] = mapped_column(Date)
    offset_days: Mapped[int | None] = mapped_column(Integer)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)
