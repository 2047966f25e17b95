"""The audit log area: reading, exporting and pruning the change log that the unit of
work writes (``db/audit.py``), and the erasure's rewrite of one person's entries."""

from wba_desktop.services.audit.service import (
    KINDS,
    AuditFilter,
    AuditRow,
    AuditService,
    FieldChange,
    scrub_person,
)

__all__ = ["KINDS", "AuditFilter", "AuditRow", "AuditService", "FieldChange", "scrub_person"]
