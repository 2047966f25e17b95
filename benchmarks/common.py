"""Shared benchmark helpers: timing, result lines, and the cached demo database.

Results are one JSON object per benchmark on stdout; everything else (progress,
notes) goes to stderr so that ``python -m benchmarks > results.jsonl`` stays clean.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
#: Where generated databases are cached (gitignored); ``WBA_BENCH_DIR`` moves it.
BENCH_DIR = Path(os.environ.get("WBA_BENCH_DIR") or REPO_ROOT / ".bench")


class BenchmarkError(Exception):
    """A benchmark could not run (as opposed to running and missing its goal)."""


def info(message: str) -> None:
    """Progress and notes: stderr, never stdout."""
    print(message, file=sys.stderr, flush=True)


def timed(fn: Callable[[], object]) -> float:
    """Seconds one call of ``fn`` takes."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def paired_medians(
    ours: Callable[[], float], peer: Callable[[], float], repeat: int, warmup: int = 1
) -> tuple[float, float]:
    """Median seconds of ``ours`` and ``peer``, each a function that times itself.

    The two alternate (ours, peer, ours, peer, ...) after ``warmup`` untimed rounds,
    so a burst of load on a shared machine hits both sides alike. Timing inside the
    functions keeps their set-up and clean-up off the clock.
    """
    for _ in range(warmup):
        ours()
        peer()
    ours_s: list[float] = []
    peer_s: list[float] = []
    for _ in range(max(repeat, 1)):
        ours_s.append(ours())
        peer_s.append(peer())
    return statistics.median(ours_s), statistics.median(peer_s)


@dataclass
class Context:
    """What a benchmark needs: quick or full mode, and the database to measure on.

    ``db_path`` may be given (tests use a small database in ``tmp_path``); otherwise
    the cached demo database is built on first use: "large" normally, "small" in
    quick mode.
    """

    quick: bool = False
    db_path: Path | None = None

    @property
    def size(self) -> str:
        return "small" if self.quick else "large"

    def repeat(self, full: int, quick: int) -> int:
        return quick if self.quick else full

    def database(self) -> Path:
        if self.db_path is None:
            self.db_path = demo_database(self.size)
        return self.db_path


def result(
    name: str,
    ours_s: float,
    peer: str,
    peer_s: float,
    goal: float | None,
    *,
    quick: bool,
    ok: bool | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """One result line. ``goal`` is the largest acceptable ratio (None: no goal).

    ``ok`` defaults to ``ratio <= goal``; benchmarks with extra conditions pass it.
    """
    ours_s = round(ours_s, 6)
    peer_s = round(peer_s, 6)
    if peer_s <= 0:
        raise BenchmarkError(f"{name}: the peer took no measurable time")
    ratio = ours_s / peer_s
    if ok is None:
        ok = goal is None or ratio <= goal
    return {
        "name": name,
        "ours_s": ours_s,
        "peer": peer,
        "peer_s": peer_s,
        "ratio": round(ratio, 4),
        "goal": goal,
        "ok": bool(ok),
        "quick": quick,
        **extra,
    }


def emit(line: dict[str, Any]) -> None:
    """Print one result as a JSON line on stdout."""
    print(json.dumps(line, ensure_ascii=False), flush=True)


# -- the cached demo database -------------------------------------------------------


def working_copy(cached: Path, folder: Path) -> Path:
    """A copy of the cached database in ``folder`` for one benchmark: what it writes
    (an export logs its disclosures, the app's start anonymises and prunes, a layout is
    stored) must not reach the next benchmark or the next run. SQLite's backup API, so
    a write-ahead log next to the cache is part of the copy."""
    import sqlite3

    target = folder / cached.name
    src = sqlite3.connect(f"file:{cached.as_posix()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    # on disk before the measuring starts: the kernel writing the fresh copy's 150 MB
    # back meanwhile took CPU from the first benchmark on a 2-core machine
    with open(target, "rb") as fh:
        os.fsync(fh.fileno())
    return target


def sqlite_url(path: Path) -> str:
    return "sqlite:///" + path.resolve().as_posix()


def demo_database(size: str, bench_dir: Path | None = None) -> Path:
    """The demo database of ``size`` under ``.bench/``, built once and reused.

    The schema revision it was built with is stored next to it
    (``large.sqlite3.revision``); a different ``HEAD_REVISION`` rebuilds it.
    """
    from wba_desktop.db.migrate import HEAD_REVISION

    bench_dir = bench_dir or BENCH_DIR
    path = bench_dir / f"{size}.sqlite3"
    stamp = path.with_name(path.name + ".revision")
    if path.exists() and stamp.exists() and stamp.read_text().strip() == HEAD_REVISION:
        return path
    bench_dir.mkdir(parents=True, exist_ok=True)
    info(f"building the {size} demo database at {path} (once; cached) ...")
    tmp = path.with_name(path.name + ".building")
    for stale in _sqlite_files(tmp) + _sqlite_files(path) + [stamp]:
        stale.unlink(missing_ok=True)
    start = time.perf_counter()
    build_demo_database(tmp, size)
    tmp.replace(path)
    stamp.write_text(HEAD_REVISION + "\n")
    info(f"  done in {time.perf_counter() - start:.1f} s")
    return path


def _sqlite_files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def build_demo_database(path: Path, size: str, seed: int = 1) -> Any:
    """Create ``path``, migrate it and fill it with ``generate_demo``; the summary."""
    try:
        from wba_desktop.demo.generate import generate_demo
    except ImportError as exc:
        raise BenchmarkError(
            "wba_desktop.demo.generate (generate_demo) is not available yet"
        ) from exc
    from sqlalchemy import text

    from wba_desktop.db import UnitOfWorkFactory, create_db_engine
    from wba_desktop.db.migrate import ensure_schema

    engine = create_db_engine(sqlite_url(path))
    try:
        ensure_schema(engine)
        last = [-1]

        def progress(done: int, total: int, what: str) -> None:
            percent = done * 100 // max(total, 1)
            if percent // 10 != last[0]:
                last[0] = percent // 10
                info(f"  {what}: {percent} %")

        summary = generate_demo(UnitOfWorkFactory(engine), size=size, seed=seed, progress=progress)
        with engine.connect() as conn:
            # no ANALYZE: measure the database as the app itself leaves it
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    finally:
        engine.dispose()
    for extra in _sqlite_files(path)[1:]:
        extra.unlink(missing_ok=True)
    return summary
