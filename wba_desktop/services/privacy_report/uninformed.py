"""People not yet informed about their data (Art. 14 DSGVO: within one month of
collecting it): added more than 30 days ago, without an "informed on" date.

For them a Serienbrief of the information letter (Anrede, Briefanrede, DIN 5008
address block: the list export with mail-merge fields, logged as a disclosure like
every export), and, once the letters went out, "informed on" set for the selection.
Anonymised people are not listed (nobody is left to inform), nor private inquirers
(told at the intake, Art. 13 DSGVO; the letter's list export leaves them out).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import ValidationError
from wba_desktop.exchange.table import Cancel, Progress, local_time
from wba_desktop.i18n import _
from wba_desktop.models import Affiliation, Organisation, Person
from wba_desktop.services.directory.people import PersonFilter, display_name
from wba_desktop.services.directory.visibility import not_inquirer
from wba_desktop.services.verteiler.export_rows import chunks
from wba_desktop.services.verteiler.exports import ExportResult, ExportService

__all__ = ["GRACE_DAYS", "LETTER_COLUMNS", "UninformedRow", "UninformedService"]

#: Art. 14 (3) a DSGVO: inform within a reasonable period, at the latest within a month
GRACE_DAYS = 30
#: the list columns of the letter's mail merge (the Serienbrief fields follow)
LETTER_COLUMNS = [
    "title",
    "first_name",
    "last_name",
    "organisation",
    "department",
    "function",
    "email",
    "street",
    "postcode",
    "city",
]
LETTER_TITLE = "Informationsschreiben Art. 14 DSGVO"


@dataclass(frozen=True)
class UninformedRow:
    """One person still to be informed; ``created_at`` in local time."""

    id: int
    name: str
    organisation: str
    email: str
    created_at: datetime
    data_source: str
    active: bool


class UninformedService:
    def __init__(self, uow_factory: UnitOfWorkFactory, exports: ExportService) -> None:
        self._uow = uow_factory
        self._exports = exports

    def rows(self, today: date | None = None, days: int = GRACE_DAYS) -> list[UninformedRow]:
        """Everyone added more than ``days`` days before ``today`` and not informed yet,
        the longest waiting first."""
        cutoff = datetime.combine((today or date.today()) - timedelta(days=days), time())
        # created_at is naive UTC: the day boundary is off by the UTC offset at most
        stmt = (
            select(
                Person.id,
                Person.title,
                Person.first_name,
                Person.last_name,
                Person.email,
                Person.created_at,
                Person.data_source,
                Person.active,
                Organisation.name,
            )
            .outerjoin(
                Affiliation,
                and_(Affiliation.person_id == Person.id, Affiliation.is_primary.is_(True)),
            )
            .outerjoin(Organisation, Organisation.id == Affiliation.organisation_id)
            .where(
                Person.informed_on.is_(None),
                Person.anonymised_on.is_(None),
                not_inquirer(),  # told at the intake (Art. 13); no letter reaches them
                Person.created_at < cutoff,
            )
            .order_by(Person.created_at, Person.sort_key, Person.id)
        )
        with self._uow() as uow:
            found = uow.session.execute(stmt).all()
        out: dict[int, UninformedRow] = {}
        for pid, title, first, last, email, created, source, active, org in found:
            if pid not in out:
                out[pid] = UninformedRow(
                    pid,
                    display_name(title, first, last),
                    org or "",
                    email or "",
                    local_time(created),
                    source or "",
                    bool(active),
                )
        return list(out.values())

    def count(self, today: date | None = None) -> int:
        return len(self.rows(today))

    def export_letters(
        self,
        person_ids: Sequence[int],
        path: str | os.PathLike[str],
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ExportResult:
        """The Serienbrief (xlsx or csv) of the information letter for these people:
        name and address fields, Anrede, Briefanrede and the DIN 5008 address lines."""
        if not person_ids:
            raise ValidationError({"person_ids": _("Bitte mindestens eine Person auswählen.")})
        flt = PersonFilter(ids=tuple(person_ids), active=None)
        return self._exports.export(
            "people",
            flt,
            columns=LETTER_COLUMNS,
            path=path,
            mail_merge=True,
            progress=progress,
            cancel=cancel,
            title=LETTER_TITLE,
        )

    def mark_informed(self, person_ids: Sequence[int], on: date | None = None) -> int:
        """Set "informed on" (default today) for these people, through the ORM so that
        every change is stamped and audited like a save in the form; returns how many
        were changed (people already informed keep their date)."""
        today = date.today()
        on = on or today
        if on > today:
            raise ValidationError(
                {"informed_on": _("Informiert am: Das Datum darf nicht in der Zukunft liegen.")}
            )
        if not person_ids:
            raise ValidationError({"person_ids": _("Bitte mindestens eine Person auswählen.")})
        changed = 0
        with self._uow() as uow:
            for part in chunks(list(dict.fromkeys(person_ids))):
                people = uow.session.scalars(
                    select(Person).where(Person.id.in_(part), Person.informed_on.is_(None))
                )
                for p in people:
                    p.informed_on = on
                    changed += 1
            uow.commit()
        return changed
