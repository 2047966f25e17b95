"""Demo data: counts, coverage, consistency with the services, determinism, cancel, CLI."""

from __future__ import annotations

import phonenumbers
import pytest
from sqlalchemy import func, select

from wba_desktop import cli
from wba_desktop.db import UnitOfWorkFactory, create_db_engine
from wba_desktop.db.migrate import ensure_schema
from wba_desktop.demo import directory_catalogue as cat
from wba_desktop.demo.generate import DemoError, generate_demo
from wba_desktop.models import (
    Affiliation,
    Organisation,
    OrganisationType,
    Person,
    Region,
    Relation,
    RelationType,
    Tag,
    organisation_tag,
)
from wba_desktop.services.maintenance import is_empty
from wba_desktop.text.fold import name_key, search_key, sort_key
from wba_desktop.vocab import CHANNELS, SIZE_CLASSES, STANCES


def _all(uow_factory, stmt):
    with uow_factory() as uow:
        return uow.session.execute(stmt).all()


def _scalar(uow_factory, stmt):
    with uow_factory() as uow:
        return uow.session.scalar(stmt)


def _other_factory(tmp_path, name: str) -> UnitOfWorkFactory:
    engine = create_db_engine("sqlite:///" + (tmp_path / name).as_posix())
    ensure_schema(engine)
    return UnitOfWorkFactory(engine)


def test_small_counts(uow_factory, demo):
    assert 250 <= demo.organisations <= 350
    assert 700 <= demo.people <= 900
    assert 500 <= demo.relations <= 700
    assert demo.affiliations > demo.people
    counted = {
        model: _scalar(uow_factory, select(func.count()).select_from(model))
        for model in (Organisation, Person, Relation, Affiliation)
    }
    # the demo inquiries' private inquirers („Ratsuchende“) are not directory people
    counted[Person] = _scalar(
        uow_factory, select(func.count()).select_from(Person).where(Person.inquirer.is_(False))
    )
    assert counted == {
        Organisation: demo.organisations,
        Person: demo.people,
        Relation: demo.relations,
        Affiliation: demo.affiliations,
    }


def test_every_district_and_kind_is_used(uow_factory, demo):
    regions = _scalar(uow_factory, select(func.count()).select_from(Region))
    kinds = _scalar(uow_factory, select(func.count()).select_from(OrganisationType))
    assert (regions, kinds) == (14, 17)
    used_regions = _scalar(uow_factory, select(func.count(Organisation.region_id.distinct())))
    used_kinds = _scalar(uow_factory, select(func.count(Organisation.type_id.distinct())))
    assert (used_regions, used_kinds) == (14, 17)


def test_every_person_has_exactly_one_primary_affiliation(uow_factory, demo):
    rows = _all(
        uow_factory,
        select(Person.id, func.count(Affiliation.id))
        .outerjoin(
            Affiliation, (Affiliation.person_id == Person.id) & Affiliation.is_primary.is_(True)
        )
        .where(Person.inquirer.is_(False))  # the demo inquiries' private inquirers
        .group_by(Person.id),
    )
    assert len(rows) == demo.people
    assert {n for _, n in rows} == {1}
    secondary = _scalar(uow_factory, select(func.count()).where(Affiliation.is_primary.is_(False)))
    assert secondary > 0


def test_relations_have_no_duplicates_and_no_self_links(uow_factory, demo):
    rows = _all(
        uow_factory,
        select(
            Relation.source_id, Relation.target_id, Relation.type_id, RelationType.directed
        ).join(RelationType, RelationType.id == Relation.type_id),
    )
    assert all(s != t for s, t, _, _ in rows)
    assert len({(s, t, ty) for s, t, ty, _ in rows}) == len(rows)
    symmetric = [(frozenset((s, t)), ty) for s, t, ty, directed in rows if not directed]
    assert len(set(symmetric)) == len(symmetric)
    used_types = {ty for _, _, ty, _ in rows}
    all_types = _scalar(uow_factory, select(func.count()).select_from(RelationType))
    assert len(used_types) == all_types == 8


def test_periods_and_attributes_are_plausible(uow_factory, demo):
    for model in (Relation, Affiliation):
        periods = _all(uow_factory, select(model.valid_from, model.valid_until))
        assert any(f for f, _ in periods) and any(u for _, u in periods)
        assert all(f is None or u is None or u >= f for f, u in periods)
    orgs = _all(
        uow_factory,
        select(
            OrganisationType.name,
            Organisation.size_class,
            Organisation.stance,
            Organisation.influence,
            Organisation.interest,
            Organisation.active,
            Organisation.email,
        ).join(OrganisationType, OrganisationType.id == Organisation.type_id),
    )
    companies = [o for o in orgs if o[0] == "Unternehmen"]
    assert {o[1] for o in companies} == set(SIZE_CLASSES)
    assert {o[1] for o in orgs if o[0] != "Unternehmen"} == {""}
    assert {o[2] for o in orgs} <= set(STANCES) | {""}
    assert {o[3] for o in orgs} - {None} <= {1, 2, 3, 4, 5}
    assert {o[4] for o in orgs} - {None} <= {1, 2, 3, 4, 5}
    assert any(not o[5] for o in orgs)
    assert all(o[6].endswith(".example") for o in orgs)
    people = _all(uow_factory, select(Person.salutation, Person.title, Person.preferred_channel,
                                      Person.active, Person.email))  # fmt: skip
    assert {p[0] for p in people} == {"Frau", "Herr", ""}
    assert {"Dr.", "Prof. Dr."} <= {p[1] for p in people}
    assert {p[2] for p in people} <= set(CHANNELS) | {""}
    assert any(not p[3] for p in people)
    assert all(p[4].isascii() and p[4].endswith(".example") for p in people if p[4])
    tags = {t for (t,) in _all(uow_factory, select(Tag.name))}
    assert {"Metall", "Erneuerbare Energien", "Gesundheit und Pflege"} <= tags
    assert _scalar(uow_factory, select(func.count()).select_from(organisation_tag)) > 0


def test_public_names_and_invented_people(uow_factory, demo):
    names = {n for (n,) in _all(uow_factory, select(Organisation.name))}
    for public in (
        "Industrie- und Handelskammer Magdeburg",
        "Handwerkskammer Halle (Saale)",
        "Agentur für Arbeit Dessau-Roßlau-Wittenberg",
        "Allgemeiner Arbeitgeberverband der Wirtschaft für Sachsen-Anhalt",
        "Hochschule Anhalt",
        "Jobcenter Harz",
        "Salzlandkreis",
    ):
        assert public in names
    people = _all(uow_factory, select(Person.first_name, Person.last_name))
    assert not set(people) & cat.FAMOUS_NAMES
    text = " ".join(f"{f} {n}" for f, n in people)
    assert any(ch in text for ch in "äöüß")
    cities = {c for (c,) in _all(uow_factory, select(Organisation.city))}
    assert "Köthen (Anhalt)" in cities
    assert any("ß" in c for c in cities)


def test_derived_keys_are_filled_as_the_services_do(uow_factory, demo):
    with uow_factory() as uow:
        for o in uow.session.scalars(select(Organisation)):
            parts = (o.name, o.short_name, o.city, o.postcode, o.email, o.sectors)
            assert o.search_key == search_key(*parts)
            assert o.sort_key == sort_key(o.name)
            assert o.dup_key == name_key(o.name)
            assert o.version == 1 and o.created_at <= o.updated_at
        for p in uow.session.scalars(select(Person)):
            assert p.search_key == search_key(p.first_name, p.last_name, p.title, p.email)
            assert p.sort_key == sort_key(p.last_name, p.first_name)
            assert p.version == 1 and p.created_at <= p.updated_at


def test_records_pass_the_services_validation(services, demo):
    """Saving demo records unchanged through the services works and changes no key."""
    for org_id in services.organisations.list_ids()[::25]:
        before = services.organisations.get(org_id)
        after = services.organisations.update(org_id, before.data, before.version)
        assert after.data == before.data
    for person_id in services.people.list_ids()[::80]:
        before = services.people.get(person_id)
        after = services.people.update(person_id, before.data, before.version)
        assert after.data == before.data


def test_services_can_add_records_after_the_demo(services, demo):
    """The demo writes explicit ids; new records must still get fresh ones (PostgreSQL)."""
    from wba_desktop.services.directory.organisations import OrganisationData
    from wba_desktop.services.directory.people import PersonData

    kind = services.reference.organisation_types()[0].id
    org = services.organisations.create(OrganisationData(name="Neue Firma Zörbig", type_id=kind))
    person = services.people.create(PersonData(last_name="Neumeier-Süß", first_name="Ömer"))
    assert org.id > demo.organisations and person.id > demo.people


def test_every_phone_number_is_valid_and_formatted(uow_factory, demo):
    numbers = [n for (n,) in _all(uow_factory, select(Organisation.phone))]
    for phone, mobile in _all(uow_factory, select(Person.phone, Person.mobile)):
        numbers += [phone, mobile]
    numbers = [n for n in numbers if n]
    assert len(numbers) > demo.organisations + demo.people
    fmt = phonenumbers.PhoneNumberFormat.INTERNATIONAL
    for number in numbers:
        parsed = phonenumbers.parse(number, "DE")
        assert phonenumbers.is_valid_number(parsed), number
        assert phonenumbers.format_number(parsed, fmt) == number


def test_search_finds_koethen_and_mueller(services, demo):
    hits = services.search.search("koethen")
    orgs = [h for h in hits if h.kind == "organisation"]
    assert orgs and all("Köthen" in h.subtitle or "Köthen" in h.title for h in orgs)
    assert any(h.kind == "person" for h in services.search.search("mueller"))


def test_same_seed_gives_the_same_data(tmp_path, uow_factory, demo):
    other = _other_factory(tmp_path, "same.sqlite3")
    generate_demo(other, size="small", seed=1)
    query = select(Organisation.name, Organisation.city).order_by(Organisation.id)
    people = select(Person.first_name, Person.last_name, Person.email).order_by(Person.id)
    assert _all(uow_factory, query) == _all(other, query)
    assert _all(uow_factory, people) == _all(other, people)
    third = _other_factory(tmp_path, "other.sqlite3")
    generate_demo(third, size="small", seed=2)
    assert _all(uow_factory, query) != _all(third, query)
    other.engine.dispose()
    third.engine.dispose()


def test_refuses_a_database_with_data_unless_forced(uow_factory, demo):
    with pytest.raises(DemoError, match="schon Daten"):
        generate_demo(uow_factory)
    again = generate_demo(uow_factory, force=True, seed=5)
    total = _scalar(uow_factory, select(func.count()).select_from(Organisation))
    assert total == demo.organisations + again.organisations


def test_unknown_size_is_refused(uow_factory):
    with pytest.raises(DemoError, match="Unbekannte Größe"):
        generate_demo(uow_factory, size="medium")


@pytest.mark.parametrize("stop_at", ["erzeugt", "speichern"])
def test_cancel_leaves_the_database_unchanged(uow_factory, stop_at):
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, what: str) -> None:
        assert 0 <= done <= total
        seen.append((done, total, what))

    def cancel() -> bool:
        return any(stop_at in what for _, _, what in seen)

    with pytest.raises(DemoError, match="Abgebrochen"):
        generate_demo(uow_factory, progress=progress, cancel=cancel)
    assert is_empty(uow_factory)
    assert _scalar(uow_factory, select(func.count()).select_from(Tag)) == 0
    assert _scalar(uow_factory, select(func.count()).select_from(Relation)) == 0


def test_progress_reaches_the_total(uow_factory):
    seen: list[tuple[int, int]] = []
    generate_demo(uow_factory, progress=lambda d, t, _: seen.append((d, t)))
    assert len(seen) > 10
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert seen[-1][0] == seen[-1][1]


def test_cli_demo(tmp_path, capsys):
    db = tmp_path / "cli-demo.sqlite3"
    assert cli.main(["--db", str(db), "demo", "--seed", "3"]) == 0
    assert "Demodaten angelegt" in capsys.readouterr().out


@pytest.mark.slow
def test_large_demo_is_fast(tmp_path):
    """The large demo on SQLite, the embedded default (one run, about 15-25 s)."""
    factory = _other_factory(tmp_path, "large.sqlite3")
    summary = generate_demo(factory, size="large")
    assert (summary.organisations, summary.people, summary.relations) == (20_000, 100_000, 60_000)
    assert summary.seconds < 60
    distinct = select(Relation.source_id, Relation.target_id, Relation.type_id).distinct()
    assert _scalar(factory, select(func.count()).select_from(distinct.subquery())) == 60_000
    factory.engine.dispose()
