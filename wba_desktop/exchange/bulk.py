"""Bulk work without the cyclic garbage collector: ``paused_gc()``.

Reading, planning, writing and exporting tens of thousands of rows makes hundreds of
thousands of small objects and next to no reference cycles. The collector would scan
them over and over while they live, and each of its passes holds the GIL: the window
waits meanwhile. A context manager and a decorator (``@paused_gc()``).
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager

__all__ = ["paused_gc"]

_gc_lock = threading.Lock()
_gc_pauses = 0


@contextmanager
def paused_gc():
    """Pause Python's cycle collector during bulk work that creates many objects and no
    cycles (rows of cells, preview rows): its repeated full passes over a growing heap
    cost a third of the time. Nested and threaded use is counted; the collector runs
    again when the last pause ends.

    The objects made meanwhile are all still in the youngest generation then: the first
    collection after the pause would scan them in one go, holding the GIL for a
    quarter of a second while the window waits. So they (and the older heap) are
    frozen first, as the network does with its graphs: left out of later scans, still
    freed by reference counting when dropped."""
    global _gc_pauses
    with _gc_lock:
        counted = _gc_pauses > 0 or gc.isenabled()  # else someone else switched it off
        if counted:
            _gc_pauses += 1
            gc.disable()
    try:
        yield
    finally:
        if counted:
            with _gc_lock:
                _gc_pauses -= 1
                if _gc_pauses == 0:
                    gc.freeze()
                    gc.enable()
