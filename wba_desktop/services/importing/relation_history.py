"""A relation import in the import history: one ``import_run`` row and one
``import_change`` row per organisation, relation and relation type it created, so
that „Import rückgängig“ (``services.importing.undo``) removes them again.

The run's counts are those of the organisation import's columns (organisations new
and found); the relations are counted in its changes, which the undo preview names
(„Entfernt werden: 78 Beziehungen …“).
"""

from __future__ import annotations

import json

from sqlalchemy import insert

from wba_desktop.models.imports import ImportChange, ImportRun

CREATED = "created"


def record_relation_run(
    session, plan, summary, user_name: str, orgs: list, relations: list[int], types: list
) -> ImportRun:
    """Write the run and what it created (after the last flush; no commit); ``orgs``
    and ``types`` are records, ``relations`` ids."""
    run = ImportRun(
        user_name=(user_name or "")[:100],
        file_name=(plan.source_name or "")[:260],
        sheet=(plan.sheet or "")[:100],
        mapping=plan_json(plan),
        organisations_new=summary.organisations_new,
        organisations_skipped=summary.organisations_matched,
        rows_rejected=summary.rows_rejected,
        undone_by="",
    )
    session.add(run)
    session.flush()
    rows = [_change(run.id, "organisation", o.id, o.version) for o in orgs]
    rows += [_change(run.id, "relation", rid, None) for rid in relations]
    rows += [_change(run.id, "relation_type", t.id, None) for t in types if t is not None]
    for start in range(0, len(rows), 5000):
        session.execute(insert(ImportChange.__table__), rows[start : start + 5000])
    return run


def plan_json(plan) -> str:
    """What the history keeps of a relation import's „mapping“: kind and headers."""
    doc = {"wba_relation_import": 1, "kind": plan.kind, "headers": [str(h) for h in plan.headers]}
    return json.dumps(doc, ensure_ascii=False)


def _change(run_id: int, table: str, row_id: int, version: int | None) -> dict:
    return {
        "run_id": run_id,
        "table_name": table,
        "row_id": row_id,
        "action": CREATED,
        "before": "{}",
        "version_after": version,
    }
