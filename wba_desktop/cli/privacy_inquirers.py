"""``wba-desktop privacy anonymise-inquirers [--dry-run]``: anonymise the private
inquirers of the Lotsen desk („Ratsuchende“) whose last inquiry was closed or cancelled
at least the set months ago (Extras › Einstellungen, shared on the database; default
6) and who have no open inquiry, the same way the window does it after the start and
an erasure does it (Art. 17 DSGVO). Also as ``ratsuchende-anonymisieren``.

With ``--dry-run`` the command only lists them (number and day of closing, no names)
and changes nothing. Exit codes: 0 done (or listed), 1 nobody due, 3 database busy.
"""

from __future__ import annotations

import argparse

from wba_desktop.cli.common import NOTHING, OK, exit_codes_help, open_database
from wba_desktop.i18n import N_, _
from wba_desktop.text import format as fmt


def register(sub, parents: list[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "anonymise-inquirers",
        aliases=["ratsuchende-anonymisieren"],
        parents=parents,
        help=_("Ratsuchende anonymisieren, deren letzte Anfrage lange genug abgeschlossen ist"),
        description=_(
            "Anonymisiert Ratsuchende (Personen, die nur wegen einer Anfrage "
            "gespeichert sind), deren letzte Anfrage vor mindestens der eingestellten Zahl von "
            "Monaten abgeschlossen oder abgebrochen wurde und die keine offene Anfrage mehr "
            "haben – wie eine Löschung nach Art. 17 DSGVO; die Anfragen bleiben ohne "
            "Personenbezug für die Statistik. "
        )
        + exit_codes_help(N_("niemand ist fällig (nichts geändert)")),
    )
    cmd.add_argument(
        "--dry-run", action="store_true", help=_("nur anzeigen, wer fällig ist, nichts ändern")
    )
    cmd.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from wba_desktop.services.bundle import Services
    from wba_desktop.services.presence import registered

    _engine, uow = open_database(args)
    retention = Services.create(uow).inquirer_retention
    months = retention.months()
    due = retention.due()
    if not due:
        print(
            _("Keine Ratsuchenden fällig (Anonymisierung {months} Monate nach Abschluss).").format(
                months=months
            )
        )
        return NOTHING
    who = fmt.count(len(due), N_("Ratsuchende/r"), N_("Ratsuchende"))
    if args.dry_run:
        print(
            _("{who} fällig (Anonymisierung {months} Monate nach Abschluss):").format(
                who=who, months=months
            )
        )
        for pid, closed in due:
            line = _("Nr. {number}: letzte Anfrage abgeschlossen am {day}")
            print("  " + line.format(number=pid, day=fmt.day(closed)))
        print(_("Probelauf: nichts wurde geändert."))
        return OK
    with registered(uow):
        done = retention.anonymise_due()
    who = fmt.count(done, N_("Ratsuchende/r"), N_("Ratsuchende"))
    print(_("{who} unwiderruflich anonymisiert.").format(who=who))
    return OK
