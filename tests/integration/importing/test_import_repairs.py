"""Import repairs: a new tag shared by many rows, and one organisation whose rows carry a
damaged "PLZ Ort" cell. All organisations and people here are invented."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sqlalchemy import func, select

from wba_desktop.exchange.mapping import suggest
from wba_desktop.exchange.spreadsheet import read_rows
from wba_desktop.models import Organisation, Person, Tag
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.importing.service import ImportService


def _xlsx(path: Path, header: list, rows: list[list]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kontakte"
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _plan(services, path: Path):
    rows = read_rows(path)
    return ImportService(services.uow).plan(rows, suggest(rows), source_name=path.name)


def _count(uow_factory, model, *where) -> int:
    with uow_factory() as uow:
        return uow.session.scalar(select(func.count()).select_from(model).where(*where))


# -- 1. a new tag in many rows ------------------------------------------------------------


def test_a_new_tag_in_many_rows_is_created_once(services, uow_factory, tmp_path):
    header = ["Firma", "Vorname", "Nachname", "E-Mail", "Schlagworte"]
    rows = []
    for i in range(12):
        tags = ["Fachkräftesicherung, Netzwerk Süd", "fachkräftesicherung", " FACHKRÄFTESICHERUNG "]
        rows.append(
            [f"Musterbetrieb {i} GmbH", "Anna", f"Beispiel{i}", f"a{i}@muster.example",
             tags[i % 3] + (", Netzwerk  süd" if i % 2 else "")]
        )  # fmt: skip
    rows.append([None, "Otto", "Ohnefirma", "otto@muster.example", "Fachkräftesicherung"])
    path = _xlsx(tmp_path / "schlagworte.xlsx", header, rows)
    plan = _plan(services, path)
    assert not plan.rejected
    predicted = plan.summary()
    summary = ImportService(uow_factory).apply(plan)
    assert (summary.organisations_new, summary.people_new) == (12, 13)
    assert (predicted.organisations_new, predicted.people_new) == (12, 13)
    assert predicted.affiliations_new == summary.affiliations_new == 12
    with uow_factory() as uow:
        names = sorted(uow.session.scalars(select(Tag.name)))
    assert names == ["Fachkräftesicherung", "Netzwerk Süd"]
    tag_id = {t.name: t.id for t in services.reference.tags()}["Fachkräftesicherung"]
    tagged = services.organisations.list_ids(_org_filter(tag_id))
    assert len(tagged) == 12
    # people get the tag of a person-only row; a second import reuses the tags
    again = _plan(services, path)
    ImportService(uow_factory).apply(again)
    assert _count(uow_factory, Tag) == 2


def _org_filter(tag_id: int):
    from wba_desktop.services.directory.organisations import OrganisationFilter

    return OrganisationFilter(tag_ids=(tag_id,), active=None)


def test_tags_of_people_and_an_existing_tag_spelt_otherwise(services, uow_factory, tmp_path):
    types = {t.name: t.id for t in services.reference.organisation_types()}
    services.organisations.create(
        OrganisationData(
            name="Vorhandene Vereinigung", type_id=types["Sonstige"], tags=["Ökologie"]
        )
    )
    header = ["Vorname", "Nachname", "E-Mail", "Schlagworte"]
    rows = [
        ["Lea", f"Erfunden{i}", f"lea{i}@erfunden.example", "ökologie; Beirat, beirat"]
        for i in range(5)
    ]
    plan = _plan(services, _xlsx(tmp_path / "personen.xlsx", header, rows))
    summary = ImportService(uow_factory).apply(plan)
    assert summary.people_new == 5
    with uow_factory() as uow:
        names = sorted(uow.session.scalars(select(Tag.name)))
        people = uow.session.scalars(select(Person)).all()
        assert [sorted(t.name for t in p.tags) for p in people] == [["Beirat", "Ökologie"]] * 5
    assert names == ["Beirat", "Ökologie"]


# -- 2. a damaged "PLZ Ort" ---------------------------------------------------------------

ORG = "Wirtschaftsförderung Musterkreis"
HEADER = ["Firma", "Vorname", "Nachname", "E-Mail", "PLZ Ort"]


def _damaged_rows(cell) -> list[list]:
    return [
        [ORG, "Anna", "Beispiel", "anna@wifoe-muster.example", "06844 Dessau-Roßlau"],
        [ORG, "Bernd", "Muster", "bernd@wifoe-muster.example", cell],
        [ORG + " GmbH", "Carla", "Probe", "carla@wifoe-muster.example", "06844 Dessau-Roßlau"],
        ["Verein Elbwiese e.V.", "Dora", "Erdacht", "dora@elbwiese.example", 39104],
    ]


def _orgs(uow_factory) -> list[tuple[str, str, str]]:
    with uow_factory() as uow:
        return sorted(
            uow.session.execute(select(Organisation.name, Organisation.postcode, Organisation.city))
        )


def test_a_damaged_postcode_city_cell_names_the_same_organisation(services, uow_factory, tmp_path):
    for n, cell in enumerate((6844, "6844", "06844")):
        path = _xlsx(tmp_path / f"liste{n}.xlsx", HEADER, _damaged_rows(cell))
        plan = _plan(services, path)
        assert not plan.rejected
        rows = {r.row_no: r for r in plan.rows}
        assert rows[3].organisation == rows[2].organisation == rows[4].organisation
        if n == 0:
            assert [r.status for r in plan.rows] == ["new", "match", "match", "new"]
            summary = ImportService(uow_factory).apply(plan)
            assert summary.organisations_new == 2 and summary.people_new == 4
            assert _orgs(uow_factory) == [
                ("Verein Elbwiese e.V.", "39104", ""),  # a bare 5-digit number: a postcode
                (ORG, "06844", "Dessau-Roßlau"),
            ]
    with uow_factory() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Person)) == 4


def test_the_damaged_row_first_still_gets_the_city(services, uow_factory, tmp_path):
    rows = _damaged_rows(6844)
    rows[0], rows[1] = rows[1], rows[0]
    plan = _plan(services, _xlsx(tmp_path / "liste.xlsx", HEADER, rows))
    assert len(plan.organisations) == 2
    assert plan.organisations[0].label == f"{ORG} (Dessau-Roßlau)"
    ImportService(uow_factory).apply(plan)
    assert (ORG, "06844", "Dessau-Roßlau") in _orgs(uow_factory)
    assert len(_orgs(uow_factory)) == 2


def test_a_damaged_row_matches_the_organisation_in_the_database(services, uow_factory, tmp_path):
    types = {t.name: t.id for t in services.reference.organisation_types()}
    existing = services.organisations.create(
        OrganisationData(
            name=ORG, type_id=types["Wirtschaftsförderung"], postcode="06844", city="Dessau-Roßlau"
        )
    )
    path = _xlsx(tmp_path / "liste.xlsx", HEADER, [_damaged_rows(6844)[1]])
    plan = _plan(services, path)
    assert plan.organisations[0].match_id == existing.id
    summary = ImportService(uow_factory).apply(plan)
    assert summary.organisations_new == 0
    assert _orgs(uow_factory) == [(ORG, "06844", "Dessau-Roßlau")]


def test_a_conflicting_address_is_another_organisation(services, uow_factory, tmp_path):
    types = {t.name: t.id for t in services.reference.organisation_types()}
    for city, postcode in (("Dessau-Roßlau", "06844"), ("Magdeburg", "39104")):
        services.organisations.create(
            OrganisationData(
                name=ORG, type_id=types["Wirtschaftsförderung"], postcode=postcode, city=city
            )
        )
    rows = [
        [ORG, "Anna", "Beispiel", "anna@wifoe-muster.example", "6844"],  # fits one
        [ORG, "Emil", "Anders", "emil@wifoe-muster.example", "06108 Halle (Saale)"],  # neither
        [ORG, "Frida", "Offen", "frida@wifoe-muster.example", None],  # both: ambiguous
    ]
    plan = _plan(services, _xlsx(tmp_path / "liste.xlsx", HEADER, rows))
    # the third row fits both rows above and both records: ambiguous, so its own
    assert [o.match_id is not None for o in plan.organisations] == [True, False, False]
    assert [r.organisation for r in plan.rows] == [0, 1, 2]
