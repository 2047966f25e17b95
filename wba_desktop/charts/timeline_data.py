"""What the timeline of a Verbund shows, as plain values (filled by the report service,
drawn by :mod:`wba_desktop.charts.timeline`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass
class TimelineData:
    """What the timeline shows; plain values, no database.

    ``phases``: (phase, start, end or None for the open last phase);
    ``milestones``: (date, title, done, overdue); ``events``: (start, title, type);
    ``funding``: (start, end) of the funding period or None.
    """

    title: str
    phases: list[tuple[str, date, date | None]] = field(default_factory=list)
    milestones: list[tuple[date, str, bool, bool]] = field(default_factory=list)
    events: list[tuple[datetime, str, str]] = field(default_factory=list)
    funding: tuple[date, date] | None = None
    today: date = field(default_factory=date.today)
