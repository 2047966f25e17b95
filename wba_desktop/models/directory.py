"""The directory: organisations, people, affiliations and relations."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wba_desktop.models.base import Base, Timestamped
from wba_desktop.models.reference import OrganisationType, Region, RelationType, Tag

organisation_tag = Table(
    "organisation_tag",
    Base.metadata,
    Column("organisation_id", ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)

#: the districts an organisation serves („Zuständigkeit“) beyond its seat: a chamber
#: or an Agentur für Arbeit counts as present there in the gap analysis
organisation_coverage = Table(
    "organisation_coverage",
    Base.metadata,
    Column("organisation_id", ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True),
    Column("region_id", ForeignKey("region.id", ondelete="CASCADE"), primary_key=True, index=True),
)

person_tag = Table(
    "person_tag",
    Base.metadata,
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Organisation(Timestamped, Base):
    __tablename__ = "organisation"
    __table_args__ = (
        CheckConstraint("influence IS NULL OR influence BETWEEN 1 AND 5", name="influence_range"),
        CheckConstraint("interest IS NULL OR interest BETWEEN 1 AND 5", name="interest_range"),
        Index("ix_organisation_active_sort", "active", "sort_key", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(60), default="")
    type_id: Mapped[int] = mapped_column(ForeignKey("organisation_type.id"), index=True)
    region_id: Mapped[int | None] = mapped_column(ForeignKey("region.id"), index=True)
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(5), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="", index=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    sectors: Mapped[str] = mapped_column(String(300), default="")
    size_class: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    influence: Mapped[int | None] = mapped_column(Integer)
    interest: Mapped[int | None] = mapped_column(Integer)
    stance: Mapped[str] = mapped_column(String(40), default="")
    # how often someone should be in touch (days); None: the default of the kind
    contact_cadence_days: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    # derived keys, kept in step by the services
    search_key: Mapped[str] = mapped_column(String(600), default="")
    sort_key: Mapped[str] = mapped_column(String(200), default="", index=True)
    dup_key: Mapped[str] = mapped_column(String(200), default="", index=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    type: Mapped[OrganisationType] = relationship(lazy="joined")
    region: Mapped[Region | None] = relationship(lazy="joined")
    tags: Mapped[list[Tag]] = relationship(secondary=organisation_tag, order_by=Tag.name)
    coverage: Mapped[list[Region]] = relationship(
        secondary=organisation_coverage, order_by=Region.name
    )

    __mapper_args__ = {"version_id_col": version}


class Person(Timestamped, Base):
    __tablename__ = "person"
    __table_args__ = (
        Index("ix_person_active_sort", "active", "sort_key", "id"),
        # the person list's ids from the index alone (migration 0011)
        Index(
            "ix_person_listed",
            "active",
            "inquirer",
            "sort_key",
            "id",
            sqlite_where=text("anonymised_on IS NULL"),
            postgresql_where=text("anonymised_on IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    salutation: Mapped[str] = mapped_column(String(10), default="")
    title: Mapped[str] = mapped_column(String(40), default="")
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(200), default="", index=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    mobile: Mapped[str] = mapped_column(String(40), default="")
    preferred_channel: Mapped[str] = mapped_column(String(20), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # data protection (Art. 13/14, 18, 21): why we hold the data, where it came from,
    # when the person was told; restriction keeps the person out of every list
    legal_basis: Mapped[str] = mapped_column(String(30), default="", server_default="")
    data_source: Mapped[str] = mapped_column(String(200), default="", server_default="")
    informed_on: Mapped[date | None] = mapped_column(Date)
    restricted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    objected_on: Mapped[date | None] = mapped_column(Date)
    anonymised_on: Mapped[date | None] = mapped_column(Date, index=True)
    # storage limitation: kept after a review, until this date, for this reason
    review_after: Mapped[date | None] = mapped_column(Date)
    review_note: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # a private inquirer of the Lotsen desk („Ratsuchende/r“): only what the referral
    # needs, kept out of directory lists, Verteiler and the network
    inquirer: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false(), index=True
    )
    search_key: Mapped[str] = mapped_column(String(600), default="")
    sort_key: Mapped[str] = mapped_column(String(200), default="", index=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    tags: Mapped[list[Tag]] = relationship(secondary=person_tag, order_by=Tag.name)

    __mapper_args__ = {"version_id_col": version}


class Affiliation(Base):
    """A person at an organisation, with function and period."""

    __tablename__ = "affiliation"
    __table_args__ = (
        CheckConstraint(
            "valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from",
            name="period",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    function: Mapped[str] = mapped_column(String(120), default="")
    department: Mapped[str] = mapped_column(String(120), default="")
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)

    person: Mapped[Person] = relationship()
    organisation: Mapped[Organisation] = relationship()


class Relation(Base):
    """Organisation to organisation. For symmetric types the direction carries no meaning.

    The database itself keeps one row per unordered pair of a symmetric type: such a
    relation is stored with ``source_id < target_id`` (check ``symmetric_order``), so
    the unique (source, target, type) rule also catches the reversed duplicate.
    ``type_directed`` mirrors the type's flag through a composite foreign key with ON
    UPDATE CASCADE, so the check always sees the type's current flag."""

    __tablename__ = "relation"
    __table_args__ = (
        UniqueConstraint("source_id", "target_id", "type_id", name="uq_relation_pair_type"),
        ForeignKeyConstraint(
            ["type_id", "type_directed"],
            ["relation_type.id", "relation_type.directed"],
            name="fk_relation_type_directed",
            onupdate="CASCADE",
        ),
        CheckConstraint("type_directed OR source_id < target_id", name="symmetric_order"),
        CheckConstraint("source_id <> target_id", name="not_self"),
        CheckConstraint("strength BETWEEN 1 AND 3", name="strength_range"),
        CheckConstraint(
            "valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from",
            name="period",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    target_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    type_id: Mapped[int] = mapped_column(ForeignKey("relation_type.id"), index=True)
    type_directed: Mapped[bool] = mapped_column(Boolean, default=False)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    strength: Mapped[int] = mapped_column(Integer, default=2)
    note: Mapped[str] = mapped_column(Text, default="")

    type: Mapped[RelationType] = relationship(lazy="joined", foreign_keys=[type_id])
    source: Mapped[Organisation] = relationship(foreign_keys=[source_id])
    target: Mapped[Organisation] = relationship(foreign_keys=[target_id])
