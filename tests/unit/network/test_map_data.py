"""The districts' outlines: 14, keyed like the region table, holes kept, organisations
placed inside their own district."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from wba_desktop.network.map_data import ATTRIBUTION, load_state_map, place_points
from wba_desktop.paths import resource_path

REGIONS_CSV = Path(__file__).resolve().parents[3] / "resources" / "regions_sachsen_anhalt.csv"


@pytest.fixture(scope="module")
def state():
    return load_state_map()


def test_the_shipped_file_has_the_14_districts_of_the_region_table(state):
    with open(REGIONS_CSV, encoding="utf-8") as fh:
        regions = {row["ags"]: row["name"] for row in csv.DictReader(fh)}
    assert {d.ags: d.name for d in state.districts} == regions
    assert resource_path("districts_sachsen_anhalt.geojson").exists()
    assert ATTRIBUTION == "© GeoBasis-DE / BKG (2021)"


def test_projection_gives_the_real_sizes(state):
    # Sachsen-Anhalt: about 20,450 km², some 180 km wide and 230 km tall
    total = sum(d.area for d in state.districts)
    assert 20_000 < total < 20_900
    x0, y0, x1, y1 = state.bounds
    assert 170 < x1 - x0 < 190 and 225 < y1 - y0 < 240
    assert 190 < state.by_name("Magdeburg").area < 210


def test_halle_is_a_hole_in_the_saalekreis(state):
    halle, saalekreis = state.by_name("Halle (Saale)"), state.by_name("Saalekreis")
    inside_halle = halle.label_point
    assert halle.contains(inside_halle)[0]
    assert not saalekreis.contains(inside_halle)[0]
    assert saalekreis.contains(saalekreis.label_point)[0]
    # the hole is taken off the Saalekreis' area
    ring = saalekreis.polygons[0][0]
    x, y = ring[:, 0], ring[:, 1]
    exterior_only = abs(0.5 * (np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1])))
    assert saalekreis.area == pytest.approx(exterior_only - halle.area, rel=0.02)


def test_label_points_lie_well_inside(state):
    for d in state.districts:
        assert d.contains(d.label_point)[0], d.name
        assert d.edge_distance(d.label_point)[0] > 2.0, d.name  # km from the border


@pytest.mark.parametrize("n", [1, 7, 300, 2500])
def test_organisations_are_placed_inside_their_district(state, n):
    for d in state.districts:
        pts = place_points(d, n, seed=1)
        assert pts.shape == (n, 2)
        assert d.contains(pts).all(), d.name
        others = [o for o in state.districts if o is not d]
        assert not any(o.contains(pts).any() for o in others), d.name


def test_placement_is_deterministic_and_spread(state):
    harz = state.by_name("Harz")
    a, b = place_points(harz, 200, seed=1), place_points(harz, 200, seed=1)
    assert np.array_equal(a, b)
    d = np.hypot(a[:, None, 0] - a[None, :, 0], a[:, None, 1] - a[None, :, 1])
    np.fill_diagonal(d, np.inf)
    # evenly spread: no two dots nearly on top of each other (grid spacing ≈ 2.9 km)
    assert d.min() > 1.0
