"""Who is using the database right now, and what others changed.

``app_session``: every running WBA Desktop (and every CLI run that writes) registers
itself with user name and machine, and refreshes ``seen_at`` while it runs; a busy or
locked database can then name who holds it. ``change_notice``: every commit writes one
row naming the topics it changed, so other windows on the same database notice within
seconds and refresh what they show.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from wba_desktop.models.base import Base, utcnow


class AppSession(Base):
    """One running program on this database."""

    __tablename__ = "app_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_name: Mapped[str] = mapped_column(String(100), default="")
    machine: Mapped[str] = mapped_column(String(100), default="")
    pid: Mapped[int] = mapped_column(Integer, default=0)
    program: Mapped[str] = mapped_column(String(40), default="")
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    seen_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)


class ChangeNotice(Base):
    """One committed unit of work: which topics it changed, from which session."""

    __tablename__ = "change_notice"

    id: Mapped[int] = mapped_column(primary_key=True)
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    topics: Mapped[str] = mapped_column(String(300), default="")
    session_id: Mapped[int | None] = mapped_column(Integer)
    user_name: Mapped[str] = mapped_column(String(100), default="")
