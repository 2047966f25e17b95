"""„Vorlage herunterladen“ for relations: an edge list to fill in and import unchanged.

Sheet „Beziehungen“ has the headers the edge-list detection recognises
(Organisation A, Beziehung, Organisation B, Stärke, Seit, Bis, Notiz), two invented
sample rows, a bold frozen header and date cells shown TT.MM.JJJJ. Sheet
„Erläuterungen“ says per column what goes in, and lists the relation types of the
database with both directions.

In English the explanations are English (:mod:`wba_desktop.i18n`); the headers and the
sample rows stay German: they are what the import recognises.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from wba_desktop.exchange.table import atomic_file
from wba_desktop.i18n import N_, _

SHEET = "Beziehungen"
HELP_SHEET = N_("Erläuterungen")
_BOLD = Font(name="Calibri", size=11, bold=True)
_TOP = Alignment(vertical="top", wrap_text=True)

COLUMNS = (
    ("Organisation A", N_("Name der ersten Organisation, wie in WBA Desktop geführt "
     "(Groß-/Kleinschreibung, Leerzeichen und ä/ae egal)"), N_("ja"), "Musterfirma Beispiel GmbH"),
    ("Beziehung", N_("Art der Beziehung, von A aus gelesen: Name oder Bezeichnung einer Art "
     "(siehe unten); eine Bezeichnung „rückwärts“ dreht die Richtung um; leer: "
     "„Kooperation“"), N_("nein"), "ist Mitglied von"),
    ("Organisation B", N_("Name der zweiten Organisation"),
     N_("ja"), "Beispiel-Kammer Musterstadt"),
    ("Stärke", N_("1 schwach, 2 mittel, 3 stark; leer: 2"), N_("nein"), 2),
    ("Seit", N_("Beginn der Beziehung, TT.MM.JJJJ"), N_("nein"), date(2024, 1, 1)),
    ("Bis", N_("Ende der Beziehung, TT.MM.JJJJ (nicht vor dem Beginn)"), N_("nein"), None),
    ("Notiz", N_("Freier Text"), N_("nein"), "Beispielzeile: bitte überschreiben oder löschen"),
)  # fmt: skip
SECOND_SAMPLE = ("Musterfirma Beispiel GmbH", "Kooperation", "Beispiel-Bildungswerk e. V.",
                 3, None, None, None)  # fmt: skip


def write_edge_template(
    path: str | os.PathLike[str], types: Sequence[tuple[str, str, str | None]] = ()
) -> None:
    """Write the template; ``types``: (name, forward label, reverse label) per type."""
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.append([c[0] for c in COLUMNS])
    ws.append([c[3] for c in COLUMNS])
    ws.append(list(SECOND_SAMPLE))
    for i, width in enumerate((34, 26, 34, 8, 12, 12, 40), 1):
        ws.cell(1, i).font = _BOLD
        ws.column_dimensions[chr(64 + i)].width = width
    for row in (2, 3):
        for col in (5, 6):
            ws.cell(row, col).number_format = "DD.MM.YYYY"
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = "A1:G1"
    help_ws = wb.create_sheet(_(HELP_SHEET))
    help_ws.append([_("Spalte"), _("Was gehört hinein"), _("Pflicht")])
    for header, what, required, _sample in COLUMNS:
        help_ws.append([header, _(what), _(required)])
    help_ws.append([])
    help_ws.append([_("Beziehungsart"), _("von A aus (vorwärts)"), _("von B aus (rückwärts)")])
    for name, forward, reverse in types:
        help_ws.append([name, forward, reverse or _("(ungerichtet: dieselbe)")])
    help_ws.append([])
    help_ws.append([_("Hinweise"), _("Jede Zeile ist eine Beziehung. Unbekannte Organisationen "
                    "werden gemeldet und nur auf Wunsch angelegt („Fehlende Organisationen "
                    "anlegen“), unbekannte Arten nur auf Wunsch („Neue Beziehungsarten "
                    "anlegen“). Doppelte Zeilen werden übersprungen."), ""])  # fmt: skip
    for letter, width in {"A": 28, "B": 60, "C": 34}.items():
        help_ws.column_dimensions[letter].width = width
    for row in help_ws.iter_rows():
        for cell in row:
            cell.alignment = _TOP
            if cell.row == 1 or cell.column == 1:
                cell.font = _BOLD
    wb.active = 0
    wb.properties.title = "Importvorlage Beziehungen"
    with atomic_file(path) as tmp:
        wb.save(tmp)
