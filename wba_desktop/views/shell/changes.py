"""The change bus: one place that tells every area what a write changed.

The services' unit of work reports each commit as a
:class:`~wba_desktop.db.changes.Changes` (which topics, which ids), on the thread
that committed. :meth:`ChangeBus.post` may be called from any thread; ``changed``
is always emitted on the GUI thread (at once for a commit made there, queued for a
worker's). Each area decides whether and what to refresh. Other programs' writes on the
same database arrive the same way, posted by the
:class:`~wba_desktop.views.shell.presence_watch.PresenceWatcher`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from wba_desktop.services.bundle import Changes

log = logging.getLogger(__name__)


class ChangeBus(QObject):
    """``changed(Changes)`` after writes; ``post`` from any thread."""

    changed = Signal(object)
    _posted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # a queued hop when posted from a worker thread; direct on the GUI thread
        self._posted.connect(self._deliver)

    def post(self, changes: Changes) -> None:
        """Report changes (thread-safe); delivered on the GUI thread."""
        if changes:
            self._posted.emit(changes)

    def _deliver(self, changes: Changes) -> None:
        log.debug("changes: %s", changes.describe())
        self.changed.emit(changes)
