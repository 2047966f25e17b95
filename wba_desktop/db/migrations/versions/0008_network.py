"""The network at state scale: layout positions and saved views in the database, and
the districts an organisation serves (coverage, „Zuständigkeit“).

Positions were kept per user in a JSON file keyed by organisation id, for every
database alike, so another database's organisations with the same ids scrambled the
picture; they now live with the organisations. Nothing is carried over from the file.

Revision ID: 0008_network
Revises: 0007_office_files
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_network"
down_revision = "0007_office_files"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "layout_position",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("x", sa.Float(), nullable=False),
        sa.Column("y", sa.Float(), nullable=False),
        sa.Column("pinned", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_layout_position_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("organisation_id", name=op.f("pk_layout_position")),
    )
    op.create_table(
        "saved_view",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("settings", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_view")),
        sa.UniqueConstraint("name", name=op.f("uq_saved_view_name")),
    )
    op.create_table(
        "organisation_coverage",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("region_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_organisation_coverage_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["region.id"],
            name=op.f("fk_organisation_coverage_region_id_region"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "organisation_id", "region_id", name=op.f("pk_organisation_coverage")
        ),
    )
    op.create_index(
        op.f("ix_organisation_coverage_region_id"), "organisation_coverage", ["region_id"]
    )


def downgrade() -> None:
    op.drop_table("organisation_coverage")
    op.drop_table("saved_view")
    op.drop_table("layout_position")
