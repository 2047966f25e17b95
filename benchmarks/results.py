"""``benchmarks/RESULTS.md``: the table of the latest result of every benchmark.

``python -m benchmarks`` hands its result lines to :func:`write_results` at the end:
one row per benchmark (ours, peer, ratio, goal, ok) under a line naming the machine
(CPU, cores, memory, Python, platform) and the date. A run of some benchmarks only
replaces their rows and keeps the others' rows from the earlier run, each with the
date it was measured; ``--quick`` runs are marked as such (not comparable).
"""

from __future__ import annotations

import os
import platform
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
HEADER = (
    "| benchmark | ours | peer | ratio | goal | ok | measured | further numbers |",
    "|---|---:|---:|---:|---:|:-:|---|---|",
)
#: keys of a result line shown in the last column, where a benchmark has them
NOTES = (
    "data_s",
    "data_ratio",
    "data_goal",
    "loaded_s",
    "apply_s",
    "apply_peer_s",
    "apply_ratio",
    "written",
    "peak_mb",
    "areas_mb",
    "stall_ms",
    "rows_fetched",
    "worst_query_ratio",
)
_ROW = re.compile(r"^\| `([^`]+)` \|")


def machine_line() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = ""
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        memory = f", {pages / 2**30:.1f} GiB RAM"
    except (ValueError, OSError, AttributeError):
        pass
    try:  # a busy shared machine makes every number larger: say how busy it was
        load = ", load average {:.1f} {:.1f} {:.1f} at the end".format(*os.getloadavg())
    except (OSError, AttributeError):
        load = ""
    return (
        f"Machine: {cpu}, {os.cpu_count()} cores{memory}{load}; Python "
        f"{platform.python_version()} on {platform.system()} {platform.release()}"
    )


def _seconds(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value * 1e3:.1f} ms" if value < 1 else f"{value:.2f} s"


def format_row(line: dict[str, Any], today: str) -> str:
    goal = line.get("goal")
    quick = " (quick)" if line.get("quick") else ""
    if line.get("unit") == "MB":  # ours_s and peer_s hold megabytes here
        ours, peer = f"{line['ours_s']:.0f} MB", f"{line['peer_s']:.0f} MB"
        goal_text = f"≤ {line['goal_mb']:g} MB"
    else:
        ours, peer = _seconds(line.get("ours_s")), _seconds(line.get("peer_s"))
        goal_text = "–" if goal is None else f"≤ {goal:g}"
    return (
        f"| `{line['name']}` | {ours} | {peer} "
        f"| {line.get('ratio', 0):.3g} | {goal_text} "
        f"| {'yes' if line.get('ok') else 'no'} | {today}{quick} | {notes(line)} |"
    )


def notes(line: dict[str, Any]) -> str:
    found = []
    for key in NOTES:
        if key in line:
            value = line[key]
            if isinstance(value, dict):
                value = ", ".join(f"{k} {v}" for k, v in value.items())
            found.append(f"{key}: {value}")
    return "; ".join(found).replace("|", "/")


def _earlier_rows(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    rows: dict[str, str] = {}
    for text in path.read_text(encoding="utf-8").splitlines():
        match = _ROW.match(text)
        if match:
            rows[match.group(1)] = text
    return rows


def write_results(lines: list[dict[str, Any]], order: list[str], path: Path = RESULTS) -> Path:
    """Write the table: this run's rows, and the earlier rows of benchmarks not run now."""
    today = date.today().strftime("%d.%m.%Y")
    rows = _earlier_rows(path)
    for line in lines:
        rows[line["name"]] = format_row(line, today)
    names = [n for n in order if n in rows] + sorted(set(rows) - set(order))
    text = [
        "# Benchmark results",
        "",
        "Written by `python -m benchmarks` (see README.md for what each one measures); "
        "ratio = ours / peer, goal = the largest acceptable ratio.",
        "",
        machine_line() + f"; command: `{' '.join(['python -m benchmarks', *sys.argv[1:]])}`",
        "",
        *HEADER,
        *(rows[n] for n in names),
        "",
    ]
    path.write_text("\n".join(text), encoding="utf-8")
    return path
