"""Import history: one row per import run, and what it created or overwrote.

``import_run`` says who imported which file when, with the counts and the column
mapping used (JSON; the file name, never the rows). ``import_change`` lists, per run,
each record it created or updated: for an update the old values of the fields it
changed (``before``, JSON: {"field": old value, …}; tags as a list), and the record's
``version`` right after the import, so that "Import rückgängig" can tell whether
anybody has changed the record since.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wba_desktop.models.base import Base, utcnow


class ImportRun(Base):
    """One import of a file."""

    __tablename__ = "import_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user_name: Mapped[str] = mapped_column(String(100), default="")
    file_name: Mapped[str] = mapped_column(String(260), default="")
    sheet: Mapped[str] = mapped_column(String(100), default="")
    #: the column mapping used (``Mapping.to_json()``)
    mapping: Mapped[str] = mapped_column(Text, default="")
    organisations_new: Mapped[int] = mapped_column(Integer, default=0)
    organisations_updated: Mapped[int] = mapped_column(Integer, default=0)
    organisations_skipped: Mapped[int] = mapped_column(Integer, default=0)
    people_new: Mapped[int] = mapped_column(Integer, default=0)
    people_updated: Mapped[int] = mapped_column(Integer, default=0)
    people_skipped: Mapped[int] = mapped_column(Integer, default=0)
    affiliations_new: Mapped[int] = mapped_column(Integer, default=0)
    consents_recorded: Mapped[int] = mapped_column(Integer, default=0)
    rows_rejected: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    undone_by: Mapped[str] = mapped_column(String(100), default="")

    changes: Mapped[list[ImportChange]] = relationship(
        back_populates="run", cascade="all, delete-orphan", passive_deletes=True
    )


class ImportChange(Base):
    """A record an import created (``action`` "created") or updated ("updated")."""

    __tablename__ = "import_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("import_run.id", ondelete="CASCADE"), index=True)
    #: organisation, person, affiliation, consent_event
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(12))
    #: JSON of the old values of the changed fields (updates only)
    before: Mapped[str] = mapped_column(Text, default="{}")
    #: the record's version after the import (None for tables without one)
    version_after: Mapped[int | None] = mapped_column(Integer)

    run: Mapped[ImportRun] = relationship(back_populates="changes")
