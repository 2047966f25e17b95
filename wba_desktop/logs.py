"""The log file: a rotating file in the data directory, and how bugs get into it.

``setup_logging()`` is called once at start (the window calls it, the command line
does not need it): ``<data>/logs/wba-desktop.log``, 1 MB per file, five old files
kept (``wba-desktop.log.1`` … ``.5``). Calling it again for the same folder changes
nothing; for another folder (tests move the data directory) the old file is closed.
Messages reach a console handler only at its own level, so the file's INFO lines never
spam stderr. ``log_exception`` writes an uncaught exception with its traceback;
``RepeatFilter`` decides whether the same exception again is worth another dialog.
No Qt here: the dialog and the hooks live in ``views/shell/crash_dialog.py``.
"""

from __future__ import annotations

import logging
import logging.handlers
import time
import traceback
from pathlib import Path
from types import TracebackType

from wba_desktop import paths

log = logging.getLogger("wba_desktop")

LOG_FILENAME = "wba-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"
_MARK = "_wba_log_file"  # attribute on our handler, so a second setup finds it


def log_file(folder: Path | None = None) -> Path:
    """Where the current log file is (or will be)."""
    return (folder or paths.log_dir()) / LOG_FILENAME


def setup_logging(
    folder: Path | None = None,
    *,
    level: int = logging.INFO,
    max_bytes: int = MAX_BYTES,
    backup_count: int = BACKUP_COUNT,
) -> Path:
    """Send log records of ``level`` and above to the rotating file; returns its path.

    The root logger is lowered to ``level`` if needed; handlers that were there before
    (the command line's stderr handler) keep their own threshold, so they show no more
    than before. A folder that cannot be written leaves the app without a log file
    rather than without a window."""
    path = log_file(folder)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _MARK, None) is not None:
            if getattr(handler, _MARK) == path:
                return path
            root.removeHandler(handler)
            handler.close()
    for handler in root.handlers:
        if type(handler) is logging.StreamHandler and handler.level == logging.NOTSET:
            # before, the root's level filtered for them: keep showing what they showed
            handler.setLevel(root.getEffectiveLevel())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8", delay=True
        )
    except OSError:
        log.warning("no log file at %s", path, exc_info=True)
        return path
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    setattr(handler, _MARK, path)
    root.addHandler(handler)
    if root.getEffectiveLevel() > level:
        root.setLevel(level)
    return path


def shutdown_logging() -> None:
    """Close and remove the file handler (tests; the end of the app does it itself)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _MARK, None) is not None:
            root.removeHandler(handler)
            handler.close()


def prune_log_files(days: int, folder: Path | None = None, now: float | None = None) -> int:
    """Delete rotated log files (``wba-desktop.log.1`` …) older than ``days``; the
    current file stays. Returns how many were deleted."""
    folder = folder or paths.log_dir()
    cutoff = (now or time.time()) - max(days, 1) * 86400
    removed = 0
    for path in folder.glob(LOG_FILENAME + ".*"):
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except OSError:
            log.warning("old log file %s not deleted", path, exc_info=True)
    return removed


def format_exception(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> str:
    return "".join(traceback.format_exception(exc_type, exc, tb))


def exception_summary(exc_type: type[BaseException], exc: BaseException | None) -> str:
    """``KeyError: 'bug'``, the line a user can read out on the phone."""
    text = str(exc) if exc is not None else ""
    return f"{exc_type.__name__}: {text}" if text else exc_type.__name__


def log_exception(
    exc_type: type[BaseException],
    exc: BaseException | None,
    tb: TracebackType | None,
    where: str = "",
) -> str:
    """Write an uncaught exception with its traceback to the log; returns the text."""
    text = format_exception(exc_type, exc, tb)
    log.error("uncaught exception%s:\n%s", f" in {where}" if where else "", text.rstrip())
    return text


def signature(exc_type: type[BaseException], exc: BaseException | None, tb) -> tuple:
    """What makes two exceptions 'the same': type, message and the line that raised."""
    last = None
    while tb is not None:
        last = tb
        tb = tb.tb_next
    place = (last.tb_frame.f_code.co_filename, last.tb_lineno) if last is not None else None
    return (exc_type.__qualname__, str(exc) if exc is not None else "", place)


class RepeatFilter:
    """Counts identical exceptions in a row; ``should_show`` says yes to the first
    ``limit`` of a run and no after that (a timer that fails ten times a second must
    not trap the user in dialogs). A different exception starts a new run."""

    def __init__(self, limit: int = 3) -> None:
        self.limit = limit
        self._last: tuple | None = None
        self._count = 0

    def note(self, key: tuple) -> int:
        """Count ``key``; returns how often it came in a row, this time included."""
        if key == self._last:
            self._count += 1
        else:
            self._last, self._count = key, 1
        return self._count

    def should_show(self, key: tuple) -> bool:
        return self.note(key) <= self.limit
