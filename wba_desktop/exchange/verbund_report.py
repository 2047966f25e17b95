"""The report of one Verbund as an Excel workbook (.xlsx): a pure writer.

Sheets: "Verbund" (the record as Feld/Wert, then the phase history), "Mitglieder",
"Beirat", "Aufgaben" (overdue ones marked red), "Kennzahlen" (entered periods and a
row counted from the contact history), "Gesundheitscheck" (the five success
factors, ja/nein in green/red, the funding warning and the score) and "Info".

The office conventions of :mod:`wba_desktop.exchange.xlsx_export` hold: a bold,
frozen header row with an autofilter, fitted column widths, real date cells shown
TT.MM.JJJJ, sheet names of at most 31 characters, formula-like text kept as text
(:mod:`safety`), readable printouts (:mod:`print_layout`). Every cell is aligned to
the top, so in a row made tall by wrapped text the dates stand beside their text.
The data comes in as plain dataclasses; nothing here touches the database. The
report is small, so a normal (not write-only) workbook is used, which allows fills.
Headings, sheet names and labels are marked German and written in the language in use
(:mod:`wba_desktop.i18n`); the Verbund's own data is written as stored.
"""

from __future__ import annotations

import os
from copy import copy
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from wba_desktop import APP_NAME, __version__
from wba_desktop.exchange import print_layout, safety
from wba_desktop.exchange.print_layout import fit_row_heights
from wba_desktop.exchange.report_book import report_workbook
from wba_desktop.exchange.table import ExportColumn, atomic_file
from wba_desktop.exchange.verbund_columns import (
    BOARD_COLUMNS,
    FIGURE_COLUMNS,
    HEALTH_COLUMNS,
    MEMBER_COLUMNS,
    PHASE_HEADERS,
    TASK_COLUMNS,
)
from wba_desktop.exchange.xlsx_export import (
    _BOLD,
    DATE_FORMAT,
    DATETIME_FORMAT,
    INFO_WIDTHS,
    fit_widths,
    title_columns,
)
from wba_desktop.i18n import N_, _

CellKind = Literal["text", "date", "money", "int"]

MONEY_FORMAT = '#,##0.00 "€"'
SHEETS = (
    N_("Verbund"),
    N_("Mitglieder"),
    N_("Beirat"),
    N_("Aufgaben"),
    N_("Kennzahlen"),
    N_("Gesundheitscheck"),
)
INFO_SHEET = "Info"
YES, NO = N_("ja"), N_("nein")
#: Excel's own "Gut" and "Schlecht" cell styles
GOOD_FILL = PatternFill("solid", start_color="FFC6EFCE", end_color="FFC6EFCE")
BAD_FILL = PatternFill("solid", start_color="FFFFC7CE", end_color="FFFFC7CE")
GOOD_FONT = Font(name="Calibri", size=11, color="FF006100")
BAD_FONT = Font(name="Calibri", size=11, color="FF9C0006")
_WRAP = Alignment(vertical="top", wrap_text=True)
_VALUE = Alignment(horizontal="left", vertical="top", wrap_text=True)
_LONG_TEXT = 60.0


@dataclass(frozen=True)
class ReportField:
    """One Feld/Wert line of the "Verbund" sheet."""

    label: str
    value: str | int | float | date | None
    kind: CellKind = "text"


@dataclass(frozen=True)
class PhaseRow:
    phase: str
    since: date
    until: date | None
    note: str = ""


@dataclass(frozen=True)
class MemberRow:
    organisation: str
    kind: str
    district: str
    role: str
    joined_on: date | None
    left_on: date | None
    commitment: str
    signed_on: date | None
    contact: str
    email: str
    phone: str


@dataclass(frozen=True)
class BoardRow:
    person: str
    function: str
    organisation: str
    since: date | None
    until: date | None


@dataclass(frozen=True)
class TaskRow:
    kind: str
    title: str
    due_on: date | None
    responsible: str
    done: bool
    done_on: date | None
    overdue: bool
    note: str = ""


@dataclass(frozen=True)
class FigureRow:
    """Key figures of one period; ``source`` says whether entered or counted."""

    source: str
    period_start: date
    period_end: date
    companies_reached: int | None
    kmu_reached: int | None
    advice_sessions: int | None
    course_participants: int | None
    courses_developed: int | None
    note: str = ""


@dataclass(frozen=True)
class HealthRow:
    number: int
    title: str
    met: bool
    reason: str
    missing: str


@dataclass(frozen=True)
class VerbundReport:
    """Everything the workbook shows, in the order of the sheets."""

    title: str
    record: list[ReportField]
    phases: list[PhaseRow] = field(default_factory=list)
    members: list[MemberRow] = field(default_factory=list)
    board: list[BoardRow] = field(default_factory=list)
    tasks: list[TaskRow] = field(default_factory=list)
    figures: list[FigureRow] = field(default_factory=list)
    health: list[HealthRow] = field(default_factory=list)
    funding_warning: str = ""
    score_text: str = ""
    as_of: date = field(default_factory=date.today)


def heading(text: str) -> str:
    """``text`` in the language in use, capitalised ("Verbund" is a noun mid-sentence
    too: "training network")."""
    text = _(text)
    return text[:1].upper() + text[1:]


def put(ws: Worksheet, row: int, col: int, value: Any, kind: str = "text"):
    """Write one cell: dates as date cells (TT.MM.JJJJ), money with €, booleans as
    ja/nein, formula-like text as a plain string. Returns the cell (None if empty)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        value = _(YES) if value else _(NO)
    cell = safety.put_at(ws, row, col, value)
    if isinstance(value, datetime):
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, date):
        cell.number_format = DATE_FORMAT
    elif kind == "money":
        cell.number_format = MONEY_FORMAT
    return cell


def _widths(ws: Worksheet) -> list[float]:
    """The widths of the sheet's used columns (Excel's default where none is set)."""
    return [print_layout.column_width(ws, i) for i in range(1, ws.max_column + 1)]


def _print(ws: Worksheet, title: str, name_columns: int = 1, **kwargs: Any) -> None:
    print_layout.apply(ws, _widths(ws), title=title, title_columns=name_columns, **kwargs)


def align_top(ws: Worksheet) -> None:
    """Align every cell to the top (keeping its other alignment): in a row made tall
    by wrapped text, the short values stand beside their text, not at the bottom."""
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is not None and cell.alignment.vertical != "top":
                alignment = copy(cell.alignment)
                alignment.vertical = "top"
                cell.alignment = alignment


def _header(ws: Worksheet, row: int, headers: list[str] | tuple[str, ...]) -> None:
    for col, text in enumerate(headers, 1):
        put(ws, row, col, _(text)).font = _BOLD


def _table(ws: Worksheet, cols: list[ExportColumn], rows: list[list[Any]], title: str) -> None:
    """A list sheet: bold frozen header, autofilter, fitted widths, long text wrapped."""
    cols = [ExportColumn(c.key, _(c.header), c.kind) for c in cols]
    _header(ws, 1, [c.header for c in cols])
    for r, values in enumerate(rows, 2):
        for c, (col, value) in enumerate(zip(cols, values, strict=True), 1):
            cell = put(ws, r, c, value, col.kind)
            if cell is not None and col.kind == "text":
                cell.alignment = _WRAP
    yes, no = _(YES), _(NO)
    sample = [[yes if v is True else no if v is False else v for v in row] for row in rows]
    for i, width in enumerate(fit_widths(cols, sample), 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{len(rows) + 1}"
    fit_row_heights(ws, 2)
    _print(ws, title, title_columns(cols))


def _record_sheet(ws: Worksheet, report: VerbundReport) -> None:
    _header(ws, 1, (N_("Feld"), N_("Wert")))
    for r, f in enumerate(report.record, 2):
        put(ws, r, 1, f.label).alignment = _WRAP
        cell = put(ws, r, 2, f.value, f.kind)
        if cell is not None:
            cell.alignment = _VALUE
    last = len(report.record) + 1
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:B{last}"
    start = last + 2
    history = _("Phasenverlauf")
    put(ws, start, 1, history).font = _BOLD
    _header(ws, start + 1, PHASE_HEADERS)
    for r, p in enumerate(report.phases, start + 2):
        put(ws, r, 1, _(p.phase))
        for col, value in ((2, p.since), (3, p.until)):
            cell = put(ws, r, col, value)
            if cell is not None:
                cell.alignment = _VALUE
        put(ws, r, 4, p.note)
    label_width = max((len(f.label) for f in report.record), default=10)
    ws.column_dimensions["A"].width = max(label_width + 3, len(history) + 3, 16)
    ws.column_dimensions["B"].width = _LONG_TEXT
    ws.column_dimensions["C"].width = 12
    ws.column_dimensions["D"].width = 40
    fit_row_heights(ws, 2)
    _print(ws, _("Verbund {title}").format(title=report.title))


def _task_rows(ws: Worksheet, report: VerbundReport) -> None:
    rows = [
        [t.kind, t.title, t.due_on, t.responsible, t.done, t.done_on, "", t.note]
        for t in report.tasks
    ]
    _table(ws, TASK_COLUMNS, rows, _("Aufgaben: {title}").format(title=report.title))
    for r, t in enumerate(report.tasks, 2):
        if t.overdue:
            cell = put(ws, r, 7, _("überfällig"))
            cell.fill, cell.font = BAD_FILL, BAD_FONT
            ws.cell(row=r, column=3).font = BAD_FONT


def _health_sheet(ws: Worksheet, report: VerbundReport) -> None:
    rows = [[h.number, h.title, h.met, h.reason, h.missing] for h in report.health]
    title = _("Gesundheitscheck: {title}").format(title=report.title)
    _table(ws, HEALTH_COLUMNS, rows, title)
    for col, width in ((2, 42), (4, _LONG_TEXT), (5, _LONG_TEXT)):
        ws.column_dimensions[get_column_letter(col)].width = width
    for r, h in enumerate(report.health, 2):
        cell = ws.cell(row=r, column=3)
        cell.fill = GOOD_FILL if h.met else BAD_FILL
        cell.font = GOOD_FONT if h.met else BAD_FONT
    r = len(report.health) + 3
    met = sum(1 for h in report.health if h.met)
    score = _("{met} von {count} Erfolgsfaktoren erfüllt").format(met=met, count=len(report.health))
    funding_end = _("Förderende")
    lines = [
        (_("Ergebnis"), report.score_text, score),
        (funding_end, "", report.funding_warning or _("keine Warnung")),
        (_("Geprüft am"), report.as_of, ""),
    ]
    for i, (label, short, text) in enumerate(lines):
        put(ws, r + i, 2, label).font = _BOLD
        put(ws, r + i, 3, short)
        cell = put(ws, r + i, 4, text)
        if cell is not None:
            cell.alignment = _WRAP
            if label == funding_end and report.funding_warning:
                cell.fill, cell.font = BAD_FILL, BAD_FONT
    fit_row_heights(ws, 2)
    _print(ws, title, 2)


def _info_sheet(ws: Worksheet, report: VerbundReport) -> None:
    for letter, width in zip("AB", INFO_WIDTHS, strict=True):
        ws.column_dimensions[letter].width = width
    lines: list[tuple[str, Any]] = [
        (_("Export"), _("Verbundbericht")),
        (heading(SHEETS[0]), report.title),
        (_("Stand"), report.as_of),
        (_("Exportiert am"), datetime.now().replace(second=0, microsecond=0)),
        (_("Erstellt mit"), f"{APP_NAME} {__version__}"),
    ]
    for r, (label, value) in enumerate(lines, 1):
        put(ws, r, 1, label).font = _BOLD
        cell = put(ws, r, 2, value)
        if cell is not None:
            cell.alignment = _VALUE
    fit_row_heights(ws, 1)
    title = _("Verbundbericht {title}").format(title=report.title)
    _print(ws, title, orientation="portrait", title_rows=None)


def write_verbund_report(report: VerbundReport, path: str | os.PathLike[str]) -> Path:
    """Write ``report`` to ``path`` (.xlsx); the file appears only when complete."""
    wb, sheet = report_workbook(_("Verbundbericht {title}").format(title=report.title))

    _record_sheet(sheet(heading(SHEETS[0])), report)
    members = [
        [
            m.organisation,
            m.kind,
            m.district,
            m.role,
            m.joined_on,
            m.left_on,
            m.commitment,
            m.signed_on,
            m.contact,
            m.email,
            m.phone,
        ]
        for m in report.members
    ]
    title = report.title
    _table(
        sheet(_(SHEETS[1])), MEMBER_COLUMNS, members, _("Mitglieder: {title}").format(title=title)
    )
    board = [[b.person, b.function, b.organisation, b.since, b.until] for b in report.board]
    _table(sheet(_(SHEETS[2])), BOARD_COLUMNS, board, _("Beirat: {title}").format(title=title))
    _task_rows(sheet(_(SHEETS[3])), report)
    figures = [
        [
            f.source,
            f.period_start,
            f.period_end,
            f.companies_reached,
            f.kmu_reached,
            f.advice_sessions,
            f.course_participants,
            f.courses_developed,
            f.note,
        ]
        for f in report.figures
    ]
    figures_title = _("Kennzahlen: {title}").format(title=title)
    _table(sheet(_(SHEETS[4])), FIGURE_COLUMNS, figures, figures_title)
    _health_sheet(sheet(_(SHEETS[5])), report)
    _info_sheet(sheet(INFO_SHEET), report)
    for ws in wb.worksheets:
        align_top(ws)
    target = Path(path)
    with atomic_file(target) as tmp:
        wb.save(tmp)
    return target
