"""``MapService``: the numbers behind the map of Sachsen-Anhalt, for the „Karte“ area,
the network's map mode and ``wba-desktop map``.

The map takes the network's filters (``GraphOptions``: kinds, districts, WBA
regions, tags, inactive ones; the relation filters for the bands between districts).
Per district: partners (organisations passing the filters, seated there), active
Verbünde (by the districts a Verbund names), events of the last twelve months,
inquiries of the Lotsen desk (received in the last twelve months, or in the period
asked for; by status, for the mode „Anfragen“), and the gaps of the network's gap
analysis (``NetworkService.gaps``, coverage counted there). A handful of queries
whatever the size; the districts are matched to the outlines by their AGS key. No Qt.
"""

from __future__ import annotations

import gc
import os
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import func, select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.i18n import _
from wba_desktop.models import (
    Event,
    Inquiry,
    Organisation,
    OrganisationType,
    Region,
    Verbund,
    verbund_region,
)
from wba_desktop.models.lotsen import STATUSES
from wba_desktop.network.graph import NetworkError, release
from wba_desktop.network.graph_queries import node_filter
from wba_desktop.network.map_classes import MEASURES, Classification, classify
from wba_desktop.network.map_data import StateMap, load_state_map, place_points
from wba_desktop.network.map_ties import relation_pairs
from wba_desktop.network.options import GraphOptions

if TYPE_CHECKING:
    from wba_desktop.network.service import NetworkService

#: the phases in which a Verbund counts as active on the map
ACTIVE_PHASES = ("Konstituierung", "Aktiv", "Verstetigung")
CANCELLED = "abgesagt"
EVENT_DAYS = 365
#: the measure of the inquiries (``wba-desktop map --by anfragen``)
INQUIRIES = "anfragen"


@dataclass(frozen=True)
class DistrictFigures:
    region_id: int
    ags: str
    name: str
    wba_region: str
    partners: int
    verbuende: int
    events: int
    #: the gap analysis' sentences for this district ("Kammer: fehlt")
    gaps: tuple[str, ...]
    #: False when the district filter leaves it out (drawn grey, without numbers)
    selected: bool = True
    #: inquiries received in the overview's inquiry period, and (status, count) for
    #: every status in flow order
    inquiries: int = 0
    inquiries_by_status: tuple[tuple[str, int], ...] = ()

    def value(self, measure: str) -> int | None:
        if not self.selected:
            return None
        if measure == "gaps":
            return len(self.gaps)
        if measure == INQUIRIES:
            return self.inquiries
        return getattr(self, measure)


class MapPoint(NamedTuple):
    """An organisation on the map, placed inside its district (no address geocoding).
    A named tuple: 20,000 of them are made in a blink."""

    id: int
    name: str
    kind: str
    colour: str
    ags: str
    x: float
    y: float


@dataclass(frozen=True)
class MapOverview:
    options: GraphOptions
    districts: tuple[DistrictFigures, ...]
    #: (ags, ags, number of relations between organisations of the two districts)
    ties: tuple[tuple[str, str, int], ...]
    points: tuple[MapPoint, ...]
    #: organisations passing the filters without a district (not on the map)
    unplaced: int = 0
    #: the days (first, last) whose inquiries are counted
    inquiry_period: tuple[date, date] | None = None

    def figures(self, ags: str) -> DistrictFigures:
        return next(d for d in self.districts if d.ags == ags)

    def values(self, measure: str) -> dict[str, int | None]:
        return {d.ags: d.value(measure) for d in self.districts}

    def classification(self, measure: str) -> Classification:
        return classify(list(self.values(measure).values()), measure)


@dataclass(frozen=True)
class PartnerRow:
    id: int
    name: str
    kind: str
    active: bool


@dataclass(frozen=True)
class VerbundRow:
    id: int
    name: str
    phase: str

    @property
    def active(self) -> bool:
        return self.phase in ACTIVE_PHASES


@dataclass(frozen=True)
class DistrictDetail:
    figures: DistrictFigures
    partners: tuple[PartnerRow, ...]
    verbuende: tuple[VerbundRow, ...]
    #: (other district's name, relations), most first
    ties: tuple[tuple[str, int], ...]


class MapService:
    """Per-district numbers, ties between districts, one district's details, export."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        network: NetworkService,
        state_map: StateMap | None = None,
        seed: int = 1,
    ) -> None:
        self._uow = uow_factory
        self._network = network
        self._state_map = state_map
        self.seed = seed

    @property
    def state_map(self) -> StateMap:
        if self._state_map is None:
            self._state_map = load_state_map()
        return self._state_map

    # -- the whole state ---------------------------------------------------------------
    def overview(
        self,
        options: GraphOptions = GraphOptions(),
        today: date | None = None,
        inquiry_period: tuple[date, date] | None = None,
    ) -> MapOverview:
        """Numbers per district, the ties between districts and the organisations'
        places for ``options`` (a focus is ignored: the map shows the whole state).
        Inquiries count those received in ``inquiry_period`` (first and last day),
        else in the twelve months up to ``as_of`` or today.

        One network graph (``NetworkService.graph``, relations valid on ``as_of`` or
        today) gives the gaps, the dots and the bands; two small queries count the
        Verbünde and the events. The graph holds every kind, so that a filter on kinds
        does not make the others "missing" in the gaps; dots and bands then keep only
        the chosen kinds.

        The cyclic garbage collector rests meanwhile: the graph's 100,000s of small
        containers (no cycles among them) are freed by reference counting when
        ``_overview`` returns, instead of being scanned over and over while they live.
        """
        gc_was_on = gc.isenabled()
        gc.disable()
        try:
            return self._overview(options, today, inquiry_period)
        finally:
            if gc_was_on:
                gc.enable()

    def _overview(
        self, options: GraphOptions, today: date | None, period: tuple[date, date] | None
    ) -> MapOverview:
        options = replace(options, focus_id=None, include_people=False, extra_edges=())
        today = today or date.today()
        if period is None:
            end = options.as_of or today
            period = (end - timedelta(days=EVENT_DAYS - 1), end)
        # the organisations as nodes; the relations only as pairs of them (map_ties):
        # a graph of every tie was built here while the network area held its own
        wanted = replace(options, type_ids=(), as_of=options.as_of or today)
        result = self._network.graph(replace(wanted, include_relations=False))
        with self._uow() as uow:
            pairs = relation_pairs(uow.session.connection(), wanted, list(result.graph))
        table = self._network.gaps(result, by="district", main=pairs.main_component())
        gaps = {row.group: table.gaps_of(row.group) for row in table.rows}
        with self._uow() as uow:
            conn = uow.session.connection()
            regions = conn.execute(
                select(Region.id, Region.ags, Region.name, Region.wba_region)
            ).all()
            verbuende = dict(conn.execute(_verbund_counts()).all())
            events = dict(conn.execute(_event_counts(today)).all())
            inquiries: dict[int, dict[str, int]] = defaultdict(dict)
            for rid, status, n in conn.execute(_inquiry_counts(*period)):
                inquiries[rid][status] = n
        g = result.graph
        kinds = set(options.type_ids)
        ags_of = {rid: ags for rid, ags, _n, _w in regions}
        members: dict[int, list] = defaultdict(list)
        region_of: dict[int, int] = {}
        unplaced = 0
        for oid, data in g.nodes(data=True):
            if kinds and data["kind_id"] not in kinds:
                continue
            rid = data["district_id"]
            if rid in ags_of:
                members[rid].append((oid, data["name"], data["kind"], data["colour"]))
                region_of[oid] = rid
            else:
                unplaced += 1
        selected = _selected_regions(regions, options)
        figures = tuple(
            DistrictFigures(
                rid, ags, name, wba,
                partners=len(members.get(rid, ())),
                verbuende=verbuende.get(rid, 0),
                events=events.get(rid, 0),
                gaps=tuple(gaps.get(name, ())),
                selected=rid in selected,
                inquiries=sum(inquiries.get(rid, {}).values()),
                inquiries_by_status=tuple(
                    (st, inquiries.get(rid, {}).get(st, 0)) for st in STATUSES
                ),
            )
            for rid, ags, name, wba in regions
        )  # fmt: skip
        overview = MapOverview(
            options,
            self._in_map_order(figures),
            pairs.district_ties(region_of, ags_of),
            self._place(members, ags_of),
            unplaced,
            period,
        )
        release(g)  # the graph is ours alone; freed in steps, the window keeps painting
        return overview

    def _in_map_order(self, figures: tuple[DistrictFigures, ...]) -> tuple:
        order = {d.ags: i for i, d in enumerate(self.state_map.districts)}
        return tuple(sorted(figures, key=lambda f: order.get(f.ags, len(order))))

    def _place(self, members: dict[int, list], ags_of: dict[int, str]) -> tuple[MapPoint, ...]:
        points: list[MapPoint] = []
        shapes = {d.ags: d for d in self.state_map.districts}
        for rid, rows in members.items():
            shape = shapes.get(ags_of[rid])
            if shape is None:
                continue
            rows = sorted(rows, key=lambda r: r[0])
            places = place_points(shape, len(rows), self.seed)
            xs, ys = places[:, 0].tolist(), places[:, 1].tolist()
            points += [
                MapPoint(oid, name, kind, colour or "#808080", shape.ags, x, y)
                for (oid, name, kind, colour), x, y in zip(rows, xs, ys, strict=True)
            ]
        return tuple(points)

    # -- one district --------------------------------------------------------------------
    def district(self, overview: MapOverview, ags: str) -> DistrictDetail:
        """One district of ``overview``: its partners (the overview's filters applied), the
        Verbünde naming it (every phase, active ones first), its ties to other districts."""
        figures = overview.figures(ags)
        options = replace(overview.options, region_ids=(), wba_regions=())
        clause = node_filter(options)
        stmt = (
            select(Organisation.id, Organisation.name, OrganisationType.name, Organisation.active)
            .join(OrganisationType, OrganisationType.id == Organisation.type_id)
            .where(Organisation.region_id == figures.region_id)
            .order_by(Organisation.sort_key, Organisation.id)
        )
        if clause is not None:
            stmt = stmt.where(clause)
        with self._uow() as uow:
            conn = uow.session.connection()
            partners = tuple(PartnerRow(*row) for row in conn.execute(stmt))
            verbuende = conn.execute(
                select(Verbund.id, Verbund.name, Verbund.phase)
                .join(verbund_region, verbund_region.c.verbund_id == Verbund.id)
                .where(verbund_region.c.region_id == figures.region_id)
                .order_by(Verbund.sort_key)
            ).all()
        rows = sorted((VerbundRow(*r) for r in verbuende), key=lambda v: not v.active)
        return DistrictDetail(figures, partners, tuple(rows), ties_of(overview, ags))

    # -- export --------------------------------------------------------------------------
    def export(
        self,
        path: str | os.PathLike[str],
        measure: str = "partners",
        options: GraphOptions = GraphOptions(),
        fmt: str | None = None,
        overview: MapOverview | None = None,
        show_points: bool = True,
        show_ties: bool = True,
    ) -> Path:
        """The map as PNG, SVG or PDF (matplotlib, no Qt): the same picture as on screen."""
        from wba_desktop.network.map_render import export_map

        if measure not in MEASURES:
            raise ValueError(f"unknown measure {measure!r}")
        chosen = (fmt or Path(path).suffix.lstrip(".")).lower()
        if chosen not in ("png", "svg", "pdf"):
            raise NetworkError(
                _(
                    "Die Karte kann nicht als „{name}“ gespeichert werden: "
                    "bitte .png, .svg oder .pdf."
                ).format(name=chosen or Path(path).name)
            )
        overview = overview or self.overview(options)
        return export_map(
            overview, self.state_map, path, measure, fmt,
            show_points=show_points, show_ties=show_ties,
        )  # fmt: skip


def ties_of(overview: MapOverview, ags: str) -> tuple[tuple[str, int], ...]:
    """(other district's name, relations) for ``ags``, most first."""
    names = {d.ags: d.name for d in overview.districts}
    found = [(names[b if a == ags else a], n) for a, b, n in overview.ties if ags in (a, b)]
    return tuple(sorted(found, key=lambda t: (-t[1], t[0])))


# -- queries -------------------------------------------------------------------------------


def _verbund_counts():
    return (
        select(verbund_region.c.region_id, func.count(func.distinct(Verbund.id)))
        .join(Verbund, Verbund.id == verbund_region.c.verbund_id)
        .where(Verbund.phase.in_(ACTIVE_PHASES))
        .group_by(verbund_region.c.region_id)
    )


def _event_counts(today: date):
    since = datetime.combine(today - timedelta(days=EVENT_DAYS), time.min)
    until = datetime.combine(today, time.max)
    return (
        select(Event.region_id, func.count(Event.id))
        .where(Event.starts_at >= since, Event.starts_at <= until, Event.status != CANCELLED)
        .where(Event.region_id.is_not(None))
        .group_by(Event.region_id)
    )


def _inquiry_counts(first: date, last: date):
    return (
        select(Inquiry.region_id, Inquiry.status, func.count(Inquiry.id))
        .where(Inquiry.received_on >= first, Inquiry.received_on <= last)
        .group_by(Inquiry.region_id, Inquiry.status)
    )


def _selected_regions(regions, options: GraphOptions) -> set[int]:
    return {
        rid
        for rid, _ags, _name, wba in regions
        if (not options.region_ids or rid in options.region_ids)
        and (not options.wba_regions or wba in options.wba_regions)
    }
