"""Reading a sheet row by row keeps the cells where the user sees them; ``paused_gc``.

``read_rows`` takes the rows from calamine one at a time (``to_python`` would hold the
GIL for the whole sheet and freeze the window); a sheet that starts below and right of
A1 must still come out at its real coordinates. ``paused_gc`` pauses the collector and
freezes what was made meanwhile, so no collection scans it all at once afterwards.
"""

from __future__ import annotations

import gc

import pytest
from openpyxl import Workbook

from wba_desktop.exchange.bulk import paused_gc
from wba_desktop.exchange.spreadsheet import read_rows


def _offset_sheet(path):
    wb = Workbook()
    ws = wb.active
    ws["C3"] = "Name"
    ws["D3"] = "Ort"
    ws["C4"] = "  Änne Mühlberg "
    ws["D4"] = "Köthen"
    ws["C5"] = 7.0
    ws["E6"] = "rechts"
    ws["B4"] = "Verbund"  # merged down over B4:B6
    ws.merge_cells("B4:B6")
    wb.save(path)
    return path


def test_cells_keep_their_coordinates_when_the_sheet_starts_at_c3(tmp_path):
    rows = read_rows(_offset_sheet(tmp_path / "versetzt.xlsx"))

    assert len(rows) == 6
    assert all(len(row) == 5 for row in rows)
    assert rows[0] == [None] * 5 and rows[1] == [None] * 5
    assert rows[2] == [None, None, "Name", "Ort", None]
    assert rows[3] == [None, "Verbund", "Änne Mühlberg", "Köthen", None]
    assert rows[4][1:3] == ["Verbund", 7]  # merged value carried down; 7.0 -> 7
    assert rows[5] == [None, "Verbund", None, None, "rechts"]


def test_an_empty_sheet_gives_no_rows(tmp_path):
    wb = Workbook()
    wb.active.title = "Leer"
    wb.save(tmp_path / "leer.xlsx")

    assert read_rows(tmp_path / "leer.xlsx") == []


@pytest.mark.parametrize("limit", [1, 3])
def test_more_rows_than_allowed_are_refused(tmp_path, limit):
    from wba_desktop.exchange.filecheck import ImportFileError

    wb = Workbook()
    for r in range(1, 6):
        wb.active.cell(r, 1, f"Zeile {r}")
    wb.save(tmp_path / "lang.xlsx")

    with pytest.raises(ImportFileError, match="Zeilen"):
        read_rows(tmp_path / "lang.xlsx", max_rows=limit)
    assert len(read_rows(tmp_path / "lang.xlsx", max_rows=5)) == 5


def test_paused_gc_freezes_what_was_made_and_runs_again_after_the_last_pause():
    assert gc.isenabled()
    frozen_before = gc.get_freeze_count()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            made = [[i] for i in range(1000)]
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen_before + len(made)
    assert gc.get_count()[0] < 100  # nothing left for a young collection to scan


def test_paused_gc_as_a_decorator():
    seen = []

    @paused_gc()
    def work():
        seen.append(gc.isenabled())

    work()
    work()
    assert seen == [False, False]
    assert gc.isenabled()


def test_paused_gc_leaves_a_collector_switched_off_by_someone_else_off():
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_reading_a_sheet_runs_without_the_collector(tmp_path, monkeypatch):
    from wba_desktop.exchange import spreadsheet

    seen = []
    real = spreadsheet._sheet_rows

    def watched(ws, limit):
        seen.append(gc.isenabled())
        return real(ws, limit)

    monkeypatch.setattr(spreadsheet, "_sheet_rows", watched)
    rows = read_rows(_offset_sheet(tmp_path / "versetzt.xlsx"))

    assert seen == [False] and len(rows) == 6
    assert gc.isenabled()
