"""``wba-desktop export anfragen --out DATEI.xlsx [--from TT.MM.JJJJ] [--to TT.MM.JJJJ]
[--wba-region NAME]``: the Lotsen report for the ministry.

Without ``--to`` the period ends today; without ``--from`` it takes the twelve
calendar months up to the end (the end's month included). Errors a user can cause
(a bad date, an unknown WBA region, a start after the end, another file ending) are
raised as ``ServiceError`` with a German message; ``cli.main`` prints them.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from wba_desktop.cli.common import wba_regions
from wba_desktop.errors import ServiceError, ValidationError
from wba_desktop.i18n import _
from wba_desktop.text import format as fmt

if TYPE_CHECKING:
    from wba_desktop.services.bundle import Services


def parse_day(text: str, option: str) -> date:
    """A date written TT.MM.JJJJ (German message naming ``option`` otherwise)."""
    try:
        return datetime.strptime(text.strip(), "%d.%m.%Y").date()
    except ValueError:
        raise ServiceError(
            _(
                "{option}: „{text}“ ist kein gültiges Datum; bitte TT.MM.JJJJ, z. B. 01.01.2026."
            ).format(option=option, text=text)
        ) from None


def default_start(end: date) -> date:
    """The first day of the twelve calendar months ending with ``end``'s month."""
    year, month = (end.year, end.month + 1) if end.month < 12 else (end.year + 1, 1)
    return date(year - 1, month, 1)


def export_inquiries(services: Services, args: argparse.Namespace) -> int:
    """Write the report for the options in ``args`` to ``args.out``."""
    out = Path(args.out)
    if out.suffix.lower() != ".xlsx" or args.format not in (None, "xlsx"):
        raise ServiceError(
            _("„{name}“: Der Anfragenbericht wird als Excel-Datei geschrieben (.xlsx).").format(
                name=out.name
            )
        )
    end = parse_day(args.date_to, "--to") if args.date_to else date.today()
    start = parse_day(args.date_from, "--from") if args.date_from else default_start(end)
    if start > end:
        raise ServiceError(
            _(
                "--from ({start}) liegt nach --to ({end}): "
                "der Zeitraum muss mit dem früheren Datum beginnen."
            ).format(start=fmt.day(start), end=fmt.day(end))
        )
    if len(args.wba_region) > 1:
        raise ServiceError(_("--wba-region: bitte höchstens eine WBA-Region angeben."))
    report = services.lotsen_report
    wanted = wba_regions(report.wba_regions(), args.wba_region, ServiceError)
    try:
        path = report.write_xlsx(out, start, end, wba_region=wanted[0] if wanted else None)
    except ValidationError as exc:  # the service's own checks, said the same way
        raise ServiceError(" ".join(exc.errors.values())) from None
    region = f", WBA-Region {wanted[0]}" if wanted else ""
    print(f"Anfragenbericht {fmt.day(start)} – {fmt.day(end)}{region} exportiert nach {path}.")
    return 0
