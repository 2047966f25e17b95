"""Safety: one row per pair of a symmetric relation, who saved last, running programs
and change notices for the other windows on the same database.

- ``relation.type_directed`` mirrors ``relation_type.directed`` through a composite
  foreign key (ON UPDATE CASCADE); a check keeps a symmetric relation stored as
  ``source_id < target_id``, so the unique (source, target, type) rule catches the
  reversed duplicate. Existing reversed duplicates are merged first (the older row
  stays), then the remaining symmetric rows are turned round where needed.
- ``updated_by`` on the records users edit.
- ``app_session`` and ``change_notice`` (see models/presence.py).

Revision ID: 0004_safety
Revises: 0003_verbuende_events
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_safety"
down_revision = "0003_verbuende_events"
branch_labels = None
depends_on = None

STAMPED = ("organisation", "person", "activity", "distribution_list", "event", "verbund")


def upgrade() -> None:
    # a unique index, not a constraint: on SQLite a constraint would mean rebuilding
    # relation_type, which relation rows refer to; both databases accept a unique
    # index as the target of a foreign key
    op.create_index(
        "uq_relation_type_id_directed", "relation_type", ["id", "directed"], unique=True
    )

    op.add_column(
        "relation",
        sa.Column("type_directed", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.execute(
        "UPDATE relation SET type_directed = (SELECT directed FROM relation_type "
        "WHERE relation_type.id = relation.type_id)"
    )
    # a symmetric pair stored twice (once each way): keep the older row
    op.execute(
        "DELETE FROM relation WHERE NOT type_directed AND EXISTS (SELECT 1 FROM relation r2 "
        "WHERE r2.type_id = relation.type_id AND r2.source_id = relation.target_id "
        "AND r2.target_id = relation.source_id AND r2.id < relation.id)"
    )
    op.execute(
        "UPDATE relation SET source_id = target_id, target_id = source_id "
        "WHERE NOT type_directed AND source_id > target_id"
    )
    with op.batch_alter_table("relation") as batch:
        batch.alter_column("type_directed", server_default=None)
        batch.create_foreign_key(
            "fk_relation_type_directed",
            "relation_type",
            ["type_id", "type_directed"],
            ["id", "directed"],
            onupdate="CASCADE",
        )
        batch.create_check_constraint("symmetric_order", "type_directed OR source_id < target_id")

    for table in STAMPED:
        op.add_column(
            table, sa.Column("updated_by", sa.String(100), nullable=False, server_default="")
        )

    op.create_table(
        "app_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_name", sa.String(length=100), nullable=False),
        sa.Column("machine", sa.String(length=100), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("program", sa.String(length=40), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_session")),
    )
    op.create_index(op.f("ix_app_session_seen_at"), "app_session", ["seen_at"])
    op.create_table(
        "change_notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("topics", sa.String(length=300), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("user_name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_notice")),
    )
    op.create_index(op.f("ix_change_notice_changed_at"), "change_notice", ["changed_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_change_notice_changed_at"), table_name="change_notice")
    op.drop_table("change_notice")
    op.drop_index(op.f("ix_app_session_seen_at"), table_name="app_session")
    op.drop_table("app_session")
    for table in STAMPED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("updated_by")
    with op.batch_alter_table("relation") as batch:
        batch.drop_constraint(op.f("ck_relation_symmetric_order"), type_="check")
        batch.drop_constraint("fk_relation_type_directed", type_="foreignkey")
        batch.drop_column("type_directed")
    op.drop_index("uq_relation_type_id_directed", table_name="relation_type")
