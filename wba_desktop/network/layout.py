"""Layouts of the network: fast force-directed, grouped by district or kind, incremental.

``force_layout`` is a vectorised Fruchterman–Reingold in numpy: the repulsion of all
pairs is computed on a grid with an FFT convolution (particle–mesh, as in FFT-
accelerated t-SNE) instead of pair by pair, and the start is a PivotMDS of the
graph distances (scipy's BFS), laid out per connected component and packed. So
3,000 organisations take about a tenth of a second, and 10,000 well under two
(``networkx.spring_layout`` needs tens of seconds; see ``benchmarks/bench_network``).

Units: the ideal edge length is about 1; the canvas scales. The same graph and seed
give the same positions. With ``initial`` positions (stored ones) only new nodes
are placed, near their neighbours, and the picture stays as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Hashable, Iterable, Mapping

import networkx as nx
import numpy as np
from scipy import fft as sfft
from scipy import sparse
from scipy.sparse import csgraph

from wba_desktop.text.fold import sort_key

log = logging.getLogger(__name__)

Point = tuple[float, float]
Positions = dict[Hashable, Point]

DEFAULT_SEED = 1
FRESH_ITERATIONS = 120
INCREMENTAL_ITERATIONS = 30
#: new nodes only settle in: they move at most about a few edge lengths
INCREMENTAL_TEMPERATURE = 0.25
PIVOTS = 40
GRAVITY = 0.02
MAX_RELAXED_COMPONENTS = 30
NO_GROUP = "ohne Angabe"


# -- the force-directed layout --------------------------------------------------------


def force_layout(
    graph: nx.Graph,
    seed: int = DEFAULT_SEED,
    initial: Mapping[Hashable, Point] | None = None,
    fixed: Iterable[Hashable] | None = None,
    iterations: int | None = None,
    weight: str = "weight",
) -> Positions:
    """Positions for every node of ``graph``.

    ``initial``: known positions (e.g. stored); nodes without one are placed near
    their neighbours first. ``fixed``: nodes (with an initial position) that stay put.
    Without ``initial`` the layout starts from scratch (PivotMDS, then forces).
    """
    nodes = list(graph)
    n = len(nodes)
    if n == 0:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    src, dst, w = _edge_arrays(graph, index, weight)
    rng = np.random.default_rng(seed)
    known = {v: p for v, p in (initial or {}).items() if v in index}
    linked = np.bincount(np.r_[src, dst], minlength=n) > 0
    if known:
        pos = _as_array(place_new_nodes(graph, known, seed=seed), nodes)
        movable = linked.copy()  # lonely nodes stay where place_new_nodes put them
        for v in fixed or ():
            if v in known:
                movable[index[v]] = False
        steps = INCREMENTAL_ITERATIONS if iterations is None else iterations
        temperature = INCREMENTAL_TEMPERATURE
        if len(known) < n / 2:  # mostly new: let the newcomers find their places
            steps = FRESH_ITERATIONS if iterations is None else iterations
            temperature = max(1.0, 0.05 * float(np.ptp(pos, axis=0).max()))
        if n > 1 and steps > 0 and movable.any():
            pos = _relax(pos, src, dst, w, movable, steps, temperature)
    else:
        steps = FRESH_ITERATIONS if iterations is None else iterations
        pos = _fresh_layout(n, src, dst, w, steps, rng)
    return {v: (float(x), float(y)) for v, (x, y) in zip(nodes, pos.tolist(), strict=True)}


def _edge_arrays(graph: nx.Graph, index: dict, weight: str):
    edges = [(index[u], index[v], d) for u, v, d in graph.edges(data=weight, default=1.0) if u != v]
    if not edges:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    u, v, d = zip(*edges, strict=True)
    w = np.asarray([float(x or 1.0) for x in d])
    w = np.clip(w / max(float(np.median(w)), 1e-9), 0.5, 2.0)  # stronger ties: a bit shorter
    return np.asarray(u, dtype=np.int64), np.asarray(v, dtype=np.int64), w


def _as_array(positions: Mapping[Hashable, Point], nodes: list) -> np.ndarray:
    return np.asarray([positions[v] for v in nodes], dtype=float).reshape(len(nodes), 2)


def _adjacency(n: int, src: np.ndarray, dst: np.ndarray) -> sparse.csr_array:
    ones = np.ones(2 * len(src))
    rows, cols = np.concatenate([src, dst]), np.concatenate([dst, src])
    return sparse.csr_array((ones, (rows, cols)), shape=(n, n))


def _fresh_layout(n: int, src, dst, w, steps: int, rng) -> np.ndarray:
    """Each connected component laid out on its own (PivotMDS, then forces; small ones
    as circles), the pieces packed largest first, organisations without ties in rows
    below, so nothing drifts off and the picture is compact."""
    adj = _adjacency(n, src, dst)
    n_comp, labels = csgraph.connected_components(adj, directed=False)
    members = np.argsort(labels, kind="stable")
    bounds = np.searchsorted(labels[members], np.arange(n_comp + 1))
    comps = [members[bounds[c] : bounds[c + 1]] for c in range(n_comp)]
    comps.sort(key=lambda c: (-len(c), int(c[0])))
    lonely = [int(c[0]) for c in comps if len(c) == 1]
    comps = [c for c in comps if len(c) > 1]
    edge_comp = labels[src] if len(src) else np.zeros(0, dtype=np.int64)
    pieces = []
    for rank, comp in enumerate(comps):
        if len(comp) >= 8 and rank < MAX_RELAXED_COMPONENTS:
            remap = np.full(n, -1, dtype=np.int64)
            remap[comp] = np.arange(len(comp))
            mine = edge_comp == labels[comp[0]]
            sub_src, sub_dst = remap[src[mine]], remap[dst[mine]]
            start = _pivot_mds(adj[comp][:, comp], rng)
            start += rng.normal(scale=0.05, size=start.shape)  # equal distance profiles
            temperature = max(1.0, 0.05 * float(np.ptp(start, axis=0).max()))
            k = steps if rank == 0 else min(steps, 20 + len(comp))
            movable = np.ones(len(comp), dtype=bool)
            local = _relax(start, sub_src, sub_dst, w[mine], movable, k, temperature)
        else:
            local = _circle(len(comp))
        pieces.append(local - (local.min(axis=0) + local.max(axis=0)) / 2)
    pos = np.zeros((n, 2))
    for comp, placed in zip(comps, _pack(pieces), strict=True):
        pos[comp] = placed
    if lonely:
        pos[lonely] = _rows_below(pos[np.concatenate(comps)] if comps else pos[:0], len(lonely))
    return pos


def _rows_below(placed: np.ndarray, k: int, spacing: float = 1.5) -> np.ndarray:
    """``k`` points in rows under ``placed`` (as wide as it): organisations without ties."""
    if len(placed):
        left, right, top = placed[:, 0].min(), placed[:, 0].max(), placed[:, 1].min() - 3.0
    else:
        left, right, top = 0.0, 0.0, 0.0
    per_row = max(int((right - left) / spacing) + 1, int(np.ceil(np.sqrt(k))))
    i = np.arange(k)
    return np.column_stack([left + spacing * (i % per_row), top - spacing * (i // per_row)])


def _circle(k: int) -> np.ndarray:
    if k == 1:
        return np.zeros((1, 2))
    angle = np.linspace(0, 2 * np.pi, k, endpoint=False)
    radius = max(0.5, k / (2 * np.pi))
    return np.column_stack([np.cos(angle), np.sin(angle)]) * radius


def _pivot_mds(adj: sparse.csr_array, rng) -> np.ndarray:
    """Brandes & Pich's PivotMDS on BFS distances, scaled to a median edge length of 1."""
    n = adj.shape[0]
    k = min(PIVOTS, n)
    dist = np.empty((k, n))
    nearest = np.full(n, np.inf)
    pivot = int(np.argmax(np.diff(adj.indptr)))  # start at the best connected node
    for i in range(k):
        dist[i] = csgraph.shortest_path(adj, unweighted=True, indices=pivot, directed=False)
        nearest = np.minimum(nearest, dist[i])
        pivot = int(np.argmax(nearest))  # the next pivot: farthest from all chosen
    sq = dist**2
    centred = sq - sq.mean(axis=1, keepdims=True) - sq.mean(axis=0, keepdims=True) + sq.mean()
    b = -0.5 * centred.T  # n x k
    # the top eigenvectors of the small k x k matrix, not an SVD of the n x k one: the
    # latter wakes OpenBLAS's thread pool, which then spins against us on two cores
    _vals, vecs = np.linalg.eigh(b.T @ b)
    pos = b @ vecs[:, ::-1][:, :2]  # = U S of the SVD: axes keep their proportions
    if pos.shape[1] < 2:
        pos = np.column_stack([pos, np.zeros(n)])
    for j in range(2):  # fix the sign so the picture does not flip between machines
        if pos[np.argmax(np.abs(pos[:, j])), j] < 0:
            pos[:, j] = -pos[:, j]
    coo = adj.tocoo()
    lengths = np.linalg.norm(pos[coo.row] - pos[coo.col], axis=1)
    scale = float(np.median(lengths)) if len(lengths) else 0.0
    if scale <= 1e-9:
        return _circle(n) + rng.normal(scale=0.1, size=(n, 2))
    return pos / scale


def _pack(pieces: list[np.ndarray], gap: float = 2.0) -> list[np.ndarray]:
    """Shelf packing of centred pieces (largest first), rows about as wide as tall."""
    if not pieces:
        return []
    radii = [max(float(np.abs(p).max()) if len(p) else 0.0, 0.5) for p in pieces]
    width = max(2 * max(radii) + gap, np.sqrt(sum((2 * r + gap) ** 2 for r in radii)) * 1.2)
    placed, x, y, row_height = [], 0.0, 0.0, 0.0
    for piece, r in zip(pieces, radii, strict=True):
        size = 2 * r + gap
        if x > 0 and x + size > width:
            x, y, row_height = 0.0, y - row_height, 0.0
        placed.append(piece + np.array([x + r, y - r]))
        x += size
        row_height = max(row_height, size)
    return placed


def _kernel_spectra(size: int) -> tuple[np.ndarray, np.ndarray]:
    """FFTs of the repulsion kernel (dx, dy) / r² on a ``size`` x ``size`` periodic grid."""
    a = np.arange(size)
    a = np.where(a < size // 2 + 1, a, a - size).astype(np.float32)
    dx, dy = np.meshgrid(a, a, indexing="ij")
    r2 = dx**2 + dy**2
    r2[0, 0] = 1.0
    kx, ky = dx / r2, dy / r2
    kx[0, 0] = ky[0, 0] = 0.0
    return sfft.rfft2(kx), sfft.rfft2(ky)


def _relax(pos, src, dst, w, movable, steps: int, temperature: float) -> np.ndarray:
    """Fruchterman–Reingold forces (ideal length 1) with grid repulsion and weak gravity.

    Points are complex numbers (x + iy), so every vector operation is one numpy call.
    """
    n, m = len(pos), len(src)
    cells = int(np.clip(1.3 * np.sqrt(n), 16, 128))
    grid = cells + 2
    size = sfft.next_fast_len(2 * grid, real=True)
    kx_hat, ky_hat = _kernel_spectra(size)
    offsets = np.array([0, grid, 1, grid + 1])[:, None]
    incidence = sparse.csr_array(
        (np.r_[np.ones(m), -np.ones(m)], (np.r_[src, dst], np.r_[np.arange(m), np.arange(m)])),
        shape=(n, m),
    )
    z = pos[:, 0] + 1j * pos[:, 1]
    still = ~movable
    for step in range(steps):
        re, im = z.real, z.imag
        lo_x, lo_y = re.min(), im.min()
        h = max(re.max() - lo_x, im.max() - lo_y, 1e-9) / (cells - 1)
        # cloud-in-cell deposit of unit charges on the four surrounding grid points
        fx, fy = (re - lo_x) / h, (im - lo_y) / h
        ix, iy = fx.astype(np.int64), fy.astype(np.int64)
        tx, ty = fx - ix, fy - iy
        corners = (ix * grid + iy) + offsets
        sx, sy = 1.0 - tx, 1.0 - ty
        weights = np.stack([sx * sy, tx * sy, sx * ty, tx * ty])
        rho = np.bincount(corners.ravel(), weights.ravel(), minlength=grid * grid)
        spectrum = sfft.rfft2(rho.astype(np.float32).reshape(grid, grid), s=(size, size))
        field_x = sfft.irfft2(spectrum * kx_hat, s=(size, size))[:grid, :grid]
        field_y = sfft.irfft2(spectrum * ky_hat, s=(size, size))[:grid, :grid]
        field = (field_x + 1j * field_y).ravel()
        disp = (field[corners] * weights).sum(axis=0) / h  # repulsion k²/d, k = 1
        if m:
            delta = z[dst] - z[src]
            disp += incidence @ (delta * np.abs(delta) * w)  # attraction d² along each edge
        disp -= GRAVITY * (z - z.mean())
        length = np.maximum(np.abs(disp), 1e-12)
        limit = temperature * (1.0 - step / steps) + 0.01
        disp *= np.minimum(length, limit) / length
        disp[still] = 0
        z += disp
    return np.column_stack([z.real, z.imag])


# -- new nodes near their neighbours ---------------------------------------------------


def place_new_nodes(
    graph: nx.Graph, positions: Mapping[Hashable, Point], seed: int = DEFAULT_SEED
) -> Positions:
    """Every node of ``graph`` with a position: known ones as given, new ones near their
    placed neighbours (round by round, so chains of new nodes follow), the rest (new
    organisations without placed neighbours) in a row below the picture. No forces."""
    rng = np.random.default_rng(seed)
    result: Positions = {v: (float(p[0]), float(p[1])) for v, p in positions.items() if v in graph}
    pending = [v for v in graph if v not in result]
    while pending:
        placed_now: Positions = {}
        for v in pending:
            near = [result[u] for u in graph[v] if u in result]
            if near:
                cx, cy = np.mean(near, axis=0)
                angle = rng.uniform(0, 2 * np.pi)
                placed_now[v] = (float(cx + 0.8 * np.cos(angle)), float(cy + 0.8 * np.sin(angle)))
        if not placed_now:
            break
        result.update(placed_now)
        pending = [v for v in pending if v not in placed_now]
    if pending:
        placed = np.asarray(list(result.values()), dtype=float).reshape(-1, 2)
        rows = _rows_below(placed, len(pending))
        result.update((v, (float(x), float(y))) for v, (x, y) in zip(pending, rows, strict=True))
    return result


# -- grouped layouts ---------------------------------------------------------------------


def group_of(graph: nx.Graph, node: Hashable, by: str) -> str:
    """The group label of ``node`` for ``by`` ("district", "kind" or "wba_region")."""
    return str(graph.nodes[node].get(by) or NO_GROUP)


def _sunflower(k: int, spacing: float = 1.2) -> np.ndarray:
    """``k`` points filling a disc evenly (Vogel's spiral), the first in the centre."""
    i = np.arange(k)
    radius = spacing * 0.56 * np.sqrt(i + 0.5)
    angle = i * np.pi * (3.0 - np.sqrt(5.0))  # the golden angle
    return np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])


def grouped_layout(graph: nx.Graph, by: str = "district", seed: int = DEFAULT_SEED) -> Positions:
    """One disc per district (or kind, or WBA region): the best connected organisations
    in the middle; discs in alphabetical order on rows ("ohne Angabe" last).

    Deterministic without randomness (``seed`` is accepted for symmetry)."""
    if by not in ("district", "kind", "wba_region"):
        raise ValueError(f"unknown grouping {by!r}")
    groups: dict[str, list] = {}
    for v in graph:
        groups.setdefault(group_of(graph, v, by), []).append(v)
    names = sorted(groups, key=lambda g: (g == NO_GROUP, sort_key(g)))
    degree = dict(graph.degree(weight="weight"))
    pieces = []
    for name in names:
        members = groups[name]
        members.sort(key=lambda v: (-degree[v], sort_key(str(graph.nodes[v].get("name", v)))))
        pieces.append(_sunflower(len(members)))
    result: Positions = {}
    for name, placed in zip(names, _pack(pieces, gap=6.0), strict=True):
        result.update(zip(groups[name], map(tuple, placed.tolist()), strict=True))
    return result


def group_anchors(
    graph: nx.Graph, positions: Mapping[Hashable, Point], by: str
) -> dict[str, Point]:
    """Where to write each group's name: centred above its nodes."""
    boxes: dict[str, list[float]] = {}
    for v, (x, y) in positions.items():
        if v not in graph:
            continue
        box = boxes.setdefault(group_of(graph, v, by), [x, x, y])
        box[0], box[1], box[2] = min(box[0], x), max(box[1], x), max(box[2], y)
    return {g: ((b[0] + b[1]) / 2, b[2] + 1.5) for g, b in boxes.items()}
