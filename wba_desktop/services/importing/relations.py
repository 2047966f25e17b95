"""Import of relations: an edge list (a table) or a graph file (GEXF, GraphML).

``plan_rows(rows, mapping)`` reads an edge list recognised by
:func:`~wba_desktop.exchange.edge_list.detect_edge_list`; ``plan_graph(graph)`` a file
read by :func:`~wba_desktop.exchange.graph_files.read_graph` (nodes are
organisations, edges relations). Both give a
:class:`~wba_desktop.services.importing.relation_plan.RelationPlan` and write nothing.
Organisations the database does not know are created only with ``create_missing``
(kind „Sonstige“ unless a node's attribute says otherwise), relation types it does
not know only with ``create_types`` (as symmetric types named as the file names
them); otherwise the rows naming them are rejected, and the plan lists them.

``apply(plan)`` writes in ONE unit of work, by the relation service's rules (a
symmetric relation stored smaller id first). While rows are rejected it imports
nothing (:class:`RelationImportRefused`, naming them) unless ``import_valid`` – the
user chose to import the valid rows and leave the rejected ones. The run is recorded
in the import history (its undo removes the relations, organisations and types it
created).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from wba_desktop.db import UnitOfWorkFactory, audit
from wba_desktop.errors import ConflictError, ServiceError
from wba_desktop.exchange.edge_list import RELATION_FIELDS
from wba_desktop.exchange.graph_files import GraphFile
from wba_desktop.exchange.mapping import Mapping, normalise_header
from wba_desktop.exchange.spreadsheet import cell_name, paused_gc
from wba_desktop.i18n import _
from wba_desktop.models import Organisation, Relation, RelationType
from wba_desktop.services.directory.organisation_rules import OrganisationData, apply_to
from wba_desktop.services.importing.plan import ImportCancelled
from wba_desktop.services.importing.relation_plan import (
    EdgeInput,
    NodeInput,
    RelationPlan,
    RelationSummary,
)
from wba_desktop.services.importing.relation_planner import RelationPlanner

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
CHUNK = 2000
_FIELD_OF = {
    "rel_source": "source",
    "rel_target": "target",
    "rel_source_city": "source_city",
    "rel_target_city": "target_city",
    "rel_label": "label",
    "rel_type": "type_name",
    "rel_strength": "strength",
    "rel_from": "valid_from",
    "rel_until": "valid_until",
    "rel_note": "note",
}
#: node attributes (normalised) naming the kind, the district and the town
KIND_KEYS = ("kind", "type", "art", "typ", "art der organisation", "kategorie", "category")
DISTRICT_KEYS = ("district", "landkreis", "region", "kreis", "county")
CITY_KEYS = ("city", "ort", "stadt", "town")
EDGE_TYPE_KEYS = ("types", "type", "relation", "beziehung", "art", "typ", "kind", "label")


class RelationImportRefused(ServiceError):
    """Rows are rejected and the user did not choose to import the valid ones."""


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.strftime("%d.%m.%Y")
    return " ".join(str(value).split())


def edges_from_rows(rows: list[list[Any]], mapping: Mapping) -> list[EdgeInput]:
    """One :class:`EdgeInput` per non-blank data row below the header row."""
    cols = {f: c for c, f in mapping.columns.items() if f in RELATION_FIELDS}
    header = rows[mapping.header_row] if mapping.header_row < len(rows) else []
    labels = {}
    for f, c in cols.items():
        head = header[c] if c < len(header) else None
        letter = cell_name(0, c)[:-1]
        labels[_FIELD_OF[f]] = (
            _("Spalte {letter} „{header}“").format(letter=letter, header=head)
            if head
            else _("Spalte {letter}").format(letter=letter)
        )
    header_texts = [normalise_header(v) for v in header]
    out = []
    for i in range(mapping.header_row + 1, len(rows)):
        cells = rows[i]
        values = {_FIELD_OF[f]: (cells[c] if c < len(cells) else None) for f, c in cols.items()}
        if all(v is None or _text(v) == "" for v in values.values()):
            continue
        if [normalise_header(v) for v in cells] == header_texts:
            continue  # the header repeated
        edge = EdgeInput(f"Zeile {i + 1}", "", "", labels=labels, cells=list(cells), row_no=i + 1)
        for name, value in values.items():
            if name in ("strength", "valid_from", "valid_until", "note"):
                setattr(edge, name, value)
            else:
                setattr(edge, name, _text(value))
        out.append(edge)
    return out


def _attr(attrs: dict[str, str], keys: tuple[str, ...]) -> str:
    folded = {normalise_header(k): v for k, v in attrs.items()}
    for key in keys:
        if folded.get(key):
            return str(folded[key]).strip()
    return ""


def _split(text: str) -> list[str]:
    return [p.strip() for p in str(text or "").split(";")]


def graph_inputs(graph: GraphFile) -> tuple[list[NodeInput], list[EdgeInput]]:
    """Nodes and edges of a graph file as importer input. An edge of the app's own
    export (attributes ``directions``, ``types``, ``strengths`` …) holds several
    relations: each becomes one input, in its own direction."""
    nodes = [
        NodeInput(
            n.id,
            n.label or n.id,
            _attr(n.attrs, KIND_KEYS),
            _attr(n.attrs, DISTRICT_KEYS),
            _attr(n.attrs, CITY_KEYS),
        )
        for n in graph.nodes
    ]
    names = {n.id: n.name for n in nodes}
    edges: list[EdgeInput] = []
    for e in graph.edges:
        a = e.attrs
        base = {"labels": {}, "undirected": not e.directed}
        if a.get("directions") and a.get("types"):  # our export: relation by relation
            parts = zip(
                _split(a["directions"]),
                _split(a["types"]),
                _split(a.get("strengths", "")) + [""] * 99,
                _split(a.get("valid_from", "")) + [""] * 99,
                _split(a.get("valid_until", "")) + [""] * 99,
                strict=False,
            )
            for n, (direction, rtype, strength, start, end) in enumerate(parts, 1):
                src, _arrow, dst = direction.partition("->")
                ref = f"{e.element}, Beziehung {n}"
                for end_id in (src, dst):
                    if end_id not in names:
                        raise ServiceError(
                            _(
                                "Die Datei „{name}“: {ref} verweist auf den Knoten "
                                "„{end_id}“, den es nicht gibt. Nichts wurde importiert."
                            ).format(name=graph.name, ref=ref, end_id=end_id)
                        )
                edges.append(
                    EdgeInput(
                        ref,
                        names[src],
                        names[dst],
                        type_name=rtype,
                        strength=strength,
                        valid_from=start,
                        valid_until=end,
                        source_node=src,
                        target_node=dst,
                        **base,
                    )  # fmt: skip
                )
            continue
        label = e.label or _attr(a, EDGE_TYPE_KEYS)
        edges.append(
            EdgeInput(
                e.element,
                names[e.source],
                names[e.target],
                label=label,
                strength=e.weight,
                source_node=e.source,
                target_node=e.target,
                note=_attr(a, ("note", "notiz")),
                **base,
            )  # fmt: skip
        )
    return nodes, edges


class RelationImportService:
    """Plan and apply a relation import; see the module docstring."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def plan_rows(
        self,
        rows: list[list[Any]],
        mapping: Mapping,
        *,
        create_missing: bool = False,
        create_types: bool = False,
        source_name: str = "",
    ) -> RelationPlan:
        edges = edges_from_rows(rows, mapping)
        headers = list(rows[mapping.header_row]) if mapping.header_row < len(rows) else []
        with self._uow() as uow, paused_gc():
            planner = RelationPlanner(uow.session, create_missing, create_types)
            for edge in edges:
                planner.add_edge(edge)
            plan = planner.plan(source_name, headers)
        plan.sheet = mapping.sheet or ""
        return plan

    def plan_graph(
        self, graph: GraphFile, *, create_missing: bool = True, create_types: bool = False
    ) -> RelationPlan:
        """A graph file: its nodes are organisations (created when missing, unless
        ``create_missing`` is False), its edges relations."""
        nodes, edges = graph_inputs(graph)
        with self._uow() as uow, paused_gc():
            planner = RelationPlanner(uow.session, create_missing, create_types, kind="graph")
            for node in nodes:
                planner.add_node(node)
            for edge in edges:
                planner.add_edge(edge)
            plan = planner.plan(graph.name, [])
        plan.sheet = graph.kind.upper()
        return plan

    def apply(
        self,
        plan: RelationPlan,
        *,
        import_valid: bool = False,
        progress: Progress | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> RelationSummary:
        """Write the plan in one transaction (see the module docstring)."""
        from wba_desktop.db.backup import BEFORE_IMPORT, safety_backup
        from wba_desktop.services.importing.relation_history import record_relation_run

        rejected = plan.rejected
        if rejected and not import_valid:
            lines = plan.rejected_lines()
            shown = "\n".join(f"• {line}" for line in lines[:20])
            more = (
                _("\n… und {lines} weitere").format(lines=len(lines) - 20)
                if len(lines) > 20
                else ""
            )
            raise RelationImportRefused(
                _(
                    "{rejected_count} Zeile(n) abgelehnt; nichts wurde importiert:\n{shown}{more}"
                ).format(rejected_count=len(rejected), shown=shown, more=more)
            )
        work = [r for r in plan.rows if r.status == "new"]
        orgs_to_write = plan.org_indexes_to_write()
        summary = RelationSummary(rows_rejected=len(rejected))
        if not work and not orgs_to_write:
            return self._counted(plan, summary)
        safety_backup(self._uow.engine, BEFORE_IMPORT)
        total = len(work)

        def check_cancel() -> None:
            if cancel is not None and cancel():
                raise ImportCancelled(_("Der Import wurde abgebrochen; nichts wurde geändert."))

        with self._uow() as uow, uow.session.no_autoflush, paused_gc():
            s = uow.session
            org_ids = self._existing_orgs(s, plan)
            type_ids = self._new_types(s, plan, work)
            created_orgs = []
            tags: dict = {}
            for idx in orgs_to_write:
                org = plan.organisations[idx]
                record = Organisation()
                data = OrganisationData(
                    name=org.name, type_id=org.type_id, region_id=org.region_id, city=org.city
                )
                apply_to(record, data, s, tags)
                s.add(record)
                created_orgs.append((idx, record))
            s.flush()
            org_ids.update({idx: rec.id for idx, rec in created_orgs})
            created = self._insert_relations(s, work, org_ids, type_ids, progress, check_cancel)
            s.flush()
            check_cancel()
            summary.relations_new = len(created)
            self._counted(plan, summary)
            summary.organisations_new = len(created_orgs)
            summary.types_new = len(type_ids)
            user = getattr(self._uow, "user_name", "") or ""
            new_types = [s.get(RelationType, t) for t in type_ids.values()]
            record_relation_run(
                s, plan, summary, user, [rec for _, rec in created_orgs], created, new_types
            )  # created: the new relations' ids
            uow.commit()
        if progress is not None:
            progress(total, total, "Beziehungen")
        log.info("relation import done: %s", summary)
        return summary

    @staticmethod
    def _insert_relations(s, work, org_ids, type_ids, progress, check_cancel) -> list[int]:
        """One INSERT per chunk (not an ORM object per relation: 55,000 ties in seconds),
        logged through ``audit.bulk`` like every bulk statement; returns the new ids."""
        table = Relation.__table__
        keys: list[tuple[int, int, int]] = []
        total = len(work)
        for start in range(0, total, CHUNK):
            check_cancel()
            if progress is not None:
                progress(start, total, "Beziehungen")
            values = []
            for row in work[start : start + CHUNK]:
                a, b = org_ids[row.source], org_ids[row.target]
                tid = row.type_id if row.type_id is not None else type_ids[row.new_type]
                if not row.directed and a > b:  # stored smaller id first, see Relation
                    a, b = b, a
                keys.append((a, b, tid))
                values.append({
                    "source_id": a, "target_id": b, "type_id": tid,
                    "type_directed": row.directed, "valid_from": row.valid_from,
                    "valid_until": row.valid_until, "strength": row.strength, "note": row.note,
                })  # fmt: skip
            s.execute(insert(table), values)
        # the new ids, read back by (source, target, type), which is unique
        wanted = set(keys)
        found: dict[tuple[int, int, int], int] = {}
        sources = sorted({k[0] for k in keys})
        for start in range(0, len(sources), 500):
            part = sources[start : start + 500]
            stmt = select(table.c.id, table.c.source_id, table.c.target_id, table.c.type_id)
            for rid, a, b, t in s.execute(stmt.where(table.c.source_id.in_(part))):
                if (a, b, t) in wanted:
                    found[(a, b, t)] = rid
        ids = [found[k] for k in keys]
        audit.bulk(s, "relation", audit.CREATED, ids)
        return ids

    @staticmethod
    def _counted(plan: RelationPlan, summary: RelationSummary) -> RelationSummary:
        """The skipped duplicates and the organisations found, counted into ``summary``."""
        for r in plan.rows:
            if r.status == "duplicate":
                name = f"duplicates_{r.duplicate_kind}"
                setattr(summary, name, getattr(summary, name) + 1)
        summary.organisations_matched = sum(1 for o in plan.organisations if o.match_id)
        return summary

    @staticmethod
    def _existing_orgs(s, plan: RelationPlan) -> dict[int, int]:
        wanted = {i: o.match_id for i, o in enumerate(plan.organisations) if o.match_id}
        ids = sorted(set(wanted.values()))
        found: set[int] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found.update(s.scalars(select(Organisation.id).where(Organisation.id.in_(chunk))))
        if len(found) != len(ids):
            raise ConflictError(
                _(
                    "Eine in der Vorschau gefundene Organisation wurde inzwischen gelöscht. "
                    "Bitte die Vorschau neu erstellen."
                )
            )
        return dict(wanted)

    @staticmethod
    def _new_types(s, plan: RelationPlan, work) -> dict[str, int]:
        keys = sorted({r.new_type for r in work if r.new_type})
        out: dict[str, int] = {}
        for key in keys:
            name = plan.new_types[key].name
            clash = s.scalar(
                select(RelationType.id).where(func.lower(RelationType.name) == name.lower())
            )
            if clash is not None:
                out[key] = clash
                continue
            t = RelationType(name=name, forward_label=name, reverse_label=None, directed=False)
            s.add(t)
            s.flush()
            out[key] = t.id
        return out

    # -- the template ---------------------------------------------------------------------
    def write_template(self, path: str | Path) -> None:
        """Save the edge-list template with this database's relation types."""
        from wba_desktop.exchange.edge_template import write_edge_template

        with self._uow() as uow:
            rows = uow.session.execute(
                select(RelationType.name, RelationType.forward_label, RelationType.reverse_label)
                .order_by(RelationType.id)
            ).all()  # fmt: skip
        write_edge_template(path, [tuple(r) for r in rows])
