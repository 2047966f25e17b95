"""The network's labels in English: gap cells, the gap table's headings, map classes
and legends, the matrix's count; the statuses the code compares stay German."""

from __future__ import annotations

import pytest

from tests.unit.network.test_gaps import _network
from wba_desktop import i18n
from wba_desktop.network.gaps import MISSING, PRESENT, UNCONNECTED, GapCell, gap_table
from wba_desktop.network.map_classes import ColourClass, classify
from wba_desktop.services.events.checklist import relative


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("de")


def test_gap_table_in_english(english):
    table = gap_table(_network(), groups=["Stendal", "Harz", "Börde"])
    stendal = table.cell("Stendal", "Kammer")  # columns are addressed by their German
    assert stendal.status == PRESENT and stendal.text == "present (1)"
    assert table.cell("Stendal", "Gewerkschaft").status == UNCONNECTED
    assert table.cell("Stendal", "Gewerkschaft").text == "not connected"
    assert table.cell("Börde", "Kammer").status == MISSING
    assert table.cell("Börde", "Kammer").text == "missing"
    header, *_lines = table.as_rows()
    assert header[:3] == ["District", "Chamber", "Trade union"]
    assert "Employment agency/job centre" in header
    assert "Trade union: not connected" in table.gaps_of("Stendal")
    covered = GapCell((), (), covering=(5, 6, 7), covering_names=("IHK A", "HWK B", "C"))
    assert covered.text == "present through service area: IHK A, HWK B and 1 more"
    assert covered.short_text == "through service area (3)"


def test_map_classes_and_checklist_offsets_in_english(english):
    gaps = classify([0, 1, 2, 3, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0], "gaps")
    assert (gaps.title, gaps.note) == (
        "Gaps",
        "Kinds of multiplier that are missing or not connected",
    )
    assert ColourClass(5, None, "#993404").label == "5 and more"
    assert classify([3] * 14, "verbuende").title == "Active training networks"
    assert [relative(-42), relative(-1), relative(0), relative(3)] == [
        "6 weeks before",
        "1 day before",
        "on the day",
        "3 days after",
    ]


def test_german_is_unchanged():
    covered = GapCell((), (), covering=(5, 6), covering_names=("IHK A", "HWK B"))
    assert covered.text == "vorhanden über Zuständigkeit: IHK A und HWK B"
    assert ColourClass(5, None, "#993404").label == "5 und mehr"
    assert relative(-7) == "1 Woche vorher"
