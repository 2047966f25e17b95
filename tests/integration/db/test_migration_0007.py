"""Revision 0007 gives every existing event and programme item a calendar UID of its
own (a random UUID) and SEQUENCE 0 (SQLite, from a 0006 database with events).

Both 0006 and 0007 rebuild a table on SQLite (Alembic's batch mode: copy, drop,
rename); the rows that refer to it with ``ON DELETE CASCADE`` must survive that.
"""

from __future__ import annotations

import re

from sqlalchemy import text

from wba_desktop.db import create_db_engine
from wba_desktop.db.migrate import upgrade

UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}@wba-desktop")


def _old_database(path):
    engine = create_db_engine(f"sqlite:///{path}")
    upgrade(engine, "0006_consents")
    with engine.begin() as conn:
        for n in range(1, 6):
            conn.execute(
                text(
                    "INSERT INTO event (id, title, type, status, starts_at, ends_at, venue, "
                    "street, postcode, city, online_url, description, sort_key, version, "
                    "created_at, updated_at, updated_by) VALUES (:id, :title, "
                    "'Fachtag', 'geplant', '2026-06-03 09:00:00', '2026-06-03 17:00:00', "
                    "'Rathaus', '', '06366', 'Köthen', '', '', '', 1, '2025-01-01', "
                    "'2025-01-01', '')"
                ),
                {"id": n, "title": f"Fachtag {n}"},
            )
            conn.execute(
                text(
                    "INSERT INTO event_session (event_id, title, kind, starts_at, ends_at, "
                    "room, description) VALUES (:id, 'Impuls', 'Impulsvortrag', "
                    "'2026-06-03 10:00:00', '2026-06-03 11:00:00', '', '')"
                ),
                {"id": n},
            )
    return engine


def test_every_existing_event_gets_a_distinct_uid(tmp_path):
    first = _old_database(tmp_path / "buero_a.db")
    second = _old_database(tmp_path / "buero_b.db")  # another office, the same event ids
    uids = []
    for engine in (first, second):
        upgrade(engine, "0007_office_files")
        with engine.connect() as conn:
            for table in ("event", "event_session"):
                rows = conn.execute(text(f"SELECT id, uid, ical_sequence FROM {table}")).all()
                assert len(rows) == 5
                assert all(UID.fullmatch(uid) for _, uid, _ in rows), rows
                assert {seq for _, _, seq in rows} == {0}
                uids += [uid for _, uid, _ in rows]
        engine.dispose()
    assert len(set(uids)) == len(uids) == 20


def test_rebuilding_the_event_table_keeps_programme_and_checklist(tmp_path):
    engine = _old_database(tmp_path / "alt.db")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO checklist_item (event_id, title, done, position) "
                "VALUES (1, 'Raum buchen', 0, 0)"
            )
        )
    upgrade(engine, "0007_office_files")
    with engine.connect() as conn:
        counts = [
            conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()
            for t in ("event", "event_session", "checklist_item")
        ]
        assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
    engine.dispose()
    assert counts == [5, 5, 1]


def test_rebuilding_the_distribution_lists_keeps_their_members(tmp_path):
    """Revision 0006 adds a column with a foreign key to ``distribution_list``."""
    engine = create_db_engine(f"sqlite:///{tmp_path / 'verteiler.db'}")
    upgrade(engine, "0005_privacy")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO person (id, last_name, first_name, email, phone, mobile, "
                "salutation, title, preferred_channel, notes, active, search_key, sort_key, "
                "version, created_at, updated_at, updated_by) VALUES (1, 'Probe', 'Ina', '', "
                "'', '', '', '', '', '', 1, '', '', 1, '2025-01-01', '2025-01-01', '')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO distribution_list (id, name, kind, description, criteria, "
                "created_at, updated_at, updated_by) VALUES (1, 'Kammern', 'statisch', '', "
                "'', '2025-01-01', '2025-01-01', '')"
            )
        )
        conn.execute(text("INSERT INTO distribution_member VALUES (1, 1, '2025-01-01')"))
    upgrade(engine, "0006_consents")
    with engine.connect() as conn:
        members = conn.execute(text("SELECT list_id, person_id FROM distribution_member")).all()
        fk_on = conn.execute(text("PRAGMA foreign_keys")).scalar()
    engine.dispose()
    assert [tuple(m) for m in members] == [(1, 1)]
    assert fk_on == 1  # the app's own connections still enforce foreign keys
