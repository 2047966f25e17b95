"""Picking a node in the scene: the nearest within the radius, among the mask."""

from __future__ import annotations

import numpy as np

from wba_desktop.views.network.scene import NodeStyle, Scene


def _scene() -> Scene:
    styles = [NodeStyle(i, f"Org {i}", "#336699", 40.0, "") for i in (7, 8, 9)]
    positions = {7: (0.0, 0.0), 8: (10.0, 0.0), 9: (10.5, 0.5)}
    return Scene(styles, positions, [(7, 8, 1.0)])


def test_the_nearest_node_within_the_radius():
    scene = _scene()
    assert scene.nearest(9.0, 0.0, 2.0) == 1
    assert scene.nearest(10.6, 0.6, 2.0) == 2  # the closer of two neighbours
    assert scene.nearest(5.0, 0.0, 2.0) is None  # nothing that close
    assert scene.nearest(0.0, 2.0, 2.0) == 0  # exactly on the radius counts


def test_the_mask_leaves_nodes_out():
    scene = _scene()
    mask = np.array([True, False, True])
    assert scene.nearest(9.9, 0.0, 2.0, mask) == 2
    assert scene.nearest(9.9, 0.0, 0.5, mask) is None


def test_an_empty_scene_has_nothing_to_pick():
    assert Scene([], {}, []).nearest(0.0, 0.0, 5.0) is None
