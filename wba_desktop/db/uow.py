"""Unit of work: one session per use case, rolled back unless committed.

On commit the unit of work tells its factory's listeners what it changed
(:class:`~wba_desktop.db.changes.Changes`): the views' change bus subscribes there.
Listeners are called on the thread that committed. Other programs on the same database
learn of it from the one ``change_notice`` row each such commit writes in the same
transaction (topics, the writing app's session id, the user's name; see
``services/presence.py``, which polls them).

What the database says about a race (a lock held by another program, a row changed or
deleted meanwhile, a unique rule broken by a concurrent save) leaves the unit of work
as a German :class:`~wba_desktop.errors.ServiceError`, never as a raw SQLAlchemy error.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from types import TracebackType

from sqlalchemy import Engine, event, insert
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from wba_desktop.db import audit, guard, search_index
from wba_desktop.db.changes import ChangeRecorder, Changes
from wba_desktop.db.engine import is_read_only
from wba_desktop.db.stamps import login_name, stamp_listener
from wba_desktop.errors import (
    BusyError,
    ConflictError,
    ConnectionLostError,
    DamagedError,
    PermissionDeniedError,
    ReadOnlyError,
    ServiceError,
)
from wba_desktop.i18n import N_, _
from wba_desktop.models.base import utcnow
from wba_desktop.models.presence import ChangeNotice

log = logging.getLogger(__name__)

ChangeListener = Callable[[Changes], None]
_NOTICE = insert(ChangeNotice.__table__)  # built once: the statement cache does the rest
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


def note_rows(session: Session, table: str, ids) -> None:
    """Count rows a Core statement wrote as changed, with their ids (as a flush of
    ORM objects would): for the import's bulk write."""
    rec = _recorder(session)
    for row_id in ids:
        rec.row(table, row_id)


def _on_execute(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        name = getattr(table, "name", None)
        if name:
            _recorder(state.session).table(name)


BUSY = N_(
    "Die Datenbank ist gerade von einem anderen Programm oder einem anderen WBA Desktop "
    "gesperrt. Bitte in einigen Sekunden noch einmal versuchen; nichts wurde gespeichert."
)
CHANGED = N_(
    "Der Datensatz wurde inzwischen von jemand anderem geändert oder gelöscht. Bitte neu "
    "laden und die Änderung noch einmal eintragen; nichts wurde gespeichert."
)
SAME_TIME = N_(
    "Jemand anderes hat gerade denselben Eintrag gespeichert. Bitte die Liste neu laden; "
    "nichts wurde doppelt gespeichert."
)
LINK_GONE = N_(
    "Ein verknüpfter Datensatz wurde inzwischen gelöscht. Bitte neu laden; nichts wurde "
    "gespeichert."
)

READ_ONLY = N_(
    "Die Datenbank ist schreibgeschützt: WBA Desktop kann sie nur lesen, Änderungen lassen "
    "sich nicht speichern. Nichts wurde gespeichert. Wer ändern möchte, braucht "
    "Schreibrechte für die Datei und ihren Ordner."
)
CONNECTION_LOST = N_(
    "Die Verbindung zum Datenbankserver ist abgebrochen. Nichts wurde gespeichert. Bitte "
    "noch einmal versuchen, sobald der Server wieder erreichbar ist (Netzwerk bzw. VPN "
    "prüfen)."
)
DAMAGED = N_(
    "Die Datenbankdatei ist beschädigt; nichts wurde gespeichert. Bitte WBA Desktop "
    "schließen, mit „wba-desktop check“ prüfen und die neueste Sicherung wiederherstellen."
)
DENIED = N_(
    "Dafür fehlt Ihrer Anmeldung an der Teamdatenbank die Berechtigung; nichts wurde "
    "geändert. Die Rollen der Teamdatenbank vergibt die Person, die sie verwaltet "
    "(„wba-desktop team-setup“)."
)

#: PostgreSQL: connection exceptions (class 08), the server shutting down or ending the
#: session (57P01-57P03), and a read-only transaction (a standby server)
_LOST_STATES = ("57P01", "57P02", "57P03")
_LOST_WORDS = (
    "server closed the connection",
    "connection refused",
    "terminating connection",
    "connection is closed",
    "connection already closed",
    "consuming input failed",
    "could not receive data",
    "could not send data",
    "connection timed out",
)


def translate(exc: BaseException) -> ServiceError | None:
    """The German ServiceError for a race the database reported in its own words: a
    lock held by someone else, a row changed or deleted meanwhile (optimistic locking),
    a unique or foreign key rule broken by a concurrent write; a privilege the team
    database's login lacks (``PermissionDeniedError``); and for a database that
    cannot take the write: read-only (``ReadOnlyError``), damaged (``DamagedError``),
    its server gone mid-session (``ConnectionLostError``). None for anything else (a
    bug stays a bug)."""
    if isinstance(exc, ServiceError):
        return None
    if isinstance(exc, StaleDataError):
        return ConflictError(_(CHANGED))
    if isinstance(exc, OperationalError | DBAPIError):
        text = str(getattr(exc, "orig", exc)).lower()
        code = getattr(getattr(exc, "orig", None), "sqlstate", None) or ""
        if "database is locked" in text or "database table is locked" in text:
            return BusyError(_(BUSY))
        if "readonly database" in text or code == "25006":
            return ReadOnlyError(_(READ_ONLY))
        if "malformed" in text or "file is not a database" in text:
            return DamagedError(_(DAMAGED))
        if (
            getattr(exc, "connection_invalidated", False)
            or code.startswith("08")
            or code in _LOST_STATES
            or any(words in text for words in _LOST_WORDS)
        ):
            return ConnectionLostError(_(CONNECTION_LOST))
        if code == "42501":  # insufficient_privilege: the login's role does not allow it
            return PermissionDeniedError(_(DENIED))
        if code in ("55P03", "40P01", "40001"):  # lock not available, deadlock, serialization
            return BusyError(_(BUSY))
        if isinstance(exc, IntegrityError):
            if "unique" in text or code == "23505":
                return ConflictError(_(SAME_TIME))
            if "foreign key" in text or code == "23503":
                return ConflictError(_(LINK_GONE))
    return None


class UnitOfWork:
    """``with uow_factory() as uow: ...; uow.commit()``. Leaving without commit rolls back."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        notify: Callable[[Changes], None],
        notice: Callable[[Session, Changes], None] | None = None,
    ) -> None:
        self._factory = session_factory
        self._notify = notify
        self._notice = notice
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
    def read_only(self) -> bool:
        """True on a database opened read-only: every write raises ``ReadOnlyError``."""
        return is_read_only(self.session.get_bind())

    @property
    def dialect(self) -> str:
        return self.session.get_bind().dialect.name

    def commit(self) -> None:
        """Flush, write the change notice for other programs into the same transaction
        (only when a topic changed), commit, then tell this program's listeners."""
        self.session.flush()
        rec = self.session.info.pop(_RECORDER, None)
        changes = rec.result() if rec is not None and rec.tables else None
        if changes and self._notice is not None:
            self._notice(self.session, changes)
        self.session.commit()
        self.session.info.pop(_RECORDER, None)  # nothing of the notice counts as a change
        if changes is not None:
            self._notify(changes)

    def flush(self) -> None:
        self.session.flush()


class UnitOfWorkFactory:
    """Creates units of work on one engine; passed to every service. ``user_name`` (the
    name from the settings; the login name until set) is stamped on what they save."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.user_name: str = login_name()
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", stamp_listener(lambda: self.user_name))
        event.listen(self._sessions, "after_flush", _after_flush)
        event.listen(self._sessions, "do_orm_execute", _on_execute)
        guard.install(self._sessions)  # text rules checked at every flush
        self.auditor = audit.install(self._sessions, lambda: self.user_name)  # the audit log
        search_index.install(self._sessions)  # the global search's index, at every commit
        self._listeners: list[ChangeListener] = []
        #: this program's row in ``app_session`` once it registered (services/presence.py)
        self.session_id: int | None = None

    @property
    def read_only(self) -> bool:
        """True when the engine opened its database read-only (see ``is_read_only``)."""
        return is_read_only(self.engine)

    def __call__(self) -> UnitOfWork:
        return UnitOfWork(self._sessions, self._notify, self._write_notice)

    def _write_notice(self, session: Session, changes: Changes) -> None:
        """One ``change_notice`` row, on the unit of work's connection: a Core insert,
        so neither the ORM's flush nor the change recorder sees it."""
        session.connection().execute(
            _NOTICE,
            {
                "changed_at": utcnow(),
                "topics": ",".join(sorted(changes.topics))[:300],
                "session_id": self.session_id,
                "user_name": (getattr(self, "user_name", "") or "")[:100],
            },
        )

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
