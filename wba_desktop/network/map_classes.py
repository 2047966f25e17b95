"""Choropleth classes: which colour a district gets for its number, and the legend.

Counts (partners, Verbünde, events, inquiries) get up to five classes with round upper bounds
from the quantiles of the 14 numbers (a district without any keeps its own lightest
class, "0"); gaps get fixed classes (0, 1, 2, 3–4, 5 und mehr) so that the colours
mean the same on every map. Colours are ColorBrewer's sequential schemes (Blues,
Greens, Purples, Oranges for inquiries; for gaps a calm green for "keine" and YlOrRd for the rest).
Labels use German number formatting ("1.001–2.500"); titles, notes and labels are
marked German and read in the language in use (:mod:`wba_desktop.i18n`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from wba_desktop.i18n import N_, _
from wba_desktop.text import format as fmt

MEASURES: dict[str, str] = {
    "partners": N_("Partner"),
    "verbuende": N_("Aktive Verbünde"),
    "events": N_("Veranstaltungen (12 Monate)"),
    "gaps": N_("Lücken"),
    "anfragen": N_("Anfragen"),
}
#: what the legend says under its title
MEASURE_NOTES: dict[str, str] = {
    "partners": N_("aktive Organisationen mit Sitz im Landkreis"),
    "verbuende": N_("Verbünde in Konstituierung, aktiv oder in Verstetigung"),
    "events": N_("Veranstaltungen der letzten 12 Monate (ohne abgesagte)"),
    "gaps": N_("Arten von Multiplikatoren, die fehlen oder nicht vernetzt sind"),
    "anfragen": N_("Anfragen an die Lotsen der letzten 12 Monate (nach Landkreis der Anfrage)"),
}
NO_DATA_COLOUR = "#e4e4e0"
NO_DATA_LABEL = N_("nicht ausgewählt")

_PALETTES = {
    "partners": ("#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6",
                 "#2171b5", "#08519c", "#08306b"),
    "verbuende": ("#f7fcf5", "#e5f5e0", "#c7e9c0", "#a1d99b", "#74c476", "#41ab5d",
                  "#238b45", "#006d2c", "#00441b"),
    "events": ("#fcfbfd", "#efedf5", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba",
               "#6a51a3", "#54278f", "#3f007d"),
    "anfragen": ("#fff5eb", "#fee6ce", "#fdd0a2", "#fdae6b", "#fd8d3c", "#f16913",
                 "#d94801", "#a63603", "#7f2704"),
}  # fmt: skip
GAP_CLASSES = ((0, 0, "#e5f5e0"), (1, 1, "#fee391"), (2, 2, "#fec44f"), (3, 4, "#ec7014"),
               (5, None, "#993404"))  # fmt: skip
MAX_CLASSES = 5


@dataclass(frozen=True)
class ColourClass:
    low: int
    #: None: no upper bound ("und mehr")
    high: int | None
    colour: str

    @property
    def label(self) -> str:
        if self.high is None:
            return _("{low} und mehr").format(low=fmt.integer(self.low))
        if self.high == self.low:
            return fmt.integer(self.low)
        return f"{fmt.integer(self.low)}–{fmt.integer(self.high)}"

    def holds(self, value: float) -> bool:
        return value >= self.low and (self.high is None or value <= self.high)


@dataclass(frozen=True)
class Classification:
    measure: str
    classes: tuple[ColourClass, ...]

    @property
    def title(self) -> str:
        return _(MEASURES[self.measure])

    @property
    def note(self) -> str:
        return _(MEASURE_NOTES[self.measure])

    def index_of(self, value: float | None) -> int | None:
        if value is None:
            return None
        for i, c in enumerate(self.classes):
            if c.holds(value):
                return i
        return len(self.classes) - 1 if self.classes else None

    def colour_of(self, value: float | None) -> str:
        i = self.index_of(value)
        return NO_DATA_COLOUR if i is None else self.classes[i].colour

    def legend(self) -> list[tuple[str, str]]:
        """(colour, label) per class, lowest first."""
        return [(c.colour, c.label) for c in self.classes]


def classify(values: Sequence[float | None], measure: str) -> Classification:
    """The classes for the districts' ``values`` (None: district not shown)."""
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}")
    if measure == "gaps":
        return Classification(measure, tuple(ColourClass(lo, hi, c) for lo, hi, c in GAP_CLASSES))
    palette = _PALETTES[measure]
    shown = sorted(int(v) for v in values if v is not None)
    positive = [v for v in shown if v > 0]
    if not positive:
        return Classification(measure, (ColourClass(0, 0, palette[1]),))
    uppers = _upper_bounds(positive, MAX_CLASSES - (1 if shown[0] == 0 else 0))
    lows = [positive[0], *(u + 1 for u in uppers[:-1])]
    k = len(uppers) + (1 if shown[0] == 0 else 0)
    colours = _spread(palette, k)
    classes = [ColourClass(lo, hi, "") for lo, hi in zip(lows, uppers, strict=True)]
    if shown[0] == 0:
        classes.insert(0, ColourClass(0, 0, ""))
        if classes[1].low > 1:
            classes[1] = ColourClass(1, classes[1].high, "")
    return Classification(
        measure,
        tuple(
            ColourClass(c.low, c.high, colour) for c, colour in zip(classes, colours, strict=True)
        ),
    )


def _upper_bounds(positive: list[int], slots: int) -> list[int]:
    """Round upper bounds at the quantiles; the last is the largest value itself."""
    distinct = sorted(set(positive))
    if len(distinct) <= slots:
        return distinct
    n = len(positive)
    bounds: list[int] = []
    for q in range(1, slots):
        raw = positive[min(n - 1, math.ceil(q * n / slots) - 1)]
        nice = _nice(raw)
        if (not bounds or nice > bounds[-1]) and nice < positive[-1]:
            bounds.append(nice)
    bounds.append(positive[-1])
    return bounds


def _nice(x: int) -> int:
    """``x`` rounded up to a round number: a multiple of 5 below 100, else to two
    significant digits (1.250 -> 1.300); numbers up to 10 stay as they are."""
    if x <= 10:
        return x
    step = 5 if x < 100 else 10 ** (math.floor(math.log10(x)) - 1)
    return int(math.ceil(x / step) * step)


def _spread(palette: Sequence[str], k: int) -> list[str]:
    """``k`` colours from a 9-step scheme, skipping its nearly white first step."""
    if k == 1:
        return [palette[4]]
    return [palette[round(1 + i * 6 / (k - 1))] for i in range(k)]


def text_colour(fill: str) -> str:
    """Black or white, whichever reads better on ``fill`` (relative luminance)."""
    r, g, b = (int(fill[i : i + 2], 16) / 255 for i in (1, 3, 5))

    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    luminance = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    return "#ffffff" if luminance < 0.3 else "#1d1d1b"
