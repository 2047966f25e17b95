"""Round trip: people with organisations exported to xlsx and imported into an empty
database come back as they were (the import reads what the export writes).

All names are invented.
"""

from __future__ import annotations

import pytest

from wba_desktop.db import UnitOfWorkFactory, create_db_engine
from wba_desktop.db.migrate import ensure_schema
from wba_desktop.exchange.mapping import suggest
from wba_desktop.exchange.spreadsheet import read_rows
from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData, PersonFilter
from wba_desktop.services.importing.service import ImportService

COMPARED = [
    "name", "salutation", "title", "first_name", "last_name", "organisation", "department",
    "function", "email", "phone", "mobile", "street", "postcode", "city", "region_name",
    "wba_region",
]  # fmt: skip


@pytest.fixture
def source(services) -> Services:
    ref = services.reference
    type_id = ref.organisation_types()[0].id
    region = next(r for r in ref.regions() if r.name == "Wittenberg")
    org = services.organisations.create(
        OrganisationData(
            name="Kräutergarten Elbaue gGmbH",
            type_id=type_id,
            region_id=region.id,
            street="Am Erfundenen Deich 3",
            postcode="06886",
            city="Lutherstadt Wittenberg",
        )
    ).id
    other = services.organisations.create(
        OrganisationData(name="Zukunftswerkstatt Ödland", type_id=type_id, city="Nirgendwo")
    ).id
    people = [
        (PersonData("Größlein", "Änne", "Frau", "Dr.", "a.groesslein@elbaue.example",
                    "+49 3491 123456"), org, "Geschäftsführerin", "Verwaltung"),
        (PersonData("Quast", "Ulf", "Herr", "Prof. Dr.", "u.quast@elbaue.example",
                    mobile="+49 170 1234567"), org, "=Beirat+Vorsitz", ""),
        (PersonData("Öhme", "Jörn", "Herr", email="j.oehme@oedland.example"), other, "", ""),
        (PersonData("Zander", "Zita", email="z.zander@mail.example"), None, "", ""),
    ]  # fmt: skip
    for data, org_id, function, department in people:
        pid = services.people.create(data).id
        if org_id is not None:
            services.affiliations.save(
                AffiliationData(
                    person_id=pid,
                    organisation_id=org_id,
                    function=function,
                    department=department,
                    is_primary=True,
                )
            )
    return services


def _rows(services: Services) -> list[list]:
    table = services.exports.people_table(PersonFilter(), columns=COMPARED)
    return [list(r) for r in table.rows]


def test_exported_people_import_into_an_empty_database(source, tmp_path):
    path = tmp_path / "personen.xlsx"
    assert source.exports.export("people", PersonFilter(), path=path).rows == 4

    engine = create_db_engine("sqlite:///" + (tmp_path / "leer.sqlite3").as_posix())
    try:
        ensure_schema(engine)
        uow = UnitOfWorkFactory(engine)
        rows = read_rows(path)
        plan = ImportService(uow).plan(rows, suggest(rows))
        assert not plan.rejected
        summary = ImportService(uow).apply(plan)
        assert (summary.people_new, summary.organisations_new) == (4, 2)
        target = Services.create(uow)
        assert _rows(target) == _rows(source)
    finally:
        engine.dispose()
