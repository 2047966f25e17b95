"""``wba-desktop team-setup``: the two roles of the team database (PostgreSQL).

Creates the group roles ``wba_koordination`` and ``wba_datenschutz`` where missing,
gives them their privileges on every table of the app (``db/roles.py``) and, with
``--grant-user NAME --role koordination|datenschutz``, makes a login a member of one.
Idempotent: run it again after every upgrade, so new tables are covered. On a SQLite
file there are no roles: a German note and exit code 1.
"""

from __future__ import annotations

import argparse

from wba_desktop.cli.common import exit_codes_help, open_database
from wba_desktop.i18n import N_, _


def register(sub, parents: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "team-setup",
        parents=parents,
        help=_("Rollen der Teamdatenbank einrichten (Koordination, Datenschutz)"),
        description=(
            _(
                "Legt auf der Teamdatenbank (PostgreSQL) die Gruppenrollen wba_koordination "
                "(alles außer Löschen nach Art. 17, Wiederherstellen und Lesen des "
                "Änderungsprotokolls) und wba_datenschutz (auch das) an und vergibt ihre "
                "Rechte an allen Tabellen. Nach jedem Update erneut ausführen."
            )
        ),
        epilog=exit_codes_help(N_("lokale Datenbankdatei: dort gibt es keine Rollen")),
    )
    p.add_argument(
        "--grant-user",
        metavar=_("ANMELDUNG"),
        help=_("diese Anmeldung (PostgreSQL-Login) in eine der Rollen aufnehmen"),
    )
    p.add_argument(
        "--role",
        choices=("koordination", "datenschutz"),
        help=_("die Rolle für --grant-user (die andere wird ihr dabei entzogen)"),
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from wba_desktop import paths
    from wba_desktop.db.roles import DATENSCHUTZ, KOORDINATION, NOT_ON_SQLITE, setup_roles
    from wba_desktop.errors import ServiceError

    if (args.grant_user is None) != (args.role is None):
        raise ServiceError(_("Bitte --grant-user und --role zusammen angeben."))
    if paths.database_url(args.db).startswith("sqlite"):
        print(_("Hinweis: {note}").format(note=_(NOT_ON_SQLITE)))
        return 1
    engine, _uow = open_database(args)
    with engine.begin() as conn:
        report = setup_roles(conn, args.grant_user, args.role)
    created = ", ".join(report.created) or _("keine (gab es schon)")
    print(_("Rollen angelegt: {roles}").format(roles=created))
    print(
        _(
            "Rechte vergeben an {coordination} und {privacy} für {tables} Tabellen "
            "der Datenbank {database}."
        ).format(
            coordination=KOORDINATION,
            privacy=DATENSCHUTZ,
            tables=report.tables,
            database=engine.url.database,
        )
    )
    if report.granted_user:
        print(
            _("Anmeldung „{user}“ gehört jetzt zur Rolle {role}.").format(
                user=report.granted_user, role=report.granted_role
            )
        )
    return 0
