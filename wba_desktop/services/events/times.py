"""Times of events and sessions: naive wall-clock times in Europe/Berlin, shown the
German way, and whether two periods overlap."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")


def fmt_dt(value: datetime) -> str:
    return value.strftime("%d.%m.%Y %H:%M")


def fmt_period(start: datetime, end: datetime) -> str:
    """``03.06.2026 10:00–17:00`` or ``03.06.2026 10:00 – 04.06.2026 16:00``."""
    if start.date() == end.date():
        return f"{fmt_dt(start)}–{end:%H:%M}"
    return f"{fmt_dt(start)} – {fmt_dt(end)}"


def naive(value: datetime | None) -> datetime | None:
    """Aware datetimes become Berlin wall-clock time; seconds are dropped."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(BERLIN).replace(tzinfo=None)
    return value.replace(second=0, microsecond=0)


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    return a_start < b_end and b_start < a_end
