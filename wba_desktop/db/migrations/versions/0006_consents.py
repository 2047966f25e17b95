"""Consents with history: purposes (editable) and an append-only event per declaration.

The old ``consent`` table (one row per person and purpose, overwritten) becomes events:
a granted row an "erteilt" event on ``granted_on``, a withdrawn one a "widerrufen"
event on ``withdrawn_on`` (a row with neither date is taken over as granted on the day
of the upgrade, noted as such). Its purpose "Netzwerkkarte" is now
"Darstellung in Netzwerkkarten"; other unknown purposes become new purposes.
A Verteiler may name the purpose its members must have consented to.

Revision ID: 0006_consents
Revises: 0005_privacy
Create Date: 2026-12-06
"""

from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

revision = "0006_consents"
down_revision = "0005_privacy"
branch_labels = None
depends_on = None

PURPOSES = (
    ("Newsletter", "Rundbriefe und Newsletter per E-Mail"),
    ("Veranstaltungseinladungen", "Einladungen zu Veranstaltungen und Netzwerktreffen"),
    ("Fotos", "Fotos von Veranstaltungen mit der Person veröffentlichen"),
    ("Darstellung in Netzwerkkarten", "Die Person in Netzwerkkarten und -grafiken zeigen"),
)
RENAMED = {"Netzwerkkarte": "Darstellung in Netzwerkkarten"}


def upgrade() -> None:
    op.create_table(
        "consent_purpose",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("description", sa.String(300), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_purpose")),
        sa.UniqueConstraint("name", name=op.f("uq_consent_purpose_name")),
    )
    op.create_table(
        "consent_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("purpose_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("wording_version", sa.String(40), nullable=False),
        sa.Column("note", sa.String(300), nullable=False),
        sa.Column("recorded_by", sa.String(100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_consent_event_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["purpose_id"],
            ["consent_purpose.id"],
            name=op.f("fk_consent_event_purpose_id_consent_purpose"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_event")),
    )
    op.create_index("ix_consent_event_person_purpose", "consent_event", ["person_id", "purpose_id"])
    op.create_index(op.f("ix_consent_event_purpose_id"), "consent_event", ["purpose_id"])

    purposes = sa.table(
        "consent_purpose",
        sa.column("id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("description", sa.String),
        sa.column("sort_order", sa.Integer),
        sa.column("active", sa.Boolean),
    )
    op.bulk_insert(
        purposes,
        [
            {"id": i, "name": n, "description": d, "sort_order": i * 10, "active": True}
            for i, (n, d) in enumerate(PURPOSES, start=1)
        ],
    )
    _take_over_old_consents(purposes)
    op.drop_table("consent")

    with op.batch_alter_table("distribution_list") as batch:
        batch.add_column(sa.Column("purpose_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_distribution_list_purpose_id_consent_purpose"),
            "consent_purpose",
            ["purpose_id"],
            ["id"],
            ondelete="SET NULL",
        )


def _take_over_old_consents(purposes) -> None:
    conn = op.get_bind()
    ids = dict(conn.execute(sa.select(purposes.c.name, purposes.c.id)).all())
    old = conn.execute(
        sa.text(
            "SELECT person_id, purpose, granted_on, source, wording_version, withdrawn_on "
            "FROM consent ORDER BY id"
        )
    ).all()
    now = datetime.now(UTC).replace(tzinfo=None)
    events = []
    for person_id, purpose, granted_on, source, wording, withdrawn_on in old:
        name = RENAMED.get(purpose, purpose)
        if name not in ids:
            next_id = max(ids.values()) + 1
            conn.execute(
                purposes.insert().values(
                    id=next_id, name=name, description="", sort_order=next_id * 10, active=True
                )
            )
            ids[name] = next_id
        base = {
            "person_id": person_id,
            "purpose_id": ids[name],
            "expires_on": None,
            "source": source or "",
            "wording_version": wording or "",
            "recorded_by": "Übernahme",
            "recorded_at": now,
        }
        if granted_on is not None or withdrawn_on is None:
            note = "" if granted_on is not None else "übernommen, Datum unbekannt"
            day = granted_on if granted_on is not None else date.today()
            events.append({**base, "status": "erteilt", "effective_on": day, "note": note})
        if withdrawn_on is not None:
            events.append(
                {**base, "status": "widerrufen", "effective_on": withdrawn_on, "note": ""}
            )
    if events:
        table = sa.table("consent_event", *(sa.column(k) for k in events[0]))
        op.bulk_insert(table, events)
    if conn.dialect.name == "postgresql":
        # ids were given explicitly: move the sequence past them
        conn.execute(
            sa.text(
                "SELECT setval(pg_get_serial_sequence('consent_purpose', 'id'), "
                "(SELECT MAX(id) FROM consent_purpose))"
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("distribution_list") as batch:
        batch.drop_constraint(
            op.f("fk_distribution_list_purpose_id_consent_purpose"), type_="foreignkey"
        )
        batch.drop_column("purpose_id")
    op.create_table(
        "consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(40), nullable=False),
        sa.Column("granted_on", sa.Date(), nullable=True),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("wording_version", sa.String(40), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name="fk_consent_person_id_person", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_consent"),
        sa.UniqueConstraint("person_id", "purpose", name="uq_consent_purpose"),
    )
    op.create_index("ix_consent_person_id", "consent", ["person_id"])
    # the current state per person and purpose: the newest grant and a later withdrawal
    op.execute(
        "INSERT INTO consent (person_id, purpose, granted_on, source, wording_version, "
        "withdrawn_on) SELECT e.person_id, SUBSTR(p.name, 1, 40), "
        "MAX(CASE WHEN e.status = 'erteilt' THEN e.effective_on END), '', '', "
        "MAX(CASE WHEN e.status <> 'erteilt' THEN e.effective_on END) "
        "FROM consent_event e JOIN consent_purpose p ON p.id = e.purpose_id "
        "GROUP BY e.person_id, p.name"
    )
    op.drop_table("consent_event")
    op.drop_table("consent_purpose")
