"""Weiterbildungsverbünde, contact history, events with programme and invitations,
consents per purpose and shared settings.

Revision ID: 0003_verbuende_events
Revises: 0002_verteiler
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_verbuende_events"
down_revision = "0002_verteiler"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_setting")),
    )
    op.create_table(
        "consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=40), nullable=False),
        sa.Column("granted_on", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("wording_version", sa.String(length=40), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_consent_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
        sa.UniqueConstraint("person_id", "purpose", name="uq_consent_purpose"),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_person_id"), ["person_id"], unique=False)

    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("type", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("venue", sa.String(length=200), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("postcode", sa.String(length=5), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("online_url", sa.String(length=300), nullable=False),
        sa.Column("region_id", sa.Integer(), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("sort_key", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "capacity IS NULL OR capacity > 0", name=op.f("ck_event_capacity_positive")
        ),
        sa.CheckConstraint("ends_at >= starts_at", name=op.f("ck_event_period")),
        sa.ForeignKeyConstraint(
            ["region_id"], ["region.id"], name=op.f("fk_event_region_id_region")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_region_id"), ["region_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_sort_key"), ["sort_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_starts_at"), ["starts_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_status"), ["status"], unique=False)

    op.create_table(
        "checklist_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("offset_days", sa.Integer(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_checklist_item_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_item")),
    )
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checklist_item_event_id"), ["event_id"], unique=False)

    op.create_table(
        "event_organiser",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_organiser_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_event_organiser_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "organisation_id", name=op.f("pk_event_organiser")),
    )
    with op.batch_alter_table("event_organiser", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_organiser_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "event_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("room", sa.String(length=100), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "capacity IS NULL OR capacity > 0", name=op.f("ck_event_session_capacity_positive")
        ),
        sa.CheckConstraint("ends_at >= starts_at", name=op.f("ck_event_session_period")),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_session_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_session")),
    )
    with op.batch_alter_table("event_session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_session_event_id"), ["event_id"], unique=False)

    op.create_table(
        "invitation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_changed_at", sa.DateTime(), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_invitation_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_invitation_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_invitation_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invitation")),
        sa.UniqueConstraint("event_id", "person_id", name="uq_invitation_person"),
    )
    with op.batch_alter_table("invitation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invitation_event_id"), ["event_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_invitation_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_invitation_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_invitation_status"), ["status"], unique=False)

    op.create_table(
        "verbund",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("short_name", sa.String(length=40), nullable=False),
        sa.Column("type", sa.String(length=40), nullable=False),
        sa.Column("sectors", sa.String(length=300), nullable=False),
        sa.Column("topics", sa.String(length=300), nullable=False),
        sa.Column("coordinator_id", sa.Integer(), nullable=True),
        sa.Column("phase", sa.String(length=20), nullable=False),
        sa.Column("funding_programme", sa.String(length=200), nullable=False),
        sa.Column("grant_reference", sa.String(length=80), nullable=False),
        sa.Column("funding_start", sa.Date(), nullable=True),
        sa.Column("funding_end", sa.Date(), nullable=True),
        sa.Column("budget", sa.Numeric(precision=12, scale=2, asdecimal=False), nullable=True),
        sa.Column("goals", sa.Text(), nullable=False),
        sa.Column("continuation_plan", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("sort_key", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "funding_end IS NULL OR funding_start IS NULL OR funding_end >= funding_start",
            name=op.f("ck_verbund_funding_period"),
        ),
        sa.ForeignKeyConstraint(
            ["coordinator_id"],
            ["organisation.id"],
            name=op.f("fk_verbund_coordinator_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verbund")),
        sa.UniqueConstraint("name", name=op.f("uq_verbund_name")),
    )
    with op.batch_alter_table("verbund", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_verbund_coordinator_id"), ["coordinator_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_verbund_phase"), ["phase"], unique=False)
        batch_op.create_index(batch_op.f("ix_verbund_sort_key"), ["sort_key"], unique=False)

    op.create_table(
        "activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("verbund_id", sa.Integer(), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("participants", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_activity_event_id_event"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_activity_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_activity_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["verbund_id"],
            ["verbund.id"],
            name=op.f("fk_activity_verbund_id_verbund"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_happened_on"), ["happened_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_activity_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_activity_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_verbund_id"), ["verbund_id"], unique=False)

    op.create_table(
        "event_verbund",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("verbund_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_verbund_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["verbund_id"],
            ["verbund.id"],
            name=op.f("fk_event_verbund_verbund_id_verbund"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "verbund_id", name=op.f("pk_event_verbund")),
    )
    with op.batch_alter_table("event_verbund", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_verbund_verbund_id"), ["verbund_id"], unique=False
        )

    op.create_table(
        "invitation_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invitation_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["invitation_id"],
            ["invitation.id"],
            name=op.f("fk_invitation_change_invitation_id_invitation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invitation_change")),
    )
    with op.batch_alter_table("invitation_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_invitation_change_invitation_id"), ["invitation_id"], unique=False
        )

    op.create_table(
        "session_attendee",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("invitation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["invitation_id"],
            ["invitation.id"],
            name=op.f("fk_session_attendee_invitation_id_invitation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["event_session.id"],
            name=op.f("fk_session_attendee_session_id_event_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", "invitation_id", name=op.f("pk_session_attendee")),
    )
    with op.batch_alter_table("session_attendee", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_attendee_invitation_id"), ["invitation_id"], unique=False
        )

    op.create_table(
        "session_person",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_session_person_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["event_session.id"],
            name=op.f("fk_session_person_session_id_event_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", "person_id", name=op.f("pk_session_person")),
    )
    with op.batch_alter_table("session_person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_person_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "verbund_board_seat",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("verbund_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("function", sa.String(length=80), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("until", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_verbund_board_seat_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["verbund_id"],
            ["verbund.id"],
            name=op.f("fk_verbund_board_seat_verbund_id_verbund"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verbund_board_seat")),
        sa.UniqueConstraint("verbund_id", "person_id", name="uq_board_seat_person"),
    )
    with op.batch_alter_table("verbund_board_seat", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_verbund_board_seat_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_verbund_board_seat_verbund_id"), ["verbund_id"], unique=False
        )

    op.create_table(
        "verbund_figure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("verbund_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("companies_reached", sa.Integer(), nullable=True),
        sa.Column("kmu_reached", sa.Integer(), nullable=True),
        sa.Column("advice_sessions", sa.Integer(), nullable=True),
        sa.Column("course_participants", sa.Integer(), nullable=True),
        sa.Column("courses_developed", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("period_end >= period_start", name=op.f("ck_verbund_figure_period")),
        sa.ForeignKeyConstraint(
            ["verbund_id"],
            ["verbund.id"],
            name=op.f("fk_verbund_figure_verbund_id_verbund"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verbund_figure")),
        sa.UniqueConstraint("verbund_id", "period_start", name="uq_verbund_figure_period"),
    )
    with op.batch_alter_table("verbund_figure", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_verbund_figure_verbund_id"), ["verbund_id"], unique=False
        )

    op.create_table(
        "verbund_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("verbund_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("commitment", sa.String(length=40), nullable=False),
        sa.Column("agreement_signed_on", sa.Date(), nullable=True),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on",
            name=op.f("ck_verbund_member_period"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["person.id"],
            name=op.f("fk_verbund_member_contact_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_verbund_member_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["verbund_id"],
            ["verbund.id"],
            name=op.f("fk_verbund_member_verbund_id_verbund"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verbund_member")),
        sa.UniqueConstraint("verbund_id", "organisation_id", name="uq_verbund_member_org"),
    )
    with op.batch_alter_table("verbund_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_verbund_member_contact_person_id"), ["contact_person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_verbund_member_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_verbund_member_verbund_id"), ["verbund_id"], unique=False
        )

    op.create_table(
        "verbund_phase",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("verbund_id", sa.Integer(), nullable=False),
        sa.Column("phase", sa.String(length=20), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["verbund_id"],
            ["verbund.id"],
            name=op.f("fk_verbund_phase_verbund_id_verbund"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verbund_phase")),
    )
    with op.batch_alter_table("verbund_phase", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_verbund_phase_verbund_id"), ["verbund_id"], unique=False
        )

    op.create_table(
        "verbund_region",
        sa.Column("verbund_id", sa.Integer(), nullable=False),
        sa.Column("region_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["region.id"],
            name=op.f("fk_verbund_region_region_id_region"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["verbund_id"],
            ["verbund.id"],
            name=op.f("fk_verbund_region_verbund_id_verbund"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("verbund_id", "region_id", name=op.f("pk_verbund_region")),
    )
    with op.batch_alter_table("verbund_region", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_verbund_region_region_id"), ["region_id"], unique=False
        )

    op.create_table(
        "verbund_task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("verbund_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("responsible_id", sa.Integer(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["responsible_id"],
            ["person.id"],
            name=op.f("fk_verbund_task_responsible_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["verbund_id"],
            ["verbund.id"],
            name=op.f("fk_verbund_task_verbund_id_verbund"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verbund_task")),
    )
    with op.batch_alter_table("verbund_task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_verbund_task_due_on"), ["due_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_verbund_task_responsible_id"), ["responsible_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_verbund_task_verbund_id"), ["verbund_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("verbund_task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_verbund_task_verbund_id"))
        batch_op.drop_index(batch_op.f("ix_verbund_task_responsible_id"))
        batch_op.drop_index(batch_op.f("ix_verbund_task_due_on"))

    op.drop_table("verbund_task")
    with op.batch_alter_table("verbund_region", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_verbund_region_region_id"))

    op.drop_table("verbund_region")
    with op.batch_alter_table("verbund_phase", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_verbund_phase_verbund_id"))

    op.drop_table("verbund_phase")
    with op.batch_alter_table("verbund_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_verbund_member_verbund_id"))
        batch_op.drop_index(batch_op.f("ix_verbund_member_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_verbund_member_contact_person_id"))

    op.drop_table("verbund_member")
    with op.batch_alter_table("verbund_figure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_verbund_figure_verbund_id"))

    op.drop_table("verbund_figure")
    with op.batch_alter_table("verbund_board_seat", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_verbund_board_seat_verbund_id"))
        batch_op.drop_index(batch_op.f("ix_verbund_board_seat_person_id"))

    op.drop_table("verbund_board_seat")
    with op.batch_alter_table("session_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_person_person_id"))

    op.drop_table("session_person")
    with op.batch_alter_table("session_attendee", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_attendee_invitation_id"))

    op.drop_table("session_attendee")
    with op.batch_alter_table("invitation_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invitation_change_invitation_id"))

    op.drop_table("invitation_change")
    with op.batch_alter_table("event_verbund", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_verbund_verbund_id"))

    op.drop_table("event_verbund")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_verbund_id"))
        batch_op.drop_index(batch_op.f("ix_activity_person_id"))
        batch_op.drop_index(batch_op.f("ix_activity_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_activity_happened_on"))
        batch_op.drop_index(batch_op.f("ix_activity_event_id"))

    op.drop_table("activity")
    with op.batch_alter_table("verbund", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_verbund_sort_key"))
        batch_op.drop_index(batch_op.f("ix_verbund_phase"))
        batch_op.drop_index(batch_op.f("ix_verbund_coordinator_id"))

    op.drop_table("verbund")
    with op.batch_alter_table("invitation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invitation_status"))
        batch_op.drop_index(batch_op.f("ix_invitation_person_id"))
        batch_op.drop_index(batch_op.f("ix_invitation_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_invitation_event_id"))

    op.drop_table("invitation")
    with op.batch_alter_table("event_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_session_event_id"))

    op.drop_table("event_session")
    with op.batch_alter_table("event_organiser", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_organiser_organisation_id"))

    op.drop_table("event_organiser")
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_item_event_id"))

    op.drop_table("checklist_item")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_status"))
        batch_op.drop_index(batch_op.f("ix_event_starts_at"))
        batch_op.drop_index(batch_op.f("ix_event_sort_key"))
        batch_op.drop_index(batch_op.f("ix_event_region_id"))

    op.drop_table("event")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_person_id"))

    op.drop_table("consent")
    op.drop_table("app_setting")
