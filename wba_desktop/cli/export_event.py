"""``wba-desktop export event NAME --out DATEI [--format xlsx|ics]``: the participant
list (Excel) or the calendar file (iCalendar) of one event.

NAME is the title (case-insensitive; with several events of that title, the newest).
Without ``--format`` the file ending decides. Errors a user can cause are raised as
``ServiceError`` with a German message; ``wba_desktop.cli.main`` prints them without
a traceback.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from wba_desktop.errors import ServiceError
from wba_desktop.i18n import _

if TYPE_CHECKING:
    from wba_desktop.services.bundle import Services

FORMATS = {".xlsx": "xlsx", ".ics": "ics"}


def export_event(services: Services, args: argparse.Namespace) -> int:
    if not args.name:
        raise ServiceError(
            _("Bitte den Titel der Veranstaltung angeben: export event TITEL --out DATEI.xlsx")
        )
    out = Path(args.out)
    fmt = args.format or FORMATS.get(out.suffix.lower())
    if fmt not in FORMATS.values():
        raise ServiceError(
            _(
                "„{name}“: Für eine Veranstaltung gibt es .xlsx (Teilnehmerliste) und "
                ".ics (Kalenderdatei); bitte die Endung oder --format xlsx|ics angeben."
            ).format(name=out.name)
        )
    if out.suffix.lower() != f".{fmt}":
        out = out.with_suffix(f".{fmt}")
    event = services.events.by_title(args.name)
    services.event_exports.export(event.id, out, fmt)
    what = _("Teilnehmerliste") if fmt == "xlsx" else _("Kalenderdatei")
    print(
        _("{what} „{label}“ exportiert nach {out}.").format(what=what, label=event.label, out=out)
    )
    return 0
