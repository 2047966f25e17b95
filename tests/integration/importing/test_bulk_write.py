"""The import's bulk write (``services/importing/bulk.py``) against the plain ORM path:
the same import through both leaves the same records, links, tags, audit rows, import
history, search index entries and change notices, and both undo to the state before.

All people and organisations here are invented.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import event, select, text

from wba_desktop.db.search_index import index_table
from wba_desktop.errors import ValidationError
from wba_desktop.exchange.mapping import suggest
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.importing.apply import Writer
from wba_desktop.services.importing.runs import ImportHistory
from wba_desktop.services.importing.service import ImportService

TODAY = date(2026, 3, 1)
HEADER = ["Firma", "Vorname", "Nachname", "E-Mail", "Telefon", "Ort", "Schlagworte",
          "Funktion", "Abteilung", "Einwilligung Newsletter"]  # fmt: skip
ROWS = [
    HEADER,
    ["Bildungswerk Saaleblick", "Wiebke", "Wolkenstein", "w.wolkenstein@saaleblick.example",
     "0345 4711", "Halle (Saale)", "Fachkräfte", "Leitung", None, "ja"],
    ["Holzwerk Quendel GmbH", "Ansgar", "Amselfeld", "a.amselfeld@quendel.example", None,
     "Quedlinburg", "Holz", "Geschäftsführung", None, "ja"],
    ["Holzwerk Quendel GmbH", "Berit", "Buchfink", "b.buchfink@quendel.example",
     "03946 123456", "Quedlinburg", "Holz, Neukunde", None, "Einkauf", None],
    # the same person again: fills the department, adds a tag (merged into the new one)
    ["Holzwerk Quendel GmbH", "Berit", "Buchfink", "b.buchfink@quendel.example", None,
     "Quedlinburg", "Messe 2026", "Einkäuferin", "Beschaffung", None],
    # a known person at a new organisation: a second, non-primary affiliation
    ["Moorbad Tessin e.V.", "Wiebke", "Wolkenstein", "w.wolkenstein@saaleblick.example",
     None, "Bad Schmiedeberg", None, "Beirat", None, None],
    ["Moorbad Tessin e.V.", None, None, None, None, "Bad Schmiedeberg", "Kur", None, None, None],
    ["Ohne Ort", "Kaputt", "Kaputtmann", "kaputt(at)example", None, None, None, None, None, None],
    [None, "Çelik", "Ölmez\u0301", "c.oelmez@example.org", None, None, None, None, None, None],
]  # fmt: skip
NEW_IDS = ("person_id", "organisation_id")


@pytest.fixture
def known(services):
    types = {t.name: t.id for t in services.reference.organisation_types()}
    org = services.organisations.create(
        OrganisationData(name="Bildungswerk Saaleblick", type_id=types["Weiterbildungsträger"],
                         city="Halle (Saale)", tags=["Altkunde"])
    )  # fmt: skip
    person = services.people.create(
        PersonData(first_name="Wiebke", last_name="Wolkenstein", tags=["Beirat"],
                   email="w.wolkenstein@saaleblick.example")
    )  # fmt: skip
    services.affiliations.save(AffiliationData(person_id=person.id, organisation_id=org.id))
    return {"org": org.id, "person": person.id}


def _rows(s, sql: str) -> list[dict]:
    return [dict(r) for r in s.execute(text(sql)).mappings()]


def state(uow_factory, audit_from: int, live=False, bare=False, older=None) -> dict:
    """Everything an import writes, by content (ids replaced by what they name);
    ``live``: right after an import, whose log and history rows name stored records;
    ``bare``: without the log, the history and the stamps an undo sets; ``older``:
    {table: ids} of records whose version an undo in between raised."""
    older = older or {}
    skip = {"id", "created_at", "updated_at", "recorded_at", "changed_at", "imported_at"}
    if bare:
        skip |= {"updated_by", "version"}
    with uow_factory() as uow:
        s = uow.session
        names = {}
        for table, cols in (("organisation", "name"), ("person", "last_name || email")):
            for r in _rows(s, f"SELECT id, {cols} AS n FROM {table}"):
                names[(table, r["id"])] = r["n"]
        tag = {r["id"]: r["name"] for r in _rows(s, "SELECT id, name FROM tag")}

        def named(table: str, value):
            return names.get((table, value), value)

        out: dict[str, list] = {}
        for table in ("organisation", "person"):
            out[table] = sorted(
                repr(sorted((k, v) for k, v in r.items() if k not in skip and
                            not (k == "version" and r["id"] in older.get(table, ()))))
                for r in _rows(s, f"SELECT * FROM {table}")
            )  # fmt: skip
        out["affiliation"] = sorted(
            repr(
                (
                    named("person", r["person_id"]),
                    named("organisation", r["organisation_id"]),
                    r["function"],
                    r["department"],
                    bool(r["is_primary"]),
                )
            )  # fmt: skip
            for r in _rows(s, "SELECT * FROM affiliation")
        )
        for link, owner in (("organisation_tag", "organisation"), ("person_tag", "person")):
            out[link] = sorted(
                (str(named(owner, r[f"{owner}_id"])), tag[r["tag_id"]])
                for r in _rows(s, f"SELECT * FROM {link}")
            )
        out["tag"] = sorted(tag.values())
        audit = _rows(s, f"SELECT * FROM audit_log WHERE id > {audit_from} ORDER BY id")
        for r in audit:  # the row id names a record of its table
            if live and r["table_name"] in ("organisation", "person"):
                assert (r["table_name"], r["row_id"]) in names, r
        out["audit"] = sorted(
            repr((r["table_name"], r["action"], r["record_label"], r["user_name"],
                  named("person", r["person_id"]),
                  {k: v for k, v in json.loads(r["changes"]).items() if k not in NEW_IDS}))
            for r in audit
        )  # fmt: skip
        changes = _rows(
            s, "SELECT * FROM import_change WHERE run_id = (SELECT max(id) FROM import_run)"
        )
        for r in changes:
            if live and r["table_name"] in ("organisation", "person"):
                assert (r["table_name"], r["row_id"]) in names, r
        out["history"] = sorted(
            repr(
                (
                    r["table_name"],
                    r["action"],
                    None if r["row_id"] in older.get(r["table_name"], ()) else r["version_after"],
                    _before(r["before"]),
                )
            )
            for r in changes
        )
        dialect = s.get_bind().dialect.name
        for kind in ("organisation", "person"):
            t, id_col = index_table(kind, dialect)
            out[f"search_{kind}"] = sorted(
                (str(named(kind, i)), key) for i, key in s.execute(select(id_col, t.c.key))
            )
    if bare:
        del out["audit"], out["history"]
    return out


def _before(raw: str) -> dict:
    before = json.loads(raw)
    if "_after" in before:
        before["_after"] = {k: v for k, v in before["_after"].items() if k not in NEW_IDS}
    return before


def import_with(services, bulk: bool, monkeypatch, rows=ROWS):
    """Plan and apply ``rows``; (summary, change notices, INSERTs into person sent)."""
    monkeypatch.setattr(Writer, "BULK", bulk)
    seen, inserts = [], []

    def count(_conn, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith("INSERT INTO PERSON "):
            inserts.append(statement)

    unsubscribe = services.uow.subscribe(seen.append)
    event.listen(services.uow.engine, "before_cursor_execute", count)
    try:
        service = ImportService(services.uow)
        plan = service.plan(rows, suggest(rows), "fill", source_name="liste.xlsx", today=TODAY)
        summary = service.apply(plan)
    finally:
        event.remove(services.uow.engine, "before_cursor_execute", count)
        unsubscribe()
    return summary, seen, len(inserts)


def last_audit_id(services) -> int:
    with services.uow() as uow:
        return uow.session.execute(text("SELECT coalesce(max(id), 0) FROM audit_log")).scalar()


def test_bulk_write_equals_the_orm_path_and_undoes(services, known, monkeypatch):
    services.uow.user_name = "Anna Beispiel"
    start = last_audit_id(services)
    before = state(services.uow, start, bare=True)
    history = ImportHistory(services.uow)

    orm_summary, orm_seen, orm_inserts = import_with(services, False, monkeypatch)
    older = {"organisation": {known["org"]}, "person": {known["person"]}}
    by_orm = state(services.uow, start, live=True, older=older)
    history.undo(history.runs()[0].id)
    assert state(services.uow, start, bare=True) == before
    middle = last_audit_id(services)

    bulk_summary, bulk_seen, bulk_inserts = import_with(services, True, monkeypatch)
    by_bulk = state(services.uow, middle, live=True, older=older)
    by_orm_rest = {k: v for k, v in by_orm.items()}
    assert bulk_summary == orm_summary
    assert bulk_inserts == 1  # one executemany for the new people
    if services.uow.engine.dialect.name == "sqlite":
        assert orm_inserts == 3  # the ORM: one INSERT per person (PostgreSQL batches)
    assert bulk_summary.people_new == 3 and bulk_summary.organisations_new == 2
    for key in by_orm_rest:
        only_bulk = [x for x in by_bulk[key] if x not in by_orm_rest[key]]
        only_orm = [x for x in by_orm_rest[key] if x not in by_bulk[key]]
        assert (key, only_bulk, only_orm) == (key, [], [])
        assert by_bulk[key] == by_orm_rest[key]
    assert len(by_bulk["audit"]) >= 8
    # change notices: the same topics, and the new people's ids named
    (orm_changes,), (bulk_changes,) = orm_seen, bulk_seen
    assert bulk_changes.topics == orm_changes.topics
    assert len(bulk_changes.ids_of("people")) == len(orm_changes.ids_of("people")) == 4
    assert len(bulk_changes.ids_of("organisations")) == len(orm_changes.ids_of("organisations"))

    history.undo(history.runs()[0].id)
    assert state(services.uow, middle, bare=True) == before


def test_bulk_write_text_guard_saves_nothing(services, known, monkeypatch):
    """A text the guard refuses in a new record: the German message, nothing saved."""
    monkeypatch.setattr(Writer, "BULK", True)
    start = last_audit_id(services)
    before = state(services.uow, start)
    service = ImportService(services.uow)
    plan = service.plan(ROWS, suggest(ROWS), "fill", source_name="liste.xlsx", today=TODAY)
    new = next(r for r in plan.rows if r.person_data and r.person_data.last_name == "Buchfink")
    new.person_data.first_name = "Be\x00rit"  # slipped past the row checks
    with pytest.raises(ValidationError) as err:
        service.apply(plan)
    assert "first_name" in err.value.errors
    assert state(services.uow, start) == before


def test_the_safety_backup_before_writing_can_be_left_to_the_caller(services, known):
    """``apply`` copies the database first ("vor-import"); with ``backup=False`` (the
    caller made the copy itself, as the benchmark does to time it apart) it does not."""
    from wba_desktop import paths
    from wba_desktop.db.backup import BEFORE_IMPORT, list_backups
    from wba_desktop.db.health import sqlite_path

    path = sqlite_path(services.uow.engine)
    if path is None:
        pytest.skip("PostgreSQL: no copy of its own before an import (the server's backups)")
    stem = path.stem
    service = ImportService(services.uow)

    def backups() -> list:
        return [b for b in list_backups(paths.backup_dir(), stem) if b.reason == BEFORE_IMPORT]

    plan = service.plan(ROWS[:3], suggest(ROWS[:3]), "fill", source_name="a.xlsx", today=TODAY)
    assert service.apply(plan, backup=False).new > 0
    assert backups() == []
    rows = [ROWS[0], *ROWS[3:6]]  # the header row, then three more
    plan = service.plan(rows, suggest(rows), "fill", source_name="b.xlsx", today=TODAY)
    assert service.apply(plan).new > 0
    assert len(backups()) == 1
