"""The Lotsen layers of the map and the network, from the fixed inquiries of conftest.py:
the map's mode „anfragen“ (14 districts, counts by status), the CLI ``--by anfragen``,
and the network's layer „Vermittlungen“ (weighted ties from our agency to partners)."""

from __future__ import annotations

from datetime import date

from matplotlib.colors import to_hex

from wba_desktop import cli
from wba_desktop.network.map_render import draw_map
from wba_desktop.network.options import GraphOptions
from wba_desktop.network.referral_ties import REFERRAL_KIND, referral_ties

PERIOD = (date(2026, 1, 1), date(2026, 3, 31))
MAGDEBURG, HARZ, HALLE = "15003", "15085", "15002"


def test_map_mode_counts_inquiries_per_district(services, lotsen):
    ov = services.map.overview(inquiry_period=PERIOD)
    values = ov.values("anfragen")
    assert len(values) == 14
    assert values[MAGDEBURG] == 2 and values[HARZ] == 2 and values[HALLE] == 1
    assert sum(values.values()) == 5
    harz = ov.figures(HARZ)
    assert dict(harz.inquiries_by_status) == {
        "neu": 1, "in Klärung": 0, "vermittelt": 1, "abgeschlossen": 0, "abgebrochen": 0
    }  # fmt: skip
    # the twelve months up to 31.03.2026 hold I0 (31.12.2025) too
    ov_as_of = services.map.overview(GraphOptions(as_of=date(2026, 3, 31)))
    assert ov_as_of.values("anfragen")[MAGDEBURG] == 3
    assert ov_as_of.inquiry_period == (date(2025, 4, 1), date(2026, 3, 31))


def test_map_picture_in_mode_anfragen(services, lotsen):
    ov = services.map.overview(inquiry_period=PERIOD)
    fig = draw_map(ov, services.map.state_map, "anfragen")
    ax = fig.axes[0]
    districts = {
        p.get_gid().removeprefix("district-"): p
        for p in ax.patches
        if (p.get_gid() or "").startswith("district-")
    }
    assert len(districts) == 14
    classes = ov.classification("anfragen")
    assert classes.title == "Anfragen"
    for d in ov.districts:
        assert to_hex(districts[d.ags].get_facecolor()) == classes.colour_of(d.inquiries)
    assert to_hex(districts[MAGDEBURG].get_facecolor()) != to_hex(
        districts["15090"].get_facecolor()
    )
    labels = {t.get_gid(): t.get_text() for t in ax.texts if t.get_gid()}
    assert labels[f"label-{MAGDEBURG}"].endswith("\n2")
    assert labels["label-15090"].endswith("\n0")


def test_map_cli_by_anfragen(db_url, lotsen, tmp_path, capsys):
    out = tmp_path / "karte.png"
    assert cli.main(["--db", db_url, "map", "--by", "anfragen", "--out", str(out)]) == 0
    assert "Karte „Anfragen“" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"\x89PNG")


def test_referral_ties_weighted_by_referrals(uow_factory, lotsen):
    ties = referral_ties(uow_factory, lotsen.agency)
    weights = {t.b: t.weight for t in ties}
    # P1: I0, I1, I2; P2: I1, I4
    assert weights == {lotsen.partners["P1"]: 3.0, lotsen.partners["P2"]: 2.0}
    assert all(t.a == lotsen.agency and t.kind == REFERRAL_KIND for t in ties)
    assert ties[0].label.startswith("Vermittlungen: ")
    dated = referral_ties(uow_factory, lotsen.agency, since=date(2026, 1, 5))
    assert {t.b: t.weight for t in dated} == {
        lotsen.partners["P1"]: 2.0,
        lotsen.partners["P2"]: 2.0,
    }
    until = referral_ties(uow_factory, lotsen.agency, until=date(2026, 1, 9))
    assert {t.b: t.weight for t in until} == {lotsen.partners["P1"]: 2.0}


def test_network_layer_adds_weighted_ties(services, lotsen):
    services.agency.set_own_organisation(lotsen.agency)
    p1, p2 = lotsen.partners["P1"], lotsen.partners["P2"]
    plain = services.network.picture(GraphOptions(), save=False).result.graph
    assert not plain.has_edge(lotsen.agency, p1)
    layered = services.network.picture(
        GraphOptions(), include_referrals=True, save=False
    ).result.graph
    edge = layered.edges[lotsen.agency, p1]
    assert edge["weight"] == 3.0 and REFERRAL_KIND in edge["kinds"]
    assert layered.edges[lotsen.agency, p2]["weight"] == 2.0
    # the network's date: referrals up to that day only
    dated = services.network.picture(
        GraphOptions(as_of=date(2026, 1, 8)), include_referrals=True, save=False
    ).result.graph
    assert dated.edges[lotsen.agency, p1]["weight"] == 2.0
    assert not dated.has_edge(lotsen.agency, p2)


def test_network_layer_without_own_organisation_adds_nothing(services, lotsen):
    layered = services.network.picture(GraphOptions(), include_referrals=True, save=False)
    assert layered.result.graph.number_of_edges() == 0
