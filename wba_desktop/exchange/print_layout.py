"""How a sheet prints: on A4, readable (at least 8 pt), with titles on every page.

"Fit to one page wide" is only used when the columns allow it: a list of 25 columns
squeezed onto one landscape page prints at under 3 pt. :func:`plan` computes the
width of the columns in points (Excel measures a column in characters of the default
font, Calibri 11, whose digits are 7 pixels wide at 96 dpi) and compares it with the
printable width of the page. If fitting keeps the text at 8 pt or more, the sheet is
fitted to the page width; otherwise it prints across several pages at a fixed scale
(100, 90 or 80 %, whichever needs the fewest pages), page by page to the right
before going down ("overThenDown"), with the name columns repeated on every page.

:func:`apply` writes that into a sheet of a normal or write-only workbook, with the
title in the header and "Seite x von y" in the footer. :func:`fit_row_heights` gives
rows with wrapped text the height their lines need (Excel fits such rows itself,
LibreOffice does not always; an explicit height looks right in both).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins

from wba_desktop.i18n import _

Orientation = Literal["landscape", "portrait"]

#: A4 in points (1/72 inch): short and long side.
A4_POINTS = (595.28, 841.89)
PAPER_A4 = 9
#: Side margins in inches (Excel's "schmal" is 0.25, its default 0.7).
SIDE_MARGIN = 0.5
DEFAULT_FONT_PT = 11.0
#: Excel's width of a column nobody set (characters).
DEFAULT_WIDTH = 8.43
MIN_PRINTED_PT = 8.0
#: Fixed scales (percent) tried when a sheet is too wide to fit readably.
SCALES = (100, 90, 80)
#: Repeated columns may take at most this share of a page's width.
TITLE_COLUMNS_SHARE = 0.4
#: Height of one line of Calibri 11 in points, and the padding of a row.
LINE_PT, ROW_PADDING_PT = 15.0, 2.0


@dataclass(frozen=True)
class PrintPlan:
    """How a sheet prints: fitted to the page width, or at ``scale`` percent across
    ``pages_across`` pages with the first ``title_columns`` columns repeated."""

    fit_to_width: bool
    scale: float  # the effective scale, 0 < scale <= 1
    pages_across: int
    title_columns: int

    @property
    def printed_font_pt(self) -> float:
        return DEFAULT_FONT_PT * self.scale


def column_points(width: float) -> float:
    """An Excel column width (characters) in points: ``width * 7 + 5`` pixels."""
    return (width * 7 + 5) * 0.75


def printable_width(orientation: Orientation = "landscape", margin: float = SIDE_MARGIN) -> float:
    """The width between the side margins of an A4 page, in points."""
    paper = A4_POINTS[1] if orientation == "landscape" else A4_POINTS[0]
    return paper - 2 * margin * 72


def pages_across(widths: list[float], scale: float, title_columns: int, page: float) -> int:
    """Pages needed side by side at ``scale`` when the first ``title_columns`` columns
    are repeated on each page (greedy, as Excel breaks pages between columns)."""
    room = page / scale
    points = [column_points(w) for w in widths]
    repeated = sum(points[:title_columns])
    pages, used = 1, repeated
    for p in points[title_columns:]:
        if used + p > room and used > repeated:
            pages += 1
            used = repeated
        used += p
    return pages


def plan(
    widths: list[float],
    orientation: Orientation = "landscape",
    title_columns: int = 1,
    font_pt: float = DEFAULT_FONT_PT,
) -> PrintPlan:
    """How to print columns of ``widths`` readably (see the module docstring)."""
    page = printable_width(orientation)
    total = sum(column_points(w) for w in widths) or 1.0
    fit = min(1.0, page / total)
    if fit * font_pt >= MIN_PRINTED_PT:
        return PrintPlan(True, fit, 1, 0)
    points = [column_points(w) for w in widths]
    keep = 0
    while keep < min(title_columns, len(widths) - 1):
        if sum(points[: keep + 1]) > page * TITLE_COLUMNS_SHARE / (SCALES[-1] / 100):
            break
        keep += 1
    best: PrintPlan | None = None
    for percent in SCALES:
        scale = percent / 100
        if scale * font_pt < MIN_PRINTED_PT:
            continue
        n = pages_across(widths, scale, keep, page)
        if best is None or n < best.pages_across:
            best = PrintPlan(False, scale, n, keep)
    assert best is not None  # 100 % always qualifies for the default font
    return best


def header_text(title: str, limit: int = 120) -> str:
    """``title`` for a page header: ``&`` escaped, a long title shortened with "…"."""
    if len(title) > limit:
        title = title[: limit - 1].rstrip() + "…"
    return title.replace("&", "&&")


def apply(
    ws,
    widths: list[float],
    *,
    title: str,
    orientation: Orientation = "landscape",
    title_rows: str | None = "1:1",
    title_columns: int = 1,
) -> PrintPlan:
    """Set up ``ws`` for printing on A4 (see :func:`plan`); ``title_rows`` repeat on
    every page, as do the first ``title_columns`` when the sheet spans pages."""
    chosen = plan(widths, orientation, title_columns)
    setup = ws.page_setup
    setup.orientation = orientation
    setup.paperSize = PAPER_A4
    ws.page_margins = PageMargins(left=SIDE_MARGIN, right=SIDE_MARGIN, top=0.75, bottom=0.75)
    if chosen.fit_to_width:
        setup.fitToWidth = 1
        setup.fitToHeight = 0  # as many pages down as needed (Excel's default is 1)
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    else:
        ws.sheet_properties.pageSetUpPr.fitToPage = False
        setup.scale = round(chosen.scale * 100)
        setup.pageOrder = "overThenDown"
        if chosen.title_columns:
            ws.print_title_cols = f"A:{get_column_letter(chosen.title_columns)}"
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddHeader.center.text = header_text(title)
    ws.oddFooter.right.text = _("Seite &P von &N")
    return chosen


def column_width(ws, column: int) -> float:
    """The width of column number ``column`` (Excel's default if none is set),
    without creating a column entry as ``ws.column_dimensions[...]`` would."""
    dim = ws.column_dimensions.get(get_column_letter(column))
    return dim.width if dim is not None and dim.width else DEFAULT_WIDTH


def wrapped_lines(text: str, width: float) -> int:
    """Lines ``text`` takes in a wrapping column of ``width`` characters: words are
    packed greedily, a word longer than a line (an e-mail address) is broken."""
    per_line = max(int(width * 0.95), 4)
    lines = 0
    for paragraph in str(text).split("\n"):
        used = 0
        count = 1
        for word in paragraph.split(" "):
            size = len(word)
            if used and used + 1 + size <= per_line:
                used += 1 + size
                continue
            if used:
                count += 1
            count += max(0, math.ceil(size / per_line) - 1)
            used = size % per_line or (per_line if size else 0)
        lines += count
    return max(lines, 1)


def fit_row_heights(ws, first_row: int = 1, minimum: float | None = None) -> None:
    """Give rows (of a normal sheet) the height their wrapped text needs, at least
    ``minimum`` points if given; rows that need one line keep Excel's default."""
    for row in ws.iter_rows(min_row=first_row):
        lines = 1
        for cell in row:
            if not isinstance(cell.value, str) or not cell.alignment.wrap_text:
                continue
            width = column_width(ws, cell.column)
            lines = max(lines, wrapped_lines(cell.value, width))
        height = LINE_PT * lines + ROW_PADDING_PT if lines > 1 else None
        if minimum is not None:
            height = max(height or 0, minimum)
        if height is not None:
            ws.row_dimensions[row[0].row].height = height
