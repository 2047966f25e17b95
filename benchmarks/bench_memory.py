"""``memory``: peak resident memory after visiting every area on the large demo.

Ours: ``python -m benchmarks._memory_app app DB`` in a fresh process, on a copy of
the database: the start as ``app.run_gui`` does it, then every area of the sidebar
in turn until its background work is done. Reported is the peak resident memory of
the whole process tree: the app's own peak (``VmHWM``) or, if larger, the largest
sum of the app and its child processes seen while sampling every 50 ms. Peer: a bare
QMainWindow process measured the same way. The goal is absolute (``peak_mb`` ≤ 400);
``ratio`` is only for the table. Extra keys: ``areas_mb`` (resident memory after
each area), ``peer_mb``. Linux only (reads ``/proc``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.bench_app_start import child_env
from benchmarks.common import REPO_ROOT, BenchmarkError, Context, info, result

NAME = "memory"
GOAL_MB = 400.0


def _children() -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        found.setdefault(ppid, []).append(int(entry.name))
    return found


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def tree_rss_mb(root: int) -> float:
    """Resident memory of ``root`` and all its descendants now."""
    children = _children()
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        total += _rss_mb(pid)
        todo.extend(children.get(pid, ()))
    return total


def measure(args: list[str], env: dict[str, str]) -> tuple[float, dict[str, Any]]:
    """Peak MB of the process tree and the child's JSON line."""
    cmd = [sys.executable, "-m", "benchmarks._memory_app", *args]
    proc = subprocess.Popen(
        cmd, cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    peak = 0.0
    deadline = time.perf_counter() + 900
    while proc.poll() is None:
        peak = max(peak, tree_rss_mb(proc.pid))
        if time.perf_counter() > deadline:
            proc.kill()
            raise BenchmarkError(f"{' '.join(args)}: no result within 15 minutes")
        time.sleep(0.05)
    out, err = proc.communicate()
    if proc.returncode != 0 or not out.strip():
        raise BenchmarkError(f"{' '.join(args)} failed ({proc.returncode}):\n{err[-3000:]}")
    line = json.loads(out.strip().splitlines()[-1])
    return max(peak, line["peak_mb"]), line


def run(ctx: Context) -> dict[str, Any]:
    if not Path("/proc/self/status").exists():
        raise BenchmarkError("the memory benchmark reads /proc (Linux only)")
    db = ctx.database()
    info(f"memory: every area of the app on a copy of {db.name}")
    with tempfile.TemporaryDirectory(prefix="wba-bench-memory-") as tmp:
        copy = Path(tmp) / "copy.sqlite3"
        shutil.copyfile(db, copy)
        env = child_env(os.path.join(tmp, "data"))
        ours, line = measure(["app", str(copy)], env)
        peer, _ = measure(["peer"], env)
    info(f"  peak {ours:.0f} MB (bare window {peer:.0f} MB); after each area {line['areas_mb']}")
    return result(
        NAME,
        ours,  # megabytes, not seconds: the table shows them as they are
        "bare QMainWindow process",
        peer,
        None,
        quick=ctx.quick,
        ok=ours <= GOAL_MB,
        unit="MB",
        peak_mb=round(ours, 1),
        peer_mb=round(peer, 1),
        goal_mb=GOAL_MB,
        areas_mb=line["areas_mb"],
    )
