"""Level of detail for the network canvas: organisations aggregated into groups.

At the state view the canvas draws one bubble per group (district, WBA region, kind
or Louvain group; its area grows with the number of members) and the ties between
groups as bands (width grows with the number of ties). A group opens up when the
user double-clicks it or zooms in past ``AUTO_OPEN`` times the fitted scale: its
members are then drawn at their own positions. No Qt here: arrays in, arrays out.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: zoomed in this many times beyond "fit", every group is open
AUTO_OPEN = 3.0
#: bubble radius as a share of the layout's extent: smallest group, and added for the largest
BUBBLE_MIN = 0.02
BUBBLE_SPAN = 0.065
BAND_MAX_PX = 14.0


@dataclass
class Groups:
    """Groups of one picture. ``member[i]``: the group index of node i."""

    names: list[str]
    colours: list[str]
    member: np.ndarray  # (N,) int
    counts: np.ndarray  # (G,) int
    centres: np.ndarray  # (G, 2) layout coordinates, spread so bubbles do not overlap
    radius: np.ndarray  # (G,) bubble radius in layout units (it grows as one zooms in)

    def __len__(self) -> int:
        return len(self.names)


def bubble_radius(counts: np.ndarray, extent: float) -> np.ndarray:
    """Area grows with the members; in layout units, so bubbles never overlap at any zoom."""
    top = max(int(counts.max(initial=1)), 1)
    return extent * (BUBBLE_MIN + BUBBLE_SPAN * np.sqrt(counts / top))


def build_groups(keys: list[str], colours: dict[str, str], xy: np.ndarray) -> Groups:
    """Groups from one key per node; bubbles start at their members' centre and are
    pushed apart until they do not overlap."""
    names = sorted(set(keys), key=lambda k: (k.startswith("ohne"), k))
    lookup = {k: i for i, k in enumerate(names)}
    member = np.array([lookup[k] for k in keys], dtype=np.int64)
    g = len(names)
    counts = np.bincount(member, minlength=g)
    centres = np.zeros((g, 2))
    if len(member):
        for axis in (0, 1):
            centres[:, axis] = np.bincount(member, weights=xy[:, axis], minlength=g) / np.maximum(
                counts, 1
            )
    extent = float(np.ptp(xy, axis=0).max()) if len(xy) > 1 else 1.0
    radius = bubble_radius(counts, max(extent, 1e-6))
    centres = spread(centres, radius * 1.08)
    return Groups(
        names, [colours.get(k, "#9aa5b0") for k in names], member, counts, centres, radius
    )


def spread(centres: np.ndarray, radii: np.ndarray, rounds: int = 400) -> np.ndarray:
    """Push overlapping circles apart (pairwise, a few hundred small steps)."""
    pos = centres.astype(np.float64).copy()
    g = len(pos)
    if g < 2:
        return pos
    rng = np.random.default_rng(1)
    pos += rng.normal(scale=1e-6 * (radii.max() + 1e-9), size=pos.shape)  # no two identical
    need = radii[:, None] + radii[None, :]
    for _ in range(rounds):
        d = pos[:, None, :] - pos[None, :, :]
        dist = np.hypot(d[..., 0], d[..., 1])
        np.fill_diagonal(dist, np.inf)
        overlap = np.clip(need - dist, 0.0, None)
        if overlap.max() <= 1e-9:
            break
        push = (d / dist[..., None]) * (overlap[..., None] * 0.5)
        pos += push.sum(axis=1)
    return pos


@dataclass
class Split:
    """What to draw when some groups are closed."""

    node_mask: np.ndarray  # (N,) bool: nodes drawn one by one
    edge_mask: np.ndarray  # (E,) bool: ties drawn as lines (both ends open)
    bands: np.ndarray  # (B, 2) closed group pairs
    band_counts: np.ndarray  # (B,)
    links: np.ndarray  # (L, 2) open node index, closed group index
    link_counts: np.ndarray  # (L,)
    closed: np.ndarray  # (G,) bool


def split(groups: Groups, edges: np.ndarray, open_groups: set[int]) -> Split:
    g = len(groups)
    closed = np.ones(g, dtype=bool)
    for i in open_groups:
        if 0 <= i < g:
            closed[i] = False
    node_open = ~closed[groups.member]
    if not len(edges):
        empty = np.zeros((0, 2), dtype=np.int64)
        none = np.zeros(0, dtype=np.int64)
        return Split(node_open, np.zeros(0, bool), empty, none, empty, none, closed)
    ga, gb = groups.member[edges[:, 0]], groups.member[edges[:, 1]]
    oa, ob = node_open[edges[:, 0]], node_open[edges[:, 1]]
    edge_mask = oa & ob
    both_closed = ~oa & ~ob & (ga != gb)
    lo, hi = np.minimum(ga, gb)[both_closed], np.maximum(ga, gb)[both_closed]
    bands, band_counts = np.unique(lo * g + hi, return_counts=True)
    bands = np.stack([bands // g, bands % g], axis=1) if len(bands) else np.zeros((0, 2), np.int64)
    # a tie from an open member to a closed group: one line per (member, group)
    one = oa ^ ob
    node = np.where(oa, edges[:, 0], edges[:, 1])[one]
    grp = np.where(oa, gb, ga)[one]
    key = node * g + grp
    links, link_counts = np.unique(key, return_counts=True)
    links = np.stack([links // g, links % g], axis=1) if len(links) else np.zeros((0, 2), np.int64)
    return Split(node_open, edge_mask, bands, band_counts, links, link_counts, closed)


def band_width(counts: np.ndarray) -> np.ndarray:
    top = max(int(counts.max(initial=1)), 1)
    return 1.0 + (BAND_MAX_PX - 1.0) * np.sqrt(counts / top)
