"""„Import rückgängig“: what an import created goes, what it overwrote comes back.

:func:`survey` loads what a run recorded and says, per record, whether it can be
undone: a created or updated organisation or person must still be at the version the
import left (``version_after``); a created affiliation must still be there with the
values the import gave it, an updated one likewise; a created consent event must still
be there. A created organisation or person that has meanwhile gained other links
(affiliations, activities, memberships, invitations, … not from this import) would
take them along when deleted: it counts as changed since, too. :func:`execute` then
undoes the records that can be, in the caller's transaction.

Everything goes through the ORM, so the audit log records each deletion and
restoration as any other change; consent events are append-only for the ORM and are
deleted with a Core statement, logged through ``audit.bulk`` beforehand (as the
erasure does with its statements). Tags the import created are removed when no
record uses them any more.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, delete, func, select
from sqlalchemy.orm import Session

from wba_desktop.db import audit
from wba_desktop.models import Affiliation, Base, Organisation, Person, Relation, RelationType
from wba_desktop.models.consent import ConsentEvent
from wba_desktop.models.directory import organisation_tag, person_tag
from wba_desktop.models.imports import ImportChange, ImportRun
from wba_desktop.models.lotsen import OrganisationOffer
from wba_desktop.models.reference import Tag
from wba_desktop.services.conflicts import when
from wba_desktop.services.directory import organisation_rules, person_rules
from wba_desktop.services.importing.history import AFTER, CREATED, affiliation_values, loads
from wba_desktop.text import format as fmt

MODELS = {
    "organisation": Organisation,
    "person": Person,
    "affiliation": Affiliation,
    "consent_event": ConsentEvent,
    "tag": Tag,
    "organisation_offer": OrganisationOffer,
    "relation": Relation,  # a relation import (``relation_history``)
    "relation_type": RelationType,
}
#: German singular and plural per table
KINDS = {
    "organisation": ("Organisation", "Organisationen"),
    "person": ("Person", "Personen"),
    "affiliation": ("Zuordnung", "Zuordnungen"),
    "consent_event": ("Einwilligungsvermerk", "Einwilligungsvermerke"),
    "tag": ("Schlagwort", "Schlagwörter"),
    "organisation_offer": ("Leistung", "Leistungen"),
    "relation": ("Beziehung", "Beziehungen"),
    "relation_type": ("Beziehungsart", "Beziehungsarten"),
}
#: what else may point at an organisation or a person, as a German reader names it
LINKS = {
    "affiliation": ("Zuordnung", "Zuordnungen"),
    "activity": ("Kontakt", "Kontakte"),
    "invitation": ("Einladung", "Einladungen"),
    "relation": ("Beziehung", "Beziehungen"),
    "event_organiser": ("Veranstaltung", "Veranstaltungen"),
    "verbund": ("Verbund (Koordination)", "Verbünde (Koordination)"),
    "verbund_member": ("Verbundmitgliedschaft", "Verbundmitgliedschaften"),
    "verbund_board_seat": ("Beiratssitz", "Beiratssitze"),
    "verbund_task": ("Verbundaufgabe", "Verbundaufgaben"),
    "distribution_member": ("Verteiler", "Verteiler"),
    "session_person": ("Programmpunkt", "Programmpunkte"),
    "consent_event": ("Einwilligungsvermerk", "Einwilligungsvermerke"),
    "disclosure_person": ("Weitergabe", "Weitergaben"),
    "organisation_offer": ("Leistung", "Leistungen"),
}
#: links that are part of the record itself
OWN_LINKS = frozenset({"organisation_tag", "person_tag"})


@dataclass
class Item:
    """One recorded change, with the record as it is now (None: gone) and, when it
    cannot be undone, the German line saying why (``blocked``)."""

    change: ImportChange
    record: Any = None
    blocked: str = ""
    #: created along with a record that stays (changed since): stays with it
    kept: bool = False

    @property
    def table(self) -> str:
        return self.change.table_name

    @property
    def created(self) -> bool:
        return self.change.action == CREATED


def _chunks(ids: list[int], size: int = 500):
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _load(session: Session, table: str, ids: list[int]) -> dict[int, Any]:
    model = MODELS[table]
    found: dict[int, Any] = {}
    for part in _chunks(sorted(set(ids))):
        if model is ConsentEvent:  # append-only: ids and owners are enough
            stmt = select(ConsentEvent.id, ConsentEvent.person_id).where(ConsentEvent.id.in_(part))
            found.update({row.id: row for row in session.execute(stmt)})
        else:
            found.update(
                {o.id: o for o in session.scalars(select(model).where(model.id.in_(part)))}
            )
    return found


def label(session: Session, table: str, record: Any, row_id: int) -> str:
    """„Organisation „Muster GmbH““ – the record as the list of changes names it."""
    one = KINDS.get(table, (table, table))[0]
    if record is None:
        return f"{one} Nr. {row_id}"
    if table == "organisation":
        return f"{one} „{record.name}“"
    if table == "person":
        return f"{one} „{person_rules.person_name(record)}“"
    if table == "affiliation":
        return f"{one} „{person_rules.person_name(record.person)} – {record.organisation.name}“"
    if table == "consent_event":
        return f"{one} von „{person_rules.person_name(session.get(Person, record.person_id))}“"
    if table == "organisation_offer":
        org = session.get(Organisation, record.organisation_id)
        return f"{one} „{record.topic.name}“ von „{org.name if org else '?'}“"
    return f"{one} „{getattr(record, 'name', row_id)}“"


def survey(session: Session, run: ImportRun) -> list[Item]:
    """Every change of ``run`` with its record now and, where it cannot be undone, why."""
    changes = list(
        session.scalars(select(ImportChange).where(ImportChange.run_id == run.id).order_by("id"))
    )
    by_table: dict[str, list[ImportChange]] = {}
    for c in changes:
        by_table.setdefault(c.table_name, []).append(c)
    items: list[Item] = []
    for table, group in by_table.items():
        if table not in MODELS:
            continue
        records = _load(session, table, [c.row_id for c in group])
        for c in group:
            item = Item(c, records.get(c.row_id))
            item.blocked = _changed_since(session, item)
            items.append(item)
    _check_links(session, items)
    _keep_with_owners(items)
    return items


def _keep_with_owners(items: list[Item]) -> None:
    """What the import created for a created organisation or person that stays (the
    affiliation of a person someone has called since, their consents) stays with it,
    unless its other end goes."""
    staying: dict[str, set[int]] = {"person": set(), "organisation": set()}
    going: dict[str, set[int]] = {"person": set(), "organisation": set()}
    for i in items:
        if i.created and i.table in staying and i.record is not None:
            (staying if i.blocked else going)[i.table].add(i.change.row_id)
    for i in items:
        if not i.created or i.blocked or i.record is None:
            continue
        ends = []
        if i.table == "affiliation":
            ends = [("person", i.record.person_id), ("organisation", i.record.organisation_id)]
        elif i.table == "consent_event":
            ends = [("person", i.record.person_id)]
        elif i.table == "organisation_offer":
            ends = [("organisation", i.record.organisation_id)]
        if any(r in staying[t] for t, r in ends) and not any(r in going[t] for t, r in ends):
            i.kept = True


def _changed_since(session: Session, item: Item) -> str:
    """Why the record cannot be undone ("" if it can)."""
    c, record = item.change, item.record
    if record is None:
        if item.table == "tag":
            return ""  # nothing left to remove
        return f"{label(session, item.table, None, c.row_id)} (inzwischen gelöscht)"
    if item.table in ("organisation", "person") and record.version != c.version_after:
        who = f" von {record.updated_by}" if record.updated_by else ""
        stamp = f" {when(record.updated_at)}" if record.updated_at else ""
        return f"{label(session, item.table, record, c.row_id)} (geändert{who}{stamp})"
    if item.table == "affiliation":
        after = loads(c.before).get(AFTER)
        if after is not None and affiliation_values(record) != after:
            return f"{label(session, item.table, record, c.row_id)} (seit dem Import geändert)"
    return ""


def _check_links(session: Session, items: list[Item]) -> None:
    """A created organisation or person linked meanwhile to anything this import did
    not create (or to something of it that cannot be undone) is changed since."""
    ours = {
        (i.table, i.change.row_id)
        for i in items
        if i.created
        and not i.blocked
        and i.table in ("affiliation", "consent_event", "relation", "organisation_offer")
    }
    for table in ("organisation", "person"):
        todo = {
            i.change.row_id: i
            for i in items
            if i.table == table and i.created and not i.blocked and i.record is not None
        }
        if not todo:
            continue
        found: dict[int, dict[str, int]] = {}
        for other in Base.metadata.sorted_tables:
            if other.name in OWN_LINKS:
                continue
            for fk in other.foreign_keys:
                if fk.column.table.name != table:
                    continue
                for part in _chunks(sorted(todo)):
                    key = other.c.id if "id" in other.c else func.count()
                    stmt = select(fk.parent, key).where(fk.parent.in_(part))
                    if "id" not in other.c:
                        stmt = stmt.group_by(fk.parent)
                    for owner, x in session.execute(stmt):
                        if "id" in other.c and (other.name, x) in ours:
                            continue
                        n = 1 if "id" in other.c else x
                        counts = found.setdefault(owner, {})
                        counts[other.name] = counts.get(other.name, 0) + n
        for row_id, counts in found.items():
            parts = [
                fmt.count(n, *LINKS.get(name, (name, name))) for name, n in sorted(counts.items())
            ]
            item = todo[row_id]
            what = label(session, table, item.record, row_id)
            item.blocked = f"{what} (inzwischen verknüpft: {fmt.listing(parts)})"


def totals(items: list[Item]) -> tuple[dict[str, int], dict[str, int]]:
    """(removed, restored): how many records per table the undo removes or restores."""
    removed: dict[str, int] = {}
    restored: dict[str, int] = {}
    for i in items:
        if i.blocked or i.kept or i.record is None or i.table == "tag":  # tags: if unused
            continue
        target = removed if i.created else restored
        target[i.table] = target.get(i.table, 0) + 1
    return removed, restored


def counted(per_table: dict[str, int]) -> str:
    """„2 Organisationen, 3 Personen und 1 Zuordnung“ in the order of :data:`KINDS`."""
    return fmt.listing(fmt.count(per_table[t], *KINDS[t]) for t in KINDS if per_table.get(t))


# -- undoing ---------------------------------------------------------------------------


def execute(session: Session, items: list[Item]) -> None:
    """Undo every item that is not blocked (the caller commits)."""
    todo = [i for i in items if not i.blocked and not i.kept and i.record is not None]
    events = [i.change.row_id for i in todo if i.table == "consent_event"]
    if events:  # append-only for the ORM: a logged Core statement, as the erasure does
        audit.bulk(session, "consent_event", audit.DELETED, events)
        for part in _chunks(events):
            session.execute(delete(ConsentEvent.__table__).where(ConsentEvent.id.in_(part)))
    for i in todo:
        if i.table == "affiliation":
            if i.created:
                session.delete(i.record)
            else:
                _restore(session, i.record, loads(i.change.before))
    for i in todo:
        if i.table in ("relation", "organisation_offer") and i.created:
            session.delete(i.record)
    for i in todo:
        if i.table in ("organisation", "person") and not i.created:
            _restore(session, i.record, loads(i.change.before))
    session.flush()
    for table in ("person", "organisation"):
        for i in todo:
            if i.table == table and i.created:
                session.delete(i.record)
    session.flush()
    tags = [i.record for i in todo if i.table == "tag" and i.created]
    if tags:
        used = set()
        for link in (organisation_tag, person_tag):
            ids = [t.id for t in tags]
            used |= set(session.scalars(select(link.c.tag_id).where(link.c.tag_id.in_(ids))))
        for tag in tags:
            if tag.id not in used:
                session.delete(tag)
        session.flush()
    for i in todo:  # a relation type the import created goes when no relation uses it
        if i.table == "relation_type" and i.created:
            used = session.scalar(select(func.count()).where(Relation.type_id == i.record.id))
            if not used:
                session.delete(i.record)
    session.flush()


def _value(model, key: str, value: Any) -> Any:
    """A value of ``before`` (JSON) as the column holds it."""
    column = model.__table__.c.get(key)
    if value is None or column is None or not isinstance(value, str):
        return value
    if isinstance(column.type, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(column.type, Date):
        return date.fromisoformat(value)
    return value


def _restore(session: Session, record: Any, before: dict[str, Any]) -> None:
    """Put the old values back; organisations and people through their services' own
    ``apply_to``, so that tags, search and sort keys follow."""
    model = type(record)
    values = {k: _value(model, k, v) for k, v in before.items() if k != AFTER}
    rules = {Organisation: organisation_rules, Person: person_rules}.get(model)
    if rules is None:
        for key, value in values.items():
            setattr(record, key, value)
        return
    data = rules.data_of(record)
    names = {f.name for f in fields(data)}
    data = replace(data, **{k: v for k, v in values.items() if k in names})
    for key, value in values.items():
        if key not in names:
            setattr(record, key, value)
    rules.apply_to(record, data, session)
