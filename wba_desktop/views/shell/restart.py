"""Start WBA Desktop anew (after a change that applies at the start, such as the
language): close the window, which saves its state, then start the same program with
the same arguments as a detached process. The frozen build starts its own executable;
from source, ``python -m wba_desktop``."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


def restart_command(argv: list[str] | None = None) -> tuple[str, list[str]]:
    """(program, arguments) that start this WBA Desktop again."""
    args = list(sys.argv[1:] if argv is None else argv)
    if getattr(sys, "frozen", False):
        return sys.executable, args
    return sys.executable, ["-m", "wba_desktop", *args]


def restart(window: QWidget) -> bool:
    """Close ``window`` and start the program again; False (and nothing started) when
    the window stays open or the new process cannot be started."""
    if not window.close():
        return False
    program, args = restart_command()
    started = QProcess.startDetached(program, args)
    ok = started[0] if isinstance(started, tuple) else bool(started)
    if not ok:
        log.error("Restart failed: %s %s", program, args)
    return ok
