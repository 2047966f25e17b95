"""The benchmark package: ``--list`` names, and the search benchmark's result line.

The search benchmark runs on a small demo database in ``tmp_path`` with quick
repetitions; this checks the plumbing, not the numbers.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[3]
RESULT_KEYS = {"name", "ours_s", "peer", "peer_s", "ratio", "goal", "ok", "quick"}


def test_list_names_the_benchmarks():
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH")) if p)
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--list"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    names = [line.split("\t")[0] for line in proc.stdout.splitlines() if line.strip()]
    assert names[:5] == ["search", "person_list", "app_start", "import", "export"]
    network = [n for n in names[5:] if n.startswith("network_")]
    assert names[5 : 5 + len(network)] == network  # the network benchmarks come together
    assert set(network) >= {
        "network_layout_3000",
        "network_layout_10000",
        "network_metrics_3000",
        "network_redraw_1000",
        "network_matrix_20000",
        "network_frame_20000",
    }
    rest = names[5 + len(network) :]
    assert rest[:5] == ["gui_stall", "invitations", "verbund_health", "backup", "audit_overhead"]


def test_unknown_benchmark_is_an_error():
    from benchmarks.__main__ import main

    with pytest.raises(SystemExit) as exc:
        main(["no_such_benchmark"])
    assert exc.value.code != 0


def test_search_benchmark_reports_a_json_line(tmp_path):
    from benchmarks import bench_search
    from benchmarks.common import Context, build_demo_database

    db = tmp_path / "small.sqlite3"
    build_demo_database(db, "small")
    line = bench_search.run(Context(quick=True, db_path=db))

    assert line.keys() >= RESULT_KEYS
    assert json.loads(json.dumps(line)) == line  # plain JSON, one line
    assert line["name"] == "search"
    assert line["quick"] is True
    assert line["goal"] == bench_search.GOAL
    assert line["ours_s"] > 0 and line["peer_s"] > 0
    assert line["ratio"] == pytest.approx(line["ours_s"] / line["peer_s"], rel=1e-3)
    assert line["ok"] == (
        line["ratio"] <= line["goal"]
        and line["median_query_s"] <= line["median_goal_s"]
        and line["gui_median_s"] <= line["gui_goal_s"]
    )
    assert set(line["queries"]) == set(bench_search.QUERIES)
    assert set(line["gui"]) == set(bench_search.QUERIES)  # fired to painted, per query
    assert all(0 < t < 5 for t in line["gui"].values())
