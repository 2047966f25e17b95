"""Centralities in vectorised form: the same numbers as networkx, many times faster.

- ``betweenness``: Brandes' algorithm for many sources at once, as sparse-matrix
  products (BFS level by level forward, dependencies backward). The result equals
  ``networkx.betweenness_centrality(G, normalized=True)``; with ``k`` it samples the
  same sources networkx samples for the same seed (``random.Random(seed).sample``)
  and rescales the same way, so even the estimate equals networkx's.
- ``closeness``: BFS distances from scipy (C), the Wasserman–Faust formula networkx
  uses for graphs that are not connected.
- ``eigenvector``: per connected component (a single eigenvector says nothing about
  the other components), ARPACK or a dense solver, power iteration as fallback.

Unweighted paths: a relation's strength is not a distance. Weights count only for
the eigenvector centrality.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Hashable

import networkx as nx
import numpy as np
from scipy import sparse
from scipy.sparse import csgraph
from scipy.sparse.linalg import ArpackError, ArpackNoConvergence, eigsh

from wba_desktop.i18n import _

log = logging.getLogger(__name__)

Tick = Callable[[int, int], None]


def adjacency(graph: nx.Graph, weight: str | None = None) -> tuple[list, sparse.csr_array]:
    """The nodes in graph order and the symmetric adjacency matrix (CSR)."""
    nodes = list(graph)
    index = {v: i for i, v in enumerate(nodes)}
    rows, cols, vals = [], [], []
    for u, v, d in graph.edges(data=weight, default=1.0):
        if u == v:
            continue
        i, j = index[u], index[v]
        w = 1.0 if weight is None else float(d or 0.0)
        rows += (i, j)
        cols += (j, i)
        vals += (w, w)
    n = len(nodes)
    matrix = sparse.csr_array((np.asarray(vals, dtype=float), (rows, cols)), shape=(n, n))
    matrix.sum_duplicates()
    return nodes, matrix


def betweenness(
    graph: nx.Graph, k: int | None = None, seed: int = 1, tick: Tick | None = None
) -> dict[Hashable, float]:
    """Normalised betweenness; ``k`` sampled sources (networkx's choice) or all."""
    nodes, a = adjacency(graph)
    n = len(nodes)
    if n == 0:
        return {}
    if k is not None and k >= n:
        k = None
    if k is None:
        sources = np.arange(n)
    else:
        index = {v: i for i, v in enumerate(nodes)}
        sources = np.asarray([index[v] for v in random.Random(seed).sample(nodes, k)])
    total = np.zeros(n)
    # sparse @ holds the GIL: keep each product short; and each of the ten n×batch
    # arrays of a batch small (52 columns on 20,000 organisations were 80 MB at once,
    # and no faster than 13)
    batch = int(np.clip(250_000 // max(n, 1), 8, 512))
    for start in range(0, len(sources), batch):
        total += _brandes_batch(a, sources[start : start + batch])
        if tick is not None:
            tick(min(start + batch, len(sources)), len(sources))
    _rescale(total, n, None if k is None else sources)
    return dict(zip(nodes, total.tolist(), strict=True))


def _brandes_batch(a: sparse.csr_array, sources: np.ndarray) -> np.ndarray:
    """Sum of the dependencies of every node on the ``sources`` (Brandes, column-wise)."""
    n, b = a.shape[0], len(sources)
    cols = np.arange(b)
    sigma = np.zeros((n, b))
    sigma[sources, cols] = 1.0
    level = np.full((n, b), -1, dtype=np.int32)
    level[sources, cols] = 0
    frontier = sigma.copy()
    depth = 0
    while True:
        reach = a @ frontier  # paths into each node from the current level
        reach[level >= 0] = 0.0
        new = reach > 0
        if not new.any():
            break
        depth += 1
        level[new] = depth
        sigma += reach
        frontier = reach
    delta = np.zeros((n, b))
    safe_sigma = np.where(sigma > 0, sigma, 1.0)
    for d in range(depth, 0, -1):
        coef = np.where(level == d, (1.0 + delta) / safe_sigma, 0.0)
        back = a @ coef
        delta += np.where(level == d - 1, sigma * back, 0.0)
    delta[sources, cols] = 0.0
    return delta.sum(axis=1)


def _rescale(values: np.ndarray, n: int, sampled: np.ndarray | None) -> None:
    """networkx's normalisation (``endpoints=False``), also for sampled sources."""
    big_n = n - 1
    if big_n < 2:
        return
    if sampled is None:
        values *= 1.0 / (big_n * (big_n - 1))
        return
    k = len(sampled)
    scale_source = 1.0 / ((k - 1) * (big_n - 1)) if k > 1 else float("nan")
    is_source = np.zeros(n, dtype=bool)
    is_source[sampled] = True
    values[is_source] *= scale_source
    values[~is_source] *= 1.0 / (k * (big_n - 1))


def closeness(
    graph: nx.Graph, k: int | None = None, seed: int = 1, tick: Tick | None = None
) -> dict[Hashable, float]:
    """``networkx.closeness_centrality`` (``wf_improved=True``), by BFS in C.

    With ``k``: distances from ``k`` sampled sources only (Eppstein–Wang estimate of
    each node's mean distance; the number of reachable nodes stays exact); components
    that no sample hit are measured completely.
    """
    nodes, a = adjacency(graph)
    n = len(nodes)
    if n == 0:
        return {}
    _count, labels = csgraph.connected_components(a, directed=False)
    comp_size = np.bincount(labels)[labels]
    if k is None or k >= n:
        sources = np.arange(n)
    else:
        picked = np.zeros(n, dtype=bool)
        index = {v: i for i, v in enumerate(nodes)}
        picked[[index[v] for v in random.Random(seed).sample(nodes, k)]] = True
        hit = np.zeros(labels.max() + 1, dtype=bool)
        hit[labels[picked]] = True
        sources = np.flatnonzero(picked | ~hit[labels])
    dist_sum = np.zeros(n)
    dist_count = np.zeros(n)
    # scipy's shortest_path holds the GIL: short calls keep the GUI thread responsive
    chunk = int(np.clip(300_000 // max(n, 1), 1, len(sources)))
    for start in range(0, len(sources), chunk):
        rows = sources[start : start + chunk]
        dist = csgraph.shortest_path(a, unweighted=True, directed=False, indices=rows)
        dist[~np.isfinite(dist)] = 0.0
        dist_sum += dist.sum(axis=0)
        dist_count += (dist > 0).sum(axis=0)
        if tick is not None:
            tick(min(start + chunk, len(sources)), len(sources))
    reach = comp_size - 1
    with np.errstate(divide="ignore", invalid="ignore"):
        total = np.where(dist_count > 0, dist_sum / dist_count, 0.0) * reach
        value = np.where(total > 0, reach / total, 0.0)
    if n > 1:
        value *= reach / (n - 1)
    return dict(zip(nodes, value.tolist(), strict=True))


def eigenvector(graph: nx.Graph, weight: str | None = "weight") -> tuple[dict, list[str]]:
    """Eigenvector centrality per connected component, and notes (German) on fallbacks.

    A connected graph gives networkx's values (unit length). A component with c of
    the m organisations that have ties gets its own vector scaled to length
    sqrt(c/m), so the whole vector still has unit length and a small group does not
    outrank the main network. Organisations without ties get 0.
    """
    nodes, a = adjacency(graph, weight)
    n = len(nodes)
    result = np.zeros(n)
    notes: list[str] = []
    if n == 0:
        return {}, notes
    _count, labels = csgraph.connected_components(a, directed=False)
    order = np.argsort(labels, kind="stable")
    bounds = np.flatnonzero(np.diff(labels[order])) + 1
    comps = [c for c in np.split(order, bounds) if len(c) > 1]
    linked = sum(len(c) for c in comps)
    for comp in comps:
        vec = _principal(a[comp][:, comp], notes)
        result[comp] = vec * np.sqrt(len(comp) / linked)
    return dict(zip(nodes, result.tolist(), strict=True)), notes


def _principal(sub: sparse.csr_array, notes: list[str]) -> np.ndarray:
    """The Perron vector (non-negative, unit length) of one connected component."""
    m = sub.shape[0]
    try:
        if m <= 400:
            _vals, vecs = np.linalg.eigh(sub.toarray())
            vec = vecs[:, -1]
        else:
            _vals, vecs = eigsh(sub.astype(float), k=1, which="LA", maxiter=5000, tol=1e-10)
            vec = vecs[:, 0]
    except (ArpackNoConvergence, ArpackError, np.linalg.LinAlgError):
        vec = _power_iteration(sub)
        if vec is None:
            notes.append(
                _(
                    "Eigenvektor-Zentralität: Die Berechnung hat nicht konvergiert; ersatzweise "
                    "ist der Grad (Anzahl Verbindungen) angegeben."
                )
            )
            vec = np.asarray(sub.sum(axis=1)).ravel()
    vec = np.abs(vec)
    norm = np.linalg.norm(vec)
    return vec / norm if norm > 0 else vec


def _power_iteration(sub: sparse.csr_array, max_iter: int = 2000) -> np.ndarray | None:
    """networkx's iteration x <- (A + I) x; None when it does not settle."""
    x = np.ones(sub.shape[0]) / sub.shape[0]
    for _step in range(max_iter):
        nxt = sub @ x + x
        nxt /= np.linalg.norm(nxt) or 1.0
        if np.abs(nxt - x).sum() < sub.shape[0] * 1e-9:
            return nxt
        x = nxt
    return None
