"""How the C allocator hands memory back: large blocks straight to the system.

numpy's arrays of a network analysis or a tie texture are megabytes each. glibc's
malloc gives blocks above a threshold their own mapping, returned to the system on
``free``; but after the first such block is freed it raises the threshold to that
block's size (up to 32 MB), so later arrays come from the heap and their pages stay
with the process after use. On the state-wide network that kept 30–40 MB resident
for nothing after every analysis, growing with each worker thread's own arena.

``tune_allocator()`` fixes the threshold at 256 KB (as Windows' heap does: it maps
large blocks of its own and releases them on free) and limits glibc to two arenas.
It does nothing where the C library is not glibc. ``release_free_memory()`` gives
the free pages of the heap back after a long background task (5-15 MB after a
network analysis).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys

log = logging.getLogger(__name__)

#: glibc's mallopt parameters (malloc.h)
M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8
#: blocks from this size get their own mapping, given back when freed
MMAP_THRESHOLD_BYTES = 256 * 1024
ARENA_MAX = 2

_tuned = False
_libc: list = []


def _glibc():
    if _libc:
        return _libc[0]
    _libc.append(_find_glibc())
    return _libc[0]


def _find_glibc():
    if not sys.platform.startswith("linux"):
        return None
    name = ctypes.util.find_library("c")
    if not name:
        return None
    try:
        libc = ctypes.CDLL(name)
        libc.gnu_get_libc_version  # noqa: B018 - only glibc has it
    except (OSError, AttributeError):
        return None
    return libc


def tune_allocator() -> bool:
    """Set the allocator as described above (once per process); True when it was
    set, False where there is nothing to set."""
    global _tuned
    if _tuned:
        return True
    libc = _glibc()
    if libc is None:
        return False
    ok = libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES) == 1
    ok = libc.mallopt(M_ARENA_MAX, ARENA_MAX) == 1 and ok
    if not ok:
        log.debug("mallopt refused; the allocator keeps its defaults")
    _tuned = ok
    return ok


def release_free_memory() -> bool:
    """Hand the C heap's free pages back to the system (glibc's ``malloc_trim``), after
    a long task has dropped what it built; False where there is nothing to call.
    ctypes releases the GIL meanwhile: a worker thread may call it."""
    libc = _glibc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True
