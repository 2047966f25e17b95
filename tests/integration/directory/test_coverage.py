"""Coverage („Zuständig für“) on a real database: saved with the organisation's form,
one version step, a conflict on a stale save, in the audit log, and the ``covering``
query by seat or coverage."""

from __future__ import annotations

import pytest

from wba_desktop.errors import StaleEdit, ValidationError
from wba_desktop.services.directory.organisations import OrganisationData


@pytest.fixture
def types(services) -> dict[str, int]:
    return {t.name: t.id for t in services.reference.organisation_types()}


@pytest.fixture
def regions(services) -> dict[str, int]:
    return {r.name: r.id for r in services.reference.regions()}


def _chamber(services, types, regions, name="IHK Testland", covers=()):
    return services.organisations.create(
        OrganisationData(
            name=name,
            type_id=types["Kammer (IHK)"],
            region_id=regions["Magdeburg"],
            coverage_region_ids=[regions[r] for r in covers],
        )
    )


def test_coverage_round_trip_through_the_form(services, types, regions):
    created = _chamber(services, types, regions, covers=("Harz", "Börde"))
    assert created.data.coverage_region_ids == sorted([regions["Harz"], regions["Börde"]])
    assert created.coverage_label == "Börde, Harz"
    assert services.coverage.of(created.id) == sorted([regions["Harz"], regions["Börde"]])

    data = services.organisations.get(created.id).data
    data.coverage_region_ids = list(regions.values())
    saved = services.organisations.update(created.id, data, created.version)
    assert saved.version == created.version + 1  # a change of the coverage alone counts
    assert saved.coverage_label == "ganz Sachsen-Anhalt"
    assert len(services.coverage.of(created.id)) == 14

    # a form without the field (an import without the column) keeps the coverage
    data = services.organisations.get(created.id).data
    data.coverage_region_ids = None
    data.phone = "0391 1234"
    services.organisations.update(created.id, data, saved.version)
    assert len(services.coverage.of(created.id)) == 14


def test_unknown_district_is_refused(services, types, regions):
    with pytest.raises(ValidationError) as err:
        services.organisations.create(
            OrganisationData(name="X", type_id=types["Jobcenter"], coverage_region_ids=[99999])
        )
    assert "Zuständig für" in err.value.errors["coverage_region_ids"]


def test_set_checks_the_version_and_is_audited(services, types, regions):
    org = _chamber(services, types, regions, covers=("Harz",))
    version = services.coverage.set(org.id, [regions["Harz"], regions["Stendal"]], org.version)
    assert version == org.version + 1
    with pytest.raises(StaleEdit):
        services.coverage.set(org.id, [], org.version)
    assert services.coverage.of(org.id) == sorted([regions["Harz"], regions["Stendal"]])

    rows = services.audit.for_record("organisation", org.id)
    changes = [c for r in rows for c in r.changes if c.field == "Zuständig für"]
    assert changes, [r.summary for r in rows]
    last = changes[0] if "Stendal" in str(changes[0].new) else changes[-1]
    assert "Stendal" in str(last.new) and "Stendal" not in str(last.old)


def test_covering_by_seat_or_coverage(services, types, regions):
    ihk = _chamber(services, types, regions, "IHK Nordtest", covers=("Harz", "Börde"))
    local = services.organisations.create(
        OrganisationData(
            name="Jobcenter Harztest", type_id=types["Jobcenter"], region_id=regions["Harz"]
        )
    )
    services.organisations.create(
        OrganisationData(
            name="Kammer Südtest", type_id=types["Kammer (HWK)"], region_id=regions["Saalekreis"]
        )
    )
    found = services.coverage.covering(regions["Harz"])
    assert [(p.id, p.by_seat) for p in found] == [(local.id, True), (ihk.id, False)]
    assert found[1].how == "Zuständigkeit" and found[1].seat == "Magdeburg"
    assert [p.id for p in services.coverage.covering(regions["Harz"], kinds=["kammer (ihk)"])] == [
        ihk.id
    ]
    assert [p.id for p in services.coverage.covering(regions["Magdeburg"])] == [ihk.id]
    assert services.coverage.covering(regions["Stendal"], kinds=[types["Kammer (IHK)"]]) == []

    entries = services.coverage.entries()
    assert [(e.name, e.districts, e.seat) for e in entries] == [
        ("IHK Nordtest", ("Börde", "Harz"), "Magdeburg")
    ]
    services.organisations.set_active(ihk.id, False)
    assert services.coverage.covering(regions["Harz"]) == [found[0]]


def test_export_has_a_zustaendigkeit_column(services, types, regions, tmp_path):
    from openpyxl import load_workbook

    from wba_desktop.services.directory.organisations import OrganisationFilter

    _chamber(services, types, regions, "IHK Exporttest", covers=("Harz", "Börde"))
    services.organisations.create(
        OrganisationData(
            name="Landesamt Exporttest",
            type_id=types["Landesbehörde / Ministerium"],
            coverage_region_ids=list(regions.values()),
        )
    )
    services.organisations.create(
        OrganisationData(name="Firma Exporttest", type_id=types["Unternehmen"])
    )
    path = tmp_path / "orgs.xlsx"
    services.exports.export("organisations", OrganisationFilter(), path=path)
    sheet = load_workbook(path)["Organisationen"]
    rows = list(sheet.iter_rows(values_only=True))
    header = next(r for r in rows if r and "Zuständigkeit" in r)
    col, name = header.index("Zuständigkeit"), header.index("Name")
    found = {r[name]: r[col] for r in rows[rows.index(header) + 1 :] if r and r[name]}
    assert found["IHK Exporttest"] == "Börde, Harz"
    assert found["Landesamt Exporttest"] == "ganz Sachsen-Anhalt"
    assert found["Firma Exporttest"] in ("", None)


def test_merge_unites_the_coverage(services, types, regions):
    keep = _chamber(services, types, regions, "IHK Doppelt", covers=("Harz",))
    gone = services.organisations.create(
        OrganisationData(
            name="IHK Doppelt eV",
            type_id=types["Kammer (IHK)"],
            city="Anderswo",
            coverage_region_ids=[regions["Börde"]],
        )
    )
    preview = services.merge.preview_organisations(keep.id, gone.id)
    row = next(f for f in preview.fields if f.name == "coverage_region_ids")
    assert (row.label, row.a_text, row.b_text) == ("Zuständig für", "Harz", "Börde")
    services.merge.merge_organisations(keep.id, gone.id, {})
    assert services.coverage.of(keep.id) == sorted([regions["Harz"], regions["Börde"]])
