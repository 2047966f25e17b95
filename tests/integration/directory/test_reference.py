"""Reference data an administrator edits: districts, kinds, relation types, tags."""

from __future__ import annotations

import pytest

from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.services.directory.organisations import OrganisationData, OrganisationFilter


@pytest.fixture
def region_ids(services) -> dict[str, int]:
    return {r.name: r.id for r in services.reference.regions()}


def test_regions_sorted_german(services):
    names = [r.name for r in services.reference.regions()]
    assert len(names) == 14
    assert names[:4] == ["Altmarkkreis Salzwedel", "Anhalt-Bitterfeld", "Börde", "Burgenlandkreis"]
    assert names[-1] == "Wittenberg"


def test_wba_regions_in_fixed_order(services):
    assert services.reference.wba_regions() == ["Nord", "Süd", "Ost", "West"]


def test_set_wba_region_changes_filters(services, region_ids):
    harz = region_ids["Harz"]
    type_id = services.reference.organisation_types()[0].id
    org = services.organisations.create(
        OrganisationData(name="Harzer Bildung", type_id=type_id, region_id=harz)
    )
    info = services.reference.set_wba_region(harz, "  Süd ")
    assert (info.name, info.wba_region) == ("Harz", "Süd")
    stored = {r.name: r.wba_region for r in services.reference.regions()}
    assert stored["Harz"] == "Süd"
    assert services.organisations.get(org.id).wba_region == "Süd"
    flt = OrganisationFilter(wba_regions=("Süd",))
    assert services.organisations.list_ids(flt) == [org.id]


def test_set_wba_region_new_name_listed_after_the_four(services, region_ids):
    services.reference.set_wba_region(region_ids["Stendal"], "Pfalz")
    services.reference.set_wba_region(region_ids["Harz"], "Ödland")
    # the four stay listed (even when unused), extra names follow in German order
    assert services.reference.wba_regions() == ["Nord", "Süd", "Ost", "West", "Ödland", "Pfalz"]
    for name in ("Salzlandkreis",):
        services.reference.set_wba_region(region_ids[name], "Ödland")
    assert "West" in services.reference.wba_regions()


def test_set_wba_region_rejects_empty_and_unknown(services, region_ids):
    with pytest.raises(ValidationError) as info:
        services.reference.set_wba_region(region_ids["Harz"], "  ")
    assert set(info.value.errors) == {"wba_region"}
    with pytest.raises(NotFoundError):
        services.reference.set_wba_region(999, "Nord")
    assert {r.name: r.wba_region for r in services.reference.regions()}["Harz"] == "West"


def test_save_organisation_type_new_and_edit(services):
    ref = services.reference
    created = ref.save_organisation_type(" Stiftung ", "#123456", True)
    assert (created.name, created.colour, created.is_multiplier) == ("Stiftung", "#123456", True)
    types = ref.organisation_types()
    assert types[-1] == created and len(types) == 18
    edited = ref.save_organisation_type("Stiftung / Fonds", "", False, type_id=created.id)
    assert (edited.id, edited.name, edited.colour) == (created.id, "Stiftung / Fonds", "#808080")
    assert edited.is_multiplier is False
    # saving under its own name is not a clash
    ref.save_organisation_type("Stiftung / Fonds", "#000000", False, type_id=created.id)


@pytest.mark.parametrize("name", ["Gewerkschaft", "gewerkschaft", " GEWERKSCHAFT "])
def test_save_organisation_type_rejects_duplicate_name(services, name):
    with pytest.raises(ValidationError) as info:
        services.reference.save_organisation_type(name, "#ffffff", True)
    assert set(info.value.errors) == {"name"}
    assert "gibt es schon" in info.value.errors["name"]
    assert len(services.reference.organisation_types()) == 17


def test_save_organisation_type_rejects_renaming_onto_another(services):
    ref = services.reference
    sonstige = next(t for t in ref.organisation_types() if t.name == "Sonstige")
    with pytest.raises(ValidationError):
        ref.save_organisation_type("Jobcenter", "#ffffff", True, type_id=sonstige.id)
    assert "Sonstige" in {t.name for t in ref.organisation_types()}


def test_save_organisation_type_requires_name(services):
    with pytest.raises(ValidationError) as info:
        services.reference.save_organisation_type("  ", "#ffffff", True)
    assert info.value.errors["name"].startswith("Bezeichnung")


@pytest.mark.parametrize("second", ["Ärztekammer", "ärztekammer", "ÄRZTEKAMMER"])
def test_save_organisation_type_rejects_duplicate_umlaut_name(services, second):
    # regression: SQLite's own lower() folded ASCII only, so this ended in IntegrityError
    services.reference.save_organisation_type("Ärztekammer", "#ffffff", True)
    with pytest.raises(ValidationError) as info:
        services.reference.save_organisation_type(second, "#ffffff", True)
    assert set(info.value.errors) == {"name"}
    assert len(services.reference.organisation_types()) == 18


def test_save_relation_type_rejects_duplicate_name(services):
    ref = services.reference
    before = ref.relation_types()
    with pytest.raises(ValidationError) as info:
        ref.save_relation_type("kooperation", "arbeitet mit", None, False)
    assert set(info.value.errors) == {"name"}
    assert ref.relation_types() == before
    beratung = next(t for t in before if t.name == "Beratung")
    with pytest.raises(ValidationError):
        ref.save_relation_type("Förderung", "berät", "wird beraten von", True, beratung.id)
    assert ref.relation_types() == before


def test_save_relation_type_directed_needs_reverse_label(services):
    before = services.reference.relation_types()
    with pytest.raises(ValidationError) as info:
        services.reference.save_relation_type("Patenschaft", "ist Pate von", "  ", True)
    assert set(info.value.errors) == {"reverse_label"}
    assert info.value.errors["reverse_label"].startswith("Bezeichnung rückwärts")
    assert services.reference.relation_types() == before


def test_save_relation_type_directed_and_symmetric(services):
    ref = services.reference
    directed = ref.save_relation_type("Patenschaft", "ist Pate von", "hat als Paten", True)
    assert (directed.label(True), directed.label(False)) == ("ist Pate von", "hat als Paten")
    symmetric = ref.save_relation_type("Austausch", "tauscht sich aus mit", "ignoriert", False)
    assert symmetric.reverse_label is None
    assert symmetric.label(False) == "tauscht sich aus mit"
    assert {t.name for t in ref.relation_types()} >= {"Patenschaft", "Austausch"}
    renamed = ref.save_relation_type(
        "Paten", "ist Pate von", "hat Paten", True, type_id=directed.id
    )
    assert (renamed.id, renamed.name, renamed.reverse_label) == (directed.id, "Paten", "hat Paten")


def test_save_relation_type_requires_labels(services):
    with pytest.raises(ValidationError) as info:
        services.reference.save_relation_type("", "", None, False)
    assert set(info.value.errors) == {"name", "forward_label"}


def _tag_org(services, name, tags):
    type_id = services.reference.organisation_types()[0].id
    services.organisations.create(OrganisationData(name=name, type_id=type_id, tags=tags))


def test_tags_sorted_german_and_shared_case_insensitively(services):
    _tag_org(services, "Eins", ["Zukunft", "Ärzte", "Bau", "Apotheke"])
    _tag_org(services, "Zwei", ["bau", "ZUKUNFT"])
    names = [t.name for t in services.reference.tags()]
    assert names == ["Apotheke", "Ärzte", "Bau", "Zukunft"]


def test_existing_umlaut_tag_can_be_reused(services):
    # regression: 'Ökologie' was not found again on SQLite and the insert failed
    _tag_org(services, "Eins", ["Ökologie"])
    _tag_org(services, "Zwei", ["Ökologie"])
    _tag_org(services, "Drei", ["ökologie", "ÖKOLOGIE"])
    assert [t.name for t in services.reference.tags()] == ["Ökologie"]
