"""What the import preview matches against, read while the file is read.

Reading the matching data (kinds, districts, 20,000 organisations, 100,000 e-mails on
the large demo) takes a tenth of a second; parsing the workbook takes longer, and
calamine parses without holding Python's GIL. So the wizard starts
:meth:`ImportService.prefetch <wba_desktop.services.importing.service.ImportService.prefetch>`
when it reads the file, and the preview takes the result instead of reading it again:
the preview appears that much sooner after the mapping page.

A prefetch is used once (the preview empties the tables when done) and only while it is
fresh (``FRESH_S``): a user who looks at the mapping page for minutes gets matches
against what is stored when the preview is made. A prefetch that failed is logged and
the preview reads for itself.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future

from wba_desktop.services.importing.lookup import Lookups

log = logging.getLogger(__name__)

#: seconds a prefetch may be old for the preview to take it
FRESH_S = 60.0


class Prefetched:
    """Lookups being read on a background thread; :meth:`take` gives them once."""

    def __init__(self, load: Callable[[], Lookups]) -> None:
        self._future: Future[Lookups] = Future()
        self._started = time.monotonic()
        self._taken = False
        self._lock = threading.Lock()
        threading.Thread(target=self._run, args=(load,), name="import-lookups", daemon=True).start()

    def _run(self, load: Callable[[], Lookups]) -> None:
        try:
            self._future.set_result(load())
        except BaseException as exc:  # handed to take(), which logs it
            self._future.set_exception(exc)

    def discard(self) -> None:
        """Not needed after all (another file, the wizard closed): the tables are
        emptied on a background thread once read, not freed by whoever drops the last
        reference (on the window's thread, in one piece)."""
        with self._lock:
            if self._taken:
                return
            self._taken = True
        self._future.add_done_callback(_release_later)

    def take(self) -> Lookups | None:
        """The lookups (waiting for them), or None when already taken, too old or failed:
        then the caller reads them itself."""
        with self._lock:
            if self._taken:
                return None
            self._taken = True
        try:
            lookups = self._future.result()
        except Exception:
            log.warning("reading the import's lookups ahead failed", exc_info=True)
            return None
        if time.monotonic() - self._started > FRESH_S:
            lookups.release_later()
            return None
        return lookups


def _release_later(future: Future[Lookups]) -> None:
    if future.exception() is None:
        future.result().release_later()
