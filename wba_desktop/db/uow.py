"""Unit of work: one session per use case, rolled back unless committed.

On commit the unit of work tells its factory's listeners what it changed
(:class:`~wba_desktop.db.changes.Changes`): the views' change bus subscribes there.
Listeners are called on the thread that committed.

What the database says about a race (a lock held by another program, a row changed or
deleted meanwhile, a unique rule broken by a concurrent save) leaves the unit of work
as a German :class:`~wba_desktop.errors.ServiceError`, never as a raw SQLAlchemy error.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from types import TracebackType

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from wba_desktop.db.changes import ChangeRecorder, Changes
from wba_desktop.errors import BusyError, ConflictError, ServiceError

log = logging.getLogger(__name__)

ChangeListener = Callable[[Changes], None]
_RECORDER = "wba_changes"


def _recorder(session: Session) -> ChangeRecorder:
    rec = session.info.get(_RECORDER)
    if rec is None:
        rec = session.info[_RECORDER] = ChangeRecorder()
    return rec


def _after_flush(session: Session, _flush_context) -> None:
    rec = _recorder(session)
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(obj, "__tablename__", None)
        if table is not None:
            rec.row(table, getattr(obj, "id", None))


def _on_execute(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        name = getattr(table, "name", None)
        if name:
            _recorder(state.session).table(name)


BUSY = (
    "Die Datenbank ist gerade von einem anderen Programm oder einem anderen WBA Desktop "
    "gesperrt. Bitte in einigen Sekunden noch einmal versuchen; nichts wurde gespeichert."
)
CHANGED = (
    "Der Datensatz wurde inzwischen von jemand anderem geändert oder gelöscht. Bitte neu "
    "laden und die Änderung noch einmal eintragen; nichts wurde gespeichert."
)
SAME_TIME = (
    "Jemand anderes hat gerade denselben Eintrag gespeichert. Bitte die Liste neu laden; "
    "nichts wurde doppelt gespeichert."
)
LINK_GONE = (
    "Ein verknüpfter Datensatz wurde inzwischen gelöscht. Bitte neu laden; nichts wurde "
    "gespeichert."
)


def translate(exc: BaseException) -> ServiceError | None:
    """The German ServiceError for a race the database reported in its own words: a
    lock held by someone else, a row changed or deleted meanwhile (optimistic locking),
    a unique or foreign key rule broken by a concurrent write. None for anything else
    (a bug stays a bug)."""
    if isinstance(exc, ServiceError):
        return None
    if isinstance(exc, StaleDataError):
        return ConflictError(CHANGED)
    if isinstance(exc, OperationalError | DBAPIError):
        text = str(getattr(exc, "orig", exc)).lower()
        code = getattr(getattr(exc, "orig", None), "sqlstate", None) or ""
        if "database is locked" in text or "database table is locked" in text:
            return BusyError(BUSY)
        if code in ("55P03", "40P01", "40001"):  # lock not available, deadlock, serialization
            return BusyError(BUSY)
        if isinstance(exc, IntegrityError):
            if "unique" in text or code == "23505":
                return ConflictError(SAME_TIME)
            if "foreign key" in text or code == "23503":
                return ConflictError(LINK_GONE)
    return None


class UnitOfWork:
    """``with uow_factory() as uow: ...; uow.commit()``. Leaving without commit rolls back."""

    def __init__(
        self, session_factory: sessionmaker[Session], notify: Callable[[Changes], None]
    ) -> None:
        self._factory = session_factory
        self._notify = notify
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()
        if exc is not None:
            translated = translate(exc)
            if translated is not None:
                raise translated from exc

    @property
    def dialect(self) -> str:
        return self.session.get_bind().dialect.name

    def commit(self) -> None:
        self.session.commit()
        rec = self.session.info.pop(_RECORDER, None)
        if rec is not None and rec.tables:
            self._notify(rec.result())

    def flush(self) -> None:
        self.session.flush()


class UnitOfWorkFactory:
    """Creates units of work on one engine; passed to every service."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        event.listen(self._sessions, "after_flush", _after_flush)
        event.listen(self._sessions, "do_orm_execute", _on_execute)
        self._listeners: list[ChangeListener] = []

    def __call__(self) -> UnitOfWork:
        return UnitOfWork(self._sessions, self._notify)

    def subscribe(self, listener: ChangeListener) -> Callable[[], None]:
        """Call ``listener(changes)`` after every commit that changed something;
        returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def notify_all(self) -> None:
        """Tell every listener that everything changed (after a restore or a load, which
        write past the units of work)."""
        self._notify(Changes.all())

    def _notify(self, changes: Changes) -> None:
        log.debug("committed: %s", changes.describe())
        for listener in list(self._listeners):
            try:
                listener(changes)
            except Exception:  # a listener's bug must not undo or hide a committed write
                log.exception("change listener failed")
