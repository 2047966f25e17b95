"""CSV as German Excel reads it: ``;``-separated, UTF-8 with BOM, CRLF line ends.

Dates are written TT.MM.JJJJ (with HH:MM for a datetime), numbers as they are; text
passes the guard of ``safety.csv_safe``: German phone numbers in national form
(``03445 78937``, as a Word mail merge should print them), any other formula-like
text behind a single quote.
"""

from __future__ import annotations

import csv
import os
from datetime import date

from wba_desktop.exchange.safety import csv_safe
from wba_desktop.exchange.table import (
    REPORT_EVERY,
    Cancel,
    ExportCancelled,
    ExportTable,
    Progress,
    atomic_file,
    cancelled,
    format_date,
    report,
)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return csv_safe(value)
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, date):
        return format_date(value)
    return str(value)


def write_csv(
    table: ExportTable,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> int:
    """Write ``table`` to ``path``; returns the number of data rows."""
    done = 0
    report(progress, 0, table.total, table.title)
    with (
        atomic_file(path) as tmp,
        open(tmp, "w", encoding="utf-8-sig", newline="") as out,
    ):
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow([_cell(h) for h in table.headers])
        for row in table.rows:
            writer.writerow([_cell(v) for v in row])
            done += 1
            if done % REPORT_EVERY == 0:
                if cancelled(cancel):
                    raise ExportCancelled()
                report(progress, done, table.total, table.title)
        if cancelled(cancel):
            raise ExportCancelled()
    report(progress, done, table.total, table.title)
    return done
