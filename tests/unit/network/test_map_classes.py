"""Colour classes of the map and the placing of the district names."""

from __future__ import annotations

import pytest

from wba_desktop.network.map_classes import NO_DATA_COLOUR, classify, text_colour
from wba_desktop.network.map_labels import label_lines, place_labels


def test_counts_get_round_quantile_classes_with_german_numbers():
    values = [1203, 1300, 1400, 1500, 1420, 1390, 1600, 1700, 1800, 1200, 2400, 3100, 1250, 1320]
    c = classify(values, "partners")
    assert [label for _colour, label in c.legend()] == [
        "1.200–1.300", "1.301–1.400", "1.401–1.500", "1.501–1.800", "1.801–3.100",
    ]  # fmt: skip
    colours = [colour for colour, _label in c.legend()]
    assert colours == ["#deebf7", "#c6dbef", "#6baed6", "#2171b5", "#08519c"]
    assert c.colour_of(1200) == colours[0] and c.colour_of(1300) == colours[0]
    assert c.colour_of(1301) == colours[1]
    assert c.colour_of(3100) == colours[-1]
    assert c.colour_of(None) == NO_DATA_COLOUR


def test_zero_keeps_its_own_class_and_small_counts_stay_exact():
    c = classify([0, 0, 1, 2, 0, 0, 0, 0, 1, 0, 2, 0, 0, 1], "verbuende")
    assert [label for _c, label in c.legend()] == ["0", "1", "2"]
    assert len({colour for colour, _l in c.legend()}) == 3
    c = classify([0, 3, 5, 8, 12, 40, 120, 300, 1000, 1, 2, 0, 4, 9], "events")
    assert [label for _c, label in c.legend()] == ["0", "1–3", "4–8", "9–40", "41–1.000"]
    assert classify([None] * 14, "partners").colour_of(None) == NO_DATA_COLOUR
    assert [label for _c, label in classify([0] * 14, "partners").legend()] == ["0"]


def test_gaps_have_fixed_classes():
    c = classify([0, 1, 1, 3], "gaps")
    assert [label for _c, label in c.legend()] == ["0", "1", "2", "3–4", "5 und mehr"]
    assert c.colour_of(0) == "#e5f5e0"
    assert c.colour_of(4) == c.colour_of(3) != c.colour_of(2)
    assert c.colour_of(7) == "#993404"
    with pytest.raises(ValueError):
        classify([1], "einwohner")


def test_text_stays_readable_on_dark_fills():
    assert text_colour("#08519c") == "#ffffff"
    assert text_colour("#deebf7") == "#1d1d1b"


def test_long_names_break_into_two_lines():
    assert label_lines("Harz") == ["Harz"]
    assert label_lines("Altmarkkreis Salzwedel") == ["Altmarkkreis", "Salzwedel"]
    assert label_lines("Mansfeld-Südharz") == ["Mansfeld-", "Südharz"]


def _overlap(a, b) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def test_labels_never_overlap_and_stay_inside():
    # three labels wanting the same spot, one at the very edge, a legend in the corner
    anchors = [(100, 100), (102, 101), (98, 99), (5, 195)]
    sizes = [(60, 30)] * 4
    bounds = (0, 0, 300, 200)
    legend = (220, 0, 300, 80)
    boxes = place_labels(anchors, sizes, bounds, obstacles=[legend])
    for i, a in enumerate(boxes):
        assert bounds[0] <= a[0] and a[2] <= bounds[2] and bounds[1] <= a[1] and a[3] <= bounds[3]
        assert not _overlap(a, legend)
        for b in boxes[i + 1 :]:
            assert not _overlap(a, b)
    assert boxes[0] == (70, 85, 130, 115)  # the first keeps its own place
