"""``wba-desktop check``: schema version, integrity check, the search index and the number
of records. ``--suchindex`` rebuilds the global search's index (a repair).

A damaged file is reported, not refused: what is broken (SQLite's integrity report,
summarised in German) and the newest backup, with exit code 4 (``DAMAGED``).
"""

from __future__ import annotations

import argparse

from wba_desktop.cli.common import DAMAGED, OK, exit_codes_help, open_database
from wba_desktop.i18n import N_, _
from wba_desktop.text import format as fmt


def register(sub, parents: list[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "check",
        parents=parents,
        help=_("Schema-Version, Integritätsprüfung, Suchindex und Anzahl der Datensätze"),
        epilog=exit_codes_help(),
    )
    parser.add_argument(
        "--suchindex",
        action="store_true",
        help=_("den Suchindex der globalen Suche neu aufbauen (Reparatur)"),
    )
    parser.set_defaults(run=run)


DAMAGED_HEADLINE = N_(
    "Die Datenbank ist beschädigt. WBA Desktop verändert sie nicht; bitte nicht weiter damit "
    "arbeiten, sondern eine Sicherung zurückspielen."
)


def run(args: argparse.Namespace) -> int:
    from wba_desktop import paths
    from wba_desktop.db.health import DamagedDatabaseError, backup_hint
    from wba_desktop.services.directory.search_index import index_problems, rebuild_index
    from wba_desktop.services.maintenance import check_database

    try:
        _engine, uow = open_database(args)
    except DamagedDatabaseError as exc:
        print(f"{_('Datenbank:'):22}{paths.database_url(args.db)}")
        print(f"{_('Integrität:'):22}{_('BESCHÄDIGT')}")
        for problem in exc.problems:
            print(f"  - {problem}")
        print(_(DAMAGED_HEADLINE))
        print(backup_hint(exc.backup))
        return DAMAGED
    if getattr(args, "suchindex", False):
        counts = rebuild_index(uow)
        rebuilt = _("neu aufgebaut ({count} Einträge)").format(
            count=fmt.integer(sum(counts.values()))
        )
        print(f"{_('Suchindex:'):22}{rebuilt}")
    report = check_database(uow)
    print(f"{_('Datenbank:'):22}{report.location}")
    print(f"{_('Schema-Version:'):22}{report.revision}")
    print(f"{_('Integrität:'):22}{_('in Ordnung') if report.ok else _('FEHLER')}")
    for problem in report.problems:
        print(f"  - {problem}")
    if not report.ok:
        print(_(DAMAGED_HEADLINE))
    if not report.ok and report.backup_hint:
        print(report.backup_hint)
    if report.ok:
        search_problems = index_problems(uow)
        state = _("in Ordnung") if not search_problems else _("ABWEICHUNG")
        print(f"{_('Suchindex:'):22}{state}")
        for problem in search_problems:
            print(f"  - {problem}")
    for label, n in report.counts.items():
        print(f"{label + ':':22}{fmt.integer(n):>10}")
    return OK if report.ok else DAMAGED
