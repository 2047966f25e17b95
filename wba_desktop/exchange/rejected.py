"""The file of rows an import refused: row number, whom the row is about, the reasons,
then the row as it was in the source file.

It is written through the app's one export path (:class:`ExportTable` to
``xlsx_export.write_xlsx`` or ``csv_export.write_csv``), so the formula guard of every
other export applies: a refused cell holding ``=HYPERLINK(…)``, ``=1+2`` or
``+49 340 …`` stays text and is never evaluated when the file is opened.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from wba_desktop.exchange.table import ExportColumn, ExportTable, format_date
from wba_desktop.i18n import N_, _

TITLE = N_("Abgelehnte Zeilen")


@dataclass(frozen=True)
class RejectedRow:
    """One refused row: ``reasons`` without the leading „Zeile n“, ``cells`` as read."""

    row_no: int
    name: str
    reasons: Sequence[str]
    cells: Sequence[Any] = field(default_factory=tuple)


def column_letter(i: int) -> str:
    """``0`` -> ``"A"``, ``26`` -> ``"AA"`` (as the spreadsheet names its columns)."""
    letters = ""
    i += 1
    while i:
        i, rest = divmod(i - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _header(headers: Sequence[Any], i: int) -> str:
    value = headers[i] if i < len(headers) else None
    if isinstance(value, date):
        value = format_date(value)
    return (
        str(value).strip()
        if value not in (None, "")
        else _("Spalte {letter}").format(letter=column_letter(i))
    )


def _value(value: Any) -> Any:
    """A cell as written back: text, numbers and empty cells as they were; dates as
    TT.MM.JJJJ text (one column may mix them); anything else as its text."""
    if value is None or isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return value
    if isinstance(value, bool):
        return _("ja") if value else _("nein")
    if isinstance(value, date):
        return format_date(value)
    return str(value)


def rejected_table(headers: Sequence[Any], rows: Sequence[RejectedRow]) -> ExportTable:
    """The rows as an export table: „Zeile“, „Betrifft“, „Gründe“, then the file's columns."""
    width = max([len(headers), *(len(r.cells) for r in rows)])
    columns = [
        ExportColumn("row_no", _("Zeile"), "int"),
        ExportColumn("name", _("Betrifft")),
        ExportColumn("reasons", _("Gründe")),
        *(ExportColumn(f"c{i}", _header(headers, i)) for i in range(width)),
    ]

    def lines():
        for r in rows:
            cells = [_value(v) for v in r.cells]
            cells += [None] * (width - len(cells))
            yield [r.row_no, r.name, "; ".join(r.reasons), *cells]

    return ExportTable(_(TITLE), _(TITLE), columns, lines(), len(rows))


def write_rejected(
    headers: Sequence[Any],
    rows: Sequence[RejectedRow],
    path: str | os.PathLike[str],
    source: str = "",
) -> int:
    """Write the refused rows to ``path``: CSV when it ends in ``.csv``, else xlsx
    (with the export's „Info“ sheet naming the source file). Returns the row count."""
    table = rejected_table(headers, rows)
    if Path(path).suffix.lower() == ".csv":
        from wba_desktop.exchange.csv_export import write_csv

        return write_csv(table, path)
    from wba_desktop.exchange.xlsx_export import write_xlsx

    info = [(_("Quelldatei"), source)] if source else []
    title = _("Abgelehnte Zeilen des Imports")
    return write_xlsx([table], path, title=title, info=info)[0]
