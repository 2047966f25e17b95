"""What an import will do, before anything is written: the rows with status, reasons and
proposed action, the organisations and people they plan, and the summary afterwards.

The planner fills these; the view shows them; the writer applies them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from wba_desktop.errors import ServiceError
from wba_desktop.exchange.mapping import Mapping
from wba_desktop.i18n import _
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData, display_name


def row_head(row_no: int) -> str:
    """„Zeile 7“, the start of every reason about a row (in the language in use)."""
    return _("Zeile {row_no}").format(row_no=row_no)


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
    #: consents the row declares (``consent_columns.ConsentCell``)
    consents: list[Any] = field(default_factory=list)
    #: topic ids and target groups of the „Leistungen“ / „Zielgruppen“ columns
    offer_topics: tuple[int, ...] = ()
    offer_groups: tuple[str, ...] = ()
    #: whom a rejected row is about, from its cells as written (validated or not)
    org_name: str = ""
    person_name: str = ""

    @property
    def name(self) -> str:
        """„Wirtschaftsförderung Musterkreis / Anna Beispiel“ (either part may be missing)."""
        return " / ".join(n for n in (self.org_name, self.person_name) if n)

    def bare_reasons(self) -> list[str]:
        """The reasons without their leading „Zeile n, “ / „Zeile n: “."""
        prefixes = (f"{row_head(self.row_no)}, ", f"{row_head(self.row_no)}: ")
        return [r.removeprefix(prefixes[0]).removeprefix(prefixes[1]) for r in self.reasons]

    def named_reasons(self) -> list[str]:
        """The reasons naming the row's organisation or person: „Zeile 7 (Muster GmbH /
        Anna Beispiel), Spalte D „E-Mail“: …“."""
        if not self.name:
            return list(self.reasons)
        head = row_head(self.row_no)
        return [
            f"{head} ({self.name}){r[len(head) :]}" if r.startswith(head) else r
            for r in self.reasons
        ]


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
    consents_recorded: int = 0
    offers_new: int = 0

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
        """The summary in the language in use, one line per kind of record."""
        counts = _("{new} neu, {updated} aktualisiert, {skipped} unverändert oder übersprungen")
        lines = [
            _("Organisationen: {counts}").format(
                counts=counts.format(
                    new=self.organisations_new,
                    updated=self.organisations_updated,
                    skipped=self.organisations_skipped,
                )
            ),
            _("Personen: {counts}").format(
                counts=counts.format(
                    new=self.people_new, updated=self.people_updated, skipped=self.people_skipped
                )
            ),
            _("Zuordnungen Person–Organisation: {new} neu").format(new=self.affiliations_new),
            _("Abgelehnte Zeilen: {count}").format(count=self.rows_rejected),
        ]
        if self.consents_recorded:
            lines.insert(
                3,
                _("Einwilligungen und Widerrufe: {count} erfasst").format(
                    count=self.consents_recorded
                ),
            )
        if self.offers_new:
            lines.insert(3, _("Leistungen: {new} neu").format(new=self.offers_new))
        if self.predicted:
            head = _(
                "Zusammenfassung (es werden {new} Datensätze angelegt, {updated} ggf. "
                "aktualisiert):"
            )
        else:
            head = _(
                "Zusammenfassung (es wurden {new} Datensätze angelegt, {updated} aktualisiert):"
            )
        return "\n".join([head.format(new=self.new, updated=self.updated), *lines])


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
    #: the import file's name: the source of its consents and of new people's data
    source_name: str = ""
    #: the „Einwilligung <Zweck>“ columns (``consent_columns.ConsentColumn``)
    consent_columns: list[Any] = field(default_factory=list)

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
            action = action_for(row, decisions, self.default_action)
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


def action_for(row: PlanRow, decisions, default: Action) -> Action:
    """The action for one row: new without a match, else the decision or the proposal."""
    if row.status != "match":
        return Action.NEW
    if isinstance(decisions, dict):
        return Action(decisions.get(row.row_no, row.action))
    return Action(decisions) if decisions is not None else row.action or default
