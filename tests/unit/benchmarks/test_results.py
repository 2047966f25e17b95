"""``benchmarks/RESULTS.md``: the table a run writes, keeping the rows of others."""

from __future__ import annotations

from benchmarks.results import write_results


def _line(name: str, ours: float, peer: float, **extra) -> dict:
    return {
        "name": name,
        "ours_s": ours,
        "peer": "peer",
        "peer_s": peer,
        "ratio": ours / peer,
        "goal": 3.0,
        "ok": ours / peer <= 3.0,
        "quick": False,
        **extra,
    }


def test_a_run_writes_one_row_per_benchmark_with_the_machine(tmp_path):
    path = tmp_path / "RESULTS.md"
    write_results(
        [_line("search", 0.004, 0.002), _line("app_start", 0.2, 0.1, data_ratio=4.2)],
        ["search", "app_start"],
        path,
    )
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[4].startswith("Machine: ")
    assert "| `search` | 4.0 ms | 2.0 ms | 2 | ≤ 3 | yes |" in text
    assert "| `app_start` | 200.0 ms | 100.0 ms | 2 | ≤ 3 | yes |" in text
    assert "data_ratio: 4.2" in text


def test_a_partial_run_replaces_only_its_own_rows(tmp_path):
    path = tmp_path / "RESULTS.md"
    order = ["search", "import", "memory"]
    write_results([_line("search", 0.004, 0.002), _line("import", 10.0, 2.0)], order, path)
    memory = _line("memory", 350.0, 60.0, unit="MB", goal_mb=400.0)
    write_results([_line("import", 6.0, 2.0), memory], order, path)
    rows = [r for r in path.read_text(encoding="utf-8").splitlines() if r.startswith("| `")]
    assert [r.split("`")[1] for r in rows] == order
    assert "| 6.00 s | 2.00 s | 3 |" in rows[1]  # the new import row, not the old one
    assert "| 4.0 ms |" in rows[0]  # search kept from the earlier run
    assert "| 350 MB | 60 MB |" in rows[2] and "≤ 400 MB" in rows[2]
