"""„Vorlage herunterladen“: an xlsx to fill in and import unchanged.

Sheet „Kontakte“ has the headers the column mapping recognises by itself
(organisation first, then the person, then one „Einwilligung <Zweck>“ column per
active purpose), one invented sample row, a bold frozen header and text format for
postcodes and phone numbers (so Excel keeps their leading zero). Sheet
„Erläuterungen“ says per column what goes in, in which form, and whether it is
required; it prints on one page width with labels and values side by side.

In English the explanations are English (:mod:`wba_desktop.i18n`); the headers, the
sample row and the values the import reads („ja“, „Frau“, the vocabulary) stay German,
since they are what the import recognises and stores.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from wba_desktop.exchange.table import atomic_file
from wba_desktop.i18n import N_, _
from wba_desktop.vocab import SIZE_CLASSES, STANCES, TARGET_GROUPS

SHEET = "Kontakte"
HELP_SHEET = N_("Erläuterungen")
TEXT_FORMAT = "@"
_BOLD = Font(name="Calibri", size=11, bold=True)
_TOP = Alignment(vertical="top", wrap_text=True)
_REQUIRED = N_("ja (Organisation oder Nachname)")


@dataclass(frozen=True)
class TemplateColumn:
    """One column: the header, what goes in, its form, whether required, the sample."""

    field: str
    header: str
    what: str
    form: str
    required: str
    sample: str | int
    text: bool = False  # stored as text (leading zeros)
    #: the values ``form`` lists as ``{values}`` (vocabulary, stored German)
    values: tuple[str, ...] = ()

    def help_row(self) -> tuple[str, str, str, str]:
        """Header, what, form and required, as the "Erläuterungen" sheet shows them."""
        form = _(self.form)
        if self.values:
            form = form.format(values=_or_list(self.values))
        return self.header, _(self.what), form, _(self.required)


def _or_list(values: Sequence[str]) -> str:
    return ", ".join(f"„{v}“" for v in values)


COLUMNS: tuple[TemplateColumn, ...] = (
    TemplateColumn("org_name", "Organisation", N_("Name der Organisation (Firma, Kammer, "
                   "Verein …). Zeilen mit demselben Namen ergeben eine Organisation."),
                   "Text", _REQUIRED, "Musterfirma Beispiel GmbH"),
    TemplateColumn("short_name", "Kurzname", N_("Gebräuchliche Abkürzung"), "Text", N_("nein"),
                   "Musterfirma"),
    TemplateColumn("org_type", "Art der Organisation", N_("Art, wie in WBA Desktop geführt"),
                   N_("z. B. „Unternehmen“, „Kammer (IHK)“, „Weiterbildungsträger“; Unbekanntes "
                   "wird „Sonstige“"), N_("nein"), "Unternehmen"),
    TemplateColumn("street", "Straße", N_("Straße mit Hausnummer"), "Text", N_("nein"),
                   "Musterstraße 1"),
    TemplateColumn("postcode", "PLZ", N_("Postleitzahl"), N_("5 Ziffern, als Text (06108 behält "
                   "die 0)"), N_("nein"), "06217", text=True),
    TemplateColumn("city", "Ort", N_("Ort der Organisation"), "Text", N_("nein"), "Merseburg"),
    TemplateColumn("region", "Landkreis", N_("Landkreis oder kreisfreie Stadt in Sachsen-Anhalt"),
                   N_("Name, Kfz-Kennzeichen (z. B. SK) oder leer: dann aus dem Ort ermittelt, "
                   "wenn er Kreisstadt oder kreisfreie Stadt ist"), N_("nein"), "Saalekreis"),
    TemplateColumn("coverage", "Zuständigkeit", N_("Landkreise, für die die Organisation über "
                   "ihren Sitz hinaus zuständig ist (wie eine Kammer oder ein Jobcenter); "
                   "zählt in der Lückenanalyse und beim Vermitteln"),
                   N_("Namen oder Kfz-Kennzeichen, getrennt durch Semikolon oder Komma; "
                   "„Sachsen-Anhalt“ für alle 14; leer: nur der Sitz"), N_("nein"),
                   "Saalekreis; Halle (Saale)"),
    TemplateColumn("website", "Website", N_("Internetadresse"), N_("z. B. www.beispiel.de"),
                   N_("nein"),
                   "www.musterfirma.example"),
    TemplateColumn("org_email", "E-Mail der Organisation", N_("Allgemeine Adresse"), "name@domain",
                   N_("nein"), "info@musterfirma.example"),
    TemplateColumn("org_phone", "Telefon der Organisation", N_("Zentrale"), N_("mit Vorwahl, z. B. "
                   "0345 1234567 oder +49 345 1234567"), N_("nein"), "03461 123456", text=True),
    TemplateColumn("sectors", "Branche", N_("Branche(n)"), "Text", N_("nein"),
                   "Metall- und Elektroindustrie"),
    TemplateColumn("tags", "Schlagworte", N_("Schlagworte der Organisation (ohne Organisation: "
                   "der Person)"), N_("mehrere durch Komma getrennt; neue werden angelegt"),
                   N_("nein"),
                   "Fachkräftesicherung, Weiterbildungsverbund"),
    TemplateColumn("size_class", "Größenklasse", N_("Unternehmensgröße"),
                   N_("eine von {values}"), N_("nein"), SIZE_CLASSES[2], values=SIZE_CLASSES),
    TemplateColumn("influence", "Einfluss", N_("Einfluss im Netzwerk"), N_("ganze Zahl 1 bis 5"),
                   N_("nein"), 3),
    TemplateColumn("interest", "Interesse", N_("Interesse an der Weiterbildungsagentur"),
                   N_("ganze Zahl 1 bis 5"), N_("nein"), 4),
    TemplateColumn("stance", "Haltung", N_("Haltung zur Weiterbildungsagentur"),
                   N_("eine von {values}"), N_("nein"), STANCES[1], values=STANCES),
    TemplateColumn("offers", "Leistungen", N_("Was die Organisation anbietet: Themen aus "
                   "Stammdaten › Themen der Leistungen (z. B. Weiterbildungsberatung, "
                   "Umschulung). Schon vorhandene Leistungen bleiben, neue kommen hinzu; sie "
                   "gelten für Sitz und Zuständigkeit der Organisation"),
                   N_("mehrere durch Semikolon oder Komma getrennt; Groß-/Kleinschreibung egal; "
                   "ein unbekanntes Thema weist die Zeile ab"), N_("nein"),
                   "Weiterbildungsberatung; Teilqualifizierung"),
    TemplateColumn("offer_groups", "Zielgruppen", N_("Für wen die Leistungen der Zeile gedacht "
                   "sind (gilt für jede Leistung der Zeile); leer: für alle"),
                   N_("eine oder mehrere von {values}, getrennt durch Semikolon oder Komma"),
                   N_("nein"), "Beschäftigte; KMU", values=TARGET_GROUPS),
    TemplateColumn("org_notes", "Bemerkung zur Organisation", N_("Freier Text"), "Text", N_("nein"),
                   "Beispielzeile: bitte überschreiben oder löschen"),
    TemplateColumn("salutation", "Anrede", N_("Anrede der Person"), N_("„Frau“, „Herr“ oder leer"),
                   N_("nein"), "Frau"),
    TemplateColumn("title", "Titel", N_("Akademischer Titel"), N_("z. B. „Dr.“"),
                   N_("nein"), "Dr."),
    TemplateColumn("first_name", "Vorname", N_("Vorname"), "Text", N_("nein"), "Erika"),
    TemplateColumn("last_name", "Nachname", N_("Nachname; ohne ihn legt die Zeile nur die "
                   "Organisation an"), "Text", _REQUIRED, "Mustermann"),
    TemplateColumn("function", "Funktion", N_("Funktion bei der Organisation"), "Text", N_("nein"),
                   "Personalleitung"),
    TemplateColumn("department", "Abteilung", N_("Abteilung bei der Organisation"), "Text",
                   N_("nein"), "Personal"),
    TemplateColumn("email", "E-Mail", N_("Dienstliche Adresse der Person; dieselbe Adresse "
                   "findet die Person beim nächsten Import wieder"), "name@domain", N_("nein"),
                   "erika.mustermann@musterfirma.example"),
    TemplateColumn("phone", "Telefon", N_("Durchwahl"), N_("mit Vorwahl, als Text"), N_("nein"),
                   "03461 123457", text=True),
    TemplateColumn("mobile", "Mobil", N_("Mobilnummer"), N_("als Text, z. B. 0151 12345678"),
                   N_("nein"),
                   "0151 12345678", text=True),
    TemplateColumn("notes", "Bemerkung", N_("Freier Text zur Person"), "Text", N_("nein"), ""),
)  # fmt: skip

CONSENT_WHAT = N_("Einwilligung der Person für den Zweck „{purpose}“")
CONSENT_FORM = N_(
    "„ja“ (erteilt heute) oder „ja, TT.MM.JJJJ“; „widerrufen TT.MM.JJJJ“; „nein“ oder "
    "leer: nichts wird erfasst. Kein Datum in der Zukunft."
)
CONSENT_SAMPLE = "ja, 01.03.2025"


def consent_header(purpose: str) -> str:
    return f"Einwilligung {purpose}"


def _fill_sheet(ws, purposes: Sequence[str]) -> None:
    headers = [c.header for c in COLUMNS] + [consent_header(p) for p in purposes]
    sample = [c.sample for c in COLUMNS]
    sample += [CONSENT_SAMPLE if i == 0 else "nein" for i in range(len(purposes))]
    ws.append(headers)
    ws.append([v if v != "" else None for v in sample])
    for i, text in enumerate(headers, 1):
        cell = ws.cell(1, i)
        cell.font = _BOLD
        cell.data_type = "s"  # a purpose's name never turns the header into a formula
        letter = get_column_letter(i)
        longest = max(len(text), len(str(sample[i - 1] or "")))
        ws.column_dimensions[letter].width = min(max(longest + 3, 10), 45)
        if i <= len(COLUMNS) and COLUMNS[i - 1].text:
            ws.column_dimensions[letter].number_format = TEXT_FORMAT  # new rows, too
            ws.cell(2, i).number_format = TEXT_FORMAT
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4


def _fill_help(ws, purposes: Sequence[str]) -> None:
    rows = [c.help_row() for c in COLUMNS]
    rows += [(consent_header(p), _(CONSENT_WHAT).format(purpose=p), _(CONSENT_FORM), _("nein"))
             for p in purposes]  # fmt: skip
    ws.append([_("Spalte"), _("Was gehört hinein"), _("Form"), _("Pflicht")])
    for row in rows:
        ws.append(list(row))
    ws.append([])
    ws.append([_("Hinweise"), _("Jede Zeile ist eine Person bei einer Organisation (oder nur "
               "eine Organisation, oder nur eine Person). Die Beispielzeile bitte "
               "überschreiben oder löschen. Spalten dürfen fehlen oder umgestellt werden; "
               "die Überschriften erkennt der Import von selbst."), "", ""])  # fmt: skip
    widths = {"A": 26, "B": 50, "C": 46, "D": 18}  # 140 characters: one landscape A4 wide
    for letter, width in widths.items():
        ws.column_dimensions[letter].width = width
    for row in ws.iter_rows():
        for cell in row:
            cell.alignment = _TOP
            if cell.column == 1 or cell.row == 1:
                cell.font = _BOLD
            if cell.data_type == "f":
                cell.data_type = "s"
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1  # all four columns on one page width: label beside text
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def write_template(path: str | os.PathLike[str], purposes: Sequence[str] = ()) -> None:
    """Write the import template to ``path`` (see the module docstring)."""
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    _fill_sheet(ws, purposes)
    _fill_help(wb.create_sheet(_(HELP_SHEET)), purposes)
    wb.active = 0
    wb.properties.title = _("Importvorlage")
    with atomic_file(path) as tmp:
        wb.save(tmp)
