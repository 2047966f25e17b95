"""Contact cadence on a real database: which organisations are overdue (own cadence or
the kind's default, last contact direct or through a current person), how many days,
and the order by influence × interest."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from wba_desktop.errors import ValidationError
from wba_desktop.services.directory.activities import ActivityData
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData

TODAY = date.today()


def ago(n: int) -> date:
    return TODAY - timedelta(days=n)


@pytest.fixture
def kinds(services) -> dict[str, int]:
    return {t.name: t.id for t in services.reference.organisation_types()}


@pytest.fixture
def org(services, kinds):
    def make(name, kind="Jobcenter", influence=None, interest=None, cadence=None, active=True):
        data = OrganisationData(
            name=name,
            type_id=kinds[kind],
            influence=influence,
            interest=interest,
            contact_cadence_days=cadence,
            active=active,
        )
        return services.organisations.create(data, allow_duplicate=True).id

    return make


def contact(services, day: date, **kw) -> None:
    services.activities.save(ActivityData(day, "Gespräch", "Austausch", **kw))


def overdue(services) -> dict[str, int | None]:
    return {r.name: r.overdue_days for r in services.contact_cadence.overdue(TODAY)}


def test_kinds_carry_the_seeded_default_cadence(services):
    defaults = {t.name: t.default_cadence_days for t in services.reference.organisation_types()}
    assert defaults["Jobcenter"] == 90
    assert defaults["Weiterbildungsträger"] == 180
    assert defaults["Unternehmen"] is None


def test_overdue_by_own_cadence_or_the_kinds_default(services, org):
    recent = org("Jobcenter Auenstadt")  # 90 days by kind
    contact(services, ago(30), organisation_id=recent)
    late = org("Jobcenter Bergfeld")
    contact(services, ago(100), organisation_id=late)
    contact(services, ago(200), organisation_id=late)  # the newest contact counts
    own = org("Jobcenter Dornwald", cadence=20)
    contact(services, ago(30), organisation_id=own)
    org("Bildungswerk Erlenau", kind="Weiterbildungsträger")
    org("Maschinenbau Fichtental GmbH", kind="Unternehmen")  # no cadence: never listed
    org("Jobcenter Ginsterheide", active=False)  # inactive: not listed
    planned = org("Jobcenter Holunderbach")
    contact(services, TODAY + timedelta(days=5), organisation_id=planned)  # not yet a contact

    assert overdue(services) == {
        "Jobcenter Bergfeld": 10,
        "Jobcenter Dornwald": 10,
        "Bildungswerk Erlenau": None,
        "Jobcenter Holunderbach": None,
    }
    rows = {r.name: r for r in services.contact_cadence.overdue(TODAY)}
    assert rows["Jobcenter Bergfeld"].last_contact == ago(100)
    assert rows["Jobcenter Dornwald"].own_cadence and rows["Jobcenter Dornwald"].cadence_days == 20
    assert rows["Bildungswerk Erlenau"].overdue_text == "nie kontaktiert"
    assert services.contact_cadence.count(TODAY) == 4
    assert recent not in {r.organisation_id for r in rows.values()}


def test_a_contact_with_a_current_person_counts_for_the_organisation(services, org):
    target = org("Jobcenter Kiefernhain")
    other = org("Jobcenter Lindenau")
    former = org("Jobcenter Mistelgrund")
    pid = services.people.create(PersonData(first_name="Rieke", last_name="Tannberg")).id
    services.affiliations.save(AffiliationData(person_id=pid, organisation_id=target))
    services.affiliations.save(
        AffiliationData(person_id=pid, organisation_id=former, valid_until=ago(400))
    )
    contact(services, ago(10), person_id=pid)  # no organisation named: counts for target
    contact(services, ago(5), person_id=pid, organisation_id=other)  # counts for other only
    result = overdue(services)
    assert "Jobcenter Kiefernhain" not in result
    assert "Jobcenter Lindenau" not in result
    assert result["Jobcenter Mistelgrund"] is None  # she left: her talks do not count there


def test_order_is_influence_times_interest_then_never_then_longest_overdue(services, org):
    for name, infl, inter, last in (
        ("Jobcenter Nesselbach", 5, 5, 95),  # 25
        ("Jobcenter Ostermoor", 2, None, 300),  # 2 (interest missing: 1)
        ("Jobcenter Pappelgrund", None, None, None),  # 1, never
        ("Jobcenter Quellental", None, None, 500),  # 1
        ("Jobcenter Rosenau", 3, 4, 91),  # 12
        ("Jobcenter Schlehdorf", 4, 3, None),  # 12, never: before Rosenau
        ("Jobcenter Tannwald", 4, 3, 200),  # 12, longer overdue than Rosenau
    ):
        oid = org(name, influence=infl, interest=inter)
        if last is not None:
            contact(services, ago(last), organisation_id=oid)
    rows = services.contact_cadence.overdue(TODAY)
    assert [r.name.split()[1] for r in rows] == [
        "Nesselbach",
        "Schlehdorf",
        "Tannwald",
        "Rosenau",
        "Ostermoor",
        "Pappelgrund",
        "Quellental",
    ]
    assert [r.weight for r in rows] == [25, 12, 12, 12, 2, 1, 1]
    assert [r.organisation_id for r in services.contact_cadence.overdue(TODAY, limit=2)] == [
        rows[0].organisation_id,
        rows[1].organisation_id,
    ]


def test_cadence_is_saved_and_checked(services, org, kinds):
    oid = org("Jobcenter Ulmenhof", cadence=45)
    assert services.organisations.get(oid).data.contact_cadence_days == 45
    with pytest.raises(ValidationError) as err:
        services.organisations.create(
            OrganisationData(
                name="Jobcenter Vogelsang", type_id=kinds["Jobcenter"], contact_cadence_days=0
            )  # fmt: skip
        )
    assert "Kontakt alle" in err.value.errors["contact_cadence_days"]


def test_default_cadence_per_kind_is_editable(services, kinds, org):
    ref = services.reference
    jobcenter = next(t for t in ref.organisation_types() if t.name == "Jobcenter")
    ref.save_organisation_type(
        jobcenter.name, jobcenter.colour, jobcenter.is_multiplier, jobcenter.id,
        default_cadence_days=30,
    )  # fmt: skip
    oid = org("Jobcenter Weidenbruch")
    contact(services, ago(40), organisation_id=oid)
    assert overdue(services) == {"Jobcenter Weidenbruch": 10}
    # saved without the keyword, the default stays
    ref.save_organisation_type("Jobcenter", jobcenter.colour, True, jobcenter.id)
    assert {t.name: t.default_cadence_days for t in ref.organisation_types()}["Jobcenter"] == 30
    ref.save_organisation_type("Jobcenter", "", True, jobcenter.id, default_cadence_days=None)
    assert overdue(services) == {}
    with pytest.raises(ValidationError):
        ref.save_organisation_type("Jobcenter", "", True, jobcenter.id, default_cadence_days=-3)
