"""What a follow-up row and the start page's summary of them hold, apart from the
queries (no SQLAlchemy here: the start page's first look builds them too)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wba_desktop.text.names import display_name

__all__ = ["FOLLOWUP_COLUMNS", "SOON_DAYS", "FollowUpRow", "FollowUpSummary", "followup_row"]

#: "due soon" on the start page and in the list: due within this many days from today
SOON_DAYS = 7


@dataclass(frozen=True)
class FollowUpRow:
    """One follow-up. ``overdue_days``: days past the due date (0 when due today,
    negative while it is still to come)."""

    id: int
    due_on: date
    overdue_days: int
    happened_on: date
    kind: str
    subject: str
    organisation_id: int | None
    organisation_name: str
    person_id: int | None
    person_name: str
    responsible: str
    done_on: date | None

    @property
    def overdue(self) -> bool:
        """Open and past its due date (shown in red)."""
        return self.done_on is None and self.overdue_days > 0

    @property
    def who(self) -> str:
        """Organisation and person as one label."""
        return " · ".join(p for p in (self.organisation_name, self.person_name) if p)


@dataclass(frozen=True)
class FollowUpSummary:
    """What the start page shows: open follow-ups overdue, due in the next
    ``SOON_DAYS`` days, and the first of them (most overdue first)."""

    overdue: int
    due_soon: int
    first: list[FollowUpRow]

    @property
    def total(self) -> int:
        return self.overdue + self.due_soon


#: what :func:`followup_row` takes, in this order (the queries select them so)
FOLLOWUP_COLUMNS = (
    "activity.id",
    "activity.due_on",
    "activity.happened_on",
    "activity.kind",
    "activity.subject",
    "activity.organisation_id",
    "organisation.name",
    "activity.person_id",
    "person.title",
    "person.first_name",
    "person.last_name",
    "activity.responsible",
    "activity.done_on",
)


def followup_row(values: tuple, today: date) -> FollowUpRow:
    """A row from the values named in ``FOLLOWUP_COLUMNS`` (more may follow)."""
    (aid, due_on, happened_on, kind, subject, org_id, org_name, person_id, title, first,
     last, responsible, done_on) = values[:13]  # fmt: skip
    return FollowUpRow(
        id=aid,
        due_on=due_on,
        overdue_days=(today - due_on).days,
        happened_on=happened_on,
        kind=kind,
        subject=subject,
        organisation_id=org_id,
        organisation_name=org_name or "",
        person_id=person_id,
        person_name=display_name(title or "", first or "", last or "")
        if person_id is not None
        else "",
        responsible=responsible or "",
        done_on=done_on,
    )
