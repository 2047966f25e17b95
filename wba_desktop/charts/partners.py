"""Partners by kind and district for the start page: one horizontal bar per district
(most partners on top), stacked by the kind of organisation in the kinds' colours.

The ``top`` most frequent kinds keep their own colour; the rest are stacked as one grey
„weitere Arten“. Every bar segment carries the ``gid`` ``GID_KIND`` + its kind, so
tests and views can find them. No Qt, no pyplot, no database: plain values in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from wba_desktop.charts.timeline import TEXT_COLOUR
from wba_desktop.text import format as fmt
from wba_desktop.vocab import label as vocab_label

GID_KIND = "kind:"
OTHER_COLOUR = "#c8ccd0"
NO_DISTRICT = "ohne Landkreis"
#: kinds with their own colour at most (the rest as „weitere Arten“)
TOP_KINDS = 6


def draw_partners(
    fig: Figure,
    kinds: Sequence[str],
    colours: Sequence[str],
    districts: Sequence[str],
    counts: Mapping[tuple[str, str], int],
    top: int = TOP_KINDS,
    other_label: str = "weitere Arten",
    no_district: str = NO_DISTRICT,
    empty_text: str = "Noch keine Partner erfasst.",
) -> None:
    """Draw into ``fig`` (cleared first). ``counts[(kind, district)]``; a district ""
    is shown as ``no_district`` („ohne Landkreis“)."""
    fig.clear()
    ax = fig.add_subplot(1, 1, 1)
    if not districts or not counts:
        ax.axis("off")
        ax.text(0.5, 0.5, empty_text, ha="center", va="center", color=TEXT_COLOUR)
        return
    per_kind = {k: sum(counts.get((k, d), 0) for d in districts) for k in kinds}
    ranked = sorted(kinds, key=lambda k: -per_kind[k])
    own = [k for k in ranked[:top] if per_kind[k]]
    rest = [k for k in kinds if k not in own]
    ys = list(range(len(districts)))[::-1]  # the first district (most partners) on top
    left = [0] * len(districts)
    colour_of = dict(zip(kinds, colours, strict=False))
    stacks = [(k, [k], colour_of.get(k, OTHER_COLOUR)) for k in own]
    if rest:
        stacks.append((other_label, rest, OTHER_COLOUR))
    for label, members, colour in stacks:
        widths = [sum(counts.get((k, d), 0) for k in members) for d in districts]
        if not any(widths):
            continue
        bars = ax.barh(ys, widths, left=left, color=colour, label=vocab_label(label), height=0.7)
        for bar in bars:
            bar.set_gid(GID_KIND + label)
        left = [a + b for a, b in zip(left, widths, strict=True)]
    ax.set_yticks(ys, [d or no_district for d in districts], fontsize=8, color=TEXT_COLOUR)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=6))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: fmt.integer(int(x))))
    ax.tick_params(axis="x", labelsize=8, colors=TEXT_COLOUR)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.legend(
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        fontsize=7.5,
        frameon=False,
        borderaxespad=0.0,
    )
