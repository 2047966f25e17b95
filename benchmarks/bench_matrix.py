"""``network_matrix_20000``: the stakeholder matrix of the whole large demo.

Ours: ``NetworkService.stakeholder_matrix()`` (the Core query, quadrants, stance
order, the spread inside each cell) plus ``prepare_points`` (the Qt points, built in
the worker as the view does). Peer: the very same SQL with raw ``sqlite3``, every
row fetched. Goal: ratio ≤ 6 (the Python work may cost up to five times the query).

Besides, what the GUI thread pays: ``show_matrix`` with the prepared points (the
pixel mapping and the legend) and a repaint of the canvas with and without its
cached dot layer, each within ``GUI_BUDGET_S``.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from benchmarks.common import Context, info, paired_medians, result, sqlite_url, timed

GOAL = 6.0
GUI_BUDGET_S = 0.05


def run(ctx: Context) -> dict[str, Any]:
    from benchmarks.bench_search import capture_statements, run_raw
    from benchmarks.qtsupport import application
    from wba_desktop.db import UnitOfWorkFactory, create_db_engine
    from wba_desktop.network.options import GraphOptions
    from wba_desktop.network.service import NetworkService

    app = application()
    from PySide6.QtGui import QPixmap

    from wba_desktop.views.network.matrix_canvas import MatrixCanvas, prepare_points

    db = ctx.database()
    engine = create_db_engine(sqlite_url(db))
    raw = sqlite3.connect(db)
    try:
        service = NetworkService(UnitOfWorkFactory(engine))
        made: list = []

        def ours() -> None:
            matrix = service.stakeholder_matrix(GraphOptions())
            made[:] = [matrix, prepare_points(matrix.points)]

        statements = capture_statements(engine, ours)
        repeat = ctx.repeat(full=9, quick=3)
        ours_s, peer_s = paired_medians(
            lambda: timed(ours), lambda: timed(lambda: run_raw(raw, statements)), repeat
        )
        matrix, prepared = made
        canvas = MatrixCanvas()
        canvas.resize(760, 680)
        canvas.show()
        app.processEvents()
        pixmap = QPixmap(canvas.size())
        show_s = min(timed(lambda: canvas.set_matrix(matrix, "", prepared)) for _ in range(3))

        def fresh_paint() -> None:
            canvas._layer = None  # as after a resize or new data
            canvas.render(pixmap)

        layer_s = min(timed(fresh_paint) for _ in range(5))
        paint_s = min(timed(lambda: canvas.render(pixmap)) for _ in range(5))
        canvas.close()
        info(
            f"  {len(matrix.points)} dots: ours {ours_s * 1e3:.0f} ms, raw SQL "
            f"{peer_s * 1e3:.0f} ms; GUI thread: show {show_s * 1e3:.1f} ms, paint "
            f"{layer_s * 1e3:.1f} ms (new layer) / {paint_s * 1e3:.1f} ms (cached)"
        )
        gui_ok = max(show_s, layer_s, paint_s) <= GUI_BUDGET_S
        return result(
            "network_matrix_20000",
            ours_s,
            "raw sqlite3, the same SQL statement",
            peer_s,
            GOAL,
            quick=ctx.quick,
            ok=ours_s / peer_s <= GOAL and gui_ok,
            organisations=len(matrix.points) + len(matrix.unrated),
            dots=len(matrix.points),
            gui_show_s=round(show_s, 4),
            gui_paint_new_layer_s=round(layer_s, 4),
            gui_paint_cached_s=round(paint_s, 4),
            gui_budget_s=GUI_BUDGET_S,
            repeat=repeat,
        )
    finally:
        raw.close()
        engine.dispose()
