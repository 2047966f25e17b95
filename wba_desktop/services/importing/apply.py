"""Writing an import plan inside one session.

:class:`Writer` is used by ``ImportService.apply`` only: it loads the matched records
once, creates or updates records row by row through the services' own
``apply_to`` helpers, and links people to organisations (a person's first
affiliation is the primary one, as ``AffiliationService.save`` does it). It never
commits: that is the caller's single ``uow.commit()``.

With ``bulk`` (the default) the records and links it creates are kept as
``bulk.NewRecord``/``bulk.NewLink`` and inserted at the end with Core executemany
(``services/importing/bulk.py``); ``bulk=False`` is the plain ORM path (kept to
check the bulk path against it).
"""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from wba_desktop.errors import ConflictError
from wba_desktop.i18n import _
from wba_desktop.models import Affiliation, Organisation, Person
from wba_desktop.services.directory import organisations, people
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.importing.bulk import NewLink, NewRecord
from wba_desktop.services.importing.rows import merge_into

if TYPE_CHECKING:
    from wba_desktop.services.importing.plan import Action, ImportPlan, ImportSummary, PlanRow


def _chunks(ids: list[int], size: int = 500):
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _org_data(org: Organisation) -> OrganisationData:
    return organisations.data_of(org)


def _person_data(p: Person) -> PersonData:
    values = {f.name: getattr(p, f.name) for f in fields(PersonData) if f.name != "tags"}
    return PersonData(**values, tags=[t.name for t in p.tags])


class Writer:
    """Applies plan rows to one session; ``summary`` counts what was done."""

    #: create new records through ``bulk.write`` (False: through the ORM)
    BULK = True

    def __init__(self, session, plan: ImportPlan, user_name: str = "") -> None:
        from wba_desktop.services.importing.plan import ImportSummary

        self.s = session
        self.plan = plan
        self.user_name = user_name
        self._consents: list[tuple[Person, object]] = []  # (person, ConsentCell)
        self.summary: ImportSummary = ImportSummary()
        self._orgs: dict[int, Organisation] = {}  # plan index -> record
        self._people: dict[int, Person] = {}
        self._merged: set[tuple[int, int]] = set()  # (id(record), id(row data)) done
        self._org_state: dict[int, str] = {}  # id(record) -> new/updated/unchanged/skipped
        self._person_state: dict[int, str] = {}
        self._links: dict[tuple[int, int], Affiliation] = {}  # (id(person), id(org))
        self._has_link: set[int] = set()  # id(person) with at least one affiliation
        self._tags: dict = {}  # tag key -> Tag: a new tag is created once (no autoflush)
        self._offers: list = []  # (organisation, topic ids, target groups) to add
        self.bulk = self.BULK
        self._new_orgs: list[NewRecord] = []  # bulk: created, in creation order
        self._new_people: list[NewRecord] = []
        self._new_links: list[NewLink] = []
        #: bulk: what ``record_run`` lists as created besides the ORM's objects
        self.created: list[tuple] = []
        self._existing_orgs = self._load(Organisation, {o.match_id for o in plan.organisations})
        self._existing_people = self._load(Person, {p.match_id for p in plan.people})
        ids = sorted(p.id for p in self._existing_people.values())
        for chunk in _chunks(ids):
            for a in self.s.scalars(select(Affiliation).where(Affiliation.person_id.in_(chunk))):
                self._links[(id(a.person), id(a.organisation))] = a
                self._has_link.add(id(a.person))

    def _load(self, model, ids: set[int | None]) -> dict[int, object]:
        wanted = sorted(i for i in ids if i is not None)
        found: dict[int, object] = {}
        for chunk in _chunks(wanted):
            stmt = select(model).where(model.id.in_(chunk)).options(selectinload(model.tags))
            if model is Organisation:
                stmt = stmt.options(selectinload(Organisation.coverage))
            for obj in self.s.scalars(stmt):
                found[obj.id] = obj
        missing = set(wanted) - set(found)
        if missing:
            raise ConflictError(
                _(
                    "Ein in der Vorschau gefundener Datensatz wurde inzwischen gelöscht. "
                    "Bitte die Vorschau neu erstellen."
                )
            )
        return found

    # -- one row ----------------------------------------------------------------------
    def row(self, row: PlanRow, action: Action) -> None:
        """Create or update the row's organisation and person, and link them."""
        org = person = None
        person_written = True
        if row.organisation is not None:
            org, org_written = self._record(row, action, "organisation")
            if org_written and row.offer_topics:
                self._offers.append((org, row.offer_topics, row.offer_groups))
        if row.person is not None:
            person, person_written = self._record(row, action, "person")
        if org is not None and person is not None and person_written:
            self._link(person, org, row)
        if person is not None and person_written and row.consents:
            self._consents.extend((person, cell) for cell in row.consents)

    def _record(self, row: PlanRow, action: Action, kind: str) -> tuple[object, bool]:
        """The record for the row's organisation or person: created, updated or left alone.

        Returns the record and whether it was written (a skipped match is not linked).
        """
        from wba_desktop.services.importing.plan import Action

        is_org = kind == "organisation"
        idx = row.organisation if is_org else row.person
        planned = (self.plan.organisations if is_org else self.plan.people)[idx]
        records = self._orgs if is_org else self._people
        state = self._org_state if is_org else self._person_state
        incoming = row.org_data if is_org else row.person_data
        record = records.get(idx)
        if record is None and (planned.match_id is None or action is Action.NEW):
            if self.bulk:
                return self._new(row, idx, is_org, incoming), True
            record = Organisation() if is_org else Person()
            (organisations if is_org else people).apply_to(record, incoming, self.s, self._tags)
            if not is_org and self.plan.source_name:  # Art. 14: where the data came from
                record.data_source = self.plan.source_name[:200]
            self.s.add(record)
            records[idx] = record
            state[id(record)] = "new"
            self._merged.add((id(record), id(incoming)))
            return record, True
        if record is None:
            existing = self._existing_orgs if is_org else self._existing_people
            record = records[idx] = existing[planned.match_id]
        if action is Action.SKIP:
            state.setdefault(id(record), "skipped")
            return record, state[id(record)] != "skipped"
        if (id(record), id(incoming)) in self._merged:
            return record, True  # the same cells again (the preview shares identical data)
        self._merged.add((id(record), id(incoming)))
        keep: tuple[str, ...] = ()
        if is_org:
            if not (action is Action.OVERWRITE and planned.type_given):
                keep += ("type_id",)
            if not planned.region_given:
                keep += ("region_id",)
        if isinstance(record, NewRecord):
            data = record.form()
            if merge_into(data, incoming, action is Action.OVERWRITE, keep):
                record.apply(data, self.s, self._tags)
            return record, True
        data = _org_data(record) if is_org else _person_data(record)
        if merge_into(data, incoming, action is Action.OVERWRITE, keep):
            (organisations if is_org else people).apply_to(record, data, self.s, self._tags)
            if state.get(id(record)) != "new":
                state[id(record)] = "updated"
        elif state.get(id(record)) in (None, "skipped"):
            state[id(record)] = "unchanged"
        return record, True

    def _new(self, row: PlanRow, idx: int, is_org: bool, incoming) -> NewRecord:
        """A record the bulk write creates (what ``_record`` does with a new ORM one)."""
        record = NewRecord(Organisation if is_org else Person, incoming, self.s, self._tags)
        if not is_org and self.plan.source_name:  # Art. 14: where the data came from
            record.data_source = self.plan.source_name[:200]
        (self._new_orgs if is_org else self._new_people).append(record)
        (self._orgs if is_org else self._people)[idx] = record
        (self._org_state if is_org else self._person_state)[id(record)] = "new"
        self._merged.add((id(record), id(incoming)))
        return record

    def _link(self, person: Person, org: Organisation, row: PlanRow) -> None:
        key = (id(person), id(org))
        link = self._links.get(key)
        if link is None and self.bulk:
            primary = id(person) not in self._has_link
            link = NewLink(person, org, row.function, row.department, primary)
            self._new_links.append(link)
            self._links[key] = link
            self._has_link.add(id(person))
            self.summary.affiliations_new += 1
            return
        if link is None:
            link = Affiliation(
                person=person,
                organisation=org,
                function=row.function,
                department=row.department,
                is_primary=id(person) not in self._has_link,
            )
            self.s.add(link)
            self._links[key] = link
            self._has_link.add(id(person))
            self.summary.affiliations_new += 1
            return
        for name in ("function", "department"):
            if getattr(row, name) and not getattr(link, name):
                setattr(link, name, getattr(row, name))

    def finish(self) -> None:
        """Count, and send everything to the database (still inside the transaction)."""
        for kind, states in (("organisations", self._org_state), ("people", self._person_state)):
            for state in states.values():
                name = {"new": "new", "updated": "updated"}.get(state, "skipped")
                attr = f"{kind}_{name}"
                setattr(self.summary, attr, getattr(self.summary, attr) + 1)
        self.s.flush()
        if self._new_orgs or self._new_people or self._new_links:
            from wba_desktop.services.importing import bulk

            self.created = bulk.write(
                self.s, self._new_orgs, self._new_people, self._new_links, self.user_name
            )
        if self._offers:  # after the flush: new organisations have their ids
            from wba_desktop.services.importing.offer_columns import write_offers

            self.summary.offers_new = write_offers(self.s, self._offers)
            self.s.flush()
        if self._consents:
            from wba_desktop.services.importing.consent_columns import write_events

            pending = [(person.id, cell) for person, cell in self._consents]
            source = self.plan.source_name or "Import"
            self.summary.consents_recorded = write_events(self.s, pending, source, self.user_name)
            self.s.flush()
        self._index()

    def _index(self) -> None:
        """The global search's index for the written records, in this transaction (a
        bulk write path calls ``index_records`` with the ids it wrote)."""
        from wba_desktop.services.directory.search_index import index_records

        for kind, records, states in (
            ("organisation", self._orgs, self._org_state),
            ("person", self._people, self._person_state),
        ):
            written = [r.id for r in records.values() if states.get(id(r)) in ("new", "updated")]
            index_records(self.s, kind, written)
