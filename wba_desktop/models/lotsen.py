"""The Lotsen desk: what partners offer, inquiries, and referrals to partners.

``offer_topic`` is the editable list of topics (Weiterbildungsberatung,
Förderberatung, …). ``organisation_offer`` says what a partner offers: one row per
organisation and topic, with target groups, the districts it serves (``offer_region``;
none: the organisation's seat and coverage), a contact person and a note.

An ``inquiry`` comes from an employee, a job seeker or a company; a private inquirer is
a person marked ``Person.inquirer`` ("Ratsuchende/r": hidden from directory lists,
Verteiler and the network, anonymised some months after the inquiry is closed). A
``referral`` sends the inquiry to one partner organisation; it carries the follow-up
date (through its contact-history entry ``activity_id``), the partner's answer and
the outcome. ``inquiry_change`` keeps every dated status step of both.
"""

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
from wba_desktop.models.reference import Region
from wba_desktop.vocab import (  # noqa: F401 - the Lotsen words, re-exported for the services
    ACCEPTED,
    ANSWERS,
    CANCELLED,
    CLARIFYING,
    CLOSED,
    DECLINED,
    INQUIRER_KINDS,
    INQUIRY_CHANNELS,
    NEW,
    OPEN,
    OUTCOMES,
    REFERRED,
    STATUSES,
    SUCCESSES,
    TARGET_GROUPS,
    URGENCIES,
)

#: how an inquiry reached us (vocab.CHANNELS are a person's preferred channels)
CHANNELS = INQUIRY_CHANNELS


class OfferTopic(Base):
    """A topic partners offer help on and inquiries are about (editable list)."""

    __tablename__ = "offer_topic"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


offer_region = Table(
    "offer_region",
    Base.metadata,
    Column("offer_id", ForeignKey("organisation_offer.id", ondelete="CASCADE"), primary_key=True),
    Column("region_id", ForeignKey("region.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class OrganisationOffer(Timestamped, Base):
    """One topic a partner organisation offers help on („Leistung“)."""

    __tablename__ = "organisation_offer"
    __table_args__ = (UniqueConstraint("organisation_id", "topic_id", name="uq_offer_org_topic"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    topic_id: Mapped[int] = mapped_column(ForeignKey("offer_topic.id"), index=True)
    #: ";"-joined names from TARGET_GROUPS; empty: everyone
    target_groups: Mapped[str] = mapped_column(String(200), default="")
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")

    topic: Mapped[OfferTopic] = relationship(lazy="joined")
    #: the districts served; empty: the organisation's seat and coverage
    regions: Mapped[list[Region]] = relationship(secondary=offer_region, order_by=Region.name)


inquiry_topic = Table(
    "inquiry_topic",
    Base.metadata,
    Column("inquiry_id", ForeignKey("inquiry.id", ondelete="CASCADE"), primary_key=True),
    Column("topic_id", ForeignKey("offer_topic.id"), primary_key=True, index=True),
)


class Inquiry(Timestamped, Base):
    """An inquiry („Anfrage“) of an employee, a job seeker or a company."""

    __tablename__ = "inquiry"

    id: Mapped[int] = mapped_column(primary_key=True)
    received_on: Mapped[date] = mapped_column(Date, index=True)
    channel: Mapped[str] = mapped_column(String(20))
    inquirer_kind: Mapped[str] = mapped_column(String(20))
    #: the company asking (inquirer_kind "Unternehmen")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    #: the private inquirer (a person marked ``inquirer``) or the company's contact
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    urgency: Mapped[str] = mapped_column(String(12), default="normal")
    status: Mapped[str] = mapped_column(String(20), default=NEW, index=True)
    outcome: Mapped[str] = mapped_column(String(40), default="")
    #: when it was closed or cancelled (the clock of the automatic anonymisation)
    closed_on: Mapped[date | None] = mapped_column(Date, index=True)
    #: the coordinator taking care of it (a person affiliated with our agency)
    coordinator_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    #: the inquirer agreed that name and contact details go to the partners
    share_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    topics: Mapped[list[OfferTopic]] = relationship(
        secondary=inquiry_topic, order_by=OfferTopic.sort_order
    )
    region: Mapped[Region] = relationship(lazy="joined")

    __mapper_args__ = {"version_id_col": version}

    @property
    def number(self) -> str:
        """„A-2026-0042“: the year received and the id (computed, never stored)."""
        return number_of(self.id, self.received_on)


def number_of(inquiry_id: int, received_on: date | None) -> str:
    """The number an inquiry is known by, in lists, letters and the access report."""
    year = received_on.year if received_on is not None else 0
    return f"A-{year:04d}-{inquiry_id:04d}"


class Referral(Timestamped, Base):
    """An inquiry passed on to one partner organisation („Vermittlung“)."""

    __tablename__ = "referral"
    __table_args__ = (
        UniqueConstraint("inquiry_id", "organisation_id", name="uq_referral_inquiry_org"),
        CheckConstraint("outcome_on IS NULL OR outcome_on >= referred_on", name="outcome_after"),
        CheckConstraint("answered_on IS NULL OR answered_on >= referred_on", name="answer_after"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    inquiry_id: Mapped[int] = mapped_column(
        ForeignKey("inquiry.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    referred_on: Mapped[date] = mapped_column(Date, index=True)
    answer: Mapped[str] = mapped_column(String(12), default=OPEN)
    answer_reason: Mapped[str] = mapped_column(String(300), default="")
    answered_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(40), default="")
    outcome_on: Mapped[date | None] = mapped_column(Date)
    #: the entry in the partner's contact history; it carries the follow-up date
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activity.id", ondelete="SET NULL"), index=True
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}


class InquiryChange(Base):
    """One dated step of an inquiry or one of its referrals (never edited)."""

    __tablename__ = "inquiry_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    inquiry_id: Mapped[int] = mapped_column(
        ForeignKey("inquiry.id", ondelete="CASCADE"), index=True
    )
    referral_id: Mapped[int | None] = mapped_column(
        ForeignKey("referral.id", ondelete="CASCADE"), index=True
    )
    changed_on: Mapped[date] = mapped_column(Date)
    #: "Status", "Antwort" or "Ergebnis"
    field: Mapped[str] = mapped_column(String(20))
    value: Mapped[str] = mapped_column(String(60))
    note: Mapped[str] = mapped_column(String(300), default="")
    user_name: Mapped[str] = mapped_column(String(100), default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
