"""The map's view of the relations: pairs, the main network and the ties between districts.

The map needs neither a relation's details nor networkx edges: which organisations
are tied (for the main network of the gap table) and how many relations run between
two districts. ``relation_pairs`` reads them as arrays (one int per end), so the
map's overview no longer builds a second graph of the whole state's edges while the
network area holds its own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence

import numpy as np
from scipy import sparse
from scipy.sparse import csgraph

from wba_desktop.network.graph_queries import relation_rows
from wba_desktop.network.options import GraphOptions


class RelationPairs:
    """Undirected pairs of organisations (indices into ``nodes``) with their relations."""

    def __init__(self, nodes: Sequence[Hashable], a: np.ndarray, b: np.ndarray, n: np.ndarray):
        self.nodes, self.a, self.b, self.counts = list(nodes), a, b, n

    def main_component(self) -> set:
        """The organisations in the largest connected part (as ``gaps.main_component``:
        the first of equal size in node order; empty without ties)."""
        if not len(self.a):
            return set()
        size = len(self.nodes)
        ones = np.ones(len(self.a), dtype=np.int8)
        matrix = sparse.coo_matrix((ones, (self.a, self.b)), shape=(size, size)).tocsr()
        _count, labels = csgraph.connected_components(matrix, directed=False)
        largest = int(np.argmax(np.bincount(labels)))
        return {self.nodes[i] for i in np.flatnonzero(labels == largest)}

    def district_ties(self, region_of: dict, ags_of: dict) -> tuple:
        """(ags, ags, relations) between organisations of two different districts."""
        counts: dict[tuple[str, str], int] = defaultdict(int)
        nodes = self.nodes
        for i, j, k in zip(self.a.tolist(), self.b.tolist(), self.counts.tolist(), strict=True):
            ra, rb = region_of.get(nodes[i]), region_of.get(nodes[j])
            if ra is None or rb is None or ra == rb:
                continue
            pair = tuple(sorted((ags_of[ra], ags_of[rb])))
            counts[pair] += k
        return tuple((a, b, n) for (a, b), n in sorted(counts.items()) if n)


def relation_pairs(conn, options: GraphOptions, nodes: Sequence[Hashable]) -> RelationPairs:
    """The relations passing ``options`` between two of ``nodes``, as pairs with counts."""
    index = {v: i for i, v in enumerate(nodes)}
    ends: list[int] = []
    if options.include_relations:
        get = index.get
        for row in conn.execute(relation_rows(options)):
            i, j = get(row[1]), get(row[2])
            if i is not None and j is not None and i != j:
                ends += (i, j) if i < j else (j, i)
    pairs = np.asarray(ends, dtype=np.int64).reshape(-1, 2)
    size = max(len(index), 1)
    keys, counts = np.unique(pairs[:, 0] * size + pairs[:, 1], return_counts=True)
    return RelationPairs(nodes, keys // size, keys % size, counts)
