"""Relations between organisations, labelled from either side, with their rules."""

from __future__ import annotations

from datetime import date

import pytest

from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.relations import RelationData


@pytest.fixture
def rtypes(services) -> dict[str, int]:
    return {t.name: t.id for t in services.reference.relation_types()}


@pytest.fixture
def orgs(services) -> dict[str, int]:
    type_id = services.reference.organisation_types()[0].id
    names = {"firma": "Bau GmbH", "ihk": "IHK Magdeburg", "rkw": "RKW Sachsen-Anhalt"}
    return {
        key: services.organisations.create(OrganisationData(name=name, type_id=type_id)).id
        for key, name in names.items()
    }


def _count(services, org_id) -> int:
    return len(services.relations.for_organisation(org_id))


def test_directed_relation_labelled_from_both_sides(services, orgs, rtypes):
    saved = services.relations.save(
        RelationData(
            source_id=orgs["firma"], target_id=orgs["ihk"], type_id=rtypes["Mitgliedschaft"]
        )
    )
    assert (saved.label, saved.other_name, saved.directed) == (
        "ist Mitglied von",
        "IHK Magdeburg",
        True,
    )
    [from_source] = services.relations.for_organisation(orgs["firma"])
    [from_target] = services.relations.for_organisation(orgs["ihk"])
    assert (from_source.label, from_source.other_id) == ("ist Mitglied von", orgs["ihk"])
    assert (from_target.label, from_target.other_id) == ("hat als Mitglied", orgs["firma"])
    assert from_source.id == from_target.id
    assert services.relations.get(saved.id, orgs["ihk"]).label == "hat als Mitglied"
    assert _count(services, orgs["rkw"]) == 0


def test_symmetric_relation_same_label_both_ways(services, orgs, rtypes):
    services.relations.save(
        RelationData(source_id=orgs["ihk"], target_id=orgs["rkw"], type_id=rtypes["Kooperation"])
    )
    [a] = services.relations.for_organisation(orgs["ihk"])
    [b] = services.relations.for_organisation(orgs["rkw"])
    assert (a.label, a.other_name) == ("kooperiert mit", "RKW Sachsen-Anhalt")
    assert (b.label, b.other_name) == ("kooperiert mit", "IHK Magdeburg")
    assert a.directed is False


def test_saved_from_target_perspective(services, orgs, rtypes):
    info = services.relations.save(
        RelationData(source_id=orgs["firma"], target_id=orgs["ihk"], type_id=rtypes["Beratung"]),
        perspective_id=orgs["ihk"],
    )
    assert (info.label, info.other_id) == ("wird beraten von", orgs["firma"])


def test_no_relation_to_itself(services, orgs, rtypes):
    data = RelationData(source_id=orgs["ihk"], target_id=orgs["ihk"], type_id=rtypes["Kooperation"])
    with pytest.raises(ValidationError) as info:
        services.relations.save(data)
    assert set(info.value.errors) == {"target_id"}
    assert "sich selbst" in info.value.errors["target_id"]
    assert _count(services, orgs["ihk"]) == 0


def test_no_duplicate_of_same_type(services, orgs, rtypes):
    data = RelationData(
        source_id=orgs["firma"], target_id=orgs["ihk"], type_id=rtypes["Mitgliedschaft"]
    )
    services.relations.save(data)
    again = RelationData(
        source_id=orgs["firma"], target_id=orgs["ihk"], type_id=rtypes["Mitgliedschaft"]
    )
    with pytest.raises(ValidationError) as info:
        services.relations.save(again)
    assert set(info.value.errors) == {"type_id"}
    assert "ist Mitglied von" in info.value.errors["type_id"]
    # a different type between the same pair is fine
    services.relations.save(
        RelationData(source_id=orgs["firma"], target_id=orgs["ihk"], type_id=rtypes["Beratung"])
    )
    assert _count(services, orgs["firma"]) == 2


def test_no_reversed_duplicate_of_symmetric_type(services, orgs, rtypes):
    services.relations.save(
        RelationData(source_id=orgs["ihk"], target_id=orgs["rkw"], type_id=rtypes["Kooperation"])
    )
    reversed_ = RelationData(
        source_id=orgs["rkw"], target_id=orgs["ihk"], type_id=rtypes["Kooperation"]
    )
    with pytest.raises(ValidationError) as info:
        services.relations.save(reversed_)
    assert "type_id" in info.value.errors
    assert _count(services, orgs["ihk"]) == 1


def test_reversed_directed_relation_is_a_different_fact(services, orgs, rtypes):
    # "A berät B" and "B berät A" can both be true
    for src, dst in (("ihk", "rkw"), ("rkw", "ihk")):
        services.relations.save(
            RelationData(source_id=orgs[src], target_id=orgs[dst], type_id=rtypes["Beratung"])
        )
    labels = sorted(r.label for r in services.relations.for_organisation(orgs["ihk"]))
    assert labels == ["berät", "wird beraten von"]


@pytest.mark.parametrize("strength", [0, 4, -1])
def test_strength_out_of_range_rejected(services, orgs, rtypes, strength):
    data = RelationData(
        source_id=orgs["ihk"], target_id=orgs["rkw"], type_id=rtypes["Förderung"], strength=strength
    )
    with pytest.raises(ValidationError) as info:
        services.relations.save(data)
    assert set(info.value.errors) == {"strength"}
    assert info.value.errors["strength"].startswith("Stärke")
    assert _count(services, orgs["ihk"]) == 0


def test_until_before_from_rejected(services, orgs, rtypes):
    data = RelationData(
        source_id=orgs["ihk"],
        target_id=orgs["rkw"],
        type_id=rtypes["Förderung"],
        valid_from=date(2024, 3, 1),
        valid_until=date(2023, 3, 1),
    )
    with pytest.raises(ValidationError) as info:
        services.relations.save(data)
    assert set(info.value.errors) == {"valid_until"}
    assert info.value.errors["valid_until"].startswith("Bis:")
    assert _count(services, orgs["ihk"]) == 0


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"source_id": None}, "source_id"),
        ({"target_id": None}, "target_id"),
        ({"type_id": None}, "type_id"),
        ({"type_id": 999}, "type_id"),
        ({"target_id": 999}, "target_id"),
    ],
)
def test_missing_or_unknown_parts_rejected(services, orgs, rtypes, changes, field):
    kw = {"source_id": orgs["ihk"], "target_id": orgs["rkw"], "type_id": rtypes["Kooperation"]}
    with pytest.raises(ValidationError) as info:
        services.relations.save(RelationData(**{**kw, **changes}))
    assert field in info.value.errors
    assert _count(services, orgs["ihk"]) == 0


def test_update_and_delete(services, orgs, rtypes):
    saved = services.relations.save(
        RelationData(source_id=orgs["ihk"], target_id=orgs["rkw"], type_id=rtypes["Förderung"])
    )
    data = saved.data
    data.strength, data.note = 3, "  Landesprogramm  "
    updated = services.relations.save(data, relation_id=saved.id)
    assert (updated.id, updated.strength, updated.note) == (saved.id, 3, "Landesprogramm")
    assert _count(services, orgs["ihk"]) == 1
    services.relations.delete(saved.id)
    with pytest.raises(NotFoundError):
        services.relations.get(saved.id, orgs["ihk"])
    assert _count(services, orgs["rkw"]) == 0


def test_ended_relations_listed_after_current(services, orgs, rtypes):
    rel = services.relations
    rel.save(
        RelationData(
            source_id=orgs["ihk"],
            target_id=orgs["firma"],
            type_id=rtypes["Kooperation"],
            valid_until=date(2001, 1, 1),
        )
    )
    rel.save(RelationData(source_id=orgs["ihk"], target_id=orgs["rkw"], type_id=rtypes["Beratung"]))
    infos = rel.for_organisation(orgs["ihk"])
    assert [(i.other_name, i.current) for i in infos] == [
        ("RKW Sachsen-Anhalt", True),
        ("Bau GmbH", False),
    ]
