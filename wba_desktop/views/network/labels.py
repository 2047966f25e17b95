"""Label placement for the network canvas: the most important first, never overlapping,
never cut at the edge.

Greedy: candidates come sorted by importance; each tries a few spots around its node
(above, below, right, left), is shifted inside the canvas when it sticks out, and is
kept only when its rectangle hits no label placed before. A screen-space occupancy
grid (cells of ``CELL`` pixels holding the rectangles that touch them) makes each
test look at a few neighbours instead of every placed label. No Qt: the canvas
measures the texts and draws the result; tests check the rectangles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

CELL = 32
GAP = 2.0  # pixels between a label and its node


@dataclass(frozen=True)
class Candidate:
    key: object
    text: str
    x: float  # the node's centre, pixels
    y: float
    radius: float  # the node's radius, pixels


@dataclass(frozen=True)
class Placed:
    key: object
    text: str
    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    def overlaps(self, other: Placed) -> bool:
        return not (
            self.right <= other.left
            or other.right <= self.left
            or self.bottom <= other.top
            or other.bottom <= self.top
        )


class OccupancyGrid:
    """Rectangles already taken, bucketed by grid cell."""

    def __init__(self, cell: int = CELL) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[Placed]] = {}

    def _keys(self, r: Placed):
        c = self.cell
        for gx in range(int(r.left // c), int(r.right // c) + 1):
            for gy in range(int(r.top // c), int(r.bottom // c) + 1):
                yield gx, gy

    def free(self, r: Placed) -> bool:
        return not any(r.overlaps(o) for k in self._keys(r) for o in self.cells.get(k, ()))

    def take(self, r: Placed) -> None:
        for k in self._keys(r):
            self.cells.setdefault(k, []).append(r)


def _inside(left, top, w, h, width, height, margin=2.0):
    """Shift a rectangle into the canvas; None when it cannot fit at all."""
    if w > width - 2 * margin or h > height - 2 * margin:
        return None
    left = min(max(left, margin), width - margin - w)
    top = min(max(top, margin), height - margin - h)
    return left, top


def place_labels(
    candidates: Iterable[Candidate],
    measure: Callable[[str], tuple[float, float]],
    width: float,
    height: float,
    limit: int = 40,
    taken: Iterable[Placed] = (),
) -> list[Placed]:
    """Place up to ``limit`` labels, in the order given (most important first).

    ``measure(text)`` gives (width, height) in pixels; ``taken`` are areas already
    used (e.g. group labels). A label that cannot go anywhere is skipped.
    """
    grid = OccupancyGrid()
    for r in taken:
        grid.take(r)
    placed: list[Placed] = []
    for c in candidates:
        if len(placed) >= limit:
            break
        w, h = measure(c.text)
        spots = (
            (c.x - w / 2, c.y - c.radius - GAP - h),  # above
            (c.x - w / 2, c.y + c.radius + GAP),  # below
            (c.x + c.radius + GAP, c.y - h / 2),  # right
            (c.x - c.radius - GAP - w, c.y - h / 2),  # left
        )
        for left, top in spots:
            shifted = _inside(left, top, w, h, width, height)
            if shifted is None:
                break
            rect = Placed(c.key, c.text, shifted[0], shifted[1], w, h)
            if grid.free(rect):
                grid.take(rect)
                placed.append(rect)
                break
    return placed
