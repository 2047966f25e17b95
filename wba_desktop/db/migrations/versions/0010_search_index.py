"""The global search's full-text index (see ``wba_desktop/db/search_index.py``).

One index table per kind of record, filled from the records: on SQLite an FTS5 table
with the ``trigram`` tokenizer, on PostgreSQL a plain table with a ``pg_trgm`` GIN
index (``pg_trgm`` is a trusted extension since PostgreSQL 13: the database's owner
may create it; where that is refused the table stays without the index and the search
still works, only slower).

Revision ID: 0010_search_index
Revises: 0009_lotsen
Create Date: 2026-12-07
"""

import logging

from alembic import op

from wba_desktop.db.search_index import TABLES, rebuild

revision = "0010_search_index"
down_revision = "0009_lotsen"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)


def _trigram_extension(conn) -> bool:
    """Create ``pg_trgm`` unless it is there; False when the server refuses."""
    if conn.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").scalar():
        return True
    try:
        with conn.begin_nested():
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        return True
    except Exception as exc:  # no right to create it: the search works without the index
        log.warning("pg_trgm not available (%s); the search index stays without GIN", exc)
        return False


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for name in TABLES.values():
            conn.exec_driver_sql(f"CREATE VIRTUAL TABLE {name} USING fts5(key, tokenize='trigram')")
        rebuild(conn)
        return
    for name in TABLES.values():
        conn.exec_driver_sql(
            f"CREATE TABLE {name} (id INTEGER PRIMARY KEY, key TEXT NOT NULL DEFAULT '')"
        )
    rebuild(conn)  # before the index: one build of the GIN index instead of many updates
    if _trigram_extension(conn):
        for name in TABLES.values():
            conn.exec_driver_sql(
                f"CREATE INDEX ix_{name}_key ON {name} USING gin (key gin_trgm_ops)"
            )


def downgrade() -> None:
    for name in TABLES.values():
        op.get_bind().exec_driver_sql(f"DROP TABLE IF EXISTS {name}")
