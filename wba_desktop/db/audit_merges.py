"""Which records were merged into a record (``services/directory/merge.py``), read from
the audit log: the merge entry on the record that stayed carries the other record's
number (``merged_id``). The history of a record and the erasure of a person follow
these, so the other record's old entries stay readable under the one that stayed and
are erased with it."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from wba_desktop.models.privacy import AuditEntry

#: the key of the merge entry's changes naming the merged record's number
MERGED_ID = "merged_id"


def merged_ids(session: Session, table: str, row_id: int) -> list[int]:
    """``row_id`` first, then every record of ``table`` merged into it, also those
    merged into a record that was merged later (breadth first, each once)."""
    t = AuditEntry.__table__
    found = [row_id]
    frontier = [row_id]
    while frontier:
        rows = session.connection().execute(
            select(t.c.changes).where(
                t.c.table_name == table,
                t.c.row_id.in_(frontier),
                t.c.changes.like(f'%"{MERGED_ID}"%'),
            )
        )
        frontier = []
        for (raw,) in rows:
            try:
                pair = json.loads(raw or "{}").get(MERGED_ID)
            except (ValueError, AttributeError):
                continue
            other = pair[1] if isinstance(pair, list) and len(pair) > 1 else None
            if isinstance(other, int) and other not in found:
                found.append(other)
                frontier.append(other)
    return found


def deleted_values(session: Session, table: str, row_id: int, keys: tuple[str, ...]) -> dict:
    """The values ``keys`` a deleted record had, from its deletion entry ({} if none):
    what to look for when the person it was merged into is erased."""
    t = AuditEntry.__table__
    raw = session.connection().scalar(
        select(t.c.changes)
        .where(t.c.table_name == table, t.c.row_id == row_id, t.c.action == "gelöscht")
        .order_by(t.c.id.desc())
        .limit(1)
    )
    try:
        changes = json.loads(raw or "{}")
    except ValueError:
        return {}
    return {
        k: pair[0]
        for k, pair in changes.items()
        if k in keys and isinstance(pair, list) and pair and isinstance(pair[0], str)
    }
