"""Excel (.xlsx) as users expect it, streamed with openpyxl's write-only workbook.

Each table becomes a sheet with a bold, frozen header row, an autofilter over the
data, column widths fitted to the header and the first rows, real date cells shown
TT.MM.JJJJ (TT.MM.JJJJ HH:MM for times) and decimals as numbers with three places
("decimal" columns). A last sheet "Info" says what was exported, with which filter,
when and how many rows (portrait, both columns on one page width, long values
wrapped). Text goes through :mod:`safety`: formula-like text
is written as a string cell with ``quotePrefix`` so Excel keeps it text, also when
edited; text longer than its column wraps instead of being cut off. Printed, a sheet
is fitted to the page width only where the text stays at 8 pt or more; wider lists
print across pages with the name column repeated (:mod:`print_layout`).

Rows are written as they come (a write-only sheet holds none of them), so 100,000
records need little memory; only the first ``SAMPLE_ROWS`` are held to fit the
column widths, which a write-only sheet needs before its first row.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import datetime
from itertools import chain, islice
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter

from wba_desktop import APP_NAME, __version__
from wba_desktop.exchange import print_layout, safety, xml_buffer
from wba_desktop.exchange.table import (
    REPORT_EVERY,
    Cancel,
    ExportCancelled,
    ExportColumn,
    ExportTable,
    Progress,
    atomic_file,
    cancelled,
    report,
    sheet_name,
)
from wba_desktop.i18n import _

log = logging.getLogger(__name__)
xml_buffer.install()  # the window keeps running while a sheet is written

DATE_FORMAT = "DD.MM.YYYY"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM"
#: three decimals; Excel writes the decimal separator of the user's locale ("0,432")
DECIMAL_FORMAT = "0.000"
SAMPLE_ROWS = 2000
MIN_WIDTH, MAX_WIDTH = 6.0, 60.0
INFO_SHEET = "Info"
_FIXED_WIDTH = {"date": 10, "datetime": 16, "decimal": 8}
_BOLD = Font(name="Calibri", size=11, bold=True)  # the default font, bold
_TOP = Alignment(vertical="top", wrap_text=True)


def _text_width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, str):
        return max(map(len, value.split("\n"))) if "\n" in value else len(value)
    return len(str(value))


def fit_widths(columns: list[ExportColumn], sample: list[list[Any]]) -> list[float]:
    """Widths in Excel character units: the longest of header and sampled values."""
    widths = []
    for i, col in enumerate(columns):
        fixed = _FIXED_WIDTH.get(col.kind)
        longest = fixed or max((_text_width(row[i]) for row in sample), default=0)
        header = len(col.header) * 1.1 + 3  # bold, plus the autofilter button
        widths.append(round(min(MAX_WIDTH, max(MIN_WIDTH, longest + 2, header)), 1))
    return widths


class _RowPreparer:
    """Turns a row of values into what ``ws.append`` takes, at little cost per cell.

    Date and decimal cells are styled cells; one per column is reused for every row (openpyxl
    writes a row completely inside ``append``). Plain text passes through unless it
    needs the guard of :mod:`safety` (formula-like, or characters XML cannot carry)
    or is longer than its column, which then wraps instead of being cut off.
    """

    def __init__(self, ws, columns: list[ExportColumn], widths: list[float] | None = None) -> None:
        self.ws = ws
        self.text_idx = [i for i, c in enumerate(columns) if c.kind == "text"]
        self.formatted_cells = []
        #: per text column: the length above which a value wraps (None: never)
        self.wrap_at: dict[int, int | None] = dict.fromkeys(self.text_idx)
        if widths is not None:
            for i in self.text_idx:
                self.wrap_at[i] = max(int(widths[i]), 1)
        formats = {"date": DATE_FORMAT, "datetime": DATETIME_FORMAT, "decimal": DECIMAL_FORMAT}
        for i, c in enumerate(columns):
            if c.kind in formats:
                cell = WriteOnlyCell(ws)
                cell.number_format = formats[c.kind]
                self.formatted_cells.append((i, cell))

    def _wrapped(self, value: Any) -> Cell:
        cell = value if isinstance(value, Cell) else safety.put(WriteOnlyCell(self.ws), value)
        cell.alignment = _TOP
        return cell

    def __call__(self, row: list[Any]) -> list[Any]:
        for i in self.text_idx:
            v = row[i]
            if v.__class__ is str:
                if not v:
                    row[i] = None  # no cell at all: smaller and faster than an empty one
                    continue
                if safety.needs_care(v):
                    row[i] = v = safety.xlsx_value(self.ws, v)
                limit = self.wrap_at[i]
                if limit is not None and len(getattr(v, "value", v)) > limit:
                    row[i] = self._wrapped(v)
        for i, cell in self.formatted_cells:
            v = row[i]
            if v is not None:
                cell.value = v
                row[i] = cell
        return row


def _header(ws, headers: list[str]) -> list[Cell]:
    cells = []
    for text in headers:
        cell = safety.put(WriteOnlyCell(ws), text)
        cell.font = _BOLD
        cells.append(cell)
    return cells


#: Keys of the columns that name a row; the leading ones repeat on printed pages.
NAME_KEYS = frozenset({"salutation", "title", "first_name", "last_name"})
#: Keys of a column that names a row by itself ("Name": "Nachname, Vorname").
FULL_NAME_KEYS = frozenset({"name", "person", "organisation", "source"})


def title_columns(columns: list[ExportColumn], most: int = 3) -> int:
    """How many leading columns name the row: a full name column alone, else the
    leading parts of a name (Anrede, Titel, Vorname, Nachname); at least one."""
    if columns and columns[0].key in FULL_NAME_KEYS:
        return 1
    n = 0
    while n < min(most, len(columns)) and columns[n].key in NAME_KEYS:
        n += 1
    return max(n, 1)


def print_setup(ws, columns: list[ExportColumn], widths: list[float], title: str) -> None:
    """Printed: A4 landscape, readable (fitted to the page width only where the text
    stays at 8 pt or more, else across pages with the name columns repeated), the
    header row on every page, the title above and page numbers below."""
    print_layout.apply(ws, widths, title=title, title_columns=title_columns(columns))


def _write_table(
    wb: Workbook,
    table: ExportTable,
    taken: list[str],
    step: Callable[[int, str], None],
) -> int:
    name = sheet_name(table.sheet_name, taken)
    taken.append(name)
    ws = wb.create_sheet(name)
    rows = iter(table.rows)
    sample = list(islice(rows, SAMPLE_ROWS))
    widths = fit_widths(table.columns, sample)
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    print_setup(ws, table.columns, widths, table.title)
    ws.append(_header(ws, table.headers))
    prepare = _RowPreparer(ws, table.columns, widths)
    append = ws.append
    done = 0
    for row in chain(sample, rows):
        append(prepare(list(row)))
        done += 1
        if done % REPORT_EVERY == 0:
            step(done, table.title)
    sample.clear()
    last = get_column_letter(max(len(table.columns), 1))
    ws.auto_filter = AutoFilter(ref=f"A1:{last}{done + 1}")
    return done


#: Widths of the Info sheet's columns: both fit on a portrait page at 100 %.
INFO_WIDTHS = (24.0, 70.0)


def _write_info(
    wb: Workbook, title: str, info: list[tuple[str, str]], counts: list[tuple[str, int]]
) -> None:
    ws = wb.create_sheet(INFO_SHEET)
    for letter, width in zip("AB", INFO_WIDTHS, strict=True):
        ws.column_dimensions[letter].width = width
    print_layout.apply(ws, list(INFO_WIDTHS), title=title, orientation="portrait", title_rows=None)
    now = datetime.now().strftime("%d.%m.%Y %H:%M")
    lines: list[tuple[str, Any]] = [(_("Export"), title)]
    lines += list(info)
    lines += [
        (_("Zeilen „{sheet}“").format(sheet=name) if len(counts) > 1 else _("Zeilen"), n)
        for name, n in counts
    ]
    lines += [(_("Exportiert am"), now), (_("Erstellt mit"), f"{APP_NAME} {__version__}")]
    for label, value in lines:
        # the callers' labels are German words; those in the catalog read translated
        label_cell = safety.put(WriteOnlyCell(ws), _(label))
        label_cell.font = _BOLD
        label_cell.alignment = _TOP
        value_cell = safety.put(WriteOnlyCell(ws), value)
        value_cell.alignment = _TOP  # long values wrap inside the page, never cut off
        ws.append([label_cell, value_cell])


def _discard(wb: Workbook) -> None:
    """Remove the temporary files of a write-only workbook that will not be saved."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)  # openpyxl internals: one temp file per sheet
        if writer is None:
            continue
        try:
            if not ws.closed:
                ws.close()
            writer.cleanup()
        except Exception:  # best effort: leftovers are removed at interpreter exit
            log.debug("could not remove temporary sheet file", exc_info=True)


def write_xlsx(
    tables: list[ExportTable],
    path: str | os.PathLike[str],
    *,
    title: str,
    info: list[tuple[str, str]],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> list[int]:
    """Write ``tables`` (one sheet each) and an "Info" sheet to ``path``.

    ``info`` adds lines to the Info sheet (e.g. ``("Filter", "WBA-Region: Nord")``).
    Returns the number of data rows written per table. ``progress(done, total,
    text)`` is called every few hundred rows; when ``cancel()`` returns True the
    file is removed and :class:`ExportCancelled` raised.
    """
    total = sum(t.total for t in tables)
    offset = 0

    def step(done: int, text: str) -> None:
        if cancelled(cancel):
            raise ExportCancelled()
        report(progress, offset + done, total, text)

    wb = Workbook(write_only=True)
    wb.properties.title = title
    wb.properties.creator = APP_NAME
    wb.properties.lastModifiedBy = APP_NAME
    wb.properties.description = "; ".join(f"{k}: {v}" for k, v in info)[:1000]
    counts: list[tuple[str, int]] = []
    taken: list[str] = [INFO_SHEET]
    with atomic_file(path) as tmp:
        try:
            report(progress, 0, total, title)
            for table in tables:
                done = _write_table(wb, table, taken, step)
                counts.append((taken[-1], done))
                offset += done
            step(0, _("Datei wird gespeichert …"))
            _write_info(wb, title, info, counts)
            wb.save(tmp)
        except BaseException:
            _discard(wb)
            raise
    report(progress, offset, total, title)
    return [n for _, n in counts]
