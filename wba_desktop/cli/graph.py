"""``wba-desktop graph --out DATEI``: the network as GEXF/GraphML (Gephi) or as a picture.

Without a filter: all active organisations and all relations. Pictures are laid
out as in the app (saved positions).
"""

from __future__ import annotations

import argparse

from wba_desktop.cli.common import exit_codes_help, lookup_ids, open_database, wba_regions
from wba_desktop.cli.german import whole_number
from wba_desktop.i18n import N_, _


def register(sub, parents: list[argparse.ArgumentParser]) -> None:
    graph = sub.add_parser(
        "graph",
        parents=parents,
        help=_("Netzwerk als GEXF/GraphML (Gephi) oder als Bild (PNG, SVG, PDF) exportieren"),
        description=_(
            "Exportiert das Netzwerk der Organisationen (ohne Filter: alle aktiven, "
            "alle Beziehungen). Bilder werden wie im Programm angeordnet (gespeicherte Positionen)."
        ),
        epilog=exit_codes_help(),
    )
    graph.add_argument("--out", required=True, metavar=_("DATEI"), help=_("Zieldatei"))
    graph.add_argument(
        "--format",
        choices=("gexf", "graphml", "png", "svg", "pdf"),
        help=_("Format (sonst nach Dateiendung)"),
    )
    for opt, label in (
        ("--kind", N_("Art der Organisation")),
        ("--district", N_("Landkreis oder kreisfreie Stadt (Name oder Kennzeichen)")),
        ("--wba-region", N_("WBA-Region")),
        ("--tag", N_("Schlagwort")),
        ("--relation-type", N_("Art der Beziehung")),
    ):
        graph.add_argument(
            opt,
            action="append",
            default=[],
            metavar=_("NAME"),
            help=_("{label}; mehrfach: eines davon").format(label=_(label)),
        )
    graph.add_argument(
        "--min-strength",
        type=whole_number,
        default=1,
        choices=(1, 2, 3),
        help=_("Mindeststärke (1-3)"),
    )
    graph.add_argument(
        "--as-of", metavar=_("TT.MM.JJJJ"), help=_("nur Beziehungen, die an dem Tag galten")
    )
    graph.add_argument(
        "--focus", metavar=_("NAME"), help=_("nur diese Organisation und ihr Umfeld")
    )
    graph.add_argument(
        "--depth", type=whole_number, default=1, choices=(1, 2, 3), help=_("Umfeld: Schritte (1-3)")
    )
    graph.add_argument(
        "--layout",
        choices=("force", "district", "kind"),
        default="force",
        help=_("Anordnung: Kräfte (Standard), nach Landkreis, nach Art"),
    )
    graph.add_argument("--all", action="store_true", help=_("auch inaktive Organisationen"))
    graph.add_argument(
        "--labels",
        type=whole_number,
        default=15,
        metavar="N",
        help=_("Bild: die N am besten vernetzten beschriften"),
    )
    graph.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from datetime import datetime

    from wba_desktop.network.graph import GraphOptions, NetworkError
    from wba_desktop.services.bundle import Services

    _engine, uow = open_database(args)
    services = Services.create(uow)
    ref = services.reference
    network = services.network

    def ids(wanted: list[str], choices: list[tuple[int, list[str]]], label: str) -> tuple:
        return lookup_ids(wanted, choices, label, NetworkError)

    wba = wba_regions(ref.wba_regions(), args.wba_region, NetworkError)
    as_of = None
    if args.as_of:
        try:
            as_of = datetime.strptime(args.as_of.strip(), "%d.%m.%Y").date()
        except ValueError as exc:
            raise NetworkError(
                _("Stichtag „{as_of}“: Bitte als TT.MM.JJJJ angeben, z. B. 31.12.2025.").format(
                    as_of=args.as_of
                )
            ) from exc
    rtypes = [(t.id, [t.name, t.forward_label]) for t in ref.relation_types()]
    options = GraphOptions(
        type_ids=ids(args.kind, [(t.id, [t.name]) for t in ref.organisation_types()], "Art"),
        region_ids=ids(
            args.district, [(r.id, [r.name, r.plate]) for r in ref.regions()], "Landkreis"
        ),
        wba_regions=wba,
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
    print(
        _("{description}: exportiert nach {path}.").format(
            description=result.description, path=path
        )
    )
    return 0
