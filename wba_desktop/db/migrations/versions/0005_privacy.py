"""Data protection and follow-ups: per person the legal basis, source, informed date,
restriction, objection, anonymisation and review; the audit log, disclosures and the
erasure ledger; follow-ups on activities and a contact cadence per organisation (with a
default per kind: key multipliers every 90 days, the others every 180).

Revision ID: 0005_privacy
Revises: 0004_safety
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_privacy"
down_revision = "0004_safety"
branch_labels = None
depends_on = None

#: days between contacts, by kind of organisation (None: no cadence)
CADENCE = {
    "Kammer (IHK)": 90,
    "Kammer (HWK)": 90,
    "Agentur für Arbeit": 90,
    "Jobcenter": 90,
    "Wirtschaftsförderung": 90,
    "Arbeitgeberverband": 90,
    "Gewerkschaft": 90,
    "Kommune / Landkreis": 180,
    "Fach-/Branchenverband oder Innung": 180,
    "Weiterbildungsträger": 180,
    "Hochschule / Forschung": 180,
    "Landesbehörde / Ministerium": 180,
    "Initiative / Netzwerk": 180,
    "Verein / Zivilgesellschaft": 180,
}


def upgrade() -> None:
    person = (
        sa.Column("legal_basis", sa.String(30), nullable=False, server_default=""),
        sa.Column("data_source", sa.String(200), nullable=False, server_default=""),
        sa.Column("informed_on", sa.Date(), nullable=True),
        sa.Column("restricted", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("objected_on", sa.Date(), nullable=True),
        sa.Column("anonymised_on", sa.Date(), nullable=True),
        sa.Column("review_after", sa.Date(), nullable=True),
        sa.Column("review_note", sa.String(200), nullable=False, server_default=""),
    )
    for column in person:
        op.add_column("person", column)
    op.create_index(op.f("ix_person_anonymised_on"), "person", ["anonymised_on"])

    op.add_column("organisation", sa.Column("contact_cadence_days", sa.Integer(), nullable=True))
    op.add_column(
        "organisation_type", sa.Column("default_cadence_days", sa.Integer(), nullable=True)
    )
    kinds = sa.table("organisation_type", sa.column("name"), sa.column("default_cadence_days"))
    for name, days in CADENCE.items():
        op.execute(kinds.update().where(kinds.c.name == name).values(default_cadence_days=days))

    op.add_column("activity", sa.Column("due_on", sa.Date(), nullable=True))
    op.add_column(
        "activity", sa.Column("responsible", sa.String(100), nullable=False, server_default="")
    )
    op.add_column("activity", sa.Column("done_on", sa.Date(), nullable=True))
    op.create_index(op.f("ix_activity_due_on"), "activity", ["due_on"])
    op.create_index("ix_activity_organisation_day", "activity", ["organisation_id", "happened_on"])
    op.create_index("ix_activity_person_day", "activity", ["person_id", "happened_on"])

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("user_name", sa.String(100), nullable=False),
        sa.Column("db_user", sa.String(100), nullable=False),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(12), nullable=False),
        sa.Column("record_label", sa.String(200), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_changed_at"), "audit_log", ["changed_at"])
    op.create_index(op.f("ix_audit_log_person_id"), "audit_log", ["person_id"])
    op.create_index("ix_audit_log_record", "audit_log", ["table_name", "row_id"])

    op.create_table(
        "disclosure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("disclosed_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("what", sa.String(300), nullable=False),
        sa.Column("recipient", sa.String(200), nullable=False),
        sa.Column("purpose", sa.String(60), nullable=False),
        sa.Column("user_name", sa.String(100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disclosure")),
    )
    op.create_index(op.f("ix_disclosure_disclosed_at"), "disclosure", ["disclosed_at"])
    op.create_table(
        "disclosure_person",
        sa.Column("disclosure_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["disclosure_id"],
            ["disclosure.id"],
            name=op.f("fk_disclosure_person_disclosure_id_disclosure"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_disclosure_person_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("disclosure_id", "person_id", name=op.f("pk_disclosure_person")),
    )
    op.create_index(op.f("ix_disclosure_person_person_id"), "disclosure_person", ["person_id"])

    op.create_table(
        "erasure_ledger",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure_ledger")),
    )
    op.create_index(op.f("ix_erasure_ledger_person_id"), "erasure_ledger", ["person_id"])


def downgrade() -> None:
    op.drop_table("erasure_ledger")
    op.drop_table("disclosure_person")
    op.drop_table("disclosure")
    op.drop_table("audit_log")
    with op.batch_alter_table("activity") as batch:
        batch.drop_index(op.f("ix_activity_due_on"))
        batch.drop_index("ix_activity_organisation_day")
        batch.drop_index("ix_activity_person_day")
        for name in ("due_on", "responsible", "done_on"):
            batch.drop_column(name)
    with op.batch_alter_table("organisation_type") as batch:
        batch.drop_column("default_cadence_days")
    with op.batch_alter_table("organisation") as batch:
        batch.drop_column("contact_cadence_days")
    with op.batch_alter_table("person") as batch:
        batch.drop_index(op.f("ix_person_anonymised_on"))
        for name in (
            "legal_basis", "data_source", "informed_on", "restricted", "objected_on",
            "anonymised_on", "review_after", "review_note",
        ):  # fmt: skip
            batch.drop_column(name)
