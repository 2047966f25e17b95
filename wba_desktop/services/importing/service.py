"""Import of organisations and people from a spreadsheet: preview first, then one transaction.

``ImportService.plan(rows, mapping)`` reads the rows (from
``wba_desktop.exchange.read_rows``) with a :class:`~wba_desktop.exchange.mapping.Mapping`,
validates each row, matches it against the database (organisations by normalised
name and city, people by e-mail or by name at the same organisation) and against the
rows above it, and proposes an action per row. Nothing is written.

``ImportService.apply(plan, decisions)`` then writes everything in ONE unit of work:
cancelling, an error or a crash leaves the database as it was. Per row with a match
the user decides (:class:`Action`): ``skip`` leaves the existing records untouched,
``fill`` fills their empty fields, ``overwrite`` replaces their values with the
row's non-empty ones (an empty cell never erases), ``new`` creates new records
anyway. Parts of a row without a match are always created. On SQLite a backup
("vor-import") is written before anything is. The same transaction records the run
in the import history (``history.record_run``), for "Import rückgängig".
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.exchange.mapping import Mapping
from wba_desktop.exchange.spreadsheet import paused_gc
from wba_desktop.i18n import _
from wba_desktop.services.importing.lookup import Lookups
from wba_desktop.services.importing.plan import (
    Action,
    ImportCancelled,
    ImportPlan,
    ImportSummary,
    PlanRow,
    action_for,
)
from wba_desktop.services.importing.prefetch import Prefetched

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


class ImportService:
    """Plan and apply an import; see the module docstring."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    # -- preview ---------------------------------------------------------------------
    def prefetch(self) -> Prefetched:
        """Start reading what the preview matches against, on a background thread, to
        run while the file is read (see :mod:`~wba_desktop.services.importing.prefetch`);
        hand the result to :meth:`plan`."""

        def load() -> Lookups:
            with self._uow() as uow, paused_gc():
                return Lookups.load(uow.session)

        return Prefetched(load)

    def plan(
        self,
        rows: list[list[Any]],
        mapping: Mapping,
        default_action: Action | str = Action.FILL,
        source_name: str = "",
        today: date | None = None,
        prefetched: Prefetched | None = None,
    ) -> ImportPlan:
        """Validate and match every data row below the header row; writes nothing.
        ``source_name`` (the file's name) becomes the source of the consents of
        „Einwilligung <Zweck>“ columns and the data source of new people;
        ``prefetched``: what :meth:`prefetch` read meanwhile (used if still fresh)."""
        default_action = Action(default_action)
        headers = list(rows[mapping.header_row]) if mapping.header_row < len(rows) else []
        from wba_desktop.services.importing.consent_columns import find_consent_columns
        from wba_desktop.services.importing.offer_columns import OFFER_INPUTS, load_topics
        from wba_desktop.services.importing.planner import Planner

        with self._uow() as uow, paused_gc():
            lookups = (prefetched and prefetched.take()) or Lookups.load(uow.session)
            consent_columns = find_consent_columns(uow.session, headers)
            if consent_columns:  # consent columns are no fields
                taken = {c.column for c in consent_columns}
                mapping = replace(
                    mapping, columns={c: f for c, f in mapping.columns.items() if c not in taken}
                )
            planner = Planner(mapping, headers, lookups, default_action)
            planner.consent_columns = consent_columns
            if set(mapping.columns.values()) & OFFER_INPUTS:
                planner.offer_topics = load_topics(uow.session)
            planner.today = today or date.today()
            for i in range(mapping.header_row + 1, len(rows)):
                planner.add(i, rows[i])
            planner.match_people_by_name(uow.session)
            matched = {p.match_id for p in planner.people if p.match_id is not None}
            links = lookups.links(uow.session, matched)
            lookups.release_later()
        return ImportPlan(
            *(mapping, headers, planner.rows, planner.orgs, planner.people, default_action),
            links,
            source_name=source_name,
            consent_columns=consent_columns,
        )

    # -- writing ----------------------------------------------------------------------
    def apply(
        self,
        plan: ImportPlan,
        decisions: dict[int, Action | str] | Action | str | None = None,
        progress: Progress | None = None,
        cancel: Callable[[], bool] | None = None,
        *,
        backup: bool = True,
    ) -> ImportSummary:
        """Write the plan in one transaction. ``decisions``: per row number, or one action
        for all rows with a match (default: each row's proposed action). ``backup=False``
        when the caller has just made the safety copy (``db.backup.safety_backup``)."""
        from wba_desktop.db.backup import BEFORE_IMPORT, safety_backup
        from wba_desktop.services.importing.apply import Writer
        from wba_desktop.services.importing.history import ChangeTracker, record_run

        if isinstance(decisions, str):
            decisions = Action(decisions)
        work = [r for r in plan.rows if r.status != "rejected"]
        total = len(work)
        every = max(1, total // 200)
        if total and backup:
            safety_backup(self._uow.engine, BEFORE_IMPORT)  # SQLite: one copy, pruned
        with self._uow() as uow, uow.session.no_autoflush, paused_gc():  # one flush at the end
            user = getattr(self._uow, "user_name", "") or ""
            tracker = ChangeTracker(uow.session)  # for the import history
            writer = Writer(uow.session, plan, user)
            for done, row in enumerate(work):
                if done % every == 0:
                    if cancel is not None and cancel():
                        raise ImportCancelled(
                            _("Der Import wurde abgebrochen; nichts wurde geändert.")
                        )
                    if progress is not None:
                        progress(done, total, "Import")
                self._apply_row(writer, row, action_for(row, decisions, plan.default_action))
            writer.finish()
            record_run(
                uow.session,
                tracker,
                plan,
                writer.summary,
                user,
                len(plan.rows) - total,
                writer.created,
            )
            if cancel is not None and cancel():
                raise ImportCancelled(_("Der Import wurde abgebrochen; nichts wurde geändert."))
            uow.commit()
        if progress is not None:
            progress(total, total, "Import")
        writer.summary.rows_rejected = len(plan.rows) - total
        log.info("import done: %s", writer.summary)
        return writer.summary

    # -- the template --------------------------------------------------------------------
    def template_purposes(self) -> list[str]:
        """Names of the active consent purposes: one „Einwilligung <Zweck>“ column each."""
        from sqlalchemy import select

        from wba_desktop.models import ConsentPurpose

        with self._uow() as uow:
            stmt = (
                select(ConsentPurpose.name)
                .where(ConsentPurpose.active.is_(True))
                .order_by(ConsentPurpose.sort_order, ConsentPurpose.name)
            )
            return list(uow.session.scalars(stmt))

    def write_template(self, path: str | Path) -> None:
        """Save the import template („Vorlage“) with this database's consent purposes."""
        from wba_desktop.exchange.import_template import write_template

        write_template(path, self.template_purposes())

    @staticmethod
    def _apply_row(writer, row: PlanRow, action: Action) -> None:
        """One row inside the transaction (a seam for tests that make it fail)."""
        writer.row(row, action)


def write_rejected_xlsx(plan: ImportPlan, path: str | Path) -> int:
    """Save the rejected rows with whom they are about and their reasons, through the
    export's formula guard (xlsx, or CSV for a ``.csv`` path); returns how many rows."""
    from wba_desktop.exchange.rejected import RejectedRow, write_rejected

    rows = [RejectedRow(r.row_no, r.name, r.bare_reasons(), r.cells) for r in plan.rejected]
    return write_rejected(plan.headers, rows, path, source=plan.source_name)


def rejected_lines(plan: ImportPlan) -> Iterable[str]:
    """One German line per reason of every rejected row, naming whom the row is about."""
    for row in plan.rejected:
        yield from row.named_reasons()
