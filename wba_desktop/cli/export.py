"""``wba-desktop export WAS [NAME] --out DATEI``: a list as the list view shows it.

``organisations``, ``people`` and ``relations`` take the filters of the list view
(without a filter: all active); ``verteiler NAME`` exports one Verteiler. The
report of a Verbund (``export verbund``) and the participant list or calendar file
of an event (``export event``) are written by ``export_verbund`` and
``export_event``; they share this sub-command's options.
"""

from __future__ import annotations

import argparse
import sys

from wba_desktop.cli.common import (
    exit_codes_help,
    lookup_ids,
    open_database,
    print_progress,
    wba_regions,
)
from wba_desktop.i18n import _
from wba_desktop.text import format as fmt

WHAT = ("organisations", "people", "relations", "verteiler", "verbund", "event", "anfragen")


def register(sub, parents: list[argparse.ArgumentParser]) -> None:
    export = sub.add_parser(
        "export",
        parents=parents,
        help="Liste exportieren (Excel, CSV, vCard); Verbundbericht; Teilnehmerliste, Kalender",
        description="Exportiert eine Liste wie in der Listenansicht (ohne Filter: alle aktiven). "
        "„export verbund NAME --out DATEI“ schreibt den Bericht eines Verbunds (.xlsx) oder "
        "seine Zeitleiste (.png, .pdf); NAME ist der Name oder Kurzname. "
        "„export event TITEL --out DATEI“ schreibt die Teilnehmerliste (.xlsx) oder die "
        "Kalenderdatei (.ics) einer Veranstaltung. „export anfragen --out DATEI.xlsx "
        "[--from TT.MM.JJJJ] [--to TT.MM.JJJJ] [--wba-region NAME]“ schreibt den Bericht "
        "der Lotsenfunktion für das Ministerium (ohne Daten von Ratsuchenden).",
        epilog=exit_codes_help(),
    )
    export.add_argument("what", choices=WHAT)
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
    export.add_argument(
        "--zweck",
        dest="purpose",
        metavar="ZWECK",
        help="nur Personen, die für diesen Zweck angeschrieben werden dürfen (z. B. Newsletter)",
    )
    export.add_argument(
        "--from", dest="date_from", metavar="TT.MM.JJJJ", help="Anfragen: Zeitraum ab (Eingang)"
    )
    export.add_argument(
        "--to", dest="date_to", metavar="TT.MM.JJJJ", help="Anfragen: Zeitraum bis (Eingang)"
    )
    export.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from wba_desktop.services.bundle import Services

    _, uow = open_database(args)
    services = Services.create(uow)
    if args.what == "verbund":
        from wba_desktop.cli.export_verbund import export_verbund

        return export_verbund(services, args)
    if args.what == "event":
        from wba_desktop.cli.export_event import export_event

        return export_event(services, args)
    if args.what == "anfragen":
        from wba_desktop.cli.export_inquiries import export_inquiries

        return export_inquiries(services, args)
    try:
        result = services.exports.export(
            args.what,
            _list_filter(services, args),
            path=args.out,
            fmt=args.format,
            mail_merge=args.mail_merge,
            progress=print_progress,
            purpose=getattr(args, "purpose", None),
        )
    finally:
        print(file=sys.stderr)  # end the progress line (before a message, too)
    print(f"{fmt.integer(result.rows)} Zeilen exportiert nach {result.path} ({result.format}).")
    if getattr(result, "left_out", None):
        print(f"{result.left_out_text}.")
    return 0


def _list_filter(services, args: argparse.Namespace):
    """The Verteiler id, or the people / organisation filter the options describe."""
    from wba_desktop.errors import ServiceError
    from wba_desktop.services.directory.organisations import OrganisationFilter
    from wba_desktop.services.directory.people import PersonFilter

    if args.what == "verteiler":
        if not args.name:
            raise ServiceError(_("Bitte den Namen des Verteilers angeben: export verteiler NAME"))
        return services.verteiler.by_name(args.name).id
    ref = services.reference
    regions = ref.regions()
    wba = wba_regions(ref.wba_regions(), args.wba_region, ServiceError)
    common = {
        "text": args.text,
        "type_ids": lookup_ids(
            args.kind, [(t.id, [t.name]) for t in ref.organisation_types()], "Art"
        ),
        "region_ids": lookup_ids(
            args.district, [(r.id, [r.name, r.plate]) for r in regions], "Landkreis"
        ),
        "wba_regions": wba,
        "tag_ids": lookup_ids(args.tag, [(t.id, [t.name]) for t in ref.tags()], "Schlagwort"),
        "active": None if args.all else not args.inactive,
    }
    return PersonFilter(**common) if args.what == "people" else OrganisationFilter(**common)
