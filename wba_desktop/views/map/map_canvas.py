"""The map of Sachsen-Anhalt as a Qt widget (``QPainter``): districts filled by their
class, ties between districts as bands, organisations as dots, names that never
overlap and never leave the widget, the legend in its own column right of the map.

The static picture is painted once into a pixmap (again on a resize, new data or a
zoom step); hover and selection are drawn on top, so moving the mouse costs nothing
even with 20,000 dots. The wheel (or + and −) zooms about the pointer up to
``MAX_ZOOM``, dragging pans, 0 or „Ganze Karte“ shows the whole state again; dots keep
their size, so a crowded city comes apart when zoomed in. Emits
``district_clicked(ags)`` and ``organisation_activated(id)``.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import QLabel, QToolButton, QToolTip, QWidget

from wba_desktop.network.map_classes import NO_DATA_LABEL
from wba_desktop.network.map_data import ATTRIBUTION, StateMap
from wba_desktop.network.map_render import dot_size
from wba_desktop.text import format as fmt
from wba_desktop.views.common.translation import tr
from wba_desktop.views.common.vocab_combo import cell
from wba_desktop.views.map.map_legend import MapLegend
from wba_desktop.views.map.map_painting import paint_labels, paint_points, paint_ties

LEGEND_WIDTH = 210
MARGIN = 14
BACKGROUND = "#f4f3ee"
HOVER_COLOUR = "#2b2b2b"
SELECTED_COLOUR = "#c2185b"
#: the closest view: a district seen 12 times larger than in the whole state
MAX_ZOOM = 12.0
ZOOM_STEP = 1.25
#: a press that moves less than this many pixels is a click, not a drag
DRAG_SLOP = 4


class MapCanvas(QWidget):
    district_clicked = Signal(str)
    organisation_activated = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(420, 420)
        self.state_map: StateMap | None = None
        self.overview = None
        self.measure = "partners"
        self.show_points = True
        self.show_ties = True
        self.selected: str | None = None
        self.hovered: str | None = None
        #: per district (AGS): outline in widget pixels, label box, label text lines
        self.paths: dict[str, QPainterPath] = {}
        self.label_boxes: dict[str, QRectF] = {}
        #: the lines of each label as painted: the name (one or two lines), the number
        self.label_texts: dict[str, list[str]] = {}
        self.label_points: dict[str, QPointF] = {}
        self.point_xy = np.zeros((0, 2))
        self.points_by_colour: dict[str, np.ndarray] = {}
        self._area: QRectF | None = None
        self.legend_rect = QRectF()
        self._cache: QPixmap | None = None
        self.attribution = QLabel(ATTRIBUTION, self)
        self.attribution.setObjectName("mapAttribution")
        self.attribution.setStyleSheet(
            "background: rgba(255,255,255,200); color: #444; padding: 1px 5px; font-size: 11px;"
        )
        self.attribution.adjustSize()
        #: zoom about the state's fitted picture: factor and the offset in pixels
        self.zoom = 1.0
        self._offset = QPointF(0, 0)
        self._press: QPointF | None = None
        self._dragged = False
        self.reset_button = QToolButton(self)
        self.reset_button.setObjectName("mapReset")
        self.reset_button.setText(tr("Ganze Karte"))
        self.reset_button.setToolTip(tr("Ganz Sachsen-Anhalt zeigen (Taste 0)"))
        self.reset_button.clicked.connect(self.reset_zoom)
        self.reset_button.hide()
        self.setFocusPolicy(Qt.FocusPolicy.WheelFocus)

    # -- data ------------------------------------------------------------------------------
    def show_map(self, state_map: StateMap, overview, measure: str) -> None:
        self.state_map, self.overview, self.measure = state_map, overview, measure
        groups: dict[str, list[int]] = {}
        for i, pt in enumerate(overview.points):
            groups.setdefault(pt.colour, []).append(i)
        self.points_by_colour = {c: np.array(idx) for c, idx in groups.items()}
        self._invalidate()

    def set_measure(self, measure: str) -> None:
        self.measure = measure
        self._invalidate()

    def set_layers(self, points: bool, ties: bool) -> None:
        self.show_points, self.show_ties = points, ties
        self._invalidate()

    def select(self, ags: str | None) -> None:
        self.selected = ags
        self.update()

    def classification(self):
        return self.overview.classification(self.measure) if self.overview else None

    def colour_of(self, ags: str) -> str:
        """The fill of a district as painted (for tests and the legend)."""
        return self.classification().colour_of(self.overview.values(self.measure).get(ags))

    def _invalidate(self) -> None:
        self._cache = None
        self.update()

    # -- geometry --------------------------------------------------------------------------
    def map_rect(self) -> QRectF:
        """Where the state is drawn (the whole widget, or left of the legend's column)."""
        return self._area if self._area is not None else self.rect().toRectF()

    def _transform(self, area: QRectF, zoomed: bool = True) -> QTransform:
        """Fit the state into ``area``: left-aligned (the free room gathers on the right,
        where the legend goes), vertically centred; then the user's zoom and pan."""
        x0, y0, x1, y1 = self.state_map.bounds
        scale = min(area.width() / (x1 - x0), area.height() / (y1 - y0))
        dx = area.left()
        dy = area.top() + (area.height() - (y1 - y0) * scale) / 2
        # kilometres north grow upwards, pixels downwards
        fitted = QTransform(scale, 0, 0, -scale, dx - x0 * scale, dy + y1 * scale)
        if not zoomed:
            return fitted
        return fitted * QTransform(self.zoom, 0, 0, self.zoom, self._offset.x(), self._offset.y())

    def _layout(self, legend: MapLegend) -> None:
        """Place the state and the legend: the legend top right over empty ground if
        it covers no district there, else in a column of its own (decided on the whole
        state, so zooming never moves the legend)."""
        full = QRectF(MARGIN, MARGIN, self.width() - 2 * MARGIN, self.height() - 2 * MARGIN)
        width, height = legend.size(LEGEND_WIDTH)
        box = QRectF(full.right() - width, full.top(), width, height)
        self._build_paths(self._transform(full, zoomed=False))
        self._area = full
        if any(path.intersects(box) for path in self.paths.values()):
            self._area = QRectF(
                full.left(), full.top(), full.width() - width - MARGIN, full.height()
            )
        self._clamp_offset()
        t = self._transform(self._area)
        self._build_paths(t)
        self.legend_rect = box
        pts = self.overview.points if self.overview else ()
        if pts:
            raw = np.array([(p.x, p.y) for p in pts])
            self.point_xy = np.column_stack(
                (raw[:, 0] * t.m11() + t.dx(), raw[:, 1] * t.m22() + t.dy())
            )
        else:
            self.point_xy = np.zeros((0, 2))

    def _clamp_offset(self) -> None:
        """Keep the zoomed state over the map's area: it cannot be dragged away."""
        if self.zoom <= 1.0:
            self._offset = QPointF(0, 0)
            return
        area = self._area
        state = self._transform(area, zoomed=False).mapRect(QRectF(*self._bounds_rect()))
        limits = []
        for lo, hi, s_lo, s_hi, o in (
            (area.left(), area.right(), state.left(), state.right(), self._offset.x()),
            (area.top(), area.bottom(), state.top(), state.bottom(), self._offset.y()),
        ):
            # the zoomed state spans [s_lo*z + o, s_hi*z + o]; keep it covering [lo, hi]
            low, high = hi - s_hi * self.zoom, lo - s_lo * self.zoom
            limits.append(min(max(o, low), high) if low <= high else (low + high) / 2)
        self._offset = QPointF(*limits)

    def _bounds_rect(self) -> tuple[float, float, float, float]:
        x0, y0, x1, y1 = self.state_map.bounds
        return x0, y0, x1 - x0, y1 - y0

    # -- zoom and pan ------------------------------------------------------------------------
    def zoom_at(self, factor: float, pos: QPointF | None = None) -> None:
        """Zoom by ``factor`` keeping the point under ``pos`` (default: the middle of
        the map) where it is."""
        if self.state_map is None:
            return
        area = self.map_rect()
        pos = pos if pos is not None else area.center()
        new = min(max(self.zoom * factor, 1.0), MAX_ZOOM)
        if new == self.zoom:
            return
        ratio = new / self.zoom
        self._offset = QPointF(
            pos.x() - (pos.x() - self._offset.x()) * ratio,
            pos.y() - (pos.y() - self._offset.y()) * ratio,
        )
        self.zoom = new
        self._zoom_changed()

    def pan_by(self, dx: float, dy: float) -> None:
        if self.zoom <= 1.0:
            return
        self._offset = QPointF(self._offset.x() + dx, self._offset.y() + dy)
        self._zoom_changed()

    def reset_zoom(self) -> None:
        self.zoom, self._offset = 1.0, QPointF(0, 0)
        self._zoom_changed()

    def _zoom_changed(self) -> None:
        self.reset_button.setVisible(self.zoom > 1.0)
        self._invalidate()

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt API
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_at(ZOOM_STEP**steps, event.position())
        event.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_at(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_at(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.reset_zoom()
        else:
            super().keyPressEvent(event)

    def _build_paths(self, t: QTransform) -> None:
        self.paths = {}
        for shape in self.state_map.districts:
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.OddEvenFill)
            for polygon in shape.polygons:
                for ring in polygon:
                    path.moveTo(*ring[0])
                    for x, y in ring[1:]:
                        path.lineTo(x, y)
                    path.closeSubpath()
            self.paths[shape.ags] = t.map(path)
            self.label_points[shape.ags] = t.map(QPointF(*shape.label_point))

    # -- painting ----------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._invalidate()
        super().resizeEvent(event)

    def _place_attribution(self) -> None:
        """Bottom right, under the map: the licence of the outlines asks for it."""
        self.attribution.adjustSize()
        self.attribution.move(
            int(self.width() - MARGIN - self.attribution.width()),
            int(self.height() - self.attribution.height() - 4),
        )
        self.attribution.raise_()
        area = self.map_rect()
        self.reset_button.adjustSize()
        self.reset_button.move(int(area.left() + 4), int(area.top() + 4))
        self.reset_button.raise_()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        if self.state_map is None or self.overview is None:
            painter.fillRect(self.rect(), QColor(BACKGROUND))
            return
        if self._cache is None or self._cache.size() != self.size() * self.devicePixelRatioF():
            self._cache = self._paint_static()
        painter.drawPixmap(0, 0, self._cache)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for ags, colour, width in ((self.hovered, HOVER_COLOUR, 1.6),
                                   (self.selected, SELECTED_COLOUR, 3.0)):  # fmt: skip
            if ags in self.paths:
                painter.setPen(QPen(QColor(colour), width))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(self.paths[ags])

    def _paint_static(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor(BACKGROUND))
        classes = self.classification()
        values = self.overview.values(self.measure)
        legend = MapLegend(
            self.font(), classes, values, self.show_ties and bool(self.overview.ties),
            self.overview.unplaced,
        )  # fmt: skip
        self._layout(legend)
        self._place_attribution()
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.zoom > 1.0:  # the zoomed state stays in its area, off the legend
            p.setClipRect(self.map_rect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        for ags, path in self.paths.items():
            p.setPen(QPen(QColor("#ffffff"), 1.4))
            p.setBrush(QColor(classes.colour_of(values.get(ags))))
            p.drawPath(path)
        if self.show_ties:
            paint_ties(p, self)
        if self.show_points:
            paint_points(p, self)
        paint_labels(p, self, classes, values)
        p.setClipping(False)
        legend.paint(p, self.legend_rect)
        p.end()
        return pixmap

    # -- mouse ------------------------------------------------------------------------------
    def district_at(self, pos: QPointF) -> str | None:
        for ags, path in self.paths.items():
            if path.contains(pos):
                return ags
        for ags, box in self.label_boxes.items():  # a city's name may sit beside it
            if box.contains(pos):
                return ags
        return None

    def organisation_at(self, pos: QPointF) -> int | None:
        if not self.show_points or len(self.point_xy) == 0:
            return None
        d = np.hypot(self.point_xy[:, 0] - pos.x(), self.point_xy[:, 1] - pos.y())
        i = int(np.argmin(d))
        reach = max(4.0, dot_size(len(self.point_xy)) / 2 + 2)
        return self.overview.points[i].id if d[i] <= reach else None

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        pos = event.position()
        if self._press is not None and self.zoom > 1.0:
            moved = pos - self._press
            if self._dragged or abs(moved.x()) + abs(moved.y()) > DRAG_SLOP:
                self._dragged = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self._press = pos
                self.pan_by(moved.x(), moved.y())
                return
        ags = self.district_at(pos)
        if ags != self.hovered:
            self.hovered = ags
            self.update()
        text = self._tooltip(pos, ags)
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()

    def leaveEvent(self, _event) -> None:  # noqa: N802 - Qt API
        self.hovered = None
        self.update()

    def _tooltip(self, pos: QPointF, ags: str | None) -> str:
        oid = self.organisation_at(pos)
        if oid is not None:
            point = next(p for p in self.overview.points if p.id == oid)
            return f"<b>{point.name}</b><br>{point.kind}"
        if ags is None or self.overview is None:
            return ""
        return district_summary(self.overview.figures(ags))

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self._press, self._dragged = event.position(), False
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton:
            return
        dragged, self._press = self._dragged, None
        self.unsetCursor()
        if dragged:
            return
        ags = self.district_at(event.position())
        if ags is not None:
            self.select(ags)
            self.district_clicked.emit(ags)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt API
        oid = self.organisation_at(event.position())
        if oid is not None:
            self.organisation_activated.emit(oid)


def district_summary(figures) -> str:
    """The district's numbers as rich text (the hover's tooltip)."""
    if not figures.selected:
        return f"<b>{figures.name}</b><br>{NO_DATA_LABEL} (Filter)"
    gaps = len(figures.gaps)
    lines = [
        f"<b>{figures.name}</b> ({cell(figures.wba_region)})",
        tr("Partner: %1").replace("%1", fmt.integer(figures.partners)),
        tr("Aktive Verbünde: %1").replace("%1", fmt.integer(figures.verbuende)),
        tr("Veranstaltungen (12 Monate): %1").replace("%1", fmt.integer(figures.events)),
        tr("Anfragen: %1").replace("%1", fmt.integer(figures.inquiries)),
        tr("Lücken: %1").replace("%1", fmt.integer(gaps))
        + (f" – {'; '.join(figures.gaps)}" if gaps else ""),
    ]
    return "<br>".join(lines)
