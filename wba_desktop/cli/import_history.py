"""``wba-desktop import-verlauf [NUMMER] [--rueckgaengig [--rest] [--yes]]``: the imports
made so far, one import in detail, and „Import rückgängig“ – through the service the
window uses.

Without NUMMER the imports are listed, newest first. With NUMMER the import is shown
with its column mapping; ``--rueckgaengig`` says what an undo would remove and restore,
and only with ``--yes`` does it. When records were changed since the import they are
listed and nothing is changed; ``--rest`` (with ``--yes``) undoes the rest and leaves
them. Exit codes: 0 done, 1 not confirmed or refused because of changes (nothing
changed), 2 unknown import or undone before, 3 database busy, 5 read-only.
"""

from __future__ import annotations

import argparse
import sys

from wba_desktop.cli.common import NOTHING, OK, exit_codes_help, open_database
from wba_desktop.i18n import N_, _
from wba_desktop.text import format as fmt


def register(sub, parents: list[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "import-verlauf",
        parents=parents,
        help=_("bisherige Importe anzeigen und einen Import rückgängig machen"),
        description=_(
            "Listet die Importe (wer, wann, welche Datei, wie viele Datensätze). Mit "
            "NUMMER: der Import mit seiner Spaltenzuordnung; mit --rueckgaengig wird angezeigt, "
            "was entfernt und wiederhergestellt würde, mit --yes geschieht es. Seit dem Import "
            "geänderte Datensätze werden aufgeführt; dann bleibt alles unverändert, außer mit "
            "--rest."
        ),
        epilog=exit_codes_help(
            N_("nicht bestätigt oder seit dem Import geändert (nichts geändert)")
        ),
    )
    cmd.add_argument(
        "run_id", metavar=_("NUMMER"), type=int, nargs="?", help=_("Nummer des Imports")
    )
    cmd.add_argument(
        "--rueckgaengig", action="store_true", help=_("den Import rückgängig machen (mit --yes)")
    )
    cmd.add_argument(
        "--rest",
        action="store_true",
        help=_("seit dem Import geänderte Datensätze stehen lassen, den Rest rückgängig machen"),
    )
    cmd.add_argument("--yes", "-y", action="store_true", help=_("wirklich rückgängig machen"))
    cmd.set_defaults(run=run)


def _stamp(moment) -> str:
    from wba_desktop.services.conflicts import when

    return when(moment).removeprefix("am ").replace(" um ", " ")


def run(args: argparse.Namespace) -> int:
    from wba_desktop.services.importing.runs import ChangedSinceImport, ImportHistory
    from wba_desktop.services.presence import registered

    _engine, uow = open_database(args)
    history = ImportHistory(uow)
    if args.run_id is None:
        if args.rueckgaengig:
            print(_("Fehler: Bitte die Nummer des Imports angeben."), file=sys.stderr)
            return 2
        runs = history.runs()
        if not runs:
            print(_("Noch keine Importe."))
            return NOTHING
        for r in runs:
            status = f"  [{r.status}]" if r.undone else ""
            print(
                f"{r.id:>5}  {_stamp(r.imported_at)}  {r.user_name or '–'}  „{r.file_name}“  "
                + _(
                    "{new} neu, {updated} aktualisiert, {skipped} übersprungen, "
                    "{rejected} abgelehnt"
                ).format(
                    new=fmt.integer(r.new),
                    updated=fmt.integer(r.updated),
                    skipped=fmt.integer(r.skipped),
                    rejected=fmt.integer(r.rejected),
                )
                + status
            )
        return OK
    details = history.details(args.run_id)
    r = details.run
    print(
        _("Import {id} vom {stamp} von {user}").format(
            id=r.id, stamp=_stamp(r.imported_at), user=r.user_name or "–"
        )
    )
    sheet = _(", Blatt „{sheet}“").format(sheet=r.sheet) if r.sheet else ""
    print(_("Datei „{name}“").format(name=r.file_name) + sheet)
    print(r.counts_text())
    if details.columns:
        print(
            _("Spaltenzuordnung (Überschriften in Zeile {row}):").format(row=details.header_row + 1)
        )
        for column, field in details.columns:
            print(f"  {column} → {field}")
    if r.undone:
        print(_("Status: {status}").format(status=r.status))
    if not args.rueckgaengig:
        return OK
    if not args.yes:
        preview = history.preview(args.run_id)
        print(preview.text())
        if preview.blocked:
            print(preview.changed_text())
            print(_("Mit --rest --yes wird der Rest rückgängig gemacht."), file=sys.stderr)
        else:
            print(_("Mit --yes wird der Import rückgängig gemacht."), file=sys.stderr)
        return NOTHING
    try:
        with registered(uow):
            result = history.undo(args.run_id, skip_changed=args.rest)
    except ChangedSinceImport as exc:
        print(exc.message, file=sys.stderr)
        print(_("Mit --rest --yes wird der Rest rückgängig gemacht."), file=sys.stderr)
        return NOTHING
    print(result.text())
    return OK
