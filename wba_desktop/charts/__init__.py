"""Charts drawn with matplotlib's object-oriented API (``Figure``, Agg canvas).

No Qt and no pyplot here: the drawings work headless in the CLI, in worker threads
and in tests; a view may put the same ``Figure`` into a Qt canvas.
"""

from wba_desktop.charts.timeline import TimelineData, draw_timeline, save_timeline

__all__ = ["TimelineData", "draw_timeline", "save_timeline"]
