"""``wba-desktop privacy erase PERSON [--yes]``: anonymise a person irreversibly
(Art. 17 DSGVO), through the same service the window uses.

PERSON is an id, an e-mail address or „Vorname Nachname“; more than one match lists
them and changes nothing. Without ``--yes`` the command only says what would be
erased. Exit codes: 0 anonymised, 1 not confirmed (nothing changed), 2 unknown,
ambiguous or already anonymised (nothing changed), 3 database busy.
"""

from __future__ import annotations

import argparse
import sys

from wba_desktop.cli.common import ERROR, NOTHING, OK, exit_codes_help, open_database
from wba_desktop.i18n import N_, _


def register(sub, parents: list[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "erase",
        parents=parents,
        help=_("eine Person unwiderruflich anonymisieren (Art. 17 DSGVO)"),
        description=_(
            "Anonymisiert eine Person unwiderruflich: Name, Kontaktdaten, Notizen, "
            "Zuordnungen, Verbundrollen und Verteiler verschwinden; Einladungen und Teilnahmen "
            "bleiben anonym für die Statistik. Ohne --yes wird nur angezeigt, was gelöscht "
            "würde. "
        )
        + exit_codes_help(N_("nicht bestätigt (nichts geändert)")),
    )
    cmd.add_argument(
        "person",
        metavar=_("PERSON"),
        help=_("Nummer, E-Mail-Adresse oder „Vorname Nachname“ der Person"),
    )
    cmd.add_argument(
        "--yes", "-y", action="store_true", help=_("wirklich anonymisieren (unwiderruflich)")
    )
    cmd.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from wba_desktop.errors import NotFoundError
    from wba_desktop.services.bundle import Services
    from wba_desktop.services.presence import registered

    _engine, uow = open_database(args)
    erasure = Services.create(uow).erasure
    text = args.person.strip()
    if text.isdigit():
        person_id = int(text)
    else:
        hits = erasure.find(text)
        if not hits:
            raise NotFoundError(
                _("Zu „{text}“ gibt es keine Person (oder sie ist anonymisiert).").format(text=text)
            )
        if len(hits) > 1:
            print(
                _("Fehler: „{text}“ passt auf mehrere Personen:").format(text=text), file=sys.stderr
            )
            for pid, label in hits:
                print(f"  {pid}: {label}", file=sys.stderr)
            print(_("Bitte die Nummer angeben."), file=sys.stderr)
            return ERROR
        person_id = hits[0][0]
    if not args.yes:
        preview = erasure.preview(person_id)
        print(preview.message)
        print(
            _(
                "Einladungen und Teilnahmen bleiben anonym für die Statistik. Das lässt sich "
                "nicht rückgängig machen. Mit --yes wird anonymisiert."
            ),
            file=sys.stderr,
        )
        return NOTHING
    with registered(uow):
        report = erasure.anonymise(person_id)
    print(report.message)
    return OK
