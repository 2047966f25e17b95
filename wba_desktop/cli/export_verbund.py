"""``wba-desktop export verbund NAME --out DATEI``: the report of one Verbund.

NAME is the name or short name (case-insensitive). The file ending decides what is
written: ``.xlsx`` the Excel report, ``.png`` or ``.pdf`` the timeline. Errors a
user can cause are raised as ``ServiceError`` with a German message; ``cli.main``
prints them without a traceback.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from wba_desktop.errors import ServiceError
from wba_desktop.i18n import _

if TYPE_CHECKING:
    from wba_desktop.services.bundle import Services

REPORT_SUFFIX = ".xlsx"
TIMELINE_SUFFIXES = (".png", ".pdf")


def export_verbund(services: Services, args: argparse.Namespace) -> int:
    """Write the report or timeline of the Verbund ``args.name`` to ``args.out``."""

    if not args.name:
        raise ServiceError(
            _(
                "Bitte den Namen oder Kurznamen des Verbunds angeben: "
                "export verbund NAME --out DATEI.xlsx"
            )
        )
    out = Path(args.out)
    suffix = out.suffix.lower()
    fmt_clash = args.format is not None and (args.format, suffix) != ("xlsx", REPORT_SUFFIX)
    if suffix not in (REPORT_SUFFIX, *TIMELINE_SUFFIXES) or fmt_clash:
        raise ServiceError(
            _(
                "„{name}“: Für einen Verbund bestimmt die Dateiendung, was geschrieben wird: "
                ".xlsx (Verbundbericht), .png oder .pdf (Zeitleiste)."
            ).format(name=out.name)
        )
    detail = services.verbuende.by_name(args.name)
    reports = services.verbund_reports
    if suffix == REPORT_SUFFIX:
        path = reports.write_report(detail.id, out)
        what = _("Verbundbericht")
    else:
        path = reports.write_timeline(detail.id, out)
        what = _("Zeitleiste")
    print(
        _("{what} „{label}“ exportiert nach {out}.").format(what=what, label=detail.label, out=path)
    )
    return 0
