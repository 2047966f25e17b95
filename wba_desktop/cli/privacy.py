"""``wba-desktop privacy BEFEHL …``: data protection from the command line.

    wba-desktop privacy report PERSON --out DATEI.pdf|DATEI.xlsx
    wba-desktop privacy erase PERSON [--yes]
    wba-desktop privacy anonymise-inquirers [--dry-run]

PERSON is the number (id), the e-mail address or the name ("Vorname Nachname",
"Nachname, Vorname"). Several matches are an error listing them (number, name,
organisation); a name or address nobody has gets the "keine Daten gespeichert"
letter; a number nobody has is an error.

The group is open for more sub-commands: ``SUBCOMMANDS`` maps a name to a function
``add(subparsers, parents)`` that adds its parser and sets ``run`` (as the top-level
commands' ``register`` does). ``find_person(services, text)`` is the shared lookup.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from wba_desktop.cli import privacy_erase, privacy_inquirers
from wba_desktop.cli.common import exit_codes_help, open_database
from wba_desktop.errors import ServiceError
from wba_desktop.i18n import N_, _

if TYPE_CHECKING:
    from wba_desktop.services.bundle import Services

PERSON_HELP = N_("Nummer (id), E-Mail-Adresse oder „Vorname Nachname“ der Person")
FORMATS = (".pdf", ".xlsx")


def find_person(services: Services, text: str, missing_ok: bool = False) -> int | None:
    """The id of the one person ``text`` means (number, e-mail or name). Several
    matches: ServiceError listing them; none: NotFoundError, or None with
    ``missing_ok`` (a number that is no one's stays an error)."""
    return services.access_reports.find_person(text, missing_ok=missing_ok)


def open_services(args: argparse.Namespace) -> Services:
    """The services on ``--db`` (checked and migrated first)."""
    from wba_desktop.services.bundle import Services

    _engine, uow = open_database(args)
    return Services.create(uow)


# -- privacy report --------------------------------------------------------------------
def add_report(sub, parents: list[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "report",
        parents=parents,
        help=_("Auskunft nach Art. 15 DSGVO als PDF oder Excel-Datei schreiben"),
        description=_(
            "Schreibt alles, was über eine Person gespeichert ist (Stammdaten, "
            "Organisationen, Datenschutzangaben, Einwilligungen, Kontakte, Veranstaltungen, "
            "Verteiler, Verbünde, Empfänger, Änderungsprotokoll), mit Anschreiben als PDF oder "
            "Excel-Datei (nach der Endung von --out). Ist zu dem Namen oder der E-Mail-Adresse "
            "nichts gespeichert, entsteht das Schreiben „keine Daten gespeichert“."
        ),
        epilog=exit_codes_help(),
    )
    cmd.add_argument("person", metavar=_("PERSON"), help=_(PERSON_HELP))
    cmd.add_argument(
        "--out", required=True, metavar=_("DATEI"), help=_("Zieldatei (.pdf oder .xlsx)")
    )
    cmd.set_defaults(run=run_report)


def run_report(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() not in FORMATS:
        raise ServiceError(
            _(
                "„{name}“: Die Auskunft gibt es als PDF (.pdf) oder Excel-Datei (.xlsx); "
                "bitte eine dieser Endungen angeben."
            ).format(name=out.name)
        )
    services = open_services(args)
    result = services.access_reports.write_for(args.person, out)
    if result.found:
        print(
            _("Auskunft zu {subject} (Nr. {number}) geschrieben: {path}").format(
                subject=result.subject, number=result.person_id, path=result.path
            )
        )
    else:
        print(
            _(
                "Zu „{subject}“ sind keine Daten gespeichert. Das Schreiben „keine Daten "
                "gespeichert“ wurde geschrieben: {path}"
            ).format(subject=result.subject, path=result.path)
        )
    return 0


#: the sub-commands of ``privacy``: name -> add(subparsers, parents)
SUBCOMMANDS: dict[str, Callable[..., None]] = {
    "report": add_report,
    "erase": privacy_erase.register,
    "anonymise-inquirers": privacy_inquirers.register,
}


def register(sub, parents: list[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "privacy",
        parents=parents,
        help=_("Datenschutz: Auskunft (Art. 15 DSGVO), Anonymisieren (Art. 17), Ratsuchende"),
        description=_(
            "Datenschutz: Auskunft über die gespeicherten Daten einer Person, "
            "Anonymisieren auf Verlangen."
        ),
        epilog=exit_codes_help(),
    )
    inner = cmd.add_subparsers(dest="privacy_command", metavar=_("BEFEHL"), required=True)
    for add in SUBCOMMANDS.values():
        add(inner, parents)
