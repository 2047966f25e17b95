"""The audit log as a person reads it: German field names, values as text, the ids of
linked records (organisations, kinds, districts, people) as their names."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wba_desktop.db.labels import label
from wba_desktop.i18n import _
from wba_desktop.models.base import Base
from wba_desktop.text import format as fmt

#: fields that are no text column (the text columns' labels are in db/labels.py)
FIELD_LABELS = {
    "type_id": "Art",
    "region_id": "Landkreis",
    "active": "aktiv",
    "influence": "Einfluss",
    "interest": "Interesse",
    "contact_cadence_days": "Kontaktrhythmus (Tage)",
    "informed_on": "Informiert am",
    "restricted": "Eingeschränkt",
    "objected_on": "Widerspruch am",
    "anonymised_on": "Anonymisiert am",
    "review_after": "Nächste Prüfung",
    "person_id": "Person",
    "organisation_id": "Organisation",
    "is_primary": "Hauptzuordnung",
    "valid_from": "Gültig ab",
    "valid_until": "Gültig bis",
    "source_id": "Von",
    "target_id": "Zu",
    "strength": "Stärke",
    "happened_on": "Datum",
    "verbund_id": "Verbund",
    "event_id": "Veranstaltung",
    "participants": "Teilnehmende",
    "due_on": "Fällig am",
    "done_on": "Erledigt am",
    "done": "Erledigt",
    "coordinator_id": "Koordination",
    "funding_start": "Förderbeginn",
    "funding_end": "Förderende",
    "budget": "Budget",
    "joined_on": "Beigetreten am",
    "left_on": "Ausgetreten am",
    "agreement_signed_on": "Vereinbarung unterzeichnet am",
    "contact_person_id": "Ansprechperson",
    "responsible_id": "Zuständig",
    "since": "Seit",
    "until": "Bis",
    "starts_at": "Beginn",
    "ends_at": "Ende",
    "capacity": "Plätze",
    "tags": "Schlagwörter",
    "organisers": "Veranstalter",
    "verbuende": "Verbünde",
    "regions": "Landkreise",
    "coverage": "Zuständig für",
    # the merge entry on the record that stayed (services/directory/merge.py)
    "merged_with": "Zusammengeführt mit",
    "merged_id": "Nr. des übernommenen Datensatzes",
    "merged_moved": "Übernommen",
}

#: how a referenced record is named (one column, or the person's name parts)
_NAMES = {
    "organisation": ("name",),
    "person": ("title", "first_name", "last_name"),
    "event": ("title",),
    "verbund": ("name",),
    "region": ("name",),
    "organisation_type": ("name",),
    "relation_type": ("name",),
}


def field_label(table: str, column: str) -> str:
    """The German name of a logged field."""
    if (table, column) == ("relation", "type_id"):
        return "Art der Beziehung"
    return _(FIELD_LABELS.get(column) or label(table, column))


def referenced_table(table: str, column: str) -> str | None:
    """The table ``table.column`` refers to, when it is a named record."""
    t = Base.metadata.tables.get(table)
    if t is None or column not in t.c:
        return None
    for fk in t.c[column].foreign_keys:
        target = fk.column.table.name
        if target in _NAMES:
            return target
    return None


def load_changes(raw: str | None) -> dict[str, list]:
    try:
        found = json.loads(raw or "{}")
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


class Names:
    """The names of referenced records, fetched once per table for a batch of rows."""

    def __init__(self) -> None:
        self._wanted: dict[str, set[int]] = {}
        self._names: dict[str, dict[int, str]] = {}

    def want(self, table: str, changes: dict[str, list]) -> None:
        for column, pair in changes.items():
            target = referenced_table(table, column)
            if target is None or not isinstance(pair, list):
                continue
            for v in pair:
                if isinstance(v, int) and not isinstance(v, bool):
                    self._wanted.setdefault(target, set()).add(v)

    def load(self, session: Session) -> None:
        for table, ids in self._wanted.items():
            t = Base.metadata.tables[table]
            cols = [t.c.id, *(t.c[c] for c in _NAMES[table])]
            found = self._names.setdefault(table, {})
            wanted = sorted(ids - found.keys())
            for i in range(0, len(wanted), 500):
                for row in session.execute(select(*cols).where(t.c.id.in_(wanted[i : i + 500]))):
                    found[row[0]] = " ".join(str(p) for p in row[1:] if p)
        self._wanted.clear()

    def name(self, table: str, value: int) -> str:
        return self._names.get(table, {}).get(value) or f"Nr. {value} (gelöscht)"

    def text(self, table: str, column: str, value: Any) -> str:
        """``value`` of ``table.column`` as a reader wants to see it."""
        target = referenced_table(table, column)
        if target is not None and isinstance(value, int) and not isinstance(value, bool):
            return self.name(target, value)
        return value_text(value)


def value_text(value: Any) -> str:
    """A logged value as text: "" for none, ja/nein, German dates, lists joined."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("ja") if value else _("nein")
    if isinstance(value, float):
        return fmt.number(value)
    if isinstance(value, list):
        return ", ".join(value_text(v) for v in value)
    if isinstance(value, str):
        return _date_text(value)
    return str(value)


def _date_text(value: str) -> str:
    """ISO dates and times as TT.MM.JJJJ (hh:mm); any other text as it is."""
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return date.fromisoformat(value).strftime("%d.%m.%Y")
        except ValueError:
            return value
    if len(value) == 19 and value[4] == "-" and value[10] == " ":
        try:
            return datetime.fromisoformat(value).strftime("%d.%m.%Y %H:%M")
        except ValueError:
            return value
    return value
