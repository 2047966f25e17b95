"""What a written workbook looks like on paper, computed from the file alone.

Used by the printout tests: the effective printed font size of a sheet follows from
its page setup (paper, orientation, side margins, a fixed scale or "fit to N pages
wide") and its column widths, independently of the code that wrote it. Also a check
that no cell of a workbook is a formula.
"""

from __future__ import annotations

from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.utils.cell import range_boundaries

#: Paper sizes (points, portrait width x height) by Excel's paperSize code.
PAPER = {9: (595.28, 841.89), 1: (612.0, 792.0)}
DEFAULT_WIDTH = 8.43


def column_points(width: float) -> float:
    """Excel column width (characters of Calibri 11) in points: ``w * 7 + 5`` px."""
    return (width * 7 + 5) * 0.75


def printed_columns(ws) -> range:
    """The column numbers that print: the print area, else the used range."""
    area = ws.print_area
    if area:
        ref = area[0] if isinstance(area, list) else area
        ref = ref.split("!")[-1].replace("$", "")
        min_col, _r, max_col, _r2 = range_boundaries(ref)
        return range(min_col, max_col + 1)
    return range(1, ws.max_column + 1)


def column_width(ws, col: int) -> float:
    dim = ws.column_dimensions.get(get_column_letter(col))
    if dim is not None and dim.width:
        return dim.width
    # a width given for a span of columns ("A:C") is stored under its first letter
    for d in ws.column_dimensions.values():
        if d.min and d.max and d.min <= col <= d.max and d.width:
            return d.width
    return DEFAULT_WIDTH


def scale(ws) -> float:
    """The scale a spreadsheet prints the sheet at (1.0 = 100 %)."""
    setup = ws.page_setup
    fit = ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage
    if not fit:
        return (setup.scale or 100) / 100
    short, long = PAPER[int(setup.paperSize or 9)]
    paper = long if setup.orientation == "landscape" else short
    margins = ws.page_margins
    printable = paper - 72 * ((margins.left or 0.7) + (margins.right or 0.7))
    wide = sum(column_points(column_width(ws, c)) for c in printed_columns(ws))
    pages = setup.fitToWidth if setup.fitToWidth is not None else 1
    by_width = 1.0 if not pages else min(1.0, printable * pages / wide)
    assert setup.fitToHeight == 0, "fitToHeight unset means one page high in Excel"
    return by_width


def smallest_font(ws) -> float:
    """The smallest font size of the printed cells (11, Calibri's default, if unset)."""
    sizes = [
        cell.font.sz or 11.0
        for row in ws.iter_rows()
        for cell in row
        if cell.value is not None and cell.column in printed_columns(ws)
    ]
    return min(sizes, default=11.0)


def printed_font_pt(ws) -> float:
    """The size the smallest text of ``ws`` has on paper, in points."""
    return smallest_font(ws) * scale(ws)


def formula_cells(wb) -> list[str]:
    """``Sheet!A1`` of every formula cell in ``wb`` (read without cached values)."""
    return [
        f"{ws.title}!{cell.coordinate}"
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for cell in row
        if cell.data_type == "f"
    ]


def repeated_columns(ws) -> int:
    """How many leading columns repeat on each printed page (0 if none)."""
    cols = ws.print_title_cols
    if not cols:
        return 0
    last = cols.replace("$", "").split(":")[-1]
    return column_index_from_string(last)
