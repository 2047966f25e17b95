"""Command line: without a sub-command the window opens; sub-commands run headless.

wba-desktop                      open the app
wba-desktop demo [--size small|large]
wba-desktop migrate
wba-desktop check
wba-desktop import DATEI [--sheet BLATT] [--dry-run] [--mapping DATEI] [--on-match AKTION]
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from wba_desktop import APP_NAME, __version__

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wba-desktop",
        description=f"{APP_NAME}: Partnernetzwerk der Weiterbildungsagenturen Sachsen-Anhalt. "
        "Ohne Unterbefehl öffnet sich das Programmfenster.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--db",
        metavar="PFAD|URL",
        help="Datenbankdatei oder -URL (sonst WBA_DATABASE_URL oder die Datei im Datenordner)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="ausführliche Meldungen")
    sub = parser.add_subparsers(dest="command", metavar="BEFEHL")

    demo = sub.add_parser("demo", help="Demodaten in die Datenbank schreiben")
    demo.add_argument(
        "--size",
        choices=("small", "large"),
        default="small",
        help="small: ca. 300 Organisationen; large: 20.000 Organisationen (für Messungen)",
    )
    demo.add_argument("--seed", type=int, default=1, help="Startwert des Zufallsgenerators")
    demo.add_argument(
        "--force", action="store_true", help="auch in eine Datenbank schreiben, die schon Daten hat"
    )

    sub.add_parser("migrate", help="Datenbank auf den aktuellen Stand bringen (mit Sicherung)")
    sub.add_parser("check", help="Schema-Version, Integritätsprüfung und Anzahl der Datensätze")
    _add_export_parser(sub)
    _add_import_parser(sub)
    _add_graph_parser(sub)
    return parser


def _open(args) -> tuple:
    from wba_desktop import paths
    from wba_desktop.db import UnitOfWorkFactory, create_db_engine
    from wba_desktop.db.migrate import ensure_schema

    url = paths.database_url(args.db)
    engine = create_db_engine(url)
    ensure_schema(engine, paths.backup_dir())
    return engine, UnitOfWorkFactory(engine)


def cmd_migrate(args) -> int:
    engine, _ = _open(args)
    from wba_desktop.db.migrate import current_revision

    print(
        f"Datenbank ist auf Stand {current_revision(engine)}: {engine.url.database or engine.url}"
    )
    return 0


def cmd_check(args) -> int:
    from wba_desktop.services.maintenance import check_database

    engine, uow = _open(args)
    report = check_database(uow)
    print(f"{'Datenbank:':22}{report.location}")
    print(f"{'Schema-Version:':22}{report.revision}")
    print(f"{'Integrität:':22}{'in Ordnung' if report.ok else 'FEHLER'}")
    for problem in report.problems:
        print(f"  - {problem}")
    for label, n in report.counts.items():
        print(f"{label + ':':22}{n:>10,}".replace(",", "."))
    return 0 if report.ok else 1


def cmd_demo(args) -> int:
    from wba_desktop.demo.generate import DemoError, generate_demo

    _, uow = _open(args)

    last: list[tuple[str, int]] = []

    def progress(done: int, total: int, what: str) -> None:
        state = (what, done * 10 // max(total, 1))
        if not last or last[-1] != state:
            last.append(state)
            pct = done * 100 // max(total, 1)
            print(f"\r{what:40.40} {pct:3d} %", end="", file=sys.stderr, flush=True)

    try:
        summary = generate_demo(
            uow, size=args.size, seed=args.seed, force=args.force, progress=progress
        )
    except DemoError as exc:
        print(f"\n{exc}", file=sys.stderr)
        return 1
    print(file=sys.stderr)
    print(
        f"Demodaten angelegt: {summary.organisations} Organisationen, {summary.people} Personen, "
        f"{summary.relations} Beziehungen, {summary.verbuende} Verbünde, "
        f"{summary.events} Veranstaltungen ({summary.seconds:.1f} s)."
    )
    return 0


def _add_export_parser(sub) -> None:
    export = sub.add_parser(
        "export",
        help="Liste exportieren (Excel, CSV, vCard); Verbundbericht; Teilnehmerliste, Kalender",
        description="Exportiert eine Liste wie in der Listenansicht (ohne Filter: alle aktiven). "
        "„export verbund NAME --out DATEI“ schreibt den Bericht eines Verbunds (.xlsx) oder "
        "seine Zeitleiste (.png, .pdf); NAME ist der Name oder Kurzname. "
        "„export event TITEL --out DATEI“ schreibt die Teilnehmerliste (.xlsx) oder die "
        "Kalenderdatei (.ics) einer Veranstaltung.",
    )
    export.add_argument(
        "what", choices=("organisations", "people", "relations", "verteiler", "verbund", "event")
    )
    export.add_argument(
        "name",
        nargs="?",
        help="Name des Verteilers, Name oder Kurzname des Verbunds, Titel der Veranstaltung",
    )
    export.add_argument("--out", required=True, metavar="DATEI", help="Zieldatei")
    export.add_argument(
        "--format",
        choices=("xlsx", "csv", "vcf", "vcf-zip", "ics"),
        help="Format (sonst nach Dateiendung: .xlsx, .csv, .vcf, .zip, .ics)",
    )
    for opt, label in (
        ("--kind", "Art der Organisation"),
        ("--district", "Landkreis oder kreisfreie Stadt (Name oder Kennzeichen)"),
        ("--wba-region", "WBA-Region"),
        ("--tag", "Schlagwort"),
    ):
        export.add_argument(
            opt, action="append", default=[], metavar="NAME", help=f"{label}; mehrfach: eines davon"
        )
    export.add_argument(
        "--text", default="", metavar="Q", help="Suchtext wie im Suchfeld der Liste"
    )
    status = export.add_mutually_exclusive_group()
    status.add_argument("--inactive", action="store_true", help="nur inaktive")
    status.add_argument("--all", action="store_true", help="aktive und inaktive (sonst nur aktive)")
    export.add_argument(
        "--mail-merge", action="store_true", help="Serienbrieffelder (Anrede, Briefanrede, Adresse)"
    )


def cmd_export(args) -> int:
    from wba_desktop.errors import ServiceError
    from wba_desktop.services.bundle import Services
    from wba_desktop.services.directory.organisations import OrganisationFilter
    from wba_desktop.services.directory.people import PersonFilter
    from wba_desktop.text.fold import search_key

    _, uow = _open(args)
    services = Services.create(uow)
    if args.what == "verbund":
        from wba_desktop.cli_verbund import export_verbund

        return export_verbund(services, args)
    if args.what == "event":
        from wba_desktop.cli_event import export_event

        return export_event(services, args)
    ref = services.reference

    def ids(wanted: list[str], choices: list[tuple[int, list[str]]], label: str) -> tuple:
        """Ids whose name (or code) is ``wanted``, or else contains it (folded)."""
        found: list[int] = []
        for raw in wanted:
            key = search_key(raw)
            hits = [i for i, names in choices if key in map(search_key, names)]
            hits = hits or [i for i, names in choices if key and key in search_key(names[0])]
            if not hits:
                known = ", ".join(names[0] for _, names in choices)
                raise ServiceError(f"{label} „{raw}“ gibt es nicht. Bekannt: {known}")
            found += [i for i in hits if i not in found]
        return tuple(found)

    if args.what == "verteiler":
        if not args.name:
            raise ServiceError("Bitte den Namen des Verteilers angeben: export verteiler NAME")
        flt = services.verteiler.by_name(args.name).id
    else:
        regions = ref.regions()
        wba = {search_key(w): w for w in ref.wba_regions()}
        unknown = [w for w in args.wba_region if search_key(w) not in wba]
        if unknown:
            raise ServiceError(
                f"WBA-Region „{unknown[0]}“ gibt es nicht: {', '.join(wba.values())}"
            )
        common = {
            "text": args.text,
            "type_ids": ids(args.kind, [(t.id, [t.name]) for t in ref.organisation_types()], "Art"),
            "region_ids": ids(
                args.district, [(r.id, [r.name, r.plate]) for r in regions], "Landkreis"
            ),
            "wba_regions": tuple(wba[search_key(w)] for w in args.wba_region),
            "tag_ids": ids(args.tag, [(t.id, [t.name]) for t in ref.tags()], "Schlagwort"),
            "active": None if args.all else not args.inactive,
        }
        flt = PersonFilter(**common) if args.what == "people" else OrganisationFilter(**common)

    def progress(done: int, total: int, what: str) -> None:
        pct = done * 100 // max(total, 1)
        print(f"\r{what:40.40} {pct:3d} %", end="", file=sys.stderr, flush=True)

    result = services.exports.export(
        args.what,
        flt,
        path=args.out,
        fmt=args.format,
        mail_merge=args.mail_merge,
        progress=progress,
    )
    print(file=sys.stderr)
    print(
        f"{result.rows:,} Zeilen exportiert nach {result.path} ({result.format}).".replace(",", ".")
    )
    return 0


def _add_import_parser(sub) -> None:
    imp = sub.add_parser(
        "import",
        help="Organisationen und Personen aus Excel/CSV importieren (alles oder nichts)",
        description="Liest eine Tabelle (.xlsx, .xls, .ods, .csv), prüft jede Zeile, gleicht "
        "mit vorhandenen Organisationen und Personen ab und schreibt alles in einem Schritt. "
        "Rückgabe: 0 importiert (abgelehnte Zeilen werden gemeldet), 1 nichts zu importieren, "
        "2 Datei nicht lesbar.",
    )
    imp.add_argument("file", metavar="DATEI", help="die Tabelle")
    imp.add_argument("--sheet", metavar="BLATT", help="Tabellenblatt (sonst das erste)")
    imp.add_argument(
        "--dry-run", action="store_true", help="nur prüfen und die Vorschau zeigen, nichts ändern"
    )
    imp.add_argument("--mapping", metavar="DATEI", help="gespeicherte Spaltenzuordnung (JSON)")
    imp.add_argument(
        "--save-mapping", metavar="DATEI", help="die verwendete Spaltenzuordnung speichern"
    )
    imp.add_argument(
        "--on-match",
        choices=("skip", "fill", "overwrite", "new"),
        default="fill",
        help="bei vorhandenen Datensätzen: überspringen, leere Felder ergänzen (Standard), "
        "überschreiben, neu anlegen",
    )
    imp.add_argument(
        "--rejected", metavar="DATEI.xlsx", help="abgelehnte Zeilen mit Gründen speichern"
    )


def cmd_import(args) -> int:
    from pathlib import Path

    from wba_desktop.exchange.filecheck import ImportFileError
    from wba_desktop.exchange.mapping import FIELDS, Mapping, suggest
    from wba_desktop.exchange.spreadsheet import cell_name, read_rows, read_workbook
    from wba_desktop.services.importing.service import ImportService, write_rejected_xlsx

    source = read_workbook(args.file)
    sheet = args.sheet or source.default_sheet
    rows = read_rows(args.file, sheet)
    if args.mapping:
        try:
            saved = Mapping.from_json(Path(args.mapping).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ImportFileError(f"Zuordnung „{args.mapping}“ nicht lesbar: {exc}") from exc
        mapping = saved.adapt(rows)
    else:
        mapping = suggest(rows, sheet)
    if not mapping.columns:
        raise ImportFileError("Keine Spalte der Tabelle ließ sich einem Feld zuordnen.")
    print(f"Blatt „{sheet}“, Überschriften in Zeile {mapping.header_row + 1}:")
    for col, name in sorted(mapping.columns.items()):
        letter = cell_name(0, col)[:-1]
        print(f"  Spalte {letter} „{mapping.headers.get(col, '')}“ → {FIELDS[name]}")
    if args.save_mapping:
        Path(args.save_mapping).write_text(mapping.to_json(), encoding="utf-8")
    _, uow = _open(args)
    service = ImportService(uow)
    plan = service.plan(rows, mapping, args.on_match)
    reasons = [reason for row in plan.rejected for reason in row.reasons]
    for line in reasons[:100]:
        print(f"  abgelehnt: {line}")
    if len(reasons) > 100:
        print(f"  … und {len(reasons) - 100} weitere Gründe (siehe --rejected)")
    if args.rejected and plan.rejected:
        write_rejected_xlsx(plan, args.rejected)
        print(f"Abgelehnte Zeilen gespeichert: {args.rejected}")
    if len(plan.rows) == len(plan.rejected):
        print("Nichts zu importieren.")
        return 1
    if args.dry_run:
        print(plan.summary(args.on_match).text())
        print("Probelauf: nichts wurde geändert.")
        return 0
    print(service.apply(plan, args.on_match).text())
    return 0


def _add_graph_parser(sub) -> None:
    graph = sub.add_parser(
        "graph",
        help="Netzwerk als GEXF/GraphML (Gephi) oder als Bild (PNG, SVG, PDF) exportieren",
        description="Exportiert das Netzwerk der Organisationen (ohne Filter: alle aktiven, "
        "alle Beziehungen). Bilder werden wie im Programm angeordnet (gespeicherte Positionen).",
    )
    graph.add_argument("--out", required=True, metavar="DATEI", help="Zieldatei")
    graph.add_argument(
        "--format",
        choices=("gexf", "graphml", "png", "svg", "pdf"),
        help="Format (sonst nach Dateiendung)",
    )
    for opt, label in (
        ("--kind", "Art der Organisation"),
        ("--district", "Landkreis oder kreisfreie Stadt (Name oder Kennzeichen)"),
        ("--wba-region", "WBA-Region"),
        ("--tag", "Schlagwort"),
        ("--relation-type", "Art der Beziehung"),
    ):
        graph.add_argument(
            opt, action="append", default=[], metavar="NAME", help=f"{label}; mehrfach: eines davon"
        )
    graph.add_argument(
        "--min-strength", type=int, default=1, choices=(1, 2, 3), help="Mindeststärke (1-3)"
    )
    graph.add_argument(
        "--as-of", metavar="TT.MM.JJJJ", help="nur Beziehungen, die an dem Tag galten"
    )
    graph.add_argument("--focus", metavar="NAME", help="nur diese Organisation und ihr Umfeld")
    graph.add_argument(
        "--depth", type=int, default=1, choices=(1, 2, 3), help="Umfeld: Schritte (1-3)"
    )
    graph.add_argument(
        "--layout",
        choices=("force", "district", "kind"),
        default="force",
        help="Anordnung: Kräfte (Standard), nach Landkreis, nach Art",
    )
    graph.add_argument("--all", action="store_true", help="auch inaktive Organisationen")
    graph.add_argument(
        "--labels",
        type=int,
        default=15,
        metavar="N",
        help="Bild: die N am besten vernetzten beschriften",
    )


def cmd_graph(args) -> int:
    from datetime import datetime

    from wba_desktop.network.graph import GraphOptions, NetworkError
    from wba_desktop.services.bundle import Services
    from wba_desktop.text.fold import search_key

    _, uow = _open(args)
    services = Services.create(uow)
    ref = services.reference
    network = services.network

    def ids(wanted: list[str], choices: list[tuple[int, list[str]]], label: str) -> tuple:
        found: list[int] = []
        for raw in wanted:
            key = search_key(raw)
            hits = [i for i, names in choices if key in map(search_key, names)]
            hits = hits or [i for i, names in choices if key and key in search_key(names[0])]
            if not hits:
                known = ", ".join(names[0] for _, names in choices)
                raise NetworkError(f"{label} „{raw}“ gibt es nicht. Bekannt: {known}")
            found += [i for i in hits if i not in found]
        return tuple(found)

    wba = {search_key(w): w for w in ref.wba_regions()}
    unknown = [w for w in args.wba_region if search_key(w) not in wba]
    if unknown:
        raise NetworkError(f"WBA-Region „{unknown[0]}“ gibt es nicht: {', '.join(wba.values())}")
    as_of = None
    if args.as_of:
        try:
            as_of = datetime.strptime(args.as_of.strip(), "%d.%m.%Y").date()
        except ValueError as exc:
            raise NetworkError(
                f"Stichtag „{args.as_of}“: Bitte als TT.MM.JJJJ angeben, z. B. 31.12.2025."
            ) from exc
    rtypes = [(t.id, [t.name, t.forward_label]) for t in ref.relation_types()]
    options = GraphOptions(
        type_ids=ids(args.kind, [(t.id, [t.name]) for t in ref.organisation_types()], "Art"),
        region_ids=ids(
            args.district, [(r.id, [r.name, r.plate]) for r in ref.regions()], "Landkreis"
        ),
        wba_regions=tuple(wba[search_key(w)] for w in args.wba_region),
        tag_ids=ids(args.tag, [(t.id, [t.name]) for t in ref.tags()], "Schlagwort"),
        relation_type_ids=ids(args.relation_type, rtypes, "Beziehungsart"),
        min_strength=args.min_strength,
        as_of=as_of,
        include_inactive=args.all,
        focus_id=network.find_organisation(args.focus) if args.focus else None,
        depth=args.depth,
    )
    result = network.graph(options)
    path = network.export(
        result, args.out, fmt=args.format, mode=args.layout, label_top=args.labels
    )
    print(f"{result.description}: exportiert nach {path}.")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.command is None:
        from wba_desktop.app import run_gui

        return run_gui(args.db)
    from wba_desktop.db.engine import DatabaseError
    from wba_desktop.errors import ServiceError

    handlers = {
        "demo": cmd_demo,
        "migrate": cmd_migrate,
        "check": cmd_check,
        "export": cmd_export,
        "import": cmd_import,
        "graph": cmd_graph,
    }
    try:
        return handlers[args.command](args)
    except (DatabaseError, ServiceError) as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return 2
