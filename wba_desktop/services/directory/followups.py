"""Follow-ups ("Wiedervorlagen"): contacts that carry a due date and a responsible
colleague, listed while they are open, and marked done.

A follow-up is open while its ``done_on`` is empty. The start page asks for
:meth:`FollowUpService.summary` (one query on the ``due_on`` index: the counts of
overdue follow-ups and of those due in the next seven days, and the first five of
them); the follow-up window asks for :meth:`FollowUpService.due` with its filters.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import case, func, select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.i18n import _
from wba_desktop.models import Activity, Organisation, Person
from wba_desktop.services import validation as v
from wba_desktop.services.directory.activities import ActivityData, check_follow_up
from wba_desktop.services.directory.followup_rows import (
    SOON_DAYS,
    FollowUpRow,
    FollowUpSummary,
    followup_row,
)


def _rows_query():
    return (
        select(
            Activity.id,
            Activity.due_on,
            Activity.happened_on,
            Activity.kind,
            Activity.subject,
            Activity.organisation_id,
            Organisation.name,
            Activity.person_id,
            Person.title,
            Person.first_name,
            Person.last_name,
            Activity.responsible,
            Activity.done_on,
        )
        .outerjoin(Organisation, Organisation.id == Activity.organisation_id)
        .outerjoin(Person, Person.id == Activity.person_id)
        .where(Activity.due_on.is_not(None))
    )


def _row(r, today: date) -> FollowUpRow:
    return followup_row(tuple(r), today)


class FollowUpService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def due(
        self,
        today: date,
        responsible: str | None = None,
        include_done: bool = False,
        *,
        until: date | None = None,
        limit: int = 2000,
    ) -> list[FollowUpRow]:
        """Follow-ups due on or before ``until`` (None: any date), most overdue first.
        ``responsible``: only this colleague's (compared without regard to case);
        ``include_done``: the ones marked done as well."""
        stmt = _rows_query()
        if until is not None:
            stmt = stmt.where(Activity.due_on <= until)
        if not include_done:
            stmt = stmt.where(Activity.done_on.is_(None))
        if responsible is not None:
            stmt = stmt.where(func.lower(Activity.responsible) == responsible.strip().lower())
        stmt = stmt.order_by(Activity.due_on, Activity.id).limit(limit)
        with self._uow() as uow:
            return [_row(r, today) for r in uow.session.execute(stmt)]

    def summary(self, today: date, limit: int = 5) -> FollowUpSummary:
        """Counts and the first ``limit`` open follow-ups due up to ``SOON_DAYS`` from
        today: one query on the ``due_on`` index (the counts ride along as window
        functions)."""
        soon = today + timedelta(days=SOON_DAYS)
        stmt = (
            _rows_query()
            .add_columns(
                func.count().over().label("n_all"),
                func.sum(case((Activity.due_on < today, 1), else_=0)).over().label("n_late"),
            )
            .where(Activity.due_on <= soon, Activity.done_on.is_(None))
            .order_by(Activity.due_on, Activity.id)
            .limit(limit)
        )
        with self._uow() as uow:
            rows = uow.session.execute(stmt).all()
        if not rows:
            return FollowUpSummary(0, 0, [])
        late = int(rows[0].n_late or 0)
        return FollowUpSummary(late, int(rows[0].n_all) - late, [_row(r, today) for r in rows])

    def mark_done(self, activity_id: int, on: date | None = None) -> FollowUpRow:
        """Mark the follow-up done on ``on`` (today when None); the rules of
        :func:`check_follow_up` apply (not in the future, not before the contact)."""
        today = date.today()
        day = on or today
        with self._uow() as uow:
            a = uow.session.get(Activity, activity_id)
            if a is None:
                raise NotFoundError(_("Der Kontakt wurde inzwischen gelöscht."))
            if a.due_on is None:
                raise ValidationError(
                    {
                        "done_on": _(
                            "Dieser Kontakt hat keine Wiedervorlage, die erledigt sein könnte."
                        )
                    }
                )
            c = v.Collector()
            data = ActivityData(a.happened_on, due_on=a.due_on, done_on=day)
            check_follow_up(c, data, today)
            c.raise_if_any()
            a.done_on = day
            uow.commit()
        return self._one(activity_id, today)

    def reopen(self, activity_id: int) -> None:
        """Take back "erledigt" (the follow-up is open again)."""
        with self._uow() as uow:
            a = uow.session.get(Activity, activity_id)
            if a is None:
                raise NotFoundError(_("Der Kontakt wurde inzwischen gelöscht."))
            a.done_on = None
            uow.commit()

    def _one(self, activity_id: int, today: date) -> FollowUpRow:
        with self._uow() as uow:
            r = uow.session.execute(_rows_query().where(Activity.id == activity_id)).one()
            return _row(r, today)

    def responsible_names(self) -> list[str]:
        """The names follow-ups were given to so far (for the "Zuständig" choice)."""
        stmt = select(Activity.responsible).where(Activity.responsible != "").distinct()
        with self._uow() as uow:
            names = [n for n in uow.session.scalars(stmt) if n and n.strip()]
        return sorted(set(names), key=str.casefold)
