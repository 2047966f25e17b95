"""Revision 0004: the database itself keeps one row per pair of a symmetric relation,
and the models match what the migrations build (on SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from wba_desktop.db import create_db_engine
from wba_desktop.db.migrate import ensure_schema, upgrade
from wba_desktop.db.search_index import include_name
from wba_desktop.models import Base


def _rows(engine, sql: str) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


def test_models_match_the_migrations(engine):
    with engine.connect() as conn:
        # the global search's index tables are made by SQL in migration 0010, not by models
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def _two_orgs(conn) -> tuple[int, int]:
    for name in ("Alpha GmbH", "Beta AG"):
        conn.execute(
            text(
                "INSERT INTO organisation (name, short_name, street, postcode, city, website, "
                "email, phone, sectors, size_class, stance, search_key, sort_key, dup_key, "
                "notes, active, version, created_at, updated_at, updated_by, type_id) VALUES "
                "(:n, '', '', '', '', '', '', '', '', '', '', '', :n, '', '', true, 1, "
                "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '', "
                "(SELECT min(id) FROM organisation_type))"
            ),
            {"n": name},
        )
    a, b = (r[0] for r in conn.execute(text("SELECT id FROM organisation ORDER BY id DESC")))
    return min(a, b), max(a, b)


def _symmetric_type(conn) -> int:
    return conn.execute(text("SELECT id FROM relation_type WHERE NOT directed")).scalar()


def _insert_relation(conn, source: int, target: int, type_id: int, directed: bool) -> None:
    conn.execute(
        text(
            "INSERT INTO relation (source_id, target_id, type_id, type_directed, strength, "
            "note) VALUES (:s, :t, :ty, :d, 2, '')"
        ),
        {"s": source, "t": target, "ty": type_id, "d": directed},
    )


def test_reversed_symmetric_pair_is_refused_by_the_database(engine):
    with engine.begin() as conn:
        low, high = _two_orgs(conn)
        sym = _symmetric_type(conn)
        _insert_relation(conn, low, high, sym, False)
    with pytest.raises(IntegrityError), engine.begin() as conn:
        _insert_relation(conn, high, low, sym, False)  # stored the wrong way round
    with pytest.raises(IntegrityError), engine.begin() as conn:
        _insert_relation(conn, high, low, sym, True)  # lying about the type's flag
    assert _rows(engine, f"SELECT count(*) FROM relation WHERE type_id = {sym}") == [(1,)]


def test_type_flag_reaches_the_relations(engine):
    with engine.begin() as conn:
        low, high = _two_orgs(conn)
        directed = conn.execute(text("SELECT id FROM relation_type WHERE directed")).scalar()
        _insert_relation(conn, high, low, directed, True)
    with pytest.raises(IntegrityError), engine.begin() as conn:
        # the cascade sets type_directed to false, and the high-low row breaks the rule
        conn.execute(text(f"UPDATE relation_type SET directed = false WHERE id = {directed}"))
    sql = f"SELECT type_directed FROM relation WHERE type_id = {directed}"
    assert _rows(engine, sql) == [(True,)]


def test_upgrade_merges_reversed_duplicates_and_turns_pairs_round(tmp_path):
    engine = create_db_engine("sqlite:///" + (tmp_path / "alt.sqlite3").as_posix())
    try:
        upgrade(engine, "0003_verbuende_events")
        with engine.begin() as conn:
            conn.execute(text("PRAGMA foreign_keys=OFF"))
            for i in range(1, 4):
                conn.execute(
                    text(
                        "INSERT INTO organisation (id, name, short_name, street, postcode, city, "
                        "website, email, phone, sectors, size_class, stance, search_key, "
                        "sort_key, dup_key, notes, active, version, created_at, updated_at, "
                        "type_id) "
                        "VALUES (:i, :n, '', '', '', '', '', '', '', '', '', '', '', :n, '', "
                        "'', 1, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)"
                    ),
                    {"i": i, "n": f"Org {i}"},
                )
            sym = _symmetric_type(conn)
            directed = conn.execute(text("SELECT id FROM relation_type WHERE directed")).scalar()
            for rid, s, t, ty in (
                (1, 1, 2, sym),
                (2, 2, 1, sym),
                (3, 3, 1, sym),
                (4, 3, 1, directed),
            ):
                conn.execute(
                    text(
                        "INSERT INTO relation (id, source_id, target_id, type_id, strength, note) "
                        "VALUES (:i, :s, :t, :ty, 2, '')"
                    ),
                    {"i": rid, "s": s, "t": t, "ty": ty},
                )
        ensure_schema(engine)
        rows = _rows(
            engine, "SELECT id, source_id, target_id, type_directed FROM relation ORDER BY id"
        )
    finally:
        engine.dispose()
    # 2 was the reversed twin of 1 (the older stays); 3 is turned round; 4 is directed
    assert rows == [(1, 1, 2, False), (3, 1, 3, False), (4, 3, 1, True)]
