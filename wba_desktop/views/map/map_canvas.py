"""The map of Sachsen-Anhalt as a Qt widget (``QPainter``): districts filled by their
class, ties between districts as bands, organisations as dots, names that never
overlap and never leave the widget, the legend in its own column right of the map.

The static picture is painted once into a pixmap (again on a resize or new data);
hover and selection are drawn on top, so moving the mouse costs nothing even with
20,000 dots. Emits ``district_clicked(ags)`` and ``organisation_activated(id)``.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QLabel, QToolTip, QWidget

from wba_desktop.network.map_classes import NO_DATA_LABEL, text_colour
from wba_desktop.network.map_data import ATTRIBUTION, StateMap
from wba_desktop.network.map_labels import label_lines, place_labels
from wba_desktop.network.map_render import (
    TIE_COLOUR,
    band,
    dot_alpha,
    dot_size,
    tie_alpha,
    tie_width,
)
from wba_desktop.text import format as fmt
from wba_desktop.views.map.map_legend import MapLegend

LEGEND_WIDTH = 210
MARGIN = 14
BACKGROUND = "#f4f3ee"
HOVER_COLOUR = "#2b2b2b"
SELECTED_COLOUR = "#c2185b"


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
        self._points = np.zeros((0, 2))
        self._by_colour: dict[str, np.ndarray] = {}
        self._area: QRectF | None = None
        self.legend_rect = QRectF()
        self._cache: QPixmap | None = None
        self.attribution = QLabel(ATTRIBUTION, self)
        self.attribution.setObjectName("mapAttribution")
        self.attribution.setStyleSheet(
            "background: rgba(255,255,255,200); color: #444; padding: 1px 5px; font-size: 11px;"
        )
        self.attribution.adjustSize()

    # -- data ------------------------------------------------------------------------------
    def show_map(self, state_map: StateMap, overview, measure: str) -> None:
        self.state_map, self.overview, self.measure = state_map, overview, measure
        groups: dict[str, list[int]] = {}
        for i, pt in enumerate(overview.points):
            groups.setdefault(pt.colour, []).append(i)
        self._by_colour = {c: np.array(idx) for c, idx in groups.items()}
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

    def _transform(self, area: QRectF) -> QTransform:
        """Fit the state into ``area``: left-aligned (the free room gathers on the right,
        where the legend goes), vertically centred."""
        x0, y0, x1, y1 = self.state_map.bounds
        scale = min(area.width() / (x1 - x0), area.height() / (y1 - y0))
        dx = area.left()
        dy = area.top() + (area.height() - (y1 - y0) * scale) / 2
        # kilometres north grow upwards, pixels downwards
        return QTransform(scale, 0, 0, -scale, dx - x0 * scale, dy + y1 * scale)

    def _layout(self, legend: MapLegend) -> None:
        """Place the state and the legend: the legend top right over empty ground if
        it covers no district there, else in a column of its own."""
        full = QRectF(MARGIN, MARGIN, self.width() - 2 * MARGIN, self.height() - 2 * MARGIN)
        width, height = legend.size(LEGEND_WIDTH)
        box = QRectF(full.right() - width, full.top(), width, height)
        t = self._transform(full)
        self._build_paths(t)
        if any(path.intersects(box) for path in self.paths.values()):
            column = QRectF(full.left(), full.top(), full.width() - width - MARGIN, full.height())
            t = self._transform(column)
            self._build_paths(t)
            self._area = column
        else:
            self._area = full
        self.legend_rect = box
        pts = self.overview.points if self.overview else ()
        if pts:
            raw = np.array([(p.x, p.y) for p in pts])
            self._points = np.column_stack(
                (raw[:, 0] * t.m11() + t.dx(), raw[:, 1] * t.m22() + t.dy())
            )
        else:
            self._points = np.zeros((0, 2))

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
        for ags, path in self.paths.items():
            p.setPen(QPen(QColor("#ffffff"), 1.4))
            p.setBrush(QColor(classes.colour_of(values.get(ags))))
            p.drawPath(path)
        if self.show_ties:
            self._paint_ties(p)
        if self.show_points:
            self._paint_points(p)
        self._paint_labels(p, classes, values)
        legend.paint(p, self.legend_rect)
        p.end()
        return pixmap

    def _paint_ties(self, p: QPainter) -> None:
        ties = self.overview.ties
        if not ties:
            return
        most = max(n for *_pair, n in ties)
        p.setBrush(Qt.BrushStyle.NoBrush)
        centre = self.paths[self.state_map.districts[0].ags].boundingRect()
        for path in self.paths.values():
            centre = centre.united(path.boundingRect())
        middle = (centre.center().x(), centre.center().y())
        for a, b, n in sorted(ties, key=lambda t: t[2]):
            pa, pb = self.label_points[a], self.label_points[b]
            pts = band((pa.x(), pa.y()), (pb.x(), pb.y()), middle)
            path = QPainterPath(QPointF(*pts[0]))
            for x, y in pts[1:]:
                path.lineTo(x, y)
            colour = QColor(TIE_COLOUR)
            colour.setAlphaF(tie_alpha(n, most))
            pen = QPen(colour, tie_width(n, most))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            p.drawPath(path)

    def _paint_points(self, p: QPainter) -> None:
        """Many dots as pen points, one call per kind (20,000 ellipses one by one would
        hold the GUI thread well over 100 ms); a few get a white rim. Thousands of
        2-pixel dots need no antialiasing."""
        pts = self.overview.points
        size = dot_size(len(pts))
        rim = len(pts) <= 1500
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, rim)
        for colour, idx in self._by_colour.items():
            xy = self._points[idx].ravel().tolist()
            polygon = QPolygonF([QPointF(x, y) for x, y in zip(xy[::2], xy[1::2], strict=True)])
            if rim:
                pen = QPen(QColor(255, 255, 255, 210), size + 1.2)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                p.setPen(pen)
                p.drawPoints(polygon)
            fill = QColor(colour)
            fill.setAlphaF(dot_alpha(len(pts)))
            pen = QPen(fill, size)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap if rim else Qt.PenCapStyle.SquareCap)
            p.setPen(pen)
            p.drawPoints(polygon)
        p.restore()

    def _paint_labels(self, p: QPainter, classes, values) -> None:
        name_font, value_font = QFont(self.font()), QFont(self.font())
        name_font.setBold(True)
        name_font.setPointSizeF(self.font().pointSizeF() * 0.92)
        value_font.setPointSizeF(self.font().pointSizeF() * 0.88)
        fm_name, fm_value = QFontMetricsF(name_font), QFontMetricsF(value_font)
        shapes = self.state_map.districts
        texts, sizes = [], []
        names = {d.ags: d.name for d in self.overview.districts}
        for shape in shapes:
            lines = label_lines(names.get(shape.ags, shape.name))
            value = values.get(shape.ags)
            number = "–" if value is None else fmt.integer(value)
            width = max([fm_name.horizontalAdvance(t) for t in lines] +
                        [fm_value.horizontalAdvance(number)]) + 6  # fmt: skip
            height = fm_name.height() * len(lines) + fm_value.height() + 2
            texts.append((lines, number))
            sizes.append((width, height))
        anchors = [(self.label_points[s.ags].x(), self.label_points[s.ags].y()) for s in shapes]
        area = self.map_rect()
        order = sorted(range(len(shapes)), key=lambda i: shapes[i].area)
        legend = self.legend_rect
        boxes = place_labels(
            anchors, sizes, (area.left(), area.top(), area.right(), area.bottom()), order,
            obstacles=[(legend.left(), legend.top(), legend.right(), legend.bottom())],
        )  # fmt: skip
        self.label_boxes, self.label_texts = {}, {}
        for shape, (lines, number), box in zip(shapes, texts, boxes, strict=True):
            rect = QRectF(box[0], box[1], box[2] - box[0], box[3] - box[1])
            self.label_boxes[shape.ags] = rect
            self.label_texts[shape.ags] = [*lines, number]
            fill = classes.colour_of(values.get(shape.ags))
            ink = QColor(text_colour(fill))
            halo = QColor(fill) if ink == QColor("#ffffff") else QColor(255, 255, 255, 210)
            y = rect.top() + 1
            for text, font, fm in [*((t, name_font, fm_name) for t in lines),
                                   (number, value_font, fm_value)]:  # fmt: skip
                x = rect.center().x() - fm.horizontalAdvance(text) / 2
                path = QPainterPath()
                path.addText(QPointF(x, y + fm.ascent()), font, text)
                p.strokePath(path, QPen(halo, 3.0))
                p.fillPath(path, ink)
                y += fm.height()

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
        if not self.show_points or len(self._points) == 0:
            return None
        d = np.hypot(self._points[:, 0] - pos.x(), self._points[:, 1] - pos.y())
        i = int(np.argmin(d))
        reach = max(4.0, dot_size(len(self._points)) / 2 + 2)
        return self.overview.points[i].id if d[i] <= reach else None

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        pos = event.position()
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

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton:
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
        f"<b>{figures.name}</b> ({figures.wba_region})",
        f"Partner: {fmt.integer(figures.partners)}",
        f"Aktive Verbünde: {fmt.integer(figures.verbuende)}",
        f"Veranstaltungen (12 Monate): {fmt.integer(figures.events)}",
        f"Anfragen: {fmt.integer(figures.inquiries)}",
        f"Lücken: {fmt.integer(gaps)}" + (f" – {'; '.join(figures.gaps)}" if gaps else ""),
    ]
    return "<br>".join(lines)
