"""One way for views to call a service (after Anki's ``CollectionOp``).

    op(self, lambda: services.organisations.set_active_many(ids, False),
       title=self.tr("Organisationen")).success(self._done).run()

    op(self, lambda: services.search.search(text), key="search",
       runner=self._runner).success(self._show).run_in_background()

``run()`` calls the service now (most calls are a few milliseconds);
``run_in_background()`` calls it on the task runner and delivers the answer on the
GUI thread. Either way a :class:`~wba_desktop.errors.ServiceError` is shown as the
German message it is: on the form's fields (``form=``, a ``FieldErrors``) for a
validation error, else in a message box titled ``title``. An op started with a
``key`` drops its answer when a newer op with the same key was started on the same
widget meanwhile (a stale search result, a graph for old filters); any op drops its
answer when its widget is gone (the window closed while the call ran). Anything that is
not a ServiceError is a bug: it is logged and shown with the log's location (in the
background) or raised to the application's error hook (now).

A busy database (``BusyError``: another program held a lock longer than the engine
waits) is not just a message: a box names who else has the database open and offers
„Erneut versuchen“, which runs the same call again, the same way (now or in the
background); its result then goes to the ``success`` callback, so an op whose result
matters after a retry hands it there rather than using ``run()``'s return value.
„Abbrechen“ ends as any failure does. A handler for ``BusyError`` itself replaces the
box.

What a write changed reaches the areas through the change bus, not through the op.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from wba_desktop.errors import BusyError, ConnectionLostError, ServiceError, ValidationError
from wba_desktop.views.common.busy import offer_reconnect, offer_retry, others_on_database
from wba_desktop.views.common.messages import inform
from wba_desktop.views.common.tasks import Task, TaskRunner
from wba_desktop.views.common.translation import tr

log = logging.getLogger(__name__)

T = TypeVar("T")
E = TypeVar("E", bound=ServiceError)
_GENERATIONS = "_wba_op_generations"


class ServiceOp(Generic[T]):
    """A service call with its success and failure handling; see the module docstring."""

    def __init__(
        self,
        parent: QObject,
        call: Callable[[], T],
        *,
        title: str = "",
        form: Any = None,
        key: object = None,
        runner: TaskRunner | None = None,
    ) -> None:
        self._parent = parent  # keys are kept per parent (a widget, or a QObject helper)
        self._widget = _widget_of(parent)  # where messages appear
        self._call = call
        self._title = title or (self._widget.window().windowTitle() if self._widget else "")
        self._title = self._title or "WBA Desktop"
        self._form = form
        self._key = key
        self._runner = runner
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[ServiceError], None] | None = None
        self._handlers: list[tuple[type[ServiceError], Callable[[Any], None]]] = []
        self._generation = 0
        self._background = False
        self._on_progress: Callable[[int, int, str], None] | None = None

    # -- configuration ---------------------------------------------------------------
    def success(self, callback: Callable[[T], None]) -> ServiceOp[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[ServiceError], None]) -> ServiceOp[T]:
        """Called after the message was shown (to undo a check mark, re-enable a button)."""
        self._on_failure = callback
        return self

    def handle(self, error: type[E], callback: Callable[[E], None]) -> ServiceOp[T]:
        """Errors of type ``error`` go to ``callback`` instead of a message (a likely
        duplicate becomes a question, say)."""
        self._handlers.append((error, callback))
        return self

    def progress(self, callback: Callable[[int, int, str], None]) -> ServiceOp[T]:
        """Long work (a restore, a transfer): the call is then made as
        ``call(report, cancelled)`` and ``callback(done, total, what)`` gets its reports
        on the GUI thread."""
        self._on_progress = callback
        return self

    def _invoke(self, report, cancelled) -> T:
        return self._call(report, cancelled) if self._on_progress else self._call()

    # -- running -----------------------------------------------------------------------
    def run(self) -> T | None:
        """Call now; returns the result, or None after a ServiceError was shown."""
        self._background = False
        self._start()
        try:
            result = self._invoke(self._on_progress or (lambda *_a: None), lambda: False)
        except ServiceError as exc:
            self._failed(exc)
            return None
        self._succeeded(result)
        return result

    def run_in_background(self) -> Task:
        """Call on the task runner (a worker thread); callbacks on the GUI thread."""
        if self._runner is None:
            raise RuntimeError("run_in_background needs the task runner (runner=…)")
        self._background = True
        self._start()

        def work(report, cancelled):
            return self._invoke(report, cancelled)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ServiceError):
                self._failed(exc)
            elif self._current():
                log.error("background call failed", exc_info=exc)
                from wba_desktop.logs import log_file

                inform(
                    self._widget,
                    self._title,
                    tr("Ein unerwarteter Fehler ist aufgetreten."),
                    tr("Details stehen im Protokoll: %1").replace("%1", str(log_file())),
                    error=True,
                )

        return self._runner.run(work, self._succeeded, failed, self._on_progress)

    # -- internals ---------------------------------------------------------------------
    def _generations(self) -> dict:
        found = getattr(self._parent, _GENERATIONS, None)
        if found is None:
            found = {}
            setattr(self._parent, _GENERATIONS, found)
        return found

    def _start(self) -> None:
        if self._form is not None:
            self._form.clear()
        if self._key is not None:
            gens = self._generations()
            gens[self._key] = self._generation = gens.get(self._key, 0) + 1

    def _current(self) -> bool:
        """False when a newer op with the same key was started on the same widget, or
        when the widget is gone (its window closed while the call ran)."""
        if not shiboken6.isValid(self._parent):
            return False
        if self._key is None:
            return True
        return self._generations().get(self._key) == self._generation

    def _succeeded(self, result: T) -> None:
        if not self._current():
            log.debug("dropped a stale answer for %r", self._key)
            return
        if self._on_success is not None:
            self._on_success(result)

    def _failed(self, exc: ServiceError) -> None:
        if not self._current():
            return
        retryable = (BusyError, ConnectionLostError)
        if isinstance(exc, retryable) and not any(
            issubclass(error, type(exc)) or issubclass(type(exc), error)
            for error, _h in self._handlers
        ):
            self._offer_retry(exc)
            return
        for error, handler in self._handlers:
            if isinstance(exc, error):
                handler(exc)
                return
        self._show(exc)

    def _offer_retry(self, exc: BusyError | ConnectionLostError) -> None:
        """Name who else is working (or that the server is gone), then run the same
        call again or give up."""

        def answer(again: bool) -> None:
            if again and self._background:
                self.run_in_background()
            elif again:
                self.run()
            else:
                if self._form is not None:
                    self._form.show_message(str(exc))
                if self._on_failure is not None:
                    self._on_failure(exc)

        if isinstance(exc, ConnectionLostError):
            offer_reconnect(self._widget, self._title, answer)
        else:
            offer_retry(self._widget, self._title, others_on_database(self._parent), answer)

    def _show(self, exc: ServiceError) -> None:
        """The message, on the form or in a box; then the failure callback."""
        if self._form is not None and isinstance(exc, ValidationError):
            self._form.show(exc.errors)
        elif self._form is not None:
            self._form.show_message(str(exc))
        else:
            inform(self._widget, self._title, str(exc), error=True)
        if self._on_failure is not None:
            self._on_failure(exc)


def _widget_of(obj: QObject) -> QWidget | None:
    """The widget itself, or the nearest widget among a QObject's parents."""
    while obj is not None and not isinstance(obj, QWidget):
        obj = obj.parent()
    return obj


def op(
    parent: QObject,
    call: Callable[[], T],
    *,
    title: str = "",
    form: Any = None,
    key: object = None,
    runner: TaskRunner | None = None,
) -> ServiceOp[T]:
    """Shorthand for :class:`ServiceOp`."""
    return ServiceOp(parent, call, title=title, form=form, key=key, runner=runner)


def accept_saved(dialog, attr: str = "saved") -> Callable[[Any], None]:
    """The success callback of a dialog's save: keep the result in ``dialog.saved``
    (or ``attr``) and close the dialog as accepted."""

    def done(result: Any) -> None:
        setattr(dialog, attr, result)
        dialog.accept()

    return done
