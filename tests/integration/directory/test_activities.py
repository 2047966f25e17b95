"""Contact history on a real database: saving with validation (nothing half-written),
the history per person, organisation and Verbund (newest first), deleting, and the key
figures of a Verbund counted from the history."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.models import Activity
from wba_desktop.services.directory.activities import ActivityData
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.verbuende.records import VerbundData

JAN, JUN = date(2024, 1, 1), date(2024, 6, 30)


def count_activities(uow_factory) -> int:
    with uow_factory() as uow:
        return uow.session.scalar(select(func.count()).select_from(Activity))


@pytest.fixture
def org(services):
    types = {t.name: t.id for t in services.reference.organisation_types()}

    def make(name: str, kind: str = "Unternehmen", size: str = "") -> int:
        data = OrganisationData(name=name, type_id=types[kind], size_class=size)
        return services.organisations.create(data, allow_duplicate=True).id

    return make


@pytest.fixture
def person(services):
    def make(first: str, last: str, org_id: int | None = None) -> int:
        pid = services.people.create(
            PersonData(first_name=first, last_name=last), allow_duplicate=True
        ).id
        if org_id is not None:
            services.affiliations.save(AffiliationData(person_id=pid, organisation_id=org_id))
        return pid

    return make


@pytest.fixture
def vid(services) -> int:
    return services.verbuende.create(VerbundData(name="Weiterbildungsverbund Harz")).id


def log(services, day, kind="Gespräch", subject="", **kw):
    return services.activities.save(ActivityData(day, kind, subject, **kw))


def subjects(infos) -> list[str]:
    return [a.data.subject for a in infos]


# -- saving --------------------------------------------------------------------------------
def test_save_round_trip_and_update(services, org, person, vid):
    firm = org("Harzer Metall GmbH")
    anna = person("Anna", "Albrecht", firm)
    info = log(
        services,
        date(2024, 3, 4),
        "Beratung",
        "  Qualifizierungsbedarf ",
        note=" Schweißkurs gewünscht \n",
        organisation_id=firm,
        person_id=anna,
        verbund_id=vid,
    )
    assert info.data.subject == "Qualifizierungsbedarf"
    assert info.data.note == "Schweißkurs gewünscht"
    assert (info.organisation_name, info.person_name, info.verbund_name) == (
        "Harzer Metall GmbH",
        "Anna Albrecht",
        "Weiterbildungsverbund Harz",
    )
    assert (info.event_id, info.event_title) == (None, "")
    data = info.data
    data.kind, data.participants = "Besuch", 3
    updated = services.activities.save(data, info.id)
    assert updated.id == info.id
    stored = services.activities.history(person_id=anna)
    assert [(a.id, a.data.kind, a.data.participants) for a in stored] == [(info.id, "Besuch", 3)]
    with pytest.raises(NotFoundError):
        services.activities.save(data, 4711)


def test_person_only_or_organisation_only_is_enough(services, org, person):
    assert log(services, JAN, organisation_id=org("Harzer Metall GmbH")).person_name == ""
    assert log(services, JAN, person_id=person("Anna", "Albrecht")).organisation_name == ""


@pytest.mark.parametrize(
    ("data", "fields"),
    [
        (ActivityData(None, organisation_id=None), {"happened_on", "organisation_id"}),
        (ActivityData(JAN, "Plausch"), {"kind", "organisation_id"}),
        (ActivityData(JAN, participants=-1), {"organisation_id", "participants"}),
    ],
    ids=["no-date-no-one", "bad-kind", "negative-participants"],
)
def test_save_validation_names_all_fields_and_saves_nothing(services, uow_factory, data, fields):
    with pytest.raises(ValidationError) as exc:
        services.activities.save(data)
    assert set(exc.value.errors) == fields
    assert count_activities(uow_factory) == 0


def test_missing_date_alone_is_rejected(services, uow_factory, org):
    with pytest.raises(ValidationError) as exc:
        services.activities.save(ActivityData(None, organisation_id=org("Harzer Metall GmbH")))
    assert set(exc.value.errors) == {"happened_on"}
    assert count_activities(uow_factory) == 0


def test_unknown_references_save_nothing(services, uow_factory, org):
    firm = org("Harzer Metall GmbH")
    for kw, field in (
        ({"organisation_id": 999_999}, "organisation_id"),
        ({"organisation_id": firm, "person_id": 999_999}, "person_id"),
        ({"organisation_id": firm, "verbund_id": 999_999}, "verbund_id"),
    ):
        with pytest.raises(ValidationError) as exc:
            services.activities.save(ActivityData(JAN, **kw))
        assert set(exc.value.errors) == {field}
    assert count_activities(uow_factory) == 0


# -- history -------------------------------------------------------------------------------
@pytest.fixture
def diary(services, org, person, vid):
    """Five entries around two organisations, two people and the Verbund."""
    firm, other = org("Harzer Metall GmbH"), org("Bäckerei Kunze")
    anna, bert = person("Anna", "Albrecht", firm), person("Bert", "Brückner", other)
    log(services, date(2024, 2, 1), subject="Erstkontakt", organisation_id=firm, person_id=anna)
    log(services, date(2024, 5, 1), "Beratung", "Beratung", organisation_id=firm, verbund_id=vid)
    log(services, date(2024, 3, 1), "Telefonat", "Rückruf", person_id=anna)
    log(services, date(2024, 5, 1), "E-Mail", "Nachfassen", organisation_id=firm, person_id=anna)
    log(
        services,
        date(2024, 4, 1),
        "Besuch",
        "Betriebsbesuch",
        organisation_id=other,
        verbund_id=vid,
    )
    return {"firm": firm, "other": other, "anna": anna, "bert": bert}


def test_history_per_person_organisation_and_verbund_newest_first(services, vid, diary):
    history = services.activities.history
    assert subjects(history(person_id=diary["anna"])) == ["Nachfassen", "Rückruf", "Erstkontakt"]
    # same day: the later entry first
    # contacts with its current people that name no organisation count for it too
    assert subjects(history(organisation_id=diary["firm"])) == [
        "Nachfassen",
        "Beratung",
        "Rückruf",
        "Erstkontakt",
    ]
    assert subjects(history(verbund_id=vid)) == ["Beratung", "Betriebsbesuch"]
    assert subjects(history(person_id=diary["anna"], organisation_id=diary["firm"])) == [
        "Nachfassen",
        "Rückruf",
        "Erstkontakt",
    ]
    assert history(person_id=diary["bert"]) == []
    assert subjects(history(limit=2)) == ["Nachfassen", "Beratung"]


def test_history_of_an_organisation_includes_its_peoples_activities(services, diary):
    assert "Rückruf" in subjects(services.activities.history(organisation_id=diary["firm"]))


def test_delete_removes_only_that_entry(services, uow_factory, diary):
    newest = services.activities.history(person_id=diary["anna"])[0]
    services.activities.delete(newest.id)
    assert subjects(services.activities.history(person_id=diary["anna"])) == [
        "Rückruf",
        "Erstkontakt",
    ]
    assert count_activities(uow_factory) == 4
    services.activities.delete(newest.id)  # already gone: harmless
    assert count_activities(uow_factory) == 4


def test_deleting_the_verbund_keeps_the_history(services, vid, diary):
    services.verbuende.delete(vid)
    entries = services.activities.history(organisation_id=diary["other"])
    assert [(a.data.subject, a.data.verbund_id, a.verbund_name) for a in entries] == [
        ("Betriebsbesuch", None, "")
    ]


# -- counted key figures -------------------------------------------------------------------
def test_counted_figures_from_the_history(services, org, person, vid):
    small = org("Harzer Metall GmbH", size="Kleinunternehmen")
    large = org("Harz Automotive AG", size="Großunternehmen")
    trainer = org("Bildungswerk Harz", "Weiterbildungsträger")
    linked = org("Wernigeröder Feinmechanik", size="Mittleres Unternehmen")
    outsider = org("Fremdfirma GmbH", size="Kleinstunternehmen")
    services.verbund_members.add_members(vid, [small, large, trainer])
    other = services.verbuende.create(VerbundData(name="Anderer Verbund")).id
    advice = [
        (small, date(2024, 1, 1), None),  # first day of the period
        (small, date(2024, 6, 30), None),  # last day of the period
        (large, date(2024, 3, 1), other),  # member: counts whatever Verbund it names
        (trainer, date(2024, 3, 2), None),  # a session, but no company
        (linked, date(2024, 4, 1), vid),  # not a member, but for the Verbund
        (outsider, date(2024, 4, 2), None),  # neither member nor for the Verbund
        (small, date(2023, 12, 31), None),  # before the period
        (small, date(2024, 7, 1), vid),  # after the period
    ]
    for org_id, day, verbund_id in advice:
        log(services, day, "Beratung", organisation_id=org_id, verbund_id=verbund_id)
    log(services, date(2024, 2, 1), "Gespräch", organisation_id=small, verbund_id=vid)
    anna, bert, cora = person("Anna", "A"), person("Bert", "B"), person("Cora", "C")
    for pid, day, verbund_id in (
        (anna, date(2024, 2, 1), vid),
        (anna, date(2024, 5, 1), vid),  # the same person twice counts once
        (bert, date(2024, 5, 1), vid),
        (cora, date(2024, 5, 1), other),  # another Verbund
        (cora, date(2024, 8, 1), vid),  # outside the period
    ):
        log(services, day, "Veranstaltung", person_id=pid, verbund_id=verbund_id)
    got = services.verbund_progress.counted_figures(vid, JAN, JUN)
    assert (got.period_start, got.period_end) == (JAN, JUN)
    assert got.advice_sessions == 5
    assert got.companies_reached == 3  # small, large, linked
    assert got.kmu_reached == 2  # small and linked (Mittleres Unternehmen)
    assert got.course_participants == 2
    assert got.courses_developed is None and got.note == "aus Kontakthistorie gezählt"


def test_counted_figures_of_a_quiet_period_are_zero(services, vid):
    got = services.verbund_progress.counted_figures(vid, JAN, JUN)
    assert (got.advice_sessions, got.companies_reached, got.kmu_reached) == (0, 0, 0)
    assert got.course_participants == 0


# -- known gaps (see the reasons) -----------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "subject", "field"),
    [("", "", "kind"), ("Besuch", "x" * 201, "subject")],
    ids=["blank-kind", "long-subject"],
)
def test_blank_kind_or_overlong_subject_is_rejected(
    services, uow_factory, org, kind, subject, field
):
    with pytest.raises(ValidationError) as exc:
        log(services, JAN, kind, subject, organisation_id=org("Harzer Metall GmbH"))
    assert field in exc.value.errors
    assert count_activities(uow_factory) == 0
