"""Short human labels for audit log rows: „Organisation „Kammer Nord““, „Zuordnung
„Erika Beispiel – Kammer Nord““.

A label is written with the row, so the log still says what a deleted record was.
The names of linked records come from the records of the same flush where they are
there, else from one query per kind of linked record (not one per row).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, select

from wba_desktop.models.base import Base

#: what a table's rows refer to by name: (column, table of the named record)
REFS: dict[str, tuple[tuple[str, str], ...]] = {
    "affiliation": (("person_id", "person"), ("organisation_id", "organisation")),
    "relation": (("source_id", "organisation"), ("target_id", "organisation")),
    "consent": (("person_id", "person"),),
    "consent_event": (("person_id", "person"),),
    "activity": (("person_id", "person"), ("organisation_id", "organisation")),
    "verbund_member": (("organisation_id", "organisation"), ("verbund_id", "verbund")),
    "verbund_board_seat": (("person_id", "person"), ("verbund_id", "verbund")),
    "verbund_phase": (("verbund_id", "verbund"),),
    "verbund_task": (("verbund_id", "verbund"),),
    "invitation": (("person_id", "person"), ("event_id", "event")),
    "inquiry": (("person_id", "person"), ("organisation_id", "organisation")),
    "referral": (("organisation_id", "organisation"),),
    "organisation_offer": (("organisation_id", "organisation"),),
}

#: the columns that name a record of these tables
NAME_COLUMNS: dict[str, tuple[str, ...]] = {
    "organisation": ("name",),
    "person": ("title", "first_name", "last_name"),
    "verbund": ("name",),
    "event": ("title",),
}

NOUN = {
    "organisation": "Organisation",
    "person": "Person",
    "affiliation": "Zuordnung",
    "relation": "Beziehung",
    "consent": "Einwilligung",
    "consent_event": "Einwilligung",
    "activity": "Kontakt",
    "verbund": "Verbund",
    "verbund_member": "Verbundmitglied",
    "verbund_board_seat": "Gremiensitz",
    "verbund_phase": "Verbundphase",
    "verbund_task": "Verbundaufgabe",
    "event": "Veranstaltung",
    "invitation": "Einladung",
}


def name_of(table: str, values: Mapping[str, Any]) -> str:
    """The name of a record of ``table`` from its column values."""
    parts = [str(values.get(c) or "").strip() for c in NAME_COLUMNS[table]]
    return " ".join(p for p in parts if p)


def quoted(text: str) -> str:
    return f"„{text}“" if text else ""


def _own_text(table: str, v: Mapping[str, Any]) -> str:
    """The part of a label a row says itself (not through its links)."""
    if table in NAME_COLUMNS:
        return name_of(table, v)
    if table == "verbund_phase":
        return str(v.get("phase") or "")
    if table == "verbund_task":
        return str(v.get("title") or "")
    if table == "activity":
        return " ".join(str(v.get(c) or "") for c in ("kind", "subject")).strip()
    if table in ("consent", "consent_event"):
        return str(v.get("purpose") or "")
    return ""


class Labeller:
    """``want(table, values)`` for every row first, then ``label(table, row_id)``."""

    def __init__(self, conn: Connection, known: Iterable[Any] = ()) -> None:
        self._conn = conn
        self._rows: dict[tuple[str, int], Mapping[str, Any]] = {}
        self._names: dict[str, dict[int, str]] = {t: {} for t in NAME_COLUMNS}
        self._needed: dict[str, set[int]] = {t: set() for t in NAME_COLUMNS}
        self._resolved = False
        for obj in known:  # the records of this flush know their names
            table = getattr(obj, "__tablename__", None)
            if table in NAME_COLUMNS and getattr(obj, "id", None) is not None:
                d = obj.__dict__
                if all(c in d for c in NAME_COLUMNS[table]):
                    self._names[table][obj.id] = name_of(table, d)

    def want(self, table: str, values: Mapping[str, Any]) -> None:
        row_id = values.get("id")
        if isinstance(row_id, int):
            self._rows[(table, row_id)] = values
            if table in NAME_COLUMNS and all(c in values for c in NAME_COLUMNS[table]):
                self._names[table].setdefault(row_id, name_of(table, values))
        for column, target in REFS.get(table, ()):
            ref = values.get(column)
            if isinstance(ref, int):
                self._needed[target].add(ref)

    def _resolve(self) -> None:
        self._resolved = True
        for table, ids in self._needed.items():
            missing = sorted(ids - self._names[table].keys())
            if not missing:
                continue
            t = Base.metadata.tables[table]
            cols = [t.c.id, *(t.c[c] for c in NAME_COLUMNS[table])]
            for i in range(0, len(missing), 500):
                stmt = select(*cols).where(t.c.id.in_(missing[i : i + 500]))
                for row in self._conn.execute(stmt).mappings():
                    self._names[table][row["id"]] = name_of(table, row)

    def ref_name(self, table: str, ref: Any) -> str:
        if not isinstance(ref, int):
            return ""
        return self._names[table].get(ref) or f"#{ref}"

    def label(self, table: str, row_id: int | None) -> str:
        if not self._resolved:
            self._resolve()
        v = self._rows.get((table, row_id), {}) if row_id is not None else {}
        noun = NOUN.get(table, table)
        if table in NAME_COLUMNS:  # a named record (no links): thousands in an import
            own = name_of(table, v) or (f"#{row_id}" if row_id is not None else "")
            return f"{noun} {quoted(own)}".strip()
        own = _own_text(table, v)
        refs = [self.ref_name(target, v.get(col)) for col, target in REFS.get(table, ())]
        refs = [r for r in refs if r]
        if table in ("verbund_phase", "verbund_task"):
            text = f"{refs[0]}: {own}" if refs and own else own or (refs[0] if refs else "")
        elif table == "activity":
            text = " – ".join([own, *refs]) if own else " – ".join(refs)
        elif table in ("consent", "consent_event"):
            text = " – ".join([*refs, own]) if own else " – ".join(refs)
        else:
            text = own or " – ".join(refs)
        if not text and row_id is not None:
            text = f"#{row_id}"
        return f"{noun} {quoted(text)}".strip()
