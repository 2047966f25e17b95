"""Who else has the database open, and what others changed since we last looked.

Every running WBA Desktop (and a command-line run that writes) registers itself in
``app_session`` with the user's name, the machine and the process id, and refreshes
``seen_at`` about once a minute; a session not seen for :data:`GONE_AFTER` counts as gone
and is pruned. When the database is busy, :meth:`PresenceService.others` names who else
is working on it.

Every commit that changed something writes one ``change_notice`` row (``db/uow.py``).
:meth:`PresenceService.changes_since` reads the notices other sessions wrote after the
last one seen and returns the union of their topics, so a window can refresh what it
shows. On PostgreSQL ids come from a sequence and a transaction that took a lower id
can commit after one with a higher id: ids skipped over are remembered as *holes* for
:data:`LOOK_BACK` and asked for again, so a late commit is still noticed.

The service keeps that bookkeeping itself: one program uses one instance, from one
thread at a time (the poller skips a tick while its previous poll still runs).
"""

from __future__ import annotations

import getpass
import logging
import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, func, or_, select, update

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.db.changes import TOPICS, Changes
from wba_desktop.errors import ServiceError
from wba_desktop.models.base import utcnow
from wba_desktop.models.presence import AppSession, ChangeNotice

log = logging.getLogger(__name__)

DESKTOP = "WBA Desktop"
COMMAND_LINE = "Kommandozeile"

#: a session whose heartbeat is older than this counts as gone (crashed, switched off)
GONE_AFTER = timedelta(minutes=5)
#: change notices older than this are deleted at start
KEEP_NOTICES = timedelta(days=1)
#: how long an id skipped over is asked for again (seconds; a commit late by more is lost)
LOOK_BACK = 60.0
#: at most this many holes are remembered (a burst of rolled back ids must not grow it)
MAX_HOLES = 500

_PLAIN = {"synchronize_session": False}  # bulk statements: no objects to keep in step


@dataclass(frozen=True)
class OtherSession:
    """Another program on the same database."""

    id: int
    user_name: str
    machine: str
    program: str
    since: datetime  # naive UTC, as stored

    def describe(self) -> str:
        """„WBA Desktop von Anna Beispiel auf PC-BUERO-2 (seit 09:12)“ (local time)."""
        local = self.since.replace(tzinfo=UTC).astimezone()
        who = f" von {self.user_name}" if self.user_name else ""
        where = f" auf {self.machine}" if self.machine else ""
        return f"{self.program or 'Ein Programm'}{who}{where} (seit {local:%H:%M})"


def default_user_name() -> str:
    """The operating system's login name (the settings may name the user better)."""
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers and services
        return ""


class PresenceService:
    """Register this program, keep it alive, list the others, read others' changes."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow
        self._holes: dict[int, float] = {}  # id skipped over -> monotonic time first missed

    @property
    def session_id(self) -> int | None:
        return self._uow.session_id

    # -- presence --------------------------------------------------------------------
    def register(self, program: str = DESKTOP, user_name: str | None = None) -> int:
        """Enter this program in ``app_session`` and stamp its later change notices
        with the new id; prunes notices older than a day and sessions gone for good.
        Returns the session id."""
        name = user_name if user_name is not None else getattr(self._uow, "user_name", "")
        name = (name or default_user_name())[:100]
        now = utcnow()
        newest = select(func.max(ChangeNotice.id)).scalar_subquery()
        with self._uow() as uow:
            # the newest notice stays: SQLite would otherwise hand out its ids again,
            # and a window still running would never see the new ones
            uow.session.execute(
                delete(ChangeNotice).where(
                    ChangeNotice.changed_at < now - KEEP_NOTICES, ChangeNotice.id < newest
                ),
                execution_options=_PLAIN,
            )
            uow.session.execute(
                delete(AppSession).where(AppSession.seen_at < now - GONE_AFTER),
                execution_options=_PLAIN,
            )
            row = AppSession(
                user_name=name,
                machine=socket.gethostname()[:100],
                pid=os.getpid(),
                program=program[:40],
                started_at=now,
                seen_at=now,
            )
            uow.session.add(row)
            uow.flush()
            session_id = row.id
            uow.commit()
        self._uow.session_id = session_id
        log.info("registered as session %s (%s, %s)", session_id, program, name)
        return session_id

    def heartbeat(self) -> None:
        """Refresh ``seen_at`` (about once a minute) and prune sessions gone for good.
        Registers again when our row was pruned meanwhile (a laptop that slept)."""
        session_id = self._uow.session_id
        if session_id is None:
            return
        now = utcnow()
        with self._uow() as uow:
            found = uow.session.execute(
                update(AppSession).where(AppSession.id == session_id).values(seen_at=now),
                execution_options=_PLAIN,
            ).rowcount
            uow.session.execute(
                delete(AppSession).where(
                    AppSession.seen_at < now - GONE_AFTER, AppSession.id != session_id
                ),
                execution_options=_PLAIN,
            )
            uow.commit()
        if not found:
            log.info("session %s was pruned meanwhile; registering again", session_id)
            self._reregister(session_id)

    def _reregister(self, old_id: int) -> None:
        with self._uow() as uow:
            row = AppSession(
                user_name=(getattr(self._uow, "user_name", "") or default_user_name())[:100],
                machine=socket.gethostname()[:100],
                pid=os.getpid(),
                program=DESKTOP,
            )
            uow.session.add(row)
            uow.flush()
            new_id = row.id
            uow.commit()
        if self._uow.session_id == old_id:
            self._uow.session_id = new_id

    def unregister(self) -> None:
        """Leave ``app_session`` (at a clean exit); later notices carry no session."""
        session_id = self._uow.session_id
        if session_id is None:
            return
        with self._uow() as uow:
            uow.session.execute(
                delete(AppSession).where(AppSession.id == session_id), execution_options=_PLAIN
            )
            uow.commit()
        self._uow.session_id = None

    def others(self) -> list[OtherSession]:
        """The other programs seen within the last five minutes, longest running first."""
        cutoff = utcnow() - GONE_AFTER
        stmt = select(AppSession).where(AppSession.seen_at >= cutoff)
        if self._uow.session_id is not None:
            stmt = stmt.where(AppSession.id != self._uow.session_id)
        with self._uow() as uow:
            rows = uow.session.scalars(stmt.order_by(AppSession.started_at, AppSession.id))
            return [
                OtherSession(r.id, r.user_name, r.machine, r.program, r.started_at) for r in rows
            ]

    # -- others' changes ---------------------------------------------------------------
    def latest_notice(self) -> int:
        """The id of the newest change notice (0 when there is none): where to start."""
        with self._uow() as uow:
            return uow.session.scalar(select(func.max(ChangeNotice.id))) or 0

    def changes_since(self, last_id: int | None) -> tuple[int, Changes]:
        """``(new_last_id, changes)``: the union of the topics of the notices other
        sessions committed after ``last_id`` (and of late commits into ids skipped
        over before). ``last_id`` None starts at the newest notice and reports nothing.
        Our own notices are never reported: our own commits reached our views already."""
        if last_id is None:
            return self.latest_notice(), Changes()
        now = time.monotonic()
        for hole, since in list(self._holes.items()):
            if now - since > LOOK_BACK:
                del self._holes[hole]
        cond = ChangeNotice.id > last_id
        if self._holes:
            cond = or_(cond, ChangeNotice.id.in_(sorted(self._holes)))
        stmt = select(ChangeNotice.id, ChangeNotice.session_id, ChangeNotice.topics).where(cond)
        with self._uow() as uow:
            rows = uow.session.execute(stmt.order_by(ChangeNotice.id)).all()
        mine = self._uow.session_id
        topics: set[str] = set()
        newest = last_id
        for notice_id, session_id, text in rows:
            self._holes.pop(notice_id, None)
            if notice_id > newest:
                if notice_id - newest <= MAX_HOLES:
                    for skipped in range(newest + 1, notice_id):
                        self._holes.setdefault(skipped, now)
                newest = notice_id
            if mine is None or session_id != mine:
                topics.update(t for t in text.split(",") if t in TOPICS)
        while len(self._holes) > MAX_HOLES:
            del self._holes[min(self._holes)]
        return newest, Changes(frozenset(topics))


@contextmanager
def registered(uow: UnitOfWorkFactory, program: str = COMMAND_LINE) -> Iterator[PresenceService]:
    """``with registered(uow): …``: a command-line run that writes is named in
    ``app_session`` while it runs, so a window that finds the database busy can say who
    holds it. A database too busy even for that only leaves the run unnamed."""
    presence = PresenceService(uow)
    if uow.read_only:  # nobody can hold a lock through us: nothing to name
        yield presence
        return
    try:
        presence.register(program)
    except ServiceError as exc:
        log.warning("not registered: %s", exc)
    try:
        yield presence
    finally:
        try:
            presence.unregister()
        except ServiceError as exc:  # the row ages out after five minutes
            log.warning("not unregistered: %s", exc)
