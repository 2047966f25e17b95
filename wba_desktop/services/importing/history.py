"""Recording an import for its history (``import_run``/``import_change``).

``ImportService.apply`` opens a :class:`ChangeTracker` on its session before the
writer starts: at each flush the tracker notes the records the import creates
(organisations, people, affiliations, consent events, offers, and new tags) and, for every
organisation, person or affiliation it changes, the old values of exactly the fields
that change (tags as a sorted list of names). After the writer's last flush
:func:`record_run` writes one ``import_run`` row with who, when, the file, the sheet,
the column mapping and the counts, and one ``import_change`` row per record, with the
record's ``version`` after the import: "Import rückgängig" (``services.importing.undo``)
compares it with the version then to tell whether anybody changed the record since.

An affiliation has no version: its ``before`` carries, under :data:`AFTER`, its
values right after the import instead, for the same comparison.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from wba_desktop.db.audit import dumps, plain
from wba_desktop.db.audit_values import SKIPPED
from wba_desktop.db.bulk_insert import insert_rows
from wba_desktop.models import Affiliation, Organisation, Person
from wba_desktop.models.consent import ConsentEvent
from wba_desktop.models.imports import ImportChange, ImportRun
from wba_desktop.models.lotsen import OrganisationOffer
from wba_desktop.models.reference import Tag

CREATED, UPDATED = "created", "updated"
#: key of ``before`` holding an affiliation's values right after the import
AFTER = "_after"
#: what an import creates, by table
CREATES = {
    Organisation: "organisation",
    Person: "person",
    Affiliation: "affiliation",
    ConsentEvent: "consent_event",
    Tag: "tag",
    OrganisationOffer: "organisation_offer",
}
#: what an import may change, by table
UPDATES = {Organisation: "organisation", Person: "person", Affiliation: "affiliation"}
#: the fields of an affiliation compared to tell whether it changed since
AFFILIATION_FIELDS = (
    "person_id",
    "organisation_id",
    "function",
    "department",
    "is_primary",
    "valid_from",
    "valid_until",
)
#: columns a save derives or stamps itself: neither recorded nor restored
NOT_RECORDED = SKIPPED | {"id"}


def old_values(obj: Any) -> dict[str, Any]:
    """The old values of the fields of ``obj`` changed since it was loaded (JSON-ready);
    its tags, if changed, as the sorted list of the old names (an organisation's
    coverage as the sorted old region ids)."""
    state = inspect(obj)
    found: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in NOT_RECORDED:
            continue
        hist = state.attrs[attr.key].history
        if hist.added and hist.deleted:
            found[attr.key] = plain(hist.deleted[0])
    if "tags" in state.mapper.relationships:
        hist = state.attrs["tags"].history
        if hist.added or hist.deleted:
            found["tags"] = sorted(t.name for t in (*hist.unchanged, *hist.deleted))
    if "coverage" in state.mapper.relationships:  # an organisation's districts served
        hist = state.attrs["coverage"].history
        if hist.added or hist.deleted:
            old = (*hist.unchanged, *hist.deleted)
            found["coverage_region_ids"] = sorted(r.id for r in old)
    return found


def affiliation_values(a: Affiliation) -> dict[str, Any]:
    return {name: plain(getattr(a, name)) for name in AFFILIATION_FIELDS}


class ChangeTracker:
    """Notes, at every flush of ``session``, what is created and the old values of what
    is changed, until :meth:`close`."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.created: list[Any] = []
        self.updated: dict[int, tuple[Any, dict[str, Any]]] = {}  # id(obj) -> (obj, before)
        self._new: set[int] = set()
        event.listen(session, "before_flush", self._before_flush)

    def close(self) -> None:
        if event.contains(self.session, "before_flush", self._before_flush):
            event.remove(self.session, "before_flush", self._before_flush)

    def _before_flush(self, session: Session, _ctx, _instances) -> None:
        for obj in session.new:
            if type(obj) in CREATES and id(obj) not in self._new:
                self._new.add(id(obj))
                self.created.append(obj)
        for obj in session.dirty:
            if type(obj) not in UPDATES or id(obj) in self._new:
                continue
            before = old_values(obj)
            if before:  # the first old value is the one before the import
                known = self.updated.setdefault(id(obj), (obj, {}))[1]
                for key, value in before.items():
                    known.setdefault(key, value)


#: ``before`` of a created record (no values before it)
_NOTHING = dumps({})


def record_run(
    session: Session,
    tracker: ChangeTracker,
    plan,
    summary,
    user_name: str,
    rejected: int,
    bulk_created: list[tuple] = (),
) -> ImportRun:
    """Write the run and its changes (after the writer's last flush; no commit).
    ``bulk_created``: (table, id, version, affiliation row or None) of the records the
    bulk write inserted past the ORM (``bulk.write``)."""
    tracker.close()
    counts = {
        name: getattr(summary, name)
        for name in (
            "organisations_new",
            "organisations_updated",
            "organisations_skipped",
            "people_new",
            "people_updated",
            "people_skipped",
            "affiliations_new",
            "consents_recorded",
        )
    }
    run = ImportRun(
        user_name=(user_name or "")[:100],
        file_name=(plan.source_name or "")[:260],
        sheet=(plan.mapping.sheet or "")[:100],
        mapping=plan.mapping.to_json(),
        rows_rejected=rejected,
        undone_by="",
        **counts,
    )
    session.add(run)
    session.flush()
    rows = []
    for obj in tracker.created:
        if inspect(obj).persistent:  # not removed again within the import
            rows.append(_change(run.id, obj, CREATED, {}))
    for table, row_id, version, values in bulk_created:
        if values is None:
            before = _NOTHING
        else:
            before = dumps({AFTER: {n: plain(values[n]) for n in AFFILIATION_FIELDS}})
        rows.append(
            {
                "run_id": run.id,
                "table_name": table,
                "row_id": row_id,
                "action": CREATED,
                "before": before,
                "version_after": version,
            }
        )
    for obj, before in tracker.updated.values():
        if inspect(obj).persistent:
            rows.append(_change(run.id, obj, UPDATED, before))
    insert_rows(session.connection(), ImportChange.__table__, rows)
    return run


def _change(run_id: int, obj: Any, action: str, before: dict[str, Any]) -> dict[str, Any]:
    if isinstance(obj, Affiliation):
        before = {**before, AFTER: affiliation_values(obj)}
    return {
        "run_id": run_id,
        "table_name": CREATES[type(obj)],
        "row_id": obj.id,
        "action": action,
        "before": dumps(before),
        "version_after": getattr(obj, "version", None),
    }


def loads(text: str) -> dict[str, Any]:
    """``before`` as stored (an empty or damaged text is no values)."""
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
