"""Every text a user writes obeys the same rules on SQLite and PostgreSQL: NFC, no
bidi controls, no NUL or lone surrogates, invisible-only counts as empty, lengths as
declared. The services say so per field in German; the flush guard stops what a
service forgot, so PostgreSQL never answers with a raw DataError."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta

import pytest

from wba_desktop.errors import ValidationError
from wba_desktop.models import Organisation, Person, Relation
from wba_desktop.services.directory.activities import ActivityData
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.directory.relations import RelationData
from wba_desktop.services.events.event_data import EventData
from wba_desktop.services.verbuende.progress import TaskData
from wba_desktop.services.verbuende.verbund_rules import VerbundData

NFD = unicodedata.normalize("NFD", "Bildungswerk Bördeland")


@pytest.fixture
def kind(services) -> int:
    return services.reference.organisation_types()[0].id


def _org(services, kind, **values):
    return services.organisations.create(
        OrganisationData(type_id=kind, **{"name": "Kammer", **values})
    )


def _refused(call) -> dict[str, str]:
    with pytest.raises(ValidationError) as excinfo:
        call()
    return excinfo.value.errors


def test_a_name_of_10000_characters_is_refused_with_the_limit(services, kind):
    errors = _refused(lambda: _org(services, kind, name="K" * 10_000))
    assert errors == {"name": "Name: höchstens 200 Zeichen (eingegeben: 10.000)."}


def test_nul_is_refused_naming_the_field(services, kind):
    errors = _refused(lambda: _org(services, kind, name="Kammer\x00Nord", notes="a\x00b"))
    assert errors["name"].startswith("Name: enthält ein unzulässiges Steuerzeichen")
    assert errors["notes"].startswith("Notizen: enthält ein unzulässiges Steuerzeichen")


def test_a_lone_surrogate_is_refused(services):
    errors = _refused(lambda: services.people.create(PersonData(last_name="M\ud800ller")))
    assert errors["last_name"].startswith("Nachname: enthält ein ungültiges Zeichen")


@pytest.mark.parametrize("name", ["\u200b", "\u200b\u200c\u200d\u2060\ufeff", " \u202e "])
def test_a_name_of_invisible_characters_is_empty(services, kind, name):
    assert _refused(lambda: _org(services, kind, name=name)) == {"name": "Name: Bitte ausfüllen."}
    errors = _refused(lambda: services.people.create(PersonData(last_name=name)))
    assert errors == {"last_name": "Nachname: Bitte ausfüllen."}


def test_text_is_stored_nfc_without_bidi_controls(services, kind, uow_factory):
    org = _org(services, kind, name=NFD, notes="Rechnung\u202egpj.exe")
    assert org.data.name == "Bildungswerk Bördeland"
    with uow_factory() as uow:
        stored = uow.session.get(Organisation, org.id)
        assert stored.name == "Bildungswerk Bördeland"
        assert stored.notes == "Rechnunggpj.exe"


def test_every_area_names_the_field_and_its_limit(services, kind):
    org = _org(services, kind).id
    other = _org(services, kind, name="Hochschule").id
    person = services.people.create(PersonData(last_name="Probe")).id
    rtype = services.reference.relation_types()[0].id
    vb = services.verbuende.create(VerbundData(name="Verbund Probe")).id
    start = datetime.combine(date.today() + timedelta(days=30), datetime.min.time()).replace(hour=9)
    event = services.events.create(
        EventData(title="Forum", starts_at=start, ends_at=start + timedelta(hours=2))
    ).id
    long = "x" * 301
    cases = {
        "short_name": lambda: _org(services, kind, name="Neu", short_name=long),
        "tags": lambda: _org(services, kind, name="Neu", tags=["Fachkräfte", long]),
        "function": lambda: services.affiliations.save(
            AffiliationData(person_id=person, organisation_id=org, function=long)
        ),
        "note": lambda: services.relations.save(
            RelationData(source_id=org, target_id=other, type_id=rtype, note="a\x00")
        ),
        "subject": lambda: services.activities.save(
            ActivityData(happened_on=date.today(), subject=long, organisation_id=org)
        ),
        "name": lambda: services.verteiler.create(long),
        "sectors": lambda: services.verbuende.create(VerbundData(name="V2", sectors=long)),
        "title": lambda: services.verbund_progress.save_task(vb, TaskData(title=long)),
        "venue": lambda: services.events.create(
            EventData(title="Forum 2", starts_at=start, ends_at=start, venue=long)
        ),
    }
    for field, call in cases.items():
        errors = _refused(call)
        assert field in errors, (field, errors)
        assert "höchstens" in errors[field] or "Steuerzeichen" in errors[field], errors
    invitation = services.invitations.add_person(event, person)
    assert _refused(lambda: services.invitations.set_status([invitation], "eingeladen", "a\x00"))[
        "note"
    ].startswith("Notiz: enthält ein unzulässiges Steuerzeichen")  # a Core insert: no guard
    assert "Aufgabe: höchstens 200 Zeichen" in _refused(
        lambda: services.checklists.add_item(event, long, None)
    ).get("title", "")
    assert "Bezeichnung: höchstens 80" in _refused(
        lambda: services.reference.save_organisation_type(long, "", False)
    ).get("name", "")


def test_the_flush_guard_stops_what_a_service_forgot(uow_factory, services, kind):
    with pytest.raises(ValidationError) as excinfo, uow_factory() as uow:
        uow.session.add(Organisation(name="K" * 10_000, type_id=kind))
        uow.commit()
    assert excinfo.value.errors == {"name": "Name: höchstens 200 Zeichen (eingegeben: 10.000)."}
    with (
        pytest.raises(ValidationError, match="Notiz: enthält ein unzulässiges"),
        uow_factory() as uow,
    ):
        a, b = _org(services, kind, name="A").id, _org(services, kind, name="B").id
        rtype = services.reference.relation_types()[0].id
        uow.session.add(Relation(source_id=a, target_id=b, type_id=rtype, note="\x00"))
        uow.commit()
    with pytest.raises(ValidationError, match="Nachname: Bitte ausfüllen"), uow_factory() as uow:
        uow.session.add(Person(last_name="\u200b"))
        uow.commit()


def test_the_flush_guard_checks_only_changed_attributes_and_normalises(uow_factory, services, kind):
    org_id = _org(services, kind).id
    with uow_factory() as uow:
        org = uow.session.get(Organisation, org_id)
        org.city = unicodedata.normalize("NFD", "Köthen\u202d")
        org.search_key = "s" * 2000  # derived keys are cut to their length, not refused
        uow.commit()
    with uow_factory() as uow:
        org = uow.session.get(Organisation, org_id)
        assert org.city == "Köthen"
        assert len(org.search_key) == 600
