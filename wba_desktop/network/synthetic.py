"""Random but realistic multiplier networks, for benchmarks and for tuning the canvas.

Nodes carry the same attributes as graphs from ``build_graph`` (kind with colour,
district, WBA region, ...); edges are drawn mostly inside communities (about one per
100 organisations, of very different sizes), with heavy-tailed degrees: a few hubs
(chambers, agencies) and many organisations with one or two ties. Vectorised with
numpy, so 10,000 nodes take milliseconds; the same seed gives the same graph.
"""

from __future__ import annotations

import networkx as nx
import numpy as np

from wba_desktop.network.graph import EdgeRelation

#: (kind, colour, multiplier, share)
KINDS = (
    ("Kammer (IHK)", "#1f77b4", True, 0.01),
    ("Kammer (HWK)", "#4a90c8", True, 0.01),
    ("Gewerkschaft", "#d62728", True, 0.02),
    ("Arbeitgeberverband", "#8c564b", True, 0.02),
    ("Kommune / Landkreis", "#2ca02c", True, 0.08),
    ("Wirtschaftsförderung", "#98df8a", True, 0.03),
    ("Weiterbildungsträger", "#ff7f0e", True, 0.12),
    ("Agentur für Arbeit", "#17becf", True, 0.01),
    ("Jobcenter", "#7fd6e0", True, 0.02),
    ("Hochschule / Forschung", "#9467bd", True, 0.03),
    ("Unternehmen", "#7f7f7f", False, 0.65),
)
#: (district, WBA region)
DISTRICTS = (
    ("Altmarkkreis Salzwedel", "Nord"),
    ("Landkreis Stendal", "Nord"),
    ("Landkreis Börde", "Nord"),
    ("Landkreis Jerichower Land", "Nord"),
    ("Magdeburg", "Nord"),
    ("Landkreis Harz", "West"),
    ("Salzlandkreis", "West"),
    ("Landkreis Mansfeld-Südharz", "Süd"),
    ("Saalekreis", "Süd"),
    ("Halle (Saale)", "Süd"),
    ("Burgenlandkreis", "Süd"),
    ("Landkreis Anhalt-Bitterfeld", "Ost"),
    ("Landkreis Wittenberg", "Ost"),
    ("Dessau-Roßlau", "Ost"),
)


def random_network(n: int, m: int, seed: int = 1, within: float = 0.85) -> nx.Graph:
    """A graph of ``n`` organisations (ids 1..n) and about ``m`` ties (exactly m if possible).

    ``within`` is the share of ties inside a community. Edge weights are strengths 1–3.
    """
    rng = np.random.default_rng(seed)
    g = nx.Graph()
    if n <= 0:
        return g
    n_comm = max(1, n // 100)
    comm_sizes = rng.dirichlet(np.full(n_comm, 2.0)) * n
    comm = np.repeat(np.arange(n_comm), np.maximum(1, np.round(comm_sizes).astype(int)))[:n]
    if len(comm) < n:
        comm = np.concatenate([comm, rng.integers(0, n_comm, n - len(comm))])
    rng.shuffle(comm)
    shares = np.array([k[3] for k in KINDS])
    kind = rng.choice(len(KINDS), size=n, p=shares / shares.sum())
    district = comm % len(DISTRICTS)
    propensity = rng.pareto(1.8, n) + 1.0
    propensity[kind < 9] *= 4.0  # multipliers are better connected than companies
    order = np.argsort(comm, kind="stable")
    starts = np.searchsorted(comm[order], np.arange(n_comm))
    ends = np.searchsorted(comm[order], np.arange(n_comm), side="right")
    prob = propensity / propensity.sum()
    pairs: set[tuple[int, int]] = set()
    for _ in range(20):
        need = m - len(pairs)
        if need <= 0 or n < 2:
            break
        batch = int(need * 1.3) + 16
        a = rng.choice(n, size=batch, p=prob)
        b = rng.choice(n, size=batch, p=prob)
        local = rng.random(batch) < within
        c = comm[a[local]]
        lo, hi = starts[c], ends[c]
        b[local] = order[lo + (rng.random(len(c)) * (hi - lo)).astype(int)]
        for x, y in zip(a.tolist(), b.tolist(), strict=True):
            if x != y:
                pairs.add((x, y) if x < y else (y, x))
                if len(pairs) >= m:
                    break
    for i in range(n):
        name, colour, multiplier, _share = KINDS[kind[i]]
        dname, wba = DISTRICTS[district[i]]
        g.add_node(
            i + 1,
            name=f"{name} {i + 1}",
            short_name="",
            kind=name,
            kind_id=int(kind[i]) + 1,
            colour=colour,
            multiplier=multiplier,
            district=dname,
            district_id=int(district[i]) + 1,
            wba_region=wba,
            tags=[],
            active=True,
            influence=None,
            interest=None,
        )
    strengths = rng.choice([1, 2, 3], size=len(pairs), p=[0.3, 0.5, 0.2])
    for i, ((x, y), s) in enumerate(zip(sorted(pairs), strengths.tolist(), strict=True)):
        # one symmetric relation per tie, as the database's graph carries them
        rel = EdgeRelation(i + 1, x + 1, y + 1, s, None, None, 1, "Kooperation",
                           "kooperiert mit", False)  # fmt: skip
        g.add_edge(x + 1, y + 1, weight=float(s), strength=s, relations=[rel],
                   labels=[rel.label])  # fmt: skip
    return g
