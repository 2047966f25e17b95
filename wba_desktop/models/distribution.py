"""Verteiler (distribution lists): static member lists or saved person filters."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, DateTime, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from wba_desktop.models.base import Base, Timestamped, utcnow

distribution_member = Table(
    "distribution_member",
    Base.metadata,
    Column("list_id", ForeignKey("distribution_list.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True),
    Column("added_at", DateTime, default=utcnow, nullable=False),
)


class DistributionList(Timestamped, Base):
    """``kind`` "static": members picked by hand; "dynamic": ``criteria`` (JSON) is a
    saved filter evaluated whenever the list is used."""

    __tablename__ = "distribution_list"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(10), default="static")
    description: Mapped[str] = mapped_column(Text, default="")
    criteria: Mapped[str] = mapped_column(Text, default="{}")
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime)
    #: the purpose its members must have consented to (where consent is their basis)
    purpose_id: Mapped[int | None] = mapped_column(
        ForeignKey("consent_purpose.id", ondelete="SET NULL")
    )
