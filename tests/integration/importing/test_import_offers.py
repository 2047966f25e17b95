"""„Leistungen“ and „Zielgruppen“ in the organisation import: topics matched without
case and spaces, added (not duplicated) to the organisation, an unknown topic rejecting
the row with row, column and value named, and „Import rückgängig“ removing the offers
the import created; the organisation export reads back with its offers. All names are
invented."""

from __future__ import annotations

from wba_desktop.db import UnitOfWorkFactory, create_db_engine
from wba_desktop.db.migrate import ensure_schema
from wba_desktop.exchange.mapping import suggest
from wba_desktop.exchange.spreadsheet import read_rows
from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.organisations import OrganisationData, OrganisationFilter
from wba_desktop.services.importing.service import ImportService
from wba_desktop.services.lotsen.offers import OfferData


def _org(services, name: str) -> int | None:
    found = services.organisations.choices(name)
    return found[0][0] if found else None


def _offers(services, name: str) -> dict[str, tuple[str, ...]]:
    org_id = _org(services, name)
    return {o.topic_name: o.target_groups for o in services.offers.offers_of(org_id)}


def test_import_adds_offers_and_undo_removes_them(services, uow_factory):
    topics = {t.name: t.id for t in services.offers.topics()}
    kinds = {t.name: t.id for t in services.reference.organisation_types()}
    known = services.organisations.create(
        OrganisationData(name="Bildungswerk Testfeld", type_id=kinds["Weiterbildungsträger"])
    ).id
    services.offers.save_offers(known, [OfferData(topics["Umschulung"], note="schon da")])
    rows = [
        ["Organisation", "Art", "Landkreis", "Leistungen", "Zielgruppen"],
        ["Jobcenter Testkreis", "Jobcenter", "Harz", "umschulung; Teil qualifizierung", "KMU"],
        ["Bildungswerk Testfeld", "", "", "Umschulung, Digitalisierung", ""],
        ["Kammer Testfehler", "Kammer (IHK)", "Börde", "Umschulung; Tanzkurs", ""],
        ["Verband Testgruppe", "Verband", "Harz", "Sprachförderung", "Rentner"],
    ]
    mapping = suggest(rows)
    assert {"offers", "offer_groups"} <= set(mapping.fields())
    plan = ImportService(uow_factory).plan(rows, mapping)
    reasons = [r for row in plan.rejected for r in row.reasons]
    assert reasons == [
        "Zeile 4, Spalte D „Leistungen“: „Tanzkurs“ ist kein Thema der Leistungen "
        "(Stammdaten › Themen der Leistungen).",
        "Zeile 5, Spalte E „Zielgruppen“: „Rentner“ ist keine Zielgruppe (möglich: "
        "Beschäftigte, Arbeitsuchende, Unternehmen, KMU, Jugendliche).",
    ]
    summary = ImportService(uow_factory).apply(plan)
    assert summary.offers_new == 3
    assert "Leistungen: 3 neu" in summary.text()
    assert _offers(services, "Jobcenter Testkreis") == {
        "Umschulung": ("KMU",),
        "Teilqualifizierung": ("KMU",),
    }
    known_offers = services.offers.offers_of(known)
    assert [(o.topic_name, o.note) for o in known_offers] == [
        ("Umschulung", "schon da"),  # not duplicated, not changed
        ("Digitalisierung", ""),
    ]
    assert _org(services, "Kammer Testfehler") is None

    # importing the same file again adds nothing
    plan = ImportService(uow_factory).plan(rows, mapping)
    assert ImportService(uow_factory).apply(plan).offers_new == 0

    history = services.import_history
    first = history.runs()[-1].id
    preview = history.preview(first)
    assert "3 Leistungen" in preview.text()
    history.undo(history.runs()[0].id)  # the second run: nothing of its own
    history.undo(first)
    assert _org(services, "Jobcenter Testkreis") is None
    assert [o.topic_name for o in services.offers.offers_of(known)] == ["Umschulung"]


def test_exported_offers_import_into_an_empty_database(services, tmp_path):
    topics = {t.name: t.id for t in services.offers.topics()}
    kinds = {t.name: t.id for t in services.reference.organisation_types()}
    org = services.organisations.create(
        OrganisationData(name="Agentur Exporttest", type_id=kinds["Agentur für Arbeit"])
    ).id
    services.offers.save_offers(
        org,
        [
            OfferData(topics["Weiterbildungsberatung"], ("Beschäftigte",)),
            OfferData(topics["Förderberatung Qualifizierungschancengesetz"], ("KMU",)),
        ],
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
        assert _offers(Services.create(uow), "Agentur Exporttest") == {
            "Weiterbildungsberatung": ("Beschäftigte", "KMU"),
            "Förderberatung Qualifizierungschancengesetz": ("Beschäftigte", "KMU"),
        }
    finally:
        engine.dispose()


def test_the_template_explains_both_columns():
    from wba_desktop.exchange import import_template
    from wba_desktop.models.lotsen import TARGET_GROUPS

    groups = next(c for c in import_template.COLUMNS if c.header == "Zielgruppen")
    assert all(f"„{g}“" in groups.help_row()[2] for g in TARGET_GROUPS)
    headers = [c.header for c in import_template.COLUMNS]
    assert {"Leistungen", "Zielgruppen"} <= set(headers)
    assert set(suggest([headers]).fields()) >= {"offers", "offer_groups"}
