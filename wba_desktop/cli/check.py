"""``wba-desktop check``: schema version, integrity check and the number of records."""

from __future__ import annotations

import argparse

from wba_desktop.cli.common import open_database
from wba_desktop.text import format as fmt


def register(sub, parents: list[argparse.ArgumentParser]) -> None:
    sub.add_parser(
        "check",
        parents=parents,
        help="Schema-Version, Integritätsprüfung und Anzahl der Datensätze",
    ).set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from wba_desktop.services.maintenance import check_database

    _, uow = open_database(args)
    report = check_database(uow)
    print(f"{'Datenbank:':22}{report.location}")
    print(f"{'Schema-Version:':22}{report.revision}")
    print(f"{'Integrität:':22}{'in Ordnung' if report.ok else 'FEHLER'}")
    for problem in report.problems:
        print(f"  - {problem}")
    for label, n in report.counts.items():
        print(f"{label + ':':22}{fmt.integer(n):>10}")
    return 0 if report.ok else 1
