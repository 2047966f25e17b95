"""Weiterbildungsverbünde on a real database: the record with its districts, version
conflicts, validation that saves nothing, lookup and overview filters, and the dated
phase history (append, reject out-of-order or repeated phases, take back the newest)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from wba_desktop.errors import ConflictError, NotFoundError, ValidationError
from wba_desktop.models import Verbund, VerbundMember, VerbundPhase, verbund_region
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.verbuende.members import MemberData
from wba_desktop.services.verbuende.records import VerbundData, VerbundFilter


@pytest.fixture
def regions(services) -> dict[str, int]:
    return {r.name: r.id for r in services.reference.regions()}


@pytest.fixture
def make_org(services):
    types = {t.name: t.id for t in services.reference.organisation_types()}

    def make(name: str, kind: str = "Unternehmen") -> int:
        data = OrganisationData(name=name, type_id=types[kind])
        return services.organisations.create(data, allow_duplicate=True).id

    return make


def count(uow_factory, table) -> int:
    """Rows in a mapped class or a plain table."""
    with uow_factory() as uow:
        return uow.session.scalar(select(func.count()).select_from(table))


def names(rows) -> list[str]:
    return [r.name for r in rows]


# -- the record ----------------------------------------------------------------------------
def test_create_and_get_round_trip(services, regions, make_org):
    rkw = make_org("RKW Sachsen-Anhalt", "Weiterbildungsträger")
    data = VerbundData(
        name="  Weiterbildungsverbund Automotive Sachsen-Anhalt ",
        short_name="WASA",
        type="Bildungsträger-geführt",
        sectors="Automotive",
        region_ids=(regions["Magdeburg"], regions["Harz"], regions["Dessau-Roßlau"]),
        coordinator_id=rkw,
        funding_programme="Aufbau von Weiterbildungsverbünden",
        funding_start=date(2021, 1, 1),
        funding_end=date(2023, 12, 31),
        budget=450000.5,
        continuation_plan="  Trägerverein gründen ",
        phase="Anbahnung",
        phase_since=date(2020, 10, 1),
    )
    created = services.verbuende.create(data)
    got = services.verbuende.get(created.id)
    assert got.version == 1
    assert got.data.name == "Weiterbildungsverbund Automotive Sachsen-Anhalt"
    assert got.label == "Weiterbildungsverbund Automotive Sachsen-Anhalt (WASA)"
    assert got.data.continuation_plan == "Trägerverein gründen"
    assert (got.data.funding_start, got.data.funding_end) == (date(2021, 1, 1), date(2023, 12, 31))
    assert got.data.budget == pytest.approx(450000.5)
    assert got.coordinator_name == "RKW Sachsen-Anhalt"
    assert got.region_names == ("Dessau-Roßlau", "Harz", "Magdeburg")
    assert set(got.data.region_ids) == {
        regions["Magdeburg"],
        regions["Harz"],
        regions["Dessau-Roßlau"],
    }
    assert got.wba_regions == ("Nord", "Ost", "West")
    assert got.phase == "Anbahnung" and got.data.phase_since == date(2020, 10, 1)
    assert [(h.phase, h.since, h.note) for h in got.history] == [
        ("Anbahnung", date(2020, 10, 1), "angelegt")
    ]


def test_create_without_phase_date_records_today(services):
    vb = services.verbuende.create(VerbundData(name="Pflegeverbund"), today=date(2024, 5, 2))
    assert [(h.phase, h.since) for h in vb.history] == [("Idee", date(2024, 5, 2))]
    plain = services.verbuende.create(VerbundData(name="Logistikverbund"))
    assert plain.history[0].since == date.today()


def test_update_bumps_version_and_stale_version_conflicts(services, regions):
    vb = services.verbuende.create(
        VerbundData(name="Energieverbund", region_ids=(regions["Harz"],))
    )
    data = vb.data
    data.name = "Energieverbund Harz"
    data.region_ids = (regions["Harz"], regions["Salzlandkreis"])
    updated = services.verbuende.update(vb.id, data, vb.version)
    assert updated.version == vb.version + 1
    assert updated.region_names == ("Harz", "Salzlandkreis")
    stale = services.verbuende.get(vb.id).data
    stale.name = "Überholt"
    stale.region_ids = ()
    with pytest.raises(ConflictError, match="Energieverbund Harz"):
        services.verbuende.update(vb.id, stale, vb.version)
    got = services.verbuende.get(vb.id)
    assert got.name == "Energieverbund Harz" and got.region_names == ("Harz", "Salzlandkreis")
    assert got.version == updated.version


def test_districts_only_update_bumps_version(services, regions):
    vb = services.verbuende.create(
        VerbundData(name="Energieverbund", region_ids=(regions["Harz"],))
    )
    data = vb.data
    data.region_ids = (regions["Harz"], regions["Börde"])
    updated = services.verbuende.update(vb.id, data, vb.version)
    assert updated.version == vb.version + 1
    stale = services.verbuende.get(vb.id).data
    stale.region_ids = ()
    with pytest.raises(ConflictError):
        services.verbuende.update(vb.id, stale, vb.version)
    assert services.verbuende.get(vb.id).region_names == ("Börde", "Harz")


def test_update_or_get_of_unknown_verbund_is_not_found(services):
    with pytest.raises(NotFoundError):
        services.verbuende.get(4711)
    with pytest.raises(NotFoundError):
        services.verbuende.update(4711, VerbundData(name="Weg"), 1)


def test_name_is_unique_ignoring_case(services, uow_factory):
    first = services.verbuende.create(VerbundData(name="Ökoverbund Harz"))
    with pytest.raises(ValidationError) as exc:
        services.verbuende.create(VerbundData(name="ÖKOVERBUND HARZ"))
    assert "gibt es schon" in exc.value.errors["name"]
    other = services.verbuende.create(VerbundData(name="Holzverbund"))
    with pytest.raises(ValidationError) as exc:
        services.verbuende.update(other.id, VerbundData(name="ökoverbund harz"), other.version)
    assert "name" in exc.value.errors
    assert count(uow_factory, Verbund) == 2 and count(uow_factory, VerbundPhase) == 2
    assert services.verbuende.get(other.id).name == "Holzverbund"
    # renaming itself to another spelling is no clash
    renamed = services.verbuende.update(
        first.id, VerbundData(name="ÖKOVERBUND harz"), first.version
    )
    assert renamed.name == "ÖKOVERBUND harz"


def test_funding_end_before_start_saves_nothing(services, uow_factory, regions):
    data = VerbundData(
        name="Chemieverbund",
        region_ids=(regions["Saalekreis"],),
        funding_start=date(2024, 7, 1),
        funding_end=date(2024, 6, 30),
    )
    with pytest.raises(ValidationError) as exc:
        services.verbuende.create(data)
    message = exc.value.errors["funding_end"]
    assert "30.06.2024" in message and "01.07.2024" in message
    assert count(uow_factory, Verbund) == 0
    assert count(uow_factory, VerbundPhase) == 0
    assert count(uow_factory, verbund_region) == 0


def test_all_field_errors_at_once_and_nothing_saved(services, uow_factory):
    with pytest.raises(ValidationError) as exc:
        services.verbuende.create(
            VerbundData(name="  ", type="Kartell", phase="Blüte", budget=-1.0, short_name="x" * 41)
        )
    assert set(exc.value.errors) == {"name", "type", "phase", "budget", "short_name"}
    assert count(uow_factory, Verbund) == 0


def test_unknown_coordinator_or_district_saves_nothing(services, uow_factory):
    with pytest.raises(ValidationError) as exc:
        services.verbuende.create(
            VerbundData(name="Geisterverbund", coordinator_id=999_999, region_ids=(999_999,))
        )
    assert set(exc.value.errors) == {"coordinator_id", "region_ids"}
    assert count(uow_factory, Verbund) == 0 and count(uow_factory, VerbundPhase) == 0


def test_by_name_finds_name_or_short_name(services):
    vb = services.verbuende.create(
        VerbundData(name="Weiterbildungsverbund Automotive Sachsen-Anhalt", short_name="WASA")
    )
    assert services.verbuende.by_name(" wasa ").id == vb.id
    assert services.verbuende.by_name("weiterbildungsverbund automotive sachsen-anhalt").id == vb.id
    with pytest.raises(NotFoundError, match="Automotive"):
        services.verbuende.by_name("Automotive")


# -- the overview -------------------------------------------------------------------------
@pytest.fixture
def three(services, regions, make_org):
    """Three Verbünde differing in phase, type, districts and coordinator."""
    hwk = make_org("Handwerkskammer Halle", "Kammer (HWK)")
    a = services.verbuende.create(
        VerbundData(
            name="Bauverbund Süd",
            short_name="BVS",
            type="Sozialpartnerschaftlich",
            region_ids=(regions["Halle (Saale)"], regions["Saalekreis"]),
            coordinator_id=hwk,
            phase="Aktiv",
        )
    )
    b = services.verbuende.create(
        VerbundData(
            name="Altmark Digital",
            type="Wirtschaftsförderung",
            region_ids=(regions["Altmarkkreis Salzwedel"],),
        )
    )
    c = services.verbuende.create(
        VerbundData(
            name="Zukunft Harz",
            type="Wirtschaftsförderung",
            region_ids=(regions["Harz"], regions["Magdeburg"]),
            phase="Aktiv",
        )
    )
    return a.id, b.id, c.id


def test_rows_filter_by_phase_type_district_region_and_text(services, regions, three):
    rows = services.verbuende.rows
    assert names(rows()) == ["Altmark Digital", "Bauverbund Süd", "Zukunft Harz"]
    assert names(rows(VerbundFilter(phases=("Aktiv",)))) == ["Bauverbund Süd", "Zukunft Harz"]
    assert names(rows(VerbundFilter(types=("Wirtschaftsförderung",)))) == [
        "Altmark Digital",
        "Zukunft Harz",
    ]
    assert names(rows(VerbundFilter(region_ids=(regions["Harz"],)))) == ["Zukunft Harz"]
    assert names(rows(VerbundFilter(wba_regions=("Nord",)))) == ["Altmark Digital", "Zukunft Harz"]
    assert names(rows(VerbundFilter(wba_regions=("Süd",), phases=("Idee",)))) == []
    assert names(rows(VerbundFilter(text="bvs"))) == ["Bauverbund Süd"]  # short name
    assert names(rows(VerbundFilter(text="handwerkskammer"))) == ["Bauverbund Süd"]
    assert names(rows(VerbundFilter(text="SUD"))) == ["Bauverbund Süd"]  # accents folded
    row = rows(VerbundFilter(text="Bauverbund"))[0]
    assert row.coordinator_name == "Handwerkskammer Halle"
    assert row.wba_regions == ("Süd",) and row.phase == "Aktiv"


def test_member_counts_leave_out_members_who_left(services, make_org, three):
    vid = three[0]
    today = date.today()
    for name, left_on in (
        ("Bau GmbH", None),
        ("Dach AG", None),
        ("Fenster KG", today - timedelta(days=1)),
        ("Estrich OHG", today + timedelta(days=30)),  # still a member today
    ):
        services.verbund_members.save_member(
            vid,
            MemberData(make_org(name), joined_on=today - timedelta(days=400), left_on=left_on),
        )
    counts = {r.name: r.members for r in services.verbuende.rows()}
    assert counts == {"Altmark Digital": 0, "Bauverbund Süd": 3, "Zukunft Harz": 0}


def test_delete_removes_the_verbund_with_its_parts(services, uow_factory, make_org, three):
    vid = three[0]
    services.verbund_members.save_member(vid, MemberData(make_org("Bau GmbH")))
    services.verbuende.delete(vid)
    with pytest.raises(NotFoundError):
        services.verbuende.get(vid)
    assert names(services.verbuende.rows()) == ["Altmark Digital", "Zukunft Harz"]
    assert count(uow_factory, VerbundMember) == 0
    assert count(uow_factory, VerbundPhase) == 2
    services.verbuende.delete(vid)  # deleting again is harmless


# -- phase history ------------------------------------------------------------------------
@pytest.fixture
def idea(services):
    return services.verbuende.create(
        VerbundData(name="Pflegeverbund Börde", phase="Anbahnung", phase_since=date(2024, 1, 15))
    )


def test_change_phase_appends_to_the_history(services, idea):
    services.verbuende.change_phase(idea.id, "Konstituierung", date(2024, 3, 1), " Kick-off ")
    vb = services.verbuende.change_phase(idea.id, "Aktiv", date(2024, 6, 1))
    assert [(h.phase, h.since) for h in vb.history] == [
        ("Anbahnung", date(2024, 1, 15)),
        ("Konstituierung", date(2024, 3, 1)),
        ("Aktiv", date(2024, 6, 1)),
    ]
    assert vb.history[1].note == "Kick-off"
    assert vb.phase == "Aktiv" and vb.data.phase_since == date(2024, 6, 1)
    row = services.verbuende.rows(VerbundFilter(phases=("Aktiv",)))[0]
    assert (row.id, row.phase_since) == (idea.id, date(2024, 6, 1))


def test_change_dated_before_the_previous_one_is_rejected(services, idea):
    services.verbuende.change_phase(idea.id, "Konstituierung", date(2024, 3, 1))
    with pytest.raises(ValidationError) as exc:
        services.verbuende.change_phase(idea.id, "Aktiv", date(2024, 2, 1))
    message = exc.value.errors["since"]
    assert "01.02.2024" in message and "01.03.2024" in message
    assert "liegt vor" in message
    got = services.verbuende.get(idea.id)
    assert got.phase == "Konstituierung" and len(got.history) == 2


def test_same_phase_twice_and_bad_input_are_rejected(services, idea):
    with pytest.raises(ValidationError) as exc:
        services.verbuende.change_phase(idea.id, "Anbahnung", date(2024, 2, 1))
    assert "schon in „Anbahnung“" in exc.value.errors["phase"]
    with pytest.raises(ValidationError) as exc:
        services.verbuende.change_phase(idea.id, "Blüte", date(2024, 2, 1))
    assert "phase" in exc.value.errors
    with pytest.raises(ValidationError) as exc:
        services.verbuende.change_phase(idea.id, "Aktiv", None)
    assert "since" in exc.value.errors
    with pytest.raises(NotFoundError):
        services.verbuende.change_phase(4711, "Aktiv", date(2024, 2, 1))
    got = services.verbuende.get(idea.id)
    assert got.phase == "Anbahnung" and len(got.history) == 1


def test_only_the_newest_phase_entry_can_be_taken_back(services, idea):
    services.verbuende.change_phase(idea.id, "Konstituierung", date(2024, 3, 1))
    vb = services.verbuende.change_phase(idea.id, "Aktiv", date(2024, 6, 1))
    first, middle, newest = vb.history
    with pytest.raises(ValidationError, match="Nur der letzte"):
        services.verbuende.delete_phase_entry(idea.id, middle.id)
    assert len(services.verbuende.get(idea.id).history) == 3
    vb = services.verbuende.delete_phase_entry(idea.id, newest.id)
    assert vb.phase == "Konstituierung" and [h.id for h in vb.history] == [first.id, middle.id]
    vb = services.verbuende.delete_phase_entry(idea.id, middle.id)
    assert vb.phase == "Anbahnung"
    with pytest.raises(ValidationError, match="erste Phase bleibt"):
        services.verbuende.delete_phase_entry(idea.id, first.id)
    got = services.verbuende.get(idea.id)
    assert got.phase == "Anbahnung" and [h.id for h in got.history] == [first.id]


# -- known gaps (see the reasons) -----------------------------------------------------------
@pytest.mark.parametrize("field", ["type", "phase"])
def test_blank_type_or_phase_is_rejected(services, uow_factory, field):
    with pytest.raises(ValidationError) as exc:
        services.verbuende.create(VerbundData(name="Leerverbund", **{field: ""}))
    assert field in exc.value.errors
    assert count(uow_factory, Verbund) == 0


def test_by_name_of_blank_text_finds_nothing(services):
    services.verbuende.create(VerbundData(name="Pflegeverbund"))
    with pytest.raises(NotFoundError):
        services.verbuende.by_name("  ")


@pytest.mark.parametrize(("field", "limit"), [("sectors", 300), ("grant_reference", 80)])
def test_overlong_text_fields_are_rejected(services, uow_factory, field, limit):
    with pytest.raises(ValidationError) as exc:
        services.verbuende.create(VerbundData(name="Langverbund", **{field: "x" * (limit + 1)}))
    assert field in exc.value.errors
    assert count(uow_factory, Verbund) == 0
