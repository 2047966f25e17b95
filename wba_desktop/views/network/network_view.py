"""The network area: filters left, the graph in the middle, details and analysis right.

The network service (``services.network``) builds the picture (graph and positions)
and the metrics on the thread pool; the view draws what comes back. Answers to an
older filter are dropped, so the window never waits for them.
"""

from __future__ import annotations

import gc
import logging
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.errors import ServiceError
from wba_desktop.network.ego import ego_result
from wba_desktop.network.graph import GraphOptions, GraphResult
from wba_desktop.services.bundle import Services
from wba_desktop.text import format as fmt
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.picture_header import PICTURE_FILTERS, PictureHeader, ask_save_file
from wba_desktop.views.common.sizing import FoldWhenNarrow
from wba_desktop.views.common.tasks import TaskRunner
from wba_desktop.views.network.analysis_tabs import AnalysisTabs
from wba_desktop.views.network.canvas import NetworkCanvas
from wba_desktop.views.network.details import DetailsPanel
from wba_desktop.views.network.drawing import Drawing, make_drawing
from wba_desktop.views.network.filter_panel import FilterPanel, PanelState
from wba_desktop.views.network.legend import LegendList
from wba_desktop.views.network.matrix_view import MatrixView
from wba_desktop.views.network.styling import group_keys
from wba_desktop.views.network.views_bar import ViewsBar

log = logging.getLogger(__name__)


def _not_stored(exc: ServiceError) -> None:
    """Positions are a convenience: a read-only or busy database costs only the next
    start's picture, so no message interrupts the user."""
    log.warning("network positions not stored: %s", exc)


class NetworkView(QWidget):
    """Emits ``open_organisation(id)`` and ``counts_changed(text)``."""

    #: change topics that make the area refresh (see MainWindow._on_changes)
    watches = frozenset({"organisations", "relations", "reference", "verbuende", "inquiries"})

    open_organisation = Signal(int)
    counts_changed = Signal(str)
    add_to_verbund = Signal(list)
    #: the „Karte“ button: the map of the districts with these filters
    map_requested = Signal(object)
    #: a picture was drawn (the views bar applies a saved zoom then)
    shown = Signal()

    def __init__(self, services: Services, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self._services, self._runner = services, runner
        self.network = services.network
        self.result: GraphResult | None = None
        self.positions: dict[int, tuple[float, float]] = {}
        self.metrics: dict[int, object] = {}
        self.loaded = False
        self._measured = True  # the metrics of the shown graph were asked for
        #: the last unfocused network without people, for a quick "Umfeld" (see _quick_ego)
        self._whole: tuple[GraphOptions, GraphResult, dict] | None = None

        self.panel = FilterPanel(services, self)
        self.canvas = NetworkCanvas(self)
        self.canvas.runner = runner
        self.legend = LegendList(self)
        fit = QPushButton(self.tr("Ansicht einpassen"), self)
        fit.clicked.connect(self.canvas.reset_view)
        header = PictureHeader(
            self,
            self.tr(
                "Bild der aktuellen Ansicht (PNG, SVG, PDF) oder Netz für Gephi (GEXF, GraphML)"
            ),
            self.ask_export_file,
        )
        self.description, self.busy = header.description, header.busy  # busy: the graph
        self.export_button = header.export_button
        self.map_button = QPushButton(self.tr("Karte"), self)
        self.map_button.setToolTip(self.tr("Dieselbe Auswahl als Karte der Landkreise zeigen"))
        self.map_button.clicked.connect(
            lambda: self.map_requested.emit(self.options(self.panel.state()))
        )
        self.views_bar = ViewsBar(services, runner, self, self)
        # the buttons in one row, the description below them across the whole width
        # (beside the buttons it wrapped into five lines at 1280×800)
        top = QHBoxLayout()
        top.addWidget(self.busy)
        top.addStretch(1)
        top.addWidget(fit)
        top.addWidget(self.map_button)
        self.legend_button = QPushButton(self.tr("Legende"), self)
        self.legend_button.setCheckable(True)
        self.legend_button.setChecked(True)
        self.legend_button.toggled.connect(self.legend.setVisible)
        top.addWidget(self.legend_button)
        top.addWidget(self.export_button)
        centre = QWidget(self)
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.views_bar)
        cl.addLayout(top)
        cl.addWidget(self.description)
        cl.addWidget(self.canvas, 1)
        cl.addWidget(self.legend)
        # view modes of the centre, under the same filters: the graph, the stakeholder matrix
        self.modes = QTabWidget(self)
        self.modes.setDocumentMode(True)
        self.modes.addTab(centre, self.tr("Netz"))
        self.matrix = MatrixView(services, runner, lambda: self.options(self.panel.state()), self)
        self.modes.addTab(self.matrix, self.tr("Matrix"))

        self.tabs = QTabWidget(self)
        self.details = DetailsPanel(self)
        self.tabs.addTab(self.details, self.tr("Details"))
        self.analysis = AnalysisTabs(services, runner, self)
        self.analysis.add_to(self.tabs)
        self.analysis.select_requested.connect(self.select_node)
        self.analysis.changed.connect(self.reload)
        self.analysis.district_requested.connect(self.show_district)

        splitter = QSplitter(self)
        splitter.addWidget(self.panel)
        splitter.addWidget(self.modes)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 520, 300])
        self._fold = FoldWhenNarrow(splitter, [270, 520, 300])  # details folded at 1024 px
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(splitter)

        self.panel.changed.connect(self.reload)
        self.panel.changed.connect(self.matrix.filters_changed)
        self.matrix.open_requested.connect(self.open_organisation)
        self.matrix.selected.connect(self.select_node)
        self.panel.display_changed.connect(self.redraw)
        self.panel.grouping_changed.connect(self._regroup)
        self.panel.relayout_requested.connect(lambda: self.reload(relayout=True))
        self.canvas.node_clicked.connect(self._select)
        self.canvas.node_activated.connect(self._activate)
        self.canvas.node_moved.connect(self._moved)
        self.details.open_requested.connect(self.open_organisation)
        self.details.focus_requested.connect(self.focus_on)
        self.details.verbund_requested.connect(lambda oid: self.add_to_verbund.emit([oid]))

    # -- loading ---------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.reload()

    def options(self, state: PanelState) -> GraphOptions:
        return GraphOptions(
            type_ids=state.kinds, region_ids=state.districts, wba_regions=state.wba_regions,
            tag_ids=state.tags, relation_type_ids=state.relation_types,
            min_strength=state.min_strength, as_of=state.as_of,
            include_inactive=state.include_inactive, focus_id=state.focus, depth=state.depth,
            include_people=state.include_people,
        )  # fmt: skip

    def refresh_after_change(self) -> None:
        """The data changed (here or in another program): the same filters, the same
        zoom and the same selected organisation, with fresh nodes and edges."""
        self.reload(keep_view=True)
        self.matrix.filters_changed()

    def reload(self, relayout: bool = False, keep_view: bool = False) -> None:
        """Build the graph for the current filters and lay it out, off the GUI thread."""
        self.loaded = True
        state = self.panel.state()
        options = self.options(state)
        if not relayout and self._quick_ego(options, state, keep_view):
            return
        network = self.network
        self.description.setText(self.tr("Netz wird aufgebaut …"))
        self.busy.show()

        def picture():
            return network.picture(
                options,
                layout=state.layout,
                relayout=relayout,
                include_verbuende=state.include_verbuende,
                include_referrals=state.include_referrals,
                save=False,  # stored in the background once drawn (_store_layout)
            )

        def shown(answer) -> None:
            result, positions = answer
            whole = options.focus_id is None and result.people_layer is None
            self._whole = (options, result, dict(positions)) if whole else self._whole
            self._show(result, positions, keep_view=keep_view)

        # a newer reload (filters changed meanwhile) drops this answer
        op(self, picture, key="picture", runner=self._runner).success(shown).handle(
            ServiceError, self._failed
        ).run_in_background()

    def _quick_ego(self, options: GraphOptions, state: PanelState, keep_view: bool) -> bool:
        """An "Umfeld" of the network already shown: a breadth-first search on that
        graph instead of a rebuild (fast also on the state-wide database)."""
        if options.focus_id is None or options.include_people or keep_view or not self._whole:
            return False
        whole_options, whole, positions = self._whole
        same = replace(options, focus_id=None, depth=whole_options.depth) == whole_options
        if not same or state.layout != "force" or options.focus_id not in whole.graph:
            return False
        result = ego_result(whole, options.focus_id, options.depth)
        # an older build still running must not replace this picture when it ends
        op(self, lambda: None, key="picture", runner=self._runner).run_in_background()
        self._show(result, {n: positions[n] for n in result.graph if n in positions})
        return True

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.description.setText(str(exc))
        log.info("network not shown: %s", exc)

    def _show(self, result: GraphResult, positions, keep_view: bool = False) -> None:
        # A state-wide graph is millions of long-lived objects; a full collection of the
        # cyclic garbage collector would scan them all (about a second, holding the GIL,
        # so the window froze wherever it struck). Frozen, they are left out of the scans;
        # they are still freed by reference counting when the picture is replaced.
        gc.freeze()
        self.busy.hide()
        self.result, self.positions = result, dict(positions)
        self.metrics = {}
        self.description.setText(result.description)
        self._measured = False  # the metrics start once the picture is drawn (see _paint)
        self.redraw(keep_view=keep_view)
        self._store_layout(result)
        network = self.network
        op(self, network.coverage, key="coverage", runner=self._runner).success(
            self.details.set_coverage
        ).handle(ServiceError, lambda _exc: None).run_in_background()
        n, m = result.graph.number_of_nodes(), result.graph.number_of_edges()
        self.counts_changed.emit(
            self.tr("%1 Organisationen, %2 Verbindungen")
            .replace("%1", fmt.integer(n))
            .replace("%2", fmt.integer(m))
        )

    def _store_layout(self, result: GraphResult) -> None:
        """Store the laid-out positions in the database, off the GUI thread (only the
        ones that changed are written; a failure costs only the next start's layout)."""
        if self.panel.state().layout != "force" or result.is_empty:
            return
        positions, network = dict(self.positions), self.network
        op(self, lambda: network.save_layout(positions), key="store-layout",
           runner=self._runner).handle(ServiceError, _not_stored).run_in_background()  # fmt: skip

    def _metrics_ready(self, metrics: dict) -> None:
        gc.freeze()  # as in _show: the metrics are long-lived too
        self.metrics = metrics
        state = self.panel.state()
        if "community" in (state.colour_by, state.group_by) or state.size_by == "betweenness":
            self.redraw()
        elif self.canvas.selected is not None and self.result is not None:
            self.details.show_node(self.result.graph, self.canvas.selected, metrics)

    def redraw(self, keep_view: bool = True) -> None:
        """Style, collect and group the picture off the GUI thread, then show it."""
        if self.result is None:
            return
        result, positions, state = self.result, dict(self.positions), self.panel.state()
        metrics = self.metrics
        op(self, lambda: make_drawing(result, positions, state, metrics), key="drawing",
           runner=self._runner).success(
            lambda drawing: self._paint(drawing, keep_view)
        ).run_in_background()  # fmt: skip

    def _paint(self, drawing: Drawing, keep_view: bool) -> None:
        self.legend.set_entries(drawing.legend)
        self.canvas.show_scene(drawing.scene, drawing.legend, self.tr(drawing.empty_text),
                               keep_view, drawing.grouping, drawing.groups)  # fmt: skip
        self.shown.emit()  # the views bar applies a saved zoom now
        self.details.show_node(self.result.graph, self.canvas.selected, self.metrics)
        if not self._measured:
            # after the drawing, not beside it: two Python workers would starve the GUI
            # thread of the GIL while it paints the first frame
            self._measured = True
            self.analysis.set_graph(self.result, self._metrics_ready)

    def _regroup(self) -> None:
        if self.result is not None:
            by = self.panel.state().group_by
            self.canvas.set_grouping(group_keys(self.result.graph, self.canvas.styles, by,
                                                self.metrics))  # fmt: skip

    # -- interaction -------------------------------------------------------------------
    def _select(self, node) -> None:
        g = self.result.graph if self.result else None
        organisation = node if isinstance(node, int) and node >= 0 else None
        self.details.show_node(g, organisation, self.metrics)
        if organisation is not None:
            self._fold.reveal()  # a clicked organisation's details must be seen

    def _activate(self, node) -> None:
        if isinstance(node, int):
            self.open_organisation.emit(node)

    def select_node(self, node: int) -> None:
        if self.result is not None and node in self.result.graph:
            self.canvas.select(node)
            self._select(node)

    def _moved(self, node, x: float, y: float) -> None:
        self.positions[node] = (x, y)
        if isinstance(node, int):  # organisations keep their place; people are placed anew
            network = self.network  # pinned in the database, written in the background
            pin = op(self, lambda: network.remember_positions({node: (x, y)}), runner=self._runner)
            pin.handle(ServiceError, _not_stored).run_in_background()

    def show_district(self, name: str) -> None:
        """Show one district's network (from the gap table)."""
        self.panel.districts.set_checked(
            [r.id for r in self._services.reference.regions() if r.name == name]
        )
        self.panel.flush()

    def focus_on(self, node: int) -> None:
        label = self.result.graph.nodes[node]["name"] if self.result else ""
        self.panel.focus.set_current(node, label)
        self.panel.flush()
        self.reload()

    # -- export ----------------------------------------------------------------------------
    def ask_export_file(self) -> None:
        graphs = ("Gephi GEXF (*.gexf)", "GraphML (*.graphml)")
        ask_save_file(self, self.tr("Netz exportieren"), "netzwerk.png", self.export_to,
                      PICTURE_FILTERS + graphs)  # fmt: skip

    def export_to(self, path: str) -> str:
        """Pictures show the current view as it is on screen (zoom, colours, labels) at
        high resolution; GEXF and GraphML carry every attribute and the positions."""
        from pathlib import Path

        if self.result is None or self.result.is_empty:
            self.description.setText(self.tr("Nichts zu exportieren: das Netz ist leer."))
            return ""
        ending = Path(path).suffix.lower()
        if ending in (".png", ".svg", ".pdf"):
            from wba_desktop.views.network.figure import save_view

            save_view(self.canvas, path, title=self.result.description)
        elif ending in (".gexf", ".graphml"):
            self.network.save_graph_file(self.result, path, self.positions)
        else:
            self.description.setText(
                self.tr("Bitte als .png, .svg, .pdf, .gexf oder .graphml speichern.")
            )
            return ""
        self._log_people(path)
        self.description.setText(self.tr("Gespeichert: %1").replace("%1", path))
        return path

    def _log_people(self, path: str) -> None:
        """A picture with the people layer names people: log it as a disclosure."""
        from pathlib import Path

        from wba_desktop.services.privacy_log import EXPORT, file_recipient

        people = self.result.people_layer if self.result is not None else None
        nodes = people.nodes(data=True) if people is not None else ()
        ids = [d["person_id"] for _n, d in nodes if "person_id" in d]
        if ids and Path(path).suffix.lower() in (".png", ".svg", ".pdf"):
            op(
                self,
                lambda: self._services.disclosures.record(
                    EXPORT, "Netzwerkbild mit Personenebene", file_recipient(path), ids
                ),
                title=self.tr("Netz exportieren"),
            ).run()
