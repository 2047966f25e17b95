"""Disclosures: personal data that left the app (an export file, an e-mail, a referral),
with date, what, recipient and the people in it, for the access report's recipients.

``record_disclosure`` is called by every place that hands personal data out: the list
exports (xlsx, csv, vCard, Serienbrief), the participant lists and calendar files of
events, the Verbund report, the network export with its people layer, and the e-mail
dialogs when the user opens a mail or copies the addresses. It works inside a caller's
unit of work or session, or opens its own on a unit-of-work factory (exports run in a
worker thread after the file is written).

A 20,000-person export must stay cheap: the link rows are written with one
``INSERT … SELECT`` per chunk of ids (which also skips anyone deleted meanwhile), no
ORM objects per person. On a read-only database nothing can be logged; the export
itself is allowed there, so the log is skipped with a warning instead of failing it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import insert, literal, select
from sqlalchemy.orm import Session

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.db.uow import UnitOfWork
from wba_desktop.errors import ReadOnlyError
from wba_desktop.models import Disclosure, Person, disclosure_person
from wba_desktop.models.base import utcnow

log = logging.getLogger(__name__)

__all__ = [
    "EXPORT",
    "MAIL",
    "REFERRAL",
    "DisclosureService",
    "file_recipient",
    "record_disclosure",
]

#: kinds of disclosure (the column ``disclosure.kind``)
EXPORT = "Export"
MAIL = "E-Mail"
REFERRAL = "Weitervermittlung"

#: ids per INSERT … SELECT (well below SQLite's and PostgreSQL's parameter limits)
CHUNK = 2000
_LIMITS = {"kind": 40, "what": 300, "recipient": 200, "purpose": 60, "user_name": 100}


def file_recipient(path: str | os.PathLike[str]) -> str:
    """The recipient of an export file as the log names it: ``Datei: NAME``."""
    return f"Datei: {Path(path).name}"


def _cut(text: str, field: str) -> str:
    text = " ".join((text or "").split())
    limit = _LIMITS[field]
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _unique(ids: Iterable[int]) -> list[int]:
    return list(dict.fromkeys(int(i) for i in ids if i is not None))


def _write(
    session: Session,
    kind: str,
    what: str,
    recipient: str,
    purpose: str,
    ids: list[int],
    user_name: str,
) -> int:
    values = {
        "disclosed_at": utcnow(),
        "kind": _cut(kind, "kind"),
        "what": _cut(what, "what"),
        "recipient": _cut(recipient, "recipient"),
        "purpose": _cut(purpose, "purpose"),
        "user_name": _cut(user_name, "user_name"),
    }
    row = Disclosure(**values)
    session.add(row)
    session.flush()
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        people = select(literal(row.id), Person.id).where(Person.id.in_(part))
        session.execute(
            insert(disclosure_person).from_select(["disclosure_id", "person_id"], people)
        )
    return row.id


def record_disclosure(
    target: UnitOfWorkFactory | UnitOfWork | Session,
    kind: str,
    what: str,
    recipient: str,
    purpose: str = "",
    person_ids: Iterable[int] = (),
    *,
    user_name: str | None = None,
) -> int | None:
    """Log that the data of ``person_ids`` left the app; returns the disclosure's id,
    or None when there was nobody in it (or the database is read-only).

    ``target``: a unit-of-work factory (a unit of work of its own is opened and
    committed), or the caller's unit of work or session (written there; the caller
    commits). ``kind``: ``EXPORT``, ``MAIL`` or ``REFERRAL``; ``recipient``: what the
    user entered, or ``file_recipient(path)`` for a file. ``user_name`` defaults to
    the factory's (the name from the settings, else the login name).
    """
    ids = _unique(person_ids)
    if not ids:
        return None
    if isinstance(target, UnitOfWorkFactory):
        name = target.user_name if user_name is None else user_name
        try:
            with target() as uow:
                disclosure_id = _write(uow.session, kind, what, recipient, purpose, ids, name)
                uow.commit()
        except ReadOnlyError:
            log.warning("read-only database: disclosure %r to %r not logged", what, recipient)
            return None
    else:
        session = target.session if isinstance(target, UnitOfWork) else target
        disclosure_id = _write(session, kind, what, recipient, purpose, ids, user_name or "")
    log.info("disclosure %s: %s to %s, %d people", disclosure_id, what, recipient, len(ids))
    return disclosure_id


class DisclosureService:
    """For the views: log an e-mail (opened or addresses copied) or a referral."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def record(
        self,
        kind: str,
        what: str,
        recipient: str,
        person_ids: Iterable[int],
        purpose: str = "",
    ) -> int | None:
        """See :func:`record_disclosure`; the user name is the factory's."""
        return record_disclosure(self._uow, kind, what, recipient, purpose, person_ids)

    def record_mail(
        self, what: str, person_ids: Iterable[int], recipient: str = "", purpose: str = ""
    ) -> int | None:
        """An e-mail to these people was opened in the mail program or their addresses
        were copied; ``recipient`` defaults to the people themselves (in BCC)."""
        return self.record(
            MAIL,
            what,
            recipient or "die Personen selbst (E-Mail in Blindkopie)",
            person_ids,
            purpose,
        )
