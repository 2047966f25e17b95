"""The stakeholder matrix from fixed rows: quadrants, counts, stances, spread."""

from __future__ import annotations

import math
from itertools import combinations

import pytest

from wba_desktop.network.matrix import (
    HIGH_FROM,
    INFORM,
    MANAGE,
    MONITOR,
    NO_STANCE,
    SATISFY,
    SPREAD,
    build_matrix,
    quadrant_of,
    spread,
    stance_of,
)


def row(oid, influence, interest, stance="", name=None, kind="Unternehmen"):
    return (oid, name or f"Organisation {oid}", kind, "Harz", influence, interest, stance, "")


@pytest.mark.parametrize(
    ("influence", "interest", "expected"),
    [
        (5, 5, MANAGE), (3, 3, MANAGE),  # the midpoint counts as high
        (3, 2, SATISFY), (5, 1, SATISFY),
        (2, 3, INFORM), (1, 5, INFORM),
        (2, 2, MONITOR), (1, 1, MONITOR),
    ],
)  # fmt: skip
def test_quadrant_boundaries(influence, interest, expected):
    assert HIGH_FROM == 3
    assert quadrant_of(influence, interest) == expected


def test_every_cell_of_the_grid_lands_in_its_quadrant():
    for influence in range(1, 6):
        for interest in range(1, 6):
            q = quadrant_of(influence, interest)
            high_inf, high_int = influence >= 3, interest >= 3
            assert (q in (MANAGE, SATISFY)) == high_inf
            assert (q in (MANAGE, INFORM)) == high_int


def test_counts_unrated_and_stances_from_fixed_rows():
    rows = [
        row(1, 5, 4, "Unterstützend"),
        row(2, 3, 3, "Kritisch"),
        row(3, 4, 1, "Offen"),
        row(4, 2, 5, ""),
        row(5, 1, 2, "Neutral"),
        row(6, 2, 2, "Begeistert"),  # not a stance of the app
        row(7, None, 4, "Offen", name="Zweckverband ohne Einfluss"),
        row(8, 4, None, "", name="Agentur ohne Interesse"),
        row(9, None, None, "", name="Bäckerei ohne alles"),
    ]
    m = build_matrix(rows)
    assert m.counts == {MANAGE: 2, SATISFY: 1, INFORM: 1, MONITOR: 2}
    assert sum(m.counts.values()) == len(m.points) == 6
    assert [u.name for u in m.unrated] == [
        "Agentur ohne Interesse", "Bäckerei ohne alles", "Zweckverband ohne Einfluss",
    ]  # fmt: skip
    assert m.stance_counts == {
        "Unterstützend": 1, "Offen": 1, "Neutral": 1, "Kritisch": 1, NO_STANCE: 2,
    }  # fmt: skip
    assert m.description == "6 von 9 Organisationen nach Einfluss und Interesse eingestuft"
    by_id = {p.id: p for p in m.points}
    assert by_id[2].quadrant == MANAGE and by_id[6].stance == NO_STANCE
    assert stance_of(None) == NO_STANCE and stance_of("Kritisch") == "Kritisch"


def test_dots_with_equal_values_never_sit_on_each_other():
    rows = [row(i, 4, 4, ("Offen", "Kritisch", "")[i % 3]) for i in range(1, 41)]
    rows.append(row(99, 1, 5, "Offen"))
    m = build_matrix(rows)
    cell = [p for p in m.points if (p.influence, p.interest) == (4, 4)]
    assert len(cell) == 40 and m.densest_cell == 40
    for a, b in combinations(cell, 2):
        assert math.dist((a.x, a.y), (b.x, b.y)) > 0.02
    for p in cell:  # inside its own cell
        assert abs(p.x - 4) <= SPREAD and abs(p.y - 4) <= SPREAD
    lone = next(p for p in m.points if p.id == 99)
    assert (lone.x, lone.y) == (5.0, 1.0)  # one alone sits in the middle of its cell
    # deterministic: the same data, the same picture
    again = build_matrix(list(reversed(rows)))
    assert [(p.id, p.x, p.y) for p in again.points] == [(p.id, p.x, p.y) for p in m.points]


def test_a_cell_covers_an_area_in_proportion_to_its_count():
    rows = [row(i, 4, 4) for i in range(1, 101)] + [row(200 + i, 2, 2) for i in range(25)]
    m = build_matrix(rows)

    def reach(inf, itr):
        return max(math.dist((p.x, p.y), (itr, inf)) for p in m.points if p.influence == inf)

    assert reach(2, 2) == pytest.approx(reach(4, 4) / 2, rel=0.1)  # a quarter of the dots


def test_spread_fills_a_disc_evenly():
    offsets = spread(200, 0.4)
    assert len(set(offsets)) == 200
    assert max(math.hypot(x, y) for x, y in offsets) <= 0.4
    assert spread(1) == [(0.0, 0.0)]
