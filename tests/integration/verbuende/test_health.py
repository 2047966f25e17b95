"""The health check of a Verbund on a real database: each of the five success factors of
DOMAIN.md met and not met (with a fixed ``today``), the shared thresholds, the funding
warning and the score. Events are inserted directly and linked via ``event_verbund``."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import insert

from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.models import Event
from wba_desktop.models.event import event_verbund
from wba_desktop.services.directory.activities import ActivityData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.verbuende.health import HealthThresholds, months_back
from wba_desktop.services.verbuende.members import MemberData, role_for_kind
from wba_desktop.services.verbuende.records import VerbundData

TODAY = date(2024, 6, 15)
SIGNED = "Kooperationsvereinbarung"
LEFT = date(2024, 1, 1)  # for members who left before TODAY
HOURS = timedelta(hours=2)
INFO, DIALOG, YOUTH = "Informationsveranstaltung", "Dialogformat", "Format für junge Menschen"
KOMMUNE, SCHOOL = "Kommune / Landkreis", "Schule / Berufsschule"


@pytest.fixture
def vid(services) -> int:
    return services.verbuende.create(VerbundData(name="Weiterbildungsverbund Harz")).id


@pytest.fixture
def org(services):
    types = {t.name: t.id for t in services.reference.organisation_types()}

    def make(name: str, kind: str = "Unternehmen") -> int:
        data = OrganisationData(name=name, type_id=types[kind])
        return services.organisations.create(data, allow_duplicate=True).id

    return make


@pytest.fixture
def join(services, org):
    """Add a new organisation of ``kind`` as member; returns its id."""

    def add(vid, name, kind="Unternehmen", role=None, signed=False, left_on=None) -> int:
        oid = org(name, kind)
        data = MemberData(
            oid,
            role or role_for_kind(kind),
            joined_on=date(2023, 1, 1),
            left_on=left_on,
            commitment=SIGNED if signed else "keine",
            agreement_signed_on=date(2023, 1, 1) if signed else None,
        )
        services.verbund_members.save_member(vid, data)
        return oid

    return add


def add_event(uow_factory, vid, kind, day, title="Termin", status="durchgeführt", hour=10):
    """Insert an event of ``kind`` on ``day`` and link it to Verbund ``vid``."""
    start = datetime(day.year, day.month, day.day, hour)
    with uow_factory() as uow:
        e = Event(title=title, type=kind, status=status, starts_at=start, ends_at=start + HOURS)
        uow.session.add(e)
        uow.session.flush()
        uow.session.execute(insert(event_verbund).values(event_id=e.id, verbund_id=vid))
        uow.commit()
        return e.id


def advise(services, org_id, day, kind="Beratung", verbund_id=None) -> None:
    data = ActivityData(day, kind, "Bedarfsanalyse", organisation_id=org_id, verbund_id=verbund_id)
    services.activities.save(data)


def factor(services, vid, number, today=TODAY):
    return services.health.check(vid, today).factors[number - 1]


def coordination(join, vid, signed=True) -> int:
    return join(vid, "RKW Sachsen-Anhalt", "Weiterbildungsträger", "Koordination", signed=signed)


# -- 1: binding rules ----------------------------------------------------------------------
def test_rule1_met_when_coordination_and_enough_members_signed(services, vid, join):
    coordination(join, vid)
    join(vid, "Harzer Metall GmbH", signed=True)
    join(vid, "Bäckerei Kunze", signed=False)
    f = factor(services, vid, 1)
    assert f.met and f.number == 1
    assert "1 von 2" in f.reason
    assert f.details == ("Bäckerei Kunze",)


def test_rule1_coordination_must_sign(services, vid, join):
    coordination(join, vid, signed=False)
    join(vid, "Harzer Metall GmbH", signed=True)
    f = factor(services, vid, 1)
    assert not f.met and "Koordination hat nicht unterzeichnet" in f.reason
    assert f.details == ("RKW Sachsen-Anhalt",)


def test_rule1_coordinator_of_the_record_counts_as_coordination(services, org, join):
    rkw = org("RKW Sachsen-Anhalt", "Weiterbildungsträger")
    vid = services.verbuende.create(VerbundData(name="WASA", coordinator_id=rkw)).id
    services.verbund_members.save_member(
        vid, MemberData(rkw, "strategischer Partner", commitment=SIGNED, agreement_signed_on=LEFT)
    )
    join(vid, "Harzer Metall GmbH", signed=True)
    assert factor(services, vid, 1).met


def test_rule1_without_coordination_or_other_members(services, vid, join):
    join(vid, "Harzer Metall GmbH", signed=True)
    assert "keine Koordination" in factor(services, vid, 1).reason
    other = services.verbuende.create(VerbundData(name="Solo")).id
    coordination(join, other)
    f = factor(services, other, 1)
    assert not f.met and "noch keine weiteren Mitglieder" in f.reason


def test_rule1_share_follows_the_threshold(services, vid, join):
    coordination(join, vid)
    join(vid, "Harzer Metall GmbH", signed=True)
    join(vid, "Bäckerei Kunze")
    join(vid, "Tischlerei Lange")
    f = factor(services, vid, 1)
    assert not f.met and "nur 1 von 3 Mitgliedern" in f.reason
    services.health.set_thresholds(HealthThresholds(agreement_share=0.3))
    assert services.health.thresholds() == HealthThresholds(agreement_share=0.3)
    f = factor(services, vid, 1)
    assert f.met and "mindestens 30\u00a0%" in f.remedy


def test_rule1_members_who_left_do_not_count(services, vid, join):
    coordination(join, vid)
    join(vid, "Harzer Metall GmbH", signed=True, left_on=LEFT)
    join(vid, "Bäckerei Kunze")
    f = factor(services, vid, 1)
    assert not f.met and "nur 0 von 1" in f.reason
    assert factor(services, vid, 1, today=date(2023, 12, 31)).met  # before leaving


@pytest.mark.parametrize(
    ("thresholds", "field"),
    [
        (HealthThresholds(agreement_share=0), "agreement_share"),
        (HealthThresholds(agreement_share=1.5), "agreement_share"),
        (HealthThresholds(advice_months=0), "advice_months"),
        (HealthThresholds(event_months=61), "event_months"),
        (HealthThresholds(funding_warning_months=-1), "funding_warning_months"),
    ],
)
def test_invalid_thresholds_are_rejected(services, thresholds, field):
    services.health.set_thresholds(HealthThresholds(advice_months=9))
    with pytest.raises(ValidationError) as exc:
        services.health.set_thresholds(thresholds)
    assert field in exc.value.errors
    assert services.health.thresholds() == HealthThresholds(advice_months=9)


# -- 2: individual advice ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("day", "met"),
    [
        (date(2024, 5, 1), True),
        (date(2023, 12, 15), True),  # exactly six months back
        (date(2023, 12, 14), False),  # older than six months
        (date(2024, 6, 16), False),  # not yet happened
    ],
)
def test_rule2_only_recent_advice_counts(services, vid, join, day, met):
    firm = join(vid, "Harzer Metall GmbH")
    join(vid, "Bäckerei Kunze")
    advise(services, firm, day)
    f = factor(services, vid, 2)
    assert f.met is met
    if met:
        assert "1 von 2 Mitgliedsunternehmen" in f.reason
        assert f.details == ("Bäckerei Kunze",)
    else:
        assert "15.12.2023" in f.reason


def test_rule2_advice_with_non_members_or_other_kinds_does_not_count(services, vid, org, join):
    firm = join(vid, "Harzer Metall GmbH")
    former = join(vid, "Fenster KG", left_on=LEFT)
    stranger = org("Fremdfirma GmbH")
    advise(services, stranger, date(2024, 5, 1), verbund_id=vid)
    advise(services, former, date(2024, 5, 1))
    advise(services, firm, date(2024, 5, 1), kind="Gespräch")
    f = factor(services, vid, 2)
    assert not f.met and "Keine Beratung" in f.reason
    assert f.details == ("Harzer Metall GmbH",)


def test_rule2_without_member_companies_and_with_a_longer_window(services, vid, join):
    assert "noch keine Mitgliedsunternehmen" in factor(services, vid, 2).reason
    firm = join(vid, "Harzer Metall GmbH")
    advise(services, firm, date(2023, 10, 1))
    assert not factor(services, vid, 2).met
    services.health.set_thresholds(HealthThresholds(advice_months=12))
    assert factor(services, vid, 2).met


# -- 3: regional network -------------------------------------------------------------------
PARTNERS = {
    "Agentur für Arbeit": "Agentur für Arbeit oder Jobcenter",
    "Kammer (IHK)": "Kammer (IHK oder HWK)",
    "Gewerkschaft": "Sozialpartner (Gewerkschaft oder Arbeitgeberverband)",
    "Weiterbildungsträger": "Weiterbildungsträger",
}


def test_rule3_met_with_all_four_kinds_of_partner(services, vid, join):
    for kind in PARTNERS:
        join(vid, f"Partner {kind}", kind)
    f = factor(services, vid, 3)
    assert f.met and f.reason == "Alle vier Arten von Partnern sind dabei."


def test_rule3_alternatives_count_too(services, vid, join):
    join(vid, "Jobcenter Harz", "Jobcenter")
    join(vid, "HWK Magdeburg", "Kammer (HWK)")
    join(vid, "Arbeitgeberverband Harz", "Arbeitgeberverband")
    join(vid, "Hochschule Harz", "Hochschule / Forschung", role="Weiterbildungsträger")
    assert factor(services, vid, 3).met


@pytest.mark.parametrize("missing", list(PARTNERS))
def test_rule3_names_each_missing_kind(services, vid, join, missing):
    for kind in PARTNERS:
        if kind != missing:
            join(vid, f"Partner {kind}", kind)
    join(vid, "Ex-Partner", missing, left_on=LEFT)  # left: does not count
    f = factor(services, vid, 3)
    assert not f.met
    assert f.reason == f"Nicht erfüllt: Es fehlt {PARTNERS[missing]}."
    assert PARTNERS[missing] in f.remedy


# -- 4: municipalities and civil society ----------------------------------------------------
def test_rule4_met_with_municipality_and_recent_information_event(services, uow_factory, vid, join):
    join(vid, "Landkreis Harz", KOMMUNE)
    add_event(uow_factory, vid, INFO, date(2024, 4, 10), "Infoabend Strukturwandel")
    f = factor(services, vid, 4)
    assert f.met
    assert "Landkreis Harz" in f.reason and "Infoabend Strukturwandel" in f.reason


def test_rule4_met_with_civil_society_and_dialogue_at_the_window_edge(
    services, uow_factory, vid, join
):
    join(vid, "Bürgerverein Wernigerode", "Verein / Zivilgesellschaft")
    add_event(uow_factory, vid, DIALOG, date(2023, 6, 15), hour=0)  # exactly 12 months back
    assert factor(services, vid, 4).met


@pytest.mark.parametrize(
    ("partner", "kind", "day", "status"),
    [
        ("Unternehmen", INFO, date(2024, 4, 10), "durchgeführt"),
        (KOMMUNE, INFO, date(2024, 4, 10), "abgesagt"),
        (KOMMUNE, DIALOG, date(2023, 5, 15), "durchgeführt"),
        (KOMMUNE, "Workshop", date(2024, 4, 10), "durchgeführt"),
        (KOMMUNE, DIALOG, date(2024, 7, 10), "geplant"),
    ],
    ids=["no-partner", "cancelled", "13-months-ago", "workshop", "not-yet"],
)
def test_rule4_not_met(services, uow_factory, vid, join, partner, kind, day, status):
    join(vid, "Partner", partner)
    add_event(uow_factory, vid, kind, day, status=status)
    f = factor(services, vid, 4)
    problem = "keine Kommune" if partner == "Unternehmen" else "keine Informations"
    assert not f.met and problem in f.reason


def test_rule4_partner_who_left_or_event_of_another_verbund(services, uow_factory, vid, join):
    join(vid, "Landkreis Harz", KOMMUNE, left_on=LEFT)
    add_event(uow_factory, vid, INFO, date(2024, 4, 10))
    assert "keine Kommune" in factor(services, vid, 4).reason
    other = services.verbuende.create(VerbundData(name="Anderer Verbund")).id
    join(other, "Stadt Wernigerode", KOMMUNE)
    f = factor(services, other, 4)
    assert not f.met and "keine Informations" in f.reason


def test_rule4_reason_names_the_most_recent_event(services, uow_factory, vid, join):
    join(vid, "Landkreis Harz", KOMMUNE)
    add_event(uow_factory, vid, INFO, date(2024, 6, 1), "Neuer Infoabend")
    add_event(uow_factory, vid, DIALOG, date(2023, 9, 1), "Alter Dialog")
    f = factor(services, vid, 4)
    assert f.met and "„Neuer Infoabend“ am 01.06.2024" in f.reason


# -- 5: young people -----------------------------------------------------------------------
def test_rule5_met_by_a_planned_youth_format(services, uow_factory, vid):
    add_event(uow_factory, vid, YOUTH, date(2024, 9, 5), "Azubi-Speeddating", "geplant")
    f = factor(services, vid, 5)
    assert f.met and "„Azubi-Speeddating“ (geplant)" in f.reason


def test_rule5_met_by_a_school_member(services, vid, join):
    join(vid, "BBS Halberstadt", SCHOOL, role="strategischer Partner")
    f = factor(services, vid, 5)
    assert f.met and f.reason == "BBS Halberstadt ist Partner."


def test_rule5_not_met_by_cancelled_formats_departed_schools_or_other_verbuende(
    services, uow_factory, vid, join
):
    add_event(uow_factory, vid, YOUTH, date(2024, 4, 25), "Zukunftstag", "abgesagt")
    add_event(uow_factory, vid, "Workshop", date(2024, 5, 2), "Fachtag")
    join(vid, "BBS Halberstadt", SCHOOL, role="strategischer Partner", left_on=LEFT)
    other = services.verbuende.create(VerbundData(name="Anderer Verbund")).id
    add_event(uow_factory, other, YOUTH, date(2024, 7, 1), "Schülercamp", "geplant")
    f = factor(services, vid, 5)
    assert not f.met and "kein Format für junge Menschen" in f.reason
    assert factor(services, other, 5).met


# -- funding warning and score -------------------------------------------------------------
@pytest.mark.parametrize(
    ("end", "phase", "plan", "warns"),
    [
        (date(2024, 9, 15), "Aktiv", "", True),
        (date(2024, 12, 15), "Aktiv", "", True),  # exactly six months ahead
        (date(2024, 12, 16), "Aktiv", "", False),
        (date(2024, 9, 15), "Aktiv", "Trägerverein gründen", False),
        (date(2024, 9, 15), "Verstetigung", "", False),
        (date(2024, 6, 14), "Aktiv", "", False),  # already over
        (None, "Aktiv", "", False),
    ],
)
def test_funding_warning(services, end, phase, plan, warns):
    data = VerbundData(name="WASA", funding_end=end, continuation_plan=plan, phase=phase)
    vid = services.verbuende.create(data).id
    warning = services.health.check(vid, TODAY).funding_warning
    if warns:
        assert f"{end:%d.%m.%Y}" in warning and "Verstetigung" in warning
    else:
        assert warning == ""
    # the start page's light query gives the same verdict
    light = services.health.funding_warnings(TODAY)
    assert [(w.id, w.text) for w in light] == ([(vid, warning)] if warns else [])


def test_funding_warning_stops_after_entering_verstetigung(services):
    data = VerbundData(name="WASA", funding_end=date(2024, 9, 30), phase="Aktiv")
    vb = services.verbuende.create(data, today=date(2021, 1, 1))
    assert services.health.check(vb.id, TODAY).funding_warning
    services.verbuende.change_phase(vb.id, "Verstetigung", date(2024, 6, 1))
    assert services.health.check(vb.id, TODAY).funding_warning == ""


def test_score_of_a_healthy_and_an_empty_verbund(services, uow_factory, vid, join):
    coordination(join, vid)
    firm = join(vid, "Harzer Metall GmbH", signed=True)
    for kind in ("Agentur für Arbeit", "Kammer (IHK)", "Gewerkschaft", KOMMUNE):
        join(vid, f"Partner {kind}", kind, signed=True)
    advise(services, firm, date(2024, 3, 1))
    add_event(uow_factory, vid, INFO, date(2024, 2, 1), "Infoabend")
    add_event(uow_factory, vid, YOUTH, date(2024, 4, 25), "Zukunftstag")
    empty = services.verbuende.create(VerbundData(name="Leer")).id
    reports = services.health.check_many([vid, empty], TODAY)
    healthy = reports[vid]
    assert [f.met for f in healthy.factors] == [True] * 5, [f.reason for f in healthy.factors]
    assert (healthy.score, healthy.score_text, healthy.checked_on) == (5, "5/5", TODAY)
    assert [f.number for f in healthy.factors] == [1, 2, 3, 4, 5]
    assert reports[empty].score_text == "0/5"
    with pytest.raises(NotFoundError):
        services.health.check(4711, TODAY)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2024, 6, 15), 6, date(2023, 12, 15)),
        (date(2024, 3, 31), 1, date(2024, 2, 29)),  # clamped to the month's end
        (date(2023, 3, 31), 1, date(2023, 2, 28)),
        (date(2024, 1, 10), 12, date(2023, 1, 10)),
        (date(2024, 8, 31), -6, date(2025, 2, 28)),  # forward
    ],
)
def test_months_back(day, months, expected):
    assert months_back(day, months) == expected
