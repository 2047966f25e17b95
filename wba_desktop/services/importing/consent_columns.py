"""Consent columns of an import: „Einwilligung Newsletter“ with „ja“, „ja, 12.03.2025“,
„nein“, „widerrufen 01.02.2026“ or a date.

A column counts as a consent column when its header is the word „Einwilligung“
followed by the name of a purpose (any case; „Einwilligung: Fotos“ too); it is taken
out of the field mapping. Per row each filled cell becomes one consent event (the
source is the import file's name): „ja“ (optionally with a date, default: the day of
the import) a grant, „widerrufen“ (optionally with a date) a withdrawal; „nein“ and an
empty cell record nothing. Anything else, an impossible date or one in the future
rejects the row with a reason naming the column („Zeile 7, Einwilligung Newsletter:
„31.02.2025“ ist ein unbekanntes Datum.“).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from wba_desktop.i18n import _
from wba_desktop.models import ConsentEvent, ConsentPurpose
from wba_desktop.models.consent import GRANTED, WITHDRAWN
from wba_desktop.text import format as fmt

_HEADER = re.compile(r"^\s*einwilligung\b[\s:–-]*(.+?)\s*$", re.IGNORECASE)
_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2,4})")
_YES = ("ja", "x", "erteilt", "yes")
_NO = ("nein", "no", "-", "–")


@dataclass(frozen=True)
class ConsentColumn:
    column: int
    header: str
    purpose_id: int
    purpose: str


@dataclass(frozen=True)
class ConsentCell:
    """One consent a row declares."""

    purpose_id: int
    status: str
    effective_on: date


def find_consent_columns(session, headers: list[Any]) -> list[ConsentColumn]:
    """The columns whose header names „Einwilligung <Zweck>“ for a known purpose."""
    purposes = {
        name.casefold(): (pid, name)
        for pid, name in session.execute(select(ConsentPurpose.id, ConsentPurpose.name))
    }
    found = []
    for i, header in enumerate(headers):
        m = _HEADER.match(str(header or ""))
        if m and m.group(1).casefold() in purposes:
            pid, name = purposes[m.group(1).casefold()]
            found.append(ConsentColumn(i, str(header).strip(), pid, name))
    return found


def parse_cell(value: Any, today: date) -> tuple[str, date] | None:
    """(status, date) a cell declares, None for nothing; ValueError with the German
    reason (without the column) for anything else."""
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return _dated(GRANTED, value, today)
    text = str(value).strip()
    if not text or text.casefold() in _NO:
        return None
    word = re.split(r"[\s,;:]+", text.casefold(), maxsplit=1)[0]
    m = _DATE.search(text)
    if word in _YES or (m and m.start() == 0):
        status = GRANTED
    elif word in ("widerrufen", "widerruf"):
        status = WITHDRAWN
    else:
        raise ValueError(
            _(
                "„{text}“ ist keine Angabe zur Einwilligung "
                "(ja, ja mit Datum, nein oder widerrufen mit Datum)."
            ).format(text=text)
        )
    if m is None:
        if re.search(r"\d", text):
            raise ValueError(
                _("„{text}“ enthält ein unbekanntes Datum (TT.MM.JJJJ).").format(text=text)
            )
        return status, today
    day, month, year = (int(g) for g in m.groups())
    if year < 100:
        year += 2000
    try:
        when = date(year, month, day)
    except ValueError:
        raise ValueError(
            _("„{group}“ ist ein unbekanntes Datum.").format(group=m.group(0))
        ) from None
    return _dated(status, when, today)


def _dated(status: str, when: date, today: date) -> tuple[str, date]:
    if when > today:
        raise ValueError(_("Der {when} liegt in der Zukunft.").format(when=fmt.day(when)))
    return status, when


def read_row(
    columns: list[ConsentColumn], cells: list[Any], today: date
) -> tuple[list[ConsentCell], dict[int, str]]:
    """The consents of one row, and the reasons per column of the cells not understood."""
    found: list[ConsentCell] = []
    errors: dict[int, str] = {}
    for col in columns:
        value = cells[col.column] if col.column < len(cells) else None
        try:
            parsed = parse_cell(value, today)
        except ValueError as exc:
            errors[col.column] = str(exc)
            continue
        if parsed is not None:
            found.append(ConsentCell(col.purpose_id, *parsed))
    return found, errors


def write_events(
    session, pending: list[tuple[int, ConsentCell]], source: str, user_name: str
) -> int:
    """Add the consent events (person id, cell) not yet recorded; a withdrawal dated
    before that person's newest grant for the purpose is left out. Returns how many."""
    if not pending:
        return 0
    people = sorted({pid for pid, _ in pending})
    known: dict[tuple[int, int], list[tuple[str, date]]] = {}
    for start in range(0, len(people), 500):
        part = people[start : start + 500]
        stmt = select(
            ConsentEvent.person_id,
            ConsentEvent.purpose_id,
            ConsentEvent.status,
            ConsentEvent.effective_on,
        ).where(ConsentEvent.person_id.in_(part))
        for pid, pur, status, on in session.execute(stmt):
            known.setdefault((pid, pur), []).append((status, on))
    written = 0
    for pid, cell in sorted(pending, key=lambda p: (p[0], p[1].effective_on, p[1].status)):
        have = known.setdefault((pid, cell.purpose_id), [])
        if (cell.status, cell.effective_on) in have:
            continue
        grants = [on for status, on in have if status == GRANTED]
        if cell.status == WITHDRAWN and grants and cell.effective_on < max(grants):
            continue
        session.add(
            ConsentEvent(
                person_id=pid,
                purpose_id=cell.purpose_id,
                status=cell.status,
                effective_on=cell.effective_on,
                source=source[:200],
                recorded_by=user_name[:100],
            )
        )
        have.append((cell.status, cell.effective_on))
        written += 1
    return written
