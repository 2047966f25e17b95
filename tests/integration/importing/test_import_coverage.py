"""„Zuständigkeit“ in the organisation import: district names separated by comma or
semicolon, „Sachsen-Anhalt“/„landesweit“ for all 14; unknown names warned about;
the organisation export reads back with its coverage. All names are invented."""

from __future__ import annotations

from wba_desktop.db import UnitOfWorkFactory, create_db_engine
from wba_desktop.db.migrate import ensure_schema
from wba_desktop.exchange.mapping import suggest
from wba_desktop.exchange.spreadsheet import read_rows
from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.organisations import OrganisationData, OrganisationFilter
from wba_desktop.services.importing.service import ImportService


def _covered(services, name: str) -> set[str]:
    regions = {r.id: r.name for r in services.reference.regions()}
    return {regions[i] for i in services.coverage.of(services.network.find_organisation(name))}


def test_import_reads_the_zustaendigkeit_column(services, uow_factory):
    rows = [
        ["Organisation", "Art", "Landkreis", "Zuständigkeit"],
        ["Kammer Testnord", "Kammer (IHK)", "Magdeburg", "Harz; Börde, Stendal"],
        ["Landesamt Testweit", "Landesbehörde", "Magdeburg", "Sachsen-Anhalt"],
        ["Verband Testweit", "Verband", "Halle (Saale)", "landesweit"],
        ["Firma Testlos", "Unternehmen", "Harz", ""],
        ["Agentur Testfehler", "Agentur für Arbeit", "Harz", "Harz, Atlantis"],
    ]
    mapping = suggest(rows)
    assert "coverage" in mapping.fields()
    plan = ImportService(uow_factory).plan(rows, mapping)
    assert not plan.rejected
    warned = [w for r in plan.rows for w in r.warnings if "Atlantis" in w]
    assert warned == ["Spalte D „Zuständigkeit“: „Atlantis“ ist kein Landkreis in Sachsen-Anhalt"]
    ImportService(uow_factory).apply(plan)
    assert _covered(services, "Kammer Testnord") == {"Harz", "Börde", "Stendal"}
    assert len(_covered(services, "Landesamt Testweit")) == 14
    assert len(_covered(services, "Verband Testweit")) == 14
    assert _covered(services, "Firma Testlos") == set()
    assert _covered(services, "Agentur Testfehler") == {"Harz"}

    # a second file adds districts and an empty cell keeps what is stored
    again = [
        ["Organisation", "Zuständigkeit"],
        ["Kammer Testnord", "Salzlandkreis"],
        ["Agentur Testfehler", ""],
    ]
    plan = ImportService(uow_factory).plan(again, suggest(again))
    ImportService(uow_factory).apply(plan)
    assert _covered(services, "Kammer Testnord") == {"Harz", "Börde", "Stendal", "Salzlandkreis"}
    assert _covered(services, "Agentur Testfehler") == {"Harz"}


def test_exported_coverage_imports_into_an_empty_database(services, tmp_path):
    regions = {r.name: r.id for r in services.reference.regions()}
    kinds = {t.name: t.id for t in services.reference.organisation_types()}
    services.organisations.create(
        OrganisationData(
            name="Kammer Exportsüd",
            type_id=kinds["Kammer (HWK)"],
            region_id=regions["Halle (Saale)"],
            coverage_region_ids=[regions["Saalekreis"], regions["Burgenlandkreis"]],
        )
    )
    services.organisations.create(
        OrganisationData(
            name="Ministerium Exportweit",
            type_id=kinds["Landesbehörde / Ministerium"],
            coverage_region_ids=list(regions.values()),
        )
    )
    path = tmp_path / "organisationen.xlsx"
    services.exports.export("organisations", OrganisationFilter(), path=path)
    engine = create_db_engine("sqlite:///" + (tmp_path / "leer.sqlite3").as_posix())
    try:
        ensure_schema(engine)
        uow = UnitOfWorkFactory(engine)
        rows = read_rows(path)
        plan = ImportService(uow).plan(rows, suggest(rows))
        assert not plan.rejected
        ImportService(uow).apply(plan)
        target = Services.create(uow)
        assert _covered(target, "Kammer Exportsüd") == {"Saalekreis", "Burgenlandkreis"}
        assert len(_covered(target, "Ministerium Exportweit")) == 14
    finally:
        engine.dispose()
