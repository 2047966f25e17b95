"""The interactive network canvas: a QWidget painting numpy arrays with QPainter.

Why not matplotlib any more: on the state-wide demo (19,211 organisations, 53,367
ties) a matplotlib frame took 1.8 s and a click 1.1 s. Here a frame is a few
batched QPainter calls (see ``painting``), the ties come from a texture made once
per layout off the GUI thread (``scene.density_image``), picking measures the
distance to every node (50 µs), and the drawn layers are cached in a pixmap, so a
click or a hover repaints only the selection and the labels. Exported pictures still use matplotlib
(``figure.py``, ``network/export.py``).

Wheel zooms around the cursor, dragging the background pans, dragging a node moves
it, hovering shows a tooltip, a click selects and a double-click opens (a group
bubble: opens it up). ``view_rect``/``set_view_rect`` give and set the visible area
in layout coordinates (saved views).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from wba_desktop.text import format as fmt
from wba_desktop.views.network import lod, painting
from wba_desktop.views.network.scene import (  # noqa: F401  (NodeStyle is re-exported)
    PICK_SLACK_PX,
    NodeStyle,
    Scene,
    Texture,
    Viewport,
    accented_edges,
    density_image,
    visible_edges,
)

DRAG_START_PX = 4
WHEEL_STEP = 1.25


class NetworkCanvas(QWidget):
    """``node_clicked(id)`` (or -1 for the background), ``node_activated(id)`` on
    double-click, ``node_moved(id, x, y)`` after a drag, ``node_hovered(id or None)``,
    ``group_opened(name)`` when a group bubble opens up."""

    # ids are organisation ids (int) or person keys ("P12") of the people layer
    node_clicked = Signal(object)
    node_activated = Signal(object)
    node_moved = Signal(object, float, float)
    node_hovered = Signal(object)
    group_opened = Signal(str)
    view_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 150)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.view = Viewport(self.width(), self.height())
        self.scene = Scene([], {}, [])
        self.selected = None
        self.hovered = None
        self.label_count = 25
        self.empty_text = ""
        self.legend_entries: list[tuple[str, str]] = []
        self.groups: lod.Groups | None = None
        self.opened: set[int] = set()
        self.texture: Texture | None = None
        self.runner = None  # a TaskRunner for the tie texture (None: the global pool)
        self.labels = painting.LabelPainter()
        self._group_input = None  # (keys, colours) until the fitted scale is known
        self._fit_scale = 1.0
        self._fit_pending = False
        self._split_cache: tuple | None = None
        self._static: QPixmap | None = None
        self._static_key = None
        self._generation = 0
        self._press = None  # (kind, data, x, y)
        self._dragged = False

    # -- content -----------------------------------------------------------------------
    @property
    def ids(self) -> list:
        return self.scene.ids

    @property
    def styles(self) -> list[NodeStyle]:
        return self.scene.styles

    def show_graph(
        self,
        styles: list[NodeStyle],
        positions,
        edges,
        legend=(),
        empty_text: str = "",
        keep_view: bool = False,
        groups: tuple[list[str], dict[str, str]] | None = None,
    ) -> None:
        """Show a new picture. ``groups``: one group name per style and the colour of
        each group (level of detail); None draws every organisation."""
        scene = Scene(styles, positions, edges)
        built = lod.build_groups(*groups, scene.xy) if groups is not None and len(scene) else None
        self.show_scene(scene, legend, empty_text, keep_view, groups, built)

    def show_scene(self, scene: Scene, legend=(), empty_text: str = "", keep_view: bool = False,
                   grouping=None, groups: lod.Groups | None = None) -> None:  # fmt: skip
        """Show a scene prepared elsewhere (``drawing.make_drawing``, in a worker)."""
        had = bool(self.scene.ids)
        self.scene = scene
        self.legend_entries = list(legend)
        self.empty_text = empty_text
        self.texture = None
        self._generation += 1
        self._group_input = grouping
        if not (keep_view and had):
            self.opened = set()
            self._fit_pending = True
        self._fit_scale_from_bounds()
        self.groups = groups
        self._split_cache = None
        self._make_texture()
        self._changed()

    def set_grouping(self, groups: tuple[list[str], dict[str, str]] | None) -> None:
        """Group by other keys (or none), fitted anew; positions stay."""
        self._group_input = groups
        self.opened = set()
        self._fit_pending = True
        self._rebuild_groups()
        self._changed()

    def _fit_scale_from_bounds(self) -> None:
        probe = Viewport(self.width(), self.height())
        probe.set_rect(self.scene.bounds())
        self._fit_scale = probe.scale

    def _rebuild_groups(self) -> None:
        self.groups = None
        self._split_cache = None
        if self._group_input is not None and len(self.scene):
            keys, colours = self._group_input
            self.groups = lod.build_groups(list(keys), colours, self.scene.xy)

    def _make_texture(self) -> None:
        """The tie texture, made on the task runner; until then the strongest ties."""
        scene = self.scene
        if len(scene.edges) <= painting.VECTOR_LIMIT:
            return
        generation, rect = self._generation, scene.bounds()
        xy, edges, weights = scene.xy.copy(), scene.edges, scene.weights

        def work(_report, _cancelled):
            return density_image(xy, edges, weights, rect)

        def done(texture: Texture) -> None:
            if generation == self._generation:
                self.texture = texture
                self._changed()

        from wba_desktop.views.common.tasks import TaskRunner

        runner = self.runner or TaskRunner()
        runner.run(work, done, lambda _exc: None)

    def _changed(self) -> None:
        self._static_key = None
        self.update()

    # -- the view ----------------------------------------------------------------------
    def view_rect(self) -> tuple[float, float, float, float]:
        """The visible area (x0, y0, x1, y1) in layout coordinates."""
        self._apply_fit()
        return self.view.rect()

    def set_view_rect(self, rect) -> None:
        """Show the area ``rect`` (x0, y0, x1, y1) whole, centred in the canvas."""
        self._fit_pending = False
        self.view.set_rect(rect)
        self._view_moved()

    def reset_view(self) -> None:
        """Fit everything into the canvas, with every group closed again."""
        self.opened = set()
        self._split_cache = None
        self._fit_pending = True
        self._view_moved()

    def _apply_fit(self) -> None:
        self.view.width, self.view.height = max(self.width(), 1), max(self.height(), 1)
        if self._fit_pending:
            self._fit_pending = False
            self.view.set_rect(self.scene.bounds())
            self._fit_scale = self.view.scale
            if self._parts() is not None:  # closed groups: fit the bubbles
                g = self.groups
                lo = (g.centres - g.radius[:, None]).min(axis=0)
                hi = (g.centres + g.radius[:, None]).max(axis=0)
                self.view.set_rect((lo[0], lo[1], hi[0], hi[1]), margin=0.08)
                self._fit_scale = self.view.scale  # "zoomed in" counts from here

    def _view_moved(self) -> None:
        self._static_key = None
        self.update()
        self.view_changed.emit()

    def zoom_at(self, px: float, py: float, factor: float) -> None:
        self._apply_fit()
        self.view.zoom_at(px, py, factor)
        self._view_moved()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.view.width, self.view.height = max(self.width(), 1), max(self.height(), 1)
        if self._fit_pending or not len(self.scene):
            self._fit_scale_from_bounds()
        self._static_key = None
        super().resizeEvent(event)

    # -- level of detail ---------------------------------------------------------------
    def zoomed_in(self) -> bool:
        return self.view.scale >= lod.AUTO_OPEN * self._fit_scale

    def _parts(self) -> lod.Split | None:
        """Which groups are closed now (None: draw every node)."""
        if self.groups is None or self.zoomed_in():
            return None
        key = frozenset(self.opened)
        if self._split_cache is None or self._split_cache[0] != key:
            self._split_cache = (key, lod.split(self.groups, self.scene.edges, self.opened))
        parts = self._split_cache[1]
        return parts if parts.closed.any() else None

    def open_group(self, index: int) -> None:
        if self.groups is not None and 0 <= index < len(self.groups):
            self.opened.add(index)
            self._changed()
            self.group_opened.emit(self.groups.names[index])

    # -- painting ----------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._apply_fit()
        p = QPainter(self)
        try:
            if not len(self.scene):
                p.fillRect(self.rect(), QColor("#ffffff"))
                p.setPen(QColor("#5b6b7a"))
                p.drawText(QRectF(self.rect()).adjusted(20, 20, -20, -20),
                           Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                           self.empty_text)  # fmt: skip
                return
            parts = self._parts()
            key = (self.view.scale, self.view.cx, self.view.cy, self.width(), self.height(),
                   self.devicePixelRatioF(), id(self.texture), id(parts))  # fmt: skip
            if self._static is None or self._static_key != key:
                self._render_static(parts)
                self._static_key = key
            p.drawPixmap(0, 0, self._static)
            if self.selected in self.scene.index:
                i = self.scene.index[self.selected]
                if parts is None or parts.node_mask[i]:
                    painting.draw_selection(p, self.scene, self.view, i)
            mask = None if parts is None else parts.node_mask
            self.labels.place(self.scene, self.view, mask, self.label_count, self.groups, parts)
            self.labels.draw(p)
        finally:
            p.end()

    def _render_static(self, parts: lod.Split | None) -> None:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(int(self.width() * ratio), int(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor("#ffffff"))
        p = QPainter(pixmap)
        try:
            scene, view = self.scene, self.view
            if parts is None:
                if self.texture is not None and not self.zoomed_in():
                    painting.draw_texture(p, self.texture, view)  # most ties are in view
                else:
                    shown = visible_edges(scene, view)
                    if len(shown) <= painting.VECTOR_LIMIT:
                        painting.draw_lines(p, scene, view, shown)
                    elif self.texture is not None:
                        painting.draw_texture(p, self.texture, view)
                    # else: too many for lines, the texture comes in a moment
                painting.draw_accent(p, scene, view, accented_edges(scene, view))
                painting.draw_nodes(p, scene, view, None)
            else:
                shown = visible_edges(scene, view, parts.edge_mask)
                painting.draw_lines(p, scene, view, shown)
                painting.draw_accent(p, scene, view, shown)
                painting.draw_groups(p, scene, view, self.groups, parts)
                painting.draw_nodes(p, scene, view, parts.node_mask)
        finally:
            p.end()
        self._static = pixmap

    # -- hit testing -------------------------------------------------------------------
    def node_at(self, x_px: float, y_px: float):
        """The node under the pixel (widget coordinates), or None."""
        self._apply_fit()
        if not len(self.scene):
            return None
        parts = self._parts()
        mask = None if parts is None else parts.node_mask
        reach = (float(self.scene.radius.max()) + PICK_SLACK_PX) / self.view.scale
        x, y = self.view.to_layout(x_px, y_px)
        i = self.scene.nearest(x, y, reach, mask)
        if i is None:
            return None
        sx, sy = self.view.point_to_screen(*self.scene.xy[i])
        if np.hypot(sx - x_px, sy - y_px) > self.scene.radius[i] + PICK_SLACK_PX:
            return None
        return self.scene.ids[i]

    def group_at(self, x_px: float, y_px: float) -> int | None:
        parts = self._parts()
        if parts is None:
            return None
        centres = self.view.to_screen(self.groups.centres)
        d = np.hypot(centres[:, 0] - x_px, centres[:, 1] - y_px)
        d[~parts.closed] = np.inf
        hit = np.nonzero(d <= self.groups.radius * self.view.scale)[0]
        return int(hit[np.argmin(d[hit])]) if len(hit) else None

    def pixel_of(self, node) -> tuple[float, float]:
        """Widget coordinates of a node (for tests that click it)."""
        self._apply_fit()
        return self.view.point_to_screen(*self.scene.xy[self.scene.index[node]])

    def group_pixel(self, name: str) -> tuple[float, float]:
        self._apply_fit()
        i = self.groups.names.index(name)
        return self.view.point_to_screen(*self.groups.centres[i])

    def select(self, node) -> None:
        self.selected = node
        self.update()

    # -- events ------------------------------------------------------------------------
    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt API
        steps = event.angleDelta().y() / 120.0
        if steps:
            pos = event.position()
            self.zoom_at(pos.x(), pos.y(), WHEEL_STEP**steps)
        event.accept()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        self._dragged = False
        node = self.node_at(pos.x(), pos.y())
        if node is not None:
            self._press = ("node", node, pos.x(), pos.y())
            return
        group = self.group_at(pos.x(), pos.y())
        if group is not None:
            self._press = ("group", group, pos.x(), pos.y())
        else:
            self._press = ("pan", (self.view.cx, self.view.cy), pos.x(), pos.y())

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt API
        pos = event.position()
        node = self.node_at(pos.x(), pos.y())
        if node is not None:
            self.node_activated.emit(node)
            return
        group = self.group_at(pos.x(), pos.y())
        if group is not None:
            self.open_group(group)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        pos = event.position()
        if self._press is None:
            self._hover(pos.x(), pos.y(), event.globalPosition().toPoint())
            return
        kind, data, x0, y0 = self._press
        if not self._dragged and abs(pos.x() - x0) + abs(pos.y() - y0) < DRAG_START_PX:
            return
        self._dragged = True
        if kind == "pan":
            self.view.cx, self.view.cy = data
            self.view.pan_pixels(pos.x() - x0, pos.y() - y0)
            self._view_moved()
        elif kind == "node":
            i = self.scene.index[data]
            self.scene.xy[i] = self.view.to_layout(pos.x(), pos.y())
            self._changed()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._press is None:
            return
        kind, data, _x, _y = self._press
        self._press = None
        if kind == "node" and self._dragged:
            x, y = self.scene.xy[self.scene.index[data]]
            self.node_moved.emit(data, float(x), float(y))
            self.texture = None
            self._generation += 1
            self._make_texture()
            self._split_cache = None
            self._changed()
        elif not self._dragged:
            self.selected = data if kind == "node" else None
            self.update()
            self.node_clicked.emit(data if kind == "node" else -1)

    def _hover(self, x: float, y: float, global_pos) -> None:
        node = self.node_at(x, y)
        if node != self.hovered:
            self.hovered = node
            self.node_hovered.emit(node)
        if node is not None:
            QToolTip.showText(global_pos, self.scene.tooltip(node), self)
            return
        group = self.group_at(x, y)
        if group is not None:
            g = self.groups
            text = self.tr("%1: %2 Organisationen – Doppelklick öffnet die Gruppe")
            text = text.replace("%1", g.names[group]).replace("%2", fmt.integer(g.counts[group]))
            QToolTip.showText(global_pos, text, self)
        else:
            QToolTip.hideText()
