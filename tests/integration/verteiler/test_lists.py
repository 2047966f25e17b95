"""Verteiler: static member lists and saved filters, on a real database."""

from __future__ import annotations

import pytest

from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.verteiler.lists import Criteria


@pytest.fixture
def network(services):
    types = {t.name: t.id for t in services.reference.organisation_types()}
    regions = {r.name: r.id for r in services.reference.regions()}
    ihk = services.organisations.create(
        OrganisationData(
            name="IHK Halle-Dessau",
            type_id=types["Kammer (IHK)"],
            region_id=regions["Halle (Saale)"],
            tags=["Energie"],
        )
    )
    firm = services.organisations.create(
        OrganisationData(
            name="Harzer Metall GmbH", type_id=types["Unternehmen"], region_id=regions["Harz"]
        )
    )
    people = {}
    for key, last, org, function in (
        ("anna", "Albrecht", ihk, "Referentin Weiterbildung"),
        ("bert", "Brückner", ihk, "Geschäftsführer"),
        ("carl", "Cöster", firm, "Geschäftsführer"),
    ):
        p = services.people.create(PersonData(last_name=last, first_name=key.title()))
        services.affiliations.save(
            AffiliationData(person_id=p.id, organisation_id=org.id, function=function)
        )
        people[key] = p.id
    people["dora"] = services.people.create(PersonData(last_name="Dörr", tags=["Presse"])).id
    return {"types": types, "regions": regions, "ihk": ihk.id, "firm": firm.id, **people}


def test_static_list_members(services, network):
    v = services.verteiler.create("Einladung Fachtag")
    assert v.kind == "static" and v.members == 0
    assert services.verteiler.add_members(v.id, [network["anna"], network["carl"]]) == 2
    assert services.verteiler.add_members(v.id, [network["anna"], network["dora"]]) == 1
    assert set(services.verteiler.member_ids(v.id)) == {
        network["anna"],
        network["carl"],
        network["dora"],
    }
    assert services.verteiler.remove_members(v.id, [network["carl"]]) == 1
    assert services.verteiler.get(v.id).members == 2


def test_inactive_people_drop_out_of_a_list(services, network):
    v = services.verteiler.create("Presse")
    services.verteiler.add_members(v.id, [network["dora"], network["anna"]])
    services.people.set_active(network["dora"], False)
    assert services.verteiler.member_ids(v.id) == [network["anna"]]


def test_deleting_a_person_removes_the_membership(services, network):
    v = services.verteiler.create("Presse")
    services.verteiler.add_members(v.id, [network["dora"]])
    services.people.delete(network["dora"])
    assert services.verteiler.get(v.id).members == 0


def test_dynamic_list_follows_its_filter(services, network):
    crit = Criteria(type_ids=(network["types"]["Kammer (IHK)"],), functions=("geschäftsf",))
    v = services.verteiler.create("Kammer-Spitzen", "dynamic", criteria=crit)
    assert services.verteiler.member_ids(v.id) == [network["bert"]]
    # a new person who fits appears by itself
    p = services.people.create(PersonData(last_name="Ehlert"))
    services.affiliations.save(
        AffiliationData(
            person_id=p.id, organisation_id=network["ihk"], function="Geschäftsführerin"
        )
    )
    assert set(services.verteiler.member_ids(v.id)) == {network["bert"], p.id}


def test_dynamic_by_district_wba_region_and_tags(services, network):
    by_region = services.verteiler.create(
        "Harz", "dynamic", criteria=Criteria(region_ids=(network["regions"]["Harz"],))
    )
    assert services.verteiler.member_ids(by_region.id) == [network["carl"]]
    by_wba = services.verteiler.create("Süd", "dynamic", criteria=Criteria(wba_regions=("Süd",)))
    assert set(services.verteiler.member_ids(by_wba.id)) == {network["anna"], network["bert"]}
    energie = services.reference.tags()[0]
    by_org_tag = services.verteiler.create(
        "Energie", "dynamic", criteria=Criteria(org_tag_ids=(energie.id,))
    )
    assert set(services.verteiler.member_ids(by_org_tag.id)) == {network["anna"], network["bert"]}
    presse = next(t for t in services.reference.tags() if t.name == "Presse")
    by_tag = services.verteiler.create("Presse", "dynamic", criteria=Criteria(tag_ids=(presse.id,)))
    assert services.verteiler.member_ids(by_tag.id) == [network["dora"]]
    text = services.verteiler.describe(
        Criteria(region_ids=(network["regions"]["Harz"],), wba_regions=("Süd",))
    )
    assert text == "Landkreise: Harz; WBA-Regionen: Süd"


def test_criteria_survive_json(services, network):
    crit = Criteria(type_ids=(3, 1), wba_regions=("Ost",), functions=("Leitung",))
    assert Criteria.from_json(crit.to_json()) == crit
    assert Criteria.from_json("kaputt") == Criteria()


def test_bad_input_is_named_and_nothing_saved(services, network):
    with pytest.raises(ValidationError) as exc:
        services.verteiler.create("  ")
    assert "Name" in exc.value.errors["name"]
    services.verteiler.create("Beirat")
    with pytest.raises(ValidationError, match="gibt es schon"):
        services.verteiler.create("beirat")
    with pytest.raises(ValidationError, match="mindestens ein Merkmal"):
        services.verteiler.create("Leer", "dynamic", criteria=Criteria())
    with pytest.raises(ValidationError, match="Landkreis"):
        services.verteiler.create("Falsch", "dynamic", criteria=Criteria(region_ids=(999,)))
    dyn = services.verteiler.create("Dyn", "dynamic", criteria=Criteria(wba_regions=("Ost",)))
    with pytest.raises(ValidationError, match="dynamischer Verteiler"):
        services.verteiler.add_members(dyn.id, [network["anna"]])
    assert [v.name for v in services.verteiler.list_all()] == ["Beirat", "Dyn"]


def test_rename_by_name_and_delete(services, network):
    v = services.verteiler.create("Netzwerktreffen Süd", description="jährlich")
    services.verteiler.add_members(v.id, [network["anna"]])
    services.verteiler.update(v.id, "Netzwerktreffen Süd 2027", "jährlich im März")
    got = services.verteiler.by_name("netzwerktreffen süd 2027")
    assert got.description == "jährlich im März" and got.members == 1
    services.verteiler.delete(v.id)
    with pytest.raises(NotFoundError):
        services.verteiler.by_name("Netzwerktreffen Süd 2027")
    assert services.people.get(network["anna"])  # people stay
