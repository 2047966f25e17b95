"""The ``matching`` benchmark on a small demo database: its set-up adds a realistic
offer mix when the demo has none, and it reports one JSON line. This checks the
plumbing, not the numbers."""

from __future__ import annotations

import json
import sqlite3

import pytest

RESULT_KEYS = {"name", "ours_s", "peer", "peer_s", "ratio", "goal", "ok", "quick"}


def test_matching_benchmark_reports_a_json_line(tmp_path):
    from benchmarks import bench_matching
    from benchmarks.common import Context, build_demo_database

    db = tmp_path / "small.sqlite3"
    build_demo_database(db, "small")
    had_offers = sqlite3.connect(db).execute("SELECT count(*) FROM organisation_offer").fetchone()
    line = bench_matching.run(Context(quick=True, db_path=db))

    assert line.keys() >= RESULT_KEYS | {"candidates", "offers", "matches", "fallback_s"}
    assert json.loads(json.dumps(line)) == line
    assert line["name"] == "matching" and line["quick"] is True
    assert line["goal"] == bench_matching.GOAL and line["budget_s"] == bench_matching.BUDGET_S
    assert line["ratio"] == pytest.approx(line["ours_s"] / line["peer_s"], rel=1e-3)
    assert line["seeded"] is (had_offers[0] == 0)
    assert line["matches"] == 20 and line["candidates"] >= line["matches"]
    assert line["fallback_s"] > 0
    # the cached database itself is never changed: the set-up works on a copy
    after = sqlite3.connect(db).execute("SELECT count(*) FROM organisation_offer").fetchone()
    assert after == had_offers


def test_seeded_offers_are_a_realistic_mix(tmp_path):
    from benchmarks.bench_matching import OFFER_MIX, seed_lotsen
    from benchmarks.common import build_demo_database

    db = tmp_path / "small.sqlite3"
    build_demo_database(db, "small")
    conn = sqlite3.connect(db)
    if conn.execute("SELECT count(*) FROM organisation_offer").fetchone()[0]:
        pytest.skip("the demo brings its own offers")
    assert seed_lotsen(conn) is True
    assert seed_lotsen(conn) is False  # only once
    per_org = [n for (n,) in conn.execute(
        "SELECT count(*) FROM organisation_offer GROUP BY organisation_id"
    )]  # fmt: skip
    orgs = conn.execute("SELECT count(*) FROM organisation").fetchone()[0]
    assert min(per_org) >= 2 and max(per_org) <= 3
    assert 0.2 * orgs <= len(per_org) <= 0.5 * orgs
    public = conn.execute(
        "SELECT count(*) FROM organisation o JOIN organisation_type t ON t.id = o.type_id "
        "WHERE t.name IN ('Jobcenter', 'Kammer (IHK)') "
        "AND o.id NOT IN (SELECT organisation_id FROM organisation_offer)"
    ).fetchone()[0]
    assert public == 0  # every public institution offers something
    kinds = {k for (k,) in conn.execute("SELECT name FROM organisation_type")}
    assert set(OFFER_MIX) <= kinds
    referrals = conn.execute("SELECT count(*), sum(outcome <> '') FROM referral").fetchone()
    assert referrals[0] >= 400 and referrals[1] > referrals[0] / 3
