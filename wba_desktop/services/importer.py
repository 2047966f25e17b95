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
anyway. Parts of a row without a match are always created.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.exchange.mapping import Mapping
from wba_desktop.exchange.spreadsheet import paused_gc
from wba_desktop.services.errors import ServiceError
from wba_desktop.services.import_lookup import Lookups
from wba_desktop.services.organisations import OrganisationData
from wba_desktop.services.people import PersonData, display_name

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


class Action(StrEnum):
    SKIP = "skip"
    FILL = "fill"
    OVERWRITE = "overwrite"
    NEW = "new"


ACTION_LABELS = {
    Action.SKIP: "überspringen",
    Action.FILL: "leere Felder ergänzen",
    Action.OVERWRITE: "überschreiben",
    Action.NEW: "neu anlegen",
}


class ImportCancelled(ServiceError):
    """The user cancelled; nothing was written."""


@dataclass
class PlannedOrganisation:
    """An organisation the file names (once, however many rows repeat it)."""

    data: OrganisationData
    first_row: int
    match_id: int | None = None
    match_label: str = ""
    type_given: bool = False
    region_given: bool = False

    @property
    def label(self) -> str:
        return f"{self.data.name} ({self.data.city})" if self.data.city else self.data.name


@dataclass
class PlannedPerson:
    """A person the file names; ``match_reason`` says why it is taken as an existing one."""

    data: PersonData
    first_row: int
    match_id: int | None = None
    match_reason: str = ""

    @property
    def label(self) -> str:
        return display_name(self.data.title, self.data.first_name, self.data.last_name)


@dataclass
class PlanRow:
    """One data row of the sheet: status, reasons and what it refers to.

    ``status`` is ``new`` (nothing known yet), ``match`` (a record exists in the
    database or an earlier row names the same), or ``rejected`` (see ``reasons``).
    """

    row_no: int
    cells: list[Any]
    status: str = "new"
    reasons: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    organisation: int | None = None  # index into ImportPlan.organisations
    person: int | None = None  # index into ImportPlan.people
    org_data: OrganisationData | None = None
    person_data: PersonData | None = None
    function: str = ""
    department: str = ""
    matches: list[str] = field(default_factory=list)
    action: Action = Action.NEW


@dataclass
class ImportSummary:
    """Counts of a preview (``predicted``) or of a finished import."""

    organisations_new: int = 0
    organisations_updated: int = 0
    organisations_skipped: int = 0
    people_new: int = 0
    people_updated: int = 0
    people_skipped: int = 0
    affiliations_new: int = 0
    rows_rejected: int = 0
    predicted: bool = False

    @property
    def new(self) -> int:
        return self.organisations_new + self.people_new

    @property
    def updated(self) -> int:
        return self.organisations_updated + self.people_updated

    @property
    def skipped(self) -> int:
        return self.organisations_skipped + self.people_skipped

    @property
    def rejected(self) -> int:
        return self.rows_rejected

    def text(self) -> str:
        """The summary in German, one line per kind of record."""
        verb = "werden" if self.predicted else "wurden"
        lines = [
            f"Organisationen: {self.organisations_new} neu, {self.organisations_updated} "
            f"aktualisiert, {self.organisations_skipped} unverändert oder übersprungen",
            f"Personen: {self.people_new} neu, {self.people_updated} aktualisiert, "
            f"{self.people_skipped} unverändert oder übersprungen",
            f"Zuordnungen Person–Organisation: {self.affiliations_new} neu",
            f"Abgelehnte Zeilen: {self.rows_rejected}",
        ]
        head = f"Zusammenfassung (es {verb} {self.new} Datensätze angelegt, {self.updated} "
        head += "ggf. aktualisiert):" if self.predicted else "aktualisiert):"
        return "\n".join([head, *lines])


@dataclass
class ImportPlan:
    """The preview: rows with status and reasons, and the records they name."""

    mapping: Mapping
    headers: list[Any]
    rows: list[PlanRow]
    organisations: list[PlannedOrganisation]
    people: list[PlannedPerson]
    default_action: Action = Action.FILL
    #: (person id, organisation id) of existing affiliations of matched people
    links: set[tuple[int, int]] = field(default_factory=set)

    @property
    def rejected(self) -> list[PlanRow]:
        return [r for r in self.rows if r.status == "rejected"]

    @property
    def matched(self) -> list[PlanRow]:
        return [r for r in self.rows if r.status == "match"]

    def summary(self, decisions: dict[int, Action] | Action | None = None) -> ImportSummary:
        """What ``apply`` would do with these decisions (updates are at most this many)."""
        s = ImportSummary(predicted=True, rows_rejected=len(self.rejected))
        done_orgs: set[int] = set()
        done_people: set[int] = set()
        links: set[tuple[int, int]] = set()
        for row in self.rows:
            if row.status == "rejected":
                continue
            action = _action_for(row, decisions, self.default_action)
            org_ok = self._count(
                s, "organisations", row.organisation, self.organisations, action, done_orgs
            )
            person_ok = self._count(s, "people", row.person, self.people, action, done_people)
            if org_ok and person_ok and row.organisation is not None and row.person is not None:
                pair = (row.person, row.organisation)
                org, person = self.organisations[row.organisation], self.people[row.person]
                known = (person.match_id, org.match_id) in self.links and action is not Action.NEW
                if pair not in links and not known:
                    links.add(pair)
                    s.affiliations_new += 1
        return s

    @staticmethod
    def _count(s, kind: str, idx, planned, action: Action, done: set[int]) -> bool:
        """Count one reference; True when the record is created or updated (so linked)."""
        if idx is None:
            return True
        item = planned[idx]
        if idx in done:  # named again further down the file: the same record
            return True
        if item.match_id is None or action is Action.NEW:
            done.add(idx)
            setattr(s, f"{kind}_new", getattr(s, f"{kind}_new") + 1)
            return True
        done.add(idx)
        if action is Action.SKIP:
            setattr(s, f"{kind}_skipped", getattr(s, f"{kind}_skipped") + 1)
            return kind == "organisations"
        setattr(s, f"{kind}_updated", getattr(s, f"{kind}_updated") + 1)
        return True


def _action_for(row: PlanRow, decisions, default: Action) -> Action:
    if row.status != "match":
        return Action.NEW
    if isinstance(decisions, dict):
        return Action(decisions.get(row.row_no, row.action))
    return Action(decisions) if decisions is not None else row.action or default


class ImportService:
    """Plan and apply an import; see the module docstring."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    # -- preview ---------------------------------------------------------------------
    def plan(
        self,
        rows: list[list[Any]],
        mapping: Mapping,
        default_action: Action | str = Action.FILL,
    ) -> ImportPlan:
        """Validate and match every data row below the header row; writes nothing."""
        default_action = Action(default_action)
        headers = list(rows[mapping.header_row]) if mapping.header_row < len(rows) else []
        from wba_desktop.services.import_planner import Planner

        with self._uow() as uow, paused_gc():
            lookups = Lookups.load(uow.session)
            planner = Planner(mapping, headers, lookups, default_action)
            for i in range(mapping.header_row + 1, len(rows)):
                planner.add(i, rows[i])
            planner.match_people_by_name(uow.session)
            matched = {p.match_id for p in planner.people if p.match_id is not None}
            links = lookups.links(uow.session, matched)
        return ImportPlan(
            mapping, headers, planner.rows, planner.orgs, planner.people, default_action, links
        )

    # -- writing ----------------------------------------------------------------------
    def apply(
        self,
        plan: ImportPlan,
        decisions: dict[int, Action | str] | Action | str | None = None,
        progress: Progress | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> ImportSummary:
        """Write the plan in one transaction. ``decisions``: per row number, or one action
        for all rows with a match (default: each row's proposed action)."""
        from wba_desktop.services.import_apply import Writer

        if isinstance(decisions, str):
            decisions = Action(decisions)
        work = [r for r in plan.rows if r.status != "rejected"]
        total = len(work)
        every = max(1, total // 200)
        with self._uow() as uow, uow.session.no_autoflush, paused_gc():  # one flush at the end
            writer = Writer(uow.session, plan)
            for done, row in enumerate(work):
                if done % every == 0:
                    if cancel is not None and cancel():
                        raise ImportCancelled(
                            "Der Import wurde abgebrochen; nichts wurde geändert."
                        )
                    if progress is not None:
                        progress(done, total, "Import")
                self._apply_row(writer, row, _action_for(row, decisions, plan.default_action))
            writer.finish()
            if cancel is not None and cancel():
                raise ImportCancelled("Der Import wurde abgebrochen; nichts wurde geändert.")
            uow.commit()
        if progress is not None:
            progress(total, total, "Import")
        writer.summary.rows_rejected = len(plan.rows) - total
        log.info("import done: %s", writer.summary)
        return writer.summary

    @staticmethod
    def _apply_row(writer, row: PlanRow, action: Action) -> None:
        """One row inside the transaction (a seam for tests that make it fail)."""
        writer.row(row, action)


def write_rejected_xlsx(plan: ImportPlan, path: str | Path) -> int:
    """Save the rejected rows with their reasons as xlsx; returns how many rows."""
    from wba_desktop.services.import_apply import write_rejected

    return write_rejected(plan, Path(path))


def rejected_lines(plan: ImportPlan) -> Iterable[str]:
    """One German line per reason of every rejected row."""
    for row in plan.rejected:
        yield from row.reasons
