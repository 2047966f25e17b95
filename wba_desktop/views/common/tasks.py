"""Background work: run a function on the thread pool, results back on the GUI thread.

``TaskRunner.run(fn, on_done, on_error, progress)`` calls ``fn(report, cancelled)``
on a worker thread. ``report(done, total, text)`` may be called from the worker;
the callbacks run on the GUI thread. Never touch widgets from ``fn``.
Tests use ``SyncTaskRunner``, which runs everything at once on the calling thread.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from wba_desktop.memory import release_free_memory

log = logging.getLogger(__name__)

#: after a task this long, the heap's free pages go back to the system
LONG_TASK_S = 0.5

Work = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class Task:
    """Handle of a running task: ``cancel()`` asks the work to stop."""

    def __init__(self) -> None:
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, fn: Work, signals: _Signals, task: Task) -> None:
        super().__init__()
        self._fn, self._signals, self._task = fn, signals, task

    def run(self) -> None:
        started = time.perf_counter()
        try:
            result = self._fn(self._signals.progress.emit, self._task.is_cancelled)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            log.debug("task failed: %s", "".join(traceback.format_exception(exc)))
            self._signals.failed.emit(exc)
        else:
            if time.perf_counter() - started > LONG_TASK_S:
                release_free_memory()  # what a long task built and dropped
            self._signals.done.emit(result)


class TaskRunner:
    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool or QThreadPool.globalInstance()
        self._alive: set[_Signals] = set()

    def run(
        self,
        fn: Work,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        progress: Callable[[int, int, str], None] | None = None,
    ) -> Task:
        task = Task()
        signals = _Signals()
        self._alive.add(signals)

        def finish(callback, value):
            self._alive.discard(signals)
            callback(value)

        signals.done.connect(lambda r: finish(on_done, r))
        signals.failed.connect(lambda e: finish(on_error, e))
        if progress is not None:
            signals.progress.connect(progress)
        self._pool.start(_Runnable(fn, signals, task))
        return task

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)


class SyncTaskRunner(TaskRunner):
    """Runs the work at once on the calling thread (for tests)."""

    def __init__(self) -> None:
        pass

    def run(self, fn, on_done, on_error, progress=None) -> Task:
        task = Task()
        report = progress or (lambda *_: None)
        try:
            result = fn(report, task.is_cancelled)
        except BaseException as exc:  # noqa: BLE001
            on_error(exc)
        else:
            on_done(result)
        return task

    def wait(self, msecs: int = 30000) -> bool:
        return True
