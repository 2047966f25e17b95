"""Drawing one frame of the network canvas with QPainter, from the scene's arrays.

Every layer is a handful of batched calls: ties as one ``drawLines`` per weight
bucket (or the tie texture, see ``scene.density_image``), nodes as one
``drawPoints`` per colour and size (a wide round pen is a disc), group bubbles and
bands, then the labels placed by ``labels.place_labels``.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from wba_desktop.text import format as fmt
from wba_desktop.views.network import lod
from wba_desktop.views.network.labels import Candidate, Placed, place_labels
from wba_desktop.views.network.scene import EDGE_RGB, Scene, Texture, Viewport, polygon

#: more ties than this in view: the texture instead of lines
VECTOR_LIMIT = 5000
#: more nodes than this in view: no anti-aliasing, and sizes shrink until the discs
#: cover at most CROWDED of the canvas (20,000 full-size discs would cover it twice)
MANY_NODES = 3000
CROWDED = 0.3
SELECTED = QColor("#e67e22")
LABEL_INK = QColor("#1f3b57")


def draw_texture(p: QPainter, texture: Texture, view: Viewport) -> None:
    x0, y0, x1, y1 = texture.rect
    sx0, sy0 = view.point_to_screen(x0, y1)
    sx1, sy1 = view.point_to_screen(x1, y0)
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    target = QRectF(sx0, sy0, sx1 - sx0, sy1 - sy0)
    image = texture.level_for(sx1 - sx0)
    p.drawImage(target, image, QRectF(image.rect()))


def draw_lines(p: QPainter, scene: Scene, view: Viewport, which: np.ndarray) -> None:
    """Ties ``which`` as lines, one call per weight bucket (width and opacity)."""
    if not len(which):
        return
    if len(which) > VECTOR_LIMIT:  # the strongest, while the texture is made
        which = which[np.argsort(-scene.weights[which], kind="stable")[:VECTOR_LIMIT]]
    ends = view.to_screen(scene.xy[scene.edges[which].ravel()])
    weights = scene.weights[which]
    p.setRenderHint(QPainter.RenderHint.Antialiasing, len(which) < 1500)
    buckets = np.digitize(weights, (1.5, 2.5))
    for b in range(3):
        sel = np.nonzero(buckets == b)[0]
        if not len(sel):
            continue
        pen = QPen(QColor(*EDGE_RGB, (90, 130, 170)[b]))
        pen.setWidthF((0.7, 1.2, 1.8)[b])
        p.setPen(pen)
        rows = np.stack([sel * 2, sel * 2 + 1], axis=1).ravel()
        p.drawLines(polygon(ends[rows]))


def draw_nodes(p: QPainter, scene: Scene, view: Viewport, mask: np.ndarray | None) -> None:
    """Visible nodes as discs: one ``drawPoints`` per colour and size (a wide round
    pen draws a disc), tiny ones as squares."""
    pts = view.to_screen(scene.xy)
    r = scene.radius
    inside = (
        (pts[:, 0] >= -r) & (pts[:, 0] <= view.width + r) & (pts[:, 1] >= -r)
        & (pts[:, 1] <= view.height + r)
    )  # fmt: skip
    if mask is not None:
        inside &= mask
    idx = np.nonzero(inside)[0]
    if not len(idx):
        return
    d = r[idx] * 2
    many = len(idx) > MANY_NODES
    if many:  # crowded: shrink so the discs cover at most CROWDED of the canvas
        crowd = float(np.sum(d * d)) / (view.width * view.height)
        if crowd > CROWDED:
            factor = np.sqrt(CROWDED / crowd)
            hubs = d >= np.percentile(d, 99)  # the largest stay recognisable
            d = np.where(hubs, d * max(factor, 0.7), np.maximum(d * factor, 2.0))
    diameter = np.round(d) if many else np.round(d * 2) / 2  # size buckets
    # bigger ones last (on top)
    order = np.lexsort((scene.colour[idx], diameter))
    idx, diameter = idx[order], diameter[order]
    keys = diameter * 1000 + scene.colour[idx]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    ends = np.r_[starts[1:], len(idx)]
    p.setRenderHint(QPainter.RenderHint.Antialiasing, not many)
    for s, e in zip(starts, ends, strict=True):
        d = float(diameter[s])
        poly = polygon(pts[idx[s:e]])
        # tiny ones as squares: they look alike and cost a fifth of a disc
        round_ = d > (4.5 if many else 3.5)
        cap = Qt.PenCapStyle.RoundCap if round_ else Qt.PenCapStyle.SquareCap
        if round_:  # a white rim keeps overlapping discs apart
            rim = QPen(QColor("#ffffff"), d + 1.4)
            rim.setCapStyle(cap)
            p.setPen(rim)
            p.drawPoints(poly)
        pen = QPen(QColor(scene.palette[scene.colour[idx[s]]]), d)
        pen.setCapStyle(cap)
        p.setPen(pen)
        p.drawPoints(poly)


def draw_accent(p: QPainter, scene: Scene, view: Viewport, which: np.ndarray) -> None:
    """The accented ties among ``which`` (the layer „Vermittlungen“) on top, in their
    own colour, wider for more weight."""
    if scene.accent is None or not len(which):
        return
    which = which[scene.accent[which]]
    if not len(which):
        return
    ends = view.to_screen(scene.xy[scene.edges[which].ravel()])
    widths = np.clip(0.8 + 0.6 * np.sqrt(scene.weights[which]), 1.2, 4.5)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    colour = QColor(scene.accent_colour)
    colour.setAlpha(170)
    for i, w in enumerate(widths.tolist()):
        pen = QPen(colour, w)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.drawLine(QPointF(*ends[2 * i]), QPointF(*ends[2 * i + 1]))


def draw_groups(p, scene: Scene, view: Viewport, groups: lod.Groups, parts: lod.Split) -> None:
    """Bands between closed groups, member-to-group lines, then the bubbles."""
    centres = view.to_screen(groups.centres)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if len(parts.bands):
        widths = lod.band_width(parts.band_counts)
        for (a, b), w in zip(parts.bands, widths, strict=True):
            pen = QPen(QColor(*EDGE_RGB, 110), float(w))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            p.drawLine(QPointF(*centres[a]), QPointF(*centres[b]))
    if len(parts.links):
        links = parts.links[:VECTOR_LIMIT]
        ends = np.empty((2 * len(links), 2))
        ends[0::2] = view.to_screen(scene.xy[links[:, 0]])
        ends[1::2] = centres[links[:, 1]]
        p.setPen(QPen(QColor(*EDGE_RGB, 70), 0.8))
        p.drawLines(polygon(ends))
    for gi in np.nonzero(parts.closed)[0]:
        colour = QColor(groups.colours[gi])
        fill = QColor(colour)
        fill.setAlpha(150)
        p.setBrush(fill)
        p.setPen(QPen(colour.darker(130), 1.5))
        r = float(groups.radius[gi] * view.scale)
        p.drawEllipse(QPointF(*centres[gi]), r, r)
    p.setBrush(Qt.BrushStyle.NoBrush)


def draw_selection(p: QPainter, scene: Scene, view: Viewport, i: int) -> None:
    x, y = view.point_to_screen(*scene.xy[i])
    r = float(scene.radius[i]) + 4
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(SELECTED, 2.2))
    p.drawEllipse(QPointF(x, y), r, r)


class LabelPainter:
    """Measures (with a cache) and draws labels; the last frame's are in ``placed``."""

    def __init__(self) -> None:
        self.font = QFont()
        self.font.setPointSizeF(8.0)
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self._metrics = QFontMetricsF(self.font)
        self._bold_metrics = QFontMetricsF(self.bold)
        self._sizes: dict[tuple[str, bool], tuple[float, float]] = {}
        self.placed: list[Placed] = []

    def measure(self, text: str, bold: bool = False) -> tuple[float, float]:
        key = (text, bold)
        size = self._sizes.get(key)
        if size is None:
            fm = self._bold_metrics if bold else self._metrics
            size = (fm.horizontalAdvance(text) + 6.0, fm.height() + 2.0)
            self._sizes[key] = size
        return size

    def place(self, scene, view, mask, limit, groups=None, parts=None) -> list[Placed]:
        """Group labels first (they must be readable), then the most important nodes."""
        taken: list[Placed] = []
        if groups is not None and parts is not None:
            centres = view.to_screen(groups.centres)
            order = sorted(np.nonzero(parts.closed)[0], key=lambda g: -groups.counts[g])
            cands = [
                Candidate(("group", int(g)), f"{groups.names[g]} ({fmt.integer(groups.counts[g])})",
                          *centres[g], float(groups.radius[g] * view.scale))
                for g in order
            ]  # fmt: skip
            taken = place_labels(cands, lambda t: self.measure(t, True), view.width,
                                 view.height, limit=len(cands))  # fmt: skip
        nodes: list[Placed] = []
        if len(scene) and limit > 0:
            pts = view.to_screen(scene.xy)
            inside = (pts[:, 0] >= 0) & (pts[:, 0] <= view.width) & (pts[:, 1] >= 0)
            inside &= pts[:, 1] <= view.height
            if mask is not None:
                inside &= mask
            idx = np.nonzero(inside)[0]
            if len(idx) > limit * 3:
                idx = idx[np.argpartition(-scene.importance[idx], limit * 3)[: limit * 3]]
            idx = idx[np.argsort(-scene.importance[idx], kind="stable")]
            cands = [
                Candidate(scene.ids[i], scene.styles[i].label, *pts[i], float(scene.radius[i]))
                for i in idx if scene.styles[i].label
            ]  # fmt: skip
            nodes = place_labels(cands, self.measure, view.width, view.height, limit, taken)
        self.placed = taken + nodes
        return self.placed

    def draw(self, p: QPainter) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(Qt.PenStyle.NoPen)
        for r in self.placed:
            bold = isinstance(r.key, tuple)
            p.setBrush(QColor(255, 255, 255, 215 if bold else 180))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawRoundedRect(QRectF(r.left, r.top, r.width, r.height), 3, 3)
            p.setFont(self.bold if bold else self.font)
            p.setPen(LABEL_INK)
            p.drawText(QRectF(r.left, r.top, r.width, r.height), Qt.AlignmentFlag.AlignCenter,
                       r.text)  # fmt: skip
        p.setBrush(Qt.BrushStyle.NoBrush)
