"""``app_start``: a fresh process until the window is on screen and until it shows data,
against bare Qt.

Each run starts ``python -m benchmarks._start_app`` in a new process: ours takes the
path of ``app.run_gui`` (the light window first, the database opened on a worker
thread, then the main window on the start page, no first-start question) and waits
until the start page has painted its data; the peer imports PySide6 and shows a
QMainWindow with a QLabel. Two ratios against the peer's wall time: the window on
screen (``ours_s``/``ratio``, goal 3: the wall time less what the child spent after
its light window had painted) and the first data painted (``data_s``/``data_ratio``,
goal 5: the wall time less what the child spent after the start page had first
painted data – its first look, ``services.glance``, in the light window). How long
until the main window has painted the start page's full read is reported too
(``loaded_s``, the whole wall time). Wall times include the interpreter start;
medians over the runs, ours and peer alternating. The child also reports its
in-process phases and which heavy modules got imported: networkx, matplotlib,
openpyxl and alembic never by the time the data shows, SQLAlchemy and the services
not before the window shows.
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
#: the first data painted, against the same bare window
DATA_GOAL = 5.0


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
    window_wall: list[float] = []
    data_wall: list[float] = []
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
            phases = report["phases"]
            window_wall.append(wall - (report["elapsed_s"] - phases["window_shown_s"]))
            data_wall.append(wall - (report["elapsed_s"] - phases["data_painted_s"]))
            reports.append(report)
            peer_wall.append(start_once(["peer"], env)[0])
    loaded = statistics.median(ours_wall)
    data = statistics.median(data_wall)
    window = statistics.median(window_wall)
    peer = statistics.median(peer_wall)
    heavy = sorted({m for r in reports for m in r["heavy_modules"]})
    heavy_at_window = sorted({m for r in reports for m in r["phases"]["heavy_at_window"]})
    phases = {
        key: round(statistics.median(r["phases"][key] for r in reports), 4)
        for key in reports[0]["phases"]
        if key != "heavy_at_window"
    }
    info(
        f"  window {window * 1e3:.0f} ms, first data {data * 1e3:.0f} ms, full read "
        f"{loaded * 1e3:.0f} ms, bare QMainWindow {peer * 1e3:.0f} ms; in-process {phases}"
    )
    if heavy or heavy_at_window:
        info(f"  heavy modules imported too early: {', '.join(heavy + heavy_at_window)}")
    data_ratio = data / peer
    lazy = not heavy and not heavy_at_window
    return result(
        NAME,
        window,
        "bare QMainWindow + QLabel (subprocess)",
        peer,
        GOAL,
        quick=ctx.quick,
        ok=window / peer <= GOAL and data_ratio <= DATA_GOAL and lazy,
        repeat=repeat,
        data_s=round(data, 6),
        data_ratio=round(data_ratio, 4),
        data_goal=DATA_GOAL,
        first_look=all(r["first_look"] for r in reports),
        loaded_s=round(loaded, 6),
        loaded_ratio=round(loaded / peer, 4),
        lazy_imports_ok=lazy,
        heavy_modules=heavy,
        heavy_at_window=heavy_at_window,
        in_process=phases,
        opened_area=reports[-1]["opened_area"],
    )
