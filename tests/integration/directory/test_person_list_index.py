"""The person list's id query (listed people, active, by name) is answered from the
covering index of migration 0011 on SQLite, without a look-up of each row; and the
ids come back complete and in order."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.dialects import sqlite

from wba_desktop.models import Person
from wba_desktop.services.directory.people import PersonData, PersonFilter
from wba_desktop.services.listing import Sort


def test_the_list_query_uses_the_covering_index(services, engine, backend):
    if backend != "sqlite":
        pytest.skip("the query plan of SQLite")
    stmt = services.people._filtered(PersonFilter()).order_by(Person.sort_key, Person.id)
    sql = str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with engine.connect() as conn:
        plan = " ".join(row[-1] for row in conn.execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert "INDEX ix_person_listed" in plan
    assert "TEMP B-TREE" not in plan


def test_the_ids_are_the_listed_people_by_name(services, uow_factory):
    for first, last in (("Ute", "Zabel"), ("Olaf", "Ahrens"), ("Ina", "Merkel-Pfau")):
        services.people.create(PersonData(first_name=first, last_name=last))
    gone = services.people.create(PersonData(first_name="Rudi", last_name="Inaktiv")).id
    with uow_factory() as uow:
        uow.session.get(Person, gone).active = False
        uow.commit()
    ids = services.people.list_ids(PersonFilter(), Sort())
    with uow_factory() as uow:
        expected = list(
            uow.session.scalars(
                select(Person.id)
                .where(Person.active.is_(True), Person.anonymised_on.is_(None))
                .where(Person.inquirer.is_(False))
                .order_by(Person.sort_key, Person.id)
            )
        )
    assert ids == expected and gone not in ids
    assert all(isinstance(i, int) for i in ids)
