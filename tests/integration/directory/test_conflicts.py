"""A save that meets a newer version says what the other user changed (mine / theirs /
original, who and when) and writes nothing; deactivating or deleting a changed record
likewise. Two unit-of-work factories on one database play two users."""

from __future__ import annotations

from dataclasses import replace

import pytest

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import DeletedMeanwhile, NotFoundError, StaleEdit
from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData


@pytest.fixture
def anna(services) -> Services:
    services.uow.user_name = "Anna Testfrau"
    return services


@pytest.fixture
def bernd(engine) -> Services:
    """Another user on the same database."""
    factory = UnitOfWorkFactory(engine)
    factory.user_name = "Bernd Beispiel"
    return Services.create(factory)


@pytest.fixture
def org(anna):
    kinds = {t.name: t.id for t in anna.reference.organisation_types()}
    data = OrganisationData(
        name="Bildungshaus Musterstadt",
        type_id=kinds["Unternehmen"],
        city="Musterstadt",
        phone="0391 111111",
        tags=["Pflege"],
    )
    return anna.organisations.create(data)


def test_the_saver_is_stamped(anna, bernd, org):
    assert org.version == 1
    assert anna.organisations.get(org.id)  # loads
    data = bernd.organisations.get(org.id).data
    data.city = "Neustadt"
    bernd.organisations.update(org.id, data, org.version)
    with anna.uow() as uow:
        from wba_desktop.models import Organisation

        assert uow.session.get(Organisation, org.id).updated_by == "Bernd Beispiel"


def test_stale_save_names_fields_and_writes_nothing(anna, bernd, org, backend):
    loaded = anna.organisations.get(org.id)
    theirs = bernd.organisations.get(org.id).data
    theirs.city = "Neustadt"
    theirs.phone = "0391 222222"
    saved = bernd.organisations.update(org.id, theirs, org.version)

    mine = replace(loaded.data)  # the form: a copy of what was loaded
    mine.city = "Altstadt"  # both changed the city
    mine.email = "info@bildungshaus.example"  # only mine
    with pytest.raises(StaleEdit) as info:
        anna.organisations.update(org.id, mine, loaded.version, original=loaded.data)
    exc = info.value
    assert not exc.deleted
    assert exc.changed_by == "Bernd Beispiel"
    assert exc.changed_at is not None
    assert exc.current_version == saved.version == 2
    assert "Bernd Beispiel" in str(exc) and "Bildungshaus Musterstadt" in str(exc)
    by_name = {f.name: f for f in exc.fields}
    assert set(by_name) == {"city", "phone"}  # e-mail only changed by me: no conflict
    city = by_name["city"]
    assert (city.label, city.mine, city.theirs, city.original) == (
        "Ort",
        "Altstadt",
        "Neustadt",
        "Musterstadt",
    )
    assert city.changed_by_me and city.changed_by_them
    phone = by_name["phone"]
    assert phone.mine == phone.original == org.data.phone and not phone.changed_by_me
    assert phone.theirs == saved.data.phone != org.data.phone
    stored = anna.organisations.get(org.id)
    assert stored.version == 2 and stored.data.city == "Neustadt"
    assert stored.data.email == ""  # nothing of mine was written

    # choosing per field: my city, their phone; my e-mail stays as it was
    resolved = exc.resolve(mine, take_theirs={"phone"})
    after = anna.organisations.update(org.id, resolved, exc.current_version, original=exc.theirs)
    assert (after.data.city, after.data.phone, after.data.email) == (
        "Altstadt",
        saved.data.phone,
        "info@bildungshaus.example",
    )
    assert after.version == 3


def test_ids_read_as_names_and_unknown_original_lists_all_differences(anna, bernd, org):
    kinds = {t.name: t.id for t in anna.reference.organisation_types()}
    other_kind = next(name for name in kinds if name != "Unternehmen")
    theirs = bernd.organisations.get(org.id).data
    theirs.type_id = kinds[other_kind]
    theirs.influence = 4
    bernd.organisations.update(org.id, theirs, org.version)
    mine = anna.organisations.get(org.id).data  # fresh, but saved against version 1
    mine = OrganisationData(**{**mine.__dict__, "type_id": kinds["Unternehmen"], "notes": "x"})
    with pytest.raises(StaleEdit) as info:
        anna.organisations.update(org.id, mine, org.version)  # no original given
    by_name = {f.name: f for f in info.value.fields}
    assert by_name["type_id"].theirs_text == other_kind
    assert by_name["type_id"].mine_text == "Unternehmen"
    assert by_name["type_id"].original_text == ""
    assert set(by_name) == {"type_id", "notes"}  # influence: mine equals theirs


def test_a_tags_only_save_counts_as_a_change(anna, bernd, org):
    theirs = bernd.organisations.get(org.id).data
    theirs.tags = ["Pflege", "Logistik"]
    assert bernd.organisations.update(org.id, theirs, org.version).version == 2
    mine = replace(org.data, notes="Nur eine Notiz")
    with pytest.raises(StaleEdit) as info:
        anna.organisations.update(org.id, mine, org.version, original=org.data)
    assert [f.name for f in info.value.fields] == ["tags"]
    assert info.value.fields[0].theirs_text == "Logistik, Pflege"


def test_saving_a_deleted_record_says_so(anna, bernd, org):
    bernd.organisations.delete(org.id)
    with pytest.raises(DeletedMeanwhile) as info:
        anna.organisations.update(org.id, org.data, org.version, original=org.data)
    assert info.value.deleted and isinstance(info.value, NotFoundError)
    assert "inzwischen gelöscht" in str(info.value)


def test_deactivate_and_delete_of_a_changed_record_ask(anna, bernd, org):
    theirs = bernd.organisations.get(org.id).data
    theirs.city = "Neustadt"
    bernd.organisations.update(org.id, theirs, org.version)
    with pytest.raises(StaleEdit) as info:
        anna.organisations.set_active(org.id, False, expected_version=org.version)
    assert info.value.changed_by == "Bernd Beispiel" and info.value.fields == []
    assert anna.organisations.get(org.id).data.active
    with pytest.raises(StaleEdit):
        anna.organisations.delete(org.id, expected_version=org.version)
    assert anna.organisations.get(org.id).version == 2
    anna.organisations.delete(org.id, expected_version=info.value.current_version)
    with pytest.raises(NotFoundError):
        anna.organisations.get(org.id)


def test_stale_person_save(anna, bernd):
    p = anna.people.create(PersonData(last_name="Probe", first_name="Paula", tags=[]))
    theirs = bernd.people.get(p.id).data
    theirs.email = "paula.probe@example.org"
    bernd.people.update(p.id, theirs, p.version)
    mine = replace(p.data)
    mine.email = "p.probe@example.org"
    mine.phone = "0345 123456"
    with pytest.raises(StaleEdit) as info:
        anna.people.update(p.id, mine, p.version, original=p.data)
    exc = info.value
    assert [(f.name, f.mine, f.theirs, f.original) for f in exc.fields] == [
        ("email", "p.probe@example.org", "paula.probe@example.org", "")
    ]
    assert exc.changed_by == "Bernd Beispiel"
    assert anna.people.get(p.id).data.phone == ""
    with pytest.raises(StaleEdit):
        anna.people.delete(p.id, expected_version=p.version)
    with pytest.raises(StaleEdit):
        anna.people.set_active(p.id, False, expected_version=p.version)
    assert anna.people.get(p.id).data.active
