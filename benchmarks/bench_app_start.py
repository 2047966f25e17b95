"""``app_start``: a fresh process until the main window shows data, against bare Qt.

Each run starts ``python -m benchmarks._start_app`` in a new process: ours opens the
database, builds the main window (no first-start question), shows it and waits
until the organisation list has painted its first rows; the peer imports PySide6
and shows a QMainWindow with a QLabel. The reported times are the wall times of
the whole child processes (interpreter start included), medians over the runs,
ours and peer alternating. The child also reports its in-process time and phases,
and which heavy modules (networkx, matplotlib, openpyxl, alembic) got imported:
they must not be, the features that need them load them on demand.
"""

from __future__ import annotations

import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any

from benchmarks.common import REPO_ROOT, BenchmarkError, Context, info, result

NAME = "app_start"
GOAL = 3.0


def start_once(args: list[str], env: dict[str, str]) -> tuple[float, dict[str, Any]]:
    """Wall seconds of one child process and the JSON line it printed."""
    cmd = [sys.executable, "-m", "benchmarks._start_app", *args]
    start = time.perf_counter()
    proc = subprocess.run(
        cmd, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise BenchmarkError(f"{' '.join(args)} failed ({proc.returncode}):\n{proc.stderr}")
    return wall, json.loads(proc.stdout.strip().splitlines()[-1])


def child_env(data_dir: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", WBA_DATA_DIR=data_dir)
    env.pop("WBA_DATABASE_URL", None)
    # an installed app starts from compiled byte-code; some machines switch writing it off
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH")) if p)
    return env


def run(ctx: Context) -> dict[str, Any]:
    db = ctx.database()
    repeat = ctx.repeat(full=9, quick=3)
    info(f"app_start: {repeat} fresh processes each on {db.name}")
    ours_wall: list[float] = []
    peer_wall: list[float] = []
    reports: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="wba-bench-start-") as data_dir:
        env = child_env(data_dir)
        # byte-code compiled (as in an installed app), then one untimed round: file cache warm
        compileall.compile_dir(REPO_ROOT / "wba_desktop", quiet=1)
        compileall.compile_dir(REPO_ROOT / "benchmarks", quiet=1)
        start_once(["app", str(db)], env)
        start_once(["peer"], env)
        for _ in range(repeat):
            wall, report = start_once(["app", str(db)], env)
            ours_wall.append(wall)
            reports.append(report)
            peer_wall.append(start_once(["peer"], env)[0])
    ours = statistics.median(ours_wall)
    peer = statistics.median(peer_wall)
    heavy = sorted({m for r in reports for m in r["heavy_modules"]})
    phases = {
        key: round(statistics.median(r["phases"][key] for r in reports), 4)
        for key in reports[0]["phases"]
    }
    phases["shown_s"] = round(statistics.median(r["elapsed_s"] for r in reports), 4)
    info(f"  ours {ours * 1e3:.0f} ms, bare QMainWindow {peer * 1e3:.0f} ms; in-process {phases}")
    if heavy:
        info(f"  heavy modules imported at start: {', '.join(heavy)}")
    line = result(
        NAME,
        ours,
        "bare QMainWindow + QLabel (subprocess)",
        peer,
        GOAL,
        quick=ctx.quick,
        repeat=repeat,
        lazy_imports_ok=not heavy,
        heavy_modules=heavy,
        in_process=phases,
        rows=reports[-1]["rows"],
        rows_fetched=reports[-1]["rows_fetched"],
    )
    return line
