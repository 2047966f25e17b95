"""Weiterbildungsverbünde: the record, its phase history, members, Beirat, tasks
and key figures."""

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
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wba_desktop.models.base import Base, Timestamped, utcnow
from wba_desktop.models.directory import Organisation, Person

verbund_region = Table(
    "verbund_region",
    Base.metadata,
    Column("verbund_id", ForeignKey("verbund.id", ondelete="CASCADE"), primary_key=True),
    Column("region_id", ForeignKey("region.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Verbund(Timestamped, Base):
    """A Weiterbildungsverbund. ``phase`` mirrors the newest entry of the history."""

    __tablename__ = "verbund"
    __table_args__ = (
        CheckConstraint(
            "funding_end IS NULL OR funding_start IS NULL OR funding_end >= funding_start",
            name="funding_period",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    short_name: Mapped[str] = mapped_column(String(40), default="")
    type: Mapped[str] = mapped_column(String(40), default="Sonstiger")
    sectors: Mapped[str] = mapped_column(String(300), default="")
    topics: Mapped[str] = mapped_column(String(300), default="")
    coordinator_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    phase: Mapped[str] = mapped_column(String(20), default="Idee", index=True)
    funding_programme: Mapped[str] = mapped_column(String(200), default="")
    grant_reference: Mapped[str] = mapped_column(String(80), default="")
    funding_start: Mapped[date | None] = mapped_column(Date)
    funding_end: Mapped[date | None] = mapped_column(Date)
    budget: Mapped[float | None] = mapped_column(Numeric(12, 2, asdecimal=False))
    goals: Mapped[str] = mapped_column(Text, default="")
    continuation_plan: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(200), default="", index=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    coordinator: Mapped[Organisation | None] = relationship()
    __mapper_args__ = {"version_id_col": version}


class VerbundPhase(Base):
    """One step of the phase history: the phase a Verbund entered on ``since``."""

    __tablename__ = "verbund_phase"

    id: Mapped[int] = mapped_column(primary_key=True)
    verbund_id: Mapped[int] = mapped_column(
        ForeignKey("verbund.id", ondelete="CASCADE"), index=True
    )
    phase: Mapped[str] = mapped_column(String(20))
    since: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class VerbundMember(Base):
    """An organisation in a Verbund, with role, period, commitment and contact person."""

    __tablename__ = "verbund_member"
    __table_args__ = (
        UniqueConstraint("verbund_id", "organisation_id", name="uq_verbund_member_org"),
        CheckConstraint(
            "left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on", name="period"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    verbund_id: Mapped[int] = mapped_column(
        ForeignKey("verbund.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(40))
    joined_on: Mapped[date | None] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)
    commitment: Mapped[str] = mapped_column(String(40), default="keine")
    agreement_signed_on: Mapped[date | None] = mapped_column(Date)
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")

    organisation: Mapped[Organisation] = relationship()
    contact_person: Mapped[Person | None] = relationship()


class VerbundBoardSeat(Base):
    """A person on the Verbund's Beirat (advisory board)."""

    __tablename__ = "verbund_board_seat"
    __table_args__ = (UniqueConstraint("verbund_id", "person_id", name="uq_board_seat_person"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    verbund_id: Mapped[int] = mapped_column(
        ForeignKey("verbund.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    function: Mapped[str] = mapped_column(String(80), default="Mitglied")
    since: Mapped[date | None] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)

    person: Mapped[Person] = relationship()


class VerbundTask(Base):
    """A milestone or task with due date, responsible person and done flag."""

    __tablename__ = "verbund_task"

    id: Mapped[int] = mapped_column(primary_key=True)
    verbund_id: Mapped[int] = mapped_column(
        ForeignKey("verbund.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20), default="Aufgabe")
    title: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    responsible_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    responsible: Mapped[Person | None] = relationship()


class VerbundFigure(Base):
    """Key figures entered by hand for one reporting period."""

    __tablename__ = "verbund_figure"
    __table_args__ = (
        UniqueConstraint("verbund_id", "period_start", name="uq_verbund_figure_period"),
        CheckConstraint("period_end >= period_start", name="period"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    verbund_id: Mapped[int] = mapped_column(
        ForeignKey("verbund.id", ondelete="CASCADE"), index=True
    )
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    companies_reached: Mapped[int | None] = mapped_column(Integer)
    kmu_reached: Mapped[int | None] = mapped_column(Integer)
    advice_sessions: Mapped[int | None] = mapped_column(Integer)
    course_participants: Mapped[int | None] = mapped_column(Integer)
    courses_developed: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
