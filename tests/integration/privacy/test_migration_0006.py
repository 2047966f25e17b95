"""Revision 0006 turns the old overwritten ``consent`` rows into events and drops the
table; a downgrade brings back the current state per person and purpose (SQLite)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from wba_desktop.db import create_db_engine
from wba_desktop.db.migrate import upgrade


def test_old_consents_become_events(tmp_path):
    engine = create_db_engine(f"sqlite:///{tmp_path / 'alt.db'}")
    upgrade(engine, "0005_privacy")
    with engine.begin() as conn:
        for pid, last in ((1, "Altmann"), (2, "Bergner")):
            conn.execute(
                text(
                    "INSERT INTO person (id, last_name, first_name, email, phone, mobile, "
                    "salutation, title, preferred_channel, notes, active, search_key, sort_key, "
                    "version, created_at, updated_at, updated_by) VALUES (:id, :last, 'Probe', "
                    "'', '', '', '', '', '', '', 1, '', '', 1, '2025-01-01', '2025-01-01', '')"
                ),
                {"id": pid, "last": last},
            )
        conn.execute(
            text(
                "INSERT INTO consent (person_id, purpose, granted_on, source, wording_version, "
                "withdrawn_on) VALUES "
                "(1, 'Veranstaltungseinladungen', '2025-03-12', 'Anmeldebogen', 'F1', NULL), "
                "(1, 'Netzwerkkarte', '2024-05-02', 'Visitenkarte', '', '2025-02-01'), "
                "(2, 'Sommerfest', NULL, '', '', NULL)"
            )
        )
    upgrade(engine, "0006_consents")
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT e.person_id, p.name, e.status, e.effective_on, e.source, e.note "
                "FROM consent_event e JOIN consent_purpose p ON p.id = e.purpose_id "
                "ORDER BY e.person_id, e.id"
            )
        ).all()
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
    assert "consent" not in tables
    today = date.today().isoformat()
    assert [tuple(str(v) for v in r) for r in rows] == [
        ("1", "Veranstaltungseinladungen", "erteilt", "2025-03-12", "Anmeldebogen", ""),
        ("1", "Darstellung in Netzwerkkarten", "erteilt", "2024-05-02", "Visitenkarte", ""),
        ("1", "Darstellung in Netzwerkkarten", "widerrufen", "2025-02-01", "Visitenkarte", ""),
        ("2", "Sommerfest", "erteilt", today, "", "übernommen, Datum unbekannt"),
    ]
    upgrade_back(engine)
    with engine.connect() as conn:
        back = conn.execute(
            text("SELECT person_id, purpose, granted_on, withdrawn_on FROM consent ORDER BY 1, 2")
        ).all()
    assert ("1", "Darstellung in Netzwerkkarten", "2024-05-02", "2025-02-01") in [
        tuple(str(v) for v in r) for r in back
    ]


def upgrade_back(engine) -> None:
    from alembic import command

    from wba_desktop.db.migrate import alembic_config

    command.downgrade(alembic_config(engine), "0005_privacy")
