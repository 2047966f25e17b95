"""``wba-desktop privacy …``: the data-protection commands as one group.

``privacy erase PERSON [--yes]`` (see ``privacy_erase``). The access report
(``privacy report``) joins the group in its own module.
"""

from __future__ import annotations

import argparse

from wba_desktop.cli import privacy_erase


def register(sub, parents: list[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "privacy",
        parents=parents,
        help="Datenschutz: Personen anonymisieren (Art. 17 DSGVO)",
        description="Befehle zum Datenschutz.",
    )
    inner = cmd.add_subparsers(dest="privacy_command", metavar="AKTION", required=True)
    privacy_erase.register(inner, parents)
