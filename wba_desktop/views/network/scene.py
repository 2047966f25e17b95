"""What the network canvas draws, as numpy arrays, and the fast ways to draw it.

The canvas keeps one ``Scene`` per layout: positions (N×2), colours, radii and
importance of the nodes, and the ties as index pairs (E×2) with their weights. Two
tricks keep a frame of 20,000 organisations and 55,000 ties
far below 50 ms (QPainter needs about 3–6 µs per line, i.e. 200–350 ms for all ties):

- ``polygon(array)`` fills a ``QPolygonF`` straight from a numpy array (no Python
  object per point), so a whole colour bucket is one ``drawPoints``/``drawLines``.
- ``density_image`` rasterises every tie once per layout into a texture in layout
  space (numpy, off the GUI thread: numpy releases the GIL): where many ties run,
  the texture is darker. The frame draws the texture scaled to the view (a few ms).
  Zoomed in, with few ties in view, the ties are drawn as lines instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPolygonF

#: a node's extra pick radius around its disc, in pixels
PICK_SLACK_PX = 5.0
#: the tie texture: its longer side in pixels (layout space; about 2× the network's
#: canvas fitted in a 1280×800 window, still more than 1× on a full-HD screen; 2,000
#: pixels cost 6 MB more for the image and 9 MB more while it is made)
TEXTURE_SIDE = 1600
#: rows of the texture turned into pixels at a time
TEXTURE_BAND = 128
EDGE_RGB = (96, 112, 128)


@dataclass(slots=True)  # 20,000 of them on the state-wide network
class NodeStyle:
    id: object
    label: str
    colour: str
    size: float  # area in points² as matplotlib's scatter: radius ≈ √size / 2 pixels
    tooltip: str
    importance: float = 0.0


def polygon(points: np.ndarray) -> QPolygonF:
    """A ``QPolygonF`` with the rows of ``points`` (K×2 float), copied in one go."""
    arr = np.ascontiguousarray(points, dtype=np.float64).reshape(-1, 2)
    poly = QPolygonF()
    if not len(arr):
        return poly
    poly.resize(len(arr))
    raw = shiboken6.VoidPtr(poly.data(), arr.nbytes, True)
    np.frombuffer(raw, dtype=np.float64).reshape(-1, 2)[:] = arr
    return poly


class Viewport:
    """Layout coordinates (y up) to pixels (y down): one scale, a centre, a size."""

    def __init__(self, width: int = 640, height: int = 480) -> None:
        self.width, self.height = max(width, 1), max(height, 1)
        self.scale = 1.0
        self.cx = self.cy = 0.0

    def to_screen(self, xy: np.ndarray) -> np.ndarray:
        out = np.empty_like(xy, dtype=np.float64)
        out[:, 0] = (xy[:, 0] - self.cx) * self.scale + self.width / 2
        out[:, 1] = self.height / 2 - (xy[:, 1] - self.cy) * self.scale
        return out

    def point_to_screen(self, x: float, y: float) -> tuple[float, float]:
        return (x - self.cx) * self.scale + self.width / 2, self.height / 2 - (
            y - self.cy
        ) * self.scale

    def to_layout(self, px: float, py: float) -> tuple[float, float]:
        return (px - self.width / 2) / self.scale + self.cx, (
            self.height / 2 - py
        ) / self.scale + self.cy

    def rect(self) -> tuple[float, float, float, float]:
        x0, y1 = self.to_layout(0, 0)
        x1, y0 = self.to_layout(self.width, self.height)
        return x0, y0, x1, y1

    def set_rect(self, rect, margin: float = 0.0) -> None:
        """Show ``rect`` (x0, y0, x1, y1) whole, centred; the longer side decides."""
        x0, y0, x1, y1 = (float(v) for v in rect)
        w = max(abs(x1 - x0), 1e-9) * (1 + 2 * margin)
        h = max(abs(y1 - y0), 1e-9) * (1 + 2 * margin)
        self.scale = min(self.width / w, self.height / h)
        self.cx, self.cy = (x0 + x1) / 2, (y0 + y1) / 2

    def zoom_at(self, px: float, py: float, factor: float) -> None:
        """Zoom by ``factor`` keeping the layout point under (px, py) where it is."""
        x, y = self.to_layout(px, py)
        self.scale *= factor
        nx_, ny_ = self.to_layout(px, py)
        self.cx += x - nx_
        self.cy += y - ny_

    def pan_pixels(self, dx: float, dy: float) -> None:
        self.cx -= dx / self.scale
        self.cy += dy / self.scale


class Scene:
    """The nodes and ties of one picture, as arrays, and picking among them."""

    def __init__(self, styles: list[NodeStyle], positions, edges) -> None:
        self.styles = styles
        self.ids = [s.id for s in styles]
        self.index = {n: i for i, n in enumerate(self.ids)}
        n = len(styles)
        self.xy = np.array([positions[i] for i in self.ids], dtype=np.float64).reshape(n, 2)
        self.radius = np.sqrt(np.array([max(s.size, 1.0) for s in styles], dtype=np.float64)) / 2
        self.importance = np.array([s.importance for s in styles], dtype=np.float64)
        colours = [s.colour for s in styles]
        self.palette = list(dict.fromkeys(colours))
        lookup = {c: i for i, c in enumerate(self.palette)}
        self.colour = np.array([lookup[c] for c in colours], dtype=np.int32)
        index = self.index
        get = index.get
        pairs = [(get(a, -1), get(b, -1), w) for a, b, w in edges]
        arr = np.array(pairs, dtype=np.float64).reshape(-1, 3)
        arr = arr[(arr[:, 0] >= 0) & (arr[:, 1] >= 0)]
        self.edges = arr[:, :2].astype(np.int64)
        self.weights = arr[:, 2]
        #: ties drawn in their own colour on top (the layer „Vermittlungen“): a mask
        #: over ``edges`` and the colour; None: none
        self.accent: np.ndarray | None = None
        self.accent_colour = "#d35400"
        #: the tooltip of a node made on demand (``styling.NodeTips``); None: the
        #: styles' own ``tooltip``
        self.tips: Callable[[object], str] | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def tooltip(self, node) -> str:
        if self.tips is not None:
            return self.tips(node)
        return self.styles[self.index[node]].tooltip

    def bounds(self) -> tuple[float, float, float, float]:
        if not len(self.ids):
            return -1.0, -1.0, 1.0, 1.0
        lo, hi = self.xy.min(axis=0), self.xy.max(axis=0)
        pad = np.maximum((hi - lo) * 0.06, 0.05)
        return lo[0] - pad[0], lo[1] - pad[1], hi[0] + pad[0], hi[1] + pad[1]

    # -- picking -----------------------------------------------------------------------
    def nearest(self, x: float, y: float, radius: float, mask: np.ndarray | None = None):
        """Index of the nearest node within ``radius`` (layout units) of (x, y), among
        ``mask`` when given; None when there is none.

        By distance to every node: about 50 µs for 20,000 organisations, well inside
        a frame, so no spatial index is built (scipy.spatial's cKDTree cost 8 MB of
        memory for its import alone)."""
        if not len(self.ids):
            return None
        d2 = (self.xy[:, 0] - x) ** 2 + (self.xy[:, 1] - y) ** 2
        if mask is not None:
            d2 = np.where(mask, d2, np.inf)
        i = int(np.argmin(d2))
        return i if d2[i] <= radius * radius else None


# -- the tie texture -------------------------------------------------------------------


@dataclass
class Texture:
    """The ties rasterised in layout space: ``rect`` (x0, y0, x1, y1) it covers."""

    image: QImage
    rect: tuple[float, float, float, float]
    ties: int
    #: the image halved again and again (smooth): the frame scales the nearest one
    levels: list[QImage] = field(default_factory=list)

    def level_for(self, screen_width: float) -> QImage:
        """The smallest level at least as wide as the texture's width on screen."""
        best = self.image
        for image in self.levels:
            if image.width() >= screen_width:
                best = image
        return best


def density(xy: np.ndarray, edges: np.ndarray, weights: np.ndarray, rect, size, samples=250_000):
    """Per pixel of a ``size`` (w, h) raster over ``rect``: how many ties cross it,
    weighted (a DDA with one sample per pixel step along the longer axis). float32:
    the raster is 4 million pixels, and nothing here needs more than 7 digits."""
    w, h = size
    x0, y0, x1, y1 = rect
    p = np.empty_like(xy)
    p[:, 0] = (xy[:, 0] - x0) / (x1 - x0) * (w - 1)
    p[:, 1] = (y1 - xy[:, 1]) / (y1 - y0) * (h - 1)
    acc = np.zeros(w * h, dtype=np.float32)
    wts = 0.6 + 0.4 * np.clip(weights, 0.0, 4.0)
    # ties sorted by their top row: a chunk then covers a band of rows, so each
    # bincount (it holds the GIL) stays short and the GUI thread keeps running
    top_row = np.minimum(p[edges[:, 0], 1], p[edges[:, 1], 1])
    order = np.argsort(top_row, kind="stable")
    delta = p[edges[order, 1]] - p[edges[order, 0]]
    all_steps = np.maximum(np.abs(delta).max(axis=1), 1.0).astype(np.int64)
    del delta
    # chunks of about ``samples`` pixel steps: a chunk's arrays stay a few MB each
    # (a fixed number of ties made 100 MB of them on long ties)
    done = np.cumsum(all_steps + 1)
    start = 0
    while start < len(order):
        end = int(np.searchsorted(done, done[start] - all_steps[start] - 1 + samples, "right"))
        end = max(end, start + 1)
        take, steps = order[start:end], all_steps[start:end]
        start = end
        e = edges[take]
        a, b = p[e[:, 0]], p[e[:, 1]]
        d = b - a
        n = steps + 1
        which = np.repeat(np.arange(len(e)), n)
        first = np.cumsum(n) - n
        t = (np.arange(int(n.sum())) - first[which]) / steps[which]
        px = np.clip((a[which, 0] + d[which, 0] * t + 0.5).astype(np.int64), 0, w - 1)
        py = np.clip((a[which, 1] + d[which, 1] * t + 0.5).astype(np.int64), 0, h - 1)
        flat = py * w + px
        lo = int(flat.min())
        counts = np.bincount(flat - lo, weights=wts[take][which])
        acc[lo : lo + len(counts)] += counts
    return acc.reshape(h, w)


def density_image(scene_xy, edges, weights, rect, side: int = TEXTURE_SIDE) -> Texture:
    """The tie texture of a layout; safe in a worker thread (QImage, no widgets).

    The raster is turned into pixels in place and written straight into the image's
    memory, a band of rows at a time: each full-size temporary is 10 MB, and the first
    version's dozen of them (float64, a copy of the finished image) came to 150 MB at
    the moment the metrics were computed too."""
    x0, y0, x1, y1 = rect
    aspect = (x1 - x0) / max(y1 - y0, 1e-9)
    w = side if aspect >= 1 else max(int(side * aspect), 16)
    h = max(int(side / aspect), 16) if aspect >= 1 else side
    acc = density(scene_xy, edges, weights, rect, (w, h))
    # alpha = 1 - exp(-0.35 acc): one tie ≈ 0.3 opaque, many saturate; 200 at most
    np.multiply(acc, -0.35, out=acc)
    np.exp(acc, out=acc)
    np.multiply(acc, -200.0, out=acc)
    np.add(acc, 200.0, out=acc)
    image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    pixels = np.frombuffer(image.bits(), dtype=np.uint32).reshape(h, image.bytesPerLine() // 4)
    # a band of rows at a time: its integer temporaries stay small beside the raster
    # and the image (16 MB each) while the metrics may be computed at the same time
    for top in range(0, h, TEXTURE_BAND):
        alpha = acc[top : top + TEXTURE_BAND].astype(np.uint32)
        out = pixels[top : top + TEXTURE_BAND, :w]
        np.left_shift(alpha, 24, out=out)
        part = np.empty_like(alpha)
        for shift, c in zip((16, 8, 0), EDGE_RGB, strict=True):  # premultiplied: c * a / 255
            np.multiply(alpha, c, out=part)
            np.floor_divide(part, 255, out=part)
            np.left_shift(part, shift, out=part)
            np.bitwise_or(out, part, out=out)
    del acc, pixels
    levels, level = [], image
    while level.width() > 300:
        level = level.scaled(level.width() // 2, max(level.height() // 2, 1),
                             Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)  # fmt: skip
        levels.append(level)
    return Texture(image, (x0, y0, x1, y1), len(edges), levels)


def visible_edges(scene: Scene, view: Viewport, mask: np.ndarray | None = None) -> np.ndarray:
    """Indices of the ties with a part in view (bounding boxes), among ``mask``."""
    if not len(scene.edges):
        return np.zeros(0, dtype=np.int64)
    x0, y0, x1, y1 = view.rect()
    a, b = scene.xy[scene.edges[:, 0]], scene.xy[scene.edges[:, 1]]
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    keep = (hi[:, 0] >= x0) & (lo[:, 0] <= x1) & (hi[:, 1] >= y0) & (lo[:, 1] <= y1)
    if mask is not None:
        keep &= mask
    return np.nonzero(keep)[0]


def accented_edges(scene: Scene, view: Viewport) -> np.ndarray:
    """Indices of the accented ties (``Scene.accent``) with a part in view."""
    if scene.accent is None:
        return np.zeros(0, dtype=np.int64)
    return visible_edges(scene, view, scene.accent)
