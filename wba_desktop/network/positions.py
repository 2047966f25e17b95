"""Stored node positions, so the network looks the same next time, for everyone.

Positions live in the database (table ``layout_position``, one row per organisation),
so a team database shares one picture and a new database starts with a fresh layout.
(They were kept per user in ``netz-positionen.json`` keyed by organisation id for
every database alike; that file is ignored now.) A position the user placed by hand
(dragging a node) is *pinned*: a new layout keeps it, and writing a computed layout
never overwrites it, also not one another user pinned meanwhile.

Writes are upserts in chunks (``INSERT … ON CONFLICT DO UPDATE`` on SQLite and
PostgreSQL, DELETE + INSERT in one transaction elsewhere); positions of organisations
deleted meanwhile are skipped. ``layout_position`` belongs to no change topic: storing
a layout is no reason for any area to refresh.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import NamedTuple, Protocol

from sqlalchemy import delete, false, select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.models import LayoutPosition, Organisation
from wba_desktop.models.base import utcnow

log = logging.getLogger(__name__)

Point = tuple[float, float]
#: rows per statement (well below the parameter limits of SQLite and PostgreSQL)
CHUNK = 500


class Stored(NamedTuple):
    """One stored position."""

    x: float
    y: float
    pinned: bool


class PositionStore(Protocol):
    """Where positions live between runs: keyed by organisation id."""

    def load(self) -> dict[int, Stored]:
        """All stored positions (empty when there are none)."""
        ...

    def update(self, positions: Mapping[int, Point], *, pinned: bool = False) -> int:
        """Store ``positions`` (others stay); ``pinned``: placed by hand. A computed
        position (``pinned=False``) never replaces a pinned one. Returns rows sent."""
        ...

    def clear(self, *, keep_pinned: bool = True) -> None:
        """Forget the stored positions (the pinned ones too unless ``keep_pinned``)."""
        ...


def _rows(positions: Mapping[int, Point], pinned: bool) -> list[dict]:
    now = utcnow()
    return [
        {
            "organisation_id": int(k),
            "x": float(x),
            "y": float(y),
            "pinned": pinned,
            "updated_at": now,
        }
        for k, (x, y) in positions.items()
        if isinstance(k, int) and not isinstance(k, bool)
    ]


def _chunks(items: list, size: int = CHUNK) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class DatabasePositionStore:
    """``PositionStore`` on the table ``layout_position`` of the unit-of-work factory's
    database (shared by everyone on a team database)."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def load(self) -> dict[int, Stored]:
        table = LayoutPosition.__table__
        stmt = select(table.c.organisation_id, table.c.x, table.c.y, table.c.pinned)
        with self._uow() as uow:
            rows = uow.session.connection().execute(stmt)
            return {r[0]: Stored(float(r[1]), float(r[2]), bool(r[3])) for r in rows}

    def update(self, positions: Mapping[int, Point], *, pinned: bool = False) -> int:
        rows = _rows(positions, pinned)
        if not rows:
            return 0
        written = 0
        with self._uow() as uow:
            conn = uow.session.connection()
            for part in _chunks(rows):
                ids = {r["organisation_id"] for r in part}
                alive = set(conn.scalars(select(Organisation.id).where(Organisation.id.in_(ids))))
                part = [r for r in part if r["organisation_id"] in alive]
                if part:
                    _upsert(conn, part, pinned)
                    written += len(part)
            uow.commit()
        log.debug("stored %d layout positions (pinned=%s)", written, pinned)
        return written

    def clear(self, *, keep_pinned: bool = True) -> None:
        table = LayoutPosition.__table__
        stmt = delete(table)
        if keep_pinned:
            stmt = stmt.where(table.c.pinned == false())
        with self._uow() as uow:
            uow.session.connection().execute(stmt)
            uow.commit()


def _upsert(conn, rows: list[dict], pinned: bool) -> None:
    """Insert or replace ``rows``; a computed position leaves a pinned row alone."""
    table = LayoutPosition.__table__
    dialect = conn.dialect.name
    if dialect in ("sqlite", "postgresql"):
        if dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert
        else:
            from sqlalchemy.dialects.postgresql import insert
        stmt = insert(table)
        changes = {c: stmt.excluded[c] for c in ("x", "y", "pinned", "updated_at")}
        where = None if pinned else table.c.pinned == false()
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=[table.c.organisation_id], set_=changes, where=where
            ),
            rows,
        )
        return
    # any other database: delete and insert in the caller's transaction
    ids = [r["organisation_id"] for r in rows]
    if not pinned:
        kept = set(
            conn.scalars(
                select(table.c.organisation_id).where(
                    table.c.organisation_id.in_(ids), table.c.pinned.is_(True)
                )
            )
        )
        rows = [r for r in rows if r["organisation_id"] not in kept]
        ids = [r["organisation_id"] for r in rows]
    if rows:
        conn.execute(delete(table).where(table.c.organisation_id.in_(ids)))
        conn.execute(table.insert(), rows)


class MemoryPositionStore:
    """``PositionStore`` in memory (benchmarks, and tests that need no database)."""

    def __init__(self) -> None:
        self.rows: dict[int, Stored] = {}

    def load(self) -> dict[int, Stored]:
        return dict(self.rows)

    def update(self, positions: Mapping[int, Point], *, pinned: bool = False) -> int:
        count = 0
        for row in _rows(positions, pinned):
            key = row["organisation_id"]
            old = self.rows.get(key)
            if old is not None and old.pinned and not pinned:
                continue
            self.rows[key] = Stored(row["x"], row["y"], pinned)
            count += 1
        return count

    def clear(self, *, keep_pinned: bool = True) -> None:
        self.rows = {k: v for k, v in self.rows.items() if keep_pinned and v.pinned}
