"""Excel files of an event: the participant list to sign, and the follow-up report.

The participant list is made for printing: landscape, one page wide (the columns
are chosen so that the text stays at 8 pt or more), the header row on every page, a
wide empty "Unterschrift" column and rows tall enough to sign in and to show every
wrapped line (an e-mail address over three lines is not clipped); cells are aligned
to the top, fonts named (Calibri), so LibreOffice does not fall back to a serif font.
People are sorted by organisation (German order, people without one last) and then
by name; a line above each new organisation shows the groups. The organisation is a
column, so the autofilter still works. The follow-up report puts totals and the breakdowns by kind
of organisation and by district on one sheet, with the chart (a PNG drawn
elsewhere) beside them.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from openpyxl import Workbook
from openpyxl.drawing.image import Image
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from wba_desktop import APP_NAME
from wba_desktop.exchange import print_layout, safety
from wba_desktop.exchange.table import atomic_file, sheet_name
from wba_desktop.i18n import N_, _
from wba_desktop.text.fold import sort_key

DATE_FORMAT = "DD.MM.YYYY"
HEADER_ROW = 4
COLUMNS = (
    (N_("Nr."), 6),
    (N_("Name"), 28),
    (N_("Organisation"), 34),
    (N_("Funktion/Art"), 24),
    (N_("E-Mail"), 30),
    (N_("Status"), 15),
    (N_("Unterschrift"), 36),
)
_THIN = Side(style="thin", color="808080")
_GROUP = Side(style="medium", color="000000")
_GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="D9D9D9")
_BOLD = Font(name="Calibri", size=11, bold=True)
_TITLE = Font(name="Calibri", size=14, bold=True)
_SUBHEADING = Font(name="Calibri", size=12, bold=True)
_WRAP = Alignment(vertical="top", wrap_text=True)
#: Height of a row to sign in (points); rows with more lines grow.
SIGN_ROW_PT = 30.0
#: Line height of the 14 pt title (points).
TITLE_LINE_PT = 19.0


@dataclass(frozen=True)
class ParticipantRow:
    """One person on the list. ``function`` fills "Funktion/Art" (the person's
    function, else the kind of organisation); ``sort_name`` ("Nachname, Vorname")
    orders the people within an organisation."""

    name: str
    organisation: str = ""
    function: str = ""
    email: str = ""
    status: str = ""
    sort_name: str = ""


class FollowUpLike(Protocol):
    """What the follow-up report needs (the invitation service's FollowUpReport)."""

    title: str
    starts_at: datetime
    location: str
    by_kind: Sequence[Any]  # rows with label, invited, accepted, attended
    by_district: Sequence[Any]

    @property
    def totals(self) -> list[tuple[str, int]]: ...


def _put(ws, row: int, col: int, value: Any):
    """Write a cell through the formula guard (text that looks like a formula stays
    text)."""
    return safety.put_at(ws, row, col, value)


def _print_setup(ws, title: str, widths: list[float], title_rows: str | None) -> None:
    print_layout.apply(ws, widths, title=title, title_rows=title_rows, title_columns=2)


def _heading(ws, title: str, subtitle: str, today: date, stamp_col: int) -> None:
    """Title over the width of the table (wrapped, never cut), subtitle and date."""
    cell = _put(ws, 1, 1, title)
    cell.font, cell.alignment = _TITLE, Alignment(vertical="top", wrap_text=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=stamp_col)
    _put(ws, 2, 1, subtitle).alignment = Alignment(vertical="top", wrap_text=True)
    if stamp_col > 3:
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=stamp_col - 2)
    _put(ws, 2, stamp_col - 1, _("Stand:")).alignment = Alignment(
        horizontal="right", vertical="top"
    )
    stamp = _put(ws, 2, stamp_col, today)
    stamp.number_format = DATE_FORMAT
    stamp.alignment = Alignment(horizontal="left", vertical="top")


def _fit_heading(ws, title: str, subtitle: str, widths: list[float]) -> None:
    """Row heights of the merged title and subtitle (merged cells never auto-fit)."""
    room = sum(widths) * 11 / 14  # characters of the 14 pt title per line
    lines = print_layout.wrapped_lines(title, room)
    if lines > 1:
        ws.row_dimensions[1].height = TITLE_LINE_PT * lines + print_layout.ROW_PADDING_PT
    lines = print_layout.wrapped_lines(subtitle, sum(widths[:-2]))
    if lines > 1:
        ws.row_dimensions[2].height = print_layout.LINE_PT * lines + print_layout.ROW_PADDING_PT


def _sorted(rows: Sequence[ParticipantRow]) -> list[ParticipantRow]:
    return sorted(
        rows,
        key=lambda r: (
            not r.organisation,
            sort_key(r.organisation),
            sort_key(r.sort_name or r.name),
        ),
    )


def write_participant_list(
    path: str | os.PathLike[str],
    title: str,
    subtitle: str,
    rows: Sequence[ParticipantRow],
    *,
    today: date | None = None,
) -> int:
    """Write the list to sign; returns the number of people."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_name(title)
    wb.properties.title = title
    wb.properties.creator = APP_NAME
    _heading(ws, title, subtitle, today or date.today(), len(COLUMNS))
    widths = [float(width) for _header, width in COLUMNS]
    for col, (header, width) in enumerate(COLUMNS, 1):
        cell = _put(ws, HEADER_ROW, col, _(header))
        cell.font, cell.fill, cell.border, cell.alignment = _BOLD, _HEAD_FILL, _GRID, _WRAP
        ws.column_dimensions[get_column_letter(col)].width = width
    previous = None
    r = HEADER_ROW
    for n, person in enumerate(_sorted(rows), 1):
        r = HEADER_ROW + n
        values = (n, person.name, person.organisation, person.function, person.email)
        new_group = n > 1 and person.organisation != previous
        for col, value in enumerate((*values, _(person.status), None), 1):
            cell = _put(ws, r, col, value if value != "" else None)
            cell.alignment = _WRAP
            top = _GROUP if new_group else _THIN
            cell.border = Border(left=_THIN, right=_THIN, top=top, bottom=_THIN)
        previous = person.organisation
    last = get_column_letter(len(COLUMNS))
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{max(r, HEADER_ROW + 1)}"
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    ws.print_area = f"A1:{last}{max(r, HEADER_ROW)}"
    print_layout.fit_row_heights(ws, HEADER_ROW + 1, minimum=SIGN_ROW_PT)
    _fit_heading(ws, title, subtitle, widths)
    _print_setup(ws, title, widths, f"{HEADER_ROW}:{HEADER_ROW}")
    with atomic_file(path) as tmp:
        wb.save(tmp)
    return len(rows)


def _table(ws, top: int, heading: str, label: str, rows: Sequence[Any]) -> int:
    """A titled breakdown with a sum row; returns the next free row."""
    _put(ws, top, 1, heading).font = _SUBHEADING
    for col, text in enumerate((label, _("Eingeladen"), _("Zugesagt"), _("Teilgenommen")), 1):
        cell = _put(ws, top + 1, col, text)
        cell.font, cell.fill, cell.border = _BOLD, _HEAD_FILL, _GRID
    r = top + 1
    for r, row in enumerate(rows, top + 2):
        for col, value in enumerate((row.label, row.invited, row.accepted, row.attended), 1):
            _put(ws, r, col, value).border = _GRID
    r += 1
    sums = [sum(getattr(x, f) for x in rows) for f in ("invited", "accepted", "attended")]
    for col, value in enumerate((_("Summe"), *sums), 1):
        cell = _put(ws, r, col, value)
        cell.font, cell.border = _BOLD, _GRID
    return r + 2


def write_followup_report(
    path: str | os.PathLike[str],
    report: FollowUpLike,
    chart_png: bytes | None = None,
    *,
    today: date | None = None,
) -> None:
    """One sheet: totals, by kind of organisation, by district, and the chart."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_name(_("Nachbereitung"))
    wb.properties.title = _("Nachbereitung {title}").format(title=report.title)
    wb.properties.creator = APP_NAME
    when = f"{report.starts_at:%d.%m.%Y}"
    subtitle = ", ".join(p for p in (when, report.location) if p)
    heading = _("Nachbereitung: {title}").format(title=report.title)
    _heading(ws, heading, subtitle, today or date.today(), 4)
    for col, text in enumerate((_("Kennzahl"), _("Anzahl")), 1):
        cell = _put(ws, HEADER_ROW, col, text)
        cell.font, cell.fill, cell.border = _BOLD, _HEAD_FILL, _GRID
    r = HEADER_ROW
    for r, (label, value) in enumerate(report.totals, HEADER_ROW + 1):
        _put(ws, r, 1, label).border = _GRID
        _put(ws, r, 2, value).border = _GRID
    r = _table(ws, r + 2, _("Nach Art der Organisation"), _("Art der Organisation"), report.by_kind)
    _table(ws, r, _("Nach Landkreis"), _("Landkreis"), report.by_district)
    widths = [36.0, 13.0, 13.0, 14.0]
    for col, width in zip("ABCD", widths, strict=True):
        ws.column_dimensions[col].width = width
    _fit_heading(ws, heading, subtitle, widths)
    if chart_png:
        image = Image(io.BytesIO(chart_png))
        scale = min(1.0, 640 / max(image.width, 1))
        image.width, image.height = int(image.width * scale), int(image.height * scale)
        ws.add_image(image, f"F{HEADER_ROW}")
        # the gap (column E) and the chart, in characters, count for the page width
        widths += [print_layout.DEFAULT_WIDTH, (image.width - 5) / 7]
    _print_setup(ws, heading, widths, None)
    with atomic_file(path) as tmp:
        wb.save(tmp)
