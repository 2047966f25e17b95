"""``wba-desktop map --out DATEI``: the map of Sachsen-Anhalt as PNG, SVG or PDF.

The districts coloured by partners, active Verbünde, events of the last twelve
months, gaps or inquiries of the last twelve months (``--by anfragen``); the
organisations as dots inside their district, the ties between districts as bands.
``--kind`` (and the other filters) narrow the organisations.
"""

from __future__ import annotations

import argparse

from wba_desktop.cli.common import exit_codes_help, lookup_ids, open_database, wba_regions
from wba_desktop.i18n import N_, _

BY = {"partners": N_("Partner"), "gaps": N_("Lücken"), "verbuende": N_("aktive Verbünde"),
      "events": N_("Veranstaltungen der letzten 12 Monate"),
      "anfragen": N_("Anfragen der letzten 12 Monate")}  # fmt: skip


def register(sub, parents: list[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "map",
        parents=parents,
        help=_("Karte der Landkreise als Bild (PNG, SVG, PDF) exportieren"),
        description=_(
            "Zeichnet die Karte Sachsen-Anhalts: die 14 Landkreise und kreisfreien "
            "Städte eingefärbt nach {measures}; die Organisationen als Punkte in ihrem "
            "Landkreis, die Beziehungen zwischen den Landkreisen als Bänder. "
            "Verwaltungsgrenzen: © GeoBasis-DE / BKG (2021)."
        ).format(measures=", ".join(f"{k} ({_(v)})" for k, v in BY.items())),
        epilog=exit_codes_help(),
    )
    cmd.add_argument(
        "--out", required=True, metavar=_("DATEI"), help=_("Zieldatei (.png, .svg oder .pdf)")
    )
    cmd.add_argument(
        "--format", choices=("png", "svg", "pdf"), help=_("Format (sonst nach Dateiendung)")
    )
    cmd.add_argument(
        "--by",
        choices=tuple(BY),
        default="partners",
        help=_("Färbung: {measures} (Standard: partners)").format(
            measures=", ".join(f"{k} = {_(v)}" for k, v in BY.items())
        ),
    )
    for opt, label in (
        ("--kind", N_("Art der Organisation")),
        ("--district", N_("Landkreis oder kreisfreie Stadt (Name oder Kennzeichen)")),
        ("--wba-region", N_("WBA-Region")),
        ("--tag", N_("Schlagwort")),
    ):
        cmd.add_argument(
            opt,
            action="append",
            default=[],
            metavar=_("NAME"),
            help=_("{label}; mehrfach: eines davon").format(label=_(label)),
        )
    cmd.add_argument("--all", action="store_true", help=_("auch inaktive Organisationen"))
    cmd.add_argument(
        "--ohne-punkte", action="store_true", help=_("keine Organisationen einzeichnen")
    )
    cmd.add_argument(
        "--ohne-baender", action="store_true", help=_("keine Bänder zwischen den Landkreisen")
    )
    cmd.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from wba_desktop.network.graph import GraphOptions, NetworkError
    from wba_desktop.network.map_classes import MEASURES
    from wba_desktop.services.bundle import Services
    from wba_desktop.text import format as fmt

    _engine, uow = open_database(args)
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
    print(
        _("Karte „{measure}“ mit {count} Organisationen gespeichert: {path}").format(
            measure=_(MEASURES[args.by]), count=shown, path=path
        )
    )
    return 0
