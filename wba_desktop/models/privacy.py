"""Data protection records: the audit log, disclosures (who received personal data)
and the erasure ledger.

``audit_log`` holds every change to the audited tables with old and new values per
field, written from the unit of work (and explicitly for bulk statements); it is not
edited from the app, and an erasure rewrites the old values of the erased person.
``disclosure`` notes an export, an e-mail or a referral that contained personal data,
with the people in it (``disclosure_person``), for the access report's recipients.
``erasure_ledger`` keeps only ids: after a backup is restored, the erasures made since
are applied again.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, DateTime, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from wba_desktop.models.base import Base, utcnow


class AuditEntry(Base):
    """One change of one record: who, when, what, and each field's old and new value
    (``changes`` is JSON: {"field": [old, new], …})."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_record", "table_name", "row_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user_name: Mapped[str] = mapped_column(String(100), default="")
    db_user: Mapped[str] = mapped_column(String(100), default="")
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(12))  # angelegt, geändert, gelöscht
    record_label: Mapped[str] = mapped_column(String(200), default="")
    person_id: Mapped[int | None] = mapped_column(Integer, index=True)  # whom it is about
    changes: Mapped[str] = mapped_column(Text, default="{}")


disclosure_person = Table(
    "disclosure_person",
    Base.metadata,
    Column("disclosure_id", ForeignKey("disclosure.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Disclosure(Base):
    """Personal data that left the app: an export file, an e-mail, a referral."""

    __tablename__ = "disclosure"

    id: Mapped[int] = mapped_column(primary_key=True)
    disclosed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    kind: Mapped[str] = mapped_column(String(40))  # Export, E-Mail, Weitervermittlung
    what: Mapped[str] = mapped_column(String(300), default="")
    recipient: Mapped[str] = mapped_column(String(200), default="")
    purpose: Mapped[str] = mapped_column(String(60), default="")
    user_name: Mapped[str] = mapped_column(String(100), default="")


class ErasureRecord(Base):
    """An erasure, by id only (no name): re-applied after a restore."""

    __tablename__ = "erasure_ledger"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(Integer, index=True)
    erased_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
