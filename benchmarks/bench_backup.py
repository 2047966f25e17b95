"""``backup``: a backup of the large demo database against SQLite's own ``.backup``.

Ours: ``services.backups.backup_now()``, the full path the app and ``wba-desktop
backup`` take: a new file name in the backup folder, SQLite's online backup API into
a temporary file, the copy switched to a self-contained journal, the rename, and the
pruning of the folder. Peer: the ``sqlite3`` command line tool's ``.backup`` of the
same file (process start included, a few milliseconds), or, where that tool is not
installed, Python's ``sqlite3.Connection.backup(pages=-1)``; ``peer`` says which.

Goal: ours at most 1.5 times the peer. Extra keys: ``mb`` (database size),
``python_backup_s`` (Python's one-step backup API, for orientation) and, one untimed
run each, ``dump_s``/``dump_mb`` (the portable dump of all data) and ``load_s`` (that
dump loaded into a new SQLite database, one transaction).
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import Context, info, paired_medians, result, sqlite_url

NAME = "backup"
GOAL = 1.5


def _clear(folder: Path) -> None:
    for path in folder.iterdir():
        path.unlink()


def run(ctx: Context) -> dict[str, Any]:
    from wba_desktop.db import UnitOfWorkFactory, create_db_engine
    from wba_desktop.services.backups import BackupService

    db: Path = ctx.database()
    repeat = ctx.repeat(full=7, quick=3)
    cli = shutil.which("sqlite3")
    engine = create_db_engine(sqlite_url(db))
    try:
        with tempfile.TemporaryDirectory(prefix="wba-bench-backup-") as tmp:
            ours_dir, peer_dir = Path(tmp) / "ours", Path(tmp) / "peer"
            ours_dir.mkdir()
            peer_dir.mkdir()
            service = BackupService(UnitOfWorkFactory(engine), folder=ours_dir)

            def ours() -> float:
                _clear(ours_dir)
                start = time.perf_counter()
                service.backup_now()
                return time.perf_counter() - start

            def peer() -> float:
                _clear(peer_dir)
                target = peer_dir / "peer.sqlite3"
                start = time.perf_counter()
                if cli:
                    subprocess.run([cli, str(db), f".backup '{target}'"], check=True)
                else:
                    _python_backup(db, target)
                return time.perf_counter() - start

            def python_backup() -> float:
                _clear(peer_dir)
                start = time.perf_counter()
                _python_backup(db, peer_dir / "py.sqlite3")
                return time.perf_counter() - start

            info(f"backup: {repeat} runs each (+1 warm-up) on {db.name}")
            ours_s, peer_s = paired_medians(ours, peer, repeat)
            python_s = statistics.median(python_backup() for _ in range(repeat))
            (copy,) = list(ours_dir.iterdir())
            with sqlite3.connect(copy) as con:
                intact = con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            dump_s, dump_mb, load_s = _dump_and_load(service, Path(tmp))
    finally:
        engine.dispose()
    peer_name = "sqlite3 CLI .backup" if cli else "python sqlite3.Connection.backup(pages=-1)"
    return result(
        NAME,
        ours_s,
        peer_name,
        peer_s,
        GOAL,
        quick=ctx.quick,
        ok=intact and ours_s / peer_s <= GOAL,
        mb=round(db.stat().st_size / 1e6, 1),
        python_backup_s=round(python_s, 4),
        dump_s=round(dump_s, 2),
        dump_mb=round(dump_mb, 1),
        load_s=round(load_s, 2),
        intact=intact,
    )


def _python_backup(source: Path, target: Path) -> None:
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst, pages=-1)
    finally:
        dst.close()
        src.close()


def _dump_and_load(service: Any, tmp: Path) -> tuple[float, float, float]:
    from wba_desktop.db import create_db_engine
    from wba_desktop.db.load import load

    archive = tmp / "alles.zip"
    start = time.perf_counter()
    service.dump(archive)
    dump_s = time.perf_counter() - start
    target = create_db_engine(sqlite_url(tmp / "geladen.sqlite3"))
    try:
        start = time.perf_counter()
        load(target, archive)
        load_s = time.perf_counter() - start
    finally:
        target.dispose()
    info(f"backup: dump {dump_s:.1f} s, load {load_s:.1f} s")
    return dump_s, archive.stat().st_size / 1e6, load_s
