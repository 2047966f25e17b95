"""The districts of Sachsen-Anhalt as plane polygons: loading, projecting, testing points.

The outlines come from ``resources/districts_sachsen_anhalt.geojson`` (BKG VG5000,
licence dl-de/by-2-0; the attribution must be shown wherever the map is). One state
is small enough for an equirectangular projection with the x axis scaled by the
cosine of the middle latitude: kilometres east and north of the state's south-west
corner, distortion well under 1 %. Plain ``json`` and numpy; no GIS library.

Rings are stored exterior first, then holes (the Saalekreis has Halle as one),
exteriors counter-clockwise and holes clockwise, so a drawing with either fill rule
(non-zero or even-odd) leaves the holes open.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

GEOJSON_FILE = "districts_sachsen_anhalt.geojson"
ATTRIBUTION = "© GeoBasis-DE / BKG (2021)"
LICENCE = "Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)"
EARTH_RADIUS_KM = 6371.0

Ring = np.ndarray  # (n, 2) float, closed (first point == last point)
Polygon = tuple[Ring, ...]  # exterior, then holes


@dataclass(frozen=True, eq=False)
class DistrictShape:
    """One Landkreis or kreisfreie Stadt: its key, name and outline in kilometres."""

    ags: str
    name: str
    kind: str
    polygons: tuple[Polygon, ...]
    #: a point well inside the outline (far from every edge): for the name and the bands
    label_point: tuple[float, float]
    area: float  # km²

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        pts = np.vstack([p[0] for p in self.polygons])
        return (*pts.min(axis=0), *pts.max(axis=0))

    def contains(self, points) -> np.ndarray:
        """True for each point (``(n, 2)`` array or one ``(x, y)``) inside the outline."""
        pts = np.atleast_2d(np.asarray(points, dtype=float))
        inside = np.zeros(len(pts), dtype=bool)
        for polygon in self.polygons:
            inside |= _inside_polygon(polygon, pts)
        return inside

    def edge_distance(self, points) -> np.ndarray:
        """Distance (km) of each point to the nearest edge of the outline."""
        pts = np.atleast_2d(np.asarray(points, dtype=float))
        best = np.full(len(pts), np.inf)
        for polygon in self.polygons:
            for ring in polygon:
                best = np.minimum(best, _segment_distance(ring, pts))
        return best


@dataclass(frozen=True, eq=False)
class StateMap:
    districts: tuple[DistrictShape, ...]
    bounds: tuple[float, float, float, float]
    attribution: str = ATTRIBUTION

    def by_ags(self, ags: str) -> DistrictShape:
        return next(d for d in self.districts if d.ags == ags)

    def by_name(self, name: str) -> DistrictShape:
        return next(d for d in self.districts if d.name == name)


def load_state_map(path: str | os.PathLike[str] | None = None) -> StateMap:
    """The 14 districts from the shipped GeoJSON (or ``path``); read once and kept."""
    if path is None:
        from wba_desktop.paths import resource_path

        path = resource_path(GEOJSON_FILE)
    return _load(str(Path(path).resolve()))


@lru_cache(maxsize=4)
def _load(path: str) -> StateMap:
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    features = data["features"]
    lats = [pt[1] for f in features for poly in _polygons(f) for ring in poly for pt in ring]
    lons = [pt[0] for f in features for poly in _polygons(f) for ring in poly for pt in ring]
    lon0, lat0 = min(lons), min(lats)
    scale = math.cos(math.radians((min(lats) + max(lats)) / 2))
    districts = []
    for f in features:
        polygons = tuple(
            tuple(
                _oriented(_project(ring, lon0, lat0, scale), hole=i > 0)
                for i, ring in enumerate(poly)
            )
            for poly in _polygons(f)
        )
        props = f["properties"]
        area = sum(_signed_area(p[0]) - sum(-_signed_area(h) for h in p[1:]) for p in polygons)
        shape = DistrictShape(
            str(props["ags"]), props["name"], props.get("kind", ""), polygons, (0.0, 0.0), area
        )
        object.__setattr__(shape, "label_point", _pole(shape))
        districts.append(shape)
    pts = np.vstack([p[0] for d in districts for p in d.polygons])
    bounds = (*pts.min(axis=0), *pts.max(axis=0))
    return StateMap(tuple(districts), tuple(float(b) for b in bounds))


def _polygons(feature: dict) -> list:
    geometry = feature["geometry"]
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    return geometry["coordinates"]


def _project(ring: list, lon0: float, lat0: float, scale: float) -> Ring:
    """Longitude/latitude in degrees to kilometres east/north of (lon0, lat0)."""
    arr = np.asarray(ring, dtype=float)[:, :2]
    k = math.pi / 180 * EARTH_RADIUS_KM
    out = np.column_stack(((arr[:, 0] - lon0) * k * scale, (arr[:, 1] - lat0) * k))
    if not np.array_equal(out[0], out[-1]):
        out = np.vstack([out, out[:1]])
    return out


def _signed_area(ring: Ring) -> float:
    x, y = ring[:, 0], ring[:, 1]
    return float(0.5 * (np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1])))


def _oriented(ring: Ring, hole: bool) -> Ring:
    ccw = _signed_area(ring) > 0
    return ring[::-1].copy() if ccw == hole else ring


def _inside_polygon(polygon: Polygon, pts: np.ndarray) -> np.ndarray:
    """Even-odd ray casting over every ring of one polygon (holes excluded), points ×
    edges at once."""
    px, py = pts[:, 0:1], pts[:, 1:2]
    crossings = np.zeros(len(pts), dtype=np.int64)
    for ring in polygon:
        a, b = ring[:-1], ring[1:]
        x1, y1, x2, y2 = a[:, 0], a[:, 1], b[:, 0], b[:, 1]
        spans = (y1 > py) != (y2 > py)
        dy = np.where(y2 == y1, 1e-12, y2 - y1)
        x_at = x1 + (py - y1) * (x2 - x1) / dy
        crossings += (spans & (px < x_at)).sum(axis=1)
    return crossings % 2 == 1


def _segment_distance(ring: Ring, pts: np.ndarray) -> np.ndarray:
    """Distance of each point to the nearest segment of ``ring`` (points × segments)."""
    ax, ay = ring[:-1, 0], ring[:-1, 1]
    abx, aby = ring[1:, 0] - ax, ring[1:, 1] - ay
    length2 = np.maximum(abx * abx + aby * aby, 1e-12)
    dx = pts[:, 0:1] - ax
    dy = pts[:, 1:2] - ay
    t = np.clip((dx * abx + dy * aby) / length2, 0.0, 1.0)
    dx -= t * abx
    dy -= t * aby
    return np.sqrt((dx * dx + dy * dy).min(axis=1))


def _pole(shape: DistrictShape) -> tuple[float, float]:
    """The point of the largest part farthest from every edge (a coarse grid, refined
    twice): where a name fits best, also for C-shaped districts and rings."""
    largest = max(shape.polygons, key=lambda p: abs(_signed_area(p[0])))
    part = DistrictShape(shape.ags, shape.name, shape.kind, (largest,), (0, 0), 0)
    x0, y0 = largest[0].min(axis=0)
    x1, y1 = largest[0].max(axis=0)
    best, step = None, max(x1 - x0, y1 - y0) / 30
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    half_x, half_y = (x1 - x0) / 2, (y1 - y0) / 2
    for _round in range(3):
        xs = np.arange(cx - half_x, cx + half_x + step, step)
        ys = np.arange(cy - half_y, cy + half_y + step, step)
        gx, gy = np.meshgrid(xs, ys)
        grid = np.column_stack((gx.ravel(), gy.ravel()))
        grid = grid[part.contains(grid)]
        if len(grid) == 0:
            break
        dist = part.edge_distance(grid)
        # a slight pull to the middle keeps names off long thin arms
        score = dist - 0.05 * np.hypot(grid[:, 0] - cx, grid[:, 1] - cy)
        best = grid[int(np.argmax(score))]
        cx, cy = best
        half_x = half_y = step * 2
        step /= 4
    if best is None:
        pts = largest[0]
        return float(pts[:, 0].mean()), float(pts[:, 1].mean())
    return float(best[0]), float(best[1])


def place_points(shape: DistrictShape, n: int, seed: int = 1) -> np.ndarray:
    """``n`` points spread evenly inside ``shape`` (a jittered hexagonal grid, kept off
    the edges), deterministic for the same district, number and seed."""
    if n <= 0:
        return np.zeros((0, 2))
    rng = np.random.default_rng([seed, int(shape.ags or 0), n])
    x0, y0, x1, y1 = shape.bounds
    # a little denser than n points would need: the edges' margin takes some away
    spacing = 0.9 * math.sqrt(max(shape.area, 1e-6) / n)
    found = np.zeros((0, 2))
    for _attempt in range(14):
        row_h = spacing * math.sqrt(3) / 2
        ys = np.arange(y0 + row_h * rng.random(), y1, row_h)
        xs = np.arange(x0 + spacing * rng.random(), x1 + spacing, spacing)
        gx, gy = np.meshgrid(xs, ys)
        gx = gx + (np.arange(len(ys))[:, None] % 2) * spacing / 2
        grid = np.column_stack((gx.ravel(), gy.ravel()))
        grid = grid + rng.uniform(-0.18, 0.18, grid.shape) * spacing
        grid = grid[shape.contains(grid)]
        if len(grid):
            margin = min(spacing * 0.4, 1.5)
            grid = grid[shape.edge_distance(grid) >= margin]
        if len(grid) >= n:
            found = grid
            break
        spacing *= 0.85
    if len(found) < n:  # a tiny district with very many members: share places
        base = found if len(found) else np.array([shape.label_point])
        found = base[np.arange(n) % len(base)]
    chosen = rng.permutation(len(found))[:n]
    return found[chosen]
