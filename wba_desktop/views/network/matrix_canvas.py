"""The stakeholder matrix drawn with QPainter: fast and crisp with 20,000 dots.

Interest runs left to right, influence bottom to top (1–5 each); the quadrant lines
lie between 2 and 3 (3 counts as high). The dots' places come from the service
(``network.matrix``: spread inside their cell, deterministic); this widget only maps
them to pixels, once per resize, and keeps one point list per stance, so a repaint
is a handful of ``drawPoints`` calls. Hover names the organisation, a click
selects, a double-click opens it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from wba_desktop.network.matrix import (
    DIVIDER,
    MANAGE,
    QUADRANT_TITLES,
    QUADRANTS,
    SATISFY,
    SCALE,
    STANCE_COLOURS,
    STANCE_ORDER,
    MatrixPoint,
    StakeholderMatrix,
)
from wba_desktop.network.matrix_chart import (
    HIGH,
    LEVEL_NAMES,
    LOW,
    QUADRANT_BOXES,
    QUADRANT_TINTS,
    dot_size_points,
)
from wba_desktop.text import format as fmt
from wba_desktop.views.common.translation import tr
from wba_desktop.views.common.vocab_combo import cell

#: up to this many dots they get a white outline
OUTLINE_UP_TO = 3000
#: dots this wide or wider are drawn round (smaller ones as squares: same look, faster)
ROUND_FROM_PX = 3.5


@dataclass(frozen=True)
class PreparedPoints:
    """The dots as Qt value types, ready to draw (safe to build in a worker thread)."""

    index: dict[int, int]
    xy: np.ndarray
    polygons: list[tuple[str, QPolygonF]]


def prepare_points(points: list[MatrixPoint]) -> PreparedPoints:
    """One point list per stance in scale units (the canvas maps them to pixels)."""
    by_stance: dict[str, list[QPointF]] = {s: [] for s in STANCE_ORDER}
    for pt in points:
        by_stance[pt.stance].append(QPointF(pt.x, pt.y))
    return PreparedPoints(
        index={pt.id: i for i, pt in enumerate(points)},
        xy=np.array([(pt.x, pt.y) for pt in points], dtype=float).reshape(-1, 2),
        polygons=[(st, QPolygonF(pts)) for st, pts in by_stance.items() if pts],
    )


MARGIN_TOP, MARGIN_RIGHT = 4, 8


class MatrixCanvas(QWidget):
    """``point_clicked(id)`` (-1: background) and ``point_activated(id)``."""

    point_clicked = Signal(int)
    point_activated = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(360, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.matrix: StakeholderMatrix | None = None
        self.points: list[MatrixPoint] = []
        self._index: dict[int, int] = {}
        self.selected: int | None = None
        self.empty_text = ""
        self._xy = np.zeros((0, 2))  # scale units
        self._px = np.zeros((0, 2))  # pixels, for the current size
        self._polygons: list[tuple[str, QPolygonF]] = []
        self._dot = 6.0
        self._plot = QRectF()
        self._transform = QTransform()
        self._layer: QImage | None = None
        self._band = 0.0
        self._ticks_w = 0.0

    # -- data --------------------------------------------------------------------------
    def set_matrix(
        self,
        matrix: StakeholderMatrix | None,
        empty_text: str = "",
        prepared: PreparedPoints | None = None,
    ) -> None:
        """Show ``matrix``; ``prepared`` (``prepare_points``, made in the worker) saves
        the GUI thread building one Qt point per organisation."""
        self.matrix, self.empty_text = matrix, empty_text
        self.points = list(matrix.points) if matrix is not None else []
        ready = prepared if prepared is not None else prepare_points(self.points)
        self._index, self._xy, self._polygons = ready.index, ready.xy, ready.polygons
        if self.selected is not None and self.index_of(self.selected) is None:
            self.selected = None
        self._place()
        self.update()

    def index_of(self, oid: int) -> int | None:
        return self._index.get(oid)

    def pixel_of(self, oid: int) -> QPointF | None:
        """Where the dot of ``oid`` is drawn (for tests and the selection ring)."""
        i = self.index_of(oid)
        return None if i is None else QPointF(*self._px[i])

    # -- geometry ----------------------------------------------------------------------
    def _small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        return small

    def _place(self) -> None:
        """Map the scale to pixels: square cells, as large as the widget allows, with a
        band above and below the cells for the quadrant titles (never over a dot)."""
        small = QFontMetricsF(self._small_font())
        bold = QFont(self.font())
        bold.setBold(True)
        self._band = 2 * QFontMetricsF(bold).height() + 10
        self._ticks_w = max(small.horizontalAdvance(n) for n in LEVEL_NAMES) + 8
        left_margin = self._ticks_w + 26
        bottom_margin = 2 * small.height() + QFontMetricsF(bold).height() + 10
        w = self.width() - left_margin - MARGIN_RIGHT
        h = self.height() - MARGIN_TOP - bottom_margin - 2 * self._band
        side = max(50.0, float(min(w, h)))
        left = left_margin + (w - side) / 2
        top = MARGIN_TOP + self._band + (h - side) / 2
        self._plot = QRectF(left, top, side, side)
        cell = side / len(SCALE)
        densest = self.matrix.densest_cell if self.matrix else 0
        self._dot = dot_size_points(densest, cell)
        if len(self._xy):
            self._px = np.column_stack((self._x(self._xy[:, 0]), self._y(self._xy[:, 1]))).astype(
                float
            )
        else:
            self._px = np.zeros((0, 2))
        # scale units -> pixels, for drawing the prepared points as they are
        sx = self._plot.width() / (HIGH - LOW)
        self._transform = QTransform(sx, 0, 0, -sx, self._plot.left() - LOW * sx,
                                     self._plot.bottom() + LOW * sx)  # fmt: skip
        self._layer = None

    def _x(self, value):
        return self._plot.left() + (value - LOW) / (HIGH - LOW) * self._plot.width()

    def _y(self, value):
        return self._plot.bottom() - (value - LOW) / (HIGH - LOW) * self._plot.height()

    def _box(self, quadrant: str) -> QRectF:
        """The quadrant with its title band."""
        x0, x1, y0, y1 = QUADRANT_BOXES[quadrant]
        top = self._y(y1) - (self._band if y1 == HIGH else 0)
        bottom = self._y(y0) + (self._band if y0 == LOW else 0)
        return QRectF(QPointF(self._x(x0), top), QPointF(self._x(x1), bottom))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        self._place()
        super().resizeEvent(event)

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt)
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#ffffff"))
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_grid(p)
        self._paint_dots(p)
        self._paint_titles(p)
        if self.empty_text:
            p.setPen(QColor("#55606b"))
            p.drawText(self._plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       self.empty_text)  # fmt: skip
        p.end()

    def _paint_grid(self, p: QPainter) -> None:
        for quadrant in QUADRANTS:
            p.fillRect(self._box(quadrant), QColor(QUADRANT_TINTS[quadrant]))
        p.setPen(QPen(QColor("#ffffff"), 1.0))
        for v in SCALE[:-1]:
            x, y = self._x(v + 0.5), self._y(v + 0.5)
            p.drawLine(QPointF(x, self._plot.top()), QPointF(x, self._plot.bottom()))
            p.drawLine(QPointF(self._plot.left(), y), QPointF(self._plot.right(), y))
        p.setPen(QPen(QColor("#5b6b7b"), 1.6))
        x, y = self._x(DIVIDER), self._y(DIVIDER)
        p.drawLine(QPointF(x, self._plot.top() - self._band),
                   QPointF(x, self._plot.bottom() + self._band))  # fmt: skip
        p.drawLine(QPointF(self._plot.left(), y), QPointF(self._plot.right(), y))
        small = self._small_font()
        p.setFont(small)
        p.setPen(QColor("#55606b"))
        step = self._plot.width() / len(SCALE)
        below_top = self._plot.bottom() + self._band + 3
        lines = QFontMetricsF(small).height()
        for v, name in zip(SCALE, LEVEL_NAMES, strict=True):
            cx, cy = self._x(v), self._y(v)
            below = QRectF(cx - step / 2, below_top, step, 2 * lines + 2)
            fits = QFontMetricsF(small).horizontalAdvance(name) <= step - 4
            p.drawText(below, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                       f"{v}\n{name}" if fits else str(v))  # fmt: skip
            beside = QRectF(self._plot.left() - self._ticks_w - 4, cy - lines, self._ticks_w,
                            2 * lines)  # fmt: skip
            p.drawText(beside, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       f"{v}\n{name}")  # fmt: skip
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(QColor("#33404d"))
        title_h = QFontMetricsF(bold).height()
        under = QRectF(self._plot.left(), below_top + 2 * lines + 4, self._plot.width(), title_h)
        p.drawText(under, Qt.AlignmentFlag.AlignCenter, self.tr("Interesse →"))
        p.save()
        p.translate(self._plot.left() - self._ticks_w - 14, self._plot.center().y())
        p.rotate(-90)
        p.drawText(QRectF(-self._plot.height() / 2, -title_h / 2, self._plot.height(), title_h),
                   Qt.AlignmentFlag.AlignCenter, self.tr("Einfluss →"))  # fmt: skip
        p.restore()

    def _paint_dots(self, p: QPainter) -> None:
        if self._layer is None or self._layer.size() != self.size() * self.devicePixelRatio():
            self._layer = self._render_layer()
        p.drawImage(0, 0, self._layer)
        spot = self.pixel_of(self.selected) if self.selected is not None else None
        if spot is not None:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor("#1b2631"), 2.0))
            r = max(self._dot / 2 + 3, 6)
            p.drawEllipse(spot, r, r)

    def _render_layer(self) -> QImage:
        """The dots on a transparent image, drawn once per size and data: a repaint
        (hover, selection) then only copies it."""
        ratio = self.devicePixelRatio()
        image = QImage(self.size() * ratio, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setTransform(self._transform)
        d = self._dot * ratio  # cosmetic pens count device pixels
        n = len(self.points)
        outline = n <= OUTLINE_UP_TO and self._dot >= 5
        # small dots: square points look the same and draw 20–50× faster than round ones
        cap = Qt.PenCapStyle.RoundCap if self._dot >= ROUND_FROM_PX else Qt.PenCapStyle.SquareCap
        for stance, polygon in self._polygons:
            colour = QColor(STANCE_COLOURS[stance])
            if outline:
                pen = QPen(QColor("#ffffff"), d)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                pen.setCosmetic(True)
                p.setPen(pen)
                p.drawPoints(polygon)
            pen = QPen(colour, d - 1.5 * ratio if outline else d)  # the outline is inside d
            pen.setCapStyle(cap)
            pen.setCosmetic(True)  # the width in pixels, whatever the scale
            p.setPen(pen)
            p.drawPoints(polygon)
        p.end()
        return image

    def _paint_titles(self, p: QPainter) -> None:
        """Each quadrant's title and count, centred in its band."""
        if self.matrix is None:
            return
        bold = QFont(self.font())
        bold.setBold(True)
        for quadrant in QUADRANTS:
            box = self._box(quadrant)
            top = quadrant in (MANAGE, SATISFY)
            band = QRectF(box.left(), box.top() if top else box.bottom() - self._band,
                          box.width(), self._band).adjusted(2, 4, -2, -4)  # fmt: skip
            n = self.matrix.counts.get(quadrant, 0)
            half = band.height() / 2
            title = QUADRANT_TITLES[quadrant]
            font = QFont(bold)
            while font.pointSizeF() > 7 and QFontMetricsF(font).horizontalAdvance(title) > (
                band.width()
            ):
                font.setPointSizeF(font.pointSizeF() - 0.5)  # a narrow quadrant: smaller
            p.setFont(font)
            p.setPen(QColor("#1b2631"))
            title = p.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, band.width())
            p.drawText(QRectF(band.left(), band.top(), band.width(), half),
                       Qt.AlignmentFlag.AlignCenter, title)  # fmt: skip
            p.setFont(self.font())
            p.setPen(QColor("#4a5661"))
            count = fmt.count(n, tr("Organisation"), tr("Organisationen"))
            if p.fontMetrics().horizontalAdvance(count) > band.width():
                count = fmt.integer(n)  # a narrow quadrant: the number alone
            p.drawText(QRectF(band.left(), band.top() + half, band.width(), half),
                       Qt.AlignmentFlag.AlignCenter, count)  # fmt: skip

    # -- mouse ---------------------------------------------------------------------------
    def point_at(self, pos: QPointF) -> int | None:
        """The organisation whose dot is under ``pos`` (the nearest within reach)."""
        if not len(self._px):
            return None
        d2 = (self._px[:, 0] - pos.x()) ** 2 + (self._px[:, 1] - pos.y()) ** 2
        i = int(np.argmin(d2))
        reach = max(self._dot / 2, 3.0) + 2.0
        return self.points[i].id if d2[i] <= reach * reach else None

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt)
        oid = self.point_at(event.position())
        if oid is None:
            QToolTip.hideText()
            self.setCursor(Qt.CursorShape.ArrowCursor)
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(event.globalPosition().toPoint(), self.tooltip(oid), self)

    def tooltip(self, oid: int) -> str:
        i = self.index_of(oid)
        if i is None:
            return ""
        pt = self.points[i]
        where = " · ".join(x for x in (pt.kind, pt.district) if x)
        rating = self.tr("Einfluss %1 · Interesse %2 · Haltung: %3")
        rating = rating.replace("%1", str(pt.influence)).replace("%2", str(pt.interest))
        return "\n".join(x for x in (pt.name, where, rating.replace("%3", cell(pt.stance))) if x)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        oid = self.point_at(event.position())
        self.selected = oid
        self.update()
        self.point_clicked.emit(oid if oid is not None else -1)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 (Qt)
        oid = self.point_at(event.position())
        if oid is not None:
            self.point_activated.emit(oid)
