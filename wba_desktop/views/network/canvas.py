"""An interactive network canvas: matplotlib inside Qt.

Wheel zooms around the cursor, dragging the background pans, dragging a node moves
it, hovering shows a tooltip, a click selects and a double-click opens. Labels are
drawn for the most important nodes only, skipping any that would overlap.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from PySide6.QtCore import Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolTip

PICK_RADIUS_PX = 9


@dataclass
class NodeStyle:
    id: object
    label: str
    colour: str
    size: float
    tooltip: str
    importance: float = 0.0


class NetworkCanvas(FigureCanvasQTAgg):
    """``node_clicked(id)`` (or -1 for the background), ``node_activated(id)`` on
    double-click, ``node_moved(id, x, y)`` after a drag."""

    # ids are organisation ids (int) or person keys ("P12") of the people layer
    node_clicked = Signal(object)
    node_activated = Signal(object)
    node_moved = Signal(object, float, float)

    def __init__(self, parent=None) -> None:
        self.figure = Figure(figsize=(8, 6), dpi=100, facecolor="#ffffff")
        super().__init__(self.figure)
        self.setParent(parent)
        self.ax = self.figure.add_axes((0, 0, 1, 1))
        self.ax.set_axis_off()
        self.ids: list[int] = []
        self.xy = np.zeros((0, 2))
        self.styles: list[NodeStyle] = []
        self.edges: list[tuple[int, int, float]] = []
        self.selected: int | None = None
        self.label_count = 25
        self._press = None  # (kind, data, x, y)
        self._dragged = False
        self._scatter = None
        self._lines = None
        self._labels: list = []
        self._highlight = None
        self.mpl_connect("scroll_event", self._on_scroll)
        self.mpl_connect("button_press_event", self._on_press)
        self.mpl_connect("motion_notify_event", self._on_motion)
        self.mpl_connect("button_release_event", self._on_release)
        self.empty_text = ""

    # -- drawing ---------------------------------------------------------------------------
    def show_graph(
        self,
        styles: list[NodeStyle],
        positions: dict[int, tuple[float, float]],
        edges: list[tuple[int, int, float]],
        legend: list[tuple[str, str]] = (),
        empty_text: str = "",
        keep_view: bool = False,
    ) -> None:
        limits = (self.ax.get_xlim(), self.ax.get_ylim()) if keep_view and self.ids else None
        self.styles = styles
        self.ids = [s.id for s in styles]
        self.xy = np.array([positions[i] for i in self.ids], dtype=float).reshape(-1, 2)
        self.edges = edges
        self.empty_text = empty_text
        self.ax.clear()
        self.ax.set_axis_off()
        self._scatter = self._lines = self._highlight = None
        self._labels = []
        if not self.ids:
            self.ax.text(0.5, 0.5, empty_text, ha="center", va="center", fontsize=12,
                         color="#5b6b7a", wrap=True, transform=self.ax.transAxes)  # fmt: skip
            self.draw_idle()
            return
        index = {n: i for i, n in enumerate(self.ids)}
        segments = [(self.xy[index[a]], self.xy[index[b]]) for a, b, _w in edges
                    if a in index and b in index]  # fmt: skip
        widths = [0.4 + 0.6 * w for a, b, w in edges if a in index and b in index]
        self._lines = LineCollection(segments, colors="#8a9aa9", linewidths=widths, alpha=0.45,
                                     zorder=1)  # fmt: skip
        self.ax.add_collection(self._lines)
        self._scatter = self.ax.scatter(
            self.xy[:, 0], self.xy[:, 1], s=[s.size for s in styles],
            c=[s.colour for s in styles], edgecolors="#ffffff", linewidths=0.6, zorder=2,
        )  # fmt: skip
        if limits:
            self.ax.set_xlim(*limits[0])
            self.ax.set_ylim(*limits[1])
        else:
            self._fit()
        if legend:
            handles = [Line2D([], [], marker="o", linestyle="", markersize=7, color=c, label=t)
                       for t, c in legend]  # fmt: skip
            self.ax.legend(handles=handles, loc="upper left", fontsize=8, frameon=True,
                           framealpha=0.85)  # fmt: skip
        self._draw_selection()
        self.draw()
        self._draw_labels()

    def _fit(self) -> None:
        lo, hi = self.xy.min(axis=0), self.xy.max(axis=0)
        pad = np.maximum((hi - lo) * 0.06, 0.05)
        self.ax.set_xlim(lo[0] - pad[0], hi[0] + pad[0])
        self.ax.set_ylim(lo[1] - pad[1], hi[1] + pad[1])

    def reset_view(self) -> None:
        if self.ids:
            self._fit()
            self._redraw_overlays()

    def view_rect(self) -> tuple[float, float, float, float]:
        """The visible area in layout coordinates: (x0, y0, x1, y1), x0 < x1, y0 < y1."""
        (x0, x1), (y0, y1) = self.ax.get_xlim(), self.ax.get_ylim()
        return float(min(x0, x1)), float(min(y0, y1)), float(max(x0, x1)), float(max(y0, y1))

    def set_view_rect(self, rect: tuple[float, float, float, float]) -> None:
        """Show the area ``rect`` (x0, y0, x1, y1 in layout coordinates)."""
        x0, y0, x1, y1 = (float(v) for v in rect)
        self.ax.set_xlim(x0, x1)
        self.ax.set_ylim(y0, y1)
        self._redraw_overlays()

    def _draw_labels(self) -> None:
        """Labels for the most important visible nodes that do not overlap each other."""
        for t in self._labels:
            t.remove()
        self._labels = []
        if not self.ids:
            return
        renderer = self.get_renderer()
        x0, x1 = self.ax.get_xlim()
        y0, y1 = self.ax.get_ylim()
        visible = [i for i, (x, y) in enumerate(self.xy) if x0 <= x <= x1 and y0 <= y <= y1]
        order = sorted(visible, key=lambda i: -self.styles[i].importance)
        taken = []
        for i in order:
            if len(self._labels) >= self.label_count:
                break
            text = self.ax.annotate(
                self.styles[i].label, self.xy[i], xytext=(0, 7), textcoords="offset points",
                ha="center", fontsize=8, color="#1f3b57", zorder=3,
                bbox={"boxstyle": "round,pad=0.15", "fc": "#ffffff", "ec": "none", "alpha": 0.7},
            )  # fmt: skip
            box = text.get_window_extent(renderer)
            if any(box.overlaps(b) for b in taken):
                text.remove()
                continue
            taken.append(box)
            self._labels.append(text)
        self.draw_idle()

    def _draw_selection(self) -> None:
        if self._highlight is not None:
            self._highlight.remove()
            self._highlight = None
        if self.selected in self.ids:
            i = self.ids.index(self.selected)
            self._highlight = self.ax.scatter(
                [self.xy[i, 0]], [self.xy[i, 1]], s=[self.styles[i].size * 2.2 + 60],
                facecolors="none", edgecolors="#e67e22", linewidths=2.2, zorder=4,
            )  # fmt: skip

    def select(self, node: int | None) -> None:
        self.selected = node
        self._draw_selection()
        self.draw_idle()

    def _redraw_overlays(self) -> None:
        self.draw()
        self._draw_labels()

    # -- hit testing ---------------------------------------------------------------------
    def node_at(self, x_px: float, y_px: float) -> int | None:
        if not self.ids:
            return None
        pts = self.ax.transData.transform(self.xy)
        d = np.hypot(pts[:, 0] - x_px, pts[:, 1] - y_px)
        radius = np.sqrt(np.array([s.size for s in self.styles])) / 2 + PICK_RADIUS_PX / 2
        hits = np.where(d <= np.maximum(radius, PICK_RADIUS_PX))[0]
        if not len(hits):
            return None
        return self.ids[int(hits[np.argmin(d[hits])])]

    def pixel_of(self, node: int) -> tuple[float, float]:
        """Display coordinates of a node (for tests that click it)."""
        x, y = self.ax.transData.transform(self.xy[self.ids.index(node)])
        return float(x), float(y)

    # -- events --------------------------------------------------------------------------
    def _on_scroll(self, event) -> None:
        if event.xdata is None:
            return
        factor = 0.8 if event.button == "up" else 1.25
        for get, set_, centre in ((self.ax.get_xlim, self.ax.set_xlim, event.xdata),
                                  (self.ax.get_ylim, self.ax.set_ylim, event.ydata)):  # fmt: skip
            lo, hi = get()
            set_(centre - (centre - lo) * factor, centre + (hi - centre) * factor)
        self._redraw_overlays()

    def _on_press(self, event) -> None:
        if event.button != 1 or event.x is None:
            return
        node = self.node_at(event.x, event.y)
        if event.dblclick:
            if node is not None:
                self.node_activated.emit(node)
            return
        self._dragged = False
        if node is not None:
            self._press = ("node", node, event.x, event.y)
        else:
            self._press = ("pan", (self.ax.get_xlim(), self.ax.get_ylim()), event.x, event.y)

    def _on_motion(self, event) -> None:
        if self._press is None:
            self._hover(event)
            return
        kind, data, x0, y0 = self._press
        if abs(event.x - x0) + abs(event.y - y0) < 4 and not self._dragged:
            return
        self._dragged = True
        inv = self.ax.transData.inverted()
        if kind == "pan":
            (xl, yl) = data
            a = inv.transform((x0, y0))
            b = inv.transform((event.x, event.y))
            dx, dy = a - b
            self.ax.set_xlim(xl[0] + dx, xl[1] + dx)
            self.ax.set_ylim(yl[0] + dy, yl[1] + dy)
            self.draw_idle()
        else:
            i = self.ids.index(data)
            self.xy[i] = inv.transform((event.x, event.y))
            self._scatter.set_offsets(self.xy)
            self._update_edges()
            self._draw_selection()
            self.draw_idle()

    def _update_edges(self) -> None:
        index = {n: i for i, n in enumerate(self.ids)}
        segments = [(self.xy[index[a]], self.xy[index[b]]) for a, b, _w in self.edges
                    if a in index and b in index]  # fmt: skip
        if self._lines is not None:
            self._lines.set_segments(segments)

    def _on_release(self, event) -> None:
        if self._press is None:
            return
        kind, data, _x, _y = self._press
        self._press = None
        if kind == "node" and self._dragged:
            x, y = self.xy[self.ids.index(data)]
            self.node_moved.emit(data, float(x), float(y))
            self._redraw_overlays()
        elif kind == "pan" and self._dragged:
            self._redraw_overlays()
        elif not self._dragged:
            self.selected = data if kind == "node" else None
            self._draw_selection()
            self.draw_idle()
            self.node_clicked.emit(data if kind == "node" else -1)

    def _hover(self, event) -> None:
        if event.x is None:
            return
        node = self.node_at(event.x, event.y)
        if node is None:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), self.styles[self.ids.index(node)].tooltip, self)
