"""The Lotsen desk: what partners offer, inquiries, referrals and their dated steps;
private inquirers as people marked „Ratsuchende/r“.

The topic list and the consent purpose for asking an inquirer about the outcome are
seeded here, as reference data every database needs.

Revision ID: 0009_lotsen
Revises: 0008_network
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_lotsen"
down_revision = "0008_network"
branch_labels = None
depends_on = None

TOPICS = (
    "Weiterbildungsberatung",
    "Förderberatung Qualifizierungschancengesetz",
    "Bildungsprämie/Bildungsscheck",
    "Anpassungsqualifizierung",
    "Umschulung",
    "Teilqualifizierung",
    "Digitalisierung",
    "Ausbildung/Nachwuchs",
    "Fachkräftesicherung KMU",
    "Anerkennung ausländischer Abschlüsse",
    "Sprachförderung",
)
FOLLOW_UP_PURPOSE = (
    "Rückfragen zur Anfrage",
    "Nachfragen der Weiterbildungsagentur, ob die Vermittlung geholfen hat",
)


def _fk(table: str, column: str, target: str, ondelete: str | None = None):
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        ondelete=ondelete,
    )


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(100), nullable=False, server_default=""),
    ]


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(
            sa.Column("inquirer", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.create_index(batch.f("ix_person_inquirer"), ["inquirer"])

    op.create_table(
        "offer_topic",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offer_topic")),
        sa.UniqueConstraint("name", name=op.f("uq_offer_topic_name")),
    )
    op.create_table(
        "organisation_offer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.Integer(), nullable=False),
        sa.Column("target_groups", sa.String(200), nullable=False),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_stamps(),
        _fk("organisation_offer", "organisation_id", "organisation", "CASCADE"),
        _fk("organisation_offer", "topic_id", "offer_topic"),
        _fk("organisation_offer", "contact_person_id", "person", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation_offer")),
        sa.UniqueConstraint("organisation_id", "topic_id", name="uq_offer_org_topic"),
    )
    for column in ("organisation_id", "topic_id", "contact_person_id"):
        op.create_index(op.f(f"ix_organisation_offer_{column}"), "organisation_offer", [column])
    op.create_table(
        "offer_region",
        sa.Column("offer_id", sa.Integer(), nullable=False),
        sa.Column("region_id", sa.Integer(), nullable=False),
        _fk("offer_region", "offer_id", "organisation_offer", "CASCADE"),
        _fk("offer_region", "region_id", "region", "CASCADE"),
        sa.PrimaryKeyConstraint("offer_id", "region_id", name=op.f("pk_offer_region")),
    )
    op.create_index(op.f("ix_offer_region_region_id"), "offer_region", ["region_id"])

    op.create_table(
        "inquiry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("inquirer_kind", sa.String(20), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("region_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("urgency", sa.String(12), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("outcome", sa.String(40), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("coordinator_id", sa.Integer(), nullable=True),
        sa.Column("share_contact", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        *_stamps(),
        _fk("inquiry", "organisation_id", "organisation", "SET NULL"),
        _fk("inquiry", "person_id", "person", "SET NULL"),
        _fk("inquiry", "region_id", "region"),
        _fk("inquiry", "coordinator_id", "person", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inquiry")),
    )
    for column in (
        "received_on",
        "organisation_id",
        "person_id",
        "region_id",
        "status",
        "closed_on",
        "coordinator_id",
    ):
        op.create_index(op.f(f"ix_inquiry_{column}"), "inquiry", [column])
    op.create_table(
        "inquiry_topic",
        sa.Column("inquiry_id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.Integer(), nullable=False),
        _fk("inquiry_topic", "inquiry_id", "inquiry", "CASCADE"),
        _fk("inquiry_topic", "topic_id", "offer_topic"),
        sa.PrimaryKeyConstraint("inquiry_id", "topic_id", name=op.f("pk_inquiry_topic")),
    )
    op.create_index(op.f("ix_inquiry_topic_topic_id"), "inquiry_topic", ["topic_id"])

    op.create_table(
        "referral",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inquiry_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("answer", sa.String(12), nullable=False),
        sa.Column("answer_reason", sa.String(300), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(40), nullable=False),
        sa.Column("outcome_on", sa.Date(), nullable=True),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        *_stamps(),
        _fk("referral", "inquiry_id", "inquiry", "CASCADE"),
        _fk("referral", "organisation_id", "organisation", "CASCADE"),
        _fk("referral", "contact_person_id", "person", "SET NULL"),
        _fk("referral", "activity_id", "activity", "SET NULL"),
        sa.CheckConstraint(
            "outcome_on IS NULL OR outcome_on >= referred_on",
            name=op.f("ck_referral_outcome_after"),
        ),
        sa.CheckConstraint(
            "answered_on IS NULL OR answered_on >= referred_on",
            name=op.f("ck_referral_answer_after"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral")),
        sa.UniqueConstraint("inquiry_id", "organisation_id", name="uq_referral_inquiry_org"),
    )
    for column in (
        "inquiry_id",
        "organisation_id",
        "contact_person_id",
        "referred_on",
        "activity_id",
    ):
        op.create_index(op.f(f"ix_referral_{column}"), "referral", [column])

    op.create_table(
        "inquiry_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inquiry_id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=True),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("field", sa.String(20), nullable=False),
        sa.Column("value", sa.String(60), nullable=False),
        sa.Column("note", sa.String(300), nullable=False),
        sa.Column("user_name", sa.String(100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        _fk("inquiry_change", "inquiry_id", "inquiry", "CASCADE"),
        _fk("inquiry_change", "referral_id", "referral", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inquiry_change")),
    )
    op.create_index(op.f("ix_inquiry_change_inquiry_id"), "inquiry_change", ["inquiry_id"])
    op.create_index(op.f("ix_inquiry_change_referral_id"), "inquiry_change", ["referral_id"])

    _seed()


def _seed() -> None:
    topics = sa.table(
        "offer_topic",
        sa.column("name", sa.String),
        sa.column("sort_order", sa.Integer),
        sa.column("active", sa.Boolean),
    )
    op.bulk_insert(
        topics,
        [{"name": n, "sort_order": i * 10, "active": True} for i, n in enumerate(TOPICS, 1)],
    )
    conn = op.get_bind()
    name, description = FOLLOW_UP_PURPOSE
    taken = conn.execute(
        sa.text("SELECT 1 FROM consent_purpose WHERE name = :n"), {"n": name}
    ).first()
    if taken is None:
        last = conn.execute(sa.text("SELECT MAX(sort_order) FROM consent_purpose")).scalar()
        purposes = sa.table(
            "consent_purpose",
            sa.column("name", sa.String),
            sa.column("description", sa.String),
            sa.column("sort_order", sa.Integer),
            sa.column("active", sa.Boolean),
        )
        op.bulk_insert(
            purposes,
            [
                {
                    "name": name,
                    "description": description,
                    "sort_order": (last or 0) + 10,
                    "active": True,
                }
            ],
        )


def downgrade() -> None:
    op.drop_table("inquiry_change")
    op.drop_table("referral")
    op.drop_table("inquiry_topic")
    op.drop_table("inquiry")
    op.drop_table("offer_region")
    op.drop_table("organisation_offer")
    op.drop_table("offer_topic")
    with op.batch_alter_table("person") as batch:
        batch.drop_index(batch.f("ix_person_inquirer"))
        batch.drop_column("inquirer")
