"""District names on the map: split into lines, placed so that none overlaps another
or leaves the drawing area.

Works in any coordinate system with y growing downwards (screen pixels; the
matplotlib export converts): the caller measures each label (width, height) with
its own font metrics, this module only decides where the boxes go.
"""

from __future__ import annotations

from collections.abc import Sequence

Box = tuple[float, float, float, float]  # left, top, right, bottom

#: a name longer than this is broken at a space or hyphen
LINE_LENGTH = 13


def label_lines(name: str) -> list[str]:
    """The name in at most two balanced lines ("Altmarkkreis" / "Salzwedel",
    "Mansfeld-" / "Südharz"); short names stay on one line."""
    if len(name) <= LINE_LENGTH:
        return [name]
    cuts = [i + 1 for i, ch in enumerate(name) if ch == " "] + [
        i + 1 for i, ch in enumerate(name) if ch == "-"
    ]
    if not cuts:
        return [name]
    best = min(cuts, key=lambda i: abs(len(name) / 2 - i))
    return [name[:best].rstrip(), name[best:].strip()]


def _overlap(a: Box, b: Box) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _fit(box: Box, bounds: Box) -> Box:
    """Shift ``box`` into ``bounds`` (it keeps its size)."""
    dx = max(0.0, bounds[0] - box[0]) - max(0.0, box[2] - bounds[2])
    dy = max(0.0, bounds[1] - box[1]) - max(0.0, box[3] - bounds[3])
    return (box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy)


def place_labels(
    anchors: Sequence[tuple[float, float]],
    sizes: Sequence[tuple[float, float]],
    bounds: Box,
    order: Sequence[int] | None = None,
    gap: float = 2.0,
    obstacles: Sequence[Box] = (),
) -> list[Box]:
    """A box per label, centred on its anchor where it fits, else moved to the nearest
    free place around it; always inside ``bounds`` and off the ``obstacles`` (a legend).
    ``order`` gives the labels that choose first (those with the least room, e.g. the
    small cities)."""
    order = list(order) if order is not None else list(range(len(anchors)))
    placed: dict[int | str, Box] = {f"obstacle{i}": box for i, box in enumerate(obstacles)}
    for i in order:
        (x, y), (w, h) = anchors[i], sizes[i]
        best: tuple[float, float, Box] | None = None
        for dx, dy in _candidates(w, h):
            cx, cy = x + dx, y + dy
            box = _fit((cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2), bounds)
            grown = (box[0] - gap, box[1] - gap, box[2] + gap, box[3] + gap)
            clash = sum(_overlap(grown, other) for other in placed.values())
            distance = abs(dx) + abs(dy)
            if best is None or (clash, distance) < best[:2]:
                best = (clash, distance, box)
            if clash == 0:
                break
        placed[i] = best[2]
    return [placed[i] for i in range(len(anchors))]


def _candidates(w: float, h: float) -> list[tuple[float, float]]:
    """Offsets to try, nearest first: centred, then above/below/beside, further out."""
    out = [(0.0, 0.0)]
    for ring in (0.6, 1.1, 1.7, 2.4):
        out += [
            (0.0, -h * ring), (0.0, h * ring), (w * 0.6 * ring, 0.0), (-w * 0.6 * ring, 0.0),
            (w * 0.45 * ring, -h * ring), (-w * 0.45 * ring, -h * ring),
            (w * 0.45 * ring, h * ring), (-w * 0.45 * ring, h * ring),
        ]  # fmt: skip
    return out
