"""Network canvas benchmarks: the frame at state scale and the GUI thread's longest stall.

Two benchmarks live here (registered like ``bench_network``: one module object per
name in ``sys.modules``):

- ``network_frame_20000``: a full repaint of ``NetworkCanvas`` (the drawn layers
  rebuilt, nothing cached) with grouping off, everything visible, fitted to an
  1100×700 canvas: 20,000 organisations and 55,000 ties of
  ``network.synthetic.random_network`` (the large demo shows 19,211 and 53,367),
  laid out by ``force_layout`` and styled as the network view styles them. Peer: the
  same widget with an empty scene. Also measured: a frame after panning, after one
  wheel step, a repaint with the drawn layers cached, and the click latency (mouse
  press and release on a node until the details panel shows it and the canvas has
  repainted). Goal: the issue's absolute budgets (pan and zoom frame ≤ 50 ms, click
  ≤ 100 ms) and a ratio ≤ ``FRAME_RATIO_GOAL`` against the empty frame.
- ``gui_stall``: the longest gap between the ticks of a 10 ms ``QTimer`` while the
  network view (with the real thread pool) builds, lays out (a fresh force layout
  the first time, stored positions the second), draws and measures the large demo
  until the metrics, gaps and suggestions are shown and the tie texture is made.
  Peer: the same timer on an idle event loop for as long. Goal: ours ≤ 100 ms.
"""

from __future__ import annotations

import statistics
import sys
import time
import types
from typing import Any

from benchmarks.common import BenchmarkError, Context, info, result, sqlite_url

FRAME_BUDGET_MS = 50.0
CLICK_BUDGET_MS = 100.0
STALL_BUDGET_S = 0.100
#: a loose guard only: an empty frame is a bare fill (well under 0.1 ms), so the ratio is
#: in the hundreds; the issue's absolute budgets above are the real goal
FRAME_RATIO_GOAL = 1000.0
SIZE = (1100, 700)


def _median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


class _Deferred:
    """A task runner that keeps the work until ``finish()`` runs it (timed)."""

    def __init__(self) -> None:
        self.jobs: list = []

    def run(self, fn, on_done, on_error, progress=None):
        self.jobs.append((fn, on_done))

    def finish(self) -> float:
        start = time.perf_counter()
        answers = [(fn(lambda *_: None, lambda: False), done) for fn, done in self.jobs]
        took = time.perf_counter() - start
        for answer, done in answers:
            done(answer)
        self.jobs = []
        return took


def _network(n: int, m: int):
    from wba_desktop.network.layout import force_layout
    from wba_desktop.network.synthetic import random_network

    graph = random_network(n, m, seed=1)
    return graph, force_layout(graph, seed=1)


def run_frame(ctx: Context) -> dict[str, Any]:
    from benchmarks.qtsupport import PaintWatcher, application, dispose, process_until
    from wba_desktop.views.network.canvas import NetworkCanvas
    from wba_desktop.views.network.details import DetailsPanel
    from wba_desktop.views.network.styling import style_nodes

    app = application()
    n, m = (3_000, 8_000) if ctx.quick else (20_000, 55_000)
    info(f"network_frame_20000: {n:,} organisations, {m:,} ties: layout ...")
    graph, positions = _network(n, m)
    styles = style_nodes(graph, "kind", "degree", {})
    edges = [(u, v, float(d.get("weight", 1.0))) for u, v, d in graph.edges(data=True)]
    canvas = NetworkCanvas()
    canvas.runner = _Deferred()  # the tie texture: timed on its own, then used
    details = DetailsPanel()
    canvas.node_clicked.connect(lambda node: details.show_node(graph, node, {}))
    canvas.resize(*SIZE)
    watcher = PaintWatcher(canvas)
    canvas.show()
    process_until(lambda: watcher.painted)  # mapped: repaint() paints at once from now on
    start = time.perf_counter()
    canvas.show_graph(styles, positions, edges)
    show_ms = (time.perf_counter() - start) * 1000
    texture_s = canvas.runner.finish()
    watcher.painted = False
    canvas.repaint()
    if not watcher.painted:
        raise BenchmarkError("the canvas did not paint on repaint()")
    repeat = ctx.repeat(full=15, quick=5)

    def full() -> None:
        canvas._static_key = None
        canvas.repaint()

    def pan() -> None:
        canvas.view.pan_pixels(7, 3)
        canvas._view_moved()
        canvas.repaint()

    def zoom() -> None:
        canvas.zoom_at(SIZE[0] / 2, SIZE[1] / 2, 1.25)
        canvas.repaint()
        canvas.zoom_at(SIZE[0] / 2, SIZE[1] / 2, 0.8)  # back: the next step is alike
        canvas.repaint()

    full()
    ours_ms = _median_ms(full, repeat)
    edge_mode = "texture" if canvas.texture is not None else "lines"
    pan_ms = _median_ms(pan, repeat)
    zoom_ms = _median_ms(zoom, repeat) / 2
    cached_ms = _median_ms(canvas.repaint, repeat)
    canvas.reset_view()
    canvas.repaint()
    click_ms = _click_latency(app, canvas, repeat)
    shown = canvas.ids and details.title.text() == graph.nodes[canvas.selected]["name"]

    canvas.show_graph([], {}, [])
    canvas.repaint()
    peer_ms = _median_ms(full, repeat)
    dispose(canvas)
    details.deleteLater()
    ok = (
        ours_ms / peer_ms <= FRAME_RATIO_GOAL
        and max(ours_ms, pan_ms, zoom_ms) <= FRAME_BUDGET_MS
        and click_ms <= CLICK_BUDGET_MS
        and bool(shown)
    )
    info(
        f"  full {ours_ms:.1f} ms, pan {pan_ms:.1f}, zoom {zoom_ms:.1f}, cached {cached_ms:.1f}, "
        f"click {click_ms:.1f} ms; empty {peer_ms:.2f} ms; texture {texture_s:.2f} s"
    )
    return result(
        "network_frame_20000",
        ours_ms / 1000,
        "the same canvas widget with an empty scene, same size",
        peer_ms / 1000,
        FRAME_RATIO_GOAL,
        quick=ctx.quick,
        ok=ok,
        ours_ms=round(ours_ms, 2),
        peer_ms=round(peer_ms, 3),
        pan_frame_ms=round(pan_ms, 2),
        zoom_frame_ms=round(zoom_ms, 2),
        cached_frame_ms=round(cached_ms, 2),
        click_ms=round(click_ms, 2),
        frame_budget_ms=FRAME_BUDGET_MS,
        click_budget_ms=CLICK_BUDGET_MS,
        show_graph_ms=round(show_ms, 1),
        tie_texture_s=round(texture_s, 3),
        edges_drawn_as=edge_mode,
        organisations=n,
        ties=len(edges),
        canvas=f"{SIZE[0]}x{SIZE[1]}",
        repeat=repeat,
    )


def _click_latency(app, canvas, repeat: int) -> float:
    """Press and release on a node until the canvas repainted with it selected."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent

    scene = canvas.scene
    order = sorted(range(len(scene)), key=lambda i: -scene.importance[i])
    targets = []
    for i in order:
        x, y = canvas.pixel_of(scene.ids[i])
        if canvas.node_at(x, y) == scene.ids[i]:
            targets.append((scene.ids[i], x, y))
        if len(targets) >= repeat:
            break
    left = Qt.MouseButton.LeftButton
    times = []
    for node, x, y in targets:
        pos = QPointF(x, y)
        start = time.perf_counter()
        steps = ((QEvent.Type.MouseButtonPress, left),
                 (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton))  # fmt: skip
        for kind, buttons in steps:
            event = QMouseEvent(kind, pos, canvas.mapToGlobal(pos), left, buttons,
                                Qt.KeyboardModifier.NoModifier)  # fmt: skip
            app.sendEvent(canvas, event)
        canvas.repaint()
        times.append((time.perf_counter() - start) * 1000)
        assert canvas.selected == node
    return statistics.median(times)


# -- gui_stall ---------------------------------------------------------------------------


class _Ticks:
    """A 10 ms QTimer noting the longest gap between its ticks."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self._last = 0.0

    def start(self) -> None:
        self.gaps = []
        self._last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def stop(self) -> float:
        self.timer.stop()
        self.gaps.append(time.perf_counter() - self._last)
        return max(self.gaps)


def _open_view(app, view, ticks: _Ticks) -> tuple[float, float]:
    """Reload the view until everything is shown; (seconds, longest gap)."""
    from benchmarks.qtsupport import process_until

    view.result = None
    view.analysis.metrics = None
    ticks.start()
    start = time.perf_counter()
    view.reload()

    def done() -> bool:
        canvas = view.canvas
        texture = canvas.texture is not None or len(canvas.scene.edges) <= 5000
        return view.result is not None and view.analysis.metrics is not None and texture

    process_until(done, timeout_s=300)
    app.processEvents()
    return time.perf_counter() - start, ticks.stop()


def run_stall(ctx: Context) -> dict[str, Any]:
    from benchmarks.qtsupport import application, dispose
    from wba_desktop.db import UnitOfWorkFactory, create_db_engine
    from wba_desktop.services.bundle import Services
    from wba_desktop.views.common.tasks import TaskRunner
    from wba_desktop.views.network.network_view import NetworkView

    app = application()
    engine = create_db_engine(sqlite_url(ctx.database()))
    try:
        services = Services.create(UnitOfWorkFactory(engine))
        view = NetworkView(services, TaskRunner())
        view.resize(1280, 800)
        view.show()
        app.processEvents()
        ticks = _Ticks()
        info("gui_stall: first opening (fresh force layout) ...")
        first_s, first_gap = _open_view(app, view, ticks)
        info(f"  {first_s:.1f} s, longest stall {first_gap * 1000:.0f} ms; again (stored) ...")
        again_s, again_gap = _open_view(app, view, ticks)
        info(f"  {again_s:.1f} s, longest stall {again_gap * 1000:.0f} ms; idle peer ...")
        organisations = view.result.graph.number_of_nodes()
        ties = view.result.graph.number_of_edges()
        dispose(view)
        ticks.start()
        deadline = time.perf_counter() + min(first_s + again_s, 10.0)
        while time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)
        peer_gap = ticks.stop()
    finally:
        engine.dispose()
    ours = max(first_gap, again_gap)
    info(f"  ours {ours * 1000:.0f} ms, idle {peer_gap * 1000:.0f} ms")
    return result(
        "gui_stall",
        ours,
        "the same 10 ms QTimer on an idle event loop",
        peer_gap,
        None,
        quick=ctx.quick,
        ok=ours <= STALL_BUDGET_S,
        budget_s=STALL_BUDGET_S,
        ours_ms=round(ours * 1000, 1),
        peer_ms=round(peer_gap * 1000, 1),
        first_open_s=round(first_s, 2),
        first_open_stall_ms=round(first_gap * 1000, 1),
        reopen_s=round(again_s, 2),
        reopen_stall_ms=round(again_gap * 1000, 1),
        organisations=organisations,
        ties=ties,
    )


RUNNERS = {"network_frame_20000": run_frame, "gui_stall": run_stall}


def _register() -> None:
    """``benchmarks.bench_canvas.<name>`` as a module with ``run``, for the runner."""
    for name, runner in RUNNERS.items():
        module = types.ModuleType(f"{__name__}.{name}", f"The {name} benchmark.")
        module.run = runner  # type: ignore[attr-defined]
        sys.modules[module.__name__] = module


_register()
