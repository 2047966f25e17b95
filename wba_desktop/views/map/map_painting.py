"""Painting the map's layers into its static picture: ties between districts as
bands, organisations as dots, and district names that never overlap and never leave
the map (``place_labels``). Each function paints for a ``MapCanvas`` (its geometry:
``paths``, ``label_points``, ``point_xy``, ``map_rect()``, ``legend_rect``, ``zoom``).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from wba_desktop.network.map_classes import text_colour
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


def paint_ties(p: QPainter, canvas) -> None:
    ties = canvas.overview.ties
    if not ties:
        return
    most = max(n for *_pair, n in ties)
    p.setBrush(Qt.BrushStyle.NoBrush)
    centre = canvas.paths[canvas.state_map.districts[0].ags].boundingRect()
    for path in canvas.paths.values():
        centre = centre.united(path.boundingRect())
    middle = (centre.center().x(), centre.center().y())
    for a, b, n in sorted(ties, key=lambda t: t[2]):
        pa, pb = canvas.label_points[a], canvas.label_points[b]
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


def paint_points(p: QPainter, canvas) -> None:
    """Many dots as pen points, one call per kind (20,000 ellipses one by one would
    hold the GUI thread well over 100 ms); a few get a white rim. Thousands of
    2-pixel dots need no antialiasing."""
    pts = canvas.overview.points
    size = dot_size(len(pts))
    rim = len(pts) <= 1500
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, rim)
    for colour, idx in canvas.points_by_colour.items():
        xy = canvas.point_xy[idx].ravel().tolist()
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


def paint_labels(p: QPainter, canvas, classes, values) -> None:
    name_font, value_font = QFont(canvas.font()), QFont(canvas.font())
    name_font.setBold(True)
    name_font.setPointSizeF(canvas.font().pointSizeF() * 0.92)
    value_font.setPointSizeF(canvas.font().pointSizeF() * 0.88)
    fm_name, fm_value = QFontMetricsF(name_font), QFontMetricsF(value_font)
    area = canvas.map_rect()
    shapes = [
        s
        for s in canvas.state_map.districts
        if canvas.zoom <= 1.0 or area.contains(canvas.label_points[s.ags])
    ]
    texts, sizes = [], []
    names = {d.ags: d.name for d in canvas.overview.districts}
    for shape in shapes:
        lines = label_lines(names.get(shape.ags, shape.name))
        value = values.get(shape.ags)
        number = "–" if value is None else fmt.integer(value)
        width = max([fm_name.horizontalAdvance(t) for t in lines] +
                    [fm_value.horizontalAdvance(number)]) + 6  # fmt: skip
        height = fm_name.height() * len(lines) + fm_value.height() + 2
        texts.append((lines, number))
        sizes.append((width, height))
    anchors = [(canvas.label_points[s.ags].x(), canvas.label_points[s.ags].y()) for s in shapes]
    order = sorted(range(len(shapes)), key=lambda i: shapes[i].area)
    boxes = place_labels(
        anchors, sizes, (area.left(), area.top(), area.right(), area.bottom()), order,
        obstacles=_obstacles(canvas),
    )  # fmt: skip
    canvas.label_boxes, canvas.label_texts = {}, {}
    for shape, (lines, number), box in zip(shapes, texts, boxes, strict=True):
        rect = QRectF(box[0], box[1], box[2] - box[0], box[3] - box[1])
        canvas.label_boxes[shape.ags] = rect
        canvas.label_texts[shape.ags] = [*lines, number]
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


def _obstacles(canvas) -> list[tuple[float, float, float, float]]:
    """Where no name may go: the legend, and the „Ganze Karte“ button while zoomed."""
    boxes = [canvas.legend_rect]
    if canvas.zoom > 1.0:
        boxes.append(canvas.reset_button.geometry().toRectF())
    return [(b.left(), b.top(), b.right(), b.bottom()) for b in boxes]
