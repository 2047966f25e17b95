"""Reading the audit log: per record, searched with filters, exported to Excel; and
its retention (entries older than the period in the settings are removed).

The log is written by the unit of work (``db/audit.py``); nothing here changes an
entry. The only statements on ``audit_log`` besides SELECT: the DELETE of
:meth:`AuditService.prune` and the erasure's rewrite (``db/audit_scrub.py``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import delete, func, or_, select
from sqlalchemy.exc import DBAPIError

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.db.audit import AUDITED
from wba_desktop.db.audit_merges import merged_ids
from wba_desktop.db.audit_scrub import scrub_person
from wba_desktop.errors import ValidationError
from wba_desktop.i18n import _
from wba_desktop.models import AuditEntry
from wba_desktop.models.base import utcnow
from wba_desktop.services.audit.fields import Names, field_label, load_changes
from wba_desktop.services.listing import Sort
from wba_desktop.services.shared_settings import SharedSettings

__all__ = ["KINDS", "AuditFilter", "AuditRow", "AuditService", "FieldChange", "scrub_person"]

log = logging.getLogger(__name__)

#: the kinds of record the filter offers, in this order
KINDS: tuple[str, ...] = tuple(dict.fromkeys(AUDITED.values()))
RETENTION_KEY = "audit_retention_days"
DEFAULT_RETENTION_DAYS = 3 * 365
#: rows the search returns at most (the lazy table asks for ids, then pages)
SEARCH_LIMIT = 500
#: entries deleted per transaction by the pruning after the start
PRUNE_BATCH = 2000

_SORTS = {
    "changed_at": AuditEntry.changed_at,
    "user_name": AuditEntry.user_name,
    "db_user": AuditEntry.db_user,
    "kind": AuditEntry.table_name,
    "action": AuditEntry.action,
    "record_label": AuditEntry.record_label,
}


@dataclass(frozen=True)
class AuditFilter:
    """``who``: a user name or database login (exact); ``since``/``until``: local
    days, both included; ``kind``: one of :data:`KINDS`; ``text``: part of the
    record's label or of a value."""

    who: str = ""
    since: date | None = None
    until: date | None = None
    kind: str = ""
    text: str = ""

    def describe(self) -> str:
        parts = []
        if self.who:
            parts.append(f"Benutzer: {self.who}")
        if self.since or self.until:
            a = self.since.strftime("%d.%m.%Y") if self.since else "…"
            b = self.until.strftime("%d.%m.%Y") if self.until else "…"
            parts.append(f"Zeitraum: {a} – {b}")
        if self.kind:
            parts.append(f"Art: {self.kind}")
        if self.text:
            parts.append(_("Text: „{text}“").format(text=self.text))
        return "; ".join(parts) or _("alle Einträge")


@dataclass(frozen=True)
class FieldChange:
    field: str  # the German label
    old: str
    new: str

    def describe(self) -> str:
        return f"{self.field}: {self.old or '–'} → {self.new or '–'}"


@dataclass(frozen=True)
class AuditRow:
    id: int
    changed_at: datetime  # naive UTC, as stored
    user_name: str
    db_user: str
    kind: str
    table_name: str
    row_id: int | None
    action: str
    record_label: str
    person_id: int | None
    changes: tuple[FieldChange, ...]

    @property
    def summary(self) -> str:
        """ "Ort: – → Magdeburg; Schlagwörter: a → a, b" (for a table cell)."""
        return "; ".join(c.describe() for c in self.changes)

    @property
    def who(self) -> str:
        if self.db_user and self.db_user != self.user_name:
            return f"{self.user_name} ({self.db_user})" if self.user_name else self.db_user
        return self.user_name or self.db_user


def _utc(day: date) -> datetime:
    """Local midnight of ``day`` as naive UTC (the log's clock)."""
    return datetime.combine(day, time()).astimezone(UTC).replace(tzinfo=None)


class AuditService:
    def __init__(self, uow_factory: UnitOfWorkFactory, settings: SharedSettings) -> None:
        self._uow = uow_factory
        self._settings = settings

    # -- reading ---------------------------------------------------------------------
    def _where(self, flt: AuditFilter) -> list:
        cond = []
        if flt.who:
            cond.append(or_(AuditEntry.user_name == flt.who, AuditEntry.db_user == flt.who))
        if flt.since:
            cond.append(AuditEntry.changed_at >= _utc(flt.since))
        if flt.until:
            cond.append(AuditEntry.changed_at < _utc(flt.until + timedelta(days=1)))
        if flt.kind:
            tables = [t for t, k in AUDITED.items() if k == flt.kind]
            if not tables:
                raise ValidationError(
                    {"kind": _("Art: „{kind}“ gibt es nicht.").format(kind=flt.kind)}
                )
            cond.append(AuditEntry.table_name.in_(tables))
        text = flt.text.strip()
        if text:
            like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            cond.append(
                or_(
                    AuditEntry.record_label.ilike(like, escape="\\"),
                    AuditEntry.changes.ilike(like, escape="\\"),
                )
            )
        return cond

    def list_ids(self, flt: AuditFilter = AuditFilter(), sort: Sort | None = None) -> list[int]:
        """Ids of the entries matching ``flt``, newest first (or by ``sort``)."""
        sort = sort or Sort("changed_at", False)
        col = _SORTS.get(sort.key, AuditEntry.changed_at)
        order = [col.asc() if sort.ascending else col.desc()]
        order.append(AuditEntry.id.asc() if sort.ascending else AuditEntry.id.desc())
        with self._uow() as uow:
            stmt = select(AuditEntry.id).where(*self._where(flt)).order_by(*order)
            return list(uow.session.scalars(stmt))

    def count(self, flt: AuditFilter = AuditFilter()) -> int:
        with self._uow() as uow:
            stmt = select(func.count()).select_from(AuditEntry).where(*self._where(flt))
            return uow.session.scalar(stmt) or 0

    def rows(self, ids: Sequence[int]) -> list[AuditRow]:
        """The entries ``ids`` (in that order), with names for referenced ids."""
        wanted = list(ids)
        with self._uow() as uow:
            found: dict[int, AuditEntry] = {}
            for i in range(0, len(wanted), 500):
                stmt = select(AuditEntry).where(AuditEntry.id.in_(wanted[i : i + 500]))
                found.update((e.id, e) for e in uow.session.scalars(stmt))
            entries = [found[i] for i in wanted if i in found]
            return self._rows(uow.session, entries)

    @staticmethod
    def _rows(session, entries: Sequence[AuditEntry]) -> list[AuditRow]:
        names = Names()
        parsed = []
        for e in entries:
            changes = load_changes(e.changes)
            names.want(e.table_name, changes)
            parsed.append((e, changes))
        names.load(session)
        out = []
        for e, changes in parsed:
            fields = tuple(
                FieldChange(
                    field_label(e.table_name, column),
                    names.text(e.table_name, column, pair[0] if len(pair) > 0 else None),
                    names.text(e.table_name, column, pair[1] if len(pair) > 1 else None),
                )
                for column, pair in changes.items()
                if isinstance(pair, list)
            )
            out.append(
                AuditRow(
                    id=e.id,
                    changed_at=e.changed_at,
                    user_name=e.user_name,
                    db_user=e.db_user,
                    kind=AUDITED.get(e.table_name, e.table_name),
                    table_name=e.table_name,
                    row_id=e.row_id,
                    action=e.action,
                    record_label=e.record_label,
                    person_id=e.person_id,
                    changes=fields,
                )
            )
        return out

    def search(self, flt: AuditFilter = AuditFilter(), limit: int = SEARCH_LIMIT) -> list[AuditRow]:
        """The newest ``limit`` entries matching ``flt``."""
        with self._uow() as uow:
            stmt = (
                select(AuditEntry)
                .where(*self._where(flt))
                .order_by(AuditEntry.changed_at.desc(), AuditEntry.id.desc())
                .limit(limit)
            )
            return self._rows(uow.session, list(uow.session.scalars(stmt)))

    def for_record(self, table: str, row_id: int, limit: int = 1000) -> list[AuditRow]:
        """What happened to one record, newest first; for a person also the changes of
        records about them (affiliations, invitations, consents …); and the history of
        the records merged into it."""
        with self._uow() as uow:
            ids = merged_ids(uow.session, table, row_id)  # and the records merged into it
            cond = (AuditEntry.table_name == table) & (AuditEntry.row_id.in_(ids))
            if table == "person":
                cond = cond | (AuditEntry.person_id.in_(ids))
            stmt = (
                select(AuditEntry)
                .where(cond)
                .order_by(AuditEntry.changed_at.desc(), AuditEntry.id.desc())
                .limit(limit)
            )
            return self._rows(uow.session, list(uow.session.scalars(stmt)))

    def users(self) -> list[str]:
        """Every user name and database login seen in the log, sorted."""
        with self._uow() as uow:
            s = uow.session
            names = set(s.scalars(select(AuditEntry.user_name).distinct()))
            names |= set(s.scalars(select(AuditEntry.db_user).distinct()))
        return sorted((n for n in names if n), key=str.casefold)

    # -- export ----------------------------------------------------------------------
    def export_xlsx(
        self,
        path: str | os.PathLike[str],
        flt: AuditFilter = AuditFilter(),
        progress=None,
        cancel=None,
    ) -> int:
        """The entries matching ``flt`` as an Excel file, one line per changed field;
        returns the number of entries."""
        from wba_desktop.exchange.table import ExportColumn, ExportTable, local_time
        from wba_desktop.exchange.xlsx_export import write_xlsx

        ids = self.list_ids(flt)

        def lines() -> Iterator[list]:
            for i in range(0, len(ids), 500):
                for r in self.rows(ids[i : i + 500]):
                    base = [local_time(r.changed_at), r.user_name, r.db_user, r.kind]
                    base += [r.record_label, r.action]
                    if not r.changes:
                        yield [*base, "", "", ""]
                    for c in r.changes:
                        yield [*base, c.field, c.old, c.new]

        columns = [
            ExportColumn("changed_at", "Zeitpunkt", "datetime"),
            ExportColumn("user_name", "Benutzer"),
            ExportColumn("db_user", "Datenbankbenutzer"),
            ExportColumn("kind", "Art"),
            ExportColumn("record_label", "Datensatz"),
            ExportColumn("action", "Aktion"),
            ExportColumn("field", "Feld"),
            ExportColumn("old", "Alter Wert"),
            ExportColumn("new", "Neuer Wert"),
        ]
        table = ExportTable(_("Änderungsprotokoll"), _("Änderungen"), columns, lines(), len(ids))
        write_xlsx(
            [table],
            path,
            title=_("Änderungsprotokoll"),
            info=[("Filter", flt.describe()), (_("Einträge"), str(len(ids)))],
            progress=progress,
            cancel=cancel,
        )
        return len(ids)

    # -- retention -------------------------------------------------------------------
    def retention_days(self) -> int:
        """How long entries are kept (shared by everyone on the database)."""
        value = self._settings.get(RETENTION_KEY, DEFAULT_RETENTION_DAYS)
        return value if isinstance(value, int) and value > 0 else DEFAULT_RETENTION_DAYS

    def set_retention_days(self, days: int) -> None:
        if not isinstance(days, int) or not 30 <= days <= 36500:
            raise ValidationError(
                {"audit_retention_days": _("Aufbewahrung: bitte zwischen 30 und 36.500 Tagen.")}
            )
        self._settings.set(RETENTION_KEY, days)

    def prune(self, older_than_days: int | None = None, now: datetime | None = None) -> int:
        """Delete the entries older than ``older_than_days`` (default: the setting);
        returns how many. The only DELETE the app runs on the log. It runs after the
        start: in batches of ``PRUNE_BATCH`` oldest entries, each its own short
        transaction, so a colleague's save is never kept waiting. A login without the
        right to delete (the team database's coordination role) prunes nothing."""
        days = older_than_days if older_than_days is not None else self.retention_days()
        cutoff = (now or utcnow()) - timedelta(days=days)
        t = AuditEntry.__table__
        removed = 0
        while True:
            oldest = select(t.c.id).where(t.c.changed_at < cutoff)
            oldest = oldest.order_by(t.c.changed_at).limit(PRUNE_BATCH)
            try:
                with self._uow() as uow:
                    conn = uow.session.connection()
                    ids = list(conn.execute(oldest).scalars())
                    if ids:
                        conn.execute(delete(t).where(t.c.id.in_(ids)))
                        uow.commit()
            except DBAPIError as exc:
                if getattr(exc.orig, "sqlstate", None) != "42501":  # insufficient privilege
                    raise
                log.info("audit log not pruned: this login may not delete entries")
                return removed
            removed += len(ids)
            if len(ids) < PRUNE_BATCH:
                break
        if removed:
            log.info("audit log: %s entries older than %s days removed", removed, days)
        return removed
