"""``wba-desktop map --out DATEI``: the map of Sachsen-Anhalt as PNG, SVG or PDF.

The districts coloured by partners, active Verbünde, events of the last twelve
months, gaps or inquiries of the last twelve months (``--by anfragen``); the
organisations as dots inside their district, the ties between districts as bands.
``--kind`` (and the other filters) narrow the organisations.
"""

from __future__ import annotations

import argparse

from wba_desktop.cli.common import exit_codes_help, lookup_ids, open_database, wba_regions

BY = {"partners": "Partner", "gaps": "Lücken", "verbuende": "aktive Verbünde",
      "events": "Veranstaltungen der letzten 12 Monate",
      "anfragen": "Anfragen der letzten 12 Monate"}  # fmt: skip


def register(sub, parents: list[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "map",
        parents=parents,
        help="Karte der Landkreise als Bild (PNG, SVG, PDF) exportieren",
        description="Zeichnet die Karte Sachsen-Anhalts: die 14 Landkreise und kreisfreien "
        "Städte eingefärbt nach "
        + ", ".join(f"{k} ({v})" for k, v in BY.items())
        + "; die Organisationen als Punkte in ihrem Landkreis, die Beziehungen zwischen "
        "den Landkreisen als Bänder. Verwaltungsgrenzen: © GeoBasis-DE / BKG (2021).",
        epilog=exit_codes_help(),
    )
    cmd.add_argument(
        "--out", required=True, metavar="DATEI", help="Zieldatei (.png, .svg oder .pdf)"
    )
    cmd.add_argument(
        "--format", choices=("png", "svg", "pdf"), help="Format (sonst nach Dateiendung)"
    )
    cmd.add_argument(
        "--by",
        choices=tuple(BY),
        default="partners",
        help="Färbung: " + ", ".join(f"{k} = {v}" for k, v in BY.items()) + " (Standard: partners)",
    )
    for opt, label in (
        ("--kind", "Art der Organisation"),
        ("--district", "Landkreis oder kreisfreie Stadt (Name oder Kennzeichen)"),
        ("--wba-region", "WBA-Region"),
        ("--tag", "Schlagwort"),
    ):
        cmd.add_argument(
            opt, action="append", default=[], metavar="NAME", help=f"{label}; mehrfach: eines davon"
        )
    cmd.add_argument("--all", action="store_true", help="auch inaktive Organisationen")
    cmd.add_argument("--ohne-punkte", action="store_true", help="keine Organisationen einzeichnen")
    cmd.add_argument(
        "--ohne-baender", action="store_true", help="keine Bänder zwischen den Landkreisen"
    )
    cmd.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from wba_desktop.network.graph import GraphOptions, NetworkError
    from wba_desktop.network.map_classes import MEASURES
    from wba_desktop.services.bundle import Services
    from wba_desktop.text import format as fmt

    _, uow = open_database(args)
    services = Services.create(uow)
    ref = services.reference

    def ids(wanted: list[str], choices: list[tuple[int, list[str]]], label: str) -> tuple:
        return lookup_ids(wanted, choices, label, NetworkError)

    options = GraphOptions(
        type_ids=ids(args.kind, [(t.id, [t.name]) for t in ref.organisation_types()], "Art"),
        region_ids=ids(
            args.district, [(r.id, [r.name, r.plate]) for r in ref.regions()], "Landkreis"
        ),
        wba_regions=wba_regions(ref.wba_regions(), args.wba_region, NetworkError),
        tag_ids=ids(args.tag, [(t.id, [t.name]) for t in ref.tags()], "Schlagwort"),
        include_inactive=args.all,
    )
    overview = services.map.overview(options)
    path = services.map.export(
        args.out,
        args.by,
        fmt=args.format,
        overview=overview,
        show_points=not args.ohne_punkte,
        show_ties=not args.ohne_baender,
    )
    shown = fmt.integer(len(overview.points))
    print(f"Karte „{MEASURES[args.by]}“ mit {shown} Organisationen gespeichert: {path}")
    return 0
