"""``NetworkService``: the one entry point for the network canvas, the analysis panel
and ``wba-desktop graph``.

Every method is plain Python without Qt; the GUI calls them in a worker (they may
take a second on a large network) and gets dataclasses and graphs back.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import networkx as nx
from sqlalchemy import select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.db.querying import text_filter
from wba_desktop.i18n import _
from wba_desktop.models import Organisation, Relation
from wba_desktop.network import layout as lay
from wba_desktop.network.export import export_graph, format_of
from wba_desktop.network.gaps import DEFAULT_GAP_KINDS, Coverage, GapKind, GapTable, gap_table
from wba_desktop.network.graph import (
    GraphOptions,
    GraphResult,
    NetworkError,
    PeopleFilter,
    build_graph,
)
from wba_desktop.network.matrix import StakeholderMatrix, load_matrix
from wba_desktop.network.metrics import NetworkMetrics, compute_metrics
from wba_desktop.network.positions import DatabasePositionStore, PositionStore
from wba_desktop.network.suggest import Suggestion, suggest_introductions
from wba_desktop.network.verbund_ties import verbund_ties
from wba_desktop.text.fold import search_key

if TYPE_CHECKING:
    from wba_desktop.network.view_export import ViewExport
    from wba_desktop.services.directory.coverage import CoverageService
    from wba_desktop.services.directory.reference import ReferenceService
    from wba_desktop.services.directory.relations import RelationInfo, RelationService

log = logging.getLogger(__name__)

LAYOUT_MODES = ("force", "district", "kind")
INTRODUCTION_TYPE = "Netzwerkpartnerschaft"
INTRODUCTION_NOTE = "Kontakt über die Weiterbildungsagentur vermittelt"

Positions = dict[Hashable, tuple[float, float]]
GRAPH_FILE_FORMATS = ("gexf", "graphml")


class NetworkPicture(NamedTuple):
    """What the canvas draws: the graph and a position for every node (people too)."""

    result: GraphResult
    positions: Positions


class NetworkService:
    """Graph, layout, analysis, suggestions and export of the multiplier network.

    ``reference`` gives the districts for the gap table and the relation types for
    ``introduce``; ``relations`` records an introduction. Without them the gap table
    shows only the groups that occur and ``introduce`` refuses. ``coverage`` tells
    who is responsible for which districts beyond the seat (gaps and suggestions
    count it; without it only the seat counts). ``store`` keeps the positions
    between runs (default: the table ``layout_position`` of the database).
    """

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        *,
        reference: ReferenceService | None = None,
        relations: RelationService | None = None,
        coverage: CoverageService | None = None,
        store: PositionStore | None = None,
        seed: int = lay.DEFAULT_SEED,
        people_filter: PeopleFilter | None = None,
    ) -> None:
        self._uow = uow_factory
        #: data protection's filter for the person layer (see ``build_graph``)
        self.people_filter = people_filter
        self._reference = reference
        self._relations = relations
        self._coverage = coverage
        self._store = store if store is not None else DatabasePositionStore(uow_factory)
        self.seed = seed

    # -- graph and layout ------------------------------------------------------------
    def graph(self, options: GraphOptions = GraphOptions()) -> GraphResult:
        """The filtered graph; empty with a German description when nothing matches."""
        return build_graph(self._uow, options, self.people_filter)

    def store(self) -> PositionStore:
        """Where the positions live (the database's ``layout_position``)."""
        return self._store

    def layout(
        self,
        result: GraphResult | nx.Graph,
        mode: str = "force",
        relayout: bool = False,
        save: bool = True,
    ) -> Positions:
        """Positions for every node.

        "force": stored positions are kept (the same picture as last time), new
        organisations placed near their neighbours; ``relayout`` lays the shown
        organisations out afresh, except those placed by hand (pinned). ``save``
        stores what was computed (else the caller does, see ``save_layout``).
        "district"/"kind": grouped, computed each time (deterministic), never stored.
        """
        graph = result.graph if isinstance(result, GraphResult) else result
        if mode not in LAYOUT_MODES:
            raise NetworkError(
                _("Unbekannte Anordnung „{mode}“: force, district oder kind.").format(mode=mode)
            )
        if graph.number_of_nodes() == 0:
            return {}
        if mode != "force":
            return lay.grouped_layout(graph, by=mode, seed=self.seed)
        stored = self._store.load()
        known = {
            v: (p.x, p.y) for v, p in stored.items() if v in graph and (p.pinned or not relayout)
        }
        if not known:
            positions = lay.force_layout(graph, seed=self.seed)
        elif len(known) == graph.number_of_nodes():
            return known
        else:
            positions = lay.force_layout(graph, seed=self.seed, initial=known, fixed=known)
        if save:
            self._store.update({v: p for v, p in positions.items() if v not in known})
        return positions

    def save_layout(self, positions: Mapping[Hashable, tuple[float, float]]) -> int:
        """Store the organisations' computed positions that differ from the stored ones
        (people are placed anew each time; pinned positions stay); returns how many.
        The canvas calls this in the background after showing a fresh layout."""
        stored = self._store.load()
        changed = {}
        for v, (x, y) in positions.items():
            if not isinstance(v, int):
                continue
            old = stored.get(v)
            if old is None or (not old.pinned and (abs(old.x - x) > 1e-9 or abs(old.y - y) > 1e-9)):
                changed[v] = (float(x), float(y))
        return self._store.update(changed) if changed else 0

    def picture(
        self,
        options: GraphOptions = GraphOptions(),
        layout: str = "force",
        relayout: bool = False,
        include_verbuende: bool = False,
        cancelled: Callable[[], bool] | None = None,
        save: bool = True,
        include_referrals: bool = False,
    ) -> NetworkPicture:
        """The network for ``options`` as the canvas shows it, with every position.

        ``include_verbuende`` adds an edge between current members of the same Verbund;
        ``include_referrals`` one from our agency's own organisation to each partner it
        referred inquiries to (up to ``options.as_of``), weighted by their number.
        Organisations are placed as in ``layout`` (stored positions reused and new
        ones stored for "force" unless ``save`` is False: the canvas stores them in
        the background after drawing, with ``save_layout``); the people of the person
        layer are placed around their organisations, which stay put (people's places
        are not stored).
        ``cancelled()`` returning True stops with ``NetworkError`` between the steps.
        """
        if layout not in LAYOUT_MODES:
            raise NetworkError(
                _("Unbekannte Anordnung „{layout}“: force, district oder kind.").format(
                    layout=layout
                )
            )

        def check() -> None:
            if cancelled is not None and cancelled():
                raise NetworkError(_("Der Aufbau des Netzes wurde abgebrochen."))

        if include_verbuende:
            ties = verbund_ties(self._uow)
            options = replace(options, extra_edges=(*options.extra_edges, *ties))
        if include_referrals:
            options = replace(
                options, extra_edges=(*options.extra_edges, *self._referrals(options))
            )
        result = self.graph(options)
        check()
        positions = self.layout(result, layout, relayout=relayout, save=save)
        people = result.people_layer
        if people is not None and people.number_of_nodes():
            check()
            positions = lay.force_layout(
                people, seed=self.seed, initial=positions, fixed=list(positions)
            )
        return NetworkPicture(result, positions)

    def _referrals(self, options: GraphOptions) -> tuple:
        """The layer „Vermittlungen“ (nothing while no own organisation is set)."""
        from wba_desktop.network.referral_ties import referral_ties
        from wba_desktop.services.shared_settings import AgencySettings

        own = AgencySettings(self._uow).own_organisation()
        if own is None:
            return ()
        return referral_ties(self._uow, own[0], until=options.as_of)

    def remember_positions(self, positions: Mapping[Hashable, tuple[float, float]]) -> None:
        """Store where the user put organisations by hand (pinned: a new layout keeps
        them); people are placed anew each time."""
        kept = {v: p for v, p in positions.items() if isinstance(v, int)}
        if kept:
            self._store.update(kept, pinned=True)

    def forget_positions(self, keep_pinned: bool = True) -> None:
        """Forget the stored layout (and the positions placed by hand, unless
        ``keep_pinned``): the next picture is laid out afresh."""
        self._store.clear(keep_pinned=keep_pinned)

    # -- analysis ----------------------------------------------------------------------
    def metrics(
        self,
        graph: GraphResult | nx.Graph,
        progress: Callable[[int, int, str], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> NetworkMetrics:
        g = graph.graph if isinstance(graph, GraphResult) else graph
        return compute_metrics(g, seed=self.seed, progress=progress, cancel=cancel)

    def gaps(
        self,
        graph: GraphResult | nx.Graph,
        by: str = "district",
        kinds: Sequence[GapKind] = DEFAULT_GAP_KINDS,
        main: set | None = None,
    ) -> GapTable:
        """The gap table; rows for every district (or WBA region) the options allow.
        ``main``: the main network's organisations, when the graph has no edges."""
        g = graph.graph if isinstance(graph, GraphResult) else graph
        options = graph.options if isinstance(graph, GraphResult) else GraphOptions()
        groups = self._gap_groups(by, options)
        return gap_table(g, by=by, groups=groups, kinds=kinds, coverage=self.coverage(), main=main)

    def coverage(self) -> list[Coverage]:
        """Who is responsible for which districts beyond the seat (active
        organisations; empty without the coverage service)."""
        if self._coverage is None:
            return []
        return [
            Coverage(e.id, e.name, e.kind, e.districts, e.wba_regions, e.seat, e.short_name)
            for e in self._coverage.entries()
        ]

    def _gap_groups(self, by: str, options: GraphOptions) -> list[str]:
        if options.focus_id is not None:
            return []  # a neighbourhood: only the groups that occur
        if self._reference is None:
            return []
        regions = self._reference.regions()
        if options.region_ids:
            regions = [r for r in regions if r.id in options.region_ids]
        if options.wba_regions:
            regions = [r for r in regions if r.wba_region in options.wba_regions]
        if by == "district":
            return [r.name for r in regions]
        return list(dict.fromkeys(r.wba_region for r in regions))

    def suggestions(self, graph: GraphResult | nx.Graph, top: int = 20) -> list[Suggestion]:
        """The best introductions, those that close a gap first (see
        ``suggest_introductions``); pairs tied by any relation in the database (also
        one the filter hides, or one that ended) are left out."""
        g = graph.graph if isinstance(graph, GraphResult) else graph
        found = suggest_introductions(g, top=top * 3, coverage=self.coverage())
        if not found:
            return []
        tied = self._tied_pairs({x for s in found for x in (s.a, s.b)})
        fresh = [s for s in found if frozenset((s.a, s.b)) not in tied]
        return fresh[:top]

    def _tied_pairs(self, ids: set) -> set[frozenset]:
        ids = [i for i in ids if isinstance(i, int)]
        with self._uow() as uow:
            rows = uow.session.execute(
                select(Relation.source_id, Relation.target_id).where(
                    Relation.source_id.in_(ids), Relation.target_id.in_(ids)
                )
            )
            return {frozenset(r) for r in rows}

    def introduce(
        self,
        a_id: int,
        b_id: int,
        type_id: int | None = None,
        note: str = "",
        strength: int = 1,
        valid_from: date | None = None,
    ) -> RelationInfo:
        """Record that ``a`` and ``b`` were introduced: a new relation (weak, from today).

        ``type_id`` defaults to "Netzwerkpartnerschaft". Returns the ``RelationInfo``;
        validation errors (e.g. the relation exists already) come as ``ValidationError``.
        """
        from wba_desktop.services.directory.relations import RelationData

        if self._relations is None or self._reference is None:
            raise NetworkError(_("Zum Eintragen der Beziehung fehlen die Dienste (Services)."))
        if type_id is None:
            types = {t.name: t.id for t in self._reference.relation_types()}
            type_id = types.get(INTRODUCTION_TYPE)
            if type_id is None:
                raise NetworkError(
                    _(
                        "Die Beziehungsart „{INTRODUCTION_TYPE}“ gibt es nicht mehr; bitte eine "
                        "Art wählen."
                    ).format(INTRODUCTION_TYPE=INTRODUCTION_TYPE)
                )
        data = RelationData(
            source_id=a_id,
            target_id=b_id,
            type_id=type_id,
            valid_from=valid_from or date.today(),
            strength=strength,
            note=note or INTRODUCTION_NOTE,
        )
        return self._relations.save(data)

    def stakeholder_matrix(self, options: GraphOptions = GraphOptions()) -> StakeholderMatrix:
        """Influence × interest of the organisations the network filters let through
        (with a focus: the focus and its neighbourhood, as the graph shows it)."""
        only, filters = None, ""
        if options.focus_id is not None:
            g = self.graph(options).graph
            only = set(g)
            filters = f"Umfeld von {g.nodes[options.focus_id]['name']}"
        with self._uow() as uow:
            return load_matrix(uow.session, options, only, filters)

    def save_matrix_picture(self, matrix: StakeholderMatrix, path: str | os.PathLike[str]) -> Path:
        """The matrix as PNG, SVG or PDF (by the file ending)."""
        from wba_desktop.network.matrix_chart import save_matrix

        try:
            return save_matrix(matrix, path)
        except OSError as exc:
            raise NetworkError(
                _(
                    "„{name}“ konnte nicht geschrieben werden ({exc}). "
                    "Ist die Datei noch in einem anderen Programm geöffnet?"
                ).format(name=Path(path).name, exc=exc.strerror or exc)
            ) from exc

    # -- export ------------------------------------------------------------------------
    def export(
        self,
        result: GraphResult,
        path: str | os.PathLike[str],
        fmt: str | None = None,
        mode: str = "force",
        label_top: int = 15,
        save_positions: bool = False,
    ) -> Path:
        """Write the graph (GEXF/GraphML, with positions) or a picture (PNG/SVG/PDF)."""
        if result.is_empty:
            raise NetworkError(
                _("Nichts zu exportieren. {description}").format(description=result.description)
            )
        positions = self.layout(result, mode, save=save_positions)
        return export_graph(
            result.graph,
            path,
            fmt,
            positions,
            title=result.description,
            label_top=label_top,
            group_by=None if mode == "force" else mode,
        )

    def save_graph_file(
        self,
        result: GraphResult,
        path: str | os.PathLike[str],
        positions: Mapping[Hashable, tuple[float, float]] | None = None,
    ) -> Path:
        """Write the graph with every attribute and the given positions (the ones on
        screen) as GEXF or GraphML, chosen by the file ending."""
        fmt = format_of(path)
        if fmt not in GRAPH_FILE_FORMATS:
            raise NetworkError(_("Bitte als .gexf oder .graphml speichern."))
        if result.is_empty:
            raise NetworkError(
                _("Nichts zu exportieren. {description}").format(description=result.description)
            )
        return export_graph(result.graph, path, fmt, positions)

    def export_view(
        self,
        settings: Mapping,
        path: str | os.PathLike[str],
        name: str = "",
        fmt: str | None = None,
    ) -> ViewExport:
        """Write a view (saved or on screen: panel state and ``view_rect``) as a picture
        (PNG/SVG/PDF) or a self-contained HTML page; people only with their consent,
        logged as a disclosure (see ``view_export``)."""
        from wba_desktop.network.view_export import export_view

        return export_view(self.picture, self._uow, settings, path, name=name, chosen=fmt)

    # -- names to ids (CLI, saved views) -------------------------------------------------
    def find_organisation(self, name: str) -> int:
        """The id of the organisation called ``name`` (or its short name); NetworkError
        naming the candidates when none or several match."""
        key = search_key(name)
        if not key:
            raise NetworkError(_("Fokus: Bitte den Namen einer Organisation angeben."))
        stmt = (
            select(Organisation.id, Organisation.name, Organisation.short_name)
            .where(text_filter(Organisation.search_key, name))
            .order_by(Organisation.sort_key)
            .limit(200)
        )
        with self._uow() as uow:
            rows = uow.session.execute(stmt).all()
        exact = [r for r in rows if key in (search_key(r[1]), search_key(r[2] or ""))]
        if len(exact) == 1:
            return exact[0][0]
        partial = exact or [r for r in rows if key in search_key(r[1])]
        if len(partial) == 1:
            return partial[0][0]
        if not partial:
            raise NetworkError(_("Fokus: Keine Organisation heißt „{name}“.").format(name=name))
        names = ", ".join(sorted(r[1] for r in partial)[:8])
        raise NetworkError(
            _("Fokus: „{name}“ passt auf mehrere Organisationen: {names}.").format(
                name=name, names=names
            )
        )
