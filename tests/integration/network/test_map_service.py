"""The map's numbers from a real database: partners, active Verbünde, events of the
last 12 months, gaps, ties between districts, one district's details, and the
matplotlib picture (14 filled districts, their names, PNG/SVG/PDF)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from matplotlib.colors import to_hex
from matplotlib.patches import PathPatch

from wba_desktop.network.map_render import draw_map
from wba_desktop.network.options import GraphOptions
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.relations import RelationData
from wba_desktop.services.events.event_data import EventData
from wba_desktop.services.verbuende.records import VerbundData

MAGDEBURG, BOERDE, HARZ = "15003", "15083", "15085"


@pytest.fixture
def land(services):
    """A small invented network in three districts (plus one organisation without)."""
    types = {t.name: t.id for t in services.reference.organisation_types()}
    regions = {r.ags: r.id for r in services.reference.regions()}
    rel = {t.name: t.id for t in services.reference.relation_types()}

    def org(name, kind, ags, active=True):
        region = regions[ags] if ags else None
        return services.organisations.create(
            OrganisationData(name=name, type_id=types[kind], region_id=region, active=active)
        ).id

    ids = {
        "ihk": org("IHK Elbtal", "Kammer (IHK)", MAGDEBURG),
        "aa": org("Agentur für Arbeit Elbtal", "Agentur für Arbeit", MAGDEBURG),
        "firm": org("Metallbau Krummbach GmbH", "Unternehmen", BOERDE),
        "kreis": org("Landkreis Harzfeld", "Kommune / Landkreis", HARZ),
        "old": org("Alte Werkstatt Harzfeld", "Unternehmen", HARZ, active=False),
        "nowhere": org("Reisende Akademie", "Weiterbildungsträger", None),
    }
    year = date(2020, 1, 1)
    for a, b, kind, until in (
        ("firm", "ihk", "Mitgliedschaft", None),
        ("kreis", "ihk", "Kooperation", None),
        ("ihk", "aa", "Kooperation", None),  # inside Magdeburg: no band
        ("firm", "aa", "Kooperation", date(2021, 1, 1)),  # ended: no band
    ):
        services.relations.save(
            RelationData(ids[a], ids[b], rel[kind], valid_from=year, valid_until=until)
        )
    active = services.verbuende.create(
        VerbundData(
            name="Verbund Harzfeld-Börde",
            region_ids=(regions[HARZ], regions[BOERDE]),
            phase_since=date(2024, 1, 1),
        )  # fmt: skip
    ).id
    services.verbuende.change_phase(active, "Aktiv", date(2024, 6, 1))
    services.verbuende.create(VerbundData(name="Verbund Idee Harz", region_ids=(regions[HARZ],)))
    now = datetime.now().replace(microsecond=0)
    for title, ago, status in (
        ("Netzwerktreffen Harz", 30, "durchgeführt"),
        ("Alter Workshop Harz", 400, "durchgeführt"),
        ("Abgesagtes Treffen Harz", 20, "abgesagt"),
    ):
        start = now - timedelta(days=ago)
        services.events.create(
            EventData(title=title, starts_at=start, ends_at=start + timedelta(hours=2),
                      region_id=regions[HARZ], status=status),
            today=start.date(),  # entered back then
        )  # fmt: skip
    return ids


def test_numbers_per_district(services, land):
    ov = services.map.overview()
    assert [d.ags for d in ov.districts] == [d.ags for d in services.map.state_map.districts]
    md, boerde, harz = ov.figures(MAGDEBURG), ov.figures(BOERDE), ov.figures(HARZ)
    assert (md.partners, boerde.partners, harz.partners) == (2, 1, 1)  # the inactive one not
    assert (harz.verbuende, boerde.verbuende, md.verbuende) == (1, 1, 0)
    assert (harz.events, md.events) == (1, 0)
    assert ov.unplaced == 1
    assert sum(d.partners for d in ov.districts) == 4
    # the gap analysis of the network, per district: Magdeburg has its chamber
    assert not any(g.startswith("Kammer") for g in md.gaps)
    assert any(g.startswith("Kammer") for g in harz.gaps)
    assert harz.value("gaps") == len(harz.gaps) > 0
    assert set(ov.ties) == {(MAGDEBURG, BOERDE, 1), (MAGDEBURG, HARZ, 1)}


def test_organisations_lie_inside_their_district(services, land):
    ov = services.map.overview()
    state = services.map.state_map
    assert {p.id for p in ov.points} == {land[k] for k in ("ihk", "aa", "firm", "kreis")}
    for p in ov.points:
        assert state.by_ags(p.ags).contains((p.x, p.y))[0], p.name
    assert {p.ags for p in ov.points if p.id == land["firm"]} == {BOERDE}


def test_filters_kinds_districts_and_inactive(services, land):
    types = {t.name: t.id for t in services.reference.organisation_types()}
    regions = {r.ags: r.id for r in services.reference.regions()}
    ov = services.map.overview(GraphOptions(type_ids=(types["Unternehmen"],)))
    assert ov.figures(BOERDE).partners == 1 and ov.figures(MAGDEBURG).partners == 0
    assert ov.ties == ()  # no band: the chamber is filtered out
    # gaps count every kind, whatever the kind filter
    assert not any(g.startswith("Kammer") for g in ov.figures(MAGDEBURG).gaps)
    ov = services.map.overview(GraphOptions(include_inactive=True))
    assert ov.figures(HARZ).partners == 2
    ov = services.map.overview(GraphOptions(region_ids=(regions[HARZ],)))
    assert ov.figures(HARZ).selected and ov.figures(HARZ).value("partners") == 1
    assert ov.figures(MAGDEBURG).value("partners") is None


def test_district_detail(services, land):
    ov = services.map.overview()
    detail = services.map.district(ov, HARZ)
    assert [p.name for p in detail.partners] == ["Landkreis Harzfeld"]
    assert [(v.name, v.active) for v in detail.verbuende] == [
        ("Verbund Harzfeld-Börde", True), ("Verbund Idee Harz", False),
    ]  # fmt: skip
    assert detail.ties == (("Magdeburg", 1),)
    magdeburg = services.map.district(ov, MAGDEBURG)
    assert [p.name for p in magdeburg.partners] == ["Agentur für Arbeit Elbtal", "IHK Elbtal"]
    assert magdeburg.ties == (("Börde", 1), ("Harz", 1))


def test_the_picture_has_14_filled_districts_with_their_names(services, land):
    ov = services.map.overview()
    state = services.map.state_map
    fig = draw_map(ov, state, "partners")
    ax = fig.axes[0]
    districts = [p for p in ax.patches if (p.get_gid() or "").startswith("district-")]
    assert len(districts) == 14
    classes = ov.classification("partners")
    by_ags = {p.get_gid().removeprefix("district-"): p for p in districts}
    for d in ov.districts:
        assert isinstance(by_ags[d.ags], PathPatch)
        assert to_hex(by_ags[d.ags].get_facecolor()) == classes.colour_of(d.partners)
    assert to_hex(by_ags[MAGDEBURG].get_facecolor()) != to_hex(by_ags[HARZ].get_facecolor())
    labels = {t.get_gid(): t.get_text() for t in ax.texts if t.get_gid()}
    assert len(labels) == 14
    for d in ov.districts:
        *name, number = labels[f"label-{d.ags}"].split("\n")
        assert " ".join(name).replace("- ", "-") == d.name
        assert number == str(d.partners)
    assert any("© GeoBasis-DE / BKG (2021)" in t.get_text() for t in fig.texts)


@pytest.mark.parametrize(
    ("ending", "magic"), [("png", b"\x89PNG\r\n\x1a\n"), ("svg", b"<?xml"), ("pdf", b"%PDF")]
)
def test_export_writes_pictures(services, land, tmp_path, ending, magic):
    path = services.map.export(tmp_path / f"karte.{ending}", "gaps")
    assert path.read_bytes().startswith(magic)
    if ending == "svg":
        svg = path.read_text(encoding="utf-8")
        assert svg.count('id="district-') == 14
        assert "GeoBasis-DE" in svg or "GeoBasis" in svg
