"""Large write buffers for the sheet XML openpyxl streams to its temporary files.

openpyxl writes each worksheet's XML through et_xmlfile, which opens the temporary
file with Python's default buffer: the file system's block size, 4 KB. Writing
100,000 rows then means some 25,000 small ``write`` calls, and each one lets go of
the GIL and takes it back at once. A thread waiting for the GIL (the window's, on a
background export) only asks for it after 5 ms without a hand-over, so it waited
while the export ran on: the window stood still for 300-500 ms at a time, again and
again (measured with a 10 ms timer; the same XML written to memory did not do it).

With a 1 MB buffer the hand-overs are 250 times rarer and the window keeps running.
``install()`` gives et_xmlfile's module its own ``open`` with that buffer; when a
later et_xmlfile no longer opens files that way, nothing changes.
"""

from __future__ import annotations

import builtins
import functools
import logging

log = logging.getLogger(__name__)

#: bytes buffered before the sheet XML goes to its temporary file
BUFFER_BYTES = 1 << 20


def install() -> bool:
    """Give et_xmlfile's file writing a ``BUFFER_BYTES`` buffer (once); False when
    et_xmlfile is not the kind that opens files itself."""
    try:
        from et_xmlfile import incremental_tree
    except ImportError:
        return False
    if not hasattr(incremental_tree, "_get_writer"):
        log.debug("et_xmlfile without _get_writer: its buffering left as it is")
        return False
    current = getattr(incremental_tree, "open", None)
    if isinstance(current, functools.partial) and current.func is builtins.open:
        return True
    incremental_tree.open = functools.partial(builtins.open, buffering=BUFFER_BYTES)
    return True
