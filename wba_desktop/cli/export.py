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
from wba_desktop.i18n import N_, _
from wba_desktop.text import format as fmt

WHAT = ("organisations", "people", "relations", "verteiler", "verbund", "event", "anfragen")


def register(sub, parents: list[argparse.ArgumentParser]) -> None:
    export = sub.add_parser(
        "export",
        parents=parents,
        help=_("Liste exportieren (Excel, CSV, vCard); Verbundbericht; Teilnehmerliste, Kalender"),
        description=_(
            "Exportiert eine Liste wie in der Listenansicht (ohne Filter: alle aktiven). "
            "„export verbund NAME --out DATEI“ schreibt den Bericht eines Verbunds (.xlsx) oder "
            "seine Zeitleiste (.png, .pdf); NAME ist der Name oder Kurzname. "
            "„export event TITEL --out DATEI“ schreibt die Teilnehmerliste (.xlsx) oder die "
            "Kalenderdatei (.ics) einer Veranstaltung. „export anfragen --out DATEI.xlsx "
            "[--from TT.MM.JJJJ] [--to TT.MM.JJJJ] [--wba-region NAME]“ schreibt den Bericht "
            "der Lotsenfunktion für das Ministerium (ohne Daten von Ratsuchenden)."
        ),
        epilog=exit_codes_help(),
    )
    export.add_argument("what", choices=WHAT)
    export.add_argument(
        "name",
        nargs="?",
        help=_("Name des Verteilers, Name oder Kurzname des Verbunds, Titel der Veranstaltung"),
    )
    export.add_argument("--out", required=True, metavar=_("DATEI"), help=_("Zieldatei"))
    export.add_argument(
        "--format",
        choices=("xlsx", "csv", "vcf", "vcf-zip", "ics"),
        help=_("Format (sonst nach Dateiendung: .xlsx, .csv, .vcf, .zip, .ics)"),
    )
    for opt, label in (
        ("--kind", N_("Art der Organisation")),
        ("--district", N_("Landkreis oder kreisfreie Stadt (Name oder Kennzeichen)")),
        ("--wba-region", N_("WBA-Region")),
        ("--tag", N_("Schlagwort")),
    ):
        export.add_argument(
            opt,
            action="append",
            default=[],
            metavar=_("NAME"),
            help=_("{label}; mehrfach: eines davon").format(label=_(label)),
        )
    export.add_argument(
        "--text", default="", metavar="Q", help=_("Suchtext wie im Suchfeld der Liste")
    )
    status = export.add_mutually_exclusive_group()
    status.add_argument("--inactive", action="store_true", help=_("nur inaktive"))
    status.add_argument(
        "--all", action="store_true", help=_("aktive und inaktive (sonst nur aktive)")
    )
    export.add_argument(
        "--mail-merge",
        action="store_true",
        help=_("Serienbrieffelder (Anrede, Briefanrede, Adresse)"),
    )
    export.add_argument(
        "--zweck",
        dest="purpose",
        metavar=_("ZWECK"),
        help=_("nur Personen, die für diesen Zweck angeschrieben werden dürfen (z. B. Newsletter)"),
    )
    export.add_argument(
        "--from",
        dest="date_from",
        metavar=_("TT.MM.JJJJ"),
        help=_("Anfragen: Zeitraum ab (Eingang)"),
    )
    export.add_argument(
        "--to", dest="date_to", metavar=_("TT.MM.JJJJ"), help=_("Anfragen: Zeitraum bis (Eingang)")
    )
    export.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from wba_desktop.services.bundle import Services

    _engine, uow = open_database(args)
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
    print(
        _("{rows} Zeilen exportiert nach {path} ({format}).").format(
            rows=fmt.integer(result.rows), path=result.path, format=result.format
        )
    )
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
