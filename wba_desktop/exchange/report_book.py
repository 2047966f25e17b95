"""A workbook for a report of several sheets: document properties set, and sheets added
under valid, unique Excel names (the first one reuses the workbook's empty sheet)."""

from __future__ import annotations

from collections.abc import Callable

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from wba_desktop import APP_NAME
from wba_desktop.exchange.table import sheet_name


def report_workbook(title: str) -> tuple[Workbook, Callable[[str], Worksheet]]:
    """A new workbook titled ``title`` and the function that adds a sheet by name."""
    wb = Workbook()
    wb.properties.title = title
    wb.properties.creator = APP_NAME
    wb.properties.lastModifiedBy = APP_NAME
    taken: list[str] = []

    def sheet(name: str) -> Worksheet:
        title = sheet_name(name, taken)
        taken.append(title)
        if len(taken) == 1:
            ws = wb.active
            ws.title = title
            return ws
        return wb.create_sheet(title)

    return wb, sheet
