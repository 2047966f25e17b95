"""The stakeholder matrix: influence × interest as the classic 2×2 grid.

Each organisation rated on both scales (1–5) is a dot; its stance ("Haltung") gives
the colour. The scale midpoint counts as high: **3, 4 and 5 are high, 1 and 2 low**
(``HIGH_FROM``), so a "mittel" rating lands in the quadrant that asks for more
attention rather than less. The four quadrants:

=====================  ==================  ==================
influence \\ interest    low (1–2)           high (3–5)
=====================  ==================  ==================
high (3–5)             Zufriedenstellen    Eng einbinden
low (1–2)              Beobachten          Informieren
=====================  ==================  ==================

Organisations sharing the same two values share a cell of the 5×5 grid; they are
spread inside it on a sunflower (Vogel) spiral, deterministic and without overlap,
ordered by stance (supporters in the middle) and then by name. Every cell packs its
dots equally densely, so the area a cell's dots cover shows how many there are. Organisations
without both ratings are counted and listed as "ohne Einstufung".

Plain Python and one Core query; no Qt (the view draws with QPainter, the export
with matplotlib, see ``matrix_chart``).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from sqlalchemy import select

from wba_desktop.i18n import N_, _
from wba_desktop.models import Organisation, OrganisationType, Region
from wba_desktop.network.graph_queries import node_filter
from wba_desktop.network.options import GraphOptions
from wba_desktop.text import format as fmt
from wba_desktop.text.fold import sort_key
from wba_desktop.vocab import STANCES

SCALE = (1, 2, 3, 4, 5)
#: ratings from here up count as high (the midpoint of 1–5)
HIGH_FROM = 3
#: where the quadrant lines run on the 1–5 axes
DIVIDER = HIGH_FROM - 0.5
#: radius of the disc the dots of one cell are spread on (1 = one scale step)
SPREAD = 0.45

MANAGE, SATISFY, INFORM, MONITOR = "manage", "satisfy", "inform", "monitor"
QUADRANTS = (MANAGE, SATISFY, INFORM, MONITOR)
QUADRANT_TITLES = {
    MANAGE: N_("Eng einbinden"),
    SATISFY: N_("Zufriedenstellen"),
    INFORM: N_("Informieren"),
    MONITOR: N_("Beobachten"),
}
QUADRANT_HINTS = {
    MANAGE: "hoher Einfluss, hohes Interesse",
    SATISFY: "hoher Einfluss, geringes Interesse",
    INFORM: "geringer Einfluss, hohes Interesse",
    MONITOR: "geringer Einfluss, geringes Interesse",
}
NO_STANCE = "ohne Angabe"
#: the stances of the app in their order (supportive to critical), then "no stance"
STANCE_ORDER = (*STANCES, NO_STANCE)
STANCE_COLOURS = {
    "Unterstützend": "#1a9850",
    "Offen": "#7fbf3f",
    "Neutral": "#e0b000",
    "Zurückhaltend": "#f07c2a",
    "Kritisch": "#d62f27",
    NO_STANCE: "#9aa1a9",
}
SCALE_NOTE = (
    "Einfluss und Interesse von 1 (sehr gering) bis 5 (sehr hoch); "
    f"ab {HIGH_FROM} (mittel) zählt ein Wert als hoch."
)


def is_high(value: int) -> bool:
    return value >= HIGH_FROM


def quadrant_of(influence: int, interest: int) -> str:
    """The quadrant of a rated organisation (see the module docstring)."""
    if is_high(influence):
        return MANAGE if is_high(interest) else SATISFY
    return INFORM if is_high(interest) else MONITOR


def stance_of(value: str | None) -> str:
    """The stance as the legend names it; empty or unknown: "ohne Angabe"."""
    return value if value in STANCES else NO_STANCE


@dataclass(frozen=True)
class MatrixPoint:
    id: int
    name: str
    kind: str
    district: str
    influence: int
    interest: int
    stance: str
    quadrant: str
    #: where the dot sits: interest (x) and influence (y) plus the spread in its cell
    x: float
    y: float


@dataclass(frozen=True)
class Unrated:
    id: int
    name: str
    kind: str


@dataclass(frozen=True)
class StakeholderMatrix:
    points: list[MatrixPoint]
    unrated: list[Unrated]
    counts: dict[str, int]
    stance_counts: dict[str, int]
    #: how many dots share the fullest cell (the view sizes the dots by it)
    densest_cell: int = 0
    description: str = ""

    @property
    def total(self) -> int:
        return len(self.points) + len(self.unrated)


#: (id, name, kind, district, influence, interest, stance, sort key of the name)
Row = tuple[int, str, str, str, int | None, int | None, str | None, str]


def spread(n: int, radius: float = SPREAD) -> list[tuple[float, float]]:
    """``n`` offsets on a sunflower spiral filling a disc of ``radius``: equal areas
    per dot, none on top of another, the first in the middle."""
    if n == 1:
        return [(0.0, 0.0)]
    golden = math.pi * (3.0 - math.sqrt(5.0))
    out = []
    for k in range(n):
        r = radius * math.sqrt((k + 0.5) / n)
        a = k * golden
        out.append((r * math.cos(a), r * math.sin(a)))
    return out


def build_matrix(rows: Iterable[Row], filters: str = "") -> StakeholderMatrix:
    """The matrix from ``Row``s (a missing sort key is made from the name)."""
    cells: dict[tuple[int, int], list[Row]] = defaultdict(list)
    unrated: list[tuple[str, Unrated]] = []
    for row in rows:
        oid, name, kind, _district, influence, interest, _stance, key = row
        if influence in SCALE and interest in SCALE:
            cells[(influence, interest)].append(row)
        else:
            unrated.append((key or sort_key(name), Unrated(oid, name, kind or "")))
    rank = {s: i for i, s in enumerate(STANCE_ORDER)}
    densest = max((len(m) for m in cells.values()), default=0)
    points: list[MatrixPoint] = []
    for (influence, interest), members in cells.items():
        members.sort(key=lambda r: (rank[stance_of(r[6])], r[7] or sort_key(r[1]), r[0]))
        # the same density everywhere: a cell's disc has an area in proportion to its count
        radius = SPREAD * math.sqrt(len(members) / densest)
        for row, (dx, dy) in zip(members, spread(len(members), radius), strict=True):
            oid, name, kind, district, _i, _j, stance, _key = row
            points.append(MatrixPoint(
                oid, name, kind or "", district or "", influence, interest, stance_of(stance),
                quadrant_of(influence, interest), interest + dx, influence + dy,
            ))  # fmt: skip
    points.sort(key=lambda p: p.id)
    unrated.sort(key=lambda ku: (ku[0], ku[1].id))
    counts = Counter(p.quadrant for p in points)
    stances = Counter(p.stance for p in points)
    total = len(points) + len(unrated)
    of_total = fmt.count(total, N_("Organisation"), N_("Organisationen"))
    text = _("{rated} von {total} nach Einfluss und Interesse eingestuft").format(
        rated=fmt.integer(len(points)), total=of_total
    )
    return StakeholderMatrix(
        points=points,
        unrated=[u for _key, u in unrated],
        counts={q: counts.get(q, 0) for q in QUADRANTS},
        stance_counts={s: stances[s] for s in STANCE_ORDER if stances.get(s)},
        densest_cell=densest,
        description=f"{text} ({filters})" if filters else text,
    )


def matrix_rows(options: GraphOptions):
    """The Core query: the organisations the network filters let through."""
    stmt = (
        select(
            Organisation.id,
            Organisation.name,
            OrganisationType.name,
            Region.name,
            Organisation.influence,
            Organisation.interest,
            Organisation.stance,
            Organisation.sort_key,
        )
        .join(OrganisationType, OrganisationType.id == Organisation.type_id)
        .outerjoin(Region, Region.id == Organisation.region_id)
    )
    clause = node_filter(options)
    return stmt.where(clause) if clause is not None else stmt


def load_matrix(
    session, options: GraphOptions, only: Collection[int] | None = None, filters: str = ""
) -> StakeholderMatrix:
    """The matrix for the network filters ``options``; ``only`` narrows it further
    (the ids of a focus neighbourhood)."""
    rows = session.connection().execute(matrix_rows(options)).all()
    if only is not None:
        keep = set(only)
        rows = [r for r in rows if r[0] in keep]
    return build_matrix(rows, filters)
