"""``python -m benchmarks [--quick] [--list] [NAME ...]``: run benchmarks, print JSON lines.

Exit code 0 when every benchmark ran, even if one missed its goal (see ``"ok"``);
1 when a benchmark could not run.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

#: name -> (module, one-line description); modules load only when run.
BENCHMARKS: dict[str, tuple[str, str]] = {
    "search": (
        "benchmarks.bench_search",
        "SearchService.search on the large DB vs the same SQL with raw sqlite3 (goal ≤ 3)",
    ),
    "person_list": (
        "benchmarks.bench_person_list",
        "open PersonListView until first rows painted vs a bare QTableView (lazy rows)",
    ),
    "app_start": (
        "benchmarks.bench_app_start",
        "fresh process to main window showing data vs bare QMainWindow (goal ≤ 3)",
    ),
    "import": (
        "benchmarks.bench_import",
        "preview of a 20,000-row xlsx import (read, map, validate, match) vs bare "
        "python-calamine read (goal ≤ 4)",
    ),
    "export": (
        "benchmarks.bench_export",
        "100,000 people to styled xlsx from the DB vs bare openpyxl write_only (goal ≤ 1.5)",
    ),
    # four benchmarks in one file: bench_network registers a module per name
    "network_layout_3000": (
        "benchmarks.bench_network.network_layout_3000",
        "force layout of 3,000 organisations vs networkx.spring_layout (goal ≤ 1/40, ≤ 0.5 s)",
    ),
    "network_layout_10000": (
        "benchmarks.bench_network.network_layout_10000",
        "force layout of 10,000 organisations (≤ 2 s) vs one spring_layout iteration",
    ),
    "network_metrics_3000": (
        "benchmarks.bench_network.network_metrics_3000",
        "all analysis-panel metrics of 3,000 organisations vs the bare networkx calls (≤ 1)",
    ),
    "network_redraw_1000": (
        "benchmarks.bench_network.network_redraw_1000",
        "filtered graph + stored positions for ~1,000 organisations vs the same SQL raw",
    ),
    "network_matrix_20000": (
        "benchmarks.bench_matrix",
        "stakeholder matrix of the large demo (query, quadrants, Qt points) vs the same SQL "
        "raw (goal ≤ 6); GUI-thread show and paint ≤ 50 ms",
    ),
    # two benchmarks in one file: bench_canvas registers a module per name
    "network_frame_20000": (
        "benchmarks.bench_canvas.network_frame_20000",
        "full canvas frame with 20,000 organisations and 55,000 ties vs an empty frame "
        "(pan/zoom ≤ 50 ms, click ≤ 100 ms)",
    ),
    "gui_stall": (
        "benchmarks.bench_canvas.gui_stall",
        "longest GUI-thread stall while the network view builds, lays out and measures the "
        "large demo vs an idle event loop (≤ 100 ms)",
    ),
    "invitations": (
        "benchmarks.bench_invitations",
        "invitation list of an event from a ~18,000-person dynamic Verteiler vs raw sqlite3 "
        "executemany (goal ≤ 3)",
    ),
    "verbund_health": (
        "benchmarks.bench_verbund_health",
        "Verbund overview rows + health check of 210 Verbünde vs the raw data fetched in one "
        "statement each (goal ≤ 5)",
    ),
    "backup": (
        "benchmarks.bench_backup",
        "online backup of the large DB through services.backups vs sqlite3's .backup (goal ≤ 1.5)",
    ),
    "audit_overhead": (
        "benchmarks.bench_audit_overhead",
        "1,000 organisation updates with the audit log vs the same without it (goal ≤ 1.3)",
    ),
    "duplicates": (
        "benchmarks.bench_duplicates",
        "likely duplicates of 20,000 organisations (exact and similar names) vs the exact "
        "rule alone in raw SQL (goal ≤ 40)",
    ),
    "map_overview": (
        "benchmarks.bench_map",
        "numbers, ties and dots of the map of Sachsen-Anhalt vs the network graph it "
        "needs for the gaps (goal ≤ 2.5)",
    ),
    "matching": (
        "benchmarks.bench_matching",
        "ranked partners for one inquiry on the large demo vs the raw candidate fetch "
        "(goal ≤ 3, ≤ 100 ms)",
    ),
    # the speed goals of issue 16 not covered above
    "gui_stall_tasks": (
        "benchmarks.bench_stall_tasks",
        "longest GUI-thread stall during export, import (preview and write) and search "
        "vs an idle event loop (≤ 100 ms)",
    ),
    "memory": (
        "benchmarks.bench_memory",
        "peak resident memory (process tree) after visiting every area on the large demo "
        "vs a bare QMainWindow process (goal ≤ 400 MB)",
    ),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Benchmarks of WBA Desktop, each against a peer measured in the same run. "
        "One JSON line per benchmark on stdout; progress on stderr.",
    )
    parser.add_argument("names", nargs="*", metavar="NAME", help="benchmarks to run (all)")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="fewer repetitions on the small demo database (a smoke test, < 1 minute)",
    )
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    return parser


def run_one(name: str, ctx: Any) -> dict[str, Any]:
    module = importlib.import_module(BENCHMARKS[name][0])
    return module.run(ctx)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.list:
        for name, (_module, description) in BENCHMARKS.items():
            print(f"{name}\t{description}")
        return 0
    unknown = [n for n in args.names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}; see --list")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from benchmarks.common import Context, demo_database, emit, info, working_copy

    failed = 0
    lines: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="wba-bench-data-") as data_dir:
        # settings, logs and backups of the app go here, never to the user's folder
        os.environ["WBA_DATA_DIR"] = data_dir
        cached = demo_database(Context(quick=args.quick).size)
        for name in args.names or list(BENCHMARKS):
            try:
                # each benchmark on its own copy: none sees what another wrote
                with tempfile.TemporaryDirectory(prefix="wba-bench-db-") as work:
                    ctx = Context(quick=args.quick, db_path=working_copy(cached, Path(work)))
                    lines.append(run_one(name, ctx))
                emit(lines[-1])
            except Exception:
                failed += 1
                info(f"benchmark {name} failed:\n{traceback.format_exc()}")
    if lines:
        from benchmarks.results import write_results

        info(f"results table: {write_results(lines, list(BENCHMARKS))}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
