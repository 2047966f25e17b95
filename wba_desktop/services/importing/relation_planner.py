"""Building a relation import's preview (used by ``RelationImportService`` only).

Organisations are matched by name (and town, when the file gives one) through the
organisation import's :class:`~wba_desktop.services.importing.lookup.Lookups`:
the same ``name_key`` (case, spaces, umlaut spellings, legal-form noise), so
„IHK  magdeburg“ finds „IHK Magdeburg“. Each relation is checked like
``RelationService.save`` checks it (not to itself, strength 1 to 3, the end not before
the beginning) and compared with the relations already stored and those further up
in the file; a symmetric type counts A–B and B–A as one.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from wba_desktop.errors import ValidationError
from wba_desktop.i18n import _
from wba_desktop.models import Relation
from wba_desktop.services.directory.organisation_rules import OrganisationData, validate
from wba_desktop.services.importing.lookup import Lookups
from wba_desktop.services.importing.relation_plan import (
    EdgeInput,
    NodeInput,
    PlannedOrg,
    PlannedType,
    RelationPlan,
    RelationRow,
)
from wba_desktop.services.importing.relation_types import TypeMatcher, fold
from wba_desktop.text import clean as text_rules
from wba_desktop.text import format as fmt

MAX_TYPE_NAME = 80
NOTE_LIMIT = 10_000


def parse_date(value: Any) -> date | None:
    """A cell as a date: a date cell, „31.12.2024“, „2024-12-31“; ValueError otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text or fold(text) in ("offen", "open", "none"):
        return None
    for pattern in ("%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y", "%Y-%m-%dT%H:%M:%S"):
        try:
            return datetime.strptime(text[:19], pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


def parse_strength(value: Any) -> int:
    """1 to 3 as a whole number („2“, 2.0); ValueError with the text otherwise."""
    if value is None or value == "":
        return 2
    words = {"schwach": 1, "weak": 1, "mittel": 2, "medium": 2, "stark": 3, "strong": 3}
    if isinstance(value, str):
        text = value.strip().replace(",", ".")
        if fold(text) in words:
            return words[fold(text)]
        try:
            value = float(text)
        except ValueError:
            raise ValueError(value) from None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(str(value))
    if float(value) != int(value) or not 1 <= int(value) <= 3:
        raise ValueError(fmt.number(value))
    return int(value)


class RelationPlanner:
    """Plans one file; see the module docstring."""

    def __init__(
        self, session, create_missing: bool, create_types: bool, kind: str = "edges"
    ) -> None:
        self.s = session
        self.lookups = Lookups.load(session, people=False)  # organisations only
        self.types = TypeMatcher.load(session)
        self.create_missing = create_missing
        self.create_types = create_types
        self.kind = kind
        self.orgs: list[PlannedOrg] = []
        self._by_key: dict[tuple[str, str], int] = {}
        self._by_name: dict[str, list[int]] = {}
        self._by_node: dict[str, int] = {}
        self.new_types: dict[str, PlannedType] = {}
        self.unknown_types: dict[str, list[str]] = {}
        self.rows: list[RelationRow] = []
        self._seen: dict[tuple, int] = {}

    # -- organisations ----------------------------------------------------------------
    def add_node(self, node: NodeInput) -> None:
        """A graph file's node: an organisation (created when missing and asked to)."""
        idx = self._org(node.name, node.city, f"Knoten „{node.id}“")
        org = self.orgs[idx]
        if org.match_id is None:
            org.type_id = self.lookups.type_id(node.kind)
            org.region_id = self.lookups.region_id(node.district, node.city)
        self._by_node[node.id] = idx

    def _org(self, name: str, city: str, ref: str) -> int:
        lk = self.lookups
        key = lk.org_key(name, city)
        idx = self._by_key.get(key)
        if idx is None and not city:
            same = self._by_name.get(key[0], [])
            idx = same[0] if len(same) == 1 else None
        if idx is None:
            match = lk.match_org(name, city)
            org = PlannedOrg(name=" ".join(name.split()), city=city.strip())
            if match:
                org.match_id, org.match_label = match
            else:
                org.type_id, org.region_id = lk.fallback_type, lk.region_id("", city)
                org.problem = self._org_problem(org)
            idx = self._by_key[key] = len(self.orgs)
            self._by_name.setdefault(key[0], []).append(idx)
            self.orgs.append(org)
        refs = self.orgs[idx].refs
        if not refs or refs[-1] != ref:  # rows come in order: a repeat is the last one
            refs.append(ref)
        return idx

    @staticmethod
    def _org_problem(org: PlannedOrg) -> str:
        data = OrganisationData(name=org.name, type_id=0, city=org.city)
        try:
            validate(data)
        except ValidationError as exc:
            return "; ".join(exc.errors.values())
        return ""

    # -- relations --------------------------------------------------------------------
    def add_edge(self, edge: EdgeInput) -> None:
        row = RelationRow(edge.ref, edge.row_no, edge.cells)
        row.source_name, row.target_name = edge.source, edge.target
        row.type_text = edge.label or edge.type_name
        errors: list[str] = []

        def err(field: str, message: str, listed: bool = False) -> None:
            where = edge.labels.get(field)
            text = f"{edge.ref}, {where}: {message}" if where else f"{edge.ref}: {message}"
            errors.append(text)
            if listed:  # also in the plan's list of missing organisations or types
                row.listed.append(text)

        ends = []
        for field, name, city, node in (
            ("source", edge.source, edge.source_city, edge.source_node),
            ("target", edge.target, edge.target_city, edge.target_node),
        ):
            if node is not None:
                ends.append(self._by_node.get(node))
            elif not name.strip():
                err(field, _("Bitte die Organisation angeben."))
                ends.append(None)
            else:
                ends.append(self._org(name, city, edge.ref))
        row.source, row.target = ends
        for field, idx in (("source", row.source), ("target", row.target)):
            if idx is None:
                continue
            org = self.orgs[idx]
            if org.match_id is None and not self.create_missing:
                err(
                    field,
                    _(
                        "Die Organisation „{label}“ gibt es in der Datenbank nicht (mit "
                        "„Fehlende Organisationen anlegen“ wird sie angelegt)."
                    ).format(label=org.label),
                    listed=True,
                )
            elif org.match_id is None and org.problem:
                err(
                    field,
                    _("„{name}“ lässt sich nicht anlegen: {problem}").format(
                        name=org.name, problem=org.problem
                    ),
                )
        if row.source is not None and row.source == row.target:
            err(
                "target",
                _(
                    "Eine Organisation kann keine Beziehung zu sich selbst haben "
                    "(„{label}“ auf beiden Seiten)."
                ).format(label=self.orgs[row.source].label),
            )
        self._type(edge, row, err)
        try:
            row.strength = parse_strength(edge.strength)
        except ValueError as exc:
            err(
                "strength",
                _("„{value}“ ist keine Stärke von 1 bis 3 (1 schwach, 3 stark).").format(value=exc),
            )
        for field in ("valid_from", "valid_until"):
            try:
                setattr(row, field, parse_date(getattr(edge, field)))
            except ValueError as exc:
                err(field, _("„{value}“ ist kein Datum (TT.MM.JJJJ).").format(value=exc))
        if row.valid_from and row.valid_until and row.valid_until < row.valid_from:
            err(
                "valid_until",
                _("Das Ende ({end}) liegt vor dem Beginn ({start}).").format(
                    end=fmt.day(row.valid_until), start=fmt.day(row.valid_from)
                ),
            )
        note = "" if edge.note is None else str(edge.note)
        message = text_rules.check("Notiz", note, NOTE_LIMIT)
        if message:
            err("note", message.partition(": ")[2] or message)
        row.note = text_rules.clean(note) if not message else ""
        if errors:
            row.status, row.reasons = "rejected", errors
        else:
            self._duplicate(row)
        self.rows.append(row)

    def _type(self, edge: EdgeInput, row: RelationRow, err) -> None:
        found = None
        texts = [t for t in (edge.label, edge.type_name) if t and t.strip()]
        for text in texts:
            found = self.types.match(text)
            if found:
                break
        if not texts:
            tid = self.types.default()
            found = (tid, False) if tid is not None else None
        if found:
            row.type_id, flipped = found
            row.directed = self.types.types[row.type_id].directed
            if flipped:
                row.source, row.target = row.target, row.source
            return
        text = " ".join((texts[0] if texts else "").split())
        field = "label" if edge.label else "type"
        if not self.create_types:
            self.unknown_types.setdefault(text, []).append(edge.ref)
            err(
                field,
                _(
                    "Die Beziehungsart „{text}“ gibt es nicht (mit „Neue Beziehungsarten "
                    "anlegen“ wird sie angelegt)."
                ).format(text=text),
                listed=True,
            )
            return
        if len(text) > MAX_TYPE_NAME:
            err(
                field,
                _("„{start}…“ ist als Name einer Beziehungsart zu lang.").format(start=text[:40]),
            )
            return
        key = fold(text)
        planned = self.new_types.setdefault(key, PlannedType(text))
        planned.refs.append(edge.ref)
        row.new_type, row.directed = key, False

    def _duplicate(self, row: RelationRow) -> None:
        a, b = row.source, row.target
        type_key = row.type_id if row.type_id is not None else row.new_type
        key = (a, b, type_key)
        reversed_key = (b, a, type_key)
        if not row.directed and reversed_key in self._seen:
            first = self._seen[reversed_key]
            row.status, row.duplicate_kind = "duplicate", "reversed"
            row.note_text = f"umgekehrt wie {self.rows[first].ref} (ungerichtete Art)"
            return
        if key in self._seen:
            row.status, row.duplicate_kind = "duplicate", "file"
            row.note_text = f"wie {self.rows[self._seen[key]].ref}"
            return
        self._seen[key] = len(self.rows)

    def mark_existing(self) -> None:
        """Relations already stored between matched organisations: skipped."""
        ids = sorted({o.match_id for o in self.orgs if o.match_id is not None})
        stored: set[tuple[int, int, int]] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            stmt = select(Relation.source_id, Relation.target_id, Relation.type_id).where(
                Relation.source_id.in_(chunk)
            )
            stored.update(tuple(r) for r in self.s.execute(stmt))
        if not stored:
            return
        for row in self.rows:
            if row.status != "new" or row.type_id is None:
                continue
            a, b = self.orgs[row.source].match_id, self.orgs[row.target].match_id
            if a is None or b is None:
                continue
            if (a, b, row.type_id) in stored:
                row.status, row.duplicate_kind = "duplicate", "database"
                row.note_text = _("schon in der Datenbank")
            elif not row.directed and (b, a, row.type_id) in stored:
                row.status, row.duplicate_kind = "duplicate", "reversed"
                row.note_text = _("umgekehrt schon in der Datenbank (ungerichtete Art)")

    def plan(self, source_name: str, headers: list[Any]) -> RelationPlan:
        self.mark_existing()
        labels = {t.id: t.forward_label for t in self.types.types.values()}
        return RelationPlan(
            self.rows,
            self.orgs,
            self.new_types,
            self.unknown_types,
            self.create_missing,
            self.create_types,
            source_name,
            headers,
            self.kind,
            type_labels=labels,
        )
