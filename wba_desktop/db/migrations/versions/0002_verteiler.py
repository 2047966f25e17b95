"""Verteiler: distribution lists (static members or a saved filter).

Revision ID: 0002_verteiler
Revises: 0001_initial
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_verteiler"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "distribution_list",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("criteria", sa.Text(), nullable=False),
        sa.Column("last_used_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_distribution_list")),
        sa.UniqueConstraint("name", name=op.f("uq_distribution_list_name")),
    )
    op.create_table(
        "distribution_member",
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["list_id"],
            ["distribution_list.id"],
            name=op.f("fk_distribution_member_list_id_distribution_list"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_distribution_member_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("list_id", "person_id", name=op.f("pk_distribution_member")),
    )
    with op.batch_alter_table("distribution_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_distribution_member_person_id"), ["person_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("distribution_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_distribution_member_person_id"))

    op.drop_table("distribution_member")
    op.drop_table("distribution_list")
