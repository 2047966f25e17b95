"""The access report (Art. 15 DSGVO) as a PDF to hand over, written with fpdf2.

A4 portrait: the agency's name, its address and the date at the top, the title, the
letter, then each section with its note and a table (the header row repeated on every page), and
"Seite X von Y" at the foot. The text is set in DejaVu Sans, embedded as a subset:
umlauts, ß, „quotes“ and every other character of a name print as they are. The font
is taken from matplotlib's data folder (installed with the app on every system,
Windows included); the system's DejaVu folder is the fallback.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

from wba_desktop.exchange.access_report import NO_ENTRIES, AccessReport, ReportSection
from wba_desktop.exchange.table import ExportError, atomic_file, format_date
from wba_desktop.i18n import _

FONT = "DejaVu"
_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}
_SYSTEM_FOLDERS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
GREY = (90, 90, 90)
HEAD_FILL = (228, 234, 242)
TABLE_SIZE = 8


def font_folder() -> Path:
    """The folder with DejaVu Sans: matplotlib's own, else the system's."""
    import matplotlib

    folders = [Path(matplotlib.get_data_path()) / "fonts" / "ttf", *_SYSTEM_FOLDERS]
    for folder in folders:
        if all((folder / name).is_file() for name in _FILES.values()):
            return folder
    raise ExportError(_("Die Schrift DejaVu Sans für das PDF wurde nicht gefunden."))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return format_date(value)
    if isinstance(value, bool):
        return _("ja") if value else _("nein")
    return str(value)


def _longest_word(pdf, texts) -> float:
    return max((pdf.get_string_width(w) for t in texts for w in t.split()), default=0.0)


def _widths(pdf, section: ReportSection) -> list[float]:
    """Column widths in mm filling the page: each at least its longest word (header
    in bold; a value's word up to 30 mm), the rest shared by how much more the values
    want (capped at 70 mm)."""
    pad = 2.8
    pdf.set_font(FONT, "B", TABLE_SIZE)
    heads = [_longest_word(pdf, [col.header]) for col in section.columns]
    pdf.set_font(FONT, "", TABLE_SIZE)
    mins, wants = [], []
    for i, head in enumerate(heads):
        texts = [_text(r[i]) for r in section.rows]
        low = max(head, min(_longest_word(pdf, texts), 30.0)) + pad
        longest = max((pdf.get_string_width(t) for t in texts), default=0.0)
        mins.append(low)
        wants.append(max(min(longest + pad, 70.0), low))
    room = pdf.epw
    if sum(wants) <= room:
        return [w * room / sum(wants) for w in wants]
    spare = room - sum(mins)
    if spare <= 0:
        return [w * room / sum(mins) for w in mins]
    more = [w - low for w, low in zip(wants, mins, strict=True)]
    return [low + spare * extra / sum(more) for low, extra in zip(mins, more, strict=True)]


def _shown(section: ReportSection) -> ReportSection:
    """The section without the columns that are empty in every row (the PDF's pages
    are narrow; the Excel file keeps them all)."""
    keep = [i for i in range(len(section.columns)) if any(_text(r[i]) for r in section.rows)]
    if len(keep) == len(section.columns) or not keep:
        return section
    return ReportSection(
        section.title,
        [section.columns[i] for i in keep],
        [[r[i] for i in keep] for r in section.rows],
        section.note,
    )


def _make_pdf(report: AccessReport):
    from fpdf import FPDF

    class Letter(FPDF):
        def header(self) -> None:
            if self.page_no() == 1:
                return
            self.set_font(FONT, "", 8)
            self.set_text_color(*GREY)
            line = f"{report.title}: {report.subject} · {report.agency}"
            self.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
            self.ln(2)
            self.set_text_color(0, 0, 0)

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font(FONT, "", 8)
            self.set_text_color(*GREY)
            stand = f"Stand: {report.created_on:%d.%m.%Y}"
            self.cell(0, 5, stand, align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, f"Seite {self.page_no()} von {{nb}}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = Letter(orientation="P", unit="mm", format="A4")
    folder = font_folder()
    for style, name in _FILES.items():
        pdf.add_font(FONT, style, str(folder / name))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title(f"{report.title}: {report.subject}")
    pdf.set_author(report.agency)
    pdf.set_creator("WBA Desktop")
    pdf.set_lang("de-DE")
    pdf.alias_nb_pages()
    return pdf


def _letter(pdf, report: AccessReport) -> None:
    pdf.add_page()
    pdf.set_font(FONT, "B", 11)
    pdf.cell(0, 6, report.agency, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 10)
    for line in report.agency_address:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, f"{report.created_on:%d.%m.%Y}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font(FONT, "B", 15)
    pdf.multi_cell(0, 8, report.title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 11)
    pdf.multi_cell(0, 6, f"Betroffene Person: {report.subject}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font(FONT, "", 10)
    for paragraph in report.letter:
        pdf.multi_cell(0, 5.2, paragraph, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.ln(2)
    for line in report.closing:
        pdf.multi_cell(0, 5.2, line, align="L", new_x="LMARGIN", new_y="NEXT")


def _section(pdf, section: ReportSection, number: int) -> None:
    from fpdf.fonts import FontFace

    if pdf.will_page_break(40):
        pdf.add_page()
    pdf.ln(4)
    pdf.set_font(FONT, "B", 12)
    pdf.multi_cell(0, 7, f"{number}. {section.title}", new_x="LMARGIN", new_y="NEXT")
    if section.note:
        pdf.set_font(FONT, "I", 8.5)
        pdf.set_text_color(*GREY)
        pdf.multi_cell(0, 4.3, section.note, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)
    if not section.rows:
        pdf.set_font(FONT, "", 9)
        pdf.multi_cell(0, 5, NO_ENTRIES, new_x="LMARGIN", new_y="NEXT")
        return
    section = _shown(section)
    widths = _widths(pdf, section)
    pdf.set_font(FONT, "", TABLE_SIZE)
    head = FontFace(emphasis="BOLD", fill_color=HEAD_FILL)
    with pdf.table(
        col_widths=widths,
        headings_style=head,
        line_height=4.2,
        text_align="LEFT",
        v_align="TOP",
        padding=(0.8, 1.2),
        repeat_headings=1,
        width=pdf.epw,
    ) as table:
        header = table.row()
        for col in section.columns:
            header.cell(col.header)
        for values in section.rows:
            row = table.row()
            for value in values:
                row.cell(_text(value))


def write_access_pdf(report: AccessReport, path: str | os.PathLike[str]) -> Path:
    """Write the letter and every section to ``path`` (atomically)."""
    pdf = _make_pdf(report)
    _letter(pdf, report)
    if report.sections:
        pdf.add_page()
        pdf.set_font(FONT, "B", 13)
        pdf.cell(0, 8, "Die gespeicherten Daten im Einzelnen", new_x="LMARGIN", new_y="NEXT")
        for number, section in enumerate(report.sections, 1):
            _section(pdf, section, number)
    data = bytes(pdf.output())
    with atomic_file(path) as tmp:
        tmp.write_bytes(data)
    return Path(path)
