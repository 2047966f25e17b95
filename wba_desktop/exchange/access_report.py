"""The access report (Art. 15 DSGVO) as plain values, and its Excel file.

A report is a letter (paragraphs) and sections, each a titled table with a note on
purpose and source. The service fills it from the database
(``services.privacy_report``, which picks the writer by the file ending); the writers
know no database: the Excel file here (the letter on the first sheet, one sheet per
section, house conventions from ``xlsx_export``), the PDF in ``access_pdf``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from wba_desktop.exchange.table import ExportColumn, ExportTable
from wba_desktop.i18n import _

TITLE = "Auskunft nach Art. 15 DSGVO"
LETTER_SHEET = "Schreiben"
NO_ENTRIES = "Keine Einträge."


@dataclass
class ReportSection:
    """One kind of record: ``rows`` hold values of ``columns`` (dates as date or
    datetime in local time); ``note`` says what it is for and where it came from."""

    title: str
    columns: list[ExportColumn]
    rows: list[list[Any]] = field(default_factory=list)
    note: str = ""


@dataclass
class AccessReport:
    """Everything a report shows. ``found`` is False for the "keine Daten" letter."""

    agency: str
    subject: str
    created_on: date
    letter: list[str]
    sections: list[ReportSection] = field(default_factory=list)
    found: bool = True
    closing: list[str] = field(default_factory=list)
    #: the agency's postal address (street, "PLZ Ort"), as the settings give it
    agency_address: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        return TITLE

    def section(self, title: str) -> ReportSection:
        """The section called ``title`` (KeyError if there is none)."""
        for s in self.sections:
            if s.title == title:
                return s
        raise KeyError(title)


def write_access_xlsx(report: AccessReport, path: str | os.PathLike[str]) -> Path:
    """The letter on the first sheet, then one sheet per section (empty sections too,
    with their header: "nothing stored" is an answer), then the Info sheet."""
    from wba_desktop.exchange.xlsx_export import write_xlsx

    letter = [*report.letter, "", *report.closing]
    notes = [f"{s.title}: {s.note}" for s in report.sections if s.note]
    if notes:
        letter += ["", "Zu den einzelnen Tabellenblättern:", *notes]
    tables = [
        ExportTable(
            title=LETTER_SHEET,
            sheet_name=LETTER_SHEET,
            columns=[ExportColumn("text", f"{TITLE}: {report.subject}")],
            rows=[[line] for line in letter],
            total=len(letter),
        )
    ]
    tables += [
        ExportTable(
            title=s.title,
            sheet_name=s.title,
            columns=list(s.columns),
            rows=[list(r) for r in s.rows],
            total=len(s.rows),
            description=s.note,
        )
        for s in report.sections
    ]
    info = [
        ("Betroffene Person", report.subject),
        ("Verantwortlich", ", ".join([report.agency, *report.agency_address])),
        ("Stand", report.created_on.strftime("%d.%m.%Y")),
        ("Daten gespeichert", _("ja") if report.found else _("nein")),
    ]
    write_xlsx(tables, path, title=f"{TITLE}: {report.subject}", info=info)
    return Path(path)
