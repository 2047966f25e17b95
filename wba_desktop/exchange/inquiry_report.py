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
from wba_desktop.exchange.table import ExportColumn, atomic_file
from wba_desktop.exchange.verbund_report import _BOLD, _print, _table, align_top, put
from wba_desktop.i18n import N_, _
from wba_desktop.vocab import label as shown

#: the sheets (German; marked for the catalog, named in the language in use when written)
SHEETS = (
    N_("Übersicht"),
    N_("Nach Monat"),
    N_("Nach Thema"),
    N_("Nach Landkreis"),
    N_("Nach WBA-Region"),
    N_("Nach Eingang"),
    N_("Nach Ergebnis"),
    N_("Partner"),
)
PERCENT_FORMAT = "0.0 %"
MONTH_FORMAT = "MM.YYYY"


def partner_columns() -> list[ExportColumn]:
    """The columns of the „Partner“ sheet, headed in the language in use."""
    return [
        ExportColumn("name", _("Partner")),
        ExportColumn("kind", _("Art")),
        ExportColumn("district", _("Sitz")),
        ExportColumn("referrals", _("Vermittlungen"), "int"),
        ExportColumn("accepted", _("angenommen"), "int"),
        ExportColumn("declined", _("abgelehnt"), "int"),
        ExportColumn("with_outcome", _("mit Ergebnis"), "int"),
        ExportColumn("successes", _("erfolgreich"), "int"),
        ExportColumn("rate", _("Erfolgsquote"), "decimal"),
    ]


#: per breakdown sheet: its first column's header
BREAKDOWNS = (
    (N_("Nach Thema"), N_("Thema"), "by_topic"),
    (N_("Nach Landkreis"), N_("Landkreis"), "by_district"),
    (N_("Nach WBA-Region"), N_("WBA-Region"), "by_wba_region"),
    (N_("Nach Eingang"), N_("Eingang"), "by_channel"),
    (N_("Nach Ergebnis"), N_("Ergebnis"), "by_outcome"),
)
NOTES = {
    "Nach Thema": N_("Eine Anfrage mit mehreren Themen zählt bei jedem ihrer Themen."),
    "Nach Ergebnis": N_(
        "Anfragen nach ihrem Ergebnis (offene und abgebrochene eigens), "
        "Vermittlungen nach dem Ergebnis der Vermittlung."
    ),
}


def _days(value: float | None) -> str | float:
    return "–" if value is None else value


def _overview(ws: Worksheet, report: InquiryReport) -> None:
    lines: list[tuple[str, Any]] = [
        (_("Bericht"), _("Lotsenfunktion: Anfragen und Vermittlungen")),
        (_("Zeitraum"), report.period_text),
        (_("Filter"), "; ".join(report.filters) or _("keine (ganz Sachsen-Anhalt)")),
        (_("Anfragen"), report.inquiries),
        (_("Vermittlungen"), report.referrals),
        (_("Anfragen mit Vermittlung"), report.referred_inquiries),
        (_("Median Tage bis zur ersten Vermittlung"), _days(report.median_days_to_referral)),
        (_("Median Tage bis zum Ergebnis"), _days(report.median_days_to_outcome)),
    ]
    lines += [
        (_("Status „{status}“").format(status=shown(row.label)), row.inquiries)
        for row in report.by_status
    ]
    lines += [
        (
            _("Gezählt"),
            _("Anfragen mit Eingang im Zeitraum und die Vermittlungen dieser Anfragen"),
        ),
        (_("Exportiert am"), datetime.now().replace(second=0, microsecond=0)),
        (_("Erstellt mit"), f"{APP_NAME} {__version__}"),
    ]
    put(ws, 1, 1, _("Feld")).font = _BOLD
    put(ws, 1, 2, _("Wert")).font = _BOLD
    for r, (label, value) in enumerate(lines, 2):
        put(ws, r, 1, label).font = _BOLD
        cell = put(ws, r, 2, value)
        if isinstance(value, float):
            cell.number_format = "0.0"
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 70
    ws.freeze_panes = "A2"
    _print(ws, _title(report), orientation="portrait")


def _title(report: InquiryReport) -> str:
    return _("Lotsenbericht {period}").format(period=report.period_text)


def _breakdown(
    ws: Worksheet, title: str, header: str, rows: tuple[CountRow, ...], note: str = ""
) -> None:
    cols = [
        ExportColumn("label", header),
        ExportColumn("inquiries", _("Anfragen"), "int"),
        ExportColumn("referrals", _("Vermittlungen"), "int"),
    ]
    values = [[shown(row.label), row.inquiries, row.referrals] for row in rows]
    _table(ws, cols, values, title)
    if note:
        put(ws, len(values) + 3, 1, _(note))


def _months(ws: Worksheet, report: InquiryReport) -> None:
    statuses = list(report.statuses)
    cols = [
        ExportColumn("month", _("Monat"), "date"),
        ExportColumn("inquiries", _("Anfragen"), "int"),
        ExportColumn("referrals", _("Vermittlungen"), "int"),
    ] + [
        ExportColumn(f"s{i}", _("davon {status}").format(status=shown(s)), "int")
        for i, s in enumerate(statuses)
    ]
    rows = [
        [m.month, m.inquiries, m.referrals, *(m.by_status.get(s, 0) for s in statuses)]
        for m in report.by_month
    ]
    _table(
        ws,
        cols,
        rows,
        _("Anfragen nach Monat {period}").format(period=report.period_text),
    )
    for r in range(2, len(rows) + 2):
        ws.cell(row=r, column=1).number_format = MONTH_FORMAT


def _partners(ws: Worksheet, report: InquiryReport) -> None:
    rows = [
        [p.name, p.kind, p.district, p.referrals, p.accepted, p.declined, p.with_outcome,
         p.successes, p.success_rate]
        for p in report.partners
    ]  # fmt: skip
    cols = partner_columns()
    _table(
        ws, cols, rows, _("Partner nach Vermittlungen {period}").format(period=report.period_text)
    )
    rate = len(cols)
    for r in range(2, len(rows) + 2):
        ws.cell(row=r, column=rate).number_format = PERCENT_FORMAT
    ws.column_dimensions[get_column_letter(rate)].width = 13
    put(ws, len(rows) + 3, 1, _("Erfolgsquote: erfolgreiche unter den Vermittlungen mit Ergebnis."))


def write_inquiry_report(report: InquiryReport, path: str | os.PathLike[str]) -> Path:
    """Write ``report`` to ``path`` (.xlsx); the file appears only when complete."""
    wb, sheet = report_workbook(_title(report))

    _overview(sheet(_(SHEETS[0])), report)
    _months(sheet(_(SHEETS[1])), report)
    for name, header, attr in BREAKDOWNS:
        title = f"{_(name)} {report.period_text}"
        rows = getattr(report, attr)
        _breakdown(sheet(_(name)), title, _(header), rows, NOTES.get(name, ""))
    _partners(sheet(_(SHEETS[7])), report)
    for ws in wb.worksheets:
        align_top(ws)
    target = Path(path)
    with atomic_file(target) as tmp:
        wb.save(tmp)
    return target
