"""What a relation import will do, before anything is written.

The input is a list of :class:`EdgeInput` (one per row of an edge list or per edge of
a graph file) and, for a graph file, the nodes as :class:`NodeInput`. The planner
(``relation_planner``) turns them into a :class:`RelationPlan`: the organisations
named (matched by name like the organisation import, or to be created), the relation
types (matched, or new), and one :class:`RelationRow` per input with its status –
``new``, ``duplicate`` (already in the database or earlier in the file; skipped and
counted) or ``rejected`` (with German reasons naming row and column, or the element).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wba_desktop.i18n import _
from wba_desktop.text import format as fmt


@dataclass
class EdgeInput:
    """One relation as a file gives it; ``ref`` names it („Zeile 7“, „Kante „e3“ …“),
    ``labels`` how a message names each field („Spalte A „Von““)."""

    ref: str
    source: str
    target: str
    source_city: str = ""
    target_city: str = ""
    label: str = ""
    type_name: str = ""
    strength: Any = None
    valid_from: Any = None
    valid_until: Any = None
    note: Any = None
    undirected: bool = False
    #: node ids of a graph file (then ``source``/``target`` are the nodes' names)
    source_node: str | None = None
    target_node: str | None = None
    labels: dict[str, str] = field(default_factory=dict)
    cells: list[Any] = field(default_factory=list)
    row_no: int = 0


@dataclass
class NodeInput:
    """A node of a graph file: an organisation with optional kind, district and town."""

    id: str
    name: str
    kind: str = ""
    district: str = ""
    city: str = ""


@dataclass
class PlannedOrg:
    name: str
    city: str = ""
    match_id: int | None = None
    match_label: str = ""
    type_id: int | None = None
    region_id: int | None = None
    refs: list[str] = field(default_factory=list)
    #: why it cannot be created (name too long …), German
    problem: str = ""

    @property
    def label(self) -> str:
        return f"{self.name} ({self.city})" if self.city else self.name


@dataclass
class PlannedType:
    """A relation type the file names that does not exist yet (created when confirmed)."""

    name: str
    refs: list[str] = field(default_factory=list)


@dataclass
class RelationRow:
    ref: str
    row_no: int
    cells: list[Any]
    status: str = "new"  # new, duplicate, rejected
    reasons: list[str] = field(default_factory=list)
    #: the reasons about a missing organisation or an unknown type (listed apart)
    listed: list[str] = field(default_factory=list)
    note_text: str = ""  # what happens (duplicates: why skipped)
    source_name: str = ""
    target_name: str = ""
    type_text: str = ""
    source: int | None = None  # index into RelationPlan.organisations
    target: int | None = None
    type_id: int | None = None  # an existing type
    new_type: str | None = None  # key into RelationPlan.new_types
    directed: bool = False
    strength: int = 2
    valid_from: Any = None
    valid_until: Any = None
    note: str = ""
    duplicate_kind: str = ""  # database, file, reversed


@dataclass
class RelationSummary:
    relations_new: int = 0
    duplicates_database: int = 0
    duplicates_file: int = 0
    duplicates_reversed: int = 0
    organisations_new: int = 0
    organisations_matched: int = 0
    types_new: int = 0
    rows_rejected: int = 0
    predicted: bool = False

    @property
    def skipped(self) -> int:
        return self.duplicates_database + self.duplicates_file + self.duplicates_reversed

    def text(self) -> str:
        """The counts in German, one line per kind of record."""
        head = _("So würde importiert:") if self.predicted else _("Importiert:")
        lines = [
            head,
            f"Beziehungen: {fmt.integer(self.relations_new)} neu",
            _(
                "Übersprungen: {duplicates_database} schon vorhanden, "
                "{duplicates_file} doppelt in der Datei, "
                "{duplicates_reversed} umgekehrt doppelt (ungerichtete Art)"
            ).format(
                duplicates_database=fmt.integer(self.duplicates_database),
                duplicates_file=fmt.integer(self.duplicates_file),
                duplicates_reversed=fmt.integer(self.duplicates_reversed),
            ),
            f"Organisationen: {fmt.integer(self.organisations_matched)} gefunden, "
            f"{fmt.integer(self.organisations_new)} neu",
        ]
        if self.types_new:
            lines.append(f"Beziehungsarten: {fmt.integer(self.types_new)} neu")
        lines.append(f"Abgelehnte Zeilen: {fmt.integer(self.rows_rejected)}")
        return "\n".join(lines)


@dataclass
class RelationPlan:
    rows: list[RelationRow]
    organisations: list[PlannedOrg]
    new_types: dict[str, PlannedType]
    #: the texts naming types that do not exist (when not creating them), with refs
    unknown_types: dict[str, list[str]]
    create_missing: bool
    create_types: bool
    source_name: str = ""
    headers: list[Any] = field(default_factory=list)
    kind: str = "edges"  # edges (a table) or graph (a GEXF/GraphML file)
    sheet: str = ""
    #: type id -> its forward label, as the preview shows a relation
    type_labels: dict[int, str] = field(default_factory=dict)

    @property
    def rejected(self) -> list[RelationRow]:
        return [r for r in self.rows if r.status == "rejected"]

    @property
    def missing(self) -> list[PlannedOrg]:
        """Organisations the file names that are not in the database."""
        return [o for o in self.organisations if o.match_id is None]

    def used_orgs(self, valid_only: bool = True) -> set[int]:
        used: set[int] = set()
        for r in self.rows:
            if r.status == "new" or not valid_only:
                used.update(i for i in (r.source, r.target) if i is not None)
        return used

    def summary(self) -> RelationSummary:
        s = RelationSummary(predicted=True)
        for r in self.rows:
            if r.status == "new":
                s.relations_new += 1
            elif r.status == "duplicate":
                name = f"duplicates_{r.duplicate_kind}"
                setattr(s, name, getattr(s, name) + 1)
            else:
                s.rows_rejected += 1
        orgs = self.org_indexes_to_write()
        s.organisations_new = sum(1 for i in orgs if self.organisations[i].match_id is None)
        s.organisations_matched = sum(1 for o in self.organisations if o.match_id is not None)
        s.types_new = len({r.new_type for r in self.rows if r.status == "new" and r.new_type})
        return s

    def org_indexes_to_write(self) -> list[int]:
        """New organisations to create: those of importable rows, and for a graph file
        every node (a node without edges is an organisation too)."""
        if self.kind == "graph" and self.create_missing:
            return [i for i, o in enumerate(self.organisations) if not o.problem]
        return sorted(i for i in self.used_orgs() if self.organisations[i].match_id is None)

    def missing_lines(self, limit: int = 50) -> list[str]:
        """„„Muster GmbH“ (Zeile 4, 9)“ per organisation not in the database."""
        out = []
        for org in self.missing[:limit]:
            out.append(f"„{org.label}“ ({_refs(org.refs)})")
        return out

    def unknown_type_lines(self) -> list[str]:
        return [f"„{text}“ ({_refs(refs)})" for text, refs in self.unknown_types.items()]

    def write_rejected(self, path) -> int:
        """Save the rejected rows with their reasons (xlsx, or CSV for a ``.csv`` path)
        through the export's formula guard; returns how many rows."""
        from wba_desktop.exchange.rejected import RejectedRow, write_rejected

        rows = [
            RejectedRow(
                r.row_no,
                f"{r.source_name} – {r.target_name}",
                [x.removeprefix(f"{r.ref}, ").removeprefix(f"{r.ref}: ") for x in r.reasons],
                r.cells,
            )
            for r in self.rejected
        ]
        return write_rejected(self.headers, rows, path, source=self.source_name)

    def rejected_lines(self, skip_listed: bool = False) -> list[str]:
        """The reasons of the rejected rows; ``skip_listed``: without those about missing
        organisations and unknown types (:meth:`missing_lines`, :meth:`unknown_type_lines`)."""
        return [
            reason
            for r in self.rejected
            for reason in r.reasons
            if not (skip_listed and reason in r.listed)
        ]


def _refs(refs: list[str], limit: int = 5) -> str:
    """„Zeilen 2, 3 und 4“ / „Zeile 7“ / „Knoten „a““; beyond ``limit``: „und 3 weitere“."""
    if len(refs) > 1 and all(r.startswith("Zeile ") for r in refs):
        numbers = [r.removeprefix("Zeile ") for r in refs]
        shown = "Zeilen " + ", ".join(numbers[:limit])
        more = len(numbers) - limit
        return shown + (_(" und {more} weitere").format(more=fmt.integer(more)) if more > 0 else "")
    shown = ", ".join(refs[:limit])
    return shown + (
        _(" und {limit} weitere").format(limit=fmt.integer(len(refs) - limit))
        if len(refs) > limit
        else ""
    )
