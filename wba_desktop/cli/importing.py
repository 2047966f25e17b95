"""``wba-desktop import DATEI``: organisations and people from a table, all or nothing.

An edge list (two organisation columns) or a graph file (.gexf, .graphml) is imported
as relations instead (``import_relations``); ``--beziehungen`` forces that.

Exit codes (``common.exit_codes_help``): 0 imported (rejected rows are reported), 1
nothing to import, 2 the file (or the saved column mapping) is not readable, 3 the
database is busy, 4 damaged, 5 read-only.
"""

from __future__ import annotations

import argparse

from wba_desktop.cli.common import NOTHING, exit_codes_help, open_database
from wba_desktop.i18n import N_, _
from wba_desktop.text import format as fmt


def register(sub, parents: list[argparse.ArgumentParser]) -> None:
    imp = sub.add_parser(
        "import",
        parents=parents,
        help=_(
            "Organisationen und Personen aus Excel/CSV importieren, oder Beziehungen "
            "(Kantenliste, GEXF, GraphML); alles oder nichts"
        ),
        description=_(
            "Liest eine Tabelle (.xlsx, .xls, .ods, .csv), prüft jede Zeile, gleicht "
            "mit vorhandenen Organisationen und Personen ab und schreibt alles in einem Schritt. "
            "Abgelehnte Zeilen werden gemeldet. Eine Beziehungsliste (zwei Spalten mit "
            "Organisationen, z. B. „Von“ und „Zu“) oder ein Netz aus Gephi (.gexf, .graphml) "
            "wird als Beziehungen importiert."
        ),
        epilog=exit_codes_help(N_("nichts zu importieren")),
    )
    imp.add_argument("file", metavar=_("DATEI"), nargs="?", help=_("die Tabelle"))
    imp.add_argument(
        "--vorlage",
        metavar=_("DATEI.xlsx"),
        help=_(
            "statt zu importieren eine Vorlage zum Ausfüllen speichern (Überschriften, "
            "Beispielzeile, Erläuterungen)"
        ),
    )
    imp.add_argument("--sheet", metavar=_("BLATT"), help=_("Tabellenblatt (sonst das erste)"))
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help=_("nur prüfen und die Vorschau zeigen, nichts ändern"),
    )
    imp.add_argument(
        "--mapping", metavar=_("DATEI"), help=_("gespeicherte Spaltenzuordnung (JSON)")
    )
    imp.add_argument(
        "--save-mapping", metavar=_("DATEI"), help=_("die verwendete Spaltenzuordnung speichern")
    )
    imp.add_argument(
        "--on-match",
        choices=("skip", "fill", "overwrite", "new"),
        default="fill",
        help=_(
            "bei vorhandenen Datensätzen: überspringen, leere Felder ergänzen (Standard), "
            "überschreiben, neu anlegen"
        ),
    )
    imp.add_argument(
        "--rejected",
        metavar=_("DATEI.xlsx"),
        help=_("abgelehnte Zeilen mit Gründen speichern (.xlsx, oder .csv)"),
    )
    rel = imp.add_argument_group("Beziehungen (Kantenliste, GEXF, GraphML)")
    rel.add_argument(
        "--beziehungen",
        action="store_true",
        help=_(
            "die Tabelle als Beziehungsliste lesen (sonst automatisch erkannt); mit "
            "--vorlage: die Vorlage für Beziehungen"
        ),
    )
    rel.add_argument(
        "--create-missing",
        action="store_true",
        help=_("unbekannte Organisationen anlegen (Art „Sonstige“); sonst werden sie gemeldet"),
    )
    rel.add_argument(
        "--neue-arten",
        action="store_true",
        help=_("unbekannte Beziehungsarten anlegen; sonst werden sie aufgelistet"),
    )
    rel.add_argument(
        "--nur-gueltige",
        action="store_true",
        help=_("bei abgelehnten Zeilen die gültigen trotzdem importieren (sonst nichts)"),
    )
    imp.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from wba_desktop.cli.import_relations import run_relations, wants_relations
    from wba_desktop.exchange.filecheck import ImportFileError
    from wba_desktop.exchange.graph_files import is_graph_file
    from wba_desktop.exchange.mapping import FIELDS, Mapping, suggest
    from wba_desktop.exchange.spreadsheet import cell_name, read_rows, read_workbook
    from wba_desktop.services.importing.service import (
        ImportService,
        rejected_lines,
        write_rejected_xlsx,
    )
    from wba_desktop.services.presence import registered

    if args.vorlage and args.beziehungen:
        _engine, uow = open_database(args)
        from wba_desktop.services.importing.relations import RelationImportService

        RelationImportService(uow).write_template(args.vorlage)
        print(_("Vorlage für Beziehungen gespeichert: {path}").format(path=args.vorlage))
        return 0
    if args.vorlage:
        _engine, uow = open_database(args)  # the consent purposes name the consent columns
        ImportService(uow).write_template(args.vorlage)
        print(_("Vorlage gespeichert: {path}").format(path=args.vorlage))
        return 0
    if not args.file:
        raise ImportFileError(_("Bitte die Tabelle angeben (oder --vorlage DATEI)."))
    if is_graph_file(args.file):
        return run_relations(args, None, None)
    source = read_workbook(args.file)
    sheet = args.sheet or source.default_sheet
    rows = read_rows(args.file, sheet)
    if wants_relations(args, rows):
        return run_relations(args, rows, sheet)
    mapping = Mapping.from_file(args.mapping).adapt(rows) if args.mapping else suggest(rows, sheet)
    if not mapping.columns:
        raise ImportFileError(_("Keine Spalte der Tabelle ließ sich einem Feld zuordnen."))
    print(
        _("Blatt „{sheet}“, Überschriften in Zeile {row}:").format(
            sheet=sheet, row=mapping.header_row + 1
        )
    )
    for col, name in sorted(mapping.columns.items()):
        letter = cell_name(0, col)[:-1]
        header = mapping.headers.get(col, "")
        line = _("Spalte {letter} „{header}“ → {label}")
        print("  " + line.format(letter=letter, header=header, label=_(FIELDS[name])))
    if args.save_mapping:
        try:
            Path(args.save_mapping).write_text(mapping.to_json(), encoding="utf-8")
        except OSError as exc:
            raise ImportFileError(
                _(
                    "Die Zuordnung lässt sich nicht als „{save_mapping}“ speichern (Ordner "
                    "vorhanden, Schreibrechte?)."
                ).format(save_mapping=args.save_mapping)
            ) from exc
    _engine, uow = open_database(args)
    service = ImportService(uow)
    plan = service.plan(rows, mapping, args.on_match, source_name=Path(args.file).name)
    reasons = list(rejected_lines(plan))  # naming whom each row is about
    for line in reasons[:100]:
        print("  " + _("abgelehnt: {line}").format(line=line))
    if len(reasons) > 100:
        more = fmt.integer(len(reasons) - 100)
        print("  " + _("… und {count} weitere Gründe (siehe --rejected)").format(count=more))
    if args.rejected and plan.rejected:
        write_rejected_xlsx(plan, args.rejected)
        print(_("Abgelehnte Zeilen gespeichert: {path}").format(path=args.rejected))
    if len(plan.rows) == len(plan.rejected):
        print(_("Nichts zu importieren."))
        return NOTHING
    if args.dry_run:
        print(plan.summary(args.on_match).text())
        print(_("Probelauf: nichts wurde geändert."))
        return 0
    with registered(uow):  # a window finding the database busy can name us
        print(service.apply(plan, args.on_match).text())
    return 0
