"""Reference data an administrator may edit: districts, kinds, relation types, tags."""

from __future__ import annotations

from sqlalchemy import Boolean, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from wba_desktop.models.base import Base


class Region(Base):
    """A Landkreis or kreisfreie Stadt of Sachsen-Anhalt, with its WBA region."""

    __tablename__ = "region"

    id: Mapped[int] = mapped_column(primary_key=True)
    ags: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    seat: Mapped[str] = mapped_column(String(100))
    plate: Mapped[str] = mapped_column(String(5))
    wba_region: Mapped[str] = mapped_column(String(20), index=True)


class OrganisationType(Base):
    """A kind of organisation (Kammer, Gewerkschaft, ...) with colour and multiplier flag."""

    __tablename__ = "organisation_type"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    colour: Mapped[str] = mapped_column(String(9), default="#808080")
    is_multiplier: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    #: how often organisations of this kind should be contacted (days), if at all
    default_cadence_days: Mapped[int | None] = mapped_column(Integer)


class RelationType(Base):
    """How two organisations relate: directed with two labels, or symmetric."""

    __tablename__ = "relation_type"
    # the target of relation's (type_id, type_directed) key, see Relation
    __table_args__ = (Index("uq_relation_type_id_directed", "id", "directed", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    forward_label: Mapped[str] = mapped_column(String(80))
    reverse_label: Mapped[str | None] = mapped_column(String(80))
    directed: Mapped[bool] = mapped_column(Boolean, default=False)


class Tag(Base):
    """A free keyword (sector, topic) attached to organisations and people."""

    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
