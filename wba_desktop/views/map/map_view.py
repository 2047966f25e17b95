"""The „Karte“ area: Sachsen-Anhalt's districts coloured by partners, active Verbünde,
events or gaps; the organisations inside their district; the ties between districts.

Left the colouring, the layers and the kinds (whose colours are the dots' legend);
the map in the middle; right the clicked district. The numbers come from
``services.map`` on the thread pool; an answer to older filters is dropped. The
network's „Karte“ button hands over its filters (``set_options``).
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.errors import ServiceError
from wba_desktop.network.map_classes import MEASURE_NOTES
from wba_desktop.network.options import GraphOptions
from wba_desktop.services.bundle import Services
from wba_desktop.text import format as fmt
from wba_desktop.views.common.check_list import CheckList
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.picture_header import PictureHeader, ask_save_file
from wba_desktop.views.common.sizing import FoldWhenNarrow
from wba_desktop.views.common.tasks import TaskRunner
from wba_desktop.views.common.translation import tr
from wba_desktop.views.map.district_panel import DistrictPanel
from wba_desktop.views.map.map_canvas import MapCanvas

log = logging.getLogger(__name__)


MEASURE_CHOICES = (
    ("partners", QT_TR_NOOP("Partner")),
    ("gaps", QT_TR_NOOP("Lücken")),
    ("verbuende", QT_TR_NOOP("Aktive Verbünde")),
    ("events", QT_TR_NOOP("Veranstaltungen")),
    ("anfragen", QT_TR_NOOP("Anfragen")),
)


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class MapView(QWidget):
    """Emits ``open_organisation(id)``, ``open_verbund(id)`` and ``counts_changed(text)``."""

    watches = frozenset(
        {"organisations", "relations", "reference", "verbuende", "events", "inquiries"}
    )

    open_organisation = Signal(int)
    open_verbund = Signal(int)
    counts_changed = Signal(str)

    def __init__(self, services: Services, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self._services, self._runner = services, runner
        self.loaded = False
        self.overview = None
        #: the filters besides the kinds (from the network's „Karte“ button)
        self._base = GraphOptions()

        self.measure = QComboBox(self)
        for key, label in MEASURE_CHOICES:
            self.measure.addItem(tr(label), key)
            self.measure.setItemData(
                self.measure.count() - 1, MEASURE_NOTES[key], Qt.ItemDataRole.ToolTipRole
            )
        self.show_points = QCheckBox(self.tr("Organisationen zeigen"), self)
        self.show_points.setChecked(True)
        self.show_ties = QCheckBox(self.tr("Bänder zwischen Landkreisen"), self)
        self.show_ties.setChecked(True)
        self.kinds = CheckList([(t.name, t.id) for t in services.reference.organisation_types()])
        for i, t in enumerate(services.reference.organisation_types()):
            self.kinds.item(i).setIcon(_swatch(t.colour))
        self.kinds.setToolTip(self.tr("Nur Organisationen dieser Arten (keine Auswahl: alle)"))
        self.filter_note = QLabel(self)
        self.filter_note.setWordWrap(True)
        self.filter_note.setObjectName("dialogSubtitle")
        self.reset_button = QPushButton(self.tr("Alle Filter zurücksetzen"), self)
        self.reset_button.clicked.connect(self.reset_filters)

        self.kinds.setWordWrap(True)
        self.kinds.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        display = QGroupBox(self.tr("Darstellung"), self)
        form = QVBoxLayout(display)
        form.addWidget(QLabel(self.tr("Landkreise färben nach:"), display))
        form.addWidget(self.measure)
        form.addWidget(self.show_points)
        form.addWidget(self.show_ties)
        kinds_box = QGroupBox(self.tr("Arten (Farbe der Punkte)"), self)
        kl = QVBoxLayout(kinds_box)
        kl.addWidget(self.kinds, 1)
        kl.addWidget(self.filter_note)
        kl.addWidget(self.reset_button)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(display)
        ll.addWidget(kinds_box, 1)
        # as wide as its widest control („Bänder zwischen Landkreisen“ was cut)
        left.setMinimumWidth(max(200, left.minimumSizeHint().width()))
        left.setMaximumWidth(280)

        self.canvas = MapCanvas(self)
        header = PictureHeader(
            self, self.tr("Die Karte als Bild (PNG), SVG oder PDF"), self.ask_export_file
        )
        self.description, self.busy = header.description, header.busy
        self.export_button = header.export_button
        top = header.row()
        centre = QWidget(self)
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addLayout(top)
        cl.addWidget(self.canvas, 1)

        self.panel = DistrictPanel(self)
        self.panel.setMinimumWidth(220)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(centre)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 640, 250])
        self._fold = FoldWhenNarrow(splitter, [240, 640, 250])  # district folded at 1024 px
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(splitter)

        self.measure.currentIndexChanged.connect(self._measure_changed)
        self.show_points.toggled.connect(self._layers_changed)
        self.show_ties.toggled.connect(self._layers_changed)
        self.kinds.changed.connect(self.reload)
        self.canvas.district_clicked.connect(self.show_district)
        self.canvas.organisation_activated.connect(self.open_organisation)
        self.panel.open_organisation.connect(self.open_organisation)
        self.panel.open_verbund.connect(self.open_verbund)
        self._update_filter_note()

    # -- filters ---------------------------------------------------------------------------
    def options(self) -> GraphOptions:
        return replace(self._base, type_ids=tuple(self.kinds.checked()))

    def set_options(self, options: GraphOptions) -> None:
        """Show the map for the network's filters (kinds, districts, tags, …); a map
        not shown yet only keeps them for its first load."""
        self._base = replace(options, focus_id=None, type_ids=())
        self._update_filter_note()
        self._set_kinds(options.type_ids)

    def reset_filters(self) -> None:
        self._base = GraphOptions()
        self._update_filter_note()
        self._set_kinds(())

    def _set_kinds(self, type_ids) -> None:
        self.kinds.blockSignals(True)  # one reload below, not one per kind
        self.kinds.set_checked(type_ids)
        self.kinds.blockSignals(False)
        if self.loaded:
            self.reload()

    def _update_filter_note(self) -> None:
        """Name the network's filters the map took over besides the kinds."""
        b = self._base
        active = [
            label
            for label, on in (
                (self.tr("Landkreise"), b.region_ids),
                (self.tr("WBA-Regionen"), b.wba_regions),
                (self.tr("Schlagwörter"), b.tag_ids),
                (self.tr("Beziehungsarten"), b.relation_type_ids),
                (self.tr("Mindeststärke"), b.min_strength > 1),
                (self.tr("auch inaktive"), b.include_inactive),
            )
            if on
        ]
        self.filter_note.setText(
            self.tr("Aus dem Netzwerk übernommen: %1.").replace("%1", fmt.listing(active))
        )
        self.filter_note.setVisible(bool(active))

    def set_measure(self, measure: str) -> None:
        self.measure.setCurrentIndex(self.measure.findData(measure))

    # -- loading ---------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.reload()

    def refresh_after_change(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.loaded = True
        options = self.options()
        service = self._services.map
        self.busy.show()
        self.description.setText(self.tr("Karte wird berechnet …"))

        def compute():
            service.state_map  # noqa: B018 - read the outlines off the GUI thread too
            return service.overview(options)

        op(self, compute, key="overview", runner=self._runner).success(self._show).handle(
            ServiceError, self._failed
        ).run_in_background()

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.description.setText(str(exc))

    def _show(self, overview) -> None:
        self.busy.hide()
        self.overview = overview
        self.canvas.show_map(self._services.map.state_map, overview, self.current_measure())
        shown = len(overview.points)
        self.description.setText(
            self.tr(
                "%1 Organisationen in %2 Landkreisen · Klick auf einen Landkreis zeigt "
                "seine Partner, Lücken und Verbünde"
            )  # fmt: skip
            .replace("%1", fmt.integer(shown))
            .replace("%2", fmt.integer(sum(d.selected for d in overview.districts)))
        )
        self.counts_changed.emit(
            self.tr("%1 Organisationen auf der Karte").replace("%1", fmt.integer(shown))
        )
        if self.panel.ags is not None:
            self.show_district(self.panel.ags)

    def current_measure(self) -> str:
        return self.measure.currentData()

    def _measure_changed(self) -> None:
        self.canvas.set_measure(self.current_measure())

    def _layers_changed(self) -> None:
        self.canvas.set_layers(self.show_points.isChecked(), self.show_ties.isChecked())

    # -- a district --------------------------------------------------------------------------
    def show_district(self, ags: str) -> None:
        if self.overview is None:
            return
        overview, service = self.overview, self._services.map
        self.canvas.select(ags)
        self._fold.reveal()  # the district's partners show in the right pane
        op(self, lambda: service.district(overview, ags), key="district",
           runner=self._runner).success(self.panel.show_detail).run_in_background()  # fmt: skip

    # -- export ----------------------------------------------------------------------------
    def ask_export_file(self) -> None:
        ask_save_file(self, self.tr("Karte exportieren"), "karte.png", self.export_to)

    def export_to(self, path: str) -> None:
        """The same map drawn by matplotlib (sharp at any size), in the background."""
        if self.overview is None:
            return
        overview, measure, service = self.overview, self.current_measure(), self._services.map
        points, ties = self.show_points.isChecked(), self.show_ties.isChecked()
        self.busy.show()

        def write():
            return service.export(
                path, measure, overview=overview, show_points=points, show_ties=ties
            )

        def done(written) -> None:
            self.busy.hide()
            self.description.setText(self.tr("Gespeichert: %1").replace("%1", str(written)))

        op(self, write, title=self.tr("Karte exportieren"), runner=self._runner).success(
            done
        ).failure(lambda _exc: self.busy.hide()).run_in_background()
