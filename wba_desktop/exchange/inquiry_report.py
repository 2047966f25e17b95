"""The Lotsen report for the ministry as an Excel workbook (.xlsx): a pure writer.

Sheets: „Übersicht“ (period, filters applied, totals, medians, inquiries by status),
„Nach Monat“, „Nach Thema“, „Nach Landkreis“, „Nach WBA-Region“, „Nach Eingang“,
„Nach Ergebnis“ (inquiries and referrals each) and „Partner“ (referrals received,
accepted, declined, with an outcome, successful, success rate). Numbers only: no name
or contact of a private inquirer is in the data (:mod:`inquiry_report_data`).

The house style of :mod:`verbund_report` and :mod:`xlsx_export` holds: Calibri, a
bold frozen header row with an autofilter, fitted widths, dates as date cells, text
through :mod:`safety` (no formula cells, only values), printouts readable at 8 pt or
more (:mod:`print_layout`).
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from wba_desktop import APP_NAME, __version__
from wba_desktop.exchange.inquiry_report_data import CountRow, InquiryReport
from wba_desktop.exchange.report_book import report_workbook
from wba_desktop.exchange.table import atomic_file, columns
from wba_desktop.exchange.verbund_report import _BOLD, _print, _table, align_top, put

SHEETS = (
    "Übersicht",
    "Nach Monat",
    "Nach Thema",
    "Nach Landkreis",
    "Nach WBA-Region",
    "Nach Eingang",
    "Nach Ergebnis",
    "Partner",
)
PERCENT_FORMAT = "0.0 %"
MONTH_FORMAT = "MM.YYYY"
PARTNER_COLUMNS = columns(
    "name:Partner, kind:Art, district:Sitz, referrals:Vermittlungen:int, "
    "accepted:angenommen:int, declined:abgelehnt:int, with_outcome:mit Ergebnis:int, "
    "successes:erfolgreich:int, rate:Erfolgsquote:decimal"
)
#: per breakdown sheet: its first column's header
BREAKDOWNS = (
    ("Nach Thema", "Thema", "by_topic"),
    ("Nach Landkreis", "Landkreis", "by_district"),
    ("Nach WBA-Region", "WBA-Region", "by_wba_region"),
    ("Nach Eingang", "Eingang", "by_channel"),
    ("Nach Ergebnis", "Ergebnis", "by_outcome"),
)
NOTES = {
    "Nach Thema": "Eine Anfrage mit mehreren Themen zählt bei jedem ihrer Themen.",
    "Nach Ergebnis": "Anfragen nach ihrem Ergebnis (offene und abgebrochene eigens), "
    "Vermittlungen nach dem Ergebnis der Vermittlung.",
}


def _days(value: float | None) -> str | float:
    return "–" if value is None else value


def _overview(ws: Worksheet, report: InquiryReport) -> None:
    lines: list[tuple[str, Any]] = [
        ("Bericht", "Lotsenfunktion: Anfragen und Vermittlungen"),
        ("Zeitraum", report.period_text),
        ("Filter", "; ".join(report.filters) or "keine (ganz Sachsen-Anhalt)"),
        ("Anfragen", report.inquiries),
        ("Vermittlungen", report.referrals),
        ("Anfragen mit Vermittlung", report.referred_inquiries),
        ("Median Tage bis zur ersten Vermittlung", _days(report.median_days_to_referral)),
        ("Median Tage bis zum Ergebnis", _days(report.median_days_to_outcome)),
    ]
    lines += [(f"Status „{row.label}“", row.inquiries) for row in report.by_status]
    lines += [
        ("Gezählt", "Anfragen mit Eingang im Zeitraum und die Vermittlungen dieser Anfragen"),
        ("Exportiert am", datetime.now().replace(second=0, microsecond=0)),
        ("Erstellt mit", f"{APP_NAME} {__version__}"),
    ]
    put(ws, 1, 1, "Feld").font = _BOLD
    put(ws, 1, 2, "Wert").font = _BOLD
    for r, (label, value) in enumerate(lines, 2):
        put(ws, r, 1, label).font = _BOLD
        cell = put(ws, r, 2, value)
        if isinstance(value, float):
            cell.number_format = "0.0"
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 70
    ws.freeze_panes = "A2"
    _print(ws, f"Lotsenbericht {report.period_text}", orientation="portrait")


def _breakdown(ws: Worksheet, title: str, header: str, rows: tuple[CountRow, ...]) -> None:
    cols = columns(f"label:{header}, inquiries:Anfragen:int, referrals:Vermittlungen:int")
    values = [[row.label, row.inquiries, row.referrals] for row in rows]
    _table(ws, cols, values, title)
    note = NOTES.get(ws.title)
    if note:
        put(ws, len(values) + 3, 1, note)


def _months(ws: Worksheet, report: InquiryReport) -> None:
    statuses = list(report.statuses)
    spec = "month:Monat:date, inquiries:Anfragen:int, referrals:Vermittlungen:int, " + ", ".join(
        f"s{i}:davon {s}:int" for i, s in enumerate(statuses)
    )
    rows = [
        [m.month, m.inquiries, m.referrals, *(m.by_status.get(s, 0) for s in statuses)]
        for m in report.by_month
    ]
    _table(ws, columns(spec), rows, f"Anfragen nach Monat {report.period_text}")
    for r in range(2, len(rows) + 2):
        ws.cell(row=r, column=1).number_format = MONTH_FORMAT


def _partners(ws: Worksheet, report: InquiryReport) -> None:
    rows = [
        [p.name, p.kind, p.district, p.referrals, p.accepted, p.declined, p.with_outcome,
         p.successes, p.success_rate]
        for p in report.partners
    ]  # fmt: skip
    _table(ws, PARTNER_COLUMNS, rows, f"Partner nach Vermittlungen {report.period_text}")
    rate = len(PARTNER_COLUMNS)
    for r in range(2, len(rows) + 2):
        ws.cell(row=r, column=rate).number_format = PERCENT_FORMAT
    ws.column_dimensions[get_column_letter(rate)].width = 13
    put(ws, len(rows) + 3, 1, "Erfolgsquote: erfolgreiche unter den Vermittlungen mit Ergebnis.")


def write_inquiry_report(report: InquiryReport, path: str | os.PathLike[str]) -> Path:
    """Write ``report`` to ``path`` (.xlsx); the file appears only when complete."""
    wb, sheet = report_workbook(f"Lotsenbericht {report.period_text}")

    _overview(sheet(SHEETS[0]), report)
    _months(sheet(SHEETS[1]), report)
    for name, header, attr in BREAKDOWNS:
        _breakdown(sheet(name), f"{name} {report.period_text}", header, getattr(report, attr))
    _partners(sheet(SHEETS[7]), report)
    for ws in wb.worksheets:
        align_top(ws)
    target = Path(path)
    with atomic_file(target) as tmp:
        wb.save(tmp)
    return target
