"""The tie texture: what the pixels say, and the same raster whatever the chunk size."""

from __future__ import annotations

import math

import numpy as np

from wba_desktop.views.network.scene import EDGE_RGB, density, density_image


def _pixels(image) -> np.ndarray:
    raw = np.frombuffer(image.constBits(), dtype=np.uint32)
    return raw.reshape(image.height(), image.bytesPerLine() // 4)[:, : image.width()]


def test_one_tie_colours_exactly_its_own_row(qapp):
    xy = np.array([[0.0, 5.0], [10.0, 5.0], [5.0, 9.0]])
    edges = np.array([[0, 1]])
    texture = density_image(xy, edges, np.array([1.0]), (0.0, 0.0, 10.0, 10.0), side=101)
    px = _pixels(texture.image)
    assert texture.image.width() == 101 and texture.image.height() == 101
    row = 50  # y = 5 of 0…10, counted from the top
    alpha = int(200 * (1 - math.exp(-0.35 * 1.0)))
    expected = alpha << 24
    for shift, c in zip((16, 8, 0), EDGE_RGB, strict=True):
        expected |= (c * alpha // 255) << shift
    assert set(px[row].tolist()) == {expected}
    assert not px[np.arange(101) != row].any()
    assert texture.ties == 1


def test_weights_add_up_where_ties_run_together(qapp):
    xy = np.array([[0.0, 5.0], [10.0, 5.0]])
    one = density(xy, np.array([[0, 1]]), np.array([1.0]), (0, 0, 10, 10), (11, 11))
    two = density(xy, np.array([[0, 1], [1, 0]]), np.array([1.0, 4.0]), (0, 0, 10, 10), (11, 11))
    assert one[5].tolist() == [1.0] * 11
    assert np.allclose(two[5], 1.0 + 2.2)  # 0.6 + 0.4 × weight (capped at 4)
    assert not one[np.arange(11) != 5].any()


def test_small_chunks_give_the_same_raster():
    rng = np.random.default_rng(7)
    xy = rng.random((300, 2)) * 50
    edges = rng.integers(0, 300, (900, 2))
    weights = rng.integers(1, 4, 900).astype(float)
    rect, size = (-1.0, -1.0, 51.0, 51.0), (120, 120)
    whole = density(xy, edges, weights, rect, size)
    pieces = density(xy, edges, weights, rect, size, samples=50)
    assert whole.sum() > 0
    assert np.allclose(whole, pieces)
