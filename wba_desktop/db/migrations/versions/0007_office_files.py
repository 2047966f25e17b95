"""Office files: calendar UIDs and SEQUENCE per event, and the import history.

Every event and programme item gets a UID of its own (a random UUID at
``wba-desktop``), so that two installations' "event 1" no longer collide in a
recipient's calendar, and an iCalendar SEQUENCE that grows with each change of
time, place or status. Existing events get a new UID here once.

``import_run``/``import_change`` record who imported which file when, with counts and
mapping, and which records the import created or overwrote (for "Import rückgängig").

Revision ID: 0007_office_files
Revises: 0006_consents
Create Date: 2026-12-06
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0007_office_files"
down_revision = "0006_consents"
branch_labels = None
depends_on = None


def _uids(table: str) -> None:
    op.add_column(table, sa.Column("uid", sa.String(80), nullable=True))
    op.add_column(
        table, sa.Column("ical_sequence", sa.Integer(), nullable=False, server_default="0")
    )
    t = sa.table(table, sa.column("id", sa.Integer), sa.column("uid", sa.String))
    conn = op.get_bind()
    ids = [row[0] for row in conn.execute(sa.select(t.c.id))]
    for i in ids:
        conn.execute(t.update().where(t.c.id == i).values(uid=f"{uuid.uuid4()}@wba-desktop"))
    with op.batch_alter_table(table) as batch:
        batch.alter_column("uid", existing_type=sa.String(80), nullable=False)
        batch.create_unique_constraint(op.f(f"uq_{table}_uid"), ["uid"])


def upgrade() -> None:
    _uids("event")
    _uids("event_session")
    op.create_table(
        "import_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("user_name", sa.String(100), nullable=False),
        sa.Column("file_name", sa.String(260), nullable=False),
        sa.Column("sheet", sa.String(100), nullable=False),
        sa.Column("mapping", sa.Text(), nullable=False),
        *(
            sa.Column(name, sa.Integer(), nullable=False)
            for name in (
                "organisations_new",
                "organisations_updated",
                "organisations_skipped",
                "people_new",
                "people_updated",
                "people_skipped",
                "affiliations_new",
                "consents_recorded",
                "rows_rejected",
            )
        ),  # fmt: skip
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("undone_by", sa.String(100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_run")),
    )
    op.create_index(op.f("ix_import_run_imported_at"), "import_run", ["imported_at"])
    op.create_table(
        "import_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(12), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.Column("version_after", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["import_run.id"],
            name=op.f("fk_import_change_run_id_import_run"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_change")),
    )
    op.create_index(op.f("ix_import_change_run_id"), "import_change", ["run_id"])


def downgrade() -> None:
    op.drop_table("import_change")
    op.drop_table("import_run")
    for table in ("event_session", "event"):
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(op.f(f"uq_{table}_uid"), type_="unique")
            batch.drop_column("ical_sequence")
            batch.drop_column("uid")
