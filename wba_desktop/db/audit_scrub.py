"""Erasure in the audit log: rewrite what the log holds about one person.

:func:`scrub_person` is called by the erasure (Art. 17) inside its unit of work,
*after* the flush that anonymised the person (that flush writes an audit row whose
old values are the person's identity; the scrub rewrites it too) and before the
commit. It keeps who changed something, when, and what kind of record it was; every
value of a row about the person becomes "anonymisiert", and the person's old name,
e-mail and phone numbers are replaced wherever else the log holds them (in other
records' values and labels, e.g. an organisation's notes or an affiliation's label).
In rows about *another* person only what identifies this one (full name, e-mail,
phone) is replaced, not a shared first or last name alone.

This rewrites rows with a Core UPDATE (the only UPDATE the app runs on
``audit_log``). On SQLite the old bytes may remain in free pages until
``secure_delete``/VACUUM, which the erasure takes care of.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy import and_, bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from wba_desktop.db.audit_labels import NOUN
from wba_desktop.db.audit_values import dumps
from wba_desktop.models.privacy import AuditEntry

ANONYMISED = "anonymisiert"
#: shorter strings are only replaced where a value equals them (not inside other words)
MIN_SUBSTRING = 4


#: name parts: replaced in rows about no one, but left alone in another person's rows
NAME_PARTS = ("first_name", "last_name", "title", "salutation")


def _strings(old_values: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    """(identifying texts, name parts) to remove, longest first; the full name counts
    as identifying when both parts are given."""

    def text(key: str) -> str:
        return str(old_values.get(key) or "").strip()

    strong = {text(k) for k in old_values if k not in NAME_PARTS and text(k)}
    first, last = text("first_name"), text("last_name")
    if first and last:
        strong.add(f"{first} {last}")
        strong.add(f"{last}, {first}")
        if text("title"):
            strong.add(f"{text('title')} {first} {last}")
    weak = {text(k) for k in ("first_name", "last_name") if text(k)} - strong

    def order(found: set[str]) -> list[str]:
        return sorted(found, key=len, reverse=True)

    return order(strong), order(weak)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class _Replacer:
    def __init__(self, strings: list[str]) -> None:
        self.exact = {s.casefold() for s in strings}
        long = [re.escape(s) for s in strings if len(s) >= MIN_SUBSTRING]
        self.pattern = re.compile("|".join(long), re.IGNORECASE) if long else None

    def text(self, value: str) -> str:
        if value.strip().casefold() in self.exact:
            return ANONYMISED
        return self.pattern.sub(ANONYMISED, value) if self.pattern is not None else value

    def value(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.value(v) for v in value]
        return value


def _all_gone(value: Any) -> Any:
    return None if value is None else ANONYMISED


def _conditions(person_id: int, old_values: Mapping[str, Any]):
    t = AuditEntry.__table__
    strong, weak = _strings(old_values)
    conds = [t.c.person_id == person_id, (t.c.table_name == "person") & (t.c.row_id == person_id)]
    for s in strong + weak:
        like = f"%{_escape_like(s)}%"
        conds += [t.c.changes.ilike(like, escape="\\"), t.c.record_label.ilike(like, escape="\\")]
    return or_(*conds)


def plan_scrub(
    session: Session, person_id: int, old_values: Mapping[str, Any]
) -> tuple[tuple[str, ...], frozenset[int], int]:
    """Read before the erasure's transaction (nothing is written): the strings, the ids
    of the rows :func:`scrub_person` will rewrite, and the highest id then; passed to
    it as ``plan``, it reads only those rows and the ones added since."""
    t = AuditEntry.__table__
    high = session.scalar(select(func.max(t.c.id))) or 0
    ids = frozenset(session.scalars(select(t.c.id).where(_conditions(person_id, old_values))))
    return (_key(old_values), ids, high)


def _key(old_values: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(sum(_strings(old_values), []))


def scrub_person(
    session: Session,
    person_id: int,
    old_values: Mapping[str, Any],
    plan: tuple[tuple[str, ...], frozenset[int], int] | None = None,
) -> int:
    """Rewrite every audit row about person ``person_id`` (its ``person_id``) to
    "anonymisiert" in all values, and replace the person's old strings
    (``old_values``, e.g. ``{"first_name": …, "last_name": …, "email": …,
    "phone": …, "mobile": …}``) in every other row's values and label. Who, when,
    table, record id and action stay. ``plan``: what :func:`plan_scrub` read before
    (ignored when the strings changed since). Returns the number of rows rewritten."""
    t = AuditEntry.__table__
    strong, weak = _strings(old_values)
    replace, replace_strong = _Replacer(strong + weak), _Replacer(strong)
    where = _conditions(person_id, old_values)
    if plan is not None and plan[0] == _key(old_values):
        known, newer = sorted(plan[1]), t.c.id > plan[2]
        where = and_(where, or_(t.c.id.in_(known), newer) if known else newer)
    conn = session.connection()
    rows = conn.execute(
        select(
            t.c.id, t.c.table_name, t.c.row_id, t.c.person_id, t.c.record_label, t.c.changes
        ).where(where)
    ).all()
    updates = []
    for row_id, table, rec_id, about, label, raw in rows:
        try:
            changes = json.loads(raw or "{}")
        except ValueError:
            changes = {}
        if about == person_id or (table == "person" and rec_id == person_id):
            changes = {k: [_all_gone(v) for v in pair] for k, pair in changes.items()}
            if table == "person":
                label = f"{NOUN['person']} „{ANONYMISED}“"
            else:
                label = replace.text(label or "")
        else:  # in another person's rows only what identifies this one
            how = replace if about is None else replace_strong
            changes = {k: how.value(pair) for k, pair in changes.items()}
            label = how.text(label or "")
        updates.append({"b_id": row_id, "b_label": label[:200], "b_changes": dumps(changes)})
    if updates:
        stmt = (
            update(t)
            .where(t.c.id == bindparam("b_id"))
            .values(record_label=bindparam("b_label"), changes=bindparam("b_changes"))
        )
        conn.execute(stmt, updates)
    return len(updates)
