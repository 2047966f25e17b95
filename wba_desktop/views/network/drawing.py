"""Everything the canvas needs for one picture, prepared off the GUI thread.

Styling 20,000 organisations, collecting 55,000 ties into arrays and the
group bubbles take a good part of a second in Python: ``make_drawing`` does
it in a worker (it creates no widgets and no QObjects), and the GUI thread only
hands the result to the canvas (``NetworkCanvas.show_drawing``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QT_TR_NOOP

from wba_desktop.network.graph import GraphResult
from wba_desktop.network.referral_ties import REFERRAL_COLOUR, REFERRAL_KIND
from wba_desktop.text import format as fmt
from wba_desktop.views.network import lod
from wba_desktop.views.network.scene import Scene
from wba_desktop.views.network.styling import (
    NodeTips,
    group_keys,
    legend_for,
    person_styles,
    style_nodes,
)

EMPTY_TEXT = QT_TR_NOOP("Keine Organisation passt zu diesen Filtern.")


@dataclass
class Drawing:
    scene: Scene
    legend: list[tuple[str, str]]
    #: one group name per node and a colour per group (None: no grouping)
    grouping: tuple[list[str], dict[str, str]] | None
    groups: lod.Groups | None
    empty_text: str


def make_drawing(result: GraphResult, positions, state, metrics) -> Drawing:
    """The scene of ``result`` coloured, sized and grouped as ``state`` (a
    ``PanelState``) says."""
    g = result.graph
    styles = style_nodes(g, state.colour_by, state.size_by, metrics)
    edges = [(u, v, float(d.get("weight", 1.0))) for u, v, d in g.edges(data=True)]
    people = result.people_layer
    if people is not None:
        styles += person_styles(people)
        edges += [
            (u, v, 0.5) for u, v in people.edges() if isinstance(u, str) or isinstance(v, str)
        ]
    scene = Scene(styles, positions, edges)
    scene.tips = NodeTips(g, metrics, people)
    grouping = group_keys(g, styles, state.group_by, metrics)
    groups = None
    if grouping is not None and len(scene):
        groups = lod.build_groups(grouping[0], grouping[1], scene.xy)
    legend = legend_for(g, state.colour_by, metrics)
    referred = _mark_referrals(g, scene)
    if referred:
        legend.append((f"Vermittlungen ({fmt.integer(referred)} Partner)", REFERRAL_COLOUR))
    return Drawing(scene, legend, grouping, groups, EMPTY_TEXT if not len(g) else "")


def _mark_referrals(g, scene: Scene) -> int:
    """Mark the ties of the layer „Vermittlungen“ for their own colour; how many."""
    pairs = {
        frozenset((u, v)) for u, v, d in g.edges(data=True) if REFERRAL_KIND in d.get("kinds", ())
    }
    if not pairs or not len(scene.edges):
        return 0
    ids = scene.ids
    scene.accent = np.fromiter(
        (frozenset((ids[a], ids[b])) in pairs for a, b in scene.edges.tolist()),
        dtype=bool,
        count=len(scene.edges),
    )
    scene.accent_colour = REFERRAL_COLOUR
    return int(scene.accent.sum())
