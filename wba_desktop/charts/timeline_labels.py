"""Where the labels of the Verbund timeline go: the date range of the chart, how wide
a text is in date units, and the heights (``LEVELS``) at which each label clears its
neighbour, shortened with "…" where needed. No drawing here: ``timeline`` draws.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from typing import TYPE_CHECKING

from matplotlib.dates import date2num

if TYPE_CHECKING:
    from wba_desktop.charts.timeline_data import TimelineData

#: heights of the label rows above (or below) the phase band, in data units
LEVELS = (0.95, 1.35, 1.75)
LABEL_SIZE = 7.5
LABEL_CHARS = 30


def shorten(text: str, limit: int = LABEL_CHARS) -> str:
    """``text`` on one line, cut with "…" after ``limit`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def as_number(value: date | datetime) -> float:
    """A date as matplotlib's date number."""
    return float(date2num(value))


class Layout:
    """Date range and how wide a text is in date units, for placing labels."""

    def __init__(self, ax, data: TimelineData, phase_spans: list[tuple[float, float]]) -> None:
        xs = [as_number(data.today)]
        xs += [x for span in phase_spans for x in span]
        xs += [as_number(m[0]) for m in data.milestones]
        xs += [as_number(e[0]) for e in data.events]
        if data.funding:
            xs += [as_number(data.funding[0]), as_number(data.funding[1])]
        low, high = min(xs), max(xs)
        pad = max((high - low) * 0.04, 14.0) if high > low else 45.0
        self.xmin, self.xmax = low - pad, high + pad
        axes_inches = ax.figure.get_figwidth() * ax.get_position().width
        self.per_inch = (self.xmax - self.xmin) / max(axes_inches, 0.1)

    def width(self, text: str, size: float = LABEL_SIZE) -> float:
        """Rough width of ``text`` in date units (DejaVu Sans: about 0.58 em a char)."""
        return len(text) * size * 0.58 / 72 * self.per_inch

    def span(self, x: float, width: float) -> tuple[float, float, str]:
        """(left, right, horizontal alignment) of a centred label at ``x``, kept inside."""
        if x - width / 2 < self.xmin:
            return x, x + width, "left"
        if x + width / 2 > self.xmax:
            return x - width, x, "right"
        return x - width / 2, x + width / 2, "center"

    def fit(self, text: str, room: float) -> str:
        """``text``, shortened with "…" to fit ``room``; "" if not even 4 characters fit."""
        while text and self.width(text) > room:
            text = shorten(text, len(text) - 1) if len(text) > 4 else ""
        return text


def place_labels(
    layout: Layout, labels: list[tuple[float, str]]
) -> list[tuple[int, str, str] | None]:
    """(height index, alignment, text) per label, given in x order, or None if no room.

    A label takes the lowest height where it clears the label before it, centred on
    its marker; failing that, starting at its marker and running right (shortened at
    the right edge). Where neither fits, the marker stays without a label.
    """
    ends = [-math.inf] * len(LEVELS)
    gap = layout.width("  ")
    out: list[tuple[int, str, str] | None] = []
    for x, text in labels:
        left, right, ha = layout.span(x, layout.width(text))
        choice = next(
            ((i, ha, text, right) for i, end in enumerate(ends) if end + gap <= left), None
        )
        if choice is None:
            short = layout.fit(text, layout.xmax - x)
            choice = next(
                (
                    (i, "left", short, x + layout.width(short))
                    for i, end in enumerate(ends)
                    if short and end + gap <= x
                ),
                None,
            )
        if choice is None:
            out.append(None)
            continue
        level, ha, text, right = choice
        ends[level] = right
        out.append((level, ha, text))
    return out
