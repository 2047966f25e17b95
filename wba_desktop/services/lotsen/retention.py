"""Automatic anonymisation of private inquirers (storage limitation, Art. 5 (1) e DSGVO).

A private inquirer („Ratsuchende/r“, ``Person.inquirer``) is held for their inquiries
only. N months (shared setting ``lotsen_anonymise_months``, default 6) after the last
of their inquiries was closed or cancelled (``inquiry.closed_on``), and when none is
open any more, the person is anonymised exactly as an erasure on request does it
(``ErasureService.anonymise_many``: the same rewrite, the inquiries' free texts, the
audit scrub, the erasure ledger and the storage scrub). An inquirer whom no inquiry
names any more counts from the day the record was created.

The app runs ``anonymise_due`` in the background after the start (with write access
only); ``wba-desktop privacy anonymise-inquirers [--dry-run]`` runs it by hand. It works
in short batches, each its own transaction: one person at a time, whose name is looked
for in every text column *before* the transaction (``read_first``), so the write lock is
held only for the rewrite, and a colleague's save in between goes through; between the
batches it pauses (``PAUSE_S``) and stops when asked (``cancelled``, the app closing).
The storage scrub (VACUUM) runs once at the end, not after each batch.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import case, func, select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import ValidationError
from wba_desktop.i18n import _
from wba_desktop.models import Person
from wba_desktop.models.lotsen import CANCELLED, CLOSED, Inquiry
from wba_desktop.services.privacy.erasure import AlreadyAnonymised, ErasureService
from wba_desktop.services.shared_settings import (
    ANONYMISE_MONTHS,
    DEFAULT_ANONYMISE_MONTHS,
    SharedSettings,
)

log = logging.getLogger(__name__)

#: the months the settings dialog offers
MIN_MONTHS, MAX_MONTHS = 1, 60
#: people anonymised per transaction: the background run must not hold the write lock
#: long enough to turn a colleague's save away (LOCK_WAIT_MS is 5 s); with the sweep read
#: before the transaction one person takes well under a second on 100,000 people
BATCH = 1
#: seconds between two batches, so that others' writes are not queued behind the next
PAUSE_S = 0.05


def months_before(day: date, months: int) -> date:
    """``day`` minus ``months`` calendar months (the 31st becomes the month's last day)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _as_date(value) -> date | None:
    """A day from what the database returns for MAX(date) or a timestamp."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


class InquirerRetention:
    """Which private inquirers are due for anonymisation, and anonymising them."""

    def __init__(
        self, uow_factory: UnitOfWorkFactory, settings: SharedSettings, erasure: ErasureService
    ) -> None:
        self._uow = uow_factory
        self._settings = settings
        self._erasure = erasure

    def months(self) -> int:
        value = self._settings.get(ANONYMISE_MONTHS, DEFAULT_ANONYMISE_MONTHS)
        if isinstance(value, bool) or not isinstance(value, int):
            return DEFAULT_ANONYMISE_MONTHS
        return value if MIN_MONTHS <= value <= MAX_MONTHS else DEFAULT_ANONYMISE_MONTHS

    def set_months(self, months: int) -> None:
        """Save the months for everyone on the database (1 to 60)."""
        if isinstance(months, bool) or not isinstance(months, int):
            ok = False
        else:
            ok = MIN_MONTHS <= months <= MAX_MONTHS
        if not ok:
            raise ValidationError(
                {
                    "lotsen_anonymise_months": _(
                        "Ratsuchende anonymisieren nach: bitte eine "
                        "Zahl von {MIN_MONTHS} bis {MAX_MONTHS} Monaten angeben."
                    ).format(MIN_MONTHS=MIN_MONTHS, MAX_MONTHS=MAX_MONTHS)
                }
            )
        self._settings.set(ANONYMISE_MONTHS, months)

    def due(self, today: date | None = None) -> list[tuple[int, date]]:
        """(person id, day the last inquiry was closed) of every private inquirer due
        for anonymisation on ``today``: not anonymised yet, no open inquiry, the last
        one closed or cancelled at least the set months ago; oldest first."""
        today = today or date.today()
        cutoff = months_before(today, self.months())
        final = Inquiry.status.in_((CLOSED, CANCELLED))
        clock = func.coalesce(Inquiry.closed_on, Inquiry.received_on)
        per_person = (
            select(
                Inquiry.person_id.label("pid"),
                func.max(case((final, clock))).label("last"),
                func.sum(case((final, 0), else_=1)).label("open"),
            )
            .where(Inquiry.person_id.is_not(None))
            .group_by(Inquiry.person_id)
            .subquery()
        )
        stmt = (
            select(Person.id, per_person.c.last, per_person.c.open, Person.created_at)
            .outerjoin(per_person, per_person.c.pid == Person.id)
            .where(Person.inquirer.is_(True), Person.anonymised_on.is_(None))
        )
        out: list[tuple[int, date]] = []
        with self._uow() as uow:
            rows = uow.session.execute(stmt).all()
        for pid, last, still_open, created in rows:
            if still_open:
                continue
            clock_day = _as_date(last) if last is not None else _as_date(created)
            if clock_day is not None and clock_day <= cutoff:
                out.append((pid, clock_day))
        return sorted(out, key=lambda r: (r[1], r[0]))

    def anonymise_due(
        self, today: date | None = None, cancelled: Callable[[], bool] = lambda: False
    ) -> int:
        """Anonymise every inquirer ``due`` on ``today`` in short batches (see the
        module doc); returns how many were. ``cancelled()`` True stops before the next
        batch (those done stay done; the next start goes on)."""
        ids = [pid for pid, _day in self.due(today)]
        done = 0
        tables: set[str] = set()
        stopped = False
        for start in range(0, len(ids), BATCH):
            if cancelled():
                log.info("inquirer retention stopped after %d of %d", done, len(ids))
                stopped = True
                break
            if start:
                time.sleep(PAUSE_S)
            done += self._batch(ids[start : start + BATCH], tables)
        if done:
            self._erasure.scrub_storage(tables, now=not stopped)
            log.info("anonymised %d private inquirers after their retention", done)
        return done

    def _batch(self, part: list[int], tables: set[str]) -> int:
        """Anonymise ``part``; each alone when one of it was done meanwhile."""
        try:
            report = self._erasure.anonymise_many(part, read_first=True, scrub=False)
        except AlreadyAnonymised:  # someone else was quicker with one of them
            if len(part) == 1:
                return 0
            return sum(self._batch([pid], tables) for pid in part)
        tables.update(report.tables)
        return report.count
