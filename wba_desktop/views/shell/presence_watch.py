"""Keeps the window in step with other programs on the same database.

Every :data:`POLL_MS` a timer asks the presence service, on the task runner (never on
the GUI thread), which topics other programs changed since the last look, and posts
them into the change bus: the areas refresh as after one of our own writes. About once
a minute the same background job refreshes our ``app_session`` row (the heartbeat). A
tick is skipped while the previous one still runs (a slow network, a busy server);
a failed poll is only logged, the next tick tries again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from wba_desktop.errors import ServiceError
from wba_desktop.services.presence import DESKTOP, PresenceService
from wba_desktop.views.common.tasks import TaskRunner
from wba_desktop.views.shell.changes import ChangeBus

log = logging.getLogger(__name__)

#: how often others' changes are looked for (the views follow within about this)
POLL_MS = 2000
#: every this many polls the heartbeat goes along (about once a minute)
HEARTBEAT_EVERY = 30


class PresenceWatcher(QObject):
    """``start()`` registers this program and starts polling; ``stop()`` unregisters."""

    def __init__(
        self, presence: PresenceService, bus: ChangeBus, runner: TaskRunner, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._presence, self._bus, self._runner = presence, bus, runner
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.tick)
        self.last_id: int | None = None
        self._busy = False
        self._started = False
        self._ticks = 0
        self._failures = 0

    @property
    def running(self) -> bool:
        return self._started

    def start(self, program: str = DESKTOP) -> None:
        """Register in the background, then poll every :data:`POLL_MS`."""
        if self._started:
            return
        self._started = True
        presence = self._presence

        def register(_report, _cancelled) -> int:
            presence.register(program)
            return presence.latest_notice()

        self._run(register, self._registered)

    def _registered(self, last_id: int) -> None:
        self.last_id = last_id
        self.timer.start()

    def tick(self) -> None:
        """One poll (and every :data:`HEARTBEAT_EVERY`-th time the heartbeat), in the
        background; skipped while the previous one still runs."""
        if self._busy or not self._started:
            return
        self._ticks += 1
        heartbeat = self._ticks % HEARTBEAT_EVERY == 0
        presence, last = self._presence, self.last_id

        def poll(_report, _cancelled):
            if heartbeat:
                presence.heartbeat()
            return presence.changes_since(last)

        self._run(poll, self._polled)

    def _polled(self, result) -> None:
        self.last_id, changes = result
        if changes:
            log.debug("others changed: %s", changes.describe())
            self._bus.post(changes)

    def _run(self, work, done) -> None:
        self._busy = True

        def finished(value) -> None:
            self._busy = False
            self._failures = 0
            if self._started:
                done(value)

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._failures += 1
            if self._failures == 1 or not isinstance(exc, ServiceError):
                log.warning("looking for others' changes failed: %s", exc, exc_info=exc)
            if self._started and not self.timer.isActive():
                self.timer.start()  # registering failed: poll anyway, without a session

        self._runner.run(work, finished, failed)

    def stop(self) -> None:
        """Stop polling and leave ``app_session`` (at a clean exit; quick, on the GUI
        thread: a busy database only means the row ages out after five minutes)."""
        if not self._started:
            return
        self._started = False
        self.timer.stop()
        try:
            self._presence.unregister()
        except Exception:  # noqa: BLE001 - leaving must never fail; the row ages out
            log.warning("could not unregister", exc_info=True)
