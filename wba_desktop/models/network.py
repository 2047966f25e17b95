"""What the network area keeps in the database: layout positions and saved views.

``layout_position`` holds one place per organisation in the whole-network layout,
so every user of a (team) database sees the same picture and a new database starts
fresh. ``saved_view`` is a named view („Ansicht“): filters, colouring, sizing,
grouping, focus and zoom as JSON, shared by the team.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Float, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from wba_desktop.models.base import Base, utcnow


class LayoutPosition(Base):
    """An organisation's place in the network picture (layout units)."""

    __tablename__ = "layout_position"

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True
    )
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    #: True when a user placed it by hand (a new layout keeps it)
    pinned: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class SavedView(Base):
    """A named view of the network or the map, shared on the database."""

    __tablename__ = "saved_view"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    #: "netz" or "karte"
    kind: Mapped[str] = mapped_column(String(20), default="netz")
    #: JSON: filters, colouring, sizing, grouping, focus, zoom
    settings: Mapped[str] = mapped_column(Text, default="{}")
    created_by: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
