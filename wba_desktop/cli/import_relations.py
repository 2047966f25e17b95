"""``wba-desktop import`` for relations: an edge list or a GEXF/GraphML file.

Called by :mod:`wba_desktop.cli.importing` when the table is an edge list (or
``--beziehungen`` says so) or the file is a graph file. Unknown organisations are
listed with their rows and created only with ``--create-missing`` (a graph file's
nodes are organisations and are created); unknown relation types are listed and
created only with ``--neue-arten``; while rows are rejected nothing is imported,
unless ``--nur-gueltige``. Exit codes as ``import``: 0 imported, 1 nothing to
import or refused, 2 the file is not readable.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from wba_desktop.cli.common import NOTHING, open_database
from wba_desktop.i18n import _
from wba_desktop.text import format as fmt

LIMIT = 100


def wants_relations(args: argparse.Namespace, rows: list[list[Any]]) -> bool:
    """Import the table as relations: forced, a saved mapping of an edge list, or
    recognised (without a saved mapping)."""
    from wba_desktop.exchange.edge_list import detect_edge_list, is_relation_mapping
    from wba_desktop.exchange.mapping import Mapping

    if args.beziehungen:
        return True
    if args.mapping:
        return is_relation_mapping(Mapping.from_file(args.mapping))
    return detect_edge_list(rows) is not None


def _print_lines(title: str, lines: list[str]) -> None:
    print(title)
    for line in lines[:LIMIT]:
        print(f"  {line}")
    if len(lines) > LIMIT:
        print("  " + _("… und {count} weitere").format(count=fmt.integer(len(lines) - LIMIT)))


def run_relations(args: argparse.Namespace, rows: list[list[Any]] | None, sheet: str | None) -> int:
    from wba_desktop.exchange.edge_list import RELATION_FIELDS, detect_edge_list
    from wba_desktop.exchange.filecheck import ImportFileError
    from wba_desktop.exchange.graph_files import read_graph
    from wba_desktop.exchange.spreadsheet import cell_name
    from wba_desktop.services.importing.relations import RelationImportService
    from wba_desktop.services.presence import registered

    name = Path(args.file).name
    graph = None
    if rows is None:
        graph = read_graph(args.file)  # defusedxml, node limit, duplicate ids
        print(
            _("Netzwerkdatei ({kind}): {nodes} Knoten, {edges} Kanten").format(
                kind=graph.kind.upper(),
                nodes=fmt.integer(len(graph.nodes)),
                edges=fmt.integer(len(graph.edges)),
            )
        )
    else:
        if args.mapping:
            from wba_desktop.exchange.mapping import Mapping

            mapping = Mapping.from_file(args.mapping).adapt(rows)
        else:
            mapping = detect_edge_list(rows, sheet)
        if mapping is None or not {"rel_source", "rel_target"} <= mapping.fields():
            raise ImportFileError(
                _(
                    "Die Tabelle ist keine Beziehungsliste: Es fehlen zwei Spalten mit "
                    "Organisationen (z. B. „Organisation A“ und „Organisation B“ oder „Von“ "
                    "und „Zu“)."
                )
            )
        print(_("Beziehungsliste erkannt: Blatt „{sheet}“, Überschriften in Zeile {row}:")
              .format(sheet=sheet, row=mapping.header_row + 1))  # fmt: skip
        for col, field in sorted(mapping.columns.items()):
            letter = cell_name(0, col)[:-1]
            label = RELATION_FIELDS.get(field, field)
            header = mapping.headers.get(col, "")
            print("  " + _("Spalte {letter} „{header}“ → {label}").format(
                letter=letter, header=header, label=label))  # fmt: skip
        if args.save_mapping:
            try:
                Path(args.save_mapping).write_text(mapping.to_json(), encoding="utf-8")
            except OSError as exc:
                raise ImportFileError(
                    _(
                        "Die Zuordnung lässt sich nicht als „{save_mapping}“ speichern "
                        "(Ordner vorhanden, Schreibrechte?)."
                    ).format(save_mapping=args.save_mapping)
                ) from exc
    _engine, uow = open_database(args)
    service = RelationImportService(uow)
    if graph is not None:
        plan = service.plan_graph(graph, create_missing=True, create_types=args.neue_arten)
    else:
        plan = service.plan_rows(
            rows,
            mapping,
            create_missing=args.create_missing,
            create_types=args.neue_arten,
            source_name=name,
        )
    if plan.missing and not plan.create_missing:
        _print_lines(
            "Diese Organisationen gibt es in der Datenbank nicht (mit --create-missing "
            "werden sie angelegt):",
            plan.missing_lines(limit=10_000),
        )
    if plan.unknown_types:
        _print_lines(
            "Diese Beziehungsarten gibt es nicht (mit --neue-arten werden sie angelegt):",
            plan.unknown_type_lines(),
        )
    lines = plan.rejected_lines(skip_listed=True)
    if lines:
        _print_lines(_("Abgelehnt:"), lines)
    if args.rejected and plan.rejected:
        plan.write_rejected(args.rejected)
        print(_("Abgelehnte Zeilen gespeichert: {path}").format(path=args.rejected))
    print(plan.summary().text())
    if plan.rejected and not args.nur_gueltige:
        print(
            _(
                "Nichts wurde importiert: Zeilen sind abgelehnt. Bitte die Datei berichtigen, "
                "oder mit --nur-gueltige die gültigen Zeilen importieren."
            )
        )
        return NOTHING
    if plan.summary().relations_new == 0 and not plan.org_indexes_to_write():
        print(_("Nichts zu importieren."))
        return NOTHING
    if args.dry_run:
        print(_("Probelauf: nichts wurde geändert."))
        return 0
    with registered(uow):
        summary = service.apply(plan, import_valid=args.nur_gueltige)
    print(summary.text())
    return 0
